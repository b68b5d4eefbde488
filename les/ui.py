"""Shared page plumbing: language state, cached data, and how problems are shown.

Pages stay thin: they read widgets, call les/, and render through these helpers.
"""

from __future__ import annotations

import hashlib
import re

import pandas as pd
import streamlit as st

from les import basemap, i18n
from les.data import DATA_DIR, LoadResult, Problem, file_key, load_all_uncached
from les.filters import MAX_Q
from les.i18n import STRINGS, t
from les.schema import TABLES

MAX_PARAM_ECHO = 60


def notice_bad_param(name: str, value: str, why: str) -> None:
    """A small, non-blocking notice for a URL parameter that was ignored. The value is echoed as text (never
    as a link: it is whatever somebody put in a URL)."""
    st.caption(":material/warning: " + t("bad_param", name=name, value=_echo(value), why=why))


def _echo(value: str) -> str:
    """A URL parameter's value as a notice repeats it: cut at MAX_PARAM_ECHO characters, escaped as text."""
    return _escape_chars(value if len(value) <= MAX_PARAM_ECHO else value[:MAX_PARAM_ECHO] + "…")


# Dutch compounds on "-onderwijs" and "beroeps-" are long words in narrow cells ("beroepsbegeleidende"): a soft
# hyphen at the joint lets the browser break there, with a hyphen, instead of anywhere or not at all. Only for
# display: exports keep the plain word.
_JOINTS = re.compile(r"(?<=[a-z])(?=onderwijs)|(?<=beroeps)(?=[a-z])")


def soft_hyphens(text: str) -> str:
    """`text` with a soft hyphen (U+00AD, invisible unless a line breaks there) at its compound joints."""
    return _JOINTS.sub("\u00ad", text)


def notice_bad(bad) -> None:
    """The notice for a URL parameter a page's parser could not take as it was (a filters.BadParam). A reason
    may have a text for one parameter (`why_range_form_eqf`: levels 1-8, not a share's 20-80); a text that was
    too long is used, shortened, and the notice says so rather than "ignored"."""
    if bad.reason == "why_too_long":
        st.caption(":material/warning: " + t("bad_param_shortened", name=bad.name, value=_echo(bad.value), max=MAX_Q))
        return
    specific = f"{bad.reason}_{bad.name}"
    notice_bad_param(bad.name, bad.value, t(specific if specific in STRINGS else bad.reason))


# ":" is escaped too, so escaped text never forms an automatic link ("https\://…" is not one): a URL in text
# from the data becomes a link only through md_link, with the URL itself as its target
_MD_SPECIAL = set("\\`*_{}[]()#+-.!|<>~$:")
_URL_IN_TEXT = re.compile(r"https?://[^\s<>\"'()\[\]]+")


def _escape_chars(text: str) -> str:
    """Markdown-escape every character Markdown could read as syntax, so the text is shown literally."""
    return "".join("\\" + ch if ch in _MD_SPECIAL else ch for ch in text)


def escape_md(text) -> str:
    """Text from the data as Markdown that shows it literally (no emphasis, HTML or tables), except that the
    http(s) URLs in it become working links (a source note, a coordinate record)."""
    text = "" if text is None or (not isinstance(text, str) and pd.isna(text)) else str(text)
    out, last = [], 0
    for match in _URL_IN_TEXT.finditer(text):
        url = match.group(0).rstrip(".,;:!?")
        out.append(_escape_chars(text[last:match.start()]))
        out.append(md_link(url))
        last = match.start() + len(url)
    out.append(_escape_chars(text[last:]))
    return "".join(out)



