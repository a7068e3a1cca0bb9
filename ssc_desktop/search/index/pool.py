"""A posting pool for whoosh's segment writer that groups postings by term as they arrive.

whoosh 2.7.4's ``PostingPool`` keeps every posting as a tuple, sorts them all at commit and,
past ``limitmb``, pickles them one by one to temporary "run" files that it reads back through a
heap merge. With three language versions of every record (about 460 postings per record) that
was over half of building the index: 4.6 million tuples pickled, read, sorted and merged at
10,000 records.

Postings reach a writer's pool in document order for each term: ``add_document`` numbers
documents in order, and a merge (``add_reader``) adds each older segment after them, its
postings in order. So :class:`TermPool` appends each posting to its term's arrays (no tuple
kept, no sort of postings; a term whose postings ever arrive out of order is sorted at the end,
so the order is an optimisation, not an assumption), sorts only the distinct terms at commit,
and yields the postings whoosh's field writer expects. Past ``limitmb`` (estimated) the terms
are written to a run file, with ``marshal``, a term's arrays at a time, and merged by term at
the end (runs hold documents in order, so a term's postings are their concatenation).

Why not whoosh's multiprocessing writer (``procs=2``): it was measured 1.5× faster on 2 cores,
but it forks worker processes that pickle the schema (our analyzers), leaves its run files
behind when a worker dies, cannot run in the background thread of a frozen Windows app (spawn
re-imports the app), and competes with the window for the machine's two cores.
"""

from __future__ import annotations

import contextlib
import heapq
import marshal
from array import array
from collections.abc import Iterator
from typing import Any

from whoosh.util import random_name

_ENTRY_BYTES = 500  # estimated memory of one distinct term: its key, four arrays
_POSTING_BYTES = 20  # a docnum (4), a weight (8), its value's length (4), spare room; + the value
_CHUNK = 2000  # terms per marshal record of a run file

Key = tuple[str, bytes]
Posting = tuple[str, bytes, int, float, bytes]


class Postings:
    """One term's postings, compact: document numbers, weights, and the encoded values
    (positions or a frequency) one after the other with their lengths (no object each)."""

    __slots__ = ("data", "docs", "lengths", "weights")

    def __init__(self) -> None:
        self.docs = array("i")
        self.weights = array("d")
        self.lengths = array("I")
        self.data = bytearray()

    def extend(self, other: Postings) -> None:
        self.docs.extend(other.docs)
        self.weights.extend(other.weights)
        self.lengths.extend(other.lengths)
        self.data += other.data

    def items(self) -> Iterator[tuple[int, float, bytes]]:
        blob = bytes(self.data)
        start = 0
        for docnum, weight, length in zip(self.docs, self.weights, self.lengths, strict=True):
            end = start + length
            yield docnum, weight, blob[start:end]
            start = end

    def in_order(self) -> Postings:
        """The same postings sorted by document (whoosh's pool sorts whole postings)."""
        ordered = Postings()
        for docnum, weight, value in sorted(self.items()):
            ordered.docs.append(docnum)
            ordered.weights.append(weight)
            ordered.lengths.append(len(value))
            ordered.data += value
        return ordered

    def dump(self) -> tuple[bytes, bytes, bytes, bytes]:
        return self.docs.tobytes(), self.weights.tobytes(), self.lengths.tobytes(), bytes(self.data)

    @classmethod
    def load(cls, dumped: tuple[bytes, bytes, bytes, bytes]) -> Postings:
        postings = cls()
        postings.docs.frombytes(dumped[0])
        postings.weights.frombytes(dumped[1])
        postings.lengths.frombytes(dumped[2])
        postings.data += dumped[3]
        return postings


