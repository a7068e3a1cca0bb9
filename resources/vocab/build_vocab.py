"""Regenerate the controlled vocabularies in resources/vocab/ from the stored sources.

Usage (from the repository root; needs Babel, PyYAML and pycountry, never the network):

    python resources/vocab/build_vocab.py          # rebuild countries.csv, regions.json, sdgs.json
    python resources/vocab/build_vocab.py --check  # validate every vocabulary file, write nothing

terms.json is maintained by hand; it is only validated here. un_entities.json is not ours.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
import unicodedata
from collections.abc import Iterable
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pycountry
import yaml
from babel import Locale
from babel.core import get_cldr_version

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
UNSD_CSV = SOURCES / "unsd-m49.csv"
SDG_SOURCES = SOURCES / "sdg-translations"

COUNTRIES_CSV = HERE / "countries.csv"
REGIONS_JSON = HERE / "regions.json"
SDGS_JSON = HERE / "sdgs.json"
TERMS_JSON = HERE / "terms.json"

LANGUAGES = ("en", "fr", "es", "ar", "ru", "zh")
TRANSLATED = ("fr", "es", "ar", "ru", "zh")
#: The languages whose SDG names come from open-sdg/sdg-translations (stored under sources/);
#: the others are typed in from the UN's own texts (``SDG_NAMES``).
SDG_SOURCE_LANGUAGES = ("en", "fr", "es")

COUNTRY_COLUMNS = (
    "iso3",
    "iso2",
    "m49",
    "name_en",
    "name_fr",
    "name_es",
    "name_ar",
    "name_ru",
    "name_zh",
    "region_code",
    "region_en",
    "subregion_code",
    "subregion_en",
    "intermediate_code",
    "intermediate_en",
    "ldc",
    "lldc",
    "sids",
)

# UNSD column -> our column.
UNSD_FIELDS = {
    "ISO-alpha3 Code": "iso3",
    "ISO-alpha2 Code": "iso2",
    "M49 Code": "m49",
    "Country or Area": "name_en",
    "Region Code": "region_code",
    "Region Name": "region_en",
    "Sub-region Code": "subregion_code",
    "Sub-region Name": "subregion_en",
    "Intermediate Region Code": "intermediate_code",
    "Intermediate Region Name": "intermediate_en",
}
UNSD_FLAGS = {
    "Least Developed Countries (LDC)": "ldc",
    "Land Locked Developing Countries (LLDC)": "lldc",
    "Small Island Developing States (SIDS)": "sids",
}

REGION_LEVELS = ("region", "subregion", "intermediate")

# CLDR labels for these M49 codes name a different (or ambiguous) area than the M49 group, or
# use an informal form, so the UN's own M49 names in that language (UNSD "Standard country or
# area codes for statistical use", in each language) are used instead.
REGION_NAME_OVERRIDES: dict[str, dict[str, str]] = {
    # CLDR: "Amérique latine" / "Latinoamérica" (Latin America only).
    "419": {
        "fr": "Amérique latine et Caraïbes",
        "es": "América Latina y el Caribe",
        "ar": "أمريكا اللاتينية ومنطقة البحر الكاريبي",
        "ru": "Латинская Америка и Карибский бассейн",
        "zh": "拉丁美洲和加勒比",
    },
    # CLDR: "Australasie" / "Australasia" (a wider area).
    "053": {
        "fr": "Australie et Nouvelle-Zélande",
        "es": "Australia y Nueva Zelandia",
        "ar": "أستراليا ونيوزيلندا",
        "ru": "Австралия и Новая Зеландия",
        "zh": "澳大利亚和新西兰",
    },
    # CLDR: "région micronésienne" / "Región de Micronesia" (lower-case, disambiguated).
    "057": {
        "fr": "Micronésie",
        "es": "Micronesia",
        "ar": "ميكرونيزيا",
        "ru": "Микронезия",
        "zh": "密克罗尼西亚",
    },
    # CLDR ru "Тропическая Африка" (tropical Africa), not the M49 group.
    "202": {"ru": "Африка к югу от Сахары"},
    # CLDR: ru "Североамериканский регион", zh "美洲北部", ar "شمال أمريكا" (informal forms).
    "021": {"ar": "أمريكا الشمالية", "ru": "Северная Америка", "zh": "北美洲"},
    # CLDR: ru "Карибы" (colloquial).
    "029": {"ru": "Карибский бассейн"},
    # CLDR zh "玻利尼西亚" (a Taiwan spelling); the UN writes 波利尼西亚.
    "061": {"zh": "波利尼西亚"},
}

# Official UN SDG colours (UN SDG communications materials / guidelines).
SDG_COLOURS: dict[int, str] = {
    1: "#E5243B",
    2: "#DDA63A",
    3: "#4C9F38",
    4: "#C5192D",
    5: "#FF3A21",
    6: "#26BDE2",
    7: "#FCC30B",
    8: "#A21942",
    9: "#FD6925",
    10: "#DD1367",
    11: "#FD9D24",
    12: "#BF8B2E",
    13: "#3F7E44",
    14: "#0A97D9",
    15: "#56C02B",
    16: "#00689D",
    17: "#19486A",
}

# Short names in open-sdg/sdg-translations that differ from the UN's official short names
# (typos, informal variants). Applied after sentence-casing.
SDG_SHORT_OVERRIDES: dict[tuple[str, int], str] = {
    ("en", 8): "Decent work and economic growth",  # source: "Decent jobs and ..."
    ("en", 11): "Sustainable cities and communities",  # source: "... cities & communities"
    ("en", 16): "Peace, justice and strong institutions",  # source: "Peace and justice - ..."
    ("fr", 2): "Faim « zéro »",  # source: 'Faim "zéro"'
    ("fr", 7): "Énergie propre et d’un coût abordable",  # source: "Energies propres ..."
    ("fr", 8): "Travail décent et croissance économique",  # source: "Travaux décent ..."
    ("es", 11): "Ciudades y comunidades sostenibles",  # source: "Cuidades ..." (typo)
}

# SDG names in Arabic, Russian and Chinese as the UN publishes them (sources/un-sdg-names.json):
# the short names of the official SDG icons (un.org/{ar,ru,zh}/sustainable-development) and the
# goal titles of General Assembly resolution 70/1 (A/RES/70/1) in each language.
# open-sdg/sdg-translations has these languages too, but with typos (ar "إالى",
# ru "Достойна работа") and without Chinese short names.
UN_SDG_NAMES = SOURCES / "un-sdg-names.json"

TERM_LISTS: dict[str, tuple[str, ...]] = {
    "country_roles": ("provider", "recipient", "partner", "funder", "participant"),
    "organisation_roles": ("supported_by", "implementing", "partner"),
    "organisation_types": (
        "un_entity",
        "government",
        "development_bank",
        "intergovernmental",
        "civil_society",
        "academia",
        "private_sector",
        "foundation",
    ),
    "cooperation_types": ("south_south", "triangular", "regional", "city_to_city"),
    "modalities": (
        "knowledge_sharing",
        "capacity_development",
        "technical_assistance",
        "technology_transfer",
        "policy_dialogue",
        "financing",
        "centre_of_excellence",
        "volunteers",
        "networks",
    ),
    "statuses": ("planned", "ongoing", "completed"),
}

HEX_COLOUR = re.compile(r"^#[0-9A-F]{6}$")
M49_CODE = re.compile(r"^\d{3}$")


class VocabError(Exception):
    """A vocabulary file or source is inconsistent."""


def clean(text: str) -> str:
    """NFC-normalise and collapse runs of whitespace (the SDG sources mix NFD and NFC)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:].lower()


