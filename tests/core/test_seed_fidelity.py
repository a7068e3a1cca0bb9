"""The seed says no more than the report: every name and figure is found in the cited paragraphs.

For each record of ``db/seed/solutions.json`` the check reads the paragraphs it cites in the
stored report (``db/seed/report/``) and looks there for:

- every number of the record's text (title, subtitle, summary, long texts, themes, keywords,
  funding mechanism, link labels), written in digits or in words ("eight", "twenty-third"), and
  its start and end years and budget ("$100 million" traces a budget of 100000000);
- every country it lists or names, by its UN name or a search alias
  (``resources/search/aliases.json``): "Bolivia" traces "Bolivia (Plurinational State of)";
- every organisation it lists, and every UN entity or acronym its text names, by acronym or
  full name (``resources/vocab/un_entities.json``, the record's own organisation list);
- every capitalised word of a keyword (a keyword is a name: "Peking University", "Bonn");
- its cooperation type, which the paragraphs must give ("triangular", "city-to-city"...);
- each country role, which must come with a quotation from the cited paragraphs
  (``ROLE_EVIDENCE``): a role is a reading of the text, so a person writes down the words that
  give it and the test holds the catalogue to them.

What it cannot see is a sentence that uses only traceable words to say more than the report
(an objective told as a result, "launched with" for "supports the launch of"); those are for the
reviewer, with the paragraph open. The few allowed departures are listed in ``EXCEPTIONS`` and
``KNOWN_ACRONYMS``, each with its reason.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from ssc_desktop.catalogue import seed_file
from ssc_desktop.domain import vocab
from ssc_desktop.resources import db_dir

REPORT_FILE = db_dir() / "seed" / "report" / "state-of-south-south-cooperation-2018.md"
ALIASES_FILE = Path(__file__).resolve().parents[2] / "resources" / "search" / "aliases.json"

TEXT_FIELDS = ("title", "subtitle", "summary", "challenge", "solution", "results", "sustainability")
LIST_FIELDS = ("themes", "keywords")

# Acronyms and short names the records use, each traced through what it stands for, which must
# itself be in the cited paragraphs ("SDG 2" needs "Sustainable Development Goal 2"; the keyword
# "SAARC" needs "South Asian Association for Regional Cooperation"). They are the official or
# common short forms people search by; the report writes the name out.
KNOWN_ACRONYMS: dict[str, tuple[str, ...]] = {
    "UN": ("United Nations",),
    "SDG": ("Sustainable Development Goal",),
    "SDGs": ("Sustainable Development Goals",),
    "MDGs": ("Millennium Development Goals",),
    "COP": ("Conference of the Parties",),
    "CRRF": ("comprehensive refugee response framework",),
    "UNDAF": ("United Nations Development Assistance Framework",),
    "NGOs": ("non-governmental organizations",),
    "ECOSOC": ("Economic and Social Council",),
    "DCF": ("Development Cooperation Forum",),
    "SAARC": ("South Asian Association for Regional Cooperation",),
    "PCT": ("Patent Cooperation Treaty",),
    "PGTF": ("Pérez-Guerrero Trust Fund",),
    "UNFSSC": ("United Nations Fund for South-South Cooperation",),
    "PSUP": ("Participatory Slum Upgrading Programme",),
    "ARFSD": ("Africa Regional Forum on Sustainable Development",),
    "ISSCAD": ("Institute of South-South Cooperation and Development",),
    "PFIP": ("Pacific Financial Inclusion Programme",),
    "UNNExT": ("United Nations Network of Experts for Paperless Trade and Transport",),
    "CELADE": ("Latin America and Caribbean Demographic Centre",),
    "AFRA": ("African Regional Cooperative Agreement for Research, Development and Training",),
    "ARASIA": ("Cooperative Agreement for Arab States in Asia for Research, Development",),
    "ARCAL": ("Regional Cooperation Agreement for the Promotion of Nuclear Science",),
    "RCA": ("Regional Cooperative Agreement for Research, Development and Training in Nuclear",),
    "IFFs": ("Illicit Financial Flows",),
    "MM4P": ("Mobile Money for the Poor",),
    "ALADI": ("Latin American Integration Association",),  # its Spanish acronym
    "GSSD": ("Global South-South Development",),
    "NAP": ("national adaptation plans",),
    "UNDRR": ("United Nations Office for Disaster Risk Reduction",),
    "Fiocruz": ("Oswaldo Cruz Foundation",),
    "PPD": ("Partners in Population and Development",),
    "CIS": ("Commonwealth of Independent States",),
    "LDC": ("least developed countries",),
    "LDCs": ("least developed countries",),
    "PPP": ("public-private partnership",),
    "PAGE": ("Partnership for Action on Green Economy",),
    "FONERWA": ("fonerwa.org",),  # the site the report gives for Rwanda's centre
    "CEBEM": ("cebem.org",),  # the site the report gives for the Latin American centre
}

# Adjectives the report uses for a country ("Indian companies"): they name the country.
DEMONYMS: dict[str, str] = {
    "Indian": "IND",
    "Kenyan": "KEN",
    "Chinese": "CHN",
    "Korean Intellectual Property Office": "KOR",  # the Republic of Korea's patent office
}

# Names the report uses for a UN entity besides the vocabulary's full name (the vocabulary's name
# without "United Nations " is also accepted: the report writes "the Office for South-South
# Cooperation").
ENTITY_ALIASES: dict[str, tuple[str, ...]] = {
    # The report's paragraph 52 already uses the Office's later name (UNDRR since 2019).
    "UNISDR": ("United Nations Office for Disaster Risk Reduction",),
}

# Allowed departures, each with its reason: (record id prefix, field, item) -> reason.
EXCEPTIONS: dict[tuple[str, str, str], str] = {
    **{
        ("f6a828a9", field, "UNOSSC"): (
            "paragraph 72 says 'The Office': in section III of the report that is the Office for "
            "South-South Cooperation, named in the paragraph before"
        )
        for field in ("subtitle", "keywords", "organisations")
    },
    ("99c8dc6c", "keywords", "IBSA"): (
        "keyword only: the Facility's official short name (IBSA Fund, after India, Brazil and "
        "South Africa, all three named in paragraph 81), so that people who know it find it"
    ),
}

# Every country role of the seed with the words of the cited paragraphs that give it:
# (record id prefix, ISO3, role) -> quotation (verbatim, whitespace aside).
_PAPERLESS_TRADE = (
    "convened experts from Malaysia, the Republic of Korea, Singapore and Thailand to share "
    "experiences and good practices in establishing single-window and paperless trade solutions "
    "with Bhutan, Cambodia, the Lao People's Democratic Republic and Mongolia"
)
_NEW_COMMUNITIES = (
    "was implemented in the following six countries: Bolivia (Plurinational State of), the Lao "
    "People's Democratic Republic, Myanmar, Rwanda, Uganda and Viet Nam"
)
_WFP_CENTRES = "The WFP centres of excellence in Brazil and China provide a mechanism"
_IBSA = "created by the Governments of Brazil, India and South Africa"
# "participant": the paragraph names the country (its Government, its cities) as taking part,
# with no provider or recipient side.
_REFUGEE_EXCHANGE = (
    "Uganda welcomed a mission from Ethiopia, Malawi and the United Republic of Tanzania to "
    "exchange knowledge and good practices"
)
_CITY_EXCHANGES = (
    "15 city-to-city exchanges have taken place in Argentina, Bolivia (Plurinational State of), "
    "Colombia, El Salvador, Mexico, Peru, Venezuela (Bolivarian Republic of) and the United "
    "States of America"
)
_AGREEMENTS = "signed innovative partnership agreements with the Governments of Honduras and Panama"
ROLE_EVIDENCE: dict[tuple[str, str, str], str] = {
    **{("9c3ab5e4", c, "participant"): _REFUGEE_EXCHANGE for c in ("UGA", "ETH", "MWI", "TZA")},
    **{
        ("dc7f5ab0", c, "participant"): _CITY_EXCHANGES
        for c in ("ARG", "BOL", "COL", "SLV", "MEX", "PER", "VEN", "USA")
    },
    **{("39de02a7", c, "participant"): _AGREEMENTS for c in ("HND", "PAN")},
    ("02411570", "BRA", "provider"): _WFP_CENTRES,
    ("4428d734", "CHN", "provider"): _WFP_CENTRES,
    (
        "098126db",
        "AUS",
        "funder",
    ): "funding from the European Union and the Governments of Australia",
    ("098126db", "NZL", "funder"): "the Governments of Australia and New Zealand",
    **{("0cf38dbe", c, "provider"): _PAPERLESS_TRADE for c in ("MYS", "KOR", "SGP", "THA")},
    **{("0cf38dbe", c, "recipient"): _PAPERLESS_TRADE for c in ("BTN", "KHM", "LAO", "MNG")},
    ("113c0b70", "KEN", "recipient"): "provides Kenyan women with a 40-day training programme",
    **{
        ("473edd8c", c, "recipient"): _NEW_COMMUNITIES
        for c in ("BOL", "LAO", "MMR", "RWA", "UGA", "VNM")
    },
    ("4f537680", "KOR", "partner"): (
        "Through a collaboration with the Korean Intellectual Property Office"
    ),
    ("6e45443c", "RWA", "recipient"): (
        "virtual centres of excellence for South-South cooperation: one for Latin America and the "
        "Caribbean (http://cvis3.cebem.org/) and the other for Rwanda"
    ),
    ("7697800c", "ARG", "partner"): (
        "the Department, together with the Government of Argentina, organized a high-level"
    ),
    ("77b6a6fa", "NOR", "partner"): "Fredskorpset (FK) Norway",
    ("90f03c20", "CHN", "partner"): (
        "ILO and the Government of China have facilitated regional learning"
    ),
    ("99015469", "CHN", "funder"): (
        "the Ministry of Finance of China signed a supplementary funds agreement"
    ),
    ("99c8dc6c", "BRA", "funder"): _IBSA,
    ("99c8dc6c", "IND", "funder"): _IBSA,
    ("99c8dc6c", "ZAF", "funder"): _IBSA,
    ("b5c52569", "IND", "provider"): (
        "places them with Indian companies for three- to six-month internships"
    ),
    ("bbc0efe4", "CHN", "provider"): (
        "the matching of country-led demands with appropriate Chinese solutions"
    ),
    ("d4ef241b", "TUR", "partner"): "formally launched in the host country, Turkey",
    ("e6b0394a", "IND", "funder"): (
        "India made an unprecedented contribution to the trust funds managed by the Office"
    ),
    ("f6a828a9", "TUR", "partner"): "In 2017 the Expo was hosted by the Government of Turkey",
}

NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "fortieth": 40,
}  # fmt: skip
# "one" and "first" are left out: in English they are mostly not figures ("one another").
NUMBER_WORD = re.compile(
    r"\b(?:(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?("
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r"|first|one)\b",
    re.IGNORECASE,
)
DIGITS = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*")
SCALE = re.compile(r"(\d+(?:[.,]\d+)*)\s*(million|billion)\b")
ACRONYM = re.compile(r"(?<![\w#/.])[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*(?!\w)")
COOPERATION_CUES = {
    "south_south": r"south-south",
    "triangular": r"triangular",
    "regional": r"\b(?:inter)?regional\b|\bregion|\bregions\b",
    "city_to_city": r"city-to-city",
}


# -- the report ---------------------------------------------------------------------------------
def fold(text: str) -> str:
    """Compare-ready text: NFKD without accents, typographic quotes and dashes made plain."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    for fancy, plain in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("–", "-"), ("—", "-")):
        text = text.replace(fancy, plain)
    return re.sub(r"\s+", " ", text).strip()


