"""Analysis and schema: from a solution to the terms and columns whoosh stores.

Every language version of a record is indexed with its own analyzer: the original texts with
the analyzer of ``solution.language``, each ``solution.translations[lang]`` with that language's
(see :data:`ANALYSES`: folded, i.e. lower case without accents, then Snowball-stemmed with the
language's stop words removed, for en, fr, es and pt), so "légumes" and "legumes" give one term
and "alimentation scolaire" finds the French version of a school-feeding record. The versions
go into the same fields, each segment marked with its language, positions apart so a phrase
never spans two versions; the query side stems each word in every language present. ``title``,
``lead`` (subtitle + summary), ``body`` (the long texts) and ``meta`` (countries,
organisations, keywords, themes, modalities) are scored with BM25F and query-time boosts; all
but ``meta`` keep positions for phrases. ``words`` is the same text folded but *unstemmed*:
spelling suggestions and prefix expansion read it (a stemmed field loses a third of typos, and
``spelling=True`` breaks fuzzy queries). ``prefix`` holds edge n-grams of titles and keywords
for as-you-type. The ``info`` column holds per-record facet values and sort keys.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pickle import dumps
from typing import Any

from whoosh.analysis import STOP_WORDS, Token, Tokenizer
from whoosh.columns import VarBytesColumn
from whoosh.fields import COLUMN, ID, TEXT, Schema
from whoosh.formats import Frequency, Positions
from whoosh.lang import stemmer_for_language
from whoosh.lang.stopwords import stoplists
from whoosh.system import pack_uint

from ssc_desktop.domain import vocab
from ssc_desktop.domain.model import Solution, Texts
from ssc_desktop.search.vocabulary import COLUMNS, fold, key, record_columns

EDGE_MAX = 12  # longest edge n-gram; longer prefixes are cut to it
STEMMED_LANGUAGES = ("en", "fr", "es", "pt")
_MARK = "\x1d"  # "\x1dfr\x1d..." tells the analyzer a segment's language (never in record text)
VERSION_GAP = 100  # positions between two language versions of a field (no phrase spans them)
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


@dataclass(frozen=True)
class LanguageAnalysis:
    """How the texts of one language become index terms.

    en, fr, es and pt: words folded (lower case, no accents), stop words dropped, Snowball
    stems. Another language plugs in by adding an entry to :data:`ANALYSES` (and its code to
    ``STEMMED_LANGUAGES`` if it stems with :func:`stem`): Arabic would normalise letters
    before a light stemmer, Russian use whoosh's Snowball Russian, Chinese give overlapping
    character bigrams from its own ``terms`` (issue 16). Queries are analysed by every
    language present in the index, so a new language needs no change to the query side beyond
    its entry here.
    """

    code: str
    stops: frozenset[str]

    def terms(self, text: str) -> list[str]:
        return stems(text, self.code)

    def term(self, word: str) -> str:
        """The index term of one folded word (a query word)."""
        return stem(word, self.code)


ANALYSES: dict[str, LanguageAnalysis] = {
    language: LanguageAnalysis(language, STOPS[language]) for language in STEMMED_LANGUAGES
}


def language_of(code: str) -> str:
    """The analysis used for texts in ``code`` (English for a language without its own)."""
    return code if code in ANALYSES else "en"


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
    """The folded words of a text with their offsets (for snippets and queries)."""
    for match in _WORD.finditer(text):
        word = fold(match.group())
        if 1 < len(word) <= 40 or word.isdigit():
            yield word, match.start(), match.end()


def index_words(text: str) -> list[str]:
    """The words of :func:`folded_words` without offsets: what indexing needs, many times
    faster (no match objects, and ``fold`` is cached)."""
    return [w for w in map(fold, _WORD.findall(text)) if 1 < len(w) <= 40 or w.isdigit()]


#: Per language, a word as written -> its index term ("" for a stop word or a word too short
#: or too long): one look-up per token while indexing (each record has three versions).
_TERMS: dict[str, dict[str, str]] = {language: {} for language in STEMMED_LANGUAGES}


def stems(text: str, language: str) -> list[str]:
    """The index terms of a text in a language, in order (stop words dropped)."""
    table = _TERMS.setdefault(language, {})
    get = table.get
    out: list[str] = []
    for raw in _WORD.findall(text):
        term = get(raw)
        if term is None:
            if len(table) > 400_000:
                table.clear()
            word = fold(raw)
            if not (1 < len(word) <= 40 or word.isdigit()) or word in STOPS[language]:
                term = ""
            else:
                term = stem(word, language)
            table[raw] = term
        if term:
            out.append(term)
    return out


ALL_STOPS = frozenset().union(*STOPS.values())  # stop words of any language


def _spelling_words(text: str) -> list[str]:
    """Distinct words worth suggesting: three letters or more, not stop words."""
    return [w for w in dict.fromkeys(index_words(text)) if len(w) > 2 and w not in ALL_STOPS]


def _edges(text: str) -> list[str]:
    grams: dict[str, None] = {}
    for word in dict.fromkeys(index_words(text)):
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

    def segment_terms(self, value: str) -> Iterator[list[str]]:
        """The terms of each language version in a field value, in order."""
        for language, text in _segments(value):
            if self.kind == "stem":
                yield ANALYSES[language].terms(text)
            elif self.kind == "edge":
                yield _edges(text)
            else:
                yield _spelling_words(text)

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
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        position = start_pos
        for terms in self.segment_terms(value):
            for term in terms:
                token.text = term
                token.boost = 1.0
                token.stopped = False
                if positions:
                    token.pos = position
                if chars:
                    token.startchar = token.endchar = start_char
                position += 1
                yield token
            position += VERSION_GAP


# whoosh's formats turn an analyzer's tokens into postings one Token object at a time; these
# take the terms of an SscAnalyzer as lists (the same postings, about three times faster).
class PositionsFormat(Positions):  # type: ignore[misc]  # whoosh is untyped
    """:class:`whoosh.formats.Positions` for an :class:`SscAnalyzer` (same values)."""

    def word_values(
        self, value: Any, analyzer: Any, **kwargs: Any
    ) -> Iterator[tuple[str, int, float, bytes]]:
        if not isinstance(analyzer, SscAnalyzer) or not isinstance(value, str):
            yield from super().word_values(value, analyzer, **kwargs)
            return
        found: dict[str, list[int]] = {}
        position = 0
        for terms in analyzer.segment_terms(value):
            for at_position, term in enumerate(terms, position):
                at = found.get(term)
                if at is None:
                    found[term] = [at_position]
                else:
                    at.append(at_position)
            position += len(terms) + VERSION_GAP
        boost = self.field_boost
        single = _SINGLE_POSITIONS
        for term, at in found.items():
            if len(at) == 1:  # most terms: the encoding of one position, made once
                value = single.get(at[0])
                if value is None:
                    value = single[at[0]] = self.encode(at)
                yield term, 1, boost, value
            else:
                yield term, len(at), len(at) * boost, self.encode(at)

    def encode(self, poslist: list[int]) -> bytes:
        deltas = [b - a for a, b in zip([0, *poslist], poslist, strict=False)]
        return bytes(pack_uint(len(deltas)) + dumps(deltas, 2))


_SINGLE_POSITIONS: dict[int, bytes] = {}


class FrequencyFormat(Frequency):  # type: ignore[misc]  # whoosh is untyped
    """:class:`whoosh.formats.Frequency` for an :class:`SscAnalyzer` (same values)."""

    def word_values(
        self, value: Any, analyzer: Any, **kwargs: Any
    ) -> Iterator[tuple[str, int, float, bytes]]:
        if not isinstance(analyzer, SscAnalyzer) or not isinstance(value, str):
            yield from super().word_values(value, analyzer, **kwargs)
            return
        counts: Counter[str] = Counter()
        for terms in analyzer.segment_terms(value):
            counts.update(terms)
        boost = self.field_boost
        for term, freq in counts.items():
            yield term, freq, freq * boost, pack_uint(freq)


def _segments(value: str) -> Iterator[tuple[str, str]]:
    """``(language, text)`` of each language version in a field value ("en" when unmarked)."""
    if not value.startswith(_MARK):
        yield "en", value
        return
    parts = value.split(_MARK)
    for i in range(1, len(parts) - 1, 2):
        yield language_of(parts[i]), parts[i + 1]


def versions(solution: Solution) -> list[tuple[str, Texts]]:
    """``(language, texts)`` of the original and of each translation, original first."""
    out = [(solution.language, solution.texts(solution.language))]
    out += [(lang, solution.texts(lang)) for lang in solution.translations]
    return out


def _marked(pieces: list[tuple[str, str]]) -> str:
    return "".join(f"{_MARK}{language_of(lang)}{_MARK}{text}" for lang, text in pieces if text)


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
    for name in ("title", "lead", "body"):
        schema[name].format = PositionsFormat(field_boost=1.0)
    for name in ("meta", "words", "prefix"):
        schema[name].format = FrequencyFormat(field_boost=1.0)
    return schema


NAME_LANGUAGES = ("en", "fr", "es")  # country and term names indexed in each of these


def meta_pieces(solution: Solution) -> list[tuple[str, str]]:
    """``(language, text)``: countries and modalities named in en/fr/es and the languages of
    the record's versions, organisations, and each version's keywords and themes (for
    matching, not display)."""
    texts = versions(solution)
    languages = list(dict.fromkeys([*NAME_LANGUAGES, *(lang for lang, _ in texts)]))
    names: dict[str, list[str]] = {lang: [] for lang in languages}
    countries = vocab.countries()
    for code in solution.country_codes:
        names["en"].append(code)
        country = countries.get(code)
        if country:
            for lang in languages:
                if country.names.get(lang):
                    names[lang].append(country.names[lang])
    terms = vocab.terms()
    labelled = [terms["modalities"].get(code) for code in solution.modalities]
    if solution.cooperation_type:
        labelled.append(terms["cooperation_types"].get(solution.cooperation_type))
    for term in labelled:
        if term:
            for lang in languages:
                if term.label.get(lang):
                    names[lang].append(term.label[lang])
    orgs = [part for org in solution.organisations for part in (org.name, org.acronym) if part]
    pieces = [(solution.language, " \n ".join(orgs))]
    pieces += [(lang, " \n ".join([*t.keywords, *t.themes])) for lang, t in texts]
    pieces += [(lang, " \n ".join(dict.fromkeys(words))) for lang, words in names.items()]
    return [(lang, text) for lang, text in pieces if text]


def meta_text(solution: Solution) -> str:
    """:func:`meta_pieces` as one text (for the FTS5 baseline of the benchmark)."""
    return " \n ".join(text for _, text in meta_pieces(solution))


def _info(solution: Solution) -> bytes:
    columns = record_columns(solution)
    year = solution.start_year or solution.end_year or 0
    # The original's language first, then the translations' (the query side stems in each).
    head = [
        solution.id,
        SUB.join(dict.fromkeys(language_of(lang) for lang, _ in versions(solution))),
        str(year),
        solution.updated_at.strftime("%Y%m%d%H%M%S"),
        key(solution.title)[:80],
    ]
    body = [SUB.join(columns[name]) for name in COLUMNS]
    return SEP.join(head + body).encode("utf-8")


def document_for(solution: Solution) -> dict[str, Any]:
    """The fields Whoosh indexes for one solution: every language version, each with its own
    analyzer; the stored texts (for snippets) are the original's."""
    texts = versions(solution)
    leads: list[tuple[str, str]] = []
    bodies: list[tuple[str, str]] = []
    for lang, t in texts:
        leads.append((lang, "\n".join(x for x in (t.subtitle, t.summary) if x)))
        long_texts = [t.challenge, t.solution, t.results, t.sustainability]
        if lang == solution.language:
            long_texts.append(solution.funding_mechanism)
        bodies.append((lang, "\n\n".join(x for x in long_texts if x)))
    meta = meta_pieces(solution)
    titles = [(lang, t.title) for lang, t in texts]
    plain = [text for pieces in (titles, leads, bodies, meta) for _, text in pieces]
    return {
        "id": solution.id,
        "title": _marked(titles),
        "_stored_title": solution.title,
        "lead": _marked(leads),
        "_stored_lead": leads[0][1],
        "body": _marked(bodies),
        "_stored_body": bodies[0][1],
        "meta": _marked(meta),
        "words": "\n".join(plain),
        "prefix": "\n".join(x for _, t in texts for x in (t.title, *t.keywords, *t.themes)),
        "info": _info(solution),
    }
