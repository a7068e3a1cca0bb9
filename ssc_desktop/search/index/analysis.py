"""Analysis and schema: from a solution to the terms and columns whoosh stores.

Every language version of a record is indexed with its own analyzer: the original texts with
the analyzer of ``solution.language``, each ``solution.translations[lang]`` with that language's
(see :data:`ANALYSES`), so "légumes" and "legumes" give one term and "alimentation scolaire"
finds the French version of a school-feeding record. Words are folded first (lower case, no
accents; Arabic letters normalised, ё -> е: :func:`~ssc_desktop.search.vocabulary.fold`), then:

* en, fr, es, pt: stop words dropped, Snowball stems;
* ar: Arabic stop words dropped, light stemming (Larkey's light10, as Lucene's Arabic analyzer);
* ru: Russian stop words dropped, Snowball Russian stems;
* zh: each run of Han characters gives its overlapping character bigrams, and each character
  alone at the same position (so a one-character query finds it), with no dictionary.

A word's script decides over the text's language: Arabic, Cyrillic and Han words take their
script's analysis wherever they stand (a Russian organisation name in an English record), and
Latin words in an ar/ru/zh text take English's; the query side does the same word by word
(``planning``), so mixed queries work. The versions go into the same fields, each segment
marked with its language, positions apart so a phrase never spans two versions. ``title``,
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
#: Languages analysed word by word with a Snowball stemmer from whoosh (Latin script).
STEMMED_LANGUAGES = ("en", "fr", "es", "pt")
#: Languages whose script decides a word's analysis, whatever the text's language.
SCRIPT_LANGUAGES = ("ar", "ru", "zh")
_MARK = "\x1d"  # "\x1dfr\x1d..." tells the analyzer a segment's language (never in record text)
VERSION_GAP = 100  # positions between two language versions of a field (no phrase spans them)
#: Separators of the ``info`` column: between columns, between the values of one column.
SEP, SUB = "\x1f", "\x1e"
#: Han ideographs (CJK unified, extension A, compatibility, extensions B-F).
_HAN_RANGES = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
_HAN = re.compile(f"[{_HAN_RANGES}]+")
_WORD = re.compile(r"\w+")
# Combining marks inside words (Arabic harakat, decomposed accents) are not "\w" and would cut
# a word in pieces: a text that has them is read with them as word characters (slower).
_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
_HAS_MARKS = re.compile(f"[{_MARKS}]")
_MARKED_WORD = re.compile(f"[\\w{_MARKS}]+")
_KEEP = {"ai", "eu", "ue", "era", "son", "sin", "us"}
# Arabic function words (folded: one alef, ه for ة, ي for ى); whoosh has no Arabic list.
_ARABIC_STOPS = """
في من الى على عن مع او ام ثم بل لا لم لن ما ماذا لماذا كيف اين متى قد لقد ان انه انها كان
كانت يكون تكون هو هي هم هن انا نحن انت انتم هذا هذه ذلك تلك هذان هاتان هولاء اولييك الذي التي
الذين اللذان اللتان اللواتي كل بعض غير بين عند عندما حتى اذا اذ لكن لان ايضا الا اي التى الي
فيه فيها منه منها عليه عليها اليه اليها به بها له لها لهم بهم فيهم منهم عليهم كما مثل حول
خلال ضمن عبر نحو لدى قبل بعد تحت فوق وفق حيث ليس ليست يتم تم وهو وهي وقد وفي ومن
"""
# Chinese function characters: a query's leftover characters that find nothing alone.
_CHINESE_STOPS = "的 了 和 与 及 或 在 是 对 为 于 之 其 等 把 被 从 向 也 都 而 并"


def _stops(language: str) -> frozenset[str]:
    words = set(STOP_WORDS) - {"us", "may", "can"} if language == "en" else set()
    if language in stoplists:
        words |= set(stoplists[language])
    words |= set({"ar": _ARABIC_STOPS, "zh": _CHINESE_STOPS}.get(language, "").split())
    return frozenset(fold(w) for w in words) - _KEEP


def is_han(word: str) -> bool:
    """Whether a folded word is a run of Han characters (see :func:`folded_words`)."""
    return bool(word) and word[0] >= "\u3400" and _HAN.match(word[0]) is not None


def script_of(word: str) -> str:
    """``"ar"``, ``"ru"`` or ``"zh"`` for a word in Arabic, Cyrillic or Han script (by its
    first letter); ``""`` otherwise."""
    if word.isascii():
        return ""
    letter = next((c for c in word if c.isalpha()), "")
    code = ord(letter) if letter else 0
    if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0x08A0 <= code <= 0x08FF:
        return "ar"
    if 0x0400 <= code <= 0x052F:
        return "ru"
    if letter and _HAN.fullmatch(letter):
        return "zh"
    return ""


# Larkey, Ballesteros & Connell, "Light stemming for Arabic information retrieval" (2007),
# light10, as Lucene's ArabicStemmer: one prefix, then each suffix in turn, while at least two
# letters remain (three after و). On folded words: ة is ه and ى is ي already.
_AR_PREFIXES = ("ال", "وال", "بال", "كال", "فال", "لل", "و")
_AR_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")


def arabic_stem(word: str) -> str:
    """The light10 stem of a folded Arabic word: "والتغذيه" -> "تغذ", "المزارعين" -> "مزارع"."""
    for prefix in _AR_PREFIXES:
        if word.startswith(prefix) and len(word) >= (4 if len(prefix) == 1 else len(prefix) + 2):
            word = word[len(prefix) :]
            break
    for suffix in _AR_SUFFIXES:
        if word.endswith(suffix) and len(word) >= len(suffix) + 2:
            word = word[: -len(suffix)]
    return word


def han_terms(run: str) -> list[str]:
    """The overlapping bigrams of a run of Han characters (the character itself when alone)."""
    if len(run) < 2:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


@dataclass(frozen=True)
class LanguageAnalysis:
    """How the texts of one language become index terms (see the module's docstring).

    ``stemmer`` turns a folded word into its term; ``None`` for Chinese, whose Han runs give
    character bigrams instead (:func:`han_terms`). Queries are analysed word by word with the
    analysis of the word's script (Latin words: every Latin language present in the index),
    so a new language needs only its entry here (and, for a new script, :func:`script_of`).
    """

    code: str
    stops: frozenset[str]
    stemmer: Callable[[str], str] | None

    def terms(self, text: str) -> list[str]:
        """The index terms of a text in this language (Han bigrams, then its characters)."""
        return [term for term, _ in positioned_stems(text, self.code)[0]]

    def term(self, word: str) -> str:
        """The index term of one folded word (a query word): ``""`` for a stop word."""
        return stem(word, self.code)

    def query_terms(self, word: str) -> tuple[str, ...]:
        """The terms a folded query word must match, in order (a phrase when several)."""
        return query_terms(word, self.code)


_STEMMERS: dict[str, Callable[[str], str] | None] = {
    **{language: stemmer_for_language(language) for language in (*STEMMED_LANGUAGES, "ru")},
    "ar": arabic_stem,
    "zh": None,
}
ANALYSES: dict[str, LanguageAnalysis] = {
    language: LanguageAnalysis(language, _stops(language), _STEMMERS[language])
    for language in (*STEMMED_LANGUAGES, *SCRIPT_LANGUAGES)
}
STOPS = {language: analysis.stops for language, analysis in ANALYSES.items()}
_STEM_CACHE: dict[str, dict[str, str]] = {language: {} for language in ANALYSES}


def language_of(code: str) -> str:
    """The analysis used for texts in ``code`` (English for a language without its own)."""
    return code if code in ANALYSES else "en"


def latin_language(code: str) -> str:
    """The analysis of Latin-script words in texts of ``code`` (English in ar/ru/zh texts)."""
    return code if code in STEMMED_LANGUAGES else "en"


def word_language(word: str, language: str) -> str:
    """The analysis of a folded word in a text of ``language``: its script's, else the text's."""
    return script_of(word) or latin_language(language)


def stem(word: str, language: str) -> str:
    """The index term of a folded word in a text of ``language`` (an Arabic or Cyrillic word
    takes its script's analysis whatever the language): ``""`` for a stop word of the word's
    script. Cached: stemmers are slow Python. Not for Han runs (see :func:`query_terms`)."""
    cache = _STEM_CACHE[language]
    found = cache.get(word)
    if found is None:
        if len(cache) > 400_000:
            cache.clear()
        analysis = ANALYSES[word_language(word, language)]
        stemmer = analysis.stemmer
        if word.isdigit() or stemmer is None:
            found = word
        elif analysis.code != language and word in analysis.stops:
            found = ""  # e.g. an Arabic "في" in an English text
        else:
            found = stemmer(word)
        cache[word] = found
    return found


def query_terms(word: str, language: str) -> tuple[str, ...]:
    """The terms a folded query word must match in texts of ``language``, in order: one
    term, the bigrams of a Han run (a phrase), or none for a stop word."""
    if is_han(word):
        return () if word in STOPS["zh"] else tuple(han_terms(word))
    if word in STOPS[word_language(word, language)]:
        return ()
    found = stem(word, language)
    return (found,) if found else ()


def match_key(word: str) -> str:
    """A folded word as glossary and name lookups compare it: Arabic and Cyrillic words by
    their stem (their endings vary with case, number and article), others as they are."""
    return stem(word, "en") if script_of(word) in ("ar", "ru") else word


def folded_words(text: str) -> Iterator[tuple[str, int, int]]:
    """``(folded word, start, end)`` of the words of a text: two characters or more, or
    digits; a run of Han characters is one word of any length, apart from what it touches."""
    words = _WORD if text.isascii() or _HAS_MARKS.search(text) is None else _MARKED_WORD
    for match in words.finditer(text):
        raw = match.group()
        if raw.isascii():
            if 1 < len(raw) <= 40 or raw.isdigit():
                yield raw.lower(), match.start(), match.end()  # fold(), faster
            continue
        if _HAN.search(raw):
            base = match.start()
            position = 0
            for han in _HAN.finditer(raw):
                if han.start() > position:
                    yield from _plain(raw[position : han.start()], base + position)
                yield fold(han.group()), base + han.start(), base + han.end()
                position = han.end()
            if position < len(raw):
                yield from _plain(raw[position:], base + position)
            continue
        word = fold(raw)
        if 1 < len(word) <= 40 or word.isdigit():
            yield word, match.start(), match.end()


def _plain(raw: str, start: int) -> Iterator[tuple[str, int, int]]:
    word = fold(raw)
    if 1 < len(word) <= 40 or word.isdigit():
        yield word, start, start + len(raw)


def index_words(text: str) -> list[str]:
    """The words of :func:`folded_words` without offsets, for text without Han characters or
    combining marks: what indexing needs, many times faster (no match objects, ``fold`` cached)."""
    return [w for w in map(fold, _WORD.findall(text)) if 1 < len(w) <= 40 or w.isdigit()]


#: Per language, a word as written -> its index term ("" for a stop word or a word too short
#: or too long): one look-up per token while indexing (each record has three versions).
_TERMS: dict[str, dict[str, str]] = {}


def stems(text: str, language: str) -> list[str]:
    """The index terms of a text without Han characters, in order (stop words dropped)."""
    stops = STOPS[language]
    if not text.isascii() and _HAS_MARKS.search(text) is not None:  # marks split \w words
        return [t for w, _, _ in folded_words(text) if w not in stops and (t := stem(w, language))]
    table = _TERMS.setdefault(language, {})
    get = table.get
    out: list[str] = []
    for raw in _WORD.findall(text):
        term = get(raw)
        if term is None:
            if len(table) > 400_000:
                table.clear()
            word = fold(raw)
            if not (1 < len(word) <= 40 or word.isdigit()) or word in stops:
                term = ""
            else:
                term = stem(word, language)
            table[raw] = term
        if term:
            out.append(term)
    return out


def positioned_stems(text: str, language: str) -> tuple[list[tuple[str, int]], int]:
    """``([(term, position)], positions used)`` of any text. A Han run of n characters takes
    n - 1 positions (one when alone): its bigrams one each, and each character alone at the
    position of the bigram it starts (the last at the next word's), so a phrase of bigrams
    and the words around it match as typed."""
    stops = STOPS[language]
    out: list[tuple[str, int]] = []
    position = 0
    for w, _, _ in folded_words(text):
        if is_han(w):
            if len(w) > 1:
                out += [(gram, position + i) for i, gram in enumerate(han_terms(w))]
            out += [(char, position + i) for i, char in enumerate(w)]
            position += max(1, len(w) - 1)
        elif w not in stops:
            found = stem(w, language)
            if found:
                out.append((found, position))
                position += 1
    return out, position


ALL_STOPS = frozenset().union(*STOPS.values())  # stop words of any language


def _spelling_words(text: str) -> list[str]:
    """Distinct words worth suggesting: three letters or more, not stop words, no Han runs
    (spelling does not correct Chinese)."""
    if text.isascii() or (_HAN.search(text) is None and _HAS_MARKS.search(text) is None):
        return [w for w in dict.fromkeys(index_words(text)) if len(w) > 2 and w not in ALL_STOPS]
    return list(
        dict.fromkeys(
            w
            for w, _, _ in folded_words(text)
            if len(w) > 2 and w not in ALL_STOPS and not is_han(w)
        )
    )


def _edges(text: str) -> list[str]:
    grams: dict[str, None] = {}
    plain = text.isascii() or (_HAS_MARKS.search(text) is None and _HAN.search(text) is None)
    words = index_words(text) if plain else [w for w, _, _ in folded_words(text)]
    for word in dict.fromkeys(words):
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
                yield stems(text, language)
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
        for language, text in _segments(value):
            if self.kind == "stem" and not text.isascii() and _HAN.search(text) is not None:
                placed, used = positioned_stems(text, language)
                for term, offset in placed:
                    token.text = term
                    token.boost = 1.0
                    token.stopped = False
                    if positions:
                        token.pos = position + offset
                    if chars:
                        token.startchar = token.endchar = start_char
                    yield token
                position += used + VERSION_GAP
                continue
            if self.kind == "stem":
                terms = stems(text, language)
            elif self.kind == "edge":
                terms = _edges(text)
            else:
                terms = _spelling_words(text)
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
        if not _listable(value, analyzer):
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


def _listable(value: Any, analyzer: Any) -> bool:
    """Whether ``value``'s terms come as plain lists (one position each): not for Han text in a
    stemmed field, whose bigrams and characters share positions (``SscAnalyzer.__call__``)."""
    return (
        isinstance(analyzer, SscAnalyzer)
        and isinstance(value, str)
        and not (analyzer.kind == "stem" and _HAN.search(value) is not None)
    )


class FrequencyFormat(Frequency):  # type: ignore[misc]  # whoosh is untyped
    """:class:`whoosh.formats.Frequency` for an :class:`SscAnalyzer` (same values)."""

    def word_values(
        self, value: Any, analyzer: Any, **kwargs: Any
    ) -> Iterator[tuple[str, int, float, bytes]]:
        if not _listable(value, analyzer):
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
