"""Building briefs: the same bytes every time, compact mode, options, files, threads, progress."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import threading
import uuid
from pathlib import Path

import pytest

from ssc_desktop.briefs import BriefError, BriefOptions, build_brief
from ssc_desktop.domain.model import Solution
from tests.briefs.pdfs import build, flat, options, render
from tests.support.records import make_solution, random_solutions


def fixed_solutions() -> list[Solution]:
    return [
        *random_solutions(4, seed=7),
        make_solution(id=str(uuid.UUID(int=99)), title="Платформа — منصة — plateforme"),
    ]


def test_the_same_input_gives_the_same_bytes() -> None:
    first = build(fixed_solutions(), grayscale=True)
    second = build(fixed_solutions(), grayscale=True)
    assert first.data == second.data
    assert build(fixed_solutions()).data != first.data  # the options do change the output


def test_the_same_bytes_in_another_process(tmp_path: Path) -> None:
    records = tmp_path / "records.json"
    records.write_text(json.dumps([s.to_json_dict() for s in fixed_solutions()]), "utf-8")
    out = tmp_path / "other.pdf"
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from ssc_desktop.domain.model import Solution\n"
        "from ssc_desktop.briefs import build_brief\n"
        "from tests.briefs.pdfs import options\n"
        "raw = json.loads(Path(sys.argv[1]).read_text())\n"
        "records = [Solution.model_validate(r) for r in raw]\n"
        "build_brief(records, options(), Path(sys.argv[2]))\n"
    )
    subprocess.run(
        [sys.executable, "-c", script, str(records), str(out)],
        check=True,
        cwd=Path(__file__).parents[2],
        env={"PYTHONHASHSEED": "12345", "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert out.read_bytes() == build(fixed_solutions()).data


def _long(number: int) -> Solution:
    text = " ".join(f"n{number}word{k}" for k in range(700))
    return make_solution(
        id=str(uuid.UUID(int=number + 1)),
        title=f"Compact solution {number}",
        challenge=text,
        solution=text.replace("word", "sol"),
        results="Short results.",
        sources=[
            {"document": f"Source document {number}", "paragraph": f"{number}.1", "url": ""},
            {"document": "Shared annex", "paragraph": f"A{number}", "url": ""},
        ],
    )


def test_compact_brief_gives_each_solution_at_most_one_page() -> None:
    solutions = [_long(n) for n in range(4)] + [make_solution(title=f"Tiny {n}") for n in range(3)]
    built = build(solutions, compact=True)
    texts = built.texts()
    assert built.info.pages <= 1 + len(solutions)
    for solution in solutions:
        pages = [i for i, text in enumerate(texts) if solution.title in text and i > 0]
        assert len(pages) == 1, (solution.title, pages)
        page = texts[pages[0]]
        for source in solution.sources:
            assert f"{source.document}, para. {source.paragraph}" in page
        if solution.title.startswith("Compact"):
            assert "n" + solution.title[-1] + "word0 " in page
            assert "Abridged for the compact brief" in page
    # Small sections share a page.
    tiny_pages = {i for i, text in enumerate(texts[1:]) for n in range(3) if f"Tiny {n}" in text}
    assert len(tiny_pages) < 3
    assert built.outline() == [solution.title for solution in solutions]
    full = build(solutions)
    assert full.info.pages > built.info.pages


def test_compact_shrinks_a_solution_that_cannot_fit_a_page_even_abridged() -> None:
    sources = [
        {
            "document": f"Evaluation of the regional programme on South-South exchange, volume {k}",
            "paragraph": str(k),
            "url": f"https://example.org/evaluations/regional-programme/volume-{k}.pdf",
        }
        for k in range(1, 201)
    ]
    huge = make_solution(title="Two hundred sources", sources=sources)
    built = build([make_solution(title="Before"), huge, make_solution(title="After")], compact=True)
    texts = built.texts()
    pages = [i for i, text in enumerate(texts) if i > 0 and "Two hundred sources" in text]
    assert len(pages) == 1
    for k in (1, 100, 200):
        assert flat(f"exchange, volume {k}, para. {k}") in flat(texts[pages[0]])
    assert built.outline() == ["Before", "Two hundred sources", "After"]
    assert built.reader.get_destination_page_number(built.reader.outline[1]) == pages[0]


def test_compact_pages_are_drawn(tmp_path: Path) -> None:
    built = build([_long(1), _long(2)], compact=True, language="es")
    pages = render(built.data, tmp_path)
    assert len(pages) == built.info.pages == 3
    assert "Abreviada" in built.text() or "abreviada" in built.text()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"title": "  "}, "needs a title"),
        ({"language": "de"}, "unknown language"),
        ({"paper": "a5"}, "unknown paper"),
        ({"destination": "x" * 301}, "too long"),
    ],
)
def test_options_are_checked(changes: dict[str, object], message: str) -> None:
    with pytest.raises(BriefError, match=message):
        options(**changes)


def test_options_are_normalised() -> None:
    chosen = BriefOptions(title=" Mission\tto\nDakar ", paper="Letter")
    assert chosen.title == "Mission to Dakar"
    assert chosen.paper == "letter"
    assert BriefOptions(title="t").provenance is None
    built = build([make_solution()], provenance=None)
    assert "Catalogue date not stated" in built.texts()[0]


def test_selection_is_checked() -> None:
    with pytest.raises(BriefError, match="at least one solution"):
        build_brief([], options(), io.BytesIO())
    with pytest.raises(BriefError, match="deleted"):
        build_brief([make_solution(deleted=True)], options(), io.BytesIO())


def test_file_output_is_atomic(tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    info = build_brief([make_solution()], options(), target)
    assert target.read_bytes().startswith(b"%PDF-") and target.stat().st_size == info.bytes
    before = target.read_bytes()

    def cancel(done: int, total: int) -> None:
        if done == 1:
            raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError, match="cancelled"):
        build_brief(
            [make_solution(title="One"), make_solution(title="Two")],
            options(),
            target,
            progress=cancel,
        )
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.pdf"]
    with pytest.raises(BriefError):
        build_brief([], options(), tmp_path / "never.pdf")
    assert not (tmp_path / "never.pdf").exists()


def test_progress_reports_each_solution() -> None:
    seen: list[tuple[int, int]] = []
    build_brief(
        random_solutions(3),
        options(),
        io.BytesIO(),
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]


def test_worker_threads_build_the_same_brief() -> None:
    expected = build(fixed_solutions()).data
    results: dict[int, bytes] = {}
    errors: list[BaseException] = []

    def work(slot: int) -> None:
        try:
            buffer = io.BytesIO()
            build_brief(fixed_solutions(), options(), buffer)
            results[slot] = buffer.getvalue()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(slot,)) for slot in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors
    assert list(results.values()) == [expected] * 3


def test_importing_the_api_does_not_load_reportlab() -> None:
    code = (
        "import sys\n"
        "import ssc_desktop.briefs, ssc_desktop.cli.briefs\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('reportlab', 'sqlalchemy')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"
