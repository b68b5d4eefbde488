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