def md_link(url, shown: str | None = None) -> str:
    """An http(s) URL as a Markdown link showing `shown` (the URL itself when none is given); anything else
    as escaped text. The target is the URL itself (characters Markdown would read percent-encoded), never
    escaped text: an escaped target is a dead link (https://github%5C.com/…)."""
    from urllib.parse import urlsplit

    text = "" if url is None or (not isinstance(url, str) and pd.isna(url)) else str(url).strip()
    try:
        parts = urlsplit(text)
    except ValueError:  # e.g. "http://[" is not a URL
        return _escape_chars(text)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in text):
        return _escape_chars(text)
    target = "".join(_URL_TARGET_ESCAPES.get(c, c) for c in text)
    return f"[{_escape_chars(text if shown is None else shown)}]({target})"


_URL_TARGET_ESCAPES = {"(": "%28", ")": "%29", "<": "%3C", ">": "%3E", "\\": "%5C", " ": "%20"}


def md_table(frame: pd.DataFrame, marked_rows: set | None = None, link_columns: tuple[str, ...] = (),
             link_text: str | None = None, link_targets: dict | None = None) -> str:
    """A small table as Markdown text, shown with st.markdown: every cell escaped, so it renders as text;
    cells of `link_columns` (the index included, by its name) become links when they are http(s) URLs, showing
    `link_text` when given. `link_targets` maps a column (or the index) to a URL per row: its cells keep their
    own text and link there (a file name linking to its copy, in one column instead of two).

    Light for the visitor: st.table would load Streamlit's Arrow formatting code (about 0.7 MB of
    JavaScript, measured with bench/) for what is a static table of a few dozen cells. The index becomes
    the first column; rows whose index is in `marked_rows` are set in bold."""
    def plain(value) -> str:
        text = "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)
        return " ".join(text.split())

    def cell(value, link: bool = False) -> str:
        return md_link(value, link_text) if link else escape_md(plain(value))

    def linked_cell(value, url) -> str:
        link = md_link(url, plain(value)) if plain(value) else ""
        return link if link.startswith("[") else cell(value)  # no http(s) URL: the text alone

    marked_rows = marked_rows or set()
    head = [frame.index.name or "", *map(str, frame.columns)]
    linked = [name in link_columns for name in head]
    targets = [list((link_targets or {}).get(name, ())) for name in head]
    lines = ["| " + " | ".join(cell(h) for h in head) + " |", "|" + "---|" * len(head)]
    for i, (key, row) in enumerate(zip(frame.index, frame.itertuples(index=False))):
        cells = [linked_cell(v, target[i]) if i < len(target) else cell(v, link)
                 for v, link, target in zip((key, *row), linked, targets)]
        if key in marked_rows:
            cells = [f"**{c}**" if c else c for c in cells]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def init_language(again: bool = False) -> str:
    """Language from ?lang= (wins when present) or the session; kept in the URL so links carry it. The entry
    point calls it first in a run; `again`: a later call in the same run."""
    if not again:
        # whether this run answers a click on the language switch (its callback ran just before): the URL
        # still has the old language, and must not overrule the choice (url_decides)
        st.session_state["_lang_chosen_now"] = st.session_state.pop("_lang_chosen", False)
        # the address as it came, before this run writes ?lang= into it (url_decides reads it)
        st.session_state["_query_in"] = st.query_params.to_dict()
    raw = st.query_params.get("lang")
    pending = st.session_state.pop("_lang_pending", None)
    if pending in i18n.LANGS:  # url_decides found a view that Back/Forward brought in this language
        st.session_state["lang"] = st.session_state["lang_choice"] = pending
        # the ?lang= still in the address was written by the run that found it, not by a link: it does not win
        st.session_state["_lang_from_url"] = None if raw is None else raw.strip().lower()
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


