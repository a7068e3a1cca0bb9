"""Scoring: every document matching a whoosh query with its BM25F score, in one pass.

The postings of each term are walked on their own and combined, which is what whoosh's OR and
AND matchers compute, at a fraction of their cost; the total is the size of the result.
"""

from __future__ import annotations

from typing import Any

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
from whoosh.matching.wrappers import FilterMatcher, WrappingMatcher
from whoosh.query import And, Or, Phrase, Query, Term
from whoosh.scoring import BM25FScorer, WeightScorer
from whoosh.util.numeric import byte_to_length


def _flat_terms(query: Query) -> list[Term] | None:
    """The terms of a query that is a term or an OR of terms (at any depth), else None."""
    if isinstance(query, Term):
        return [query]
    if type(query) is Or:
        terms: list[Term] = []
        for sub in query.subqueries:
            found = _flat_terms(sub)
            if found is None:
                return None
            terms += found
        return terms
    return None


def _accumulated(
    searcher: Any, terms: list[Term], memo: dict[Any, Any] | None = None
) -> dict[int, float]:
    """Score by walking each term's postings on its own and summing, which is what an OR's
    matcher computes, at a fraction of the cost of stepping the OR for every document."""
    scores: dict[int, float] = {}
    get = scores.get
    memo = {} if memo is None else memo
    for leaf, offset in searcher.subsearchers or [(searcher, 0)]:
        context = leaf.context()
        for term in terms:
            matcher = term.matcher(leaf, context)
            if _add_blocks(leaf, term.fieldname, matcher, offset, scores, memo):
                continue
            is_active, next_, id_, score = (
                matcher.is_active,
                matcher.next,
                matcher.id,
                matcher.score,
            )
            while is_active():
                docnum = id_() + offset
                scores[docnum] = get(docnum, 0.0) + score()
                next_()
    return scores


# BM25F a block of postings at a time. whoosh scores each posting through four calls (the
# matcher, the scorer, the searcher and the length column, reading one byte from the file):
# with three language versions of every record, a common word has tens of thousands of
# postings and that was most of a query's time. The same sums are computed here from the
# block's arrays and each field's lengths read once per segment (identical floating-point
# operations, so identical scores; tests/search/test_search_scoring.py compares them).
_BYTE_LENGTH: list[int | None] = [byte_to_length(b) if b else None for b in range(256)]
_LENGTHS: dict[tuple[str, str, str], list[int | None]] = {}  # (folder, segment, field)


def _field_lengths(reader: Any, fieldname: str) -> list[int | None] | None:
    """Every document's length of a field in one segment, as ``doc_field_length`` gives it
    (None: no length; segments never change, so this is kept while the segment lives)."""
    key = (
        str(getattr(reader.storage(), "folder", id(reader.storage()))),
        reader.segment().segment_id(),
        fieldname,
    )
    found = _LENGTHS.get(key)
    if found is None:
        column = reader._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        if column is None:
            return None
        raw = column._dbfile.get(column._basepos, column._count) if column._count else b""
        found = [_BYTE_LENGTH[b] for b in raw]
        found += [None] * (reader.doc_count_all() - len(found))
        if len(_LENGTHS) > 256:
            _LENGTHS.clear()
        _LENGTHS[key] = found
    return found


#: One term's postings in one segment: documents (deleted ones left out), their scores
#: without the query's boost, and (when asked for) their encoded values.
Read = tuple[list[int], list[float], list[bytes] | None]


def _read(
    leaf: Any, fieldname: str, matcher: Any, memo: dict[Any, Any], values: bool = False
) -> Read | None:
    """A term's postings scored as whoosh's scorer does, a block at a time (kept in ``memo``
    for the rest of the query: the glossary's terms and phrases share words); None when the
    matcher is not one this knows."""
    deleted: frozenset[int] = frozenset()
    if type(matcher) is FilterMatcher and matcher._exclude and matcher.boost == 1.0:
        deleted, matcher = matcher._ids, matcher.child
    if type(matcher) is not W3LeafMatcher:
        return None
    key = ("postings", id(leaf), matcher._startoffset)  # where the term's postings start
    found: Read | None = memo.get(key)
    if found is not None and (found[2] is not None or not values):
        return found
    scorer = matcher.scorer
    lengths: list[Any] = []  # None (no length) fails in bm25 as it does in whoosh
    if type(scorer) is BM25FScorer:
        field_lengths = _field_lengths(leaf.reader(), fieldname)
        if field_lengths is None:
            return None
        lengths = field_lengths
        idf, avgfl, b, k1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
        k1_plus_1, one_minus_b = k1 + 1, 1 - b
    elif type(scorer) is WeightScorer:
        idf = avgfl = b = k1 = k1_plus_1 = one_minus_b = 0.0
    else:
        return None
    weighted = type(scorer) is WeightScorer
    docs: list[int] = []
    scores: list[float] = []
    encoded: list[bytes] | None = [] if values else None
    while matcher.is_active():
        if matcher._ids is None:
            matcher._read_ids()
        if matcher._weights is None:
            matcher._read_weights()
        start = matcher._i
        ids, weights = matcher._ids[start:], matcher._weights[start:]
        if encoded is not None:
            if matcher._values is None:
                matcher._read_values()
            block_values = matcher._values[start:]
        for i, (docnum, tf) in enumerate(zip(ids, weights, strict=True)):
            if deleted and docnum in deleted:
                continue
            docs.append(docnum)
            if weighted:
                scores.append(tf)
            else:  # whoosh.scoring.bm25, the same operations in the same order
                fl = lengths[docnum]
                scores.append(idf * ((tf * k1_plus_1) / (tf + k1 * (one_minus_b + b * fl / avgfl))))
            if encoded is not None:
                encoded.append(block_values[i])
        matcher._next_block()
    found = memo[key] = (docs, scores, encoded)
    return found


