"""Search benchmark: Whoosh (ssc_desktop.search) against SQLite FTS5 bm25 on the same records.

    python benchmarks/search.py [--sizes 10000,100000] [--queries 30]

For each size: synthetic records (tests/search/search_synthetic.py) go through the real
CatalogueStore; the Whoosh index is built with ``SearchIndex.rebuild``; an FTS5 table is built
from the same records. Then the query mix runs, end to end as the window calls it for one
keystroke: hits (20) with highlighted snippets, the total and 4 facet counts (sdg, region,
country, organisation). FTS5 does the same with MATCH + bm25 + snippet() + COUNT + GROUP BY.
Each engine's build and queries run in their own child process, so the peak memory reported
is that engine's own (``ru_maxrss``). Also reported: index build time and size, one-record
update (edit in SQLite, then ``catch_up`` = update + commit), and the judged relevance sets on
the seed catalogue (top 3): the English set, and the French/Spanish set on the seed with its
translations (db/seed/translations/, else the test fixtures) and English-only (glossary
bridging alone), and the Arabic, Russian and Chinese set (glossary bridging), with the FTS5
baseline on the same queries.

With ``--versions 3`` (the default) every synthetic record carries two translations (en, fr, es
less its own language: synthetic French/Spanish/English texts of the same lengths), indexed by
both engines, so the figures are those of a catalogue with three language versions per record.
Storage does not keep translations yet: they are attached as the records are read (the
test helper ``WithTranslations``).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

from ssc_desktop.domain.model import Solution  # noqa: E402
from ssc_desktop.storage.database import migrate  # noqa: E402
from ssc_desktop.storage.repository import CatalogueStore  # noqa: E402
from tests.search.multilingual import (  # noqa: E402
    JUDGED_AR_RU_ZH,
    JUDGED_EN,
    JUDGED_FR_ES,
    WithTranslations,
    judged_cases,
    seed_translations,
    top3_rate,
    translated,
    uses_shipped_translations,
)
from tests.search.search_synthetic import THEMES, Generator  # noqa: E402

VERSIONS = 3  # language versions per synthetic record (set by --versions)


class SyntheticVersions:
    """``{id: {lang: fields}}`` made on demand: each record's other versions, synthetic text
    of the same lengths in en/fr/es (deterministic per record and language)."""

    def __init__(self, versions: int) -> None:
        self.languages = ("en", "fr", "es")[: max(1, versions)]
        self.generator = Generator(7)
        self.cache: dict[str, dict[str, Any]] = {}

    def get(self, record_id: str, default: Any = None) -> dict[str, Any]:
        return self.cache.get(record_id) or {}

    def attach(self, solution: Solution) -> Solution:
        gen = self.generator
        out: dict[str, Any] = {}
        words = " ".join(solution.keywords).split() or ["cooperation"]
        for lang in self.languages:
            if lang == solution.language:
                continue
            gen.rng = random.Random(f"{solution.id}:{lang}")
            out[lang] = {
                "title": gen._text(words, 5, "", lang)[:200],
                "subtitle": gen._text(words, 10, "", lang)[:290],
                "summary": gen._text(words, 32, "", lang)[:1500],
                "challenge": gen._text(words, 28, "", lang),
                "solution": gen._text(words, 38, "", lang),
                "results": gen._text(words, 24, "", lang),
                "sustainability": gen._text(words, 14, "", lang),
                "themes": list(solution.themes),
                "keywords": list(solution.keywords),
            }
        return translated(solution, out)


class SyntheticStore(WithTranslations):
    """The catalogue store with each record's synthetic versions attached as it is read."""

    def __init__(self, store: Any) -> None:
        super().__init__(store, {})
        self.versions = SyntheticVersions(VERSIONS)
        self.ready: list[Solution] | None = None

    def materialise(self) -> None:
        """Read and translate every record now, so a timed build measures indexing only."""
        self.ready = list(self.iter_all())

    def iter_all(self, *, include_deleted: bool = False, batch: int = 1000) -> Any:
        if self.ready is not None and not include_deleted:
            yield from self.ready
            return
        for solution in self.store.iter_all(include_deleted=include_deleted, batch=batch):
            yield self.versions.attach(solution)

    def changes_since(self, change_seq: int, *, limit: int = 1000) -> list[Any]:
        import dataclasses

        return [
            dataclasses.replace(change, solution=self.versions.attach(change.solution))
            for change in self.store.changes_since(change_seq, limit=limit)
        ]

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)


