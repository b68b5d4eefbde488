"""A page's URL parameters, declared once: name -> kind and allowed values. `parse` turns the URL into
values (reporting, never raising, what it cannot read); `serialise` writes only what differs from the
default, so links stay short. The declaration is also what the README's parameter table documents.

Kinds: multi (comma-separated values from `allowed`), single (one value from `allowed`), member (one value
found as it is in `allowed`, a set: for ids of which there may be many), range (lo-hi
within bounds), text (free text, capped), town (a town of data/geo/towns.csv), number (within bounds),
flag (true/false).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from les.filters import MAX_Q, BadParam, range_param

_RANGE = re.compile(r"^\s*(\d{1,3})\s*(?:-\s*(\d{1,3})\s*)?$")  # "3-5", or "4" for 4-4
TRUE, FALSE = ("1", "true", "ja", "yes"), ("0", "false", "nee", "no")


@dataclass(frozen=True)
class Param:
    name: str
    kind: str  # multi | single | member | range | text | town | number | flag
    allowed: tuple[str, ...] | frozenset = ()
    bounds: tuple[int, int] | None = None
    default: object = None
    normalise: Callable[[str], str] = str.lower

    def empty(self):
        if self.kind == "multi":
            return ()
        return self.default


def parse(params: Mapping[str, str], spec: tuple[Param, ...], town_lookup=None) -> tuple[dict, list[BadParam]]:
    values: dict = {}
    bad: list[BadParam] = []
    for p in spec:
        raw = params.get(p.name)
        values[p.name] = p.empty()
        if raw is None or str(raw).strip() == "":
            continue
        raw = str(raw)
        if p.kind == "multi":
            chosen = []
            allowed = {p.normalise(a): a for a in p.allowed}
            for item in raw.split(","):
                key = p.normalise(item.strip())
                if key in allowed and allowed[key] not in chosen:
                    chosen.append(allowed[key])
                elif item.strip():
                    bad.append(BadParam(p.name, item.strip(), "why_not_allowed"))
            values[p.name] = tuple(chosen)
        elif p.kind == "single":
            allowed = {p.normalise(a): a for a in p.allowed}
            if p.normalise(raw.strip()) in allowed:
                values[p.name] = allowed[p.normalise(raw.strip())]
            else:
                bad.append(BadParam(p.name, raw, "why_not_allowed"))
        elif p.kind == "member":
            if raw.strip() in p.allowed:
                values[p.name] = raw.strip()
            else:
                bad.append(BadParam(p.name, raw, "why_not_allowed"))
        elif p.kind == "range":
            match = _RANGE.match(raw)
            lo, hi = p.bounds
            if not match:
                bad.append(BadParam(p.name, raw, "why_range_form"))
            else:
                a = int(match.group(1))
                b = int(match.group(2) or a)
                if lo <= a <= b <= hi:
                    values[p.name] = (a, b)
                else:
                    bad.append(BadParam(p.name, raw, "why_range_bounds"))
        elif p.kind == "text":
            text = raw.strip()
            if len(text) > MAX_Q:
                bad.append(BadParam(p.name, text, "why_too_long"))
                text = text[:MAX_Q]
            values[p.name] = text
        elif p.kind == "town":
            town = town_lookup(raw) if town_lookup and len(raw) <= MAX_Q else None
            if town is None:
                bad.append(BadParam(p.name, raw, "why_unknown_town"))
            else:
                values[p.name] = str(town["label"])
        elif p.kind == "number":
            lo, hi = p.bounds
            try:
                number = float(raw)
                if not lo <= number <= hi:
                    raise ValueError
                values[p.name] = int(round(number))
            except ValueError:
                bad.append(BadParam(p.name, raw, "why_km"))
        elif p.kind == "flag":
            if raw.strip().lower() in TRUE:
                values[p.name] = True
            elif raw.strip().lower() in FALSE:
                values[p.name] = False
            else:
                bad.append(BadParam(p.name, raw, "why_not_allowed"))
    return values, bad


def serialise(values: Mapping, spec: tuple[Param, ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for p in spec:
        v = values.get(p.name)
        if v is None or v == p.empty() or v == "" or v == ():
            continue
        if p.kind == "multi":
            out[p.name] = ",".join(v)
        elif p.kind == "range":
            if p.bounds and tuple(v) == tuple(p.bounds):
                continue
            out[p.name] = range_param(*v)
        elif p.kind == "flag":
            out[p.name] = "true" if v else "false"
        else:
            out[p.name] = str(v)
    return out