def _add_blocks(
    leaf: Any,
    fieldname: str,
    matcher: Any,
    offset: int,
    scores: dict[int, float],
    memo: dict[Any, Any],
) -> bool:
    """Add a term's BM25F scores (times its boost) to ``scores``; False (nothing done) when
    the matcher is not one this knows (then the caller steps it)."""
    boost = 1.0
    if type(matcher) is WrappingMatcher:
        boost, matcher = matcher.boost, matcher.child
    found = _read(leaf, fieldname, matcher, memo)
    if found is None:
        return False
    get = scores.get
    if boost == 1.0:
        for docnum, score in zip(found[0], found[1], strict=True):
            doc = docnum + offset
            scores[doc] = get(doc, 0.0) + score
    else:
        for docnum, score in zip(found[0], found[1], strict=True):
            doc = docnum + offset
            scores[doc] = get(doc, 0.0) + score * boost
    return True


def _term_postings(
    leaf: Any, fieldname: str, text: Any, memo: dict[Any, Any]
) -> dict[int, tuple[float, bytes]] | None:
    """One term's postings in one segment as whoosh's phrase matcher scores them: document
    -> (BM25F score without boost, encoded positions); None: a matcher this does not know."""
    matcher = Term(fieldname, text).matcher(leaf, leaf.context())
    found = _read(leaf, fieldname, matcher, memo, values=True)
    if found is None:
        return None
    docs, scores, values = found
    if values is None:
        return None
    return {d: (s, v) for d, s, v in zip(docs, scores, values, strict=True)}


#: The encoded positions of a phrase's words in a document -> whether they follow each other.
_ADJACENT: dict[type, dict[tuple[bytes, ...], bool]] = {}


def _tree_sum(parts: list[float]) -> float:
    """The sum whoosh's binary tree of intersection matchers computes (a + (b + c) ...)."""
    if len(parts) == 1:
        return parts[0]
    half = len(parts) // 2
    return _tree_sum(parts[:half]) + _tree_sum(parts[half:])


def _phrase_scores(searcher: Any, query: Phrase, memo: dict[Any, Any]) -> dict[int, float] | None:
    """A phrase's documents and scores as whoosh's ``SpanNear2`` matcher gives them (the
    words at consecutive positions; the score the sum of the words' BM25F, times the boost),
    from each word's postings read a block at a time; None when this cannot say. ``memo``
    keeps phrases and postings for the rest of one query (the glossary's terms of several
    typed words often share phrases and words)."""
    key = ("phrase", query.fieldname, tuple(query.words))
    if key not in memo:
        memo[key] = _unboosted_phrase(searcher, query, memo)
    found: dict[int, float] | None = memo[key]
    if found is None or query.boost == 1.0:
        return None if found is None else dict(found)
    return {docnum: score * query.boost for docnum, score in found.items()}


def _unboosted_phrase(
    searcher: Any, query: Phrase, memo: dict[Any, Any]
) -> dict[int, float] | None:
    if query.slop != 1 or len(query.words) < 2:
        return None
    if query.fieldname not in searcher.schema:
        return None
    field = searcher.schema[query.fieldname]
    if not field.format or not field.format.supports("positions"):
        return None
    try:
        words = [field.to_bytes(w) for w in query.words]
    except ValueError:
        return {}
    decode = field.format.decode_positions
    adjacent = _ADJACENT.setdefault(type(field.format), {})
    if len(adjacent) > 50_000:
        adjacent.clear()

    def in_a_row(values: tuple[bytes, ...]) -> bool:
        """Whether the words (their encoded positions in one document) follow each other;
        a function of the encodings alone, and few distinct ones occur: kept."""
        found = adjacent.get(values)
        if found is None:
            at = [frozenset(decode(v)) for v in values]
            found = adjacent[values] = any(
                all(p + i in at[i] for i in range(1, len(at))) for p in at[0]
            )
        return found

    out: dict[int, float] = {}
    for leaf, offset in searcher.subsearchers or [(searcher, 0)]:
        reader = leaf.reader()
        if any((query.fieldname, w) not in reader for w in words):
            continue
        tables: list[dict[int, tuple[float, bytes]]] = []
        for word in words:
            table = _term_postings(leaf, query.fieldname, word, memo)
            if table is None:
                return None
            tables.append(table)
        for docnum in set(tables[0]).intersection(*tables[1:]):
            if not in_a_row(tuple(table[docnum][1] for table in tables)):
                continue  # the words are in the document, not one after the other
            out[docnum + offset] = _tree_sum([table[docnum][0] for table in tables])
    return out


