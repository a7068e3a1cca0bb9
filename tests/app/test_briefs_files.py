"""Briefs and files through the app services: a real PDF read back, a real file roundtrip."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pypdf import PdfReader

from ssc_desktop.app.briefs import BriefCancelled, BriefRequest, BriefsService
from ssc_desktop.app.events import Change, ChangeKind
from ssc_desktop.app.files import (
    BundleError,
    FileImported,
    FilesService,
    ImportFileError,
)
from ssc_desktop.app.session import CatalogueSession


def test_a_brief_of_the_basket_is_a_real_pdf_in_its_language(
    session: CatalogueSession, tmp_path: Path
) -> None:
    chosen = [s for s in session.store.iter_all()][:2]
    progress: list[tuple[int, int]] = []
    made = BriefsService(session).make(
        BriefRequest(
            ids=tuple(s.id for s in reversed(chosen)),
            language="fr",
            destination="Dakar",
            dates="1 – 5 mars 2027",
        ),
        tmp_path / "brief.pdf",
        progress=lambda done, total: progress.append((done, total)),
    )
    assert made.path == tmp_path / "brief.pdf" and made.pages >= 1
    reader = PdfReader(made.path)
    assert len(reader.pages) == made.pages
    text = "".join(page.extract_text() for page in reader.pages)
    assert "NOTE DE MISSION" in text.upper() and "Dakar" in text
    assert progress[-1] == (2, 2)


def test_a_cancelled_brief_writes_nothing(session: CatalogueSession, tmp_path: Path) -> None:
    cancel = threading.Event()
    cancel.set()
    ids = tuple(s.id for s in session.store.iter_all())[:3]
    with pytest.raises(BriefCancelled):
        BriefsService(session).make(
            BriefRequest(ids=ids, language="en"), tmp_path / "b.pdf", cancel=cancel
        )
    assert not (tmp_path / "b.pdf").exists()


@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_export_listed_then_import_elsewhere_roundtrip(
    session: CatalogueSession, tmp_path: Path, suffix: str
) -> None:
    ids = [s.id for s in session.store.iter_all()][5:12]
    out = tmp_path / f"listed{suffix}"
    assert FilesService(session).export_solutions([*ids, "no-such-id"], out) == 7

    other = CatalogueSession.open(tmp_path / "other", seed=False)
    try:
        changes: list[Change] = []
        other.subscribe(changes.append)
        result = FilesService(other).import_file(out)
        assert isinstance(result, FileImported)
        assert (result.added, result.updated, result.unchanged) == (7, 0, 0)
        assert changes == [Change.of(ChangeKind.SOLUTIONS, ids)]
        for solution_id in ids:
            mine, theirs = session.get(solution_id), other.get(solution_id)
            assert mine is not None and theirs is not None and mine.title == theirs.title
        again = FilesService(other).import_file(out)
        assert isinstance(again, FileImported) and again.unchanged == 7
    finally:
        other.close()


def test_a_bad_file_changes_nothing(session: CatalogueSession, tmp_path: Path) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text('{"solutions": [{"title": 3}]}', encoding="utf-8")
    before = session.store.stats()
    changes: list[Change] = []
    session.subscribe(changes.append)
    with pytest.raises(ImportFileError):
        FilesService(session).import_file(bad)
    assert session.store.stats() == before and changes == []


def test_export_changes_needs_a_token_first(session: CatalogueSession, tmp_path: Path) -> None:
    with pytest.raises(BundleError, match="token"):
        FilesService(session).export_changes(tmp_path / "changes.sscbundle")
    assert not (tmp_path / "changes.sscbundle").exists()