FACETS = ["sdg", "region", "country", "organisation"]
TYPES = [
    "one_word",
    "two_words",
    "three_words",
    "phrase",
    "typo",
    "as_you_type_1",
    "as_you_type_2",
    "as_you_type_3",
    "text_4facets",
    "filter_text",
    "page_5",
]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def folder_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(["swap", "drop", "double", "replace"])
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    return word[:i] + rng.choice("aeiourst".replace(word[i], "")) + word[i + 1 :]


def query_mix(count: int, seed: int = 5) -> dict[str, list[dict[str, Any]]]:
    """The same queries for both engines: text, an optional filter, paging."""
    rng = random.Random(seed)
    countries = ["Kenya", "Brazil", "India", "Senegal", "Viet Nam", "Peru", "Ghana", "Fiji"]
    mix: dict[str, list[dict[str, Any]]] = {t: [] for t in TYPES}
    for _ in range(count):
        name, words = rng.choice(THEMES)
        long_words = [w for w in words if len(w) >= 5] or words
        w1, w2, w3 = rng.sample(words, 3) if len(words) >= 3 else (words * 3)[:3]
        mix["one_word"].append({"text": w1})
        mix["two_words"].append({"text": f"{w1} {w2}"})
        mix["three_words"].append({"text": f"{w1} {w2} {w3}"})
        mix["phrase"].append({"text": f'"{name}"' if " " in name else f'"{w1} {w2}"'})
        mix["typo"].append({"text": _typo(rng.choice(long_words), rng)})
        for size in (1, 2, 3):
            mix[f"as_you_type_{size}"].append({"text": f"{w1} {w2[:size]}", "prefix": True})
        mix["text_4facets"].append({"text": f"{w1} {w2}"})
        mix["filter_text"].append({"text": w1, "country": rng.choice(countries)})
        mix["page_5"].append({"text": w1, "offset": 80})
    return mix


