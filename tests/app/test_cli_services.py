"""What the command line asks of the app services (issue 12): the whole catalogue exported,
a file read in a given format, a bundle refused by the catalogue reader, a brief whose title
is required, a map of a search. Real SQLite files, real PDFs and real files read back."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from ssc_desktop import maps
from ssc_desktop.app.briefs import BriefError, BriefRequest, BriefsService
from ssc_desktop.app.files import FileImported, FilesService, ImportFileError
from ssc_desktop.app.maps import MapService
from ssc_desktop.app.search import SearchService
from ssc_desktop.app.session import CatalogueSession
from ssc_desktop.search.results import NoticeKind


def test_the_whole_catalogue_keeps_its_tombstones_in_json_only(
    session: CatalogueSession, tmp_path: Path
) -> None:
    gone = next(iter(session.store.iter_all())).id
    session.delete_solution(gone)
    live = sum(1 for _s in session.store.iter_all())
    files = FilesService(session)

    assert files.export_catalogue(tmp_path / "all.json", "json") == live + 1
    assert files.export_catalogue(tmp_path / "all.csv", "csv") == live
    stream = io.StringIO()
    assert files.dump_catalogue(stream, "json") == live + 1
    assert stream.getvalue() == (tmp_path / "all.json").read_text(encoding="utf-8")
    records = json.loads(stream.getvalue())
    listed = records["solutions"] if isinstance(records, dict) else records
    assert any(r["id"] == gone and r.get("deleted") for r in listed)

    # read back elsewhere, the JSON file named as something else: its format is given
    renamed = tmp_path / "all.txt"
    renamed.write_bytes((tmp_path / "all.json").read_bytes())
    with CatalogueSession.open(tmp_path / "other", seed=False) as other:
        result = FilesService(other).import_records(renamed, file_format="json")
        assert isinstance(result, FileImported)
        assert result.added + result.unchanged + result.updated == live + 1
        assert list(result.counts()) == list(other.store.import_solutions([]).as_dict())
        assert other.get(gone) is None


def test_a_bundle_is_not_a_catalogue_file(session: CatalogueSession, tmp_path: Path) -> None:
    bundle = tmp_path / "hub.sscbundle"
    bundle.write_bytes(b"SSC-BUNDLE\n" + b"\x00" * 64)
    before = session.store.stats()
    with pytest.raises(ImportFileError, match="bundle import"):
        FilesService(session).import_records(bundle)
    assert session.store.stats() == before


def test_a_required_title_is_refused_when_empty(session: CatalogueSession, tmp_path: Path) -> None:
    ids = tuple(s.id for s in session.store.iter_all())[:2]
    service = BriefsService(session)
    with pytest.raises(BriefError, match="needs a title"):
        service.make(BriefRequest(ids=ids, language="en", title_fallback=False), tmp_path / "a.pdf")
    assert not (tmp_path / "a.pdf").exists()

    made = service.make(
        BriefRequest(ids=ids, language="en", title="Mission", paper="LETTER", title_fallback=False),
        tmp_path / "b.pdf",
    )
    assert made.bytes == (tmp_path / "b.pdf").stat().st_size > 0
    assert len(PdfReader(made.path).pages) == made.pages


def test_a_map_of_a_search_counts_what_the_engine_finds(tmp_path: Path) -> None:
    with CatalogueSession.open(tmp_path / "seeded") as session:
        service = MapService(SearchService(session.catalogue))
        found = service.map_for_query("", {"region": ["Africa"]})
        expected = maps.map_data_for_search(session.catalogue, "", {"region": ["Africa"]})
        assert found.data.total == expected.total > 0
        assert found.data.counts() == expected.counts()

        odd = service.map_for_query("country:Atlantis")
        assert any(n.kind is NoticeKind.UNKNOWN_VALUE for n in odd.notices)

        out = tmp_path / "africa.svg"
        service.write(found.data, maps.MapOptions(), out)
        assert maps.disclaimer("en") in " ".join(out.read_text(encoding="utf-8").split())
