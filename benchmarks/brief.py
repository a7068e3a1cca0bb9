"""PDF brief benchmark: build time and size for 1, 20 and 100 solutions.

    python benchmarks/brief.py [--runs 9] [--sizes 1,20,100] [--language zh]

Records are synthetic but of realistic length (a 40-word summary, four long texts of 150-250
words, two partners, a public and a private contact, a link, two sources), the same on every run.
Each size is built ``--runs`` times with :func:`ssc_desktop.briefs.build_brief` into memory;
the table gives the median and 95th percentile. The baseline, run in the same process on the same
text, is the plainest reportlab document: ``SimpleDocTemplate`` with Helvetica paragraphs (no
embedded fonts, tables, tiles, outline or page totals); "× baseline" compares the medians.
The first build in a fresh process also pays for loading the bundled fonts: shown apart.
Targets (issue 5): 20 solutions in ≤ 1 s and ≤ 300 KB, for Latin text.

``--language zh`` writes the brief in Chinese, its records' texts in Chinese too: text drawn from
the 3,755 characters of GB 2312 level 1 with a Zipf-like frequency (about as many distinct
ideographs as real text of that length: the figure is printed), to measure what the embedded CJK
font costs (each distinct ideograph embeds its glyph; issue 16).
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

from xml.sax.saxutils import escape  # noqa: E402

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import getSampleStyleSheet  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate  # noqa: E402

from ssc_desktop.briefs import BriefOptions, CatalogueProvenance, build_brief  # noqa: E402
from ssc_desktop.domain.model import Solution  # noqa: E402
from tests.support.records import make_solution  # noqa: E402

TARGET_SECONDS = 1.0
TARGET_BYTES = 300_000
WORDS = [
    "farmers",
    "cooperatives",
    "irrigation",
    "solar",
    "pumps",
    "training",
    "women",
    "entrepreneurs",
    "digital",
    "skills",
    "school",
    "feeding",
    "nutrition",
    "clinics",
    "vaccines",
    "early",
    "warning",
    "statistics",
    "census",
    "urban",
    "water",
    "sanitation",
    "climate",
    "resilience",
    "trade",
    "customs",
    "youth",
    "employment",
    "volunteers",
    "knowledge",
    "exchange",
    "policy",
    "dialogue",
    "fisheries",
    "coastal",
    "tourism",
    "islands",
    "broadband",
    "mobile",
    "payments",
    "microfinance",
    "ministry",
    "agency",
    "regional",
    "network",
    "peer",
    "learning",
    "technical",
    "assistance",
    "evaluation",
    "results",
]
COUNTRIES = ("KEN", "IND", "BRA", "CHN", "ZAF", "ETH", "IDN", "MEX", "SEN", "BGD", "FJI", "PER")


def _text(rng: random.Random, low: int, high: int) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    sentences, start = [], 0
    while start < len(words):
        end = min(len(words), start + rng.randint(8, 18))
        sentences.append(" ".join(words[start:end]).capitalize() + ".")
        start = end
    return " ".join(sentences)


def _gb2312_level1() -> list[str]:
    return [
        bytes([row, cell]).decode("gb2312")
        for row in range(0xB0, 0xD8)
        for cell in range(0xA1, 0xFF)
        if (row, cell) < (0xD7, 0xFA)
    ]


_HANZI = _gb2312_level1()


def _chinese(rng: random.Random, low: int, high: int) -> str:
    """Chinese-like text of ``low``-``high`` "words" (two characters each), in sentences."""
    weights = [1.0 / (rank + 2) ** 1.2 for rank in range(len(_HANZI))]
    count = rng.randint(low, high) * 2
    chars = rng.choices(_HANZI, weights=weights, k=count)
    out = []
    for index, char in enumerate(chars, start=1):
        out.append(char)
        if index % rng.randint(12, 20) == 0:
            out.append("，" if rng.random() < 0.6 else "。")
    return "".join(out).rstrip("，。") + "。"


def solutions(count: int, language: str = "en") -> list[Solution]:
    rng = random.Random(2027)
    _text_of = _chinese if language == "zh" else _text
    result = []
    for number in range(count):
        goals = rng.sample(range(1, 18), rng.randint(2, 5))
        result.append(
            make_solution(
                id=str(uuid.UUID(int=rng.getrandbits(128))),
                title=f"{_text_of(rng, 4, 8)[:-1]} ({number + 1})",
                subtitle=_text_of(rng, 8, 14),
                summary=_text_of(rng, 30, 40),
                challenge=_text_of(rng, 150, 250),
                solution=_text_of(rng, 150, 250),
                results=_text_of(rng, 150, 250),
                sustainability=_text_of(rng, 150, 250),
                language=language,
                countries=[
                    {"iso3": code, "role": role}
                    for code, role in zip(
                        rng.sample(COUNTRIES, 3), ("provider", "recipient", "partner"), strict=True
                    )
                ],
                primary_sdgs=goals[:1],
                secondary_sdgs=goals[1:],
                sources=[
                    {
                        "document": f"Report {number}-{k}",
                        "paragraph": str(rng.randint(1, 200)),
                        "url": "https://example.org/report",
                    }
                    for k in range(2)
                ],
            )
        )
    return result


def brief(records: list[Solution], language: str = "en") -> int:
    buffer = io.BytesIO()
    info = build_brief(
        records,
        BriefOptions(
            title="Benchmark mission",
            destination="Nairobi, Kenya",
            dates="3–7 March 2027",
            prepared_by="Benchmark",
            provenance=CatalogueProvenance(datetime(2026, 11, 20, tzinfo=UTC), "benchmark"),
            language=language,
        ),
        buffer,
    )
    return info.bytes


def baseline(records: list[Solution]) -> int:
    styles = getSampleStyleSheet()
    story = []
    for solution in records:
        story.append(Paragraph(escape(solution.title), styles["Heading1"]))
        for name in ("summary", "challenge", "solution", "results", "sustainability"):
            story.append(Paragraph(escape(getattr(solution, name)), styles["BodyText"]))
        for source in solution.sources:
            story.append(
                Paragraph(
                    escape(f"{source.document}, para. {source.paragraph}"), styles["BodyText"]
                )
            )
        story.append(PageBreak())
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build(story)
    return len(buffer.getvalue())


def measure(
    build: Callable[[list[Solution]], int], records: list[Solution], runs: int
) -> tuple[float, float, int]:
    samples = []
    size = 0
    for _ in range(runs):
        started = time.perf_counter()
        size = build(records)
        samples.append(time.perf_counter() - started)
    p95 = statistics.quantiles(samples, n=20, method="inclusive")[18] if runs > 1 else samples[0]
    return statistics.median(samples), p95, size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--sizes", default="1,20,100")
    parser.add_argument("--language", choices=("en", "zh"), default="en")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    language = args.language

    started = time.perf_counter()
    brief(solutions(1))
    first = time.perf_counter() - started
    print(f"first brief in this process (loads the bundled fonts): {first * 1000:.0f} ms\n")

    header = (
        f"{'solutions':>9}  {'median':>8}  {'p95':>8}  {'size':>9}  "
        f"{'baseline':>8}  {'base size':>9}  {'× baseline':>10}"
    )
    print(header)
    print("-" * len(header))
    verdict = 0
    for size in sizes:
        records = solutions(size, language)
        median, p95, nbytes = measure(lambda r: brief(r, language), records, args.runs)
        base_median, _, base_bytes = measure(baseline, records, args.runs)
        print(
            f"{size:>9}  {median * 1000:>6.0f}ms  {p95 * 1000:>6.0f}ms  "
            f"{nbytes / 1000:>7.0f}KB  {base_median * 1000:>6.0f}ms  "
            f"{base_bytes / 1000:>7.0f}KB  {median / base_median:>9.2f}×"
        )
        if size == 20:
            # The size target is for Latin text; a Chinese brief embeds a glyph per ideograph.
            ok = median <= TARGET_SECONDS and (language == "zh" or nbytes <= TARGET_BYTES)
            verdict = 0 if ok else 1
    if language == "zh":
        texts = "".join(
            getattr(s, name)
            for s in solutions(max(sizes), language)
            for name in (
                "title",
                "subtitle",
                "summary",
                "challenge",
                "solution",
                "results",
                "sustainability",
            )
        )
        print(
            f"\n{len(set(texts) & set(_HANZI))} distinct ideographs"
            f" in the {max(sizes)}-solution brief"
        )
    if 20 in sizes:
        print(
            f"\ntarget for 20 solutions: ≤ {TARGET_SECONDS:.0f} s and ≤ {TARGET_BYTES // 1000} KB:"
            f" {'met' if verdict == 0 else 'NOT met'}"
        )
    return verdict


if __name__ == "__main__":
    raise SystemExit(main())
