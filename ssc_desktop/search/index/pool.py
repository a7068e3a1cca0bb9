"""The index build's writer: whoosh 2.7.4's segment writer, fed and written in bulk.

whoosh's ``add_document`` hands every posting to its ``PostingPool`` as a tuple, one call each;
the pool sorts all the tuples at commit and, past ``limitmb``, pickles them one by one to
temporary "run" files read back through a heap merge; then ``FieldWriter.add_postings`` makes
a call per posting and four more to read the document's field length from disk. With three
language versions of every record (about 460 postings each) that was over two thirds of
building the index: 4.6 million postings at 10,000 records.

Postings reach a writer's pool in document order for each term: ``add_document`` numbers
documents in order, and a merge (``add_reader``) adds each older segment after them, its
postings in order. So :class:`TermPool` takes a document's field at once and appends each
posting to its term's arrays (no tuple kept, no sort of postings; a term whose postings ever
arrive out of order is sorted, so the order is an optimisation, not an assumption), sorts
only the distinct terms at commit, and the field writer gets a term's postings a block at a
time. Past ``limitmb`` (estimated: ``lifecycle.BUILD_MB``) the terms go to a run file, with
``marshal``, a term's arrays at a time, merged by term at the end (runs hold documents in
order, so a term's postings are their concatenation). The segment files are the same, byte
for byte, as whoosh's own writer's (``tests/search/test_search_build.py``).

Not used: whoosh's multiprocessing writer (``procs=2``, 1.6x faster on two cores in the
team's measurements). Its sub-writers are whoosh's own (this pool would not apply, and a
worker's failure leaves its temporary segments to clean up), it starts processes, which in the
frozen app on Windows re-import the application, and the build runs in the background while
the window uses the other core: one process keeps the window responsive.
"""

from __future__ import annotations

import contextlib
import heapq
import marshal
from array import array
from collections.abc import Iterable, Iterator
from itertools import groupby
from typing import Any

from whoosh.codec.whoosh3 import W3FieldWriter, _lenfield
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
        self.docs = array("I")
        self.weights = array("d")
        self.lengths = array("I")
        self.data = bytearray()

    def extend(self, other: Postings) -> None:
        self.docs.extend(other.docs)
        self.weights.extend(other.weights)
        self.lengths.extend(other.lengths)
        self.data += other.data

    def values(self) -> list[bytes]:
        blob = bytes(self.data)
        out: list[bytes] = []
        start = 0
        for length in self.lengths:
            out.append(blob[start : start + length])
            start += length
        return out

    def items(self) -> Iterator[tuple[int, float, bytes]]:
        return zip(self.docs, self.weights, self.values(), strict=True)

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


class TermStream:
    """The pool's postings: posting tuples when iterated (for any whoosh code), or a term
    at a time (for :func:`_write_terms`)."""

    def __init__(self, terms: Iterator[tuple[Key, Postings]]) -> None:
        self.terms = terms

    def __iter__(self) -> Iterator[Posting]:
        for (fieldname, btext), postings in self.terms:
            for docnum, weight, value in postings.items():
                yield fieldname, btext, docnum, weight, value


class TermPool:
    """Drop-in for ``whoosh.writing.PostingPool`` (``add``, ``iter_postings``, ``cleanup``)."""

    def __init__(self, tempstore: Any, limitmb: int = 64) -> None:
        self.tempstore = tempstore
        self.limit = limitmb * 1024 * 1024
        self.size = 0
        self.fields: dict[str, dict[bytes, Postings]] = {}
        self.unordered: set[Key] = set()  # terms with a posting out of document order
        self.runs: list[str] = []

    @property
    def fieldnames(self) -> set[str]:
        return set(self.fields)

    def add(self, item: Posting) -> None:
        """One posting (what whoosh's own code adds: a merge's postings of older segments)."""
        fieldname, btext, docnum, weight, value = item
        self.add_field(fieldname, docnum, [(btext, 0, weight, value)], 1.0)

    def add_field(
        self,
        fieldname: str,
        docnum: int,
        items: Iterable[tuple[bytes, int, float, bytes | None]],
        boost: float,
    ) -> int:
        """The postings of one document's field (``field.index(value)``: term, frequency,
        weight, value); returns the field's length (the sum of the frequencies)."""
        terms = self.fields.get(fieldname)
        if terms is None:
            terms = self.fields[fieldname] = {}
        length = size = 0
        for btext, freq, weight, value in items:
            length += freq
            postings = terms.get(btext)
            if postings is None:
                postings = terms[btext] = Postings()
                size += _ENTRY_BYTES + len(btext)
            docs = postings.docs
            if docs and docs[-1] >= docnum:
                self.unordered.add((fieldname, btext))
            docs.append(docnum)
            postings.weights.append(weight * boost)
            if value:
                postings.lengths.append(len(value))
                postings.data += value
                size += _POSTING_BYTES + len(value)
            else:
                postings.lengths.append(0)
                size += _POSTING_BYTES
        self.size += size
        if self.size > self.limit:
            self.save()
        return length

    def save(self) -> None:
        """Write the terms held in memory to a new run file, in term order."""
        if not self.fields:
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
        self.fields, self.unordered, self.size = {}, set(), 0

    def _sorted_terms(self) -> Iterator[tuple[Key, Postings]]:
        unordered = self.unordered
        for fieldname in sorted(self.fields):
            terms = self.fields[fieldname]
            for btext in sorted(terms):
                postings = terms[btext]
                if unordered and (fieldname, btext) in unordered:
                    postings = postings.in_order()
                yield (fieldname, btext), postings

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

    def iter_postings(self) -> TermStream:
        """Every posting, sorted by field, term and document (what whoosh's writer needs)."""
        if not self.runs:
            return TermStream(self._sorted_terms())
        self.save()
        runs, self.runs = self.runs, []
        # Runs are in document order; heapq.merge keeps equal terms in the runs' order.
        merged = heapq.merge(*(self._read_run(p) for p in runs), key=lambda kv: kv[0])
        return TermStream(_concatenated(merged))

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
    """``ix.writer(**kwargs)`` with a :class:`TermPool` (whoosh 2.7.4 ignores ``poolclass``):
    a document's fields go to the pool a field at a time, and its terms are written a block of
    postings at a time."""
    w = ix.writer(**kwargs)
    if any(f.separate_spelling() or f.vector for _name, f in w.schema.items()):
        return w  # spelling words and vectors: whoosh's own path (our schema has neither)
    term_pool = w.pool = TermPool(w._tempstorage, limitmb=limitmb)

    def add_document(**fields: Any) -> None:
        _add_document(w, term_pool, fields)

    w.add_document = add_document  # update_document calls it too
    fieldwriter = w.fieldwriter
    if isinstance(fieldwriter, W3FieldWriter):
        generic = fieldwriter.add_postings

        def add_postings(schema: Any, lengths: Any, items: Any) -> None:
            if isinstance(items, TermStream):
                _write_terms(fieldwriter, schema, lengths, items)
            else:
                generic(schema, lengths, items)

        fieldwriter.add_postings = add_postings
    return w