def summarise(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


# -- phases (each runs in a child process) --------------------------------------------------------
def phase_whoosh_build(work: Path, queries: int, repeats: int) -> dict[str, Any]:
    from ssc_desktop.search.engine import SearchIndex

    store = SyntheticStore(CatalogueStore(work / "catalogue.sqlite3"))
    store.materialise()  # synthetic translations are made before the clock starts
    index = SearchIndex(work / "index")
    started = time.perf_counter()
    count = index.rebuild(store)
    build_s = time.perf_counter() - started
    index.close()
    store.close()
    return {
        "build_s": build_s,
        "docs": count,
        "size_mb": folder_mb(work / "index"),
        "build_peak_mb": peak_mb(),
    }


def phase_whoosh(work: Path, queries: int, repeats: int) -> dict[str, Any]:
    """Searches in a process of their own, as the window would after start-up."""
    from ssc_desktop.search.engine import SearchIndex

    store = SyntheticStore(CatalogueStore(work / "catalogue.sqlite3"))
    index = SearchIndex(work / "index")
    first = time.perf_counter()
    assert index.ensure_current(store) == "current"
    index.search("water", limit=20, facets=FACETS)
    first_ms = (time.perf_counter() - first) * 1000
    out: dict[str, Any] = {"first_ms": first_ms}
    latencies: dict[str, list[float]] = {}
    totals: dict[str, list[int]] = {}
    for kind, items in query_mix(queries).items():
        for _ in range(repeats):
            for item in items:
                text = item["text"] + (f" country:{item['country']}" if "country" in item else "")
                t0 = time.perf_counter()
                result = index.search(
                    text,
                    limit=20,
                    offset=item.get("offset", 0),
                    facets=FACETS,
                    as_you_type=bool(item.get("prefix")),
                )
                latencies.setdefault(kind, []).append((time.perf_counter() - t0) * 1000)
                totals.setdefault(kind, []).append(result.total)
    out["latency"] = {k: summarise(v) for k, v in latencies.items()}
    out["totals"] = {k: statistics.median(v) for k, v in totals.items()}
    # One-record updates: an edit in SQLite, then the index catches up (update + commit), then
    # the first search that sees it (new searcher + facet tables).
    ids = [s.id for _, s in zip(range(20), store.iter_all(), strict=False)]
    update_ms, visible_ms = [], []
    for number, solution_id in enumerate(ids):
        solution = store.get(solution_id)
        assert solution is not None
        edited = solution.model_copy(update={"summary": f"benchmark edit zqxedit{number}"})
        store.save_local(edited)
        index.wait()  # a background merge of small segments (see SearchIndex._apply) is not timed
        t0 = time.perf_counter()
        index.catch_up(store)
        update_ms.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        found = index.search(f"zqxedit{number}", limit=5, facets=FACETS)
        visible_ms.append((time.perf_counter() - t0) * 1000)
        assert found.total == 1, found
    out["update_ms"] = summarise(update_ms)
    out["visible_ms"] = summarise(visible_ms)
    out["peak_mb"] = peak_mb()
    index.close()
    store.close()
    return out


FTS_SCHEMA = """
CREATE TABLE docs(rowid INTEGER PRIMARY KEY, id TEXT, title TEXT, lead TEXT, body TEXT,
                  meta TEXT, year INT);
CREATE TABLE doc_facet(rowid INT, facet TEXT, value TEXT);
CREATE INDEX ix_facet ON doc_facet(rowid, facet);
CREATE INDEX ix_facet_value ON doc_facet(facet, value);
CREATE VIRTUAL TABLE fts USING fts5(title, lead, body, meta, content='docs',
    tokenize='porter unicode61 remove_diacritics 2', prefix='1 2 3');
CREATE VIRTUAL TABLE vocab USING fts5vocab(fts, 'row');
"""


def _fts_rows(solution: Solution, rowid: int) -> tuple[tuple[Any, ...], list[tuple[Any, ...]]]:
    from ssc_desktop.search.index.analysis import meta_text as _meta_text
    from ssc_desktop.search.vocabulary import record_columns

    versions = [solution.texts(lang) for lang in (solution.language, *solution.translations)]
    lead = "\n".join(x for t in versions for x in (t.subtitle, t.summary))
    body = "\n".join(
        x for t in versions for x in (t.challenge, t.solution, t.results, t.sustainability)
    )
    row = (
        rowid,
        solution.id,
        "\n".join(t.title for t in versions),
        lead,
        body,
        _meta_text(solution),
        solution.start_year,
    )
    columns = record_columns(solution)
    facets = [(rowid, name, value) for name in FACETS for value in columns[name]]
    return row, facets


def _fts_match(text: str) -> str:
    """A user query as an FTS5 expression (quoted words, prefix on the last if asked)."""
    phrase = text.startswith('"')
    words = [w for w in "".join(c if c.isalnum() else " " for c in text).split() if w]
    if not words:
        return '""'
    if phrase:
        return '"' + " ".join(words) + '"'
    return " ".join(f'"{w}"' for w in words)


def _osa(a: str, b: str) -> int:
    from ssc_desktop.search.index.spelling import _osa as osa

    return osa(a, b)


def phase_fts_build(work: Path, queries: int, repeats: int) -> dict[str, Any]:
    store = SyntheticStore(CatalogueStore(work / "catalogue.sqlite3"))
    store.materialise()  # the same versions as Whoosh indexes, made before the clock starts
    path = work / "fts.sqlite3"
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.executescript(FTS_SCHEMA)
    started = time.perf_counter()
    rows, facets = [], []
    for rowid, solution in enumerate(store.iter_all(), start=1):
        row, facet_rows = _fts_rows(solution, rowid)
        rows.append(row)
        facets += facet_rows
    conn.executemany("INSERT INTO docs VALUES (?,?,?,?,?,?,?)", rows)
    conn.executemany("INSERT INTO doc_facet VALUES (?,?,?)", facets)
    conn.execute("INSERT INTO fts(fts) VALUES ('rebuild')")
    conn.commit()
    conn.close()
    store.close()
    return {
        "build_s": time.perf_counter() - started,
        "size_mb": path.stat().st_size / 1e6,
        "build_peak_mb": peak_mb(),
    }


def phase_fts(work: Path, queries: int, repeats: int) -> dict[str, Any]:
    conn = sqlite3.connect(work / "fts.sqlite3")
    countries = {"Kenya": "KEN", "Brazil": "BRA", "India": "IND", "Senegal": "SEN"}
    countries |= {"Viet Nam": "VNM", "Peru": "PER", "Ghana": "GHA", "Fiji": "FJI"}

    def search(item: dict[str, Any], kind: str) -> int:
        text = item["text"]
        match = _fts_match(text)
        if item.get("prefix"):
            match = match[:-1] + '"*' if match.endswith('"') else match
        where, args = "fts MATCH ?", [match]
        if "country" in item:
            where += (
                " AND d.rowid IN (SELECT rowid FROM doc_facet WHERE +facet='country' AND value=?)"
            )
            args.append(countries[item["country"]])
        sql = f"""SELECT d.id, d.title, snippet(fts, -1, '[', ']', '…', 24), bm25(fts, 4, 2, 1, 1.5)
                  FROM fts JOIN docs d ON d.rowid = fts.rowid WHERE {where}
                  ORDER BY bm25(fts, 4, 2, 1, 1.5) LIMIT 20 OFFSET ?"""
        hits = conn.execute(sql, [*args, item.get("offset", 0)]).fetchall()
        total = conn.execute(
            f"SELECT count(*) FROM fts JOIN docs d ON d.rowid = fts.rowid WHERE {where}", args
        ).fetchone()[0]
        if total == 0 and kind == "typo":
            word = match.strip('"')
            candidates = conn.execute(
                "SELECT term, doc FROM vocab WHERE term >= ? AND term < ? AND length(term)"
                " BETWEEN ? AND ?",
                (word[0], word[0] + "\uffff", len(word) - 2, len(word) + 2),
            ).fetchall()
            scored = sorted((_osa(word, t), -d, t) for t, d in candidates)
            if scored and scored[0][0] <= 2:
                return search({**item, "text": scored[0][2]}, "retry")
        conn.execute(
            f"""WITH m AS MATERIALIZED (SELECT d.rowid AS r FROM fts JOIN docs d
                                        ON d.rowid = fts.rowid WHERE {where})
                SELECT f.facet, f.value, count(*) FROM m JOIN doc_facet f ON f.rowid = m.r
                WHERE f.facet IN ({",".join("?" * len(FACETS))})
                GROUP BY f.facet, f.value ORDER BY 3 DESC""",
            [*args, *FACETS],
        ).fetchall()
        assert len(hits) <= 20
        return int(total)

    latencies: dict[str, list[float]] = {}
    totals: dict[str, list[int]] = {}
    for kind, items in query_mix(queries).items():
        for _ in range(repeats):
            for item in items:
                t0 = time.perf_counter()
                total = search(item, kind)
                latencies.setdefault(kind, []).append((time.perf_counter() - t0) * 1000)
                totals.setdefault(kind, []).append(total)
    update_ms = []
    for rowid in range(1, 21):
        t0 = time.perf_counter()
        old = conn.execute("SELECT * FROM docs WHERE rowid=?", (rowid,)).fetchone()
        conn.execute(
            "INSERT INTO fts(fts, rowid, title, lead, body, meta) VALUES('delete', ?, ?, ?, ?, ?)",
            (rowid, old[2], old[3], old[4], old[5]),
        )
        conn.execute("UPDATE docs SET lead = ? WHERE rowid = ?", ("benchmark edit", rowid))
        conn.execute(
            "INSERT INTO fts(rowid, title, lead, body, meta) VALUES (?, ?, ?, ?, ?)",
            (rowid, old[2], "benchmark edit", old[4], old[5]),
        )
        conn.commit()
        update_ms.append((time.perf_counter() - t0) * 1000)
    conn.close()
    return {
        "latency": {k: summarise(v) for k, v in latencies.items()},
        "totals": {k: statistics.median(v) for k, v in totals.items()},
        "update_ms": summarise(update_ms),
        "peak_mb": peak_mb(),
    }


def _fts_top3(conn: sqlite3.Connection, query: str) -> list[str]:
    """The FTS5 baseline: the query's words OR-ed (filters as words), bm25 with our boosts."""
    return [
        i
        for (i,) in conn.execute(
            "SELECT d.id FROM fts JOIN docs d ON d.rowid = fts.rowid WHERE fts MATCH ?"
            " ORDER BY bm25(fts, 4, 2, 1, 1.5) LIMIT 3",
            (" OR ".join(_fts_match(query).split()),),
        )
    ]


def phase_relevance(work: Path) -> dict[str, Any]:
    """The judged sets on the seed catalogue, Whoosh and the FTS5 baseline: the English set
    (tests/search/judged_seed.json), the French/Spanish set (judged_fr_es.json) and the Arabic,
    Russian and Chinese sets (judged_ar_ru_zh.json) on the seed with its translations
    ("final") and English-only."""
    from ssc_desktop.interchange.reader import read_catalogue_file
    from ssc_desktop.search.engine import SearchIndex

    seed = ROOT / "db" / "seed" / "solutions.json"
    out: dict[str, Any] = {"shipped_translations": uses_shipped_translations()}
    for name, translations in (("english", {}), ("final", seed_translations())):
        migrate(work / f"seed-{name}.sqlite3")
        store = CatalogueStore(work / f"seed-{name}.sqlite3")
        store.import_solutions(read_catalogue_file(seed))
        source = WithTranslations(store, translations)
        index = SearchIndex(work / f"seed-{name}-index")
        index.rebuild(source)
        conn = sqlite3.connect(":memory:")
        conn.executescript(FTS_SCHEMA)
        for rowid, solution in enumerate(source.iter_all(), start=1):
            row, _ = _fts_rows(solution, rowid)
            conn.execute("INSERT INTO docs VALUES (?,?,?,?,?,?,?)", row)
        conn.execute("INSERT INTO fts(fts) VALUES ('rebuild')")
        titles = {s.title: s.id for s in store.iter_all()}

        def whoosh(query: str, index: Any = index) -> list[str]:
            return [h.id for h in index.search(query, limit=3, as_you_type=False).hits]

        def fts(query: str, conn: sqlite3.Connection = conn) -> list[str]:
            return _fts_top3(conn, query)

        for set_name, cases, by_title in (
            ("en", judged_cases(JUDGED_EN), titles),
            ("fr_es", judged_cases(JUDGED_FR_ES), None),
            *(
                (lang, [c for c in judged_cases(JUDGED_AR_RU_ZH) if c["language"] == lang], None)
                for lang in ("ar", "ru", "zh")
            ),
        ):
            for engine, search in (("whoosh", whoosh), ("fts5", fts)):
                right, usable, _ = top3_rate(search, cases, by_title)
                out[f"{name}/{set_name}/{engine}"] = [right, usable]
        index.close()
        store.close()
    return out


# -- driver ---------------------------------------------------------------------------------------
def prepare(work: Path, size: int) -> float:
    """Synthetic records into a real catalogue through CatalogueStore (not timed as search)."""
    started = time.perf_counter()
    database = work / "catalogue.sqlite3"
    migrate(database)
    store = CatalogueStore(database)
    generator = Generator(7)
    batch: list[Solution] = []
    for record in generator.records(size):
        batch.append(Solution.model_validate(record))
        if len(batch) == 5000:
            store.import_solutions(batch)
            batch = []
    if batch:
        store.import_solutions(batch)
    store.close()
    return time.perf_counter() - started


def child(phase: str, work: Path, queries: int, repeats: int) -> dict[str, Any]:
    result = subprocess.run(
        [
            sys.executable,
            __file__,
            "--phase",
            phase,
            "--work",
            str(work),
            "--queries",
            str(queries),
            "--repeats",
            str(repeats),
            "--versions",
            str(VERSIONS),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    found: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return found


def fmt(pair: tuple[float, float] | list[float]) -> str:
    return f"{pair[0]:8.1f} / {pair[1]:8.1f}"


def report(size: int, prep_s: float, whoosh: dict[str, Any], fts: dict[str, Any]) -> str:
    limit = 50 if size <= 10_000 else 250
    lines = [
        f"\n## {size:,} solutions (records prepared through CatalogueStore in {prep_s:.0f} s)\n",
        "Query latency, ms (median / p95), end to end: 20 hits + snippets + total + 4 facets",
        "",
        "| query type | whoosh | fts5 | ratio (median) | whoosh hits (median) | fts5 hits |"
        f" p95 ≤ {limit} ms |",
        "|---|---:|---:|---:|---:|---:|:---:|",
    ]
    for kind in TYPES:
        w, f = whoosh["latency"][kind], fts["latency"][kind]
        ratio = w[0] / f[0] if f[0] else float("inf")
        lines.append(
            f"| {kind} | {fmt(w)} | {fmt(f)} | {ratio:5.1f}× | {whoosh['totals'][kind]:.0f} |"
            f" {fts['totals'][kind]:.0f} | {'yes' if w[1] <= limit else 'NO'} |"
        )
    lines += [
        "",
        "| | whoosh | fts5 |",
        "|---|---:|---:|",
        f"| index build, s | {whoosh['build_s']:.1f} | {fts['build_s']:.1f} |",
        f"| index size, MB | {whoosh['size_mb']:.1f} | {fts['size_mb']:.1f} |",
        f"| peak memory, building (own process), MB | {whoosh['build_peak_mb']:.0f} |"
        f" {fts['build_peak_mb']:.0f} |",
        f"| peak memory, searching + updating (own process), MB | {whoosh['peak_mb']:.0f} |"
        f" {fts['peak_mb']:.0f} |",
        f"| one-record update + commit, ms (median / p95) | {fmt(whoosh['update_ms'])} |"
        f" {fmt(fts['update_ms'])} |",
        f"| first search seeing the edit, ms (median / p95) | {fmt(whoosh['visible_ms'])} | |",
        f"| open + first search (new process), ms | {whoosh['first_ms']:.0f} | |",
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--queries", type=int, default=30, help="queries per type")
    parser.add_argument("--repeats", type=int, default=0, help="default: 3 at ≤10k, else 1")
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--work", help=argparse.SUPPRESS)
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument(
        "--versions", type=int, default=3, help="language versions per record (1-3)"
    )
    args = parser.parse_args()
    global VERSIONS
    VERSIONS = args.versions
    if args.phase:
        work = Path(args.work)
        phases = {
            "whoosh-build": phase_whoosh_build,
            "whoosh": phase_whoosh,
            "fts-build": phase_fts_build,
            "fts": phase_fts,
        }
        if args.phase == "relevance":
            result = phase_relevance(work)
        else:
            result = phases[args.phase](work, args.queries, args.repeats)
        print(json.dumps(result))
        return 0
    root = Path(tempfile.mkdtemp(prefix="ssc-search-bench-"))
    try:
        print("# SSC Desktop search benchmark")
        print(
            f"(load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores;"
            f" {VERSIONS} language version(s) per synthetic record)"
        )
        if args.keep:
            print(f"(work folder kept: {root})")
        if (ROOT / "db" / "seed" / "solutions.json").exists():
            rel = child("relevance", root, 0, 0)
            source = "db/seed/translations" if rel["shipped_translations"] else "the test fixtures"
            print(
                f"\nJudged sets on the seed catalogue (right solution in the top 3; fr/es"
                f" translations from {source}):\n"
            )
            print("| set | catalogue | whoosh | fts5 baseline |")
            print("|---|---|---:|---:|")
            keys = ["english/en", "final/en", "final/fr_es", "english/fr_es"]
            keys += [f"{c}/{lang}" for lang in ("ar", "ru", "zh") for c in ("final", "english")]
            for key in keys:
                catalogue, set_name = key.split("/")
                cells = []
                for engine in ("whoosh", "fts5"):
                    right, usable = rel[f"{key}/{engine}"]
                    cells.append(f"{right}/{usable} ({100 * right / max(1, usable):.0f}%)")
                label = {
                    "en": "English",
                    "fr_es": "French + Spanish",
                    "ar": "Arabic",
                    "ru": "Russian",
                    "zh": "Chinese",
                }[set_name]
                where = {"english": "English only", "final": "seed + fr/es translations"}
                print(f"| {label} | {where[catalogue]} | {cells[0]} | {cells[1]} |")
        for size in [int(s) for s in args.sizes.split(",") if s.strip()]:
            work = root / str(size)
            work.mkdir()
            prep_s = prepare(work, size)
            repeats = args.repeats or (3 if size <= 10_000 else 1)
            whoosh = child("whoosh-build", work, args.queries, repeats)
            whoosh |= child("whoosh", work, args.queries, repeats)
            fts = child("fts-build", work, args.queries, repeats)
            fts |= child("fts", work, args.queries, repeats)
            print(report(size, prep_s, whoosh, fts), flush=True)
            print(f"\n(load average after {size:,}: {os.getloadavg()[0]:.1f})", flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