@cache
def report_paragraphs() -> dict[int, str]:
    """The numbered paragraphs of the report (page breaks, headings and footnotes left out)."""
    paragraphs: dict[int, list[str]] = {}
    current = 0
    for line in REPORT_FILE.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        match = re.match(r"^(\d{1,3})\.\s+(.*)$", stripped)
        if match and int(match.group(1)) == current + 1:
            current = int(match.group(1))
            paragraphs[current] = [match.group(2)]
            continue
        if not current or not stripped or stripped.startswith(("#", "<sup>", "---")):
            continue
        paragraphs[current].append(stripped)
    out = {}
    for number, lines in paragraphs.items():
        text = " ".join(lines)
        text = re.sub(r"<sup>\d+</sup>", "", text)  # footnote markers are not figures
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # [A/72/297](#) -> A/72/297
        text = re.sub(r"<(https?://[^>\s]+)>", r"\1", text)  # <http://...> -> http://...
        text = text.replace("\\", "").replace("*", "")
        out[number] = fold(text)
    return out


# -- names and numbers --------------------------------------------------------------------------
@cache
def country_names() -> dict[str, tuple[str, ...]]:
    """Every country's English UN name and its search aliases, by ISO3."""
    names: dict[str, list[str]] = {c.iso3: [c.names["en"]] for c in vocab.countries().values()}
    aliases = json.loads(ALIASES_FILE.read_text(encoding="utf-8"))["countries"]
    for alias, iso3 in aliases.items():
        names[iso3].append(alias)
    for iso3, found in names.items():
        # "Bolivia (Plurinational State of)" is also written "Plurinational State of Bolivia".
        m = re.match(r"^(.*) \((.*)\)$", found[0])
        if m:
            found += [m.group(1), f"{m.group(2)} {m.group(1)}"]
        names[iso3] = found
    return {iso3: tuple(fold(n) for n in found) for iso3, found in names.items()}