def language_switch(where=None) -> str:
    """The language control, in the sidebar (or, while presenting, in the presentation bar). Its labels are
    the same in both languages, so its own value never goes stale."""
    current = init_language(again=True)
    st.session_state.setdefault("lang_choice", current)
    # a segmented control, not a radio: it is on every page, and its code is 60-80 ms lighter for a new visitor
    choice = (where or st.sidebar).segmented_control(
        i18n.STRINGS["lang_label"]["nl"] + " / " + i18n.STRINGS["lang_label"]["en"],
        options=list(i18n.LANGS),
        format_func=lambda code: i18n.STRINGS[f"lang_{code}"]["nl"],
        key="lang_choice",
        required=True,
        label_visibility="collapsed" if where is not None else "visible",
        on_change=_language_chosen,  # before the script runs: everything drawn before the switch is in the new language
    )
    if choice in i18n.LANGS and choice != current:
        st.session_state["lang"] = current = choice
    _sync_lang_param(current)
    bad = st.session_state.pop("_bad_lang", None)
    if bad is not None:
        notice_bad_param("lang", bad, t("why_lang"))
    return current


def _language_chosen() -> None:
    if st.session_state.get("lang_choice") in i18n.LANGS:
        st.session_state["lang"] = st.session_state["lang_choice"]
        st.session_state["_lang_chosen"] = True


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
[data-testid="stMain"] h1 { font-size: 2.8rem; padding-top: 0; }
[data-testid="stMain"] p, [data-testid="stMain"] li { font-size: 1.3rem; line-height: 1.45; }
/* a key figure stays larger than its words (the rule above would make it the size of its label) */
[data-testid="stMain"] [data-testid="stMetricValue"] p { font-size: 2.8rem; line-height: 1.2; }
[data-testid="stMainBlockContainer"] { padding-top: 1.2rem; padding-bottom: 1rem; max-width: 100%; }
/* a picture is never taller than the screen: on a slide, than the screen leaves it (title above, the step
   buttons below); on a page (the map), than the screen itself, so it fills the width when scrolled to */
[data-testid="stMain"] [data-testid="stImage"], [data-testid="stMain"] [data-testid="stImageContainer"],
[data-testid="stMain"] [data-testid="stFullScreenFrame"] > div:has(> [data-testid="stImage"]) { width: 100%; }
[data-testid="stMain"] [data-testid="stImage"] img { width: 100% !important; height: auto;
  max-height: calc(100vh - 2rem); object-fit: contain; object-position: left top; }
[data-testid="stMain"] .st-key-slide [data-testid="stImage"] img { max-height: calc(100vh - 210px); }
/* the language switch and the way out stay in view, top right, without taking a line of the slide */
.st-key-present-bar { position: fixed; top: 0.6rem; right: 1.2rem; z-index: 999990; width: auto !important;
  background: rgba(255, 255, 255, 0.92); border-radius: 0.5rem; padding: 0.2rem; }
.st-key-present-bar p { font-size: 0.95rem !important; }
</style>
"""


# Markdown tables (md_table): a table wider than the page scrolls sideways instead of being cut off, with
# compact cells so the learning-forms table fits beside the sidebar on a 1280 px screen
TABLE_CSS = """
<style>
[data-testid="stMarkdownContainer"] > table { display: block; width: max-content; max-width: 100%; overflow-x: auto;
  font-size: 0.9rem;
  /* a shadow at an edge that has more table behind it (scrolling shadows: the white covers scroll with the
     content, the shadows stay with the box), so a cut-off table says so before anyone reaches its scrollbar */
  background: linear-gradient(to right, white 30%, rgba(255,255,255,0)) left / 2.5rem 100% no-repeat local,
              linear-gradient(to left, white 30%, rgba(255,255,255,0)) right / 2.5rem 100% no-repeat local,
              radial-gradient(farthest-side at 0 50%, rgba(0,0,0,.18), rgba(0,0,0,0)) left / 0.9rem 100% no-repeat scroll,
              radial-gradient(farthest-side at 100% 50%, rgba(0,0,0,.18), rgba(0,0,0,0)) right / 0.9rem 100% no-repeat scroll; }
[data-testid="stMarkdownContainer"] > table th, [data-testid="stMarkdownContainer"] > table td { padding: 0.35rem 0.4rem; }
/* a long URL in a cell may break anywhere (not a row's name, the first column): unbroken, one source's address made a
   table wider than the page */
