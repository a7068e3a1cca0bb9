"""The data folder on hostile ground (issue 17, points 7, 12, 13): private file modes, a read-only
disk, a damaged or empty catalogue and a full disk each get one clear line, and no data is lost.

Read-only and full disks are real: a small tmpfs mounted for the test (root on Linux), remounted
read-only where needed. Where mounting is not allowed the tests skip, except the read-only ones,
which fall back to folder permissions for a user other than root.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy.exc

from ssc_desktop.cli import main
from ssc_desktop.storage.database import migrate
from ssc_desktop.storage.repository import CatalogueStore
from tests.support.cli import run_in
from tests.support.records import make_solution, random_solutions

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes and mounts")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr and "Logging error" not in stderr
    return lines[0]


class Mount:
    """A small tmpfs at ``path`` (unmounted at the end)."""

    def __init__(self, path: Path, size: str) -> None:
        self.path = path
        path.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
            capture_output=True,
            check=False,
        )
        if done.returncode != 0:
            pytest.skip("mounting a tmpfs is not allowed here")

    def read_only(self) -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(self.path)], check=True)

    def close(self) -> None:
        subprocess.run(["umount", "-l", str(self.path)], check=False)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Mount]:
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("a tmpfs needs root on Linux")
    mount = Mount(tmp_path / "disk", "4m")
    try:
        yield mount
    finally:
        mount.close()


# -- 7: private file modes -------------------------------------------------------------------------
@posix_only
def test_data_folder_and_files_are_private_whatever_the_umask(tmp_path: Path) -> None:
    data = tmp_path / "data"

    def run(*argv: str) -> None:
        done = subprocess.run(
            [sys.executable, "-m", "ssc_desktop", "--data-dir", str(data), *argv],
            capture_output=True,
            text=True,
            umask=0,  # the loosest: every file would be 0666, every folder 0777
            timeout=120,
        )
        assert done.returncode == 0, done.stderr

    run("search", "water")
    assert _mode(data) == 0o700
    assert _mode(data / "catalogue.sqlite3") == 0o600
    assert _mode(data / "logs") == 0o700
    assert _mode(data / "logs" / "ssc-desktop.log") == 0o600
    run("stats")  # an existing folder (the index made by the first run) is tightened on open
    for path in [data, *data.rglob("*")]:
        if not path.is_symlink():
            assert _mode(path) == (0o700 if path.is_dir() else 0o600), path
    # SQLite's -wal and -shm take the catalogue file's mode
    store = CatalogueStore(data / "catalogue.sqlite3")
    try:
        assert store.count() > 0
        store.set_meta("probe", "1")
        for suffix in ("-wal", "-shm"):
            side = data / f"catalogue.sqlite3{suffix}"
            assert side.exists() and _mode(side) == 0o600, suffix
    finally:
        store.close()


@posix_only
def test_an_existing_loose_folder_is_tightened(tmp_path: Path) -> None:
    data = tmp_path / "old"
    assert run_in(data, "stats").returncode == 0
    os.chmod(data, 0o755)
    os.chmod(data / "catalogue.sqlite3", 0o644)
    os.chmod(data / "logs" / "ssc-desktop.log", 0o666)
    assert run_in(data, "stats").returncode == 0
    assert _mode(data) == 0o700
    assert _mode(data / "catalogue.sqlite3") == 0o600
    assert _mode(data / "logs" / "ssc-desktop.log") == 0o600


# -- 12: read-only, damaged, empty ---------------------------------------------------------------
@pytest.fixture
def read_only_data(tmp_path: Path) -> Iterator[Path]:
    """A catalogue (with its index) in a folder that cannot be written."""
    if os.name != "posix":
        pytest.skip("read-only folders are set up with POSIX tools")
    if os.geteuid() == 0:  # root writes through permissions: use a read-only mount
        if sys.platform != "linux":
            pytest.skip("needs a read-only mount")
        mount = Mount(tmp_path / "disk", "8m")
        data = mount.path / "data"
        assert run_in(data, "search", "hunger").returncode == 0
        mount.read_only()
        try:
            yield data
        finally:
            mount.close()
    else:
        data = tmp_path / "data"
        assert run_in(data, "search", "hunger").returncode == 0
        for path in [*data.rglob("*"), data]:
            os.chmod(path, 0o500 if path.is_dir() else 0o400)
        try:
            yield data
        finally:
            for path in [data, *data.rglob("*")]:
                os.chmod(path, 0o700 if path.is_dir() else 0o600)


@pytest.mark.slow  # over 2 s: run by CI, not by the default developer run
def test_read_only_catalogue_searches_and_refuses_writes_in_one_line(
    read_only_data: Path, tmp_path: Path
) -> None:
    found = run_in(read_only_data, "search", "hunger", "--json")
    assert found.returncode == 0, found.stderr
    assert "Logging error" not in found.stderr and "Traceback" not in found.stderr
    hits = json.loads(found.stdout)["hits"]
    assert hits, found.stdout
    assert run_in(read_only_data, "stats").returncode == 0
    brief = tmp_path / "brief.pdf"
    made = run_in(
        read_only_data,
        "brief",
        hits[0]["id"],
        "-o",
        str(brief),
        "--title",
        "Mission",
        "--destination",
        "Kenya",
        "--dates",
        "May 2026",
    )
    assert made.returncode == 0, made.stderr
    assert brief.read_bytes().startswith(b"%PDF")
    source = tmp_path / "one.json"
    source.write_text(
        json.dumps(
            {
                "format": "ssc-desktop-catalogue",
                "format_version": 1,
                "solutions": [make_solution().to_json_dict()],
            }
        ),
        encoding="utf-8",
    )
    refused = run_in(read_only_data, "import", str(source))
    assert refused.returncode == 1
    line = _one_line(refused.stderr)
    assert "read-only" in line and "damaged" not in line


def test_a_scribbled_page_is_damaged_in_one_line_without_sql(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run_in(data, "stats").returncode == 0
    database = data / "catalogue.sqlite3"
    with database.open("r+b") as f:
        f.seek(4096 * 20)
        f.write(b"\xde\xad\xbe\xef" * 4096)
    before = database.read_bytes()
    for argv in (("stats",), ("export",), ("show", "0000")):
        result = run_in(data, *argv)
        assert result.returncode == 1
        line = _one_line(result.stderr)
        assert "damaged" in line, line
        assert "SELECT" not in line and "FROM" not in line and len(line) < 400, line
    assert database.read_bytes() == before  # left as it is


def test_a_zero_byte_catalogue_is_kept_aside_and_reported(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "catalogue.sqlite3").write_bytes(b"")
    result = run_in(data, "stats", "--json")
    assert result.returncode == 0, result.stderr
    warning = _one_line(result.stderr)
    assert "was empty (0 bytes)" in warning and "catalogue.sqlite3.damaged-" in warning
    kept = list(data.glob("catalogue.sqlite3.damaged-*"))
    assert len(kept) == 1 and kept[0].stat().st_size == 0
    assert kept[0].name in warning
    assert json.loads(result.stdout)["solutions"] > 0  # a fresh catalogue, seeded
    again = run_in(data, "stats")
    assert again.returncode == 0 and again.stderr == ""


# -- 13: disk full and refusals without SQL --------------------------------------------------------
@pytest.mark.slow  # over 2 s: run by CI, not by the default developer run
def test_disk_full_says_so_in_one_line_and_a_committed_import_is_done(
    small_disk: Mount, tmp_path: Path
) -> None:
    data = small_disk.path / "data"
    assert run_in(data, "search", "water").returncode == 0
    marker = f"Zebra{uuid.uuid4().hex[:8]}"
    records = [
        make_solution(title=f"{marker} {n}").model_copy(update={"challenge": s.challenge * 4})
        for n, s in enumerate(random_solutions(600))
    ]
    source = tmp_path / "many.json"
    from ssc_desktop.interchange.writer import write_catalogue_file

    write_catalogue_file(records, source, "json")
    before = json.loads(run_in(data, "stats", "--json").stdout)["solutions"]
    result = run_in(data, "import", str(source))
    after = json.loads(run_in(data, "stats", "--json").stdout)["solutions"]
    assert marker not in result.stderr  # no record text
    assert "INSERT" not in result.stderr and "Traceback" not in result.stderr
    if result.returncode == 0:  # committed; the index could not follow
        assert after == before + 600
        line = _one_line(result.stderr)
        assert "warning" in line and "disk full" in line, line
    else:  # refused while writing: nothing changed
        assert after == before
        assert "disk full" in _one_line(result.stderr)
    search = run_in(data, "search", "water")
    assert "Traceback" not in search.stderr
    assert len(search.stderr.strip().splitlines()) <= 1, search.stderr


def test_a_full_disk_while_importing_changes_nothing(small_disk: Mount, tmp_path: Path) -> None:
    data = small_disk.path / "data"
    assert run_in(data, "stats").returncode == 0
    marker = f"Quagga{uuid.uuid4().hex[:8]}"
    records = [
        make_solution(title=f"{marker} {n}", challenge="x" * 19_000, solution="y" * 19_000)
        for n in range(200)
    ]  # 7.6 MB of text: cannot fit on a 4 MB disk
    source = tmp_path / "big.json"
    from ssc_desktop.interchange.writer import write_catalogue_file

    write_catalogue_file(records, source, "json")
    before = json.loads(run_in(data, "stats", "--json").stdout)["solutions"]
    result = run_in(data, "import", str(source))
    assert result.returncode == 1
    line = _one_line(result.stderr)
    assert line.startswith("ssc-desktop: error: disk full"), line
    assert marker not in line
    assert json.loads(run_in(data, "stats", "--json").stdout)["solutions"] == before


def test_database_errors_never_print_sql_or_record_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(self: CatalogueStore) -> None:
        raise sqlalchemy.exc.OperationalError(
            "SELECT secret_column FROM solutions WHERE title = ?",
            {"title": "Secret record title"},
            sqlite3.OperationalError("database is locked"),
        )

    monkeypatch.setattr(CatalogueStore, "stats", locked)
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path / "d"), "stats"]) == 1
    err = capsys.readouterr().err
    assert "Secret" not in err and "SELECT" not in err, err
    assert err.startswith("ssc-desktop: error: unexpected OperationalError")


def test_store_errors_are_typed(tmp_path: Path) -> None:
    """The store's own failures are typed for every caller (the window too), not SQLAlchemy's."""
    from ssc_desktop.storage.database import CatalogueDamaged

    path = tmp_path / "c.sqlite3"
    migrate(path)
    store = CatalogueStore(path)
    store.import_solutions(random_solutions(50))
    store.close()
    with path.open("r+b") as f:
        f.seek(4096 * 6)
        f.write(b"\xff" * 4096 * 8)
    store = CatalogueStore(path)
    try:
        with pytest.raises(CatalogueDamaged, match="damaged"):
            list(store.iter_all())
    finally:
        store.close()
