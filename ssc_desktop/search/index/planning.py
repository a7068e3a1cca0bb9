"""Query planning: a parsed query (``syntax``) turned into whoosh queries, with the glossary's
terms and completions of the word being typed.

Glossary bridging: a run of typed words (stop words of any language aside) that is a term of
a glossary concept, in any language, also matches the concept's other terms: those of the
other languages (so "alimentation scolaire" finds English-only school-feeding records) and of
its own (synonyms: "school meals" finds "school feeding"). Each term is analysed in its own
language only, as a phrase where it has several words, in titles, summaries and keywords, and
weighs less than the words as typed; the longest run wins ("sécurité alimentaire" is one
concept, not "sécurité" + "alimentaire").

Arabic, Cyrillic and Han words are analysed with their script's analysis wherever they stand
(mixed queries work word by word) and meet glossary terms by their stems (Arabic and Russian
endings vary); Chinese is typed without spaces, so a run of Han characters is first cut into
the glossary's Chinese terms (and country names), longest first ("肯尼亚学校供餐" -> 肯尼亚 +
学校供餐). Country names in Arabic, Russian and Chinese bridge to their English, French and
Spanish names (the meta field names countries in those), as glossary terms do.
"""

from __future__ import annotations

import heapq
import logging
import threading
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from whoosh.query import And, Or, Phrase, Query, Term

from ssc_desktop.domain import vocab
from ssc_desktop.search import syntax
from ssc_desktop.search.index.analysis import (
    ALL_STOPS,
    EDGE_MAX,
    SCRIPT_LANGUAGES,
    STOPS,
    folded_words,
    is_han,
    match_key,
    query_terms,
    script_of,
)
from ssc_desktop.search.index.tables import View
from ssc_desktop.search.vocabulary import fold, glossary, key

log = logging.getLogger(__name__)

#: Query-time field boosts (BM25F per field, summed).
BOOSTS = {"title": 4.0, "lead": 2.0, "meta": 1.5, "body": 1.0}
TEXT_FIELDS = tuple(BOOSTS)
PHRASE_FIELDS = ("title", "lead", "body")  # fields with positions
# Synonyms of what was typed are looked for in titles, summaries and keywords only: phrase
# matching in the long texts costs more than it finds.
SYNONYM_FIELDS = ("title", "lead", "meta")
_SYNONYM = "\x00synonym:"  # + the language of the term
SYNONYM_WEIGHT = 0.6  # a glossary term's match counts this much of a typed word's
TERMS_PER_LANGUAGE = 3  # at most this many terms of a concept per language are searched
MAX_ALTERNATIVES = 15  # at most this many Latin-script terms for one run of typed words
#: (and this many more in Arabic, Russian and Chinese, searched where the index has them)
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

    def variants(self, word: str, languages: tuple[str, ...] | None = None) -> list[str]:
        """The terms one folded word may be indexed as (one per language present)."""
        languages = languages or self.languages
        per_language = [query_terms(word, lang) for lang in languages]
        if not all(per_language):
            return []  # a stop word in one of the languages
        found = list(dict.fromkeys(term for terms in per_language for term in terms))
        self.stems.update(found)
        return found

    def word_query(
        self,
        word: str,
        fields: tuple[str, ...] = TEXT_FIELDS,
        languages: tuple[str, ...] | None = None,
        weight: float = 1.0,
    ) -> Query | None:
        terms = self.variants(word, languages)
        if not terms:
            return None
        # Only the (field, term) pairs the index has: fewer matchers to walk for every document.
        frequency = self.reader.doc_frequency
        present = [
            Term(f, t, boost=BOOSTS[f] * weight) for f in fields for t in terms if frequency(f, t)
        ]
        if not present:
            return _NOTHING
        return present[0] if len(present) == 1 else Or(present)

    def phrase_query(
        self,
        words: list[str],
        fields: tuple[str, ...] = TEXT_FIELDS,
        languages: tuple[str, ...] | None = None,
        weight: float = 1.0,
    ) -> Query | None:
        if len(words) == 1:
            return self.word_query(words[0], fields, languages, weight)
        alternatives: list[Query] = []
        seen: set[tuple[str, ...]] = set()
        frequency = self.reader.doc_frequency
        for lang in languages or self.languages:
            terms = tuple(term for w in words for term in query_terms(w, lang))
            if not terms or terms in seen:
                continue
            seen.add(terms)
            self.stems.update(terms)
            for f in fields:
                if not all(frequency(f, t) for t in terms):
                    continue  # a word the field lacks: the phrase cannot match there
                boost = BOOSTS[f] * weight
                if len(terms) == 1:
                    alternatives.append(Term(f, terms[0], boost=boost))
                elif f in PHRASE_FIELDS:
                    alternatives.append(Phrase(f, list(terms), boost=boost))
                else:  # no positions kept: all the words in the field
                    alternatives.append(And([Term(f, t, boost=boost) for t in terms]))
        if not alternatives and seen and languages is None:
            return _NOTHING  # typed words the index lacks
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
        words = [w for w, _, _ in folded_words(clause.text)]
        if not words:
            return None
        if clause.field and clause.field.startswith(_SYNONYM):
            language = clause.field[len(_SYNONYM) :]
            if language not in self.languages and language not in SCRIPT_LANGUAGES:
                return None  # no record has a version in that language (Arabic, Cyrillic
                # and Han words may stand in any record: the index is asked)
            return self.phrase_query(words, SYNONYM_FIELDS, (language,), SYNONYM_WEIGHT)
        fields = ("title",) if clause.field == "title" else TEXT_FIELDS
        word = words[0]
        if clause.phrase or len(words) > 1 or len(query_terms(word, "en")) > 1:
            return self.phrase_query(words, fields)  # several words, or Han bigrams
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
        for group in _with_synonyms(_split_han(typed)):
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


