"""What search knows about records beyond their words: facet values, filter values, the glossary.

Pure Python (no whoosh). Facet values are stable codes that round-trip as filters: ``sdg`` "5",
``region`` the M49 region's English name ("Africa"), ``subregion`` the M49 sub-region code ("202",
"419"), ``country`` the ISO3 code, ``organisation``
the acronym (else the name), ``modality`` / ``cooperation_type`` the terms.json code, ``year`` the
start year (else the end year), ``language`` the record's language code. Filter values are
resolved from what people type: names in en/fr/es, codes, aliases from
``resources/vocab/terms.json`` and ``resources/search/aliases.json``.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from ssc_desktop.domain import vocab
from ssc_desktop.domain.facets import FACETS, FILTERS
from ssc_desktop.domain.model import YEAR_MAX, YEAR_MIN, Solution
from ssc_desktop.resources import resources_dir

#: Per-document columns the search keeps in memory: the facets, plus what filters match on.
COLUMNS = (*FACETS, "region_tokens", "org_tokens", "status")
#: Which column a filter on each name tests (most test their own facet's values).
_TESTS = {"region": "region_tokens", "subregion": "region_tokens", "organisation": "org_tokens"}
FILTER_COLUMN: dict[str, str] = {name: _TESTS.get(name, name) for name in FILTERS}
#: Names a filter may have (declared in ssc_desktop.domain.facets).
FILTER_NAMES = FILTERS
_SPECIAL = str.maketrans(
    {
        **{"ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe"},
        # Arabic (as Lucene's ArabicNormalizer; أ إ آ and the harakat go with the accents):
        # alef wasla, alef maksura, taa marbuta, tatweel; Arabic-Indic digits.
        **{"ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": ""},
        **{chr(0x660 + d): str(d) for d in range(10)},
        **{chr(0x6F0 + d): str(d) for d in range(10)},
    }
)
_NON_ALNUM = re.compile(r"[\W_]+")  # letters of any script are kept
_LANGUAGE_NAMES = {
    "en": ("en", "english", "anglais", "ingles"),
    "fr": ("fr", "french", "francais", "frances"),
    "es": ("es", "spanish", "espagnol", "espanol", "castellano"),
    "pt": ("pt", "portuguese", "portugais", "portugues"),
    "ar": ("ar", "arabic", "arabe"),
    "ru": ("ru", "russian", "russe", "ruso"),
    "zh": ("zh", "chinese", "chinois", "chino"),
}


@lru_cache(maxsize=262_144)
def fold(word: str) -> str:
    """Lower case without accents: "Côte" -> "cote", "Straße" -> "strasse"; Russian ё -> е
    (й stays й); Arabic without harakat or tatweel, one alef (أ إ آ ٱ -> ا), ى -> ي, ة -> ه."""
    lowered = word.casefold()
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFKD", lowered).replace("и\u0306", "й")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_SPECIAL)


def key(text: str) -> str:
    """A name reduced for lookup: folded, punctuation as single spaces."""
    return _NON_ALNUM.sub(" ", fold(text)).strip()


@cache
def _search_data(name: str) -> Any:
    path = resources_dir() / "search" / name
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


@dataclass(frozen=True)
class Concept:
    """One entry of the glossary: a concept and its terms in each language (folded)."""

    id: str
    terms: dict[str, tuple[str, ...]]


@cache
def glossary() -> tuple[Concept, ...]:
    """The multilingual glossary of development terms (resources/search/glossary.json):
    the one source of cross-language bridging and of synonyms within a language."""
    concepts = []
    for entry in _search_data("glossary.json").get("concepts", []):
        terms = {
            str(lang): tuple(dict.fromkeys(key(str(t)) for t in values if key(str(t))))
            for lang, values in entry.items()
            if lang not in ("id", "group") and isinstance(values, list)
        }
        concepts.append(Concept(str(entry.get("id", "")), {k: v for k, v in terms.items() if v}))
    return tuple(concepts)


@cache
def glossary_words() -> frozenset[str]:
    """Every folded word of every glossary term, in any language: real words, never
    "corrected" into another."""
    return frozenset(
        word
        for concept in glossary()
        for terms in concept.terms.values()
        for term in terms
        for word in term.split()
        if len(word) > 2
    )


# -- record -> facet values --------------------------------------------------------------------
def organisation_value(name: str, acronym: str) -> str:
    return acronym.strip() or name.strip()


def record_columns(solution: Solution) -> dict[str, tuple[str, ...]]:
    """The in-memory columns of one record (see COLUMNS)."""
    countries = vocab.countries()
    regions: dict[str, None] = {}
    subregions: dict[str, None] = {}
    region_tokens: dict[str, None] = {}
    for code in solution.country_codes:
        country = countries.get(code)
        if country is None or not country.region:
            continue
        regions[country.region] = None
        if country.subregion_code:
            subregions[country.subregion_code] = None
        for token in (country.region_code, country.subregion_code, country.intermediate_code):
            if token:
                region_tokens[token] = None
        for flag in ("ldc", "lldc", "sids"):
            if getattr(country, flag):
                region_tokens[flag] = None
    orgs: dict[str, None] = {}
    org_tokens: dict[str, None] = {}
    for org in solution.organisations:
        orgs[organisation_value(org.name, org.acronym)] = None
        for text in (org.acronym, org.name):
            if text.strip():
                org_tokens[key(text)] = None
    year = solution.start_year or solution.end_year
    return {
        "sdg": tuple(str(g) for g in dict.fromkeys(solution.sdgs)),
        "region": tuple(regions),
        "subregion": tuple(subregions),
        "country": tuple(solution.country_codes),
        "organisation": tuple(orgs),
        "modality": tuple(solution.modalities),
        "cooperation_type": (solution.cooperation_type,) if solution.cooperation_type else (),
        "year": (str(year),) if year else (),
        "language": (solution.language,),
        "region_tokens": tuple(region_tokens),
        "org_tokens": tuple(org_tokens),
        "status": (solution.status,) if solution.status else (),
    }


# -- typed value -> filter tokens --------------------------------------------------------------
@dataclass(frozen=True)
class Resolved:
    """A filter value understood: the column it tests and the values it accepts."""

    name: str
    column: str
    tokens: frozenset[str]
    label: str


@cache
def _country_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for code, country in vocab.countries().items():
        index[key(code)] = code
        if country.iso2:
            index.setdefault(key(country.iso2), code)
        for name in country.names.values():
            index.setdefault(key(name), code)
            short = name.split(" (")[0]
            index.setdefault(key(short), code)
    for alias, code in _search_data("aliases.json").get("countries", {}).items():
        if code in vocab.countries():
            index[key(alias)] = code
    return index


@cache
def _country_names() -> dict[tuple[str, ...], str]:
    """Words of each country's names (en/fr/es, short forms, aliases) -> ISO3; codes left out
    ("in", "per", "can" are words, not India, Peru and Canada)."""
    names: dict[tuple[str, ...], str] = {}
    for code, country in vocab.countries().items():
        for name in country.names.values():
            for form in (name, name.split(" (")[0]):
                words = tuple(key(form).split())
                joined = "".join(words)
                if words and (len(joined) > 3 or (len(joined) > 1 and not joined.isascii())):
                    names.setdefault(words, code)
    for alias, code in _search_data("aliases.json").get("countries", {}).items():
        words = tuple(key(alias).split())
        if code in vocab.countries() and words:
            names[words] = code
    return names


def countries_in(words: list[str]) -> list[tuple[int, int, str]]:
    """``(start, end, ISO3)`` of the country names among folded ``words`` (longest first:
    "South Africa" is not "Africa", which is no country anyway)."""
    names = _country_names()
    longest = max(len(k) for k in names)
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 0, -1):
            code = names.get(tuple(words[i : i + size]))
            if code:
                found.append((i, i + size, code))
                i += size
                break
        else:
            i += 1
    return found


def country_areas(code: str) -> list[tuple[str, str, str]]:
    """``(level, M49 code, English name)`` of a country's sub-region (the intermediate region
    where there is one: Western Africa) and region (Africa)."""
    country = vocab.countries().get(code)
    if country is None:
        return []
    regions = vocab.regions()
    out = []
    sub = country.intermediate_code or country.subregion_code
    for level, area in (("subregion", sub), ("region", country.region_code)):
        entry = regions.get(area) if area else None
        if entry:
            out.append((level, area, str(entry["name"]["en"])))
    return out


@cache
def _region_index() -> dict[str, tuple[str, ...]]:
    index: dict[str, tuple[str, ...]] = {}
    for code, entry in vocab.regions().items():
        index[key(code)] = (code,)
        for name in entry.get("name", {}).values():
            index.setdefault(key(name), (code,))
    for flag in ("ldc", "lldc", "sids"):
        index[flag] = (flag,)
    for alias, codes in _search_data("aliases.json").get("regions", {}).items():
        index[key(alias)] = tuple(codes)
    return index


@cache
def _region_names() -> dict[str, str]:
    """M49 region name (the facet value) -> region code, and code -> name."""
    names: dict[str, str] = {}
    for code, entry in vocab.regions().items():
        if entry.get("level") == "region":
            name = entry["name"]["en"]
            names[name] = code
            names[code] = name
    return names


@cache
def _term_index(list_name: str) -> dict[str, str]:
    index: dict[str, str] = {}
    for code, term in vocab.terms()[list_name].items():
        index[key(code)] = code
        for text in (*term.label.values(), *term.aliases):
            index.setdefault(key(text), code)
            for part in text.split(" / "):
                index.setdefault(key(part), code)
    return index


@cache
def _sdg_words() -> list[tuple[int, str]]:
    return [
        (goal, key(" ".join([*sdg.short.values(), *sdg.title.values()])))
        for goal, sdg in vocab.sdgs().items()
    ]


@cache
def _name_words() -> frozenset[str]:
    """Folded words of the names of countries, regions, UN entities and SDGs (any language)."""
    words: set[str] = set()
    for names in (_country_index(), _region_index(), _term_index("modalities")):
        for name in names:
            words.update(name.split())
    for entity in vocab.un_entities().values():
        words.update(key(entity.acronym).split())
        words.update(key(entity.name).split())
    for _goal, label_words in _sdg_words():
        words.update(label_words.split())
    return frozenset(w for w in words if len(w) > 2)


def name_words() -> frozenset[str]:
    """Folded words of the names of countries, regions, UN entities and SDGs (any language)."""
    return _name_words()


def is_name(word: str, organisations: Iterable[str] = ()) -> bool:
    """Whether a word is (part of) the name of a country, region, modality, UN entity, SDG,
    a glossary term of any language or one of ``organisations`` (folded names): such a word
    is never "corrected"."""
    folded = key(word)
    if folded in _name_words() or folded in glossary_words():
        return True
    return any(folded in name.split() for name in organisations)


def _years(value: str) -> tuple[int, int] | None:
    """``2017``, ``2015..2018``, ``2015-2018``, ``2015..``, ``..2018``, ``>=2015``, ``<2018``."""
    text = value.strip().replace("–", "-").replace("—", "-").replace(" ", "")
    single = re.fullmatch(r"\d{4}", text)
    ranged = re.fullmatch(r"(\d{4})?(?:\.\.|-|:)(\d{4})?", text)
    compared = re.fullmatch(r"(>=|<=|>|<)(\d{4})", text)
    if single:
        low = high = int(text)
    elif ranged and (ranged.group(1) or ranged.group(2)):
        low = int(ranged.group(1)) if ranged.group(1) else YEAR_MIN
        high = int(ranged.group(2)) if ranged.group(2) else YEAR_MAX
    elif compared:
        year = int(compared.group(2))
        low, high = {
            ">=": (year, YEAR_MAX),
            ">": (year + 1, YEAR_MAX),
            "<=": (YEAR_MIN, year),
            "<": (YEAR_MIN, year - 1),
        }[compared.group(1)]
    else:
        return None
    low, high = max(low, YEAR_MIN), min(high, YEAR_MAX)
    return (low, high) if low <= high else None


class Resolver:
    """Turns ``name:value`` into column tokens; ``organisations`` lists the names indexed."""

    def __init__(self, organisations: Callable[[], Iterable[str]] = tuple) -> None:
        self._organisations = organisations

    def known(self, name: str, value: str) -> bool:
        return self.resolve(name, value) is not None

    def resolve(self, name: str, value: object) -> Resolved | None:
        text = str(value).strip()
        folded = key(text)
        if not folded:
            return None
        column = FILTER_COLUMN.get(name)
        if column is None:
            return None
        tokens: set[str] = set()
        label = text
        if name == "country":
            code = _country_index().get(folded)
            if code:
                tokens.add(code)
                label = vocab.country_name(code)
        elif name in ("region", "subregion"):
            if text in _region_names() and not text.isdigit():
                tokens.add(_region_names()[text])
            else:
                tokens.update(_region_index().get(folded, ()))
        elif name == "sdg":
            number = re.fullmatch(r"(?:sdg|goal|odd|ods)?\s*0*(\d{1,2})", folded)
            if number and 1 <= int(number.group(1)) <= 17:
                tokens.add(str(int(number.group(1))))
            else:
                words = folded.split()
                tokens.update(
                    str(goal)
                    for goal, label_words in _sdg_words()
                    if all(re.search(rf"\b{re.escape(w)}", label_words) for w in words)
                )
            if tokens:
                label = "SDG " + ", ".join(sorted(tokens, key=int))
        elif name == "organisation":
            known = set(self._organisations())
            if folded in known:
                tokens.add(folded)
        elif name in ("modality", "cooperation_type", "status"):
            list_name = {
                "modality": "modalities",
                "cooperation_type": "cooperation_types",
                "status": "statuses",
            }[name]
            code = _term_index(list_name).get(folded)
            if code:
                tokens.add(code)
                label = vocab.terms()[list_name][code].text()
        elif name == "year":
            span = _years(text)
            if span:
                tokens.update(str(y) for y in range(span[0], span[1] + 1))
                label = str(span[0]) if span[0] == span[1] else f"{span[0]}–{span[1]}"
        elif name == "language":
            for code, names in _LANGUAGE_NAMES.items():
                if folded in names:
                    tokens.add(code)
            if not tokens and re.fullmatch(r"[a-z]{2,3}", folded):
                tokens.add(folded)
        return Resolved(name, column, frozenset(tokens), label) if tokens else None

    def suggest(self, name: str, value: str) -> str | None:
        """A close known value for a filter value that resolved to nothing."""
        folded = key(value)
        if name == "country":
            pool: Iterable[str] = _country_index()
        elif name in ("region", "subregion"):
            pool = _region_index()
        elif name == "organisation":
            pool = self._organisations()
        elif name in ("modality", "cooperation_type", "status"):
            pool = _term_index(
                {
                    "modality": "modalities",
                    "cooperation_type": "cooperation_types",
                    "status": "statuses",
                }[name]
            )
        else:
            return None
        close = difflib.get_close_matches(folded, list(pool), n=1, cutoff=0.75)
        return close[0] if close else None


def facet_label(facet: str, value: str, language: str = "en") -> str:
    """How a facet value is shown to people ("KEN" -> "Kenya", "5" -> "5 Gender equality")."""
    try:
        if facet == "country":
            return vocab.country_name(value, language)
        if facet == "sdg":
            return f"{value} {vocab.sdgs()[int(value)].label(language)}"
        if facet in ("region", "subregion"):
            code = _region_names().get(value) if facet == "region" else value
            entry = vocab.regions().get(code or "")
            return entry["name"].get(language, value) if entry else value
        if facet in ("modality", "cooperation_type"):
            list_name = "modalities" if facet == "modality" else "cooperation_types"
            return vocab.terms()[list_name][value].text(language)
    except (KeyError, ValueError):
        pass
    return value
