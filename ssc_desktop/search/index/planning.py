"""Query planning: a parsed query (``syntax``) turned into whoosh queries, with synonyms and
completions of the word being typed."""

from __future__ import annotations

import heapq
import logging
import threading
from dataclasses import dataclass, field
from typing import Any

from whoosh.query import And, Or, Phrase, Query, Term

from ssc_desktop.search import syntax
from ssc_desktop.search.index.analysis import EDGE_MAX, STOPS, folded_words, stem
from ssc_desktop.search.index.tables import View
from ssc_desktop.search.vocabulary import fold, synonym_groups

log = logging.getLogger(__name__)

#: Query-time field boosts (BM25F per field, summed).
BOOSTS = {"title": 4.0, "lead": 2.0, "meta": 1.5, "body": 1.0}
TEXT_FIELDS = tuple(BOOSTS)
PHRASE_FIELDS = ("title", "lead", "body")  # fields with positions
# Synonyms of what was typed are looked for in titles, summaries and keywords only: phrase
# matching in the long texts costs more than it finds.
SYNONYM_FIELDS = ("title", "lead", "meta")
_SYNONYM = "\x00synonym"
PREFIX_BOOST = 2.0
EXPAND_FROM = 3  # completions beyond titles and keywords only from this many letters
EXPANSIONS = 4  # at most this many completions of the last word are searched beyond titles
EXPANSION_FIELDS = ("lead", "meta")  # where they are searched (titles have the n-grams)

_NOTHING = Term("id", "\x00none")  # a word the index lacks: matches no document


@dataclass
class Plan:
    """A parsed query turned into whoosh queries and what highlighting needs."""

    positive: Query | None
    groups: list[Query]
    excluded: Query | None
    stems: set[str]
    prefix: str
    words: list[tuple[str, str]]  # (as typed, folded) plain words, for "did you mean"
    scores: dict[int, float] = field(default_factory=dict)


class Planner:
    def __init__(self, searcher: Any, view: View, as_you_type: bool) -> None:
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
        fields: tuple[str, ...] = EXPANSION_FIELDS
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
        words = [w for w, _, _ in folded_words(clause.text)]
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

    def plan(self, parsed: syntax.ParsedQuery) -> Plan:
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
        return Plan(positive, groups, excluded, self.stems, self.prefix, self.words)

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
        members = [tuple(w for w, _, _ in folded_words(m)) for m in group]
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
            words = tuple(w for g in run for w, _, _ in folded_words(g[0].text))
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