def dump_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_text(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {path.relative_to(HERE.parent.parent)}")


# --- countries -------------------------------------------------------------------------------


def read_unsd() -> list[dict[str, str]]:
    with UNSD_CSV.open(encoding="utf-8", newline="") as handle:
        return [{k: clean(v) for k, v in row.items()} for row in csv.DictReader(handle)]


def build_countries() -> list[dict[str, str]]:
    locales = {lang: Locale(lang) for lang in TRANSLATED}
    rows: list[dict[str, str]] = []
    for source in read_unsd():
        row = {ours: source[theirs] for theirs, ours in UNSD_FIELDS.items()}
        for theirs, ours in UNSD_FLAGS.items():
            flag = source[theirs]
            if flag not in ("", "x"):
                raise VocabError(f"{row['iso3']}: unexpected {theirs} value {flag!r}")
            row[ours] = "1" if flag == "x" else "0"
        for lang, locale in locales.items():
            name = locale.territories.get(row["iso2"])
            if not name:
                raise VocabError(f"CLDR has no {lang} name for {row['iso2']}")
            row[f"name_{lang}"] = name
        known = pycountry.countries.get(alpha_3=row["iso3"])
        if known is None:
            print(f"warning: {row['iso3']} ({row['name_en']}) is not in pycountry")
        elif known.alpha_2 != row["iso2"] or int(known.numeric) != int(row["m49"]):
            print(f"warning: {row['iso3']} codes differ from pycountry ({known.alpha_2})")
        rows.append({column: row[column] for column in COUNTRY_COLUMNS})
    rows.sort(key=lambda r: r["iso3"])
    return rows


def countries_csv(rows: Iterable[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COUNTRY_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


# --- regions ---------------------------------------------------------------------------------


def build_regions(countries: Iterable[dict[str, str]]) -> list[dict[str, Any]]:
    locales = {lang: Locale(lang) for lang in TRANSLATED}
    found: dict[str, dict[str, Any]] = {}
    for row in countries:
        parent: str | None = None
        for level in REGION_LEVELS:  # the level names are also the countries.csv prefixes
            code = row[f"{level}_code"]
            if not code:
                continue
            entry = {"code": code, "level": level, "parent": parent, "en": row[f"{level}_en"]}
            previous = found.setdefault(code, entry)
            if previous != entry:
                raise VocabError(f"M49 area {code} is described two ways: {previous} / {entry}")
            parent = code
    regions: list[dict[str, Any]] = []
    for entry in sorted(found.values(), key=lambda e: (REGION_LEVELS.index(e["level"]), e["code"])):
        code = entry["code"]
        name = {"en": entry["en"]}
        for lang, locale in locales.items():
            override = REGION_NAME_OVERRIDES.get(code, {}).get(lang)
            cldr = locale.territories.get(code)
            if override is None and cldr is None:
                raise VocabError(f"no {lang} name for M49 area {code}; add an override")
            name[lang] = override or cldr
        regions.append(
            {"code": code, "level": entry["level"], "parent": entry["parent"], "name": name}
        )
    return regions


# --- SDGs ------------------------------------------------------------------------------------


def read_sdg_source(lang: str) -> dict[int, dict[str, str]]:
    raw = yaml.safe_load((SDG_SOURCES / lang / "global_goals.yml").read_text(encoding="utf-8"))
    goals: dict[int, dict[str, str]] = {}
    for key, value in raw.items():
        if isinstance(value, dict):  # '1': {short: ..., title: ...}
            goals.setdefault(int(key), {}).update({k: str(v) for k, v in value.items()})
        else:  # 1-short: ... / 1-title: ...
            goal, field = str(key).split("-", 1)
            goals.setdefault(int(goal), {})[field] = str(value)
    return goals


def build_sdgs() -> list[dict[str, Any]]:
    sources = {lang: read_sdg_source(lang) for lang in SDG_SOURCE_LANGUAGES}
    typed: dict[str, dict[str, dict[str, str]]] = json.loads(
        UN_SDG_NAMES.read_text(encoding="utf-8")
    )
    sdgs: list[dict[str, Any]] = []
    for goal in range(1, 18):
        short: dict[str, str] = {}
        title: dict[str, str] = {}
        for lang in SDG_SOURCE_LANGUAGES:
            entry = sources[lang][goal]
            short[lang] = sentence_case(clean(entry["short"]))
            override = SDG_SHORT_OVERRIDES.get((lang, goal))
            if override is not None:
                if override == short[lang]:
                    print(f"note: SDG short-name override ({lang}, {goal}) is now redundant")
                short[lang] = override
            title[lang] = clean(entry["title"])
        for lang, names in typed.items():
            short[lang] = clean(names[str(goal)]["short"])
            title[lang] = clean(names[str(goal)]["title"])
        sdgs.append({"goal": goal, "colour": SDG_COLOURS[goal], "short": short, "title": title})
    return sdgs


# --- checks ----------------------------------------------------------------------------------


def require(condition: bool, message: str, problems: list[str]) -> None:
    if not condition:
        problems.append(message)


def check_labels(where: str, labels: Any, problems: list[str]) -> None:
    ok = isinstance(labels, dict) and set(labels) == set(LANGUAGES)
    require(ok, f"{where}: labels must be exactly {LANGUAGES}", problems)
    if ok:
        for lang, text in labels.items():
            good = isinstance(text, str) and text == clean(text) and bool(text)
            require(good, f"{where}: bad {lang} text {text!r}", problems)


def check_countries(problems: list[str]) -> list[dict[str, str]]:
    text = COUNTRIES_CSV.read_text(encoding="utf-8")
    require(text.endswith("\n") and "\r" not in text, "countries.csv: line endings", problems)
    reader = csv.DictReader(io.StringIO(text))
    require(tuple(reader.fieldnames or ()) == COUNTRY_COLUMNS, "countries.csv: header", problems)
    rows = list(reader)
    for key in ("iso3", "iso2", "m49"):
        values = [r[key] for r in rows]
        require(len(set(values)) == len(values), f"countries.csv: duplicate {key}", problems)
    require([r["iso3"] for r in rows] == sorted(r["iso3"] for r in rows), "not sorted", problems)
    for r in rows:
        where = f"countries.csv {r['iso3']}"
        require(re.fullmatch(r"[A-Z]{3}", r["iso3"]) is not None, f"{where}: iso3", problems)
        require(re.fullmatch(r"[A-Z]{2}", r["iso2"]) is not None, f"{where}: iso2", problems)
        require(M49_CODE.fullmatch(r["m49"]) is not None, f"{where}: m49", problems)
        for flag in ("ldc", "lldc", "sids"):
            require(r[flag] in ("0", "1"), f"{where}: {flag}", problems)
        for lang in LANGUAGES:
            require(bool(r[f"name_{lang}"]), f"{where}: name_{lang} empty", problems)
        require(bool(r["region_code"]) or r["iso3"] == "ATA", f"{where}: no region", problems)
    return rows


def check_regions(countries: list[dict[str, str]], problems: list[str]) -> None:
    regions = json.loads(REGIONS_JSON.read_text(encoding="utf-8"))
    by_code = {r["code"]: r for r in regions}
    require(len(by_code) == len(regions), "regions.json: duplicate codes", problems)
    for r in regions:
        where = f"regions.json {r.get('code')}"
        require(set(r) == {"code", "level", "parent", "name"}, f"{where}: keys", problems)
        require(M49_CODE.fullmatch(r["code"]) is not None, f"{where}: code", problems)
        require(r["level"] in REGION_LEVELS, f"{where}: level", problems)
        if r["level"] == "region":
            require(r["parent"] is None, f"{where}: a region has no parent", problems)
        else:
            parent = by_code.get(r["parent"])
            require(parent is not None, f"{where}: unknown parent {r['parent']}", problems)
        check_labels(where, r["name"], problems)
    used: set[str] = set()
    for c in countries:
        chain = [c["region_code"], c["subregion_code"], c["intermediate_code"]]
        for level, code in zip(REGION_LEVELS, chain, strict=True):
            if code:
                used.add(code)
                known = by_code.get(code)
                where = f"countries.csv {c['iso3']}"
                require(known is not None, f"{where}: {level} {code} not in regions", problems)
                if known is not None:
                    require(known["level"] == level, f"{where}: {code} level", problems)
        if c["intermediate_code"] and c["intermediate_code"] in by_code:
            parent = by_code[c["intermediate_code"]]["parent"]
            require(parent == c["subregion_code"], f"{c['iso3']}: intermediate parent", problems)
    require(used == set(by_code), f"regions.json: unused {sorted(set(by_code) - used)}", problems)


def check_sdgs(problems: list[str]) -> None:
    sdgs = json.loads(SDGS_JSON.read_text(encoding="utf-8"))
    require([s["goal"] for s in sdgs] == list(range(1, 18)), "sdgs.json: goals 1-17", problems)
    for s in sdgs:
        where = f"sdgs.json goal {s['goal']}"
        require(set(s) == {"goal", "colour", "short", "title"}, f"{where}: keys", problems)
        require(HEX_COLOUR.fullmatch(s["colour"]) is not None, f"{where}: colour", problems)
        check_labels(f"{where} short", s["short"], problems)
        check_labels(f"{where} title", s["title"], problems)
    colours = [s["colour"] for s in sdgs]
    require(len(set(colours)) == len(colours), "sdgs.json: colours repeat", problems)


def check_terms(problems: list[str]) -> None:
    terms = json.loads(TERMS_JSON.read_text(encoding="utf-8"))
    require(set(terms) == set(TERM_LISTS), "terms.json: list names", problems)
    for name, expected in TERM_LISTS.items():
        entries = terms.get(name, [])
        codes = tuple(e.get("code") for e in entries)
        require(codes == expected, f"terms.json {name}: codes {codes} != {expected}", problems)
        aliases_seen: dict[str, str] = {}
        for e in entries:
            where = f"terms.json {name}.{e.get('code')}"
            extra = set(e) - {"code", "label", "description", "aliases"}
            require(not extra, f"{where}: unknown keys {sorted(extra)}", problems)
            check_labels(where, e.get("label"), problems)
            description = e.get("description", "")
            good = isinstance(description, str) and description == clean(description)
            require(good, f"{where}: description", problems)
            aliases = e.get("aliases")
            require(isinstance(aliases, list) and bool(aliases), f"{where}: aliases", problems)
            for alias in aliases or []:
                good = isinstance(alias, str) and alias == clean(alias).lower() and bool(alias)
                require(good, f"{where}: alias {alias!r} must be lower-case text", problems)
                other = aliases_seen.setdefault(alias, e["code"])
                require(other == e["code"], f"{where}: alias {alias!r} also on {other}", problems)


def check_all() -> list[str]:
    problems: list[str] = []
    countries = check_countries(problems)
    check_regions(countries, problems)
    check_sdgs(problems)
    check_terms(problems)
    flags = {f: sum(r[f] == "1" for r in countries) for f in ("ldc", "lldc", "sids")}
    print(f"countries: {len(countries)} rows; " + ", ".join(f"{k} {v}" for k, v in flags.items()))
    return problems


# --- main ------------------------------------------------------------------------------------


def build() -> None:
    babel, pyc = version("babel"), version("pycountry")
    print(f"CLDR {get_cldr_version()} via Babel {babel}; pycountry {pyc}")
    countries = build_countries()
    write_text(COUNTRIES_CSV, countries_csv(countries))
    write_text(REGIONS_JSON, dump_json(build_regions(countries)))
    write_text(SDGS_JSON, dump_json(build_sdgs()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="validate only, write nothing")
    args = parser.parse_args(argv)
    if not args.check:
        build()
    problems = check_all()
    for problem in problems:
        print(f"problem: {problem}", file=sys.stderr)
    print("ok" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
