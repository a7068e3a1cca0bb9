"""A process killed in the middle of an import leaves all of it or none of it."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ssc_desktop.interchange.writer import write_catalogue_file
from ssc_desktop.storage.database import integrity_check
from tests.support.records import random_solutions

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
]
IMPORT_SIZE = 3000
# Kill points: while the file is being read and validated (WAL still empty), then at growing
# amounts of the write transaction already in the WAL.
WAL_THRESHOLDS = (None, 1, 256 * 1024, 1024 * 1024, 3 * 1024 * 1024, 6 * 1024 * 1024)


def live_count(data_dir: Path) -> int:
    conn = sqlite3.connect(data_dir / "catalogue.sqlite3", timeout=30)
    try:
        return int(conn.execute("SELECT count(*) FROM solutions").fetchone()[0])
    finally:
        conn.close()


def start_import(data_dir: Path, file: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "ssc_desktop", "--data-dir", str(data_dir), "import", str(file)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def kill_when(process: subprocess.Popen[bytes], wal: Path, threshold: int | None) -> int:
    """SIGKILL the import once the WAL holds ``threshold`` bytes; returns the WAL size then."""
    deadline = time.monotonic() + 120
    if threshold is None:
        time.sleep(0.4)  # start-up and validation, before any write
    while threshold is not None and process.poll() is None and time.monotonic() < deadline:
        size = wal.stat().st_size if wal.exists() else 0
        if size >= threshold:
            break
        time.sleep(0.002)
    size = wal.stat().st_size if wal.exists() else 0
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    return size


def test_sigkill_during_a_large_import_is_all_or_nothing(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    write_catalogue_file(random_solutions(IMPORT_SIZE, seed=7), big, "json")
    data_dir = tmp_path / "data"
    subprocess.run(
        [sys.executable, "-m", "ssc_desktop", "--data-dir", str(data_dir), "stats"],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    database = data_dir / "catalogue.sqlite3"
    wal = database.with_name(database.name + "-wal")
    base = live_count(data_dir)

    killed_mid_write = 0
    for threshold in WAL_THRESHOLDS:
        process = start_import(data_dir, big)
        wal_size = kill_when(process, wal, threshold)
        assert integrity_check(database) == "ok"
        count = live_count(data_dir)
        assert count in (base, base + IMPORT_SIZE), f"partial import: {count}"
        if count == base + IMPORT_SIZE:
            break  # this kill came after the commit: nothing left to interrupt
        if threshold and wal_size >= threshold:
            killed_mid_write += 1
    assert killed_mid_write >= 2, "kills landed inside the write transaction"
    # After the kills, the same import runs to completion.
    assert start_import(data_dir, big).wait(timeout=300) == 0
    assert live_count(data_dir) == base + IMPORT_SIZE
    assert integrity_check(database) == "ok"
