"""The hybrid learning environment model (Zitter & Hoeve, ecbo 2012): coverage and verdict.

Two dimensions — acquisition (verwerven) ↔ participation (deelnemen), and constructed (geconstrueerd)
↔ realistic (realistisch) — give four quadrants, numbered and laid out as the source does:
Q1 constructed acquisition (top left), Q2 realistic acquisition (top right),
Q3 constructed participation (bottom left), Q4 realistic participation (bottom right).
The seed's rule: only truly hybrid when all four are designed (and aligned; alignment cannot be ticked).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

QUADRANTS = ("q1", "q2", "q3", "q4")
# (x range, y range) of each quadrant on the figure: x -1 constructed … +1 realistic; y -1 participation … +1 acquisition
QUADRANT_BOX = {"q1": ((-1, 0), (0, 1)), "q2": ((0, 1), (0, 1)), "q3": ((-1, 0), (-1, 0)), "q4": ((0, 1), (-1, 0))}
SOURCE_ECBO = "https://www.ecbo.nl"  # Zitter & Hoeve (2012), Hybride leeromgevingen, ecbo
SOURCE_OECD = "https://doi.org/10.1787/5k97785xwdvf-en"
SOURCE_LAYOUT = "https://husite.nl/ruimtevoorwendbaarvakmanschap/hybride-leeromgevingen/"


@dataclass(frozen=True)
class Check:
    selected: tuple[str, ...]
    covered: tuple[str, ...]
    missing: tuple[str, ...]
    suggestions: dict[str, tuple[str, ...]]

    @property
    def empty(self) -> bool:
        return not self.selected

    @property
    def hybrid(self) -> bool:
        return not self.empty and not self.missing


def check(activities: pd.DataFrame, selected: list[str] | tuple[str, ...]) -> Check:
    """Which quadrants the selected activities cover, which are missing, and what would fill each gap."""
    acts = activities[activities["kind"] == "activity"].set_index("id")
    chosen = tuple(a for a in dict.fromkeys(selected) if a in acts.index)
    covered = {q for a in chosen for q in acts.at[a, "quadrants"]}
    missing = tuple(q for q in QUADRANTS if q not in covered)
    suggestions = {q: tuple(i for i, qs in acts["quadrants"].items() if q in qs and i not in chosen) for q in missing}
    return Check(chosen, tuple(q for q in QUADRANTS if q in covered), missing, suggestions)


def typical_activities(activities: pd.DataFrame, form_id: str) -> list[str]:
    acts = activities[activities["kind"] == "activity"]
    return [i for i, forms in zip(acts["id"], acts["typical_for"]) if form_id in forms]


def parse_selection(raw: str | None, known: set[str], max_items: int = 50) -> tuple[list[str], list[str]]:
    """?activities=a,b,c -> (known ids in order, unknown values)."""
    if not raw:
        return [], []
    items = [x.strip() for x in str(raw).split(",") if x.strip()][:max_items]
    good = [x for x in dict.fromkeys(items) if x in known]
    bad = [x for x in items if x not in known]
    return good, bad
