"""The Whoosh index, derived from SQLite (never the source of truth); the only whoosh import.

Layout: ``index/ssc-index.json`` names the engine version, the catalogue, the last change sequence
applied and the current build folder (``index/b-<hex>/``). A rebuild writes a new build folder
and then replaces the JSON file (one atomic rename): readers never see half an index, and no
folder with open files is ever renamed (which Windows refuses). Whatever is missing, unreadable
or from another ``ENGINE_VERSION`` is rebuilt (in the background if asked); whatever is merely
behind catches up from the change sequence.

Fields. Text is folded (lower case, no accents) then stemmed in the record's language (en by
default; fr, es, pt with their Snowball stemmers), so "légumes" and "legumes" give one term.
``title``, ``lead`` (subtitle + summary), ``body`` (the long texts) and ``meta`` (countries,
organisations, keywords, themes, modalities) are scored with BM25F and query-time boosts; all
but ``meta`` keep positions for phrases. ``words`` is the same text folded but *unstemmed*:
spelling suggestions and prefix expansion read it (a stemmed field loses a third of typos, and
``spelling=True`` breaks fuzzy queries). ``prefix`` holds edge n-grams of titles and keywords
for as-you-type. The ``info`` column holds per-record facet values and sort keys.

Searching. Each thread gets its own searcher (whoosh readers are not thread-safe), reopened when
the index's generation changes. One pass gives every matching document with its score
(``_scores``: the postings of each term walked on their own and combined, which is what
whoosh's OR and AND matchers compute, at a fraction of their cost); the total is its size.
Facet values are read once per segment from the ``info`` column, cached, and concatenated per
generation into arrays of numbers (one table of distinct value tuples per build folder: arrays
cost the garbage collector nothing); facet counts and filters work on those (``groupedby`` is
far too slow).
Known whoosh 2.7.4 traps avoided: a fresh searcher after each commit; a batch collapsed to one
version per id; totals never taken from ``len(results)``; segments written as plain files, not
compound ones (opening a compound segment copies its term and posting files into memory:
400 MB and 0.1 s per searcher at 100,000 records).
"""

from __future__ import annotations

import heapq
import json
import logging
import pickle
import re
import shutil
import struct
import threading
import time
import uuid
import weakref
import zlib
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any, Protocol

from filelock import FileLock, Timeout
from whoosh import index as whoosh_index
from whoosh.analysis import STOP_WORDS, Token, Tokenizer
from whoosh.codec import whoosh3
from whoosh.columns import VarBytesColumn
from whoosh.fields import COLUMN, ID, TEXT, Schema
from whoosh.lang import stemmer_for_language
from whoosh.lang.stopwords import stoplists
from whoosh.query import And, Or, Phrase, Query, Term

from ssc_desktop.domain import vocab
from ssc_desktop.domain.model import Solution
from ssc_desktop.search import syntax
from ssc_desktop.search.results import AppliedFilter, Hit, SearchResult, Segments
from ssc_desktop.search.vocabulary import (
    COLUMNS,
    FACETS,
    FILTER_COLUMN,
    Resolved,
    Resolver,
    fold,
    key,
    record_columns,
    synonym_groups,
)

__all__ = ["ENGINE_VERSION", "SORTS", "ChangeSource", "Hit", "SearchIndex", "SearchResult"]

log = logging.getLogger(__name__)

#: Bump when the schema, the analysis or the ``info`` column change: older indexes are rebuilt.
ENGINE_VERSION = 4
META_FILE = "ssc-index.json"
INDEX_NAME = "solutions"
SORTS = ("relevance", "newest", "title")
#: Query-time field boosts (BM25F per field, summed).
BOOSTS = {"title": 4.0, "lead": 2.0, "meta": 1.5, "body": 1.0}
TEXT_FIELDS = tuple(BOOSTS)
PHRASE_FIELDS = ("title", "lead", "body")  # fields with positions
# Synonyms of what was typed are looked for in titles, summaries and keywords only: phrase
# matching in the long texts costs more than it finds.
SYNONYM_FIELDS = ("title", "lead", "meta")
_SYNONYM = "\x00synonym"
PREFIX_BOOST = 2.0
EDGE_MAX = 12  # longest edge n-gram; longer prefixes are cut to it
EXPAND_FROM = 3  # completions beyond titles and keywords only from this many letters
EXPANSIONS = 4  # at most this many completions of the last word are searched beyond titles
EXPANSION_FIELDS = ("lead", "meta")  # where they are searched (titles have the n-grams)
SNIPPET_CHARS = 220
SMALL_BATCH = 50  # commits of at most this many records do not merge segments
MAX_SEGMENTS = 8  # beyond this many segments, merge them in the background
_STEMMED_LANGUAGES = ("en", "fr", "es", "pt")
_MARK = "\x1d"  # "\x1dfr\x1d..." tells the analyzer the record's language (never in record text)
_SEP, _SUB = "\x1f", "\x1e"
_WORD = re.compile(r"\w+")
_KEEP = {"ai", "eu", "ue", "era", "son", "sin", "us"}


def _cached_column_reader(self: Any, fieldname: str, column: Any) -> Any:
    """``W3PerDocReader._cached_reader`` that also remembers a *missing* column.

    Whoosh 2.7.4 caches only the columns it finds, so a field without length columns (our
    unscored ``words`` and ``prefix``) costs one ``stat`` of the disk for every posting written
    or merged: 1.25 million calls, a third of building 10,000 records. A segment's columns never
    change once written, so the answer can be kept.
    """
    readers = self._readers
    if fieldname not in readers:
        readers[fieldname] = (
            self.column_reader(fieldname, column) if self.has_column(fieldname) else None
        )
    return readers[fieldname]


whoosh3.W3PerDocReader._cached_reader = _cached_column_reader


class ChangeSource(Protocol):
    """What the index needs of the catalogue store."""

    def catalogue_id(self) -> str: ...
    def last_change_seq(self) -> int: ...
    def changes_since(self, change_seq: int, *, limit: int = 1000) -> list[Any]: ...
    def iter_all(self, *, include_deleted: bool = False, batch: int = 1000) -> Any: ...


# -- analysis -------------------------------------------------------------------------------------
def _stops(language: str) -> frozenset[str]:
    words = set(STOP_WORDS) - {"us", "may", "can"} if language == "en" else set()
    if language in stoplists:
        words |= set(stoplists[language])
    return frozenset(fold(w) for w in words) - _KEEP


STOPS = {language: _stops(language) for language in _STEMMED_LANGUAGES}
_STEMMERS: dict[str, Callable[[str], str]] = {
    language: stemmer_for_language(language) for language in _STEMMED_LANGUAGES
}
_STEM_CACHE: dict[str, dict[str, str]] = {language: {} for language in _STEMMED_LANGUAGES}


def _language(code: str) -> str:
    return code if code in _STEMMERS else "en"


def stem(word: str, language: str) -> str:
    """The index term of a folded word in a language (cached: stemmers are slow Python)."""
    cache = _STEM_CACHE[language]
    found = cache.get(word)
    if found is None:
        if len(cache) > 400_000:
            cache.clear()
        found = word if word.isdigit() else _STEMMERS[language](word)
        cache[word] = found
    return found


def _folded_words(text: str) -> Iterator[tuple[str, int, int]]:
    for match in _WORD.finditer(text):
        word = fold(match.group())
        if 1 < len(word) <= 40 or word.isdigit():
            yield word, match.start(), match.end()


def stems(text: str, language: str) -> list[str]:
    stops = STOPS[language]
    return [stem(w, language) for w, _, _ in _folded_words(text) if w not in stops]


_ALL_STOPS = frozenset().union(*STOPS.values())


def _spelling_words(text: str) -> list[str]:
    """Distinct words worth suggesting: three letters or more, not stop words."""
    return list(
        dict.fromkeys(w for w, _, _ in _folded_words(text) if len(w) > 2 and w not in _ALL_STOPS)
    )


def _edges(text: str) -> list[str]:
    grams: dict[str, None] = {}
    for word, _, _ in _folded_words(text):
        for size in range(1, min(len(word), EDGE_MAX) + 1):
            grams[word[:size]] = None
    return list(grams)