def name_pattern(name: str) -> re.Pattern[str]:
    """A whole-word pattern; acronyms and short aliases ("us", "uk") only match in capitals."""
    if len(name) <= 4 and name.islower():
        name = name.upper()
    flags = 0 if sum(c.isupper() for c in name) >= 2 and " " not in name else re.IGNORECASE
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", flags)


def names_in(text: str, names: Iterable[str]) -> bool:
    return any(name_pattern(n).search(text) for n in names)


def countries_named(text: str) -> set[str]:
    """The countries a text names (adjectives of ``DEMONYMS`` included)."""
    found = {iso3 for iso3, names in country_names().items() if names_in(text, names)}
    return found | {iso3 for word, iso3 in DEMONYMS.items() if names_in(text, [word])}


def entity_names(acronym: str) -> tuple[str, ...]:
    entity = vocab.un_entities().get(acronym)
    if entity is None:
        return ()
    found = [entity.name, *ENTITY_ALIASES.get(acronym, ())]
    if entity.name.startswith("United Nations "):
        found.append(entity.name.removeprefix("United Nations "))
    return tuple(fold(n) for n in found)


def numbers_in(text: str, *, scaled: bool = False) -> set[Decimal]:
    """Every figure of a text, in digits or words; with ``scaled``, "$2 million" also gives 2e6."""
    found: set[Decimal] = set()
    for token in DIGITS.findall(text):
        value = parse_number(token)
        if value is not None:
            found.add(value)
    for tens, unit in NUMBER_WORD.findall(text):
        word = unit.lower()
        if word in ("first", "one"):
            continue
        value = Decimal(NUMBER_WORDS[word])
        if tens:
            value += NUMBER_WORDS[tens.lower()]
        found.add(value)
    if scaled:
        for token, scale in SCALE.findall(text):
            value = parse_number(token)
            if value is not None:
                found.add(value * (10**6 if scale == "million" else 10**9))
    return found


