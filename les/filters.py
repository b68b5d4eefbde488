"""Filter state of the Leervormen page: URL parameters <-> state, and applying it to the table.

URL names (documented in the README): country, formality, level, eqf, share, pay, status, q, form.
Unknown or malformed values are dropped and reported, never raised.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

import pandas as pd

from les.schema import EDUCATION_LEVELS, PAY_TYPES, STATUSES

MAX_Q = 100
PAY_FILTER_VALUES = PAY_TYPES + ("unknown",)
# "3-5", or one number for a range of one ("eqf=4" is a natural thing to type)
_RANGE = re.compile(r"^\s*(\d{1,3}(?:\.\d+)?)\s*(?:-\s*(\d{1,3}(?:\.\d+)?)\s*)?$")


@dataclass(frozen=True)
class BadParam:
    name: str
    value: str
    reason: str  # i18n key


@dataclass(frozen=True)
class FormFilters:
    countries: tuple[str, ...] = ()
    formality: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()
    eqf: tuple[int, int] | None = None
    share: tuple[float, float] | None = None
    pay: tuple[str, ...] = ()
    status: tuple[str, ...] = ()
    q: str = ""
    form: str | None = None

    def is_default(self) -> bool:
        return self == FormFilters(form=self.form)


def on_offer(options, present, chosen=()) -> list:
    """The `options` worth a pill: those something on the page has (`present`), and any chosen one, so a
    link's choice can be seen and undone. A value nothing has only emptied the page (Henegouwen, Syntra,
    pay "verschilt")."""
    keep = set(present) | set(chosen)
    return [o for o in options if o in keep]


def _multi(params: Mapping[str, str], name: str, allowed: tuple[str, ...], bad: list[BadParam],
           normalise=str.lower) -> tuple[str, ...]:
    raw = params.get(name)
    if raw is None or raw == "":
        return ()
    out = []
    for item in str(raw).split(","):
        value = normalise(item.strip())
        if value in allowed and value not in out:
            out.append(value)
        elif item.strip():
            bad.append(BadParam(name, item.strip(), "why_not_allowed"))
    return tuple(out)


def _range(params: Mapping[str, str], name: str, lo: float, hi: float, bad: list[BadParam]):
    raw = params.get(name)
    if raw is None or raw == "":
        return None
    match = _RANGE.match(str(raw))
    if not match:
        bad.append(BadParam(name, str(raw), "why_range_form"))
        return None
    a = float(match.group(1))
    b = float(match.group(2) or a)
    if not (lo <= a <= b <= hi):
        bad.append(BadParam(name, str(raw), "why_range_bounds"))
        return None
    return a, b


def parse_form_params(params: Mapping[str, str], known_ids: set[str]) -> tuple[FormFilters, list[BadParam]]:
    bad: list[BadParam] = []
    eqf = _range(params, "eqf", 1, 8, bad)
    if eqf is not None and not all(float(x).is_integer() for x in eqf):
        bad.append(BadParam("eqf", str(params.get("eqf")), "why_range_form"))
        eqf = None
    q = str(params.get("q") or "").strip()
    if len(q) > MAX_Q:
        bad.append(BadParam("q", q, "why_too_long"))
        q = q[:MAX_Q]
    form = params.get("form")
    if form is not None and form not in known_ids:
        if form != "":
            bad.append(BadParam("form", str(form), "why_unknown_form"))
        form = None
    filters = FormFilters(
        countries=_multi(params, "country", ("BE", "NL"), bad, normalise=str.upper),
        formality=_multi(params, "formality", ("formal", "informal"), bad),
        levels=_multi(params, "level", EDUCATION_LEVELS, bad),
        eqf=(int(eqf[0]), int(eqf[1])) if eqf else None,
        share=_range(params, "share", 0, 100, bad),
        pay=_multi(params, "pay", PAY_FILTER_VALUES, bad),
        status=_multi(params, "status", STATUSES, bad),
        q=q,
        form=form,
    )
    return filters, bad


def _fmt(x: float) -> str:
    return f"{x:g}"


def range_param(lo: float, hi: float) -> str:
    """A range as a URL writes it: "3-5", and one value as itself ("4", not "4-4"). A link opened with "eqf=4"
    is then left as it is: a page that corrects its address on opening adds a step to the browser's history."""
    return _fmt(lo) if lo == hi else f"{_fmt(lo)}-{_fmt(hi)}"


def to_params(filters: FormFilters) -> dict[str, str]:
    """Only what differs from the default, so links stay short and readable."""
    out: dict[str, str] = {}
    if filters.countries:
        out["country"] = ",".join(filters.countries)
    if filters.formality:
        out["formality"] = ",".join(filters.formality)
    if filters.levels:
        out["level"] = ",".join(filters.levels)
    if filters.eqf and filters.eqf != (1, 8):
        out["eqf"] = range_param(*filters.eqf)
    if filters.share and filters.share != (0, 100):
        out["share"] = range_param(*filters.share)
    if filters.pay:
        out["pay"] = ",".join(filters.pay)
    if filters.status:
        out["status"] = ",".join(filters.status)
    if filters.q:
        out["q"] = filters.q
    if filters.form:
        out["form"] = filters.form
    return out


def normalised(filters: FormFilters) -> FormFilters:
    """Full ranges mean 'no filter'."""
    return replace(filters,
                   eqf=None if filters.eqf in (None, (1, 8)) else filters.eqf,
                   share=None if filters.share in (None, (0, 100), (0.0, 100.0)) else filters.share)


def apply_form_filters(forms: pd.DataFrame, filters: FormFilters) -> pd.DataFrame:
    """Rows of `forms` that match every active filter.

    country: informal forms marked `both` exist on both sides and match either country.
    eqf: the form's EQF range overlaps the chosen range (unknown EQF does not match).
    share: the form's known share range lies within the chosen range (an open-ended "at least x"
    counts as x); unknown share does not match.
    """
    f = normalised(filters)
    mask = pd.Series(True, index=forms.index)
    if f.countries:
        mask &= forms["country"].isin(list(f.countries) + ["both"])
    if f.formality:
        mask &= forms["formality"].isin(f.formality)
    if f.levels:
        mask &= forms["education_level"].isin(f.levels)
    if f.status:
        mask &= forms["status"].isin(f.status)
    if f.eqf:
        lo, hi = f.eqf
        mask &= (forms["eqf_min"].le(hi) & forms["eqf_max"].ge(lo)).fillna(False).astype(bool)
    if f.share:
        lo, hi = f.share
        top = forms["workplace_share_max"].fillna(forms["workplace_share_min"])
        mask &= (forms["workplace_share_min"].ge(lo) & top.le(hi)).fillna(False).astype(bool)
    if f.pay:
        wanted = set(f.pay)
        mask &= forms["pay_type"].map(lambda items: bool(set(items) & wanted) if items else "unknown" in wanted)
    if f.q:
        needle = f.q.casefold()
        text = (forms["id"].fillna("") + " " + forms["name_nl"].fillna("") + " " + forms["name_en"].fillna("")
                + " " + forms["description_nl"].fillna("") + " " + forms["description_en"].fillna(""))
        mask &= text.str.casefold().str.contains(needle, regex=False)
    return forms[mask.astype(bool)]