class SscAnalyzer(Tokenizer):
    """One pass from text to terms: ``stem`` (language-aware), ``word`` (unstemmed), ``edge``."""

    def __init__(self, kind: str = "stem") -> None:
        self.kind = kind

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.kind == self.kind  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self.kind)

    def __call__(  # type: ignore[override]
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        language = "en"
        if value.startswith(_MARK):
            language, _, value = value[1:].partition(_MARK)
            language = _language(language)
        if self.kind == "stem":
            terms = stems(value, language)
        elif self.kind == "edge":
            terms = _edges(value)
        else:
            terms = _spelling_words(value)
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for position, term in enumerate(terms):
            token.text = term
            token.boost = 1.0
            token.stopped = False
            if positions:
                token.pos = start_pos + position
            if chars:
                token.startchar = token.endchar = start_char
            yield token


def make_schema() -> Schema:
    stemmed, words, edges = SscAnalyzer("stem"), SscAnalyzer("word"), SscAnalyzer("edge")
    schema = Schema(
        id=ID(stored=True, unique=True),
        title=TEXT(analyzer=stemmed, stored=True),
        lead=TEXT(analyzer=stemmed, stored=True),
        body=TEXT(analyzer=stemmed, stored=True),
        meta=TEXT(analyzer=stemmed, phrase=False),
        words=TEXT(analyzer=words, phrase=False),
        prefix=TEXT(analyzer=edges, phrase=False),
        info=COLUMN(VarBytesColumn()),
    )
    # No length columns for these: scored by term weight alone, and much cheaper to write.
    schema["words"].scorable = False
    schema["prefix"].scorable = False
    return schema


def _meta_text(solution: Solution) -> str:
    """Countries, organisations, keywords, themes and modalities as words (in English and in
    the record's language: these are for matching, not display)."""
    languages = dict.fromkeys(("en", solution.language))
    countries = vocab.countries()
    parts: list[str] = []
    for code in solution.country_codes:
        parts.append(code)
        country = countries.get(code)
        if country:
            parts.extend(dict.fromkeys(country.names.get(lang, "") for lang in languages))
    for org in solution.organisations:
        parts.extend([org.name, org.acronym])
    parts.extend([*solution.keywords, *solution.themes])
    terms = vocab.terms()
    for code in solution.modalities:
        term = terms["modalities"].get(code)
        if term:
            parts.extend(term.label.get(lang, "") for lang in languages)
    if solution.cooperation_type:
        term = terms["cooperation_types"].get(solution.cooperation_type)
        if term:
            parts.extend(term.label.get(lang, "") for lang in languages)
    return " \n ".join(p for p in parts if p)


def _info(solution: Solution) -> bytes:
    columns = record_columns(solution)
    year = solution.start_year or solution.end_year or 0
    head = [
        solution.id,
        _language(solution.language),
        str(year),
        solution.updated_at.strftime("%Y%m%d%H%M%S"),
        key(solution.title)[:80],
    ]
    body = [_SUB.join(columns[name]) for name in COLUMNS]
    return _SEP.join(head + body).encode("utf-8")


def document_for(solution: Solution) -> dict[str, Any]:
    """The fields Whoosh indexes for one solution."""
    mark = f"{_MARK}{_language(solution.language)}{_MARK}"
    lead = "\n".join(t for t in (solution.subtitle, solution.summary) if t)
    body = "\n\n".join(
        t
        for t in (
            solution.challenge,
            solution.solution,
            solution.results,
            solution.sustainability,
            solution.funding_mechanism,
        )
        if t
    )
    meta = _meta_text(solution)
    return {
        "id": solution.id,
        "title": mark + solution.title,
        "_stored_title": solution.title,
        "lead": mark + lead,
        "_stored_lead": lead,
        "body": mark + body,
        "_stored_body": body,
        "meta": mark + meta,
        "words": "\n".join((solution.title, lead, body, meta)),
        "prefix": "\n".join([solution.title, *solution.keywords, *solution.themes]),
        "info": _info(solution),
    }


# -- per-generation tables ------------------------------------------------------------------------
class _Interned:
    """Distinct facet value tuples of one build folder, numbered.

    The per-document tables hold these numbers in arrays. Arrays are not watched by Python's
    garbage collector; lists or tuples of 100,000 entries were, and every new index
    generation (each edit) made new ones for it to walk: 30-70 ms pauses at 100,000 records,
    landing on whatever ran then (an index update, a keystroke).
    """

    def __init__(self) -> None:
        self.values: list[tuple[str, ...]] = []
        self._numbers: dict[tuple[str, ...], int] = {}

    def number(self, value: tuple[str, ...]) -> int:
        number = self._numbers.get(value)
        if number is None:
            number = self._numbers[value] = len(self.values)
            self.values.append(value)
        return number


@dataclass
class _SegmentTable:
    """What the ``info`` column says about each document of one segment (deleted ones too)."""

    interned: _Interned
    ids: tuple[str, ...]
    newest: tuple[str, ...]
    titles: tuple[str, ...]
    years: array[int]
    languages: array[int]  # numbers of 1-tuples in ``interned``
    columns: dict[str, array[int]]  # numbers of value tuples in ``interned``


def _read_segment(reader: Any, interned: _Interned) -> _SegmentTable:
    ids: list[str] = []
    newest: list[str] = []
    titles: list[str] = []
    years = array("H")
    languages = array("I")
    columns = {name: array("I") for name in COLUMNS}
    targets = [columns[name] for name in COLUMNS]
    number = interned.number
    for raw in reader.column_reader("info", translate=False):
        parts = raw.decode("utf-8").split(_SEP) if raw else []
        if len(parts) != 5 + len(COLUMNS):
            parts = ["", "en", "0", "", "", *([""] * len(COLUMNS))]
        ids.append(parts[0])
        languages.append(number((parts[1],)))
        year = int(parts[2] or 0)
        years.append(year if 0 < year < 65536 else 0)
        newest.append(f"{parts[2]:>04}{parts[3]}")
        titles.append(parts[4])
        for target, value in zip(targets, parts[5:], strict=True):
            target.append(number(tuple(value.split(_SUB)) if value else ()))
    return _SegmentTable(
        interned, tuple(ids), tuple(newest), tuple(titles), years, languages, columns
    )


class _View:
    """The per-document tables of one index generation, shared by every thread's searcher.

    Document numbers are the searcher's (segments one after another); integer columns are
    concatenated arrays, strings stay in their segment's table and are found by bisection.
    """

    def __init__(self, tables: list[tuple[_SegmentTable, set[int]]], interned: _Interned) -> None:
        self._tables = [table for table, _ in tables]
        self.values = interned.values
        starts = array("I")
        years = array("H")
        languages = array("I")
        columns = {name: array("I") for name in COLUMNS}
        live = array("I")
        offset = 0
        for table, deleted in tables:
            starts.append(offset)
            years += table.years
            languages += table.languages
            for name in COLUMNS:
                columns[name] += table.columns[name]
            size = len(table.ids)
            if deleted:
                live.extend(offset + n for n in range(size) if n not in deleted)
            else:
                live.extend(range(offset, offset + size))
            offset += size
        self.size = offset
        self._starts = starts
        self.years, self._languages, self.columns, self.live = years, languages, columns, live
        present = {self.values[n][0] for n in set(languages)}
        self.present_languages = tuple(lang for lang in _STEMMED_LANGUAGES if lang in present) or (
            "en",
        )
        self.org_tokens = frozenset(
            chain.from_iterable(self.values[n] for n in set(columns["org_tokens"]))
        )
        self._ranks: dict[str, array[int]] = {}
        self._totals: dict[str, Counter[str]] = {}
        self._lock = threading.Lock()

    def _locate(self, docnum: int) -> tuple[_SegmentTable, int]:
        index = bisect_right(self._starts, docnum) - 1
        return self._tables[index], docnum - self._starts[index]

    def id(self, docnum: int) -> str:
        table, local = self._locate(docnum)
        return table.ids[local]

    def language(self, docnum: int) -> str:
        return self.values[self._languages[docnum]][0]

    def count(self, name: str, docs: Sequence[int]) -> Counter[str]:
        """Facet value counts over ``docs``; those of the whole catalogue (the window's
        opening view) are kept."""
        if docs is self.live:
            with self._lock:
                cached = self._totals.get(name)
            if cached is not None:
                return cached
        values = self.values
        counts: Counter[str] = Counter()
        for number, times in Counter(map(self.columns[name].__getitem__, docs)).items():
            for value in values[number]:
                counts[value] += times
        if docs is self.live:
            with self._lock:
                self._totals[name] = counts
        return counts

    def having(
        self, name: str, tokens: frozenset[str], docs: Sequence[int], *, negated: bool = False
    ) -> list[int]:
        """The documents of ``docs`` whose ``name`` column holds any of ``tokens`` (none of them
        when ``negated``)."""
        column, values = self.columns[name], self.values
        wanted = {n for n in set(map(column.__getitem__, docs)) if not tokens.isdisjoint(values[n])}
        if negated:
            return [d for d in docs if column[d] not in wanted]
        return [d for d in docs if column[d] in wanted]

    def rank(self, sort: str) -> array[int]:
        """Position of each document in ``sort`` order ("newest" or "title"), made on first use."""
        with self._lock:
            ranks = self._ranks.get(sort)
            if ranks is None:
                if sort == "newest":
                    keys = list(chain.from_iterable(t.newest for t in self._tables))
                    order = sorted(range(self.size), key=keys.__getitem__, reverse=True)
                else:
                    keys = list(chain.from_iterable(t.titles for t in self._tables))
                    order = sorted(range(self.size), key=keys.__getitem__)
                ranks = array("I", [0]) * self.size
                for position, docnum in enumerate(order):
                    ranks[docnum] = position
                self._ranks[sort] = ranks
            return ranks


# -- query plans ----------------------------------------------------------------------------------
_NOTHING = Term("id", "\x00none")  # a word the index lacks: matches no document


@dataclass
class _Plan:
    """A parsed query turned into whoosh queries and what highlighting needs."""

    positive: Query | None
    groups: list[Query]
    excluded: Query | None
    stems: set[str]
    prefix: str
    words: list[tuple[str, str]]  # (as typed, folded) plain words, for "did you mean"
    scores: dict[int, float] = field(default_factory=dict)


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


def _accumulated(searcher: Any, terms: list[Term]) -> dict[int, float]:
    """Score by walking each term's postings on its own and summing, which is what an OR's
    matcher computes, at a fraction of the cost of stepping the OR for every document."""
    scores: dict[int, float] = {}
    get = scores.get
    for leaf, offset in searcher.subsearchers or [(searcher, 0)]:
        context = leaf.context()
        for term in terms:
            matcher = term.matcher(leaf, context)
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


def _postings(reader: Any, terms: list[Term]) -> int:
    return sum(reader.doc_frequency(t.fieldname, t.text) for t in terms)


def _and_scores(searcher: Any, groups: list[list[Term]]) -> dict[int, float]:
    """An AND of ORs of terms: the rarest group walked in full, then each other group only at
    the documents still in the running (skipping through long posting lists of common words
    instead of reading them)."""
    reader = searcher.reader()
    ordered = sorted(groups, key=lambda g: _postings(reader, g))
    scores = _accumulated(searcher, ordered[0])
    for group in ordered[1:]:
        if not scores:
            break
        if _postings(reader, group) > 4 * len(scores):
            part = _accumulated_at(searcher, group, sorted(scores))
        else:
            part = _accumulated(searcher, group)
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


def _scores(searcher: Any, query: Query) -> dict[int, float]:
    """Each document matching ``query`` and its BM25F score, as whoosh's matchers would give.

    ORs and ANDs are combined from their parts' postings walked one by one (OR: scores add
    up over the union; AND: over the intersection), which costs a fraction of stepping a tree
    of matchers for every document; phrases and anything else go through whoosh's matcher.
    """
    terms = _flat_terms(query)
    if terms is not None:
        return _accumulated(searcher, terms)
    if type(query) is Or and query.subqueries:
        total: dict[int, float] = {}
        get = total.get
        for part in (_scores(searcher, sub) for sub in query.subqueries):
            for docnum, score in part.items():
                total[docnum] = get(docnum, 0.0) + score
        return total
    if type(query) is And and query.subqueries:
        groups = [_flat_terms(sub) for sub in query.subqueries]
        if all(g is not None for g in groups):
            return _and_scores(searcher, [g for g in groups if g is not None])
        parts = sorted((_scores(searcher, sub) for sub in query.subqueries), key=len)
        common = set(parts[0]).intersection(*parts[1:])
        return {d: sum(part[d] for part in parts) for d in common}
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


def _scored_docs(searcher: Any, query: Query) -> tuple[list[int], dict[int, float]]:
    """Every document matching ``query``, in order, and its BM25F score."""
    scores = _scores(searcher, query)
    return sorted(scores), scores


class _Planner:
    def __init__(self, searcher: Any, view: _View, as_you_type: bool) -> None:
        self.searcher = searcher
        self.reader = searcher.reader()
        self.languages = view.present_languages
        self.as_you_type = as_you_type
        self.stems: set[str] = set()
        self.prefix = ""
        self.words: list[tuple[str, str]] = []

    def variants(self, word: str) -> list[str]:
        """The terms one folded word may be indexed as (one per language present)."""
        if any(word in STOPS[lang] for lang in self.languages):
            return []
        found = list(dict.fromkeys(stem(word, lang) for lang in self.languages))
        self.stems.update(found)
        return found

    def word_query(self, word: str, fields: tuple[str, ...] = TEXT_FIELDS) -> Query | None:
        terms = self.variants(word)
        if not terms:
            return None
        # Only the (field, term) pairs the index has: fewer matchers to walk for every document.
        frequency = self.reader.doc_frequency
        present = [Term(f, t, boost=BOOSTS[f]) for f in fields for t in terms if frequency(f, t)]
        if not present:
            return _NOTHING
        return present[0] if len(present) == 1 else Or(present)

    def phrase_query(self, words: list[str], fields: tuple[str, ...] = TEXT_FIELDS) -> Query | None:
        if len(words) == 1:
            return self.word_query(words[0], fields)
        alternatives: list[Query] = []
        seen: set[tuple[str, ...]] = set()
        for lang in self.languages:
            terms = tuple(stem(w, lang) for w in words if w not in STOPS[lang])
            if not terms or terms in seen:
                continue
            seen.add(terms)
            self.stems.update(terms)
            for f in fields:
                if len(terms) == 1:
                    alternatives.append(Term(f, terms[0], boost=BOOSTS[f]))
                elif f in PHRASE_FIELDS:
                    alternatives.append(Phrase(f, list(terms), boost=BOOSTS[f]))
                else:  # no positions kept: all the words in the field
                    alternatives.append(And([Term(f, t, boost=BOOSTS[f]) for t in terms]))
        return Or(alternatives) if alternatives else None

    def prefix_query(self, word: str) -> list[Query]:
        """Completions of the word being typed: the title and keyword n-grams, and (from three
        letters) the few commonest completions, looked for in summaries and keywords."""
        self.prefix = word
        queries: list[Query] = []
        fields = EXPANSION_FIELDS
        if len(word) <= EDGE_MAX:
            queries.append(Term("prefix", word, boost=PREFIX_BOOST))
        else:  # longer than the n-grams: true completions only, titles included
            fields = ("title", *EXPANSION_FIELDS)
        if len(word) >= EXPAND_FROM:
            completions = heapq.nlargest(
                EXPANSIONS + 1,
                (
                    (info.doc_frequency(), term)
                    for term, info in self.reader.iter_prefix("words", word)
                ),
            )
            for _, term in completions:
                text = term.decode("utf-8") if isinstance(term, bytes) else term
                if text != word:
                    query = self.word_query(text, fields)
                    if query is not None:
                        queries.append(query)
        return queries

    def clause_query(self, clause: syntax.Clause) -> Query | None:
        fields = {"title": ("title",), _SYNONYM: SYNONYM_FIELDS}.get(
            clause.field or "", TEXT_FIELDS
        )
        words = [w for w, _, _ in _folded_words(clause.text)]
        if not words:
            return None
        if clause.phrase or len(words) > 1:
            return self.phrase_query(words, fields)
        word = words[0]
        self.words.append((clause.text, word))
        query = self.word_query(word, fields)
        if clause.last and self.as_you_type and clause.field is None and not word.isdigit():
            alternatives = ([query] if query is not None else []) + self.prefix_query(word)
            return Or(alternatives)
        return query

    def plan(self, parsed: syntax.ParsedQuery) -> _Plan:
        groups: list[Query] = []
        typed = parsed.groups
        last = typed[-1][0] if typed and len(typed[-1]) == 1 else None
        if (
            self.as_you_type
            and len(typed) > 1
            and last is not None
            and last.last
            and len(fold(last.text)) == 1
        ):
            # One letter of a new word narrows nothing yet (it starts half the catalogue's
            # words) and costs a long posting list: wait for the second letter.
            typed = typed[:-1]
        for group in _with_synonyms(typed):
            queries = [q for q in (self._group_member(c) for c in group) if q is not None]
            if queries:
                groups.append(queries[0] if len(queries) == 1 else Or(queries))
        excluded_parts: list[Query] = []
        for clause in parsed.excluded:
            saved = set(self.stems), list(self.words)
            query = self.clause_query(
                syntax.Clause(clause.text, clause.phrase, False, clause.field)
            )
            self.stems, self.words = saved
            if query is not None:
                excluded_parts.append(query)
        positive = groups[0] if len(groups) == 1 else (And(groups) if groups else None)
        excluded = Or(excluded_parts) if excluded_parts else None
        return _Plan(positive, groups, excluded, self.stems, self.prefix, self.words)

    def _group_member(self, member: syntax.Clause | tuple[syntax.Clause, ...]) -> Query | None:
        if isinstance(member, syntax.Clause):
            return self.clause_query(member)
        parts = [q for q in (self.clause_query(c) for c in member) if q is not None]
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else And(parts)


def _synonym_table() -> dict[tuple[str, ...], list[tuple[str, ...]]]:
    table: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for group in synonym_groups():
        members = [tuple(w for w, _, _ in _folded_words(m)) for m in group]
        members = [m for m in members if m]
        for member in members:
            table.setdefault(member, []).extend(m for m in members if m != member)
    return table


_SYNONYMS: dict[tuple[str, ...], list[tuple[str, ...]]] | None = None
_SYNONYM_LOCK = threading.Lock()


def _synonyms() -> dict[tuple[str, ...], list[tuple[str, ...]]]:
    global _SYNONYMS
    with _SYNONYM_LOCK:
        if _SYNONYMS is None:
            try:
                _SYNONYMS = _synonym_table()
            except (OSError, ValueError, AttributeError, TypeError):
                log.warning("resources/search/synonyms.json is unreadable; no synonyms")
                _SYNONYMS = {}
        return _SYNONYMS


def _with_synonyms(
    groups: list[list[syntax.Clause]],
) -> list[list[syntax.Clause | tuple[syntax.Clause, ...]]]:
    """Runs of words (or a quoted phrase) that are a synonym member also match the others."""
    table = _synonyms()
    longest = max((len(k) for k in table), default=0)
    out: list[list[syntax.Clause | tuple[syntax.Clause, ...]]] = []
    i = 0
    while i < len(groups):
        matched = False
        for size in range(min(longest, len(groups) - i), 0, -1):
            run = groups[i : i + size]
            if any(len(g) != 1 or g[0].field for g in run):
                continue
            if size > 1 and any(g[0].phrase for g in run):
                continue
            words = tuple(w for g in run for w, _, _ in _folded_words(g[0].text))
            alternatives = table.get(words)
            if not alternatives:
                continue
            original: syntax.Clause | tuple[syntax.Clause, ...] = (
                run[0][0] if size == 1 else tuple(g[0] for g in run)
            )
            member_list: list[syntax.Clause | tuple[syntax.Clause, ...]] = [original]
            member_list += [
                syntax.Clause(" ".join(alt), phrase=True, field=_SYNONYM) for alt in alternatives
            ]
            out.append(member_list)
            i += size
            matched = True
            break
        if not matched:
            out.append(list(groups[i]))
            i += 1
    return out


# -- snippets -------------------------------------------------------------------------------------
def _marked(text: str, language: str, plan: _Plan) -> list[tuple[int, int]]:
    """Character spans of ``text`` that match the query."""
    spans: list[tuple[int, int]] = []
    stops = STOPS[language]
    for word, start, end in _folded_words(text):
        if (word not in stops and stem(word, language) in plan.stems) or (
            plan.prefix and word.startswith(plan.prefix)
        ):
            spans.append((start, end))
    return spans


def _segments(text: str, spans: list[tuple[int, int]], start: int, end: int) -> Segments:
    out: Segments = []
    position = start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        if s > position:
            out.append((text[position:s], False))
        out.append((text[s:e], True))
        position = e
    if position < end:
        out.append((text[position:end], False))
    return out


def snippet(texts: Iterable[str], language: str, plan: _Plan) -> Segments:
    """The window of about SNIPPET_CHARS that shows the most distinct matched words."""
    first = ""
    for text in texts:
        if not text:
            continue
        first = first or text
        spans = _marked(text, language, plan)
        if not spans:
            continue
        best, best_score = 0, -1
        for index, (s, _) in enumerate(spans):
            window = {text[a:b].casefold() for a, b in spans[index:] if b <= s + SNIPPET_CHARS - 40}
            if len(window) > best_score:
                best, best_score = index, len(window)
        anchor = spans[best][0]
        start = max(0, anchor - 40)
        if start:
            space = text.rfind(" ", 0, start + 1)
            start = space + 1 if space >= 0 and anchor - space < 60 else start
        end = min(len(text), start + SNIPPET_CHARS)
        if end < len(text):
            space = text.rfind(" ", start, end)
            end = space if space > start + SNIPPET_CHARS // 2 else end
        segments = _segments(text, spans, start, end)
        if start > 0:
            segments.insert(0, ("…", False))
        if end < len(text):
            segments.append(("…", False))
        return segments
    if not first:
        return []
    end = min(len(first), SNIPPET_CHARS)
    if end < len(first):
        space = first.rfind(" ", 0, end)
        end = space if space > SNIPPET_CHARS // 2 else end
        return [(first[:end], False), ("…", False)]
    return [(first, False)]


# -- spelling -------------------------------------------------------------------------------------
def _osa(a: str, b: str) -> int:
    """Optimal string alignment distance: a transposition of neighbours counts as one edit."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[len(b)]


def _best_correction(
    reader: Any, word: str, maxdist: int, prefix: int
) -> tuple[int, int, str] | None:
    best: tuple[int, int, str] | None = None
    candidates: set[Any] = set()
    # whoosh measures Levenshtein distance, where a swap of neighbours costs two edits: look two
    # edits away, then keep what is within ``maxdist`` counting a swap as one (OSA).
    for leaf, _offset in reader.leaf_readers():  # MultiReader's terms_within is very slow
        candidates.update(leaf.terms_within("words", word, max(2, maxdist), prefix=prefix))
    for candidate in candidates:
        text = candidate.decode("utf-8") if isinstance(candidate, bytes) else candidate
        if text == word or len(text) < 2:
            continue
        distance = _osa(word, text)
        if distance <= maxdist:
            rank = (distance, -reader.doc_frequency("words", text), text)
            best = rank if best is None else min(best, rank)
    return best


def correct_word(reader: Any, word: str) -> str | None:
    """The best correction of a folded word from the unstemmed ``words`` field, if any:
    fewest edits (a swap of neighbours is one), then the most frequent word."""
    if len(word) < 3 or not word.isalpha():
        return None
    maxdist = 1 if len(word) <= 5 else 2  # as Elasticsearch's AUTO fuzziness: "water" is
    # never "corrected" to "wider"
    # Most typos keep the first letter, and walking the word list from a fixed first letter is
    # many times faster: the whole list is walked only when that finds no one-edit correction.
    best = _best_correction(reader, word, maxdist, prefix=1)
    if best is None or best[0] > 1:
        anywhere = _best_correction(reader, word, maxdist, prefix=0)
        best = anywhere if best is None or (anywhere and anywhere < best) else best
    return best[2] if best else None


# -- the index ------------------------------------------------------------------------------------
@dataclass
class _Constraint:
    name: str
    column: str
    tokens: frozenset[str]
    negated: bool = False


class _Local(threading.local):
    searcher: Any = None
    key: tuple[int, int] | None = None


class IndexUnavailable(Exception):
    """There is no usable index yet (it is being built, or has to be)."""


# -- index files: locks across processes, damage, leftovers ---------------------------------------
# Several processes may use one data folder at once (the window, a sync, an import). Each build
# folder ``b-<id>`` has a lock file ``b-<id>.lock``, held by the process that builds it or writes
# to it. A folder is deleted only by a process holding its lock, and only when it is not the
# current one (read again under the lock): a folder another process is building or writing to is
# never deleted under it; an abandoned one (a killed process) is.
_LOCK_SUFFIX = ".lock"
_FOLDER_LOCK_TIMEOUT = 60.0


def _folder_lock(folder: Path) -> FileLock:
    """The lock of one build folder, shared by every thread of this process (re-entrant)."""
    return FileLock(
        str(folder) + _LOCK_SUFFIX, timeout=_FOLDER_LOCK_TIMEOUT, mode=0o600,
        thread_local=False, is_singleton=True,
    )  # fmt: skip


def _remove_if_unused(folder: Path, is_current: Callable[[str], bool]) -> bool:
    """Delete a build folder (and its lock file) if no process holds its lock and it is not
    the current folder; True when it is gone."""
    lock = _folder_lock(folder)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        return False
    try:
        if is_current(folder.name):
            return False
        shutil.rmtree(folder, ignore_errors=True)
        gone = not folder.exists()
    finally:
        lock.release()
    if gone:
        Path(lock.lock_file).unlink(missing_ok=True)
    return gone


def _is_index_read_error(exc: BaseException) -> bool:
    """Whether a failure while searching comes from the index's files (damaged, cut short,
    gone), which a rebuild repairs, rather than from the query."""
    if isinstance(exc, OSError | EOFError | struct.error | zlib.error | pickle.UnpicklingError):
        return True
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    return tb is not None and "whoosh" in Path(tb.tb_frame.f_code.co_filename).parts


def _abandon(writer: Any) -> None:
    """Cancel a failed writer. When cancelling fails too (a full disk fails the closing of its
    files), still give back the index's write lock and remove the writer's temporary files."""
    try:
        writer.cancel()
        return
    except Exception:
        log.debug("cancelling the index writer failed", exc_info=True)
    try:
        writer._tempstorage.destroy()
    except Exception:
        log.debug("removing a failed index writer's temporary files failed", exc_info=True)
    try:
        if writer.writelock:
            writer.writelock.release()
    except Exception:
        log.debug("releasing a failed index writer's lock failed", exc_info=True)
    writer.is_closed = True


def _clean_unused_files(ix: Any) -> None:
    """Delete segment files that no generation of the index refers to: what a write that failed
    half-way (a full disk, a killed process) left. Skipped while a writer is at work."""
    lock = ix.lock("WRITELOCK")
    if not lock.acquire(False):
        return
    try:
        toc = ix._read_toc()
        whoosh_index.clean_files(ix.storage, ix.indexname, toc.generation, toc.segments)
    except Exception:
        log.debug("cleaning unused index files failed", exc_info=True)
    finally:
        lock.release()


class SearchIndex:
    """The full-text index of one catalogue, kept in one folder.

    Thread-safe: any number of threads may search while one writer updates. ``rebuild`` and
    ``catch_up`` serialise on the writer lock; a rebuild builds its new folder without holding
    it, so searches (and edits, caught up into the old index) go on while it runs.
    """

    def __init__(self, index_dir: Path) -> None:
        self.index_dir = Path(index_dir)
        self._write_lock = threading.RLock()
        self._rebuild_lock = threading.Lock()
        self._state_lock = threading.RLock()
        self._ix: Any = None
        self._current: str | None = None
        self._epoch = 0
        self._damaged = False
        self._local = _Local()
        # Every thread's searcher, weakly: a pool thread that ends takes its searcher with it.
        self._searchers: weakref.WeakSet[Any] = weakref.WeakSet()
        self._views: dict[tuple[int, int], _View] = {}
        self._segments: dict[str, _SegmentTable] = {}
        self._interned = _Interned()  # of the current build folder (see _set_index)
        self._building: str | None = None
        self._rebuild_thread: threading.Thread | None = None
        self._progress: tuple[int, int] = (0, 0)
        self._last_error: str = ""
        self._merging: threading.Thread | None = None
        # The catalogue this index serves, once ensure_current has been told: an index built
        # from another catalogue (a restored or replaced file) is never searched.
        self._catalogue_id: str = ""

    # -- meta ---------------------------------------------------------------------------------
    def _meta(self) -> dict[str, Any] | None:
        try:
            meta = json.loads((self.index_dir / META_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return meta if isinstance(meta, dict) else None

    def _write_meta(self, current: str, catalogue_id: str, last_seq: int) -> None:
        self.index_dir.mkdir(parents=True, exist_ok=True)
        tmp = self.index_dir / f"{META_FILE}.{uuid.uuid4().hex[:8]}.tmp"
        tmp.write_text(
            json.dumps(
                {
                    "engine_version": ENGINE_VERSION,
                    "catalogue_id": catalogue_id,
                    "last_seq": last_seq,
                    "current": current,
                }
            ),
            encoding="utf-8",
        )
        tmp.replace(self.index_dir / META_FILE)

    # -- opening ------------------------------------------------------------------------------
    def _open(self) -> Any:
        """The current index (opened once per build folder); raises when there is none."""
        with self._state_lock:
            meta = self._meta()
            current = meta.get("current") if meta else None
            if (
                not meta
                or meta.get("engine_version") != ENGINE_VERSION
                or (self._catalogue_id and meta.get("catalogue_id") != self._catalogue_id)
                or not isinstance(current, str)
                or not re.fullmatch(r"b-[0-9a-f]{12}", current)
            ):
                raise IndexUnavailable("no search index")
            if self._ix is None or self._current != current:
                ix = whoosh_index.open_dir(str(self.index_dir / current), indexname=INDEX_NAME)
                self._set_index(current, ix)
            return self._ix

    def _set_index(self, current: str, ix: Any) -> None:
        with self._state_lock:
            old = self._ix
            if current != self._current:
                self._interned = _Interned()
            self._ix, self._current = ix, current
            self._epoch += 1
            self._views.clear()
            self._damaged = False
            if old is not None:
                old.close()

    def needs_rebuild(self, catalogue_id: str) -> bool:
        meta = self._meta()
        if (
            self._damaged
            or meta is None
            or meta.get("engine_version") != ENGINE_VERSION
            or meta.get("catalogue_id") != catalogue_id
        ):
            return True
        try:
            self._open()
        except Exception:  # a damaged index of any kind is rebuilt, never trusted
            log.warning(
                "search index in %s is unreadable; it will be rebuilt",
                self.index_dir,
                exc_info=True,
            )
            return True
        return False

    def close(self) -> None:
        """Close every searcher and the index (call when no search is running)."""
        with self._state_lock:
            for searcher in list(self._searchers):
                try:
                    searcher.close()
                except Exception:
                    log.debug("searcher close failed", exc_info=True)
            self._searchers.clear()
            self._local = _Local()
            self._views.clear()
            if self._ix is not None:
                self._ix.close()
                self._ix = None
                self._current = None

    # -- lifecycle ----------------------------------------------------------------------------
    @property
    def damaged(self) -> bool:
        """A read error was met (a damaged or missing file): the index must be rebuilt."""
        return self._damaged

    @property
    def rebuilding(self) -> bool:
        thread = self._rebuild_thread
        return self._building is not None or (thread is not None and thread.is_alive())

    def status(self) -> dict[str, Any]:
        """For a status bar: ``state`` (ready / building / missing), progress, last error."""
        done, total = self._progress
        meta = self._meta() or {}
        if self.rebuilding:
            state = "building"
        elif meta.get("engine_version") == ENGINE_VERSION and meta.get("current"):
            state = "ready"
        else:
            state = "missing"
        return {
            "state": state,
            "indexed": done,
            "to_index": total,
            "last_seq": meta.get("last_seq"),
            "error": self._last_error,
        }

    def ensure_current(self, store: ChangeSource, *, background: bool = False) -> str:
        """Make the index reflect the catalogue: "rebuilt", "updated", "current" or, with
        ``background``, "rebuilding" (a rebuild runs in a thread; searches meanwhile use the old
        index if there is one) or "busy" (the writer is at work; the search goes on as is)."""
        self._catalogue_id = store.catalogue_id()
        if self.rebuilding:
            if background:
                self._catch_up_old(store)
                return "rebuilding"
            self.wait()
        if self.needs_rebuild(store.catalogue_id()):
            if background:
                self.rebuild_in_background(store)
                return "rebuilding"
            self.rebuild(store)
            return "rebuilt"
        meta = self._meta() or {}
        if int(meta.get("last_seq", -1)) < store.last_change_seq():
            if not self._write_lock.acquire(blocking=not background):
                return "busy"
            try:
                self.catch_up(store)
            finally:
                self._write_lock.release()
            return "updated"
        return "current"

    def _catch_up_old(self, store: ChangeSource) -> None:
        """While a rebuild runs, keep the index being served current (if there is one and the
        writer is free): an edit shows at once, and the new index catches up before it swaps."""
        meta = self._meta() or {}
        if meta.get("engine_version") != ENGINE_VERSION or meta.get("catalogue_id") != (
            store.catalogue_id()
        ):
            return
        if int(meta.get("last_seq", -1)) >= store.last_change_seq():
            return
        if not self._write_lock.acquire(blocking=False):
            return
        try:
            self.catch_up(store)
        except Exception:
            log.debug("catching up the old index during a rebuild failed", exc_info=True)
        finally:
            self._write_lock.release()

    def rebuild_in_background(self, store: ChangeSource) -> threading.Thread:
        """Start a rebuild in a daemon thread (or return the one running)."""
        with self._state_lock:
            thread = self._rebuild_thread
            if thread is not None and thread.is_alive():
                return thread

            def run() -> None:
                try:
                    self.rebuild(store)
                except Exception as exc:
                    self._last_error = f"rebuilding the search index failed: {exc}"
                    log.exception("background rebuild of the search index failed")

            thread = threading.Thread(target=run, name="ssc-index-rebuild", daemon=True)
            self._rebuild_thread = thread
            thread.start()
            return thread

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for a background rebuild or merge; True when none is running any more."""
        for thread in (self._rebuild_thread, self._merging):
            if thread is not None:
                thread.join(timeout)
                if thread.is_alive():
                    return False
        return True

    def rebuild(
        self, store: ChangeSource, progress: Callable[[int, int], None] | None = None
    ) -> int:
        """Build a fresh index in a new folder, catch it up and make it current.

        Returns the number of solutions indexed. Searches keep using the previous index until
        the new one is complete; edits made meanwhile are applied to both.
        """
        with self._rebuild_lock:
            name = f"b-{uuid.uuid4().hex[:12]}"
            folder = self.index_dir / name
            self._building = name
            self.index_dir.mkdir(parents=True, exist_ok=True)
            lock = _folder_lock(folder)
            lock.acquire()  # no other process deletes the folder while it is built
            try:
                folder.mkdir(parents=True)
                catalogue_id = store.catalogue_id()
                last_seq = store.last_change_seq()
                total = _live_count_hint(store)
                self._progress = (0, total)
                ix = whoosh_index.create_in(str(folder), make_schema(), indexname=INDEX_NAME)
                count = 0
                writer = ix.writer(limitmb=32, compound=False)
                try:
                    for solution in store.iter_all():
                        writer.add_document(**document_for(solution))
                        count += 1
                        if count % 500 == 0:
                            self._progress = (count, max(total, count))
                            if progress:
                                progress(count, max(total, count))
                    writer.commit()
                except BaseException:
                    _abandon(writer)
                    raise
                with self._write_lock:
                    last_seq = self._apply_changes(ix, store, last_seq)
                    self._write_meta(name, catalogue_id, last_seq)
                    self._set_index(name, ix)
                self._progress = (count, count)
                self._last_error = ""
                if progress:
                    progress(count, count)
            except BaseException:
                shutil.rmtree(folder, ignore_errors=True)  # a partial build (a full disk...)
                raise
            finally:
                self._building = None
                lock.release()
            self._remove_old_folders()
            log.info("search index rebuilt: %d solutions in %s", count, folder)
            return count

    def _remove_old_folders(self) -> None:
        """Delete builds that are no longer current and that no process is using (see
        ``_folder_lock``; Windows may refuse while files are open: they are tried again after
        the next rebuild)."""
        if not self.index_dir.is_dir():
            return

        def is_current(name: str) -> bool:
            meta = self._meta() or {}
            return name in (meta.get("current"), self._current, self._building)

        for entry in self.index_dir.iterdir():
            if entry.name == META_FILE or entry.name.endswith(".tmp"):
                continue
            if entry.is_dir():
                if not is_current(entry.name):
                    _remove_if_unused(entry, is_current)
            elif entry.name.endswith(_LOCK_SUFFIX):
                folder = entry.with_name(entry.name.removesuffix(_LOCK_SUFFIX))
                if not folder.exists():
                    _remove_if_unused(folder, is_current)  # an orphan lock file
            else:
                try:
                    entry.unlink()
                except OSError:
                    log.debug("could not remove %s", entry)

    def catch_up(self, store: ChangeSource) -> int:
        """Apply every change written after the index's last sequence number."""
        with self._write_lock:
            meta = self._meta() or {}
            ix = self._open()
            with _folder_lock(self.index_dir / str(self._current)):
                _clean_unused_files(ix)  # what a failed write left (it may fill the disk)
                seq = int(meta.get("last_seq", 0))
                new_seq = self._apply_changes(ix, store, seq)
                if new_seq != seq:
                    self._write_meta(str(self._current), store.catalogue_id(), new_seq)
            return new_seq - seq if new_seq >= seq else 0

    def _apply_changes(self, ix: Any, store: ChangeSource, seq: int) -> int:
        while True:
            changes = store.changes_since(seq, limit=2000)
            if not changes:
                return seq
            self._apply(ix, [c.solution for c in changes])
            seq = changes[-1].change_seq

    def apply(self, solutions: Iterable[Solution]) -> None:
        """Index these versions (deleted ones are removed); one version per id."""
        with self._write_lock:
            ix = self._open()
            with _folder_lock(self.index_dir / str(self._current)):
                self._apply(ix, solutions)

    def _apply(self, ix: Any, solutions: Iterable[Solution]) -> None:
        """Write one commit. Small (interactive) batches never merge segments, which can take
        half a second; merging is left to ``merge_segments``, run in the background once
        there are more than MAX_SEGMENTS."""
        latest = {s.id: s for s in solutions}
        if not latest:
            return
        writer = ix.writer(timeout=30.0, compound=False)
        try:
            for solution in latest.values():
                if solution.deleted:
                    writer.delete_by_term("id", solution.id)
                else:
                    writer.update_document(**document_for(solution))
            writer.commit(merge=len(latest) > SMALL_BATCH)
        except BaseException:
            _abandon(writer)
            _clean_unused_files(ix)  # a partial segment must not stay (nor fill the disk)
            raise
        if len(ix._segments()) > MAX_SEGMENTS:
            self._merge_in_background(ix)

    def merge_segments(self) -> int:
        """Merge the small segments left by edits (whoosh's MERGE_SMALL); returns how many
        segments remain."""
        with self._write_lock:
            ix = self._open()
            ix.writer(timeout=30.0, compound=False).commit(merge=True)
            return len(ix._segments())

    def _merge_in_background(self, ix: Any) -> None:
        with self._state_lock:
            if self._merging is not None and self._merging.is_alive():
                return

            def run() -> None:
                try:
                    with self._write_lock:
                        if ix is self._ix:
                            ix.writer(timeout=30.0, compound=False).commit(merge=True)
                except Exception:
                    log.warning("merging search index segments failed", exc_info=True)

            self._merging = threading.Thread(target=run, name="ssc-index-merge", daemon=True)
            self._merging.start()

    # -- reading ------------------------------------------------------------------------------
    def _reader(self) -> tuple[Any, _View]:
        """This thread's searcher on the newest generation, and that generation's tables."""
        for attempt in range(3):
            ix = self._open()
            epoch = self._epoch
            local = self._local
            try:
                generation = ix.latest_generation()
                if local.searcher is None or local.key != (epoch, generation):
                    if local.searcher is not None:
                        self._forget(local.searcher)
                    searcher = ix.searcher()
                    generation = searcher.reader().generation()
                    local.searcher, local.key = searcher, (epoch, generation)
                    with self._state_lock:
                        self._searchers.add(searcher)
                return local.searcher, self._view(epoch, generation, local.searcher)
            except (OSError, EOFError) as exc:  # a commit or swap removed files under us
                local.searcher, local.key = None, None
                if attempt == 2:
                    raise IndexUnavailable(str(exc)) from exc
                time.sleep(0.01)
        raise IndexUnavailable("no search index")

    def _forget(self, searcher: Any) -> None:
        with self._state_lock:
            self._searchers.discard(searcher)
        try:
            searcher.close()
        except Exception:
            log.debug("searcher close failed", exc_info=True)

    def _view(self, epoch: int, generation: int, searcher: Any) -> _View:
        with self._state_lock:
            view = self._views.get((epoch, generation))
            if view is not None:
                return view
            tables: list[tuple[_SegmentTable, set[int]]] = []
            used: set[str] = set()
            for reader, _offset in searcher.reader().leaf_readers():
                segment = reader.segment()
                segment_id = f"{self._current}/{segment.segment_id()}"
                used.add(segment_id)
                table = self._segments.get(segment_id)
                if table is None or table.interned is not self._interned:
                    table = self._segments[segment_id] = _read_segment(reader, self._interned)
                deleted = set(segment.deleted_docs()) if reader.has_deletions() else set()
                tables.append((table, deleted))
            view = _View(tables, self._interned)
            for stale in [k for k in self._views if k[0] != epoch or k[1] < generation - 2]:
                del self._views[stale]
            self._views[(epoch, generation)] = view
            # Keep the tables of segments still in use by the views kept.
            for segment_id in list(self._segments):
                if segment_id not in used and not segment_id.startswith(f"{self._current}/"):
                    del self._segments[segment_id]
            if len(self._segments) > 64:
                for segment_id in [s for s in self._segments if s not in used]:
                    del self._segments[segment_id]
            return view

    # -- searching ----------------------------------------------------------------------------
    def search(
        self,
        text: str,
        *,
        limit: int = 20,
        offset: int = 0,
        filters: Mapping[str, Any] | None = None,
        facets: Iterable[str] | bool = (),
        sort: str = "relevance",
        as_you_type: bool = True,
        facet_limit: int = 100,
        snippets: bool | int = True,
    ) -> SearchResult:
        """Ranked hits for ``text`` (see ``syntax`` for what may be typed); never raises.

        ``filters`` maps facet names (see ``FACETS``, plus ``status``) to a value or a list of
        values (values of one facet OR-ed, facets AND-ed). ``facets`` names the facets to count
        (True: all). ``sort`` is "relevance", "newest" or "title". With ``as_you_type``, the
        last word (when no space follows it) also matches as the start of a word.
        ``snippets``: highlighted title and snippet for every hit (True), for none (False:
        hits carry the id, score, year and language, read from memory, and an empty title), or
        for the first ``n`` hits of the page.
        """
        searched = self._current
        args = (text, limit, offset, filters, facets, sort, as_you_type, facet_limit, snippets)
        result = self._search_once(*args)
        if self._damaged and self._replaced_since(searched):
            # another process swapped in a new build (and removed ours): read the new one
            self._damaged = False
            result = self._search_once(*args)
        return result

    def _replaced_since(self, searched: str | None) -> bool:
        """Whether the current build named in the index's meta is another than ``searched``."""
        current = (self._meta() or {}).get("current")
        return isinstance(current, str) and current != searched

    def _search_once(
        self,
        text: str,
        limit: int,
        offset: int,
        filters: Mapping[str, Any] | None,
        facets: Iterable[str] | bool,
        sort: str,
        as_you_type: bool,
        facet_limit: int,
        snippets: bool | int,
    ) -> SearchResult:
        query = syntax.clean(text).strip()
        try:
            limit = max(0, min(int(limit), 1000))
            offset = max(0, min(int(offset), 1_000_000))
        except (TypeError, ValueError):
            limit, offset = 20, 0
        sort = sort if sort in SORTS else "relevance"
        snippet_hits = limit if snippets is True else max(0, int(snippets or 0))
        wanted = (
            list(FACETS)
            if facets is True
            else [f for f in (facets or ()) if f in FACETS]
            if not isinstance(facets, bool)
            else []
        )
        try:
            searcher, view = self._reader()
        except Exception as exc:
            if not isinstance(exc, IndexUnavailable):
                log.warning("search index unreadable", exc_info=True)
                self._damaged = True
            hint = (
                "the search index is being built; results will appear in a moment"
                if self.rebuilding
                else "the search index is not ready yet"
            )
            return SearchResult(query, 0, [], hint, sort=sort, offset=offset, limit=limit)
        try:
            return self._search(
                searcher, view, query, text, limit, offset, filters, wanted, sort, as_you_type,
                facet_limit, snippet_hits,
            )  # fmt: skip
        except Exception as exc:
            log.exception("search failed for %r", query[:200])
            if _is_index_read_error(exc):
                self._damaged = True  # any read error from the index means: rebuild
            return SearchResult(
                query, 0, [], "this search could not be run; try other words", sort=sort
            )

    def _search(
        self,
        searcher: Any,
        view: _View,
        query: str,
        raw: object,
        limit: int,
        offset: int,
        filters: Mapping[str, Any] | None,
        wanted: list[str],
        sort: str,
        as_you_type: bool,
        facet_limit: int,
        snippet_hits: int,
    ) -> SearchResult:
        resolver = Resolver(lambda: view.org_tokens)
        parsed = syntax.parse(raw, known=resolver.known)
        hints = list(parsed.notes)
        suggestion_text = query
        constraints, applied = self._constraints(parsed, filters, resolver, hints)
        for typed in parsed.filters:
            if resolver.resolve(typed.name, typed.value) is None:
                close = resolver.suggest(typed.name, typed.value)
                if close:
                    suggestion_text = suggestion_text.replace(typed.value, close, 1)
        planner = _Planner(searcher, view, as_you_type)
        plan = planner.plan(parsed)
        matched, text_docs = self._match(searcher, view, plan, constraints)
        corrections = self._corrections(searcher, plan, as_you_type)
        for typed_word, correction in corrections:
            suggestion_text = re.sub(
                rf"(?<!\w){re.escape(typed_word)}(?!\w)", correction, suggestion_text, count=1
            )
        suggestion = suggestion_text if suggestion_text != query else None
        corrected = False
        if not matched and suggestion:
            retry = syntax.parse(suggestion, known=resolver.known)
            retry_constraints, _ = self._constraints(retry, filters, resolver, [])
            retry_plan = _Planner(searcher, view, as_you_type).plan(retry)
            retry_matched, retry_text = self._match(searcher, view, retry_plan, retry_constraints)
            if retry_matched:
                plan, matched, text_docs = retry_plan, retry_matched, retry_text
                constraints = retry_constraints
                corrected = True
                hints.append(f"nothing matches {query!r}; showing results for {suggestion!r}")
        if not matched and len(plan.groups) > 1:
            loose = Or(plan.groups)
            loose_plan = _Plan(loose, plan.groups, plan.excluded, plan.stems, plan.prefix, [])
            loose_matched, loose_text = self._match(searcher, view, loose_plan, constraints)
            if loose_matched:
                plan, matched, text_docs = loose_plan, loose_matched, loose_text
                hints.append("no solution has all these words; showing those with some")
        facet_counts = {
            name: self._count(view, text_docs, constraints, name, matched, facet_limit)
            for name in wanted
        }
        hits = self._page(searcher, view, plan, matched, sort, offset, limit, snippet_hits)
        if not matched:
            if parsed.empty and not query:
                hints.append("type a word to search")
            elif not hints:
                hints.append("nothing matches; try fewer or other words")
        return SearchResult(
            query=query,
            total=len(matched),
            hits=hits,
            hint="; ".join(dict.fromkeys(hints)),
            facets=facet_counts,
            suggestion=suggestion,
            corrected=corrected,
            filters=applied,
            sort=sort,
            offset=offset,
            limit=limit,
        )

    @staticmethod
    def _constraints(
        parsed: syntax.ParsedQuery,
        filters: Mapping[str, Any] | None,
        resolver: Resolver,
        hints: list[str],
    ) -> tuple[list[_Constraint], list[AppliedFilter]]:
        constraints: list[_Constraint] = []
        applied: list[AppliedFilter] = []
        for typed in parsed.filters:
            resolved = resolver.resolve(typed.name, typed.value)
            if resolved is None:
                close = resolver.suggest(typed.name, typed.value)
                hints.append(
                    f"no {typed.name.replace('_', ' ')} matches {typed.value!r}"
                    + (f" (did you mean {close!r}?)" if close else "")
                )
                resolved = Resolved(typed.name, FILTER_COLUMN[typed.name], frozenset(), "")
            constraints.append(
                _Constraint(typed.name, resolved.column, resolved.tokens, typed.negated)
            )
            applied.append(
                AppliedFilter(
                    typed.name,
                    tuple(sorted(resolved.tokens)),
                    resolved.label or typed.value,
                    typed.negated,
                )
            )
        for name, values in (filters or {}).items():
            if name not in FILTER_COLUMN:
                hints.append(f"there is no {name!r} filter")
                continue
            items = [values] if isinstance(values, str | int) else list(values or ())
            tokens: set[str] = set()
            labels: list[str] = []
            for value in items:
                resolved = resolver.resolve(name, value)
                if resolved is None and name == "organisation":
                    resolved = Resolved(
                        name, "org_tokens", frozenset({key(str(value))}), str(value)
                    )
                if resolved is not None:
                    tokens |= resolved.tokens
                    labels.append(resolved.label)
            if not items:
                continue
            constraints.append(_Constraint(name, FILTER_COLUMN[name], frozenset(tokens)))
            applied.append(
                AppliedFilter(name, tuple(sorted(tokens)), ", ".join(labels), source="filters")
            )
        return constraints, applied

    @staticmethod
    def _apply_constraints(
        view: _View, docs: Iterable[int], constraints: Iterable[_Constraint]
    ) -> Sequence[int]:
        result: Sequence[int] = docs if isinstance(docs, list | array) else list(docs)
        for constraint in constraints:
            result = view.having(
                constraint.column, constraint.tokens, result, negated=constraint.negated
            )
        return result

    def _match(
        self, searcher: Any, view: _View, plan: _Plan, constraints: list[_Constraint]
    ) -> tuple[Sequence[int], Sequence[int]]:
        """(documents matching everything, documents matching the text alone).

        One pass over the text query gives every matching document with its score (kept in
        ``plan.scores`` for ranking): cheaper than whoosh's count pass plus top-N pass."""
        text_docs: Sequence[int]
        if plan.positive is None:
            text_docs = view.live
        else:
            text_docs, plan.scores = _scored_docs(searcher, plan.positive)
        if plan.excluded is not None and text_docs:
            excluded = set(searcher.docs_for_query(plan.excluded))
            text_docs = [d for d in text_docs if d not in excluded]
        return self._apply_constraints(view, text_docs, constraints), text_docs

    def _count(
        self,
        view: _View,
        text_docs: Sequence[int],
        constraints: list[_Constraint],
        name: str,
        matched: Sequence[int],
        facet_limit: int,
    ) -> dict[str, int]:
        own = [c for c in constraints if c.name == name]
        docs = (
            self._apply_constraints(view, text_docs, [c for c in constraints if c.name != name])
            if own
            else matched
        )
        ordered = sorted(view.count(name, docs).items(), key=lambda item: (-item[1], item[0]))
        return dict(ordered[: max(0, facet_limit)])

    def _page(
        self,
        searcher: Any,
        view: _View,
        plan: _Plan,
        matched: Sequence[int],
        sort: str,
        offset: int,
        limit: int,
        snippet_hits: int,
    ) -> list[Hit]:
        """The page's hits; the first ``snippet_hits`` with title and snippets highlighted, the
        others with what memory holds (id, score, year, language), no stored field read."""
        wanted = offset + limit
        if not matched or limit == 0:
            return []
        scored: list[tuple[float, int]]
        if sort == "relevance" and plan.positive is not None:
            scores = plan.scores
            best = heapq.nlargest(wanted, matched, key=lambda d: (scores[d], -d))
            scored = [(scores[d], d) for d in best[offset:wanted]]
        else:
            ranks = view.rank("title" if sort == "title" else "newest")
            chosen = heapq.nsmallest(wanted, matched, key=ranks.__getitem__)[offset:wanted]
            scored = [(0.0, docnum) for docnum in chosen]
        return [
            self._hit(searcher, view, plan, docnum, score, highlight=position < snippet_hits)
            for position, (score, docnum) in enumerate(scored)
        ]

    @staticmethod
    def _hit(
        searcher: Any, view: _View, plan: _Plan, docnum: int, score: float, *, highlight: bool
    ) -> Hit:
        language = view.language(docnum)
        year = view.years[docnum] or None
        if not highlight:
            return Hit(id=view.id(docnum), score=score, title="", year=year, language=language)
        stored = searcher.stored_fields(docnum)
        title = stored.get("title", "")
        texts = (stored.get("lead", ""), stored.get("body", ""))
        return Hit(
            id=view.id(docnum),
            score=score,
            title=title,
            snippet=snippet(texts if plan.stems or plan.prefix else texts[:1], language, plan),
            title_segments=_segments(title, _marked(title, language, plan), 0, len(title)),
            year=year,
            language=language,
        )

    def highlight(self, text: str, ids: Iterable[str], *, as_you_type: bool = True) -> list[Hit]:
        """Hits for these solutions with title and snippet highlighted for ``text`` (filters in
        it are ignored): for rows of a long list shown later than its first page. Ids the index
        lacks are left out; never raises."""
        try:
            searcher, view = self._reader()
            parsed = syntax.parse(
                syntax.clean(text).strip(), known=Resolver(lambda: view.org_tokens).known
            )
            plan = _Planner(searcher, view, as_you_type).plan(parsed)
            hits = []
            for solution_id in dict.fromkeys(ids):
                docnum = searcher.document_number(id=solution_id)
                if docnum is not None:
                    hits.append(self._hit(searcher, view, plan, docnum, 0.0, highlight=True))
            return hits
        except Exception:
            log.warning("highlighting failed for %r", text[:200], exc_info=True)
            return []

    def _corrections(self, searcher: Any, plan: _Plan, as_you_type: bool) -> list[tuple[str, str]]:
        """(typed, corrected) for words the catalogue does not have."""
        reader = searcher.reader()
        out: list[tuple[str, str]] = []
        for typed, word in plan.words:
            if len(word) < 3 or not word.isalpha():
                continue
            if any(word in STOPS[lang] for lang in _STEMMED_LANGUAGES):
                continue
            if reader.doc_frequency("words", word):
                continue  # a word of the catalogue is never "corrected"
            if (
                as_you_type
                and word == plan.prefix
                and any(True for _ in reader.expand_prefix("words", word))
            ):
                continue  # a word still being typed
            correction = correct_word(reader, word)
            if correction is not None:
                out.append((typed, correction))
        return out


def _live_count_hint(store: ChangeSource) -> int:
    counter = getattr(store, "count", None)
    if counter is None:
        return 0
    try:
        return int(counter())
    except Exception:  # noqa: BLE001  (only a progress estimate)
        return 0
