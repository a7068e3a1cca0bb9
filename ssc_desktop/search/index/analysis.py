"""Analysis and schema: from a solution to the terms and columns whoosh stores.

Text is folded (lower case, no accents) then stemmed in the record's language (en by default;
fr, es, pt with their Snowball stemmers), so "légumes" and "legumes" give one term. ``title``,
``lead`` (subtitle + summary), ``body`` (the long texts) and ``meta`` (countries,
organisations, keywords, themes, modalities) are scored with BM25F and query-time boosts; all
but ``meta`` keep positions for phrases. ``words`` is the same text folded but *unstemmed*:
spelling suggestions and prefix expansion read it (a stemmed field loses a third of typos, and
``spelling=True`` breaks fuzzy queries). ``prefix`` holds edge n-grams of titles and keywords
for as-you-type. The ``info`` column holds per-record facet values and sort keys.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from whoosh.analysis import STOP_WORDS, Token, Tokenizer
from whoosh.columns import VarBytesColumn
from whoosh.fields import COLUMN, ID, TEXT, Schema
from whoosh.lang import stemmer_for_language
from whoosh.lang.stopwords import stoplists

from ssc_desktop.domain import vocab
from ssc_desktop.domain.model import Solution
from ssc_desktop.search.vocabulary import COLUMNS, fold, key, record_columns

EDGE_MAX = 12  # longest edge n-gram; longer prefixes are cut to it
STEMMED_LANGUAGES = ("en", "fr", "es", "pt")
_MARK = "\x1d"  # "\x1dfr\x1d..." tells the analyzer the record's language (never in record text)
#: Separators of the ``info`` column: between columns, between the values of one column.
SEP, SUB = "\x1f", "\x1e"
_WORD = re.compile(r"\w+")
_KEEP = {"ai", "eu", "ue", "era", "son", "sin", "us"}


def _stops(language: str) -> frozenset[str]:
    words = set(STOP_WORDS) - {"us", "may", "can"} if language == "en" else set()
    if language in stoplists:
        words |= set(stoplists[language])
    return frozenset(fold(w) for w in words) - _KEEP


STOPS = {language: _stops(language) for language in STEMMED_LANGUAGES}
_STEMMERS: dict[str, Callable[[str], str]] = {
    language: stemmer_for_language(language) for language in STEMMED_LANGUAGES
}
_STEM_CACHE: dict[str, dict[str, str]] = {language: {} for language in STEMMED_LANGUAGES}


def language_of(code: str) -> str:
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


def folded_words(text: str) -> Iterator[tuple[str, int, int]]:
    for match in _WORD.finditer(text):
        word = fold(match.group())
        if 1 < len(word) <= 40 or word.isdigit():
            yield word, match.start(), match.end()


def stems(text: str, language: str) -> list[str]:
    stops = STOPS[language]
    return [stem(w, language) for w, _, _ in folded_words(text) if w not in stops]


_ALL_STOPS = frozenset().union(*STOPS.values())


def _spelling_words(text: str) -> list[str]:
    """Distinct words worth suggesting: three letters or more, not stop words."""
    return list(
        dict.fromkeys(w for w, _, _ in folded_words(text) if len(w) > 2 and w not in _ALL_STOPS)
    )


def _edges(text: str) -> list[str]:
    grams: dict[str, None] = {}
    for word, _, _ in folded_words(text):
        for size in range(1, min(len(word), EDGE_MAX) + 1):
            grams[word[:size]] = None
    return list(grams)


class SscAnalyzer(Tokenizer):  # type: ignore[misc]  # whoosh is untyped
    """One pass from text to terms: ``stem`` (language-aware), ``word`` (unstemmed), ``edge``."""

    def __init__(self, kind: str = "stem") -> None:
        self.kind = kind

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, SscAnalyzer) and type(other) is type(self) and other.kind == self.kind
        )

    def __hash__(self) -> int:
        return hash(self.kind)

    def __call__(
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
            language = language_of(language)
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


def meta_text(solution: Solution) -> str:
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
        language_of(solution.language),
        str(year),
        solution.updated_at.strftime("%Y%m%d%H%M%S"),
        key(solution.title)[:80],
    ]
    body = [SUB.join(columns[name]) for name in COLUMNS]
    return SEP.join(head + body).encode("utf-8")


def document_for(solution: Solution) -> dict[str, Any]:
    """The fields Whoosh indexes for one solution."""
    mark = f"{_MARK}{language_of(solution.language)}{_MARK}"
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
    meta = meta_text(solution)
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
