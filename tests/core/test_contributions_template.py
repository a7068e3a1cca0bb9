"""The contribution template (issue 14): written, filled with openpyxl as a person would, imported,
corrected and imported again; bad files refused with nothing changed."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ssc_desktop.app.files import (
    ContributionProblems,
    ContributionsImported,
    FilesService,
    ProblemKind,
    TemplateRefused,
)
from ssc_desktop.app.session import CatalogueSession
from ssc_desktop.catalogue import Catalogue
from ssc_desktop.cli.main import main
from ssc_desktop.domain.model import Contact
from ssc_desktop.interchange import template
from ssc_desktop.interchange.reader import FileKind, detect_kind
from tests.support.records import make_solution

HEAD = {c.key: n for n, c in enumerate(template.columns(), start=1)}


def fill(path: Path, rows: list[dict[str, Any]], *, save_as: Path | None = None) -> Path:
    """Fill a template's first rows as a person would (openpyxl, the data sheet)."""
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    for number, values in enumerate(rows, start=2):
        for key, value in values.items():
            sheet.cell(row=number, column=HEAD[key], value=value)
    out = save_as or path
    book.save(out)
    return out


GOOD = {
    "title": "Solar irrigation for smallholder farmers",
    "summary": "Farmers in two countries learn to run solar pumps.",
    "countries": "Brazil (provider); Kenya (recipient); Bolivia (Plurinational State of)",
    "primary_sdgs": "2; 13",
    "secondary_sdgs": 7,
    "organisations": "UNDP (supported by); Ministry of Agriculture [MINAGRI] "
    "(implementing entity, government)",
    "cooperation_type": "Triangular",
    "modality_1": "Technology transfer",
    "modality_2": "Knowledge sharing",
    "status": "Completed",
    "start_year": 2019,
    "end_year": "2022",
    "budget": 250000,
    "currency": "usd",
    "contacts": "Ana Lima | Coordinator | UNDP Brazil | ana.lima@example.org",
    "links": "https://example.org/report | Final report",
    "sources": "Annual report 2023 | 23",
    "themes": "agriculture; water",
}


@pytest.fixture
def session(tmp_path: Path) -> Any:
    opened = CatalogueSession(Catalogue.open(tmp_path / "data", seed=False))
    yield opened
    opened.catalogue.close()


def _new_template(tmp_path: Path, language: str = "en", name: str = "c.xlsx") -> Path:
    path = tmp_path / name
    template.write_template(path, language)
    return path


# -- the template ---------------------------------------------------------------------------------
@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_template_has_human_columns_drop_downs_and_help(tmp_path: Path, language: str) -> None:
    path = _new_template(tmp_path, language)
    book = openpyxl.load_workbook(path)
    data, help_sheet, lists = book.worksheets
    assert data.title == template.sheet_name("data", language)
    headings = [c.value for c in data[1]]
    assert headings == [c.label(language) for c in template.columns()]
    assert not any(h in headings for h in ("id", "revision", "created_at", "updated_at"))
    assert data.cell(row=2, column=1).value.endswith("-0001")  # references made by the app
    rules = {str(r.sqref).split(":")[0][:-1]: r for r in data.data_validations.dataValidation}
    letter = openpyxl.utils.get_column_letter(HEAD["cooperation_type"])
    assert rules[letter].type == "list" and lists.title in rules[letter].formula1
    assert rules[openpyxl.utils.get_column_letter(HEAD["start_year"])].type == "whole"
    choices = [lists.cell(row=n, column=2).value for n in range(2, 6)]
    assert choices == [
        t.text(language) for t in template.vocab.terms()["cooperation_types"].values()
    ]
    explained = {r[0].value: r[1].value for r in help_sheet.iter_rows(min_row=4) if r[0].value}
    assert explained[template.column_label("countries", language)] == template.column(
        "countries"
    ).explanation(language)
    assert template.column("countries").explanation("fr") != template.column(
        "countries"
    ).explanation("en")