def _postings(reader: Any, terms: list[Term]) -> int:
    return sum(reader.doc_frequency(t.fieldname, t.text) for t in terms)


def _and_scores(searcher: Any, groups: list[list[Term]], memo: dict[Any, Any]) -> dict[int, float]:
    """An AND of ORs of terms: the rarest group walked in full, then each other group only at
    the documents still in the running (skipping through long posting lists of common words
    instead of reading them)."""
    reader = searcher.reader()
    ordered = sorted(groups, key=lambda g: _postings(reader, g))
    scores = _accumulated(searcher, ordered[0], memo)
    for group in ordered[1:]:
        if not scores:
            break
        if _postings(reader, group) > 4 * len(scores):
            part = _accumulated_at(searcher, group, sorted(scores))
        else:
            part = _accumulated(searcher, group, memo)
        scores = {d: s + part[d] for d, s in scores.items() if d in part}
    return scores


def _accumulated_at(searcher: Any, terms: list[Term], wanted: list[int]) -> dict[int, float]:
    """Like ``_accumulated``, for the (sorted) documents ``wanted`` only."""
    scores: dict[int, float] = {}
    get = scores.get
    for leaf, offset in searcher.subsearchers or [(searcher, 0)]:
        end = offset + leaf.reader().doc_count_all()
        local = [d - offset for d in wanted if offset <= d < end]
        if not local:
            continue
        context = leaf.context()
        for term in terms:
            matcher = term.matcher(leaf, context)
            is_active, id_, skip_to = matcher.is_active, matcher.id, matcher.skip_to
            for docnum in local:
                if not is_active():
                    break
                if id_() < docnum:
                    skip_to(docnum)
                    if not is_active():
                        break
                if id_() == docnum:
                    scores[docnum + offset] = get(docnum + offset, 0.0) + matcher.score()
    return scores


def _scores(searcher: Any, query: Query, memo: dict[Any, Any] | None = None) -> dict[int, float]:
    """Each document matching ``query`` and its BM25F score, as whoosh's matchers would give.

    ORs and ANDs are combined from their parts' postings walked one by one (OR: scores add
    up over the union; AND: over the intersection), which costs a fraction of stepping a tree
    of matchers for every document; phrases and anything else go through whoosh's matcher.
    """
    memo = {} if memo is None else memo  # what one query has read (see ``_read``)
    terms = _flat_terms(query)
    if terms is not None:
        return _accumulated(searcher, terms, memo)
    if type(query) is Or and query.subqueries:
        total: dict[int, float] = {}
        get = total.get
        for part in (_scores(searcher, sub, memo) for sub in query.subqueries):
            for docnum, score in part.items():
                total[docnum] = get(docnum, 0.0) + score
        return total
    if type(query) is And and query.subqueries:
        groups = [_flat_terms(sub) for sub in query.subqueries]
        if all(g is not None for g in groups):
            return _and_scores(searcher, [g for g in groups if g is not None], memo)
        parts = sorted((_scores(searcher, sub, memo) for sub in query.subqueries), key=len)
        common = set(parts[0]).intersection(*parts[1:])
        return {d: sum(part[d] for part in parts) for d in common}
    if type(query) is Phrase:
        phrase = _phrase_scores(searcher, query, memo)
        if phrase is not None:
            return phrase
    scores: dict[int, float] = {}
    for leaf, offset in searcher.subsearchers or [(searcher, 0)]:
        matcher = query.matcher(leaf, leaf.context())
        while matcher.is_active():
            # Like whoosh's collectors: now and then swap in a simpler matcher (exhausted
            # branches drop out), then walk a stretch with bound methods.
            matcher = matcher.replace(0)
            is_active, next_, id_, score = (
                matcher.is_active,
                matcher.next,
                matcher.id,
                matcher.score,
            )
            for _ in range(64):
                if not is_active():
                    break
                scores[id_() + offset] = score()
                next_()
    return scores


def scored_docs(searcher: Any, query: Query) -> tuple[list[int], dict[int, float]]:
    """Every document matching ``query``, in order, and its BM25F score."""
    scores = _scores(searcher, query, {})
    return sorted(scores), scores