[data-testid="stMarkdownContainer"] > table td:not(:first-child) a { overflow-wrap: anywhere; }
/* a table wider than the screen shows its scrollbar, not an overlay that appears only while scrolling */
[data-testid="stMarkdownContainer"] > table::-webkit-scrollbar { height: 10px; }
[data-testid="stMarkdownContainer"] > table::-webkit-scrollbar-thumb { background: #9AA4AE; border-radius: 5px; }
[data-testid="stMarkdownContainer"] > table::-webkit-scrollbar-track { background: #EEF1F4; }
/* pills show a whole name (a learning form's is long), on as many lines as it needs */
[data-testid="stButtonGroup"] button { max-width: 100%; height: auto; }
[data-testid="stButtonGroup"] button p, [data-testid="stButtonGroup"] button div { white-space: normal;
  overflow: visible; text-overflow: clip; text-align: left; }
/* a check box's label is read whole, on as many lines as it needs (with a help icon Streamlit cut it off
   with an ellipsis: "Project aangeleverd, begeleid of mee beoor…") */
[data-testid="stCheckbox"] label .stMarkdownEllipsis, [data-testid="stCheckbox"] label .stMarkdownEllipsis p {
  white-space: normal; overflow: visible; text-overflow: clip; }
</style>
"""


PILLS_MAX = 12  # up to this many values a filter is a row of pills; beyond, a searchable drop-down
_MULTI_WIDGETS = ("multiselect",)


def widget_key(key: str, part: str = "", lang_: str | None = None) -> str:
    """The key of the widget that shows state `key` in a language: "{key}.{part}.{lang}"."""
    return ".".join(x for x in (key, part, lang_ or i18n.lang()) if x)


def choice(widget, label: str, options, *, key: str, format_func=str, part: str = "", on_change=None, args=(),
           **kwargs):
    """A selection widget (st.pills, st.segmented_control, st.selectbox or st.multiselect, on any container)
    whose state is ids, never labels: st.session_state[key] holds the chosen option (a list for a
    multi-selection), and that is what the page filters on and writes to the URL.

    Why the widget gets a key of its own per language (`widget_key`): Streamlit keeps a select widget's
    value as the label it displays, so a widget that outlived a language switch handed back a label of the
    other language, which crashed /vergelijk (a KeyError on "Duaal leren") and put labels into shared links
    (`sort=aandeel+werkplek+…`). A widget per language starts from the ids in `key` and only ever sees its
    own labels; a value that is not one of `options` is never taken. `part` tells apart two widgets that
    set the same state (the map's quick towns and its list of every town), so a state that is not among a
    widget's options shows as nothing chosen there and is left as it is. Returns what the widget shows."""
    options = list(options)
    multi = getattr(widget, "__name__", "") in _MULTI_WIDGETS or kwargs.get("selection_mode") == "multi"
    current = st.session_state.get(key)
    if multi:
        shown = [v for v in (current or ()) if v in options]
    else:
        shown = current if current in options else None
        if shown is None and kwargs.get("required") and options:
            shown = options[0]
    wkey = widget_key(key, part)
    if wkey not in st.session_state or st.session_state[wkey] != shown:
        st.session_state[wkey] = shown

    def keep() -> None:
        value = st.session_state.get(wkey)
        if multi:
            value = [v for v in (value or ()) if v in options]
        elif value is not None and value not in options:
            return  # not one of ours: keep the state as it was
        st.session_state[key] = value
        if on_change:
            on_change(*args)

    if getattr(widget, "__name__", "") in ("selectbox", "multiselect"):
        kwargs.setdefault("placeholder", i18n.t("choose"))
        # a select box whose options hold no empty choice always has a value; Streamlit's `required` would only
        # add "(required)", in English, to a Dutch label
        kwargs.pop("required", None)
    widget(label, options, key=wkey, format_func=format_func, on_change=keep, **kwargs)
    return shown


def pick_filter(label: str, options: list, *, key: str, multi: bool, format_func, placeholder: str | None = None,
                where=None):
    """A filter as pills while its values are few (every choice in view, one click each, and no drop-down
    code for a new visitor to load), as a multiselect or selectbox once the data gives it many. Pills
    with nothing chosen mean "all"; the state `key` holds a list (multi) or a value or None."""
    where = where or st
    if len(options) <= PILLS_MAX:
        return choice(where.pills, label, options, key=key, selection_mode="multi" if multi else "single",
                      format_func=format_func)
    if multi:
        return choice(where.multiselect, label, options, key=key, format_func=format_func, placeholder=placeholder)
    return choice(where.selectbox, label, [None, *options], key=key, placeholder=placeholder,
                  format_func=lambda v: placeholder if v is None else format_func(v))


def url_expander(label: str, *, key: str, **kwargs):
    """An expander whose open state is in the URL (`?{key}=true`), for content built only when opened.

    The state is `kept_expander`'s. Not Streamlit's bind="query-params": with a bound expander on the page,
    following an st.page_link pushed an extra browser-history entry (the old page with the new page's
    parameters), so Back after map → school → learning form landed on a map that had lost the town, radius
    and school. The page writes the parameter itself with the rest of its URL (`open_params`)."""
    return kept_expander(label, key=key, **kwargs)


def kept_expander(label: str, *, key: str, **kwargs):
    """An expander, for content built only when opened, whose open state `key` (True when open) outlives a
    language switch: the expander itself is keyed per language (its label changes, and Streamlit closed a
    keyed expander whose label changed: "Andere gemeente", with Hulst picked in it, folded on "English")."""
    wkey = widget_key(key)

    def keep() -> None:
        st.session_state[key] = bool(st.session_state.get(wkey))

    wanted = bool(st.session_state.get(key))
    if wkey in st.session_state and st.session_state[wkey] != wanted:
        st.session_state[wkey] = wanted  # the URL changed under the page (Back/Forward): it decides
    box = st.expander(label, expanded=wanted, key=wkey, on_change=keep, **kwargs)
    st.session_state[key] = bool(box.open)
    return box


def rows_digest(ids) -> str:
    """A short name for a list of row ids: a grid keyed with it is a new grid when its rows change, so a
    ticked row position never lands on another item (row 3 is another school after a filter)."""
    return hashlib.blake2b("\x1f".join(map(str, ids)).encode("utf-8"), digest_size=6).hexdigest()


def pick_widget(name: str, target: str, read, rows=None) -> tuple[str, object]:
    """For a widget that picks one item with a click and keeps its own selection, which Streamlit does not
    let a page set (a grid row, a map point): the key to draw it with, and the `on_select` callback that
    puts the picked id in `st.session_state[target]` (`read(selection)` gives it; None changes nothing).

    The widget is drawn fresh, without a pick, when its rows change (`rows`, the ids in order: a grid's
    selection is a row position) and when the item was changed elsewhere (another list, Back): so it never
    shows or re-applies a stale pick, and clicking the item it showed picks it again."""
    own, generation = f"_{name}.own", f"_{name}.generation"
    if st.session_state.get(own) is not None and st.session_state.get(own) != st.session_state.get(target):
        st.session_state[generation] = st.session_state.get(generation, 0) + 1
        st.session_state[own] = None
    key = f"{name}-{st.session_state.get(generation, 0)}" + ("" if rows is None else "-" + rows_digest(rows))
    if st.session_state.get(f"_{name}.key") != key:
        st.session_state[f"_{name}.key"], st.session_state[own] = key, None

    def chosen() -> None:
        picked = read(st.session_state[key].selection)
        if picked is not None:
            st.session_state[target] = st.session_state[own] = picked

    return key, chosen


def open_params(*keys: str) -> dict[str, str]:
    """The `?{key}=true` parameters of the url_expanders that are open."""
    return {key: "true" for key in keys if st.session_state.get(key)}


def track_page(url_path: str) -> None:
    """Called by the entry point before a page runs: notes whether this run entered the page (from another
    page, a link or a fresh session) or is a rerun within it."""
    st.session_state["_entered"] = st.session_state.get("_page") != url_path
    st.session_state["_page"] = url_path


def url_decides(page: str, owned, keys=()) -> bool:
    """True when the URL, not the widgets, says what the page shows: the page was just entered, or its
    parameters are not the ones it last wrote (Back/Forward, an edited address). Otherwise the widgets
    decide and the page writes the URL (`sync_query_params` with `page`).

    `keys` are the session-state keys the page's widgets set. When one of them changed since the page last
    wrote its URL, this run answers a widget, and the widgets decide whatever the URL says: with quick
    changes (an arrow key held on a slider) the browser asks for the next run before the page's last URL
    has reached it, and that stale URL used to throw the newer choices away."""
    st.session_state[f"_keys.{page}"] = tuple(keys)
    entered = st.session_state.get("_entered", True)

    def widgets_still() -> bool:  # no widget of the page changed since it last wrote its URL
        seen = st.session_state.get(f"_seen.{page}")
        return seen is None or seen == _widget_values(keys)

    # Dutch, the default, has no ?lang=: a view Back/Forward brings back from before a switch to English said
    # Dutch, and showed in English (then wrote &lang=en into that entry). While English, this page writes
    # ?lang=en into every view it writes, so a view with its parameters and no ?lang= came from outside (not
    # in the run a widget or the language switch asked for): a Dutch view. A bare address (a click in the
    # page list, which drops every parameter) keeps the session's language. The switch waits for the next
    # run: the language control is already drawn.
    came = st.session_state.get("_query_in", {})
    if "lang" not in came and any(k in came for k in owned) \
            and i18n.lang() != i18n.DEFAULT_LANG and (entered or widgets_still()) \
            and not st.session_state.get("_lang_chosen_now"):
        st.session_state["_lang_pending"] = i18n.DEFAULT_LANG
        st.rerun()
    if entered:
        return True
    now = {k: st.query_params.get(k) for k in owned if k in st.query_params}
    if st.session_state.get(f"_url.{page}") == now:
        return False
    return widgets_still()


def _widget_values(keys) -> dict:
    return {k: tuple(v) if isinstance(v, list) else v for k in keys for v in [st.session_state.get(k)]}


def presenting() -> bool:
    """?present=1: presentation mode (no sidebar or chrome, larger type). Kept in the URL across pages."""
    raw = st.query_params.get("present")
    if raw is not None:
        st.session_state["present"] = str(raw).lower() in ("1", "true", "ja", "yes")
    return bool(st.session_state.get("present", False))


def presentation_bar():
    """While presenting (no sidebar): a small bar, top right, with the language switch and the way out."""
    bar = st.container(key="present-bar", horizontal=True, gap="small", vertical_alignment="center")
    bar.button(t("present_exit"), key="present-exit", icon=":material/close_fullscreen:", on_click=_stop_presenting)
    return bar


def presentation_pages(bar, pages, current: str) -> None:
    """While presenting there is no sidebar: the pages are in a menu in the bar, presentation mode and
    language kept, so a presenter can show the map or the forms and come back to the story. A menu of its
    own per page (`current`): one menu for all stayed open over the page its link had opened."""
    menu = bar.popover(t("present_pages"), icon=":material/menu:", key=f"present-pages-{current or 'home'}")
    for page in pages:
        menu.page_link(page, query_params=keep_params())


def presentation_entry() -> None:
    """A visible way into presentation mode, in the sidebar of every page."""
    st.sidebar.button(t("present_start"), key="present-start", icon=":material/slideshow:", on_click=start_presenting,
                      help=t("present_start_help"), width="stretch")


def start_presenting() -> None:
    st.session_state["present"] = True
    st.query_params["present"] = "1"


def _stop_presenting() -> None:
    st.session_state["present"] = False
    if "present" in st.query_params:
        del st.query_params["present"]


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


def sync_query_params(wanted: dict[str, str], owned, page: str | None = None) -> None:
    """Make the page's own URL parameters (`owned`) say exactly `wanted`, so the link reproduces the view.
    Nothing is written when nothing changed. With `page`, what was written
    is remembered, so `url_decides` can tell a URL the page wrote from one that came from outside."""
    current = st.query_params.to_dict()
    new = {k: v for k, v in current.items() if k not in owned}
    new.update({k: wanted[k] for k in owned if k in wanted})
    if new != current:
        # one write for the whole change: each write is a message to the browser and an entry in its history,
        # so Back returns to the previous view, not to a half-written one
        st.query_params.from_dict(new)
    if page:
        st.session_state[f"_url.{page}"] = {k: wanted[k] for k in owned if k in wanted}
        st.session_state[f"_seen.{page}"] = _widget_values(st.session_state.get(f"_keys.{page}", ()))


def keep_params() -> dict[str, str]:
    """The app-wide parameters (language, presentation mode, a visitor's basemap choice) to carry in links
    between pages."""
    out = {}
    if i18n.lang() != i18n.DEFAULT_LANG:
        out["lang"] = i18n.lang()
    if st.session_state.get("present"):
        out["present"] = "1"
    if st.session_state.get("basemap") in basemap.URL_VALUES:
        out["basemap"] = st.session_state["basemap"]
    return out


def basemap_on() -> bool:
    """Background tiles on the interactive map: the visitor's ?basemap=on|off (kept for the session and in
    links), else the deployment's LES_BASEMAP (see les/basemap.py)."""
    raw = st.query_params.get("basemap")
    if raw is not None:
        if str(raw).lower() in basemap.URL_VALUES:
            st.session_state["basemap"] = str(raw).lower()
        else:
            notice_bad_param("basemap", str(raw), t("why_basemap"))
    return basemap.enabled(st.session_state.get("basemap"))


@st.cache_resource(show_spinner=False, max_entries=2)
def _load_tables(keys: tuple) -> dict[str, LoadResult]:
    # `keys` (path, mtime, size of every file) is hashed: a changed file is read again.
    # cache_resource: one shared, read-only copy for every session and rerun (cache_data would pickle
    # and copy the tables on every call, which at 100,000 schools costs more than the page itself).
    # Pages never modify these frames in place.
    return load_all_uncached(DATA_DIR)


@st.cache_resource(show_spinner=False, max_entries=2)
def _programme_frame(keys: tuple):
    from les.programme_view import joined
    results = _load_tables(keys)
    programmes, schools = results["programmes"].frame, results["schools"].frame
    if programmes is None or schools is None:
        return None
    return joined(programmes, schools)


@st.cache_resource(show_spinner=False, max_entries=2)
def _programme_options(keys: tuple) -> dict:
    from les.programme_view import options
    frame = _programme_frame(keys)
    return {"province": [], "form": []} if frame is None else options(frame)


@st.cache_resource(show_spinner=False, max_entries=2)
def _school_ids(keys: tuple) -> frozenset:
    frame = _load_tables(keys)["schools"].frame
    return frozenset() if frame is None else frozenset(frame["id"].tolist())


def school_ids() -> frozenset:
    """Every campus id, as a set, once per change of the files (a link's ?school= is checked against it)."""
    return _school_ids(tuple(file_key(DATA_DIR / table.file) for table in TABLES.values()))


def programme_options() -> dict:
    """The provinces and learning forms some programme has (the filters' choices), once per change of the files."""
    return _programme_options(tuple(file_key(DATA_DIR / table.file) for table in TABLES.values()))


def programme_frame():
    """The programmes with their campus, joined once per change of the files and shared by every session."""
    return _programme_frame(tuple(file_key(DATA_DIR / table.file) for table in TABLES.values()))


# the towns of the Euregio Scheldemond and just over the border, one click each in the distance tools
QUICK_TOWNS = ("Brugge", "Vlissingen", "Middelburg", "Kortrijk", "Gent", "Terneuzen", "Goes", "Sint-Niklaas",
               "Antwerpen", "Bergen op Zoom")


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


def problem_headline(problem: Problem, lang: str | None = None) -> str:
    """The first problem as one sentence that says where: file, row and column, then what is wrong (Markdown,
    the names escaped: they come from the upload)."""
    where = [escape_md(problem.file)] if problem.file else []
    if problem.row is not None:
        where.append(t("problem_at_row", lang, row=problem.row))
    if problem.column:
        where.append(t("problem_at_column", lang, column=escape_md(problem.column)))
    return (", ".join(where) + ": " if where else "") + escape_md(problem_message(problem, lang))


def problems_frame(problems: list[Problem], lang: str | None = None) -> pd.DataFrame:
    return pd.DataFrame({
        t("problem_col_file", lang): [p.file for p in problems],
        t("problem_col_row", lang): ["" if p.row is None else str(p.row) for p in problems],
        t("problem_col_column", lang): [p.column or "" for p in problems],
        t("problem_col_value", lang): [p.value or "" for p in problems],
        t("problem_col_message", lang): [problem_message(p, lang) for p in problems],
        t("problem_col_severity", lang): [t(f"severity_{p.severity}", lang) for p in problems],
    })


MAX_PROBLEMS_AS_TEXT = 30


def show_problems(problems: list[Problem]) -> None:
    """The problems of a file. A few as a table of text, whose cells wrap: in a grid the message was cut off at
    1280 px and the severity was out of sight to the right. Many in a grid, which scrolls and sorts."""
    if not problems:
        return
    frame = problems_frame(problems)
    if len(problems) <= MAX_PROBLEMS_AS_TEXT:
        st.markdown(md_table(frame.set_index(frame.columns[0])))
    else:
        st.dataframe(frame, hide_index=True, width="stretch",
                     column_config={t("problem_col_message"): st.column_config.TextColumn(width="large")})


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


def export_buttons(make_frame, base: str, note_lines: list[str], params: dict[str, str] | None = None,
                   key: str = "") -> None:
    """Downloads of exactly what is shown: an Excel workbook first (what a coordinator opens), a CSV that
    Dutch and Belgian Excel opens as columns (";", decimal commas) and the standard CSV (",", dot decimals)
    for data tools. `make_frame` is called when a button is clicked, not on every rerun; the files are
    named after what they hold.

    The three sit in one popover that says what it holds: its buttons are drawn when it opens, so a new
    visitor's browser does not load and draw three download buttons before anyone asks for a file (about
    0.05-0.08 × the minimal app on the pages with exports, bench/)."""
    from les.export import export_name, to_csv_bytes, to_excel_bytes

    name = export_name(base, params)
    spoken = i18n.lang()

    def frame() -> pd.DataFrame:
        # built when a button is clicked, after the script and without its session: in the visitor's language
        with i18n.speaking(spoken):
            return make_frame() if callable(make_frame) else make_frame
    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    menu = st.popover(t("export_open"), icon=":material/download:", key=f"export-{key or base}")
    menu.download_button(t("export_xlsx"), lambda: to_excel_bytes(frame(), note_lines), file_name=f"{name}.xlsx",
                        mime=xlsx, icon=":material/download:", on_click="ignore", key=f"xlsx-{key or base}")
    menu.download_button(t("export_csv_excel"), lambda: to_csv_bytes(frame(), "excel"), file_name=f"{name}.csv",
                        mime="text/csv", icon=":material/download:", on_click="ignore", key=f"csv-excel-{key or base}",
                        help=t("export_csv_excel_help"))
    menu.download_button(t("export_csv"), lambda: to_csv_bytes(frame()), file_name=f"{name}-{t('export_csv_suffix')}.csv",
                        mime="text/csv", icon=":material/download:", on_click="ignore", key=f"csv-{key or base}",
                        help=t("export_csv_help"))