class TermPool:
    """Drop-in for ``whoosh.writing.PostingPool`` (``add``, ``iter_postings``, ``cleanup``)."""

    def __init__(self, tempstore: Any, limitmb: int = 64) -> None:
        self.tempstore = tempstore
        self.limit = limitmb * 1024 * 1024
        self.size = 0
        self.terms: dict[Key, Postings] = {}
        self.unordered: set[Key] = set()  # terms with a posting out of document order
        self.runs: list[str] = []
        self.fieldnames: set[str] = set()

    def add(self, item: Posting) -> None:
        fieldname, btext, docnum, weight, value = item
        key = (fieldname, btext)
        postings = self.terms.get(key)
        if postings is None:
            postings = self.terms[key] = Postings()
            self.fieldnames.add(fieldname)
            self.size += _ENTRY_BYTES + len(btext)
        docs = postings.docs
        if docs and docs[-1] >= docnum:
            self.unordered.add(key)
        docs.append(docnum)
        postings.weights.append(weight)
        if value:
            postings.lengths.append(len(value))
            postings.data += value
            self.size += _POSTING_BYTES + len(value)
        else:
            postings.lengths.append(0)
            self.size += _POSTING_BYTES
        if self.size > self.limit:
            self.save()

    def save(self) -> None:
        """Write the terms held in memory to a new run file, in term order."""
        if not self.terms:
            return
        path = f"{random_name()}.run"
        with self.tempstore.create_file(path).raw_file() as f:
            chunk: list[tuple[str, bytes, tuple[bytes, bytes, bytes, bytes]]] = []
            for key, postings in self._sorted_terms():
                chunk.append((key[0], key[1], postings.dump()))
                if len(chunk) == _CHUNK:
                    marshal.dump(chunk, f)
                    chunk = []
            if chunk:
                marshal.dump(chunk, f)
        self.runs.append(path)
        self.terms, self.unordered, self.size = {}, set(), 0

    def _sorted_terms(self) -> Iterator[tuple[Key, Postings]]:
        for key in sorted(self.terms):
            postings = self.terms[key]
            yield key, (postings.in_order() if key in self.unordered else postings)

    def _read_run(self, path: str) -> Iterator[tuple[Key, Postings]]:
        with self.tempstore.open_file(path).raw_file() as f:
            while True:
                try:
                    chunk = marshal.load(f)
                except EOFError:
                    break
                for fieldname, btext, dumped in chunk:
                    yield (fieldname, btext), Postings.load(dumped)
        self.tempstore.delete_file(path)

    def iter_postings(self) -> Iterator[Posting]:
        """Every posting, sorted by field, term and document (what whoosh's writer needs)."""
        if not self.runs:
            sources = self._sorted_terms()
        else:
            self.save()
            runs, self.runs = self.runs, []
            # Runs are in document order; heapq.merge keeps equal terms in the runs' order.
            merged = heapq.merge(*(self._read_run(p) for p in runs), key=lambda kv: kv[0])
            sources = _concatenated(merged)
        for (fieldname, btext), postings in sources:
            for docnum, weight, value in postings.items():
                yield fieldname, btext, docnum, weight, value

    def cleanup(self) -> None:
        for path in self.runs:
            with contextlib.suppress(OSError):
                self.tempstore.delete_file(path)
        self.runs = []


def _concatenated(
    merged: Iterator[tuple[Key, Postings]],
) -> Iterator[tuple[Key, Postings]]:
    """One entry per term: the postings of consecutive entries of the same term joined."""
    current: tuple[Key, Postings] | None = None
    for key, postings in merged:
        if current is not None and current[0] == key:
            ordered = current[1].docs[-1] < postings.docs[0]  # runs are in document order
            current[1].extend(postings)
            if not ordered:
                current = (key, current[1].in_order())
            continue
        if current is not None:
            yield current
        current = (key, postings)
    if current is not None:
        yield current


def writer(ix: Any, limitmb: int = 64, **kwargs: Any) -> Any:
    """``ix.writer(**kwargs)`` with a :class:`TermPool` (whoosh 2.7.4 ignores ``poolclass``)."""
    w = ix.writer(**kwargs)
    w.pool = TermPool(w._tempstorage, limitmb=limitmb)
    return w