def _content(text: str) -> tuple[str, ...]:
    """The folded words of a text that are no stop word of any language, as glossary lookups
    compare them (Arabic and Russian words by their stems)."""
    return tuple(
        found for w, _, _ in folded_words(text) if w not in ALL_STOPS and (found := match_key(w))
    )


Alternative = tuple[str, tuple[str, ...]]  # (language, folded words of a term)


def _synonym_table(full: bool = True) -> dict[tuple[str, ...], list[Alternative]]:
    """Content words of each glossary term -> the terms of its concepts (but itself); with
    ``full``, the keys of the ar/ru/zh terms and of country and region names too (their
    stems cost most of the table's time: built when a query first has such words)."""
    table: dict[tuple[str, ...], list[Alternative]] = {}
    for concept in glossary():
        members: list[tuple[Alternative, tuple[str, ...]]] = []  # (alternative, its key)
        for language, terms in concept.terms.items():
            for term in terms[:TERMS_PER_LANGUAGE]:
                words = tuple(w for w, _, _ in folded_words(term))
                if words:
                    members.append(((language, words), _content(term)))
        keys = {
            _content(term)
            for language, terms in concept.terms.items()
            if full or language not in SCRIPT_LANGUAGES
            for term in terms
        }
        for found in keys - {()}:
            alternatives = table.setdefault(found, [])
            for member, member_key in members:
                if member_key != found and member not in alternatives:
                    alternatives.append(member)
    for names in _country_names() if full else []:
        latin = [(lang, tuple(key(name).split())) for lang, name in names if lang in LATIN_NAMES]
        for lang, name in names:
            found = _content(name)
            if lang in LATIN_NAMES or not found:
                continue
            alternatives = table.setdefault(found, [])
            alternatives += [m for m in latin if m[1] and m not in alternatives]
    out = {}
    for k, v in table.items():
        latin = [a for a in v if a[0] not in SCRIPT_LANGUAGES][:MAX_ALTERNATIVES]
        out[k] = latin + [a for a in v if a[0] in SCRIPT_LANGUAGES][:MAX_ALTERNATIVES]
    return out


LATIN_NAMES = ("en", "fr", "es")  # the languages the meta field names countries in


def _country_names() -> list[list[tuple[str, str]]]:
    """Each country's and M49 region's ``(language, name)``: full names and the part before
    a parenthesis."""
    named = [country.names for country in vocab.countries().values()]
    named += [entry.get("name", {}) for entry in vocab.regions().values()]
    return [
        [
            (lang, form)
            for lang, name in names.items()
            for form in dict.fromkeys((name, name.split(" (")[0].split("（")[0]))
        ]
        for names in named
    ]


_SYNONYMS: dict[bool, dict[tuple[str, ...], list[Alternative]]] = {}
_SYNONYM_LOCK = threading.Lock()