def test_cli_writes_both_forms(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("contributions.xlsx", "contributions.csv"):
        assert main(["template", "-o", str(tmp_path / name), "--language", "fr"]) == 0
    text = (tmp_path / "contributions.csv").read_text(encoding="utf-8-sig")
    assert text.startswith("Votre référence,Titre,")
    assert detect_kind(tmp_path / "contributions.csv") is FileKind.TEMPLATE
    assert detect_kind(tmp_path / "contributions.xlsx") is FileKind.TEMPLATE
    assert main(["template", "-o", str(tmp_path / "x.ods")]) == 1
    assert "name it .xlsx" in capsys.readouterr().err


# -- importing, then correcting -------------------------------------------------------------------
def test_a_filled_template_is_imported_as_local_solutions_waiting_for_sync(
    tmp_path: Path, session: Any
) -> None:
    path = fill(_new_template(tmp_path), [GOOD, {**GOOD, "title": "Second", "countries": "IND"}])
    result = FilesService(session).import_file(path)
    assert isinstance(result, ContributionsImported)
    assert (result.added, result.updated, result.unchanged) == (2, 0, 0)
    store = session.store
    assert store.stats()["pending_sync"] == 2 and store.stats()["local"] == 2
    first = next(s for s in store.iter_all() if s.title == GOOD["title"])
    assert first.origin == "local" and first.revision == 1
    assert [(c.iso3, c.role) for c in first.countries] == [
        ("BRA", "provider"),
        ("KEN", "recipient"),
        ("BOL", "participant"),
    ]
    assert first.primary_sdgs == [2, 13] and first.secondary_sdgs == [7]
    assert [(o.acronym, o.role, o.type) for o in first.organisations] == [
        ("UNDP", "supported_by", "un_entity"),
        ("MINAGRI", "implementing", "government"),
    ]
    assert first.organisations[0].name == "United Nations Development Programme"
    assert first.cooperation_type == "triangular"
    assert first.modalities == ["technology_transfer", "knowledge_sharing"]
    assert (first.start_year, first.end_year, first.budget, first.currency) == (
        2019,
        2022,
        250000,
        "USD",
    )
    assert first.contacts[0].public and first.contacts[0].email == "ana.lima@example.org"
    assert first.sources[0].paragraph == "23" and first.links[0].label == "Final report"

    # corrected and imported again: the same solutions, one changed, none added
    fill(path, [{**GOOD, "title": "Solar irrigation, corrected"}])
    again = FilesService(session).import_file(path)
    assert isinstance(again, ContributionsImported)
    assert (again.added, again.updated, again.unchanged) == (0, 1, 1)
    assert store.count() == 2
    corrected = store.get(first.id)
    assert corrected is not None and corrected.title == "Solar irrigation, corrected"
    assert corrected.revision == 2
    # a private contact typed in the window survives the next re-import
    store.save_local(
        corrected.model_copy(
            update={"contacts": [*corrected.contacts, Contact(name="Private", public=False)]}
        )
    )
    FilesService(session).import_file(path)
    kept = store.get(first.id)
    assert kept is not None and [c.name for c in kept.contacts] == ["Ana Lima", "Private"]


def test_an_exported_sheet_updates_the_same_solutions_and_never_runs_a_formula(
    tmp_path: Path, session: Any
) -> None:
    """File ▸ Export the listed solutions to .xlsx: each row carries the solution's id as its
    reference; text that a spreadsheet would run is written as text."""
    risky = make_solution(
        title='=HYPERLINK("http://evil.example","click")', subtitle="+1-555", summary="@SUM(A1)"
    )
    plain = make_solution(title="Plain")
    session.store.import_solutions([risky, plain])
    out = tmp_path / "listed.xlsx"
    assert FilesService(session).export_solutions([risky.id, plain.id], out) == 2
    with zipfile.ZipFile(out) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name)  # no formula anywhere
    book = openpyxl.load_workbook(out)
    sheet = book.worksheets[0]
    title = sheet.cell(row=2, column=HEAD["title"])
    assert title.value == risky.title and title.data_type == "s" and title.quotePrefix
    assert sheet.cell(row=2, column=1).value == risky.id
    # unchanged, it changes nothing; corrected, it edits the same solutions
    result = FilesService(session).import_file(out)
    assert isinstance(result, ContributionsImported) and result.unchanged == 2
    sheet.cell(row=3, column=HEAD["title"], value="Plain, corrected")
    book.save(out)
    result = FilesService(session).import_file(out)
    assert isinstance(result, ContributionsImported)
    assert (result.added, result.updated) == (0, 1)
    assert session.store.get(plain.id).title == "Plain, corrected"
    assert session.store.count() == 2


