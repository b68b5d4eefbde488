"""Shared page plumbing: language state, cached data, and how problems are shown.

Pages stay thin: they read widgets, call les/, and render through these helpers.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from les import i18n
from les.data import DATA_DIR, LoadResult, Problem, file_key, load_all_uncached
from les.i18n import t
from les.schema import TABLES

MAX_PARAM_ECHO = 60


def notice_bad_param(name: str, value: str, why: str) -> None:
    """A small, non-blocking notice for a URL parameter that was ignored. The value is echoed as text."""
    shown = value if len(value) <= MAX_PARAM_ECHO else value[:MAX_PARAM_ECHO] + "…"
    st.caption(":material/warning: " + t("bad_param", name=name, value=_escape_md(shown), why=why))


def _escape_md(text: str) -> str:
    """Markdown-escape a value so it is shown literally (no links, emphasis or HTML)."""
    out = []
    for ch in text:
        if ch in "\\`*_{}[]()#+-.!|<>~$":
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


escape_md = _escape_md


def md_link(url, shown: str | None = None) -> str:
    """An http(s) URL as a Markdown link showing `shown` (the URL itself when none is given); anything else
    as escaped text."""
    from urllib.parse import urlsplit

    text = "" if url is None or (not isinstance(url, str) and pd.isna(url)) else str(url).strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in text):
        return _escape_md(text)
    target = text.replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E")
    return f"[{_escape_md(text if shown is None else shown)}]({target})"


def md_table(frame: pd.DataFrame, marked_rows: set | None = None, link_columns: tuple[str, ...] = (),
             link_text: str | None = None) -> str:
    """A small table as Markdown text, shown with st.markdown: every cell escaped, so it renders as text;
    cells of `link_columns` (the index included, by its name) become links when they are http(s) URLs, showing
    `link_text` when given.

    Light for the visitor: st.table would load Streamlit's Arrow formatting code (about 0.7 MB of
    JavaScript, measured with bench/) for what is a static table of a few dozen cells. The index becomes
    the first column; rows whose index is in `marked_rows` are set in bold."""
    def cell(value, link: bool = False) -> str:
        if link:
            return md_link(value, link_text)
        text = "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)
        return _escape_md(" ".join(text.split()))

    marked_rows = marked_rows or set()
    head = [frame.index.name or "", *map(str, frame.columns)]
    linked = [name in link_columns for name in head]
    lines = ["| " + " | ".join(cell(h) for h in head) + " |", "|" + "---|" * len(head)]
    for key, row in zip(frame.index, frame.itertuples(index=False)):
        cells = [cell(v, link) for v, link in zip((key, *row), linked)]
        if key in marked_rows:
            cells = [f"**{c}**" if c else c for c in cells]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def init_language() -> str:
    """Language from ?lang= (wins when present) or the session; kept in the URL so links carry it."""
    raw = st.query_params.get("lang")
    if raw is not None:
        value = raw.strip().lower()
        if value in i18n.LANGS:
            if st.session_state.get("_lang_from_url") != value:
                # a new ?lang= in the URL (a shared link) wins over the session's choice
                st.session_state["lang"] = value
                st.session_state["lang_choice"] = value
                st.session_state["_lang_from_url"] = value
        else:
            st.session_state.setdefault("lang", i18n.DEFAULT_LANG)
            st.session_state["_bad_lang"] = raw
    st.session_state.setdefault("lang", i18n.DEFAULT_LANG)
    return i18n.lang()


def language_switch() -> str:
    current = init_language()
    st.session_state.setdefault("lang_choice", current)
    # a segmented control, not a radio: it is on every page, and its code is 60-80 ms lighter for a new visitor
    choice = st.sidebar.segmented_control(
        i18n.STRINGS["lang_label"]["nl"] + " / " + i18n.STRINGS["lang_label"]["en"],
        options=list(i18n.LANGS),
        format_func=lambda code: i18n.STRINGS[f"lang_{code}"]["nl"],
        key="lang_choice",
        required=True,
    )
    if choice in i18n.LANGS and choice != current:
        st.session_state["lang"] = current = choice
    _sync_lang_param(current)
    bad = st.session_state.pop("_bad_lang", None)
    if bad is not None:
        notice_bad_param("lang", bad, t("why_lang"))
    return current


def _sync_lang_param(current: str) -> None:
    if current == i18n.DEFAULT_LANG:
        if "lang" in st.query_params:
            del st.query_params["lang"]
    elif st.query_params.get("lang") != current:
        st.query_params["lang"] = current
    st.session_state["_lang_from_url"] = current


PRESENT_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stToolbar"], [data-testid="stDecoration"], footer { display: none !important; }
[data-testid="stMain"] { font-size: 1.3rem; }
[data-testid="stMain"] h1 { font-size: 3.2rem; }
[data-testid="stMain"] p, [data-testid="stMain"] li { font-size: 1.3rem; line-height: 1.5; }
[data-testid="stMainBlockContainer"] { padding-top: 1.5rem; max-width: 100%; }
</style>
"""


# Markdown tables (md_table): a table wider than the page scrolls sideways instead of being cut off, with
# compact cells so the learning-forms table fits beside the sidebar on a 1280 px screen
TABLE_CSS = """
<style>
[data-testid="stMarkdownContainer"] > table { display: block; width: max-content; max-width: 100%; overflow-x: auto;
  font-size: 0.9rem; }
[data-testid="stMarkdownContainer"] > table th, [data-testid="stMarkdownContainer"] > table td { padding: 0.35rem 0.4rem; }
</style>
"""


