"""Contribution template import: time and peak memory for N filled rows (issue 14).

    python benchmarks/contributions.py [--rows 1000]

Writes a template, fills N rows with openpyxl as a person would (varied countries, SDGs,
organisations, choices), then times ``FilesService.import_contributions`` into a fresh
catalogue (no seed): reading and checking every row, then the one write transaction and the
search index catching up. Peak memory is the process's (ru_maxrss) and Python's (tracemalloc)
during the import. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import openpyxl

from ssc_desktop.app.files import FilesService
from ssc_desktop.app.session import CatalogueSession
from ssc_desktop.interchange import template

COUNTRIES = ["Brazil", "Kenya", "India", "Senegal", "Peru", "Viet Nam", "Ghana", "Mexico"]
ROLES = ["provider", "recipient"]


def filled(path: Path, rows: int) -> None:
    template.write_template(path, "en")
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    head = {c.key: n for n, c in enumerate(template.columns(), start=1)}
    for n in range(rows):
        values = {
            "title": f"Solution {n}: community seed banks and solar pumps",
            "summary": "Farmers in two countries share seeds and learn to run solar pumps.",
            "challenge": "Droughts and costly diesel. " * 20,
            "solution": "Technicians trained farmer groups; pumps are shared. " * 20,
            "countries": f"{COUNTRIES[n % 8]} (provider); {COUNTRIES[(n + 3) % 8]} (recipient)",
            "primary_sdgs": f"{n % 17 + 1}",
            "secondary_sdgs": f"{(n + 5) % 17 + 1}",
            "organisations": "UNDP (supported by); Ministry of Agriculture (implementing, "
            "government)",
            "cooperation_type": "Triangular",
            "modality_1": "Knowledge sharing",
            "status": "Ongoing",
            "start_year": 2010 + n % 10,
            "budget": 1000 * n,
            "currency": "USD",
            "contacts": f"Person {n} | Coordinator | UNDP | p{n}@example.org",
            "links": f"https://example.org/{n} | Report",
            "sources": f"Annual report | {n}",
            "themes": "agriculture; water",
        }
        for key, value in values.items():
            sheet.cell(row=n + 2, column=head[key], value=value)
    book.save(path)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1000)
    args = parser.parse_args()
    if args.rows > 10_000:
        parser.error("at most 10,000 rows on a shared machine")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "contributions.xlsx"
        filled(path, args.rows)
        # timed without tracemalloc (it slows Python down), then measured on a fresh catalogue
        session = CatalogueSession.open(Path(tmp) / "data", seed=False)
        session.store.count()
        start = time.perf_counter()
        check = template.read_template(path)
        read = time.perf_counter() - start
        start = time.perf_counter()
        result = FilesService(session).import_contributions(path)
        total = time.perf_counter() - start
        start = time.perf_counter()
        again = FilesService(session).import_contributions(path)
        reimport = time.perf_counter() - start
        session.catalogue.close()

        session = CatalogueSession.open(Path(tmp) / "data2", seed=False)
        session.store.count()
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        tracemalloc.start()
        FilesService(session).import_contributions(path)
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(
            json.dumps(
                {
                    "rows": args.rows,
                    "file_kib": path.stat().st_size // 1024,
                    "check_only_s": round(read, 2),
                    "read_check_and_import_s": round(total, 2),
                    "reimport_unchanged_s": round(reimport, 2),
                    "python_peak_mib": round(peak / 2**20, 1),
                    "process_peak_rss_mib": round(rss_after / 1024, 1),
                    "process_rss_growth_mib": round((rss_after - rss_before) / 1024, 1),
                    "added": result.added,
                    "unchanged_on_reimport": again.unchanged,
                    "good_rows": len(check.rows),
                }
            )
        )
        session.catalogue.close()


if __name__ == "__main__":
    main()