def _add_document(w: Any, term_pool: TermPool, fields: dict[str, Any]) -> None:
    """``SegmentWriter.add_document`` (whoosh 2.7.4) for a schema without spelling fields or
    vectors, handing each field's postings to the pool at once rather than one call each."""
    w._check_state()
    perdocwriter, schema, docnum = w.perdocwriter, w.schema, w.docnum
    docboost = w._doc_boost(fields)
    fieldnames = sorted(name for name in fields if not name.startswith("_"))
    w._check_fields(schema, fieldnames)
    perdocwriter.start_doc(docnum)
    for fieldname in fieldnames:
        value = fields.get(fieldname)
        if value is None:
            continue
        field = schema[fieldname]
        length = 0
        if field.indexed:
            boost = w._field_boost(fields, fieldname, docboost)
            length = term_pool.add_field(fieldname, docnum, field.index(value), boost)
            if not field.scorable:
                length = 0  # only scorable fields keep lengths
        stored = fields.get(f"_stored_{fieldname}", value)
        perdocwriter.add_field(fieldname, field, stored if field.stored else None, length)
        column = field.column_type
        if column and stored is not None:
            perdocwriter.add_column_value(fieldname, column, field.to_column_value(stored))
    perdocwriter.finish_doc()
    w._added = True
    w.docnum += 1


def _write_terms(fieldwriter: Any, schema: Any, lengths: Any, stream: TermStream) -> None:
    """What ``FieldWriter.add_postings`` does with the postings of whoosh's pool, a block of
    postings at a time instead of one call per posting and four for its field length (the
    same blocks, values and statistics: ``tests/search/test_search_build.py``)."""
    doc_count = lengths.doc_count_all() if lengths is not None else 0
    for fieldname, terms in groupby(stream.terms, key=lambda kv: kv[0][0]):
        fieldwriter.start_field(fieldname, schema[fieldname])
        field_lengths: list[int | None] | None = None
        if lengths is not None and lengths.has_column(_lenfield(fieldname)):
            field_lengths = [lengths.doc_field_length(d, fieldname) for d in range(doc_count)]
        for (_fieldname, btext), postings in terms:
            fieldwriter.start_term(btext)
            _add_block_postings(fieldwriter._postwriter, postings, field_lengths)
            fieldwriter.finish_term()
        fieldwriter.finish_field()


def _add_block_postings(
    postwriter: Any, postings: Postings, field_lengths: list[int | None] | None
) -> None:
    """``W3PostingsWriter.add_posting`` for each posting, a block's worth at once."""
    docs, weights, values = postings.docs, postings.weights, postings.values()
    limit = postwriter._blocklimit
    start, count = 0, len(docs)
    while start < count:
        if len(postwriter._ids) >= limit:
            postwriter._write_block()
        end = min(count, start + limit - len(postwriter._ids))
        postwriter._ids.extend(docs[start:end])
        block_weights = weights[start:end]
        postwriter._weights.fromlist(block_weights.tolist())
        postwriter._maxweight = max(postwriter._maxweight, max(block_weights))
        postwriter._values.extend([v for v in values[start:end] if v])
        if field_lengths is not None:
            found = [n for n in (field_lengths[d] for d in docs[start:end]) if n]
            if found:
                shortest = min(found)
                if postwriter._minlength is None or shortest < postwriter._minlength:
                    postwriter._minlength = shortest
                postwriter._maxlength = max(postwriter._maxlength, max(found))
        start = end
