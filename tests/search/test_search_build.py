"""The index build's fast paths write the same index as whoosh's own code (real indexes on disk).

``TermPool`` replaces whoosh's posting pool and ``PositionsFormat``/``FrequencyFormat`` its
formats' token loop (see ``ssc_desktop/search/index/pool.py`` and ``analysis.py``): both are
compared here with whoosh 2.7.4's, on seed records with their French and Spanish versions, in
memory, spilling to run files, and merging an updated segment into an older one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from whoosh import index as whoosh_index
from whoosh.formats import Frequency, Positions

from ssc_desktop.domain.model import Solution
from ssc_desktop.interchange.reader import read_catalogue_file
from ssc_desktop.search.index import pool
from ssc_desktop.search.index.analysis import document_for, make_schema
from tests.search.multilingual import seed_translations, translated

SEED = Path(__file__).resolve().parents[2] / "db" / "seed" / "solutions.json"


@pytest.fixture(scope="module")
def documents() -> list[dict[str, Any]]:
    versions = seed_translations()
    solutions: list[Solution] = [
        translated(s, versions.get(s.id, {})) for s in read_catalogue_file(SEED)
    ]
    assert sum(1 for s in solutions if len(s.translations) == 2) > len(solutions) // 2
    return [document_for(s) for s in solutions]


def _whoosh_schema() -> Any:
    """Our schema with whoosh's own formats (the reference)."""
    schema = make_schema()
    for name in ("title", "lead", "body"):
        schema[name].format = Positions(field_boost=1.0)
    for name in ("meta", "words", "prefix"):
        schema[name].format = Frequency(field_boost=1.0)
    return schema


def _build(folder: Path, schema: Any, docs: list[dict[str, Any]], limitmb: int | None) -> Any:
    """Two commits (the second updates records of the first, then merges them all), with
    whoosh's pool (``limitmb`` None) or a TermPool; returns what the index holds."""
    ix = whoosh_index.create_in(str(folder), schema)

    def writer() -> Any:
        if limitmb is None:
            return ix.writer(compound=False)
        return pool.writer(ix, limitmb=limitmb, compound=False)

    half = len(docs) // 2
    w = writer()
    for doc in docs[:half]:
        w.add_document(**doc)
    w.commit()
    w = writer()
    for doc in docs[half:] + docs[:10]:
        w.update_document(**doc)
    w.commit(optimize=True)
    with ix.reader() as reader:
        postings = list(reader.iter_postings())
        infos = [(key, reader.term_info(*key)) for key in reader.all_terms()]
        terms = [
            (key, i.doc_frequency(), i.weight(), i.max_weight(), i.min_length(), i.max_length())
            for key, i in infos
        ]
        stored = list(reader.iter_docs())
        lengths = [
            reader.doc_field_length(n, f)
            for n in reader.all_doc_ids()
            for f in ("title", "lead", "body", "meta")
        ]
    leftovers = [p.name for p in folder.rglob("*.run")]
    ix.close()
    # The files of the merged segment (named after a random segment id), by kind.
    files = sorted((p.suffix, p.read_bytes()) for p in folder.iterdir() if p.suffix != ".toc")
    return postings, terms, stored, lengths, leftovers, files


@pytest.mark.slow  # over 2 s: run by CI, not by the default developer run
def test_term_pool_and_formats_write_whoosh_s_index(
    documents: list[dict[str, Any]], tmp_path: Path
) -> None:
    (tmp_path / "whoosh").mkdir()
    reference = _build(tmp_path / "whoosh", _whoosh_schema(), documents, None)
    assert len(reference[0]) > 20_000 and not reference[4]
    for name, limitmb in (("memory", 64), ("spilling", 1)):
        (tmp_path / name).mkdir()
        built = _build(tmp_path / name, make_schema(), documents, limitmb)
        assert built[0] == reference[0], name  # every posting: field, term, doc, weight, value
        assert built[1:5] == reference[1:5], name
        # Byte for byte: posting blocks (with their statistics), terms, columns, stored fields.
        assert [suffix for suffix, _ in built[5]] == [suffix for suffix, _ in reference[5]]
        assert built[5] == reference[5], name


def test_term_pool_sorts_postings_that_come_out_of_order(tmp_path: Path) -> None:
    """Document order per term is what TermPool expects, not what it relies on."""
    store = whoosh_index.create_in(str(tmp_path), make_schema()).storage
    for limitmb in (64, 0):  # 0: every posting goes to a run of its own
        term_pool = pool.TermPool(store, limitmb=limitmb)
        items = [("body", b"water", 5, 1.0, b"5"), ("body", b"water", 2, 2.0, b"2")]
        items += [("body", b"seed", 1, 1.0, b""), ("body", b"water", 9, 1.0, b"9")]
        items += [("body", b"water", 1, 1.0, b"1")]
        for item in items:
            term_pool.add(item)
        assert list(term_pool.iter_postings()) == sorted(items)
        term_pool.cleanup()
    assert not list(tmp_path.glob("*.run"))
