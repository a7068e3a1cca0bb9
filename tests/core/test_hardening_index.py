"""The search index's lifecycle under damage and concurrency (issue 17, points 14, 15 and 13's
index part): a damaged file means a rebuild, several processes share one index folder, and a
write that fails on a full disk leaves no partial segment behind."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ssc_desktop.search.engine import SearchIndex
from ssc_desktop.storage.database import migrate
from ssc_desktop.storage.repository import CatalogueStore
from tests.support.cli import run_in
from tests.support.records import random_solutions


def _scramble(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for i in range(len(data) // 4, len(data)):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damaged", ["._stored.col", ".info.col"])
@pytest.mark.slow  # over 2 s: run by CI, not by the default developer run
def test_a_damaged_index_file_is_rebuilt_by_the_next_search(tmp_path: Path, damaged: str) -> None:
    data = tmp_path / "data"
    first = run_in(data, "search", "hunger", "--json")
    expected = {hit["id"] for hit in json.loads(first.stdout)["hits"]}
    assert expected
    victim = next((data / "index").glob(f"b-*/*{damaged}"))
    _scramble(victim)
    for _ in range(2):  # each command line run answers: no "not ready yet" for ever
        result = run_in(data, "search", "hunger", "--json")
        assert result.returncode == 0, result.stderr
        found = json.loads(result.stdout)
        assert {hit["id"] for hit in found["hits"]} == expected
        assert "not ready" not in (found["hint"] or "")
    assert not victim.exists()  # the damaged build was replaced


def test_the_command_line_matches_words_when_the_index_cannot_be_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ssc_desktop.catalogue import Catalogue
    from ssc_desktop.search.results import NoticeKind

    with Catalogue.open(tmp_path / "data") as catalogue:

        def cannot(*args: object, **kwargs: object) -> int:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(catalogue.index, "rebuild", cannot)
        result = catalogue.search("hunger")
        assert result.total > 0 and [n.kind for n in result.notices] == [NoticeKind.SIMPLE_MATCH]
        assert all("hunger" in h.title.lower() or h.id for h in result.hits)


BUILDER = """
import sys
from pathlib import Path
from ssc_desktop.search.engine import SearchIndex
from ssc_desktop.storage.repository import CatalogueStore
store = CatalogueStore(Path(sys.argv[1]))
index = SearchIndex(Path(sys.argv[2]))
for _ in range(int(sys.argv[3])):
    index.rebuild(store)
    index.catch_up(store)
    assert index.search("water", limit=1).total > 0
index.close()
store.close()
"""


@pytest.mark.slow
def test_processes_building_one_index_at_once_never_break_each_other(tmp_path: Path) -> None:
    database = tmp_path / "c.sqlite3"
    migrate(database)
    store = CatalogueStore(database)
    store.import_solutions(random_solutions(800))
    store.close()
    index_dir = tmp_path / "index"
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", BUILDER, str(database), str(index_dir), "3"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    for worker in workers:
        _out, err = worker.communicate(timeout=600)
        assert worker.returncode == 0, err[-3000:]
    index = SearchIndex(index_dir)
    store = CatalogueStore(database)
    try:
        assert index.ensure_current(store) == "current"
        assert index.search("water", limit=1).total > 0
        index.rebuild(store)  # the last one tidies: one build folder stays
        assert len([p for p in index_dir.iterdir() if p.is_dir()]) == 1
    finally:
        index.close()
        store.close()


@pytest.mark.skipif(sys.platform != "linux" or os.geteuid() != 0, reason="a tmpfs needs root")
def test_a_write_that_fills_the_disk_leaves_no_partial_segment(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(disk)]).returncode:
        pytest.skip("mounting a tmpfs is not allowed here")
    try:
        database = tmp_path / "c.sqlite3"  # the catalogue elsewhere: only the index is full
        migrate(database)
        store = CatalogueStore(database)
        store.import_solutions(random_solutions(20))
        index = SearchIndex(disk / "index")
        index.rebuild(store)
        build = next(p for p in (disk / "index").iterdir() if p.is_dir())
        before = {p.name for p in build.iterdir()}
        filler = disk / "filler"
        with filler.open("wb") as out:  # fill the disk, then give back 64 KB
            try:
                while True:
                    out.write(b"\0" * 65536)
                    out.flush()
            except OSError:
                pass
        with filler.open("r+b") as out:
            out.truncate(max(0, filler.stat().st_size - 64 * 1024))
        store.import_solutions(random_solutions(320)[20:])
        with pytest.raises(OSError):
            index.catch_up(store)
        assert {p.name for p in build.iterdir()} == before  # the partial segment is gone
        filler.unlink()
        assert index.catch_up(store) > 0  # with room again, the index catches up
        assert index.search("water", limit=1).total > 0
        index.close()
        store.close()
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)