def test_a_csv_template_reads_like_the_sheet(tmp_path: Path, session: Any) -> None:
    path = tmp_path / "c.csv"
    template.write_template(path, "es")
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    lines[1] = lines[1].split(",")[0] + ",Escuelas rurales" + "," * (len(template.columns()) - 2)
    path.write_text("\n".join(lines[:2]) + "\n", encoding="utf-8-sig")
    result = FilesService(session).import_file(path)
    assert isinstance(result, ContributionsImported) and result.added == 1
    # Excel in French or Spanish saves CSV with semicolons
    semi = tmp_path / "semi.csv"
    semi.write_text("Su referencia;Título;Países y funciones\nR-1;Uno;Perú (proveedor)\n", "utf-8")
    result = FilesService(session).import_file(semi)
    assert isinstance(result, ContributionsImported) and result.added == 1
    made = next(s for s in session.store.iter_all() if s.title == "Uno")
    assert [(c.iso3, c.role) for c in made.countries] == [("PER", "provider")]


# -- bad input ----------------------------------------------------------------------------------
def _problems(exc: pytest.ExceptionInfo[Any]) -> list[tuple[Any, ...]]:
    return [(p.kind, p.row, p.column, p.cell) for p in exc.value.problems]


def test_bad_rows_are_named_and_nothing_is_written_unless_asked(
    tmp_path: Path, session: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    path = fill(
        _new_template(tmp_path),
        [
            GOOD,
            {"title": "Wrong types", "start_year": "soon", "budget": "a lot", "currency": "USD"},
            {"title": "Unknown country", "countries": "Atlantis (provider); Kenya (friend)"},
            {"title": "SDG 18", "primary_sdgs": "18"},
            {"title": "Bad choice", "cooperation_type": "Friendly", "end_year": 1900},
            {"countries": "Kenya"},  # no title
        ],
    )
    before = session.store.count()
    with pytest.raises(ContributionProblems) as refused:
        FilesService(session).import_file(path)
    assert refused.value.good_rows == 1 and refused.value.bad_rows == 5
    year, budget = (openpyxl.utils.get_column_letter(HEAD[k]) for k in ("start_year", "budget"))
    assert _problems(refused) == [
        (ProblemKind.WRONG_TYPE, 3, "start_year", f"{year}3"),
        (ProblemKind.WRONG_TYPE, 3, "budget", f"{budget}3"),
        (ProblemKind.UNKNOWN_COUNTRY, 4, "countries", "J4"),
        (ProblemKind.UNKNOWN_ROLE, 4, "countries", "J4"),
        (ProblemKind.UNKNOWN_SDG, 5, "primary_sdgs", "K5"),
        (ProblemKind.UNKNOWN_CHOICE, 6, "cooperation_type", "N6"),
        (ProblemKind.YEAR_OUT_OF_RANGE, 6, "end_year", "T6"),
        (ProblemKind.REQUIRED, 7, "title", "B7"),
    ]
    assert [p.value for p in refused.value.problems[2:4]] == ["Atlantis", "friend"]
    assert session.store.count() == before  # nothing written

    # the command line says the same in English, one line a problem, and changes nothing
    data = str(session.root)
    assert main(["import", str(path), "--data-dir", data]) == 1
    err = capsys.readouterr().err
    assert "nothing was changed" in err and "--good-rows-only" in err
    assert "row 5, Main SDGs, cell K5: SDG 18 does not exist" in err
    assert "row 4, Countries and roles, cell J4: unknown country 'Atlantis'" in err

    # by an explicit choice, the good rows only, with a report of the others
    before = session.store.count()  # (the command line loaded the seed: a data folder's first use)
    result = FilesService(session).import_file(path, good_rows_only=True)
    assert isinstance(result, ContributionsImported)
    assert result.added == 1 and result.rows_left_out == 5 and len(result.problems) == 8
    assert session.store.count() == before + 1


def test_formulas_are_refused_naming_the_cell_never_run(tmp_path: Path, session: Any) -> None:
    path = fill(_new_template(tmp_path), [{**GOOD, "start_year": "=2000+19"}])
    with pytest.raises(ContributionProblems) as refused:
        FilesService(session).import_file(path)
    cell = f"{openpyxl.utils.get_column_letter(HEAD['start_year'])}2"
    assert _problems(refused) == [(ProblemKind.FORMULA, 2, "start_year", cell)]
    assert refused.value.problems[0].value == "=2000+19"
    assert session.store.count() == 0


def test_merged_cells_are_refused(tmp_path: Path, session: Any) -> None:
    path = fill(_new_template(tmp_path), [GOOD, {**GOOD, "title": "Other"}])
    book = openpyxl.load_workbook(path)
    book.worksheets[0].merge_cells("C2:C3")
    book.save(path)
    with pytest.raises(TemplateRefused) as refused:
        FilesService(session).import_file(path)
    assert [(p.kind, p.value) for p in refused.value.problems] == [
        (ProblemKind.MERGED_CELLS, "C2:C3")
    ]
    assert session.store.count() == 0


def test_macro_enabled_files_are_refused_unopened(tmp_path: Path, session: Any) -> None:
    good = fill(_new_template(tmp_path), [GOOD])
    xlsm = tmp_path / "c.xlsm"
    xlsm.write_bytes(good.read_bytes())
    hidden = tmp_path / "hidden-macros.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(hidden, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        dst.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0 not really a VBA project")
    for path in (xlsm, hidden):
        with pytest.raises(TemplateRefused) as refused:
            FilesService(session).import_file(path)
        assert refused.value.problems[0].kind is ProblemKind.MACROS
    old_xls = tmp_path / "old.xls"
    old_xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    with pytest.raises(TemplateRefused) as refused:
        FilesService(session).import_file(old_xls)
    assert refused.value.problems[0].kind is ProblemKind.NOT_A_SPREADSHEET
    assert session.store.count() == 0


