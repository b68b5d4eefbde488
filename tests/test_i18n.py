from les import i18n


def test_every_key_has_both_languages_and_no_empty_text():
    for key, entry in i18n.STRINGS.items():
        assert set(entry) == set(i18n.LANGS), key
        assert all(entry[lang].strip() for lang in i18n.LANGS), key


def test_placeholders_match_between_languages():
    import string
    fmt = string.Formatter()
    for key, entry in i18n.STRINGS.items():
        fields = [{f for _, f, _, _ in fmt.parse(entry[lang]) if f} for lang in i18n.LANGS]
        assert fields[0] == fields[1], key


def test_number_formats_follow_language():
    assert i18n.fmt_number(1234.5, 1, "nl") == "1.234,5"
    assert i18n.fmt_number(1234.5, 1, "en") == "1,234.5"
    assert i18n.fmt_percent(60, 0, "nl") == "60 %"
    assert i18n.fmt_percent(60, 0, "en") == "60%"
    assert i18n.fmt_percent(33.3, 1, "nl") == "33,3 %"


def test_no_string_is_written_twice():
    """A key written twice in STRINGS keeps only its last text, silently ('p_empty_file' was): the first one
    looks in force and is not."""
    import ast
    import collections

    from tests.conftest import ROOT
    tree = ast.parse((ROOT / "les" / "i18n.py").read_text(encoding="utf-8"))
    twice = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            keys = collections.Counter(k.value for k in node.keys if isinstance(k, ast.Constant))
            twice += [key for key, n in keys.items() if n > 1]
    assert twice == []


def test_a_count_of_one_reads_in_the_singular():
    """"1 opleidingen", "1 schools within 4 km": a count of one takes the key's `_one` text where there is one,
    given as a number or as formatted text; other counts and keys without a singular are unchanged."""
    from les.i18n import t
    assert t("m_near_result", "nl", n=1, km=4, town="Terneuzen", be=0, nl=1).startswith("1 school binnen")
    assert t("m_near_result", "en", n=1, km=4, town="Terneuzen", be=0, nl=1).startswith("1 school within")
    assert t("m_near_result", "nl", n=2, km=4, town="Terneuzen", be=0, nl=2).startswith("2 scholen binnen")
    assert t("pg_result", "en", n="1", be="1", nl="0", campuses="1") == \
        "1 programme (1 in Flanders, 0 in the Netherlands) at 1 campus"
    assert t("map_cell_count", "nl", n=1) == "1 campus" and t("map_cell_count", "nl", n=11) == "11 campussen"
    assert t("n_forms", "nl", n=1, total=18) == "1 van 18 leervormen"  # right as it is: no singular needed
