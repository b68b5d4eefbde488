"""Whether the interactive map draws background tiles (CARTO's Positron basemap, fetched by the viewer's
browser). Everything else on the map (border, provinces, radius, campuses) comes from `data/geo/` and
the tables, so the map looks and responds the same without them.

A deployment decides with the environment variable LES_BASEMAP:
    auto (default)  tiles when this server reaches the tile host (checked in the background, at most once
                    every few minutes; until the first answer, none): a laptop at a venue without
                    internet, running the dashboard itself, then asks for no tile and logs no error
    on              always (the viewers have internet even if the server does not)
    off             never (a closed network, or a privacy policy that allows no third-party requests)
A visitor can override it in the link: ?basemap=off or ?basemap=on.
"""

from __future__ import annotations

import os
import socket
import threading
import time

HOST, PORT = "basemaps.cartocdn.com", 443
SETTINGS = ("auto", "on", "off")
URL_VALUES = ("on", "off")
RECHECK_S = 300.0
TIMEOUT_S = 2.0

_lock = threading.Lock()
_known: dict[str, float | bool | None] = {"reachable": None, "checked": 0.0}
_checking = threading.Event()


def setting() -> str:
    """The deployment's setting; anything else than auto/on/off counts as auto."""
    value = os.environ.get("LES_BASEMAP", "auto").strip().lower()
    return value if value in SETTINGS else "auto"


def _check(host: str, port: int, timeout: float) -> None:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            ok = True
    except OSError:
        ok = False
    with _lock:
        _known.update(reachable=ok, checked=time.monotonic())
    _checking.clear()


def reachable(host: str = HOST, port: int = PORT, timeout: float = TIMEOUT_S) -> bool | None:
    """What the last check found (None before the first answer). A page never waits for a check: a stale
    or missing answer starts one in the background and the page goes on with what is known."""
    with _lock:
        known, checked = _known["reachable"], float(_known["checked"] or 0.0)
    stale = known is None or time.monotonic() - checked > RECHECK_S
    if stale and not _checking.is_set():
        _checking.set()
        threading.Thread(target=_check, args=(host, port, timeout), daemon=True, name="les-basemap-check").start()
    return known  # type: ignore[return-value]


def enabled(url_value: str | None = None) -> bool:
    """Tiles or not: the visitor's ?basemap= first, then the deployment's LES_BASEMAP, then the check."""
    if url_value in URL_VALUES:
        return url_value == "on"
    chosen = setting()
    if chosen != "auto":
        return chosen == "on"
    return bool(reachable())
