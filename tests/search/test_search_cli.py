"""``ssc-desktop search`` as people type it: a fresh process on a real data folder (the seed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.cli import run_in


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("cli") / "data"
    first = run_in(data, "search", "water", "--limit", "1")
    assert first.returncode == 0, first.stderr
    return data


def search_json(folder: Path, *argv: str) -> dict[str, object]:
    result = run_in(folder, "search", "--json", "--limit", "100", *argv)
    assert result.returncode == 0, result.stderr
    out: dict[str, object] = json.loads(result.stdout)
    return out


def ids(out: dict[str, object]) -> set[str]:
    hits = out["hits"]
    assert isinstance(hits, list)
    return {hit["id"] for hit in hits}


@pytest.mark.slow  # over 2 s: run by CI, not by the default developer run
def test_a_query_may_start_with_a_dash(folder: Path) -> None:
    everything = search_json(folder, "")
    without = search_json(folder, "-training")
    with_training = search_json(folder, "training")
    assert without["query"] == "-training"
    assert 0 < len(ids(without)) < len(ids(everything))
    assert ids(without).isdisjoint(ids(with_training))
    assert ids(without) | ids(with_training) == ids(everything)
    # The same after "--", after options, and among other words.
    assert ids(search_json(folder, "--", "-training")) == ids(without)
    words = search_json(folder, "water", "-training")
    assert words["query"] == "water -training"
    assert ids(words) == ids(search_json(folder, "water -training"))
    text = run_in(folder, "search", "--limit", "2", "-training")
    assert text.returncode == 0, text.stderr
    assert "for '-training'" in text.stdout


def test_the_last_word_is_a_prefix_so_all_words_match(folder: Path) -> None:
    out = search_json(folder, "slum upg")
    hits = out["hits"]
    assert isinstance(hits, list) and hits
    assert hits[0]["title"] == "Participatory Slum Upgrading Programme"
    assert out["notices"] == [] and out["hint"] == ""
    text = run_in(folder, "search", "slum upg")
    assert "no solution has all these words" not in text.stdout
    # Words that are really not all there still say so.
    loose = search_json(folder, "slum", "geothermal")
    assert {"kind": "some_words"} in loose["notices"]  # type: ignore[operator]


def test_an_unknown_filter_name_is_a_usage_error(folder: Path) -> None:
    result = run_in(folder, "search", "hunger", "--filter", "color=red")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("ssc-desktop: error:")
    assert "'color'" in lines[0] and "country" in lines[0] and "sdg" in lines[0]
    assert result.stdout == ""
    assert run_in(folder, "search", "hunger", "--filter", "sdg=2").returncode == 0


def test_unknown_options_and_a_missing_query_are_still_refused(folder: Path) -> None:
    assert run_in(folder, "search", "--limti", "2", "water").returncode == 2
    assert run_in(folder, "search").returncode == 2


def test_json_notices_are_typed_and_the_hint_is_their_english(folder: Path) -> None:
    out = search_json(folder, "school country:Kenyya")
    notices = out["notices"]
    assert isinstance(notices, list)
    assert {"kind": "unknown_value", "name": "country", "value": "Kenyya"} in [
        {k: n[k] for k in ("kind", "name", "value")} for n in notices
    ]
    hint = out["hint"]
    assert isinstance(hint, str) and "Kenyya" in hint


def test_names_are_not_corrected_into_other_words(folder: Path) -> None:
    senegal = search_json(folder, "Senegal")
    assert senegal["corrected"] is False and senegal["suggestion"] is None
    assert senegal["total"] == 0
    either = search_json(folder, "solar OR wind")
    assert either["corrected"] is False
    assert "ind" not in str(either["suggestion"] or "").split()
    hits = either["hits"]
    assert isinstance(hits, list)
    assert all("Internship" not in hit["title"] for hit in hits)
