"""Export and import: lossless round trips, and bad files refused without changing anything."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from ssc_desktop.cli import main
from ssc_desktop.domain import vocab
from ssc_desktop.interchange import ImportFileError, read_catalogue_file
from ssc_desktop.interchange.csvformat import split_escaped
from ssc_desktop.interchange.writer import render
from tests.support.records import make_solution, random_solutions


def database_digest(data_dir: Path) -> str:
    """A hash of the catalogue's logical content (robust to WAL checkpoints)."""
    conn = sqlite3.connect(data_dir / "catalogue.sqlite3")
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()


def run(*argv: str) -> int:
    return main(list(argv))


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_export_import_export_is_byte_identical(
    tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    assert (
        run("--data-dir", str(first), "export", "--format", fmt, "-o", str(tmp_path / f"one.{fmt}"))
        == 0
    )
    assert run("--data-dir", str(second), "import", str(tmp_path / f"one.{fmt}")) == 0
    assert (
        run(
            "--data-dir", str(second), "export", "--format", fmt, "-o", str(tmp_path / f"two.{fmt}")
        )
        == 0
    )
    one, two = (tmp_path / f"one.{fmt}").read_bytes(), (tmp_path / f"two.{fmt}").read_bytes()
    assert one == two
    assert len(one) > 10_000, "the seed catalogue was exported"
    capsys.readouterr()


def test_csv_keeps_awkward_text(tmp_path: Path) -> None:
    tricky = make_solution(
        title='Semicolons; pipes | and "quotes", back\\slashes',
        themes=["a;b", "c|d", "e\\f"],
        organisations=[
            {
                "name": "Org; with | separators",
                "acronym": "O;|",
                "role": "partner",
                "type": "civil_society",
            }
        ],
        summary="Line one\nline two, «accents» é ñ 中文 العربية",
    )
    text = render([tricky], "csv")
    path = tmp_path / "t.csv"
    path.write_text(text, encoding="utf-8-sig", newline="")
    assert read_catalogue_file(path) == [tricky]
    assert split_escaped(r"a\;b; c", ";") == ["a;b", "c"]


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_every_country_role_crosses_a_file(tmp_path: Path, fmt: str) -> None:
    """Each role of the vocabulary (``participant`` included) is written and read back."""
    roles = list(vocab.terms()["country_roles"])
    assert "participant" in roles
    codes = ["UGA", "ETH", "MWI", "TZA", "KEN", "IND"][: len(roles)]
    record = make_solution(
        countries=[{"iso3": c, "role": r} for c, r in zip(codes, roles, strict=True)]
    )
    path = tmp_path / f"roles.{fmt}"
    path.write_text(render([record], fmt), encoding="utf-8-sig", newline="")
    (back,) = read_catalogue_file(path)
    assert [(c.iso3, c.role) for c in back.countries] == list(zip(codes, roles, strict=True))


def test_json_keeps_tombstones_and_csv_leaves_them_out(tmp_path: Path) -> None:
    live, gone = random_solutions(2)
    gone = gone.model_copy(update={"deleted": True})
    path = tmp_path / "t.json"
    path.write_text(render([live, gone], "json"), encoding="utf-8")
    assert {s.id: s.deleted for s in read_catalogue_file(path)} == {live.id: False, gone.id: True}
    assert gone.id not in render([live, gone], "csv")


def _good_records() -> list[dict[str, object]]:
    return [s.to_json_dict() for s in random_solutions(3)]


def _document(records: list[dict[str, object]]) -> str:
    return json.dumps(
        {"format": "ssc-desktop-catalogue", "format_version": 1, "solutions": records}
    )


def _bad_json_cases() -> dict[str, tuple[bytes, list[str]]]:
    records = _good_records()
    sdg = [dict(r) for r in records]
    sdg[1]["primary_sdgs"] = [18]
    country = [dict(r) for r in records]
    country[2]["countries"] = [{"iso3": "ZZZ", "role": "recipient"}]
    types = [dict(r) for r in records]
    types[0]["revision"] = "first"
    types[0]["title"] = 12
    dupes = [dict(r) for r in records]
    dupes[2]["id"] = dupes[0]["id"]
    huge = [dict(r) for r in records]
    huge[1]["challenge"] = "x" * 10_000_000
    text = _document(records).encode()
    return {
        "truncated": (text[: len(text) // 2], ["not valid JSON", "cut short"]),
        "sdg 18": (_document(sdg).encode(), ["record 2", "primary_sdgs[0]", "SDG 18"]),
        "unknown country": (_document(country).encode(), ["record 3", "countries[0].iso3", "ZZZ"]),
        "wrong types": (_document(types).encode(), ["record 1", "field revision", "field title"]),
        "duplicate ids": (
            _document(dupes).encode(),
            ["record 3", "duplicate id", "record 1 has the same id"],
        ),
        "10 MB field": (
            _document(huge).encode(),
            ["record 2", "field challenge", "at most 20000 characters"],
        ),
        "invalid utf-8": (text[:200] + b"\xff\xfe" + text[200:], ["not valid UTF-8"]),
        "not a catalogue": (b'{"hello": 1}', ["not an SSC Desktop catalogue"]),
        "newer format": (
            text.replace(b'"format_version": 1', b'"format_version": 9'),
            ["format version 9"],
        ),
        "record not an object": (_document([1]).encode(), ["record 1", "must be an object"]),
    }


@pytest.mark.parametrize("case", sorted(_bad_json_cases()))
def test_bad_json_file_is_refused_and_changes_nothing(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content, expected = _bad_json_cases()[case]
    data_dir = tmp_path / "data"
    assert run("--data-dir", str(data_dir), "stats") == 0
    before = database_digest(data_dir)
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    capsys.readouterr()
    assert run("--data-dir", str(data_dir), "import", str(bad)) == 1
    err = capsys.readouterr().err
    assert err.startswith("ssc-desktop: error: cannot import"), err
    assert "nothing was changed" in err
    assert "Traceback" not in err
    for words in expected:
        assert words in err, (words, err)
    assert database_digest(data_dir) == before


@pytest.mark.parametrize(
    ("name", "mutate", "expected"),
    [
        ("missing columns", lambda t: t.replace("title,", "", 1), ["missing column(s): title"]),
        ("unknown column", lambda t: t.replace("title,", "titel,", 1), ["unknown column"]),
        (
            "bad sdg",
            lambda t: t.replace(",2,7; 13,", ",19,7; 13,", 1),
            ["record 1", "primary_sdgs[0]", "SDG 19"],
        ),
        (
            "short row",
            lambda t: t.rstrip("\r\n").rsplit("\r\n", 1)[0] + "\r\nabc,def\r\n",
            ["does not have one value per column"],
        ),
        (
            "bad part count",
            lambda t: t.replace("IND | provider", "IND provider", 1),
            ["record 1", "has 1 parts"],
        ),
    ],
)
def test_bad_csv_file_is_refused(
    name: str,
    mutate: object,
    expected: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = [make_solution(title=f"Record {n}") for n in range(3)]
    text = render(records, "csv")
    data_dir = tmp_path / "data"
    assert run("--data-dir", str(data_dir), "stats") == 0
    before = database_digest(data_dir)
    bad = tmp_path / "bad.csv"
    bad.write_text(mutate(text), encoding="utf-8", newline="")  # type: ignore[operator]
    capsys.readouterr()
    assert run("--data-dir", str(data_dir), "import", str(bad)) == 1
    err = capsys.readouterr().err
    for words in expected:
        assert words in err, (name, words, err)
    assert database_digest(data_dir) == before


def test_reader_reports_many_problems_at_once(tmp_path: Path) -> None:
    records = _good_records()
    for record in records:
        record["primary_sdgs"] = [99]
    path = tmp_path / "x.json"
    path.write_text(_document(records), encoding="utf-8")
    with pytest.raises(ImportFileError) as info:
        read_catalogue_file(path)
    assert [p.record for p in info.value.problems] == [1, 2, 3]