def _synonyms(full: bool = True) -> dict[tuple[str, ...], list[Alternative]]:
    """The glossary table (:func:`_synonym_table`), made once per process (each kind)."""
    with _SYNONYM_LOCK:
        if full not in _SYNONYMS:
            try:
                _SYNONYMS[full] = _synonym_table(full)
            except (OSError, ValueError, AttributeError, TypeError):
                log.warning("resources/search/glossary.json is unreadable; no glossary")
                _SYNONYMS[full] = {}
        return _SYNONYMS[full]


@cache
def _han_terms() -> tuple[frozenset[str], int]:
    """The glossary's Chinese terms and country names (single Han runs), and the longest."""
    terms = frozenset(k[0] for k in _synonyms() if len(k) == 1 and is_han(k[0]))
    return terms, max((len(t) for t in terms), default=0)


def _han_pieces(run: str) -> list[str]:
    """A run of Han characters cut into the known Chinese terms (longest first, left to right)
    and the characters between them (function characters such as 的 dropped)."""
    terms, longest = _han_terms()
    pieces: list[str] = []
    rest = ""
    i = 0
    while i < len(run):
        for size in range(min(longest, len(run) - i), 1, -1):
            if run[i : i + size] in terms:
                pieces.append(rest)
                pieces.append(run[i : i + size])
                rest = ""
                i += size
                break
        else:
            rest += run[i]
            i += 1
    pieces.append(rest)
    stops = STOPS["zh"]
    trimmed = ["".join(c for c in p if c not in stops) if len(p) < 3 else p for p in pieces]
    return [p for p in trimmed if p]


def _split_han(groups: list[list[syntax.Clause]]) -> list[list[syntax.Clause]]:
    """Typed words with Han characters (not quoted) cut into pieces (:func:`_han_pieces`),
    each a word of its own: Chinese is typed without spaces between words."""
    out: list[list[syntax.Clause]] = []
    for group in groups:
        clause = group[0]
        if len(group) > 1 or clause.field or clause.phrase or clause.text.isascii():
            out.append(group)
            continue
        words = [w for w, _, _ in folded_words(clause.text)]
        if not any(is_han(w) for w in words):
            out.append(group)
            continue
        pieces = [p for w in words for p in (_han_pieces(w) if is_han(w) else [w])]
        if pieces == words and len(words) == 1:
            out.append(group)
            continue
        for n, piece in enumerate(pieces):
            last = clause.last and n == len(pieces) - 1
            out.append([syntax.Clause(piece, last=last)])
    return out


def _with_synonyms(
    groups: list[list[syntax.Clause]],
) -> list[list[syntax.Clause | tuple[syntax.Clause, ...]]]:
    """Runs of words (or a quoted phrase) that are a glossary term also match the concept's
    other terms; stop words may sit inside a run ("alerta de tsunami")."""
    full = any(
        not c.text.isascii() and any(script_of(w) for w, _, _ in folded_words(c.text))
        for g in groups
        for c in g
    )
    table = _synonyms(full)
    longest = max((len(k) for k in table), default=0)
    plain = [len(g) == 1 and not g[0].field for g in groups]
    content = [_content(g[0].text) if ok else () for g, ok in zip(groups, plain, strict=True)]
    out: list[list[syntax.Clause | tuple[syntax.Clause, ...]]] = []
    i = 0
    while i < len(groups):
        matched = False
        if plain[i] and content[i]:
            words: tuple[str, ...] = ()
            runs: list[tuple[int, tuple[str, ...]]] = []
            for j in range(i, len(groups)):
                if not plain[j] or (j > i and (groups[j][0].phrase or groups[i][0].phrase)):
                    break
                words += content[j]
                if len(words) > longest:
                    break
                if content[j]:
                    runs.append((j, words))
            for j, found in reversed(runs):
                alternatives = table.get(found)
                if not alternatives:
                    continue
                run = groups[i : j + 1]
                original: syntax.Clause | tuple[syntax.Clause, ...] = (
                    run[0][0] if len(run) == 1 else tuple(g[0] for g in run)
                )
                member_list: list[syntax.Clause | tuple[syntax.Clause, ...]] = [original]
                member_list += [
                    syntax.Clause(" ".join(alt), phrase=True, field=_SYNONYM + language)
                    for language, alt in alternatives
                ]
                out.append(member_list)
                i = j + 1
                matched = True
                break
        if not matched:
            out.append(list(groups[i]))
            i += 1
    return out