def test_unknown_columns_and_foreign_sheets_are_refused(tmp_path: Path, session: Any) -> None:
    path = tmp_path / "own.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Name", "Country"])
    book.active.append(["x", "Kenya"])
    book.save(path)
    with pytest.raises(TemplateRefused) as refused:
        FilesService(session).import_file(path)
    assert refused.value.problems[0].kind is ProblemKind.NOT_A_TEMPLATE
    book = openpyxl.Workbook()
    book.active.append(["Your reference", "Title", "Tittle"])
    book.active.append(["R1", "x", "y"])
    book.save(path)
    with pytest.raises(TemplateRefused) as refused:
        FilesService(session).import_file(path)
    assert [(p.kind, p.cell, p.value) for p in refused.value.problems] == [
        (ProblemKind.UNKNOWN_COLUMN, "C1", "Tittle")
    ]


def test_a_reference_used_twice_is_refused(tmp_path: Path, session: Any) -> None:
    path = fill(_new_template(tmp_path), [GOOD, {**GOOD, "title": "Copy"}])
    book = openpyxl.load_workbook(path)
    book.worksheets[0]["A3"] = book.worksheets[0]["A2"].value
    book.save(path)
    with pytest.raises(ContributionProblems) as refused:
        FilesService(session).import_file(path)
    assert _problems(refused) == [(ProblemKind.DUPLICATE_REFERENCE, 3, "reference", "A3")]
    assert refused.value.problems[0].detail == "2"


# The child's own peak: VmHWM (ru_maxrss keeps the forking parent's peak across exec on Linux,
# so a long pytest run would be measured instead of the import).
_HUGE = """
import sys, time
from ssc_desktop.cli.main import main
start = time.perf_counter()
code = main(["import", sys.argv[1], "--data-dir", sys.argv[2]])
peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(code, peak, time.perf_counter() - start)
"""


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="VmHWM in /proc is Linux's")
def test_a_sheet_of_100000_rows_is_refused_in_bounded_memory_and_time(tmp_path: Path) -> None:
    """Streamed (openpyxl read-only): refused when row 5,001 is read, never loaded whole."""
    pytest.importorskip("resource")
    path = tmp_path / "huge.xlsx"
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Contributions")
    sheet.append([c.label("en") for c in template.columns()])
    for number in range(100_000):
        sheet.append([f"R-{number}", f"Solution {number}", "", "A summary."])
    book.save(path)
    data = tmp_path / "data"
    result = subprocess.run(
        [sys.executable, "-c", _HUGE, str(path), str(data)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    code, peak_kib, seconds = result.stdout.split()
    assert code == "1", result.stderr
    assert f"more than {template.MAX_ROWS} filled rows" in result.stderr
    assert result.stderr.count("\n") == 1
    assert int(peak_kib) < 300 * 1024, f"peak {int(peak_kib) // 1024} MiB"
    assert float(seconds) < 60
    print(f"100,000 rows refused in {float(seconds):.2f} s, peak {int(peak_kib) // 1024} MiB")
    with Catalogue.open(data, seed=False) as catalogue:
        assert catalogue.store.stats()["local"] == 0  # only the seed, loaded on first use