def parse_number(token: str) -> Decimal | None:
    # "17,893" and "1,600" are thousands; "3.5" is a decimal.
    try:
        return Decimal(token.replace(",", "")).normalize()
    except InvalidOperation:
        return None


# -- the check ----------------------------------------------------------------------------------
def record_texts(record: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(field, text) for every free text of a record."""
    for name in TEXT_FIELDS:
        if record[name]:
            yield name, fold(record[name])
    for name in LIST_FIELDS:
        for item in record[name]:
            yield name, fold(item)
    if record["funding_mechanism"]:
        yield "funding_mechanism", fold(record["funding_mechanism"])
    for link in record["links"]:
        if link["label"]:
            yield "links", fold(link["label"])


def cited_text(record: dict[str, Any]) -> str:
    paragraphs = report_paragraphs()
    return " ¶ ".join(paragraphs[int(s["paragraph"])] for s in record["sources"])


def untraceable(
    record: dict[str, Any], exceptions: dict[tuple[str, str, str], str] | None = None
) -> list[str]:
    """Everything of the record the cited paragraphs do not give, one line each."""
    rid = record["id"][:8]
    cited = cited_text(record)
    cited_numbers = numbers_in(cited, scaled=True)
    cited_countries = countries_named(cited)
    problems: list[str] = []

    def flag(field: str, kind: str, item: object) -> None:
        if (rid, field, str(item)) in (EXCEPTIONS if exceptions is None else exceptions):
            return
        problems.append(f"{rid} «{record['title'][:50]}» {field}: {kind} {item!r} not in ¶{paras}")

    paras = ",".join(s["paragraph"] for s in record["sources"])
    orgs = record["organisations"]
    known_acronyms = {o["acronym"]: o for o in orgs if o["acronym"]}

    def organisation_traced(org: dict[str, Any]) -> bool:
        candidates = [org["name"], *entity_names(org["acronym"])]
        m = re.match(r"^(?:Government|Governments) of (?:the )?(.+)$", org["name"])
        if m:
            iso3 = next((i for i, n in country_names().items() if fold(m.group(1)) in n), None)
            return iso3 in cited_countries  # a country acts through its Government
        if org["acronym"] and name_pattern(org["acronym"]).search(re.sub(r"[()]", "", cited)):
            return True
        # "Fredskorpset (FK) Norway" gives "Fredskorpset Norway" and "FK Norway".
        plain = [cited, re.sub(r" \([^)]*\)", "", cited), re.sub(r"[()]", "", cited)]
        if any(names_in(text, [fold(c) for c in candidates]) for text in plain):
            return True
        # "Center for New Structural Economics, Peking University": each part is named.
        parts = [fold(p) for p in org["name"].split(", ")]
        return len(parts) > 1 and all(names_in(cited, [p]) for p in parts)

    def acronym_traced(token: str) -> bool:
        if name_pattern(token).search(cited) or re.search(rf"(?<!\w){re.escape(token)}", cited):
            return True
        bare = token[:-1] if token.endswith("s") and token[:-1].isupper() else token
        if bare in known_acronyms:
            return organisation_traced(known_acronyms[bare])
        if entity_names(bare):
            return names_in(cited, entity_names(bare))
        return traced_by_expansion(token, cited)

    for field, text in record_texts(record):
        for number in sorted(numbers_in(text) - cited_numbers):
            flag(field, "number", format(number, "f"))
        for iso3 in sorted(countries_named(text) - cited_countries):
            flag(field, "country", vocab.country_name(iso3))
        for acronym in vocab.un_entities():
            said = name_pattern(acronym).search(text) or names_in(text, entity_names(acronym)[:1])
            if said and not names_in(cited, [acronym, *entity_names(acronym)]):
                flag(field, "organisation", acronym)
        bare_text = text
        for acronym in vocab.un_entities():
            bare_text = name_pattern(acronym).sub(" ", bare_text)
        for acronym, org in known_acronyms.items():
            if name_pattern(acronym).search(bare_text):
                if not organisation_traced(org):
                    flag(field, "organisation", acronym)
                bare_text = name_pattern(acronym).sub(" ", bare_text)
        for token in sorted(set(ACRONYM.findall(bare_text))):
            if not acronym_traced(token):
                flag(field, "name", token)
        if field == "keywords":
            for word in re.findall(r"(?<![\w-])[A-Z][a-z][\w'-]*", text):
                # "Africa" is traced by "African"; a name of KNOWN_ACRONYMS by its expansion.
                prefix = re.search(rf"(?<!\w){re.escape(word)}", cited, re.IGNORECASE)
                if not (prefix or traced_by_expansion(word, cited) or sdg_name_traced(text, cited)):
                    flag(field, "name", word)

    for country in record["countries"]:
        if country["iso3"] not in cited_countries:
            flag("countries", "country", country["iso3"])
        key = (rid, country["iso3"], country["role"])
        quote = ROLE_EVIDENCE.get(key)
        if quote is None:
            flag(
                "countries", "role without quoted evidence", f"{country['iso3']} {country['role']}"
            )
        elif fold(quote) not in cited or not countries_named(fold(quote)) & {country["iso3"]}:
            flag("countries", "role evidence not in the paragraph", f"{country['iso3']}: {quote}")
    for org in orgs:
        if not organisation_traced(org):
            flag("organisations", "organisation", org["acronym"] or org["name"])
    for field in ("start_year", "end_year", "budget"):
        value = record[field]
        if value is not None and Decimal(str(value)).normalize() not in cited_numbers:
            flag(field, "number", value)
    kind = record["cooperation_type"]
    if kind and not re.search(COOPERATION_CUES[kind], cited, re.IGNORECASE):
        flag("cooperation_type", "cooperation type", kind)
    return problems


def traced_by_expansion(name: str, cited: str) -> bool:
    expansions = KNOWN_ACRONYMS.get(name, ())
    return any(fold(x).lower() in cited.lower() for x in expansions)


def sdg_name_traced(keyword: str, cited: str) -> bool:
    """A keyword that is an SDG's short name ("Zero Hunger") is traced by that goal's number."""
    for goal in vocab.sdgs().values():
        if fold(goal.label("en")).lower() == keyword.lower():
            return bool(re.search(rf"\bGoals? {goal.goal}\b", cited))
    return False


def seed_records() -> list[dict[str, Any]]:
    return list(json.loads(seed_file().read_text(encoding="utf-8"))["solutions"])


# -- tests --------------------------------------------------------------------------------------
def test_the_report_has_its_95_paragraphs() -> None:
    paragraphs = report_paragraphs()
    assert sorted(paragraphs) == list(range(1, 96))
    assert paragraphs[11].endswith(
        "is supported and coordinated by the Office for South-South Cooperation."
    )
    assert "Framework Convention on Climate Change, held in Bonn" in paragraphs[11]
    assert "<sup>" not in paragraphs[81] and "$2 million" in paragraphs[81]


@pytest.mark.parametrize("record", seed_records(), ids=lambda r: r["id"][:8])
def test_every_name_and_figure_is_in_the_cited_paragraphs(record: dict[str, Any]) -> None:
    problems = untraceable(record)
    assert not problems, "\n".join(problems)


def test_every_documented_exception_and_quotation_is_still_used() -> None:
    records = {r["id"][:8]: r for r in seed_records()}
    roles = {(k, c["iso3"], c["role"]) for k, r in records.items() for c in r["countries"]}
    assert not set(ROLE_EVIDENCE) - roles, "quotations for roles the seed no longer has"
    for rid, field, item in EXCEPTIONS:
        fewer = {k: v for k, v in EXCEPTIONS.items() if k != (rid, field, item)}
        problems = untraceable(records[rid], fewer)
        assert any(f"{field}:" in p and item in p for p in problems), (
            f"exception {rid} {field} {item!r} is no longer needed"
        )


def test_the_check_catches_what_issue_18_found() -> None:
    """The statements the review of issue 18 found, put back into the corrected records."""
    records = {r["id"][:8]: r for r in seed_records()}

    def flagged(rid: str, **changes: Any) -> str:
        return "\n".join(untraceable({**records[rid], **changes}))

    # #SheGoesDigital: India as provider, "triangular" (paragraph 18 gives neither).
    shegoes = flagged(
        "113c0b70",
        countries=[{"iso3": "KEN", "role": "recipient"}, {"iso3": "IND", "role": "provider"}],
        cooperation_type="triangular",
    )
    assert "'IND provider'" in shegoes and "'triangular'" in shegoes
    # The refugee-framework exchange as provider and recipients.
    peers = flagged("9c3ab5e4", countries=[{"iso3": "UGA", "role": "provider"}])
    assert "'UGA provider'" in peers
    # A participant the paragraph does not show taking part: paragraph 78 takes stock of trends
    # in Djibouti, Georgia and Montenegro, and does not say they took part.
    stocktaking = flagged("a6875c4e", countries=[{"iso3": "DJI", "role": "participant"}])
    assert "'DJI participant'" in stocktaking
    # The funds cited to paragraph 81 alone, which does not name the Office.
    one_paragraph = [s for s in records["dfd07cbf"]["sources"] if s["paragraph"] == "81"]
    assert "organisation 'UNOSSC'" in flagged("dfd07cbf", sources=one_paragraph)
    # A keyword name the report does not use, a figure it does not give, a country it does not name.
    assert "name 'IBSA'" in flagged("c77f0b67", keywords=["IBSA"])
    assert "number '5'" in flagged("dabcf4de", solution="Five UN organizations pool expertise.")
    assert "country 'Chile'" in flagged("c77f0b67", summary="Chile contributes.")
    assert "start_year: number 2019" in flagged("c77f0b67", start_year=2019)
