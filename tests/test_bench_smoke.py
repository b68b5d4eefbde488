"""A small smoke run of the benchmark harness (the timings themselves belong to `make bench`)."""

import sys

from les.data import load_all_uncached
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))


def test_generator_makes_valid_data_inside_the_region(tmp_path):
    from generate import generate
    out = generate(tmp_path / "g", 250, form_factor=3)
    tables = load_all_uncached(out)
    assert all(not r.errors for r in tables.values()), {n: r.errors[:2] for n, r in tables.items()}
    schools = tables["schools"].frame
    assert len(schools) == 250 and schools["id"].str.startswith("synth-").all()
    assert len(tables["learning_forms"].frame) == 18 * 3


def test_filter_response_harness_counts_no_rereads():
    from measure import filter_response_ms
    ms, reads = filter_response_ms("kaart", runs=2)
    assert ms > 0 and reads == 0


def test_scale_worker_reports_every_figure():
    from measure import scale_worker
    figures = scale_worker(str(ROOT / "data"))
    assert {"load_s", "rerun_ms", "rerun_interactive_ms", "deck_bytes", "svg_bytes", "rss_mb",
            "reads_during_reruns"} <= set(figures)
    assert figures["deck_bytes"] > 0 and figures["svg_bytes"] > 0 and figures["problems"] == 0


def test_websocket_users_harness_against_a_real_server():
    from measure import server_action, users
    from serve import streamlit_server
    with streamlit_server() as url:
        results = users(url, 2, actions=2, think=(0.0, 0.1))
        # a new session's first run of a page, as make bench reports it for every page
        assert server_action(url, "kaart", "view=interactive") > 0
    assert len(results) == 4
    assert not any(failed for _, failed, _ in results)
    assert all(received > 0 for _, _, received in results)


def test_multipage_floor_is_the_floor_with_a_page_list():
    """bench/minimal_multipage.py: the floor's slider and text, on two pages, listed in the navigation."""
    from streamlit.testing.v1 import AppTest
    at = AppTest.from_file(str(ROOT / "bench" / "minimal_multipage.py"), default_timeout=30).run()
    assert not at.exception
    assert at.slider[0].value == 5 and at.markdown[0].value == "De waarde is 5."


def test_performance_notes_are_the_ones_make_bench_writes():
    """docs/PERFORMANCE.md is written by bench/run.py (the table, then NOTES): a section added to the file by hand
    would be lost at the next full run (the sixth session's before/after stood only in the file)."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "bench" / "run.py")
    run = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(run)
    assert (ROOT / "docs" / "PERFORMANCE.md").read_text(encoding="utf-8").endswith(run.NOTES)