PILLS_MAX = 12  # up to this many values a filter is a row of pills; beyond, a searchable drop-down


def pick_filter(label: str, options: list, *, key: str, multi: bool, format_func, placeholder: str | None = None):
    """A filter as pills while its values are few (every choice in view, one click each, and no drop-down
    code for a new visitor to load), as a multiselect or selectbox once the data gives it many. Pills
    with nothing chosen mean "all"; the key holds a list (multi) or a value or None."""
    if len(options) <= PILLS_MAX:
        return st.pills(label, options, key=key, selection_mode="multi" if multi else "single",
                        format_func=format_func)
    if multi:
        return st.multiselect(label, options, key=key, format_func=format_func, placeholder=placeholder)
    return st.selectbox(label, [None, *options], key=key, placeholder=placeholder,
                        format_func=lambda v: placeholder if v is None else format_func(v))


def presenting() -> bool:
    """?present=1: presentation mode (no sidebar or chrome, larger type). Kept in the URL across pages."""
    raw = st.query_params.get("present")
    if raw is not None:
        st.session_state["present"] = str(raw).lower() in ("1", "true", "ja", "yes")
    return bool(st.session_state.get("present", False))


def apply_presentation_mode() -> bool:
    on = presenting()
    st.html(TABLE_CSS + (PRESENT_CSS if on else ""))  # static styling only; no data in it
    if on:
        if st.query_params.get("present") != "1":
            st.query_params["present"] = "1"
    elif "present" in st.query_params:
        del st.query_params["present"]
    return on


def font_size() -> int:
    """Chart font size: larger on a projector."""
    return 20 if st.session_state.get("present") else 14


def sync_query_params(wanted: dict[str, str], owned) -> None:
    """Make the page's own URL parameters (`owned`) say exactly `wanted`, so the link reproduces the view.
    Only changed values are written: each write is a message to the browser."""
    for key in owned:
        if key in wanted:
            if st.query_params.get(key) != wanted[key]:
                st.query_params[key] = wanted[key]
        elif key in st.query_params:
            del st.query_params[key]


def keep_params() -> dict[str, str]:
    """The app-wide parameters (language, presentation mode) to carry in links between pages."""
    out = {}
    if i18n.lang() != i18n.DEFAULT_LANG:
        out["lang"] = i18n.lang()
    if st.session_state.get("present"):
        out["present"] = "1"
    return out


@st.cache_resource(show_spinner=False, max_entries=2)
def _load_tables(keys: tuple) -> dict[str, LoadResult]:
    # `keys` (path, mtime, size of every file) is hashed: a changed file is read again.
    # cache_resource: one shared, read-only copy for every session and rerun (cache_data would pickle
    # and copy the tables on every call, which at 100,000 schools costs more than the page itself).
    # Pages never modify these frames in place.
    return load_all_uncached(DATA_DIR)


def tables() -> dict[str, LoadResult]:
    """All tables, loaded and validated once per change of any file (the cache key is mtime and size)."""
    keys = tuple(file_key(DATA_DIR / table.file) for table in TABLES.values())
    return _load_tables(keys)


def table_frame(name: str) -> pd.DataFrame | None:
    """The valid rows of a table, with a clear message on the page when the table has problems."""
    result = tables()[name]
    if result.frame is None:
        st.error(t("table_unavailable", file=result.file))
        show_problems(result.problems)
        return None
    if result.errors:
        st.warning(t("table_has_problems", file=result.file, n=len(result.errors)))
    return result.frame


def problem_message(problem: Problem, lang: str | None = None) -> str:
    key = f"p_{problem.code}"
    if key not in i18n.STRINGS:
        key = "p_invalid"
    return t(key, lang, value=problem.value or "", detail=problem.detail or "")


def problems_frame(problems: list[Problem], lang: str | None = None) -> pd.DataFrame:
    return pd.DataFrame({
        t("problem_col_file", lang): [p.file for p in problems],
        t("problem_col_row", lang): ["" if p.row is None else str(p.row) for p in problems],
        t("problem_col_column", lang): [p.column or "" for p in problems],
        t("problem_col_value", lang): [p.value or "" for p in problems],
        t("problem_col_message", lang): [problem_message(p, lang) for p in problems],
        t("problem_col_severity", lang): [t(f"severity_{p.severity}", lang) for p in problems],
    })


def show_problems(problems: list[Problem]) -> None:
    if problems:
        st.dataframe(problems_frame(problems), hide_index=True, width="stretch")


def quadrant_picture(activities: pd.DataFrame, filename: str, *, selected: tuple[str, ...] = (),
                     covered: tuple[str, ...] | None = None, show_forms: bool = False,
                     width: int | str = "stretch") -> None:
    """The quadrant model as a picture (an SVG in an <img>, described by its alt text) and, except on a
    projector, a download of that picture."""
    from les.quadrant_svg import alt_text, quadrant_svg

    lang = i18n.lang()
    svg = quadrant_svg(activities, lang, selected=selected, covered=covered, show_forms=show_forms)
    st.image(svg, alt=alt_text(activities, lang, selected, covered), width=width)
    if not presenting():
        st.download_button(t("quad_download"), svg.encode("utf-8"), file_name=f"{filename}.svg", mime="image/svg+xml",
                           icon=":material/download:", on_click="ignore", key=f"svg-{filename}")
