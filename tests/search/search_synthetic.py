"""Synthetic but realistic Southern solutions, for search tests and ``benchmarks/search.py``.

Deterministic for a given seed. Records carry about 150 words over title, subtitle, summary,
challenge, solution, results and sustainability, plus keywords and themes; countries follow
the M49 regions of ``resources/vocab/countries.csv`` (weighted towards the global South with a
few providers that recur), SDGs follow a skewed distribution like the real catalogues (SDG 17,
2, 3, 4, 5, 8 and 13 are frequent), about 8% of records are French and 6% Spanish. A Zipf tail
of made-up words gives the vocabulary the long tail real text has (spelling suggestions and
prefix expansion see realistic term counts).

``anchor_records()`` adds hand-written records with distinctive content that tests and the
judged relevance set refer to by title.
"""

from __future__ import annotations

import csv
import random
import re
import uuid
from collections.abc import Iterator
from itertools import accumulate
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def _words(text: str) -> list[str]:
    return text.split()


THEMES = [
    ("school feeding", ["school", "meals", "feeding", "nutrition", "children", "pupils"]),
    ("drip irrigation", ["irrigation", "drip", "water", "farmers", "vegetables", "yields"]),
    ("solar energy", ["solar", "energy", "electrification", "grid", "panels", "villages"]),
    ("mobile money", ["mobile", "money", "payments", "banking", "financial", "inclusion"]),
    ("slum upgrading", ["slum", "upgrading", "housing", "urban", "informal", "settlements"]),
    ("early warning", ["warning", "early", "disaster", "risk", "reduction", "floods"]),
    ("maternal health", ["maternal", "health", "midwives", "clinics", "mothers", "newborns"]),
    ("vaccines", ["vaccine", "immunization", "cold", "chain", "coverage", "outbreak"]),
    ("rice value chains", ["rice", "value", "chain", "smallholder", "milling", "markets"]),
    ("fisheries", ["fisheries", "coastal", "fishers", "aquaculture", "marine", "stocks"]),
    ("social protection", ["cash", "transfer", "social", "protection", "households", "poverty"]),
    ("digital identity", ["digital", "identity", "registry", "civil", "registration", "data"]),
    ("tvet", ["vocational", "training", "skills", "youth", "employment", "apprenticeships"]),
    ("women entrepreneurs", ["women", "entrepreneurs", "gender", "enterprises", "credit"]),
    ("climate adaptation", ["climate", "adaptation", "resilience", "drought", "seeds"]),
    ("waste management", ["waste", "recycling", "municipal", "circular", "plastic"]),
    ("e-government", ["government", "services", "online", "public", "administration"]),
    ("land restoration", ["land", "restoration", "forest", "degradation", "agroforestry"]),
    ("trade facilitation", ["trade", "customs", "exports", "facilitation", "border"]),
    ("statistics", ["statistics", "census", "survey", "monitoring", "indicators"]),
    ("biogas", ["biogas", "digesters", "livestock", "manure", "cooking", "clean"]),
    ("telemedicine", ["telemedicine", "hospital", "doctors", "remote", "consultations"]),
    ("human milk banks", ["milk", "banks", "breastfeeding", "neonatal", "hospitals"]),
    ("public-private partnerships", ["partnership", "private", "investment", "infrastructure"]),
    ("volunteering", ["volunteers", "volunteering", "community", "engagement", "youth"]),
    ("disaster risk reduction", ["disaster", "risk", "reduction", "preparedness", "hazards"]),
    ("geothermal", ["geothermal", "drilling", "power", "steam", "plants"]),
    ("police reform", ["police", "justice", "custody", "rights", "reform"]),
    ("mining governance", ["mining", "extractive", "royalties", "artisanal", "minerals"]),
    ("tourism", ["tourism", "heritage", "hospitality", "visitors", "crafts"]),
]
COMMON = _words(
    "the programme project partners country countries government ministry national local "
    "communities cooperation south knowledge exchange capacity technical experts pilot scale "
    "results impact model approach tools training workshop study visit institutions policy "
    "strategy implementation support development sustainable access services improved "
    "increased reduced rural districts provinces households beneficiaries people lessons "
    "replication adapted peer learning platform network centre excellence framework planning "
    "evaluation baseline targets budget funding trust fund investment costs coverage quality"
)
FILLER = _words("the of and to in for with a on by from as at through while their its this that")
FRENCH = _words(
    "le programme de coopération sud-sud renforce les capacités des agriculteurs et des femmes "
    "dans la production de légumes irrigués la sécurité alimentaire l'accès à l'eau potable "
    "les écoles les enfants la santé maternelle les centres de santé l'énergie solaire les "
    "villages ruraux le ministère de l'agriculture les semences améliorées les rendements "
    "la gestion des déchets les jeunes l'emploi la formation professionnelle les partenaires "
    "techniques l'expérience du Sénégal du Maroc de la Côte d'Ivoire et du Bénin"
)
SPANISH = _words(
    "el programa de cooperación sur-sur fortalece las capacidades de los agricultores y las "
    "mujeres en la producción de hortalizas con riego la seguridad alimentaria el acceso al "
    "agua potable las escuelas los niños la salud materna los bancos de leche humana la "
    "energía solar las comunidades rurales el ministerio de agricultura las semillas "
    "mejoradas la gestión de residuos los jóvenes el empleo la formación técnica la "
    "experiencia de Brasil México Colombia Chile Perú y Ecuador"
)
UN_ENTITIES = [
    ("United Nations Development Programme", "UNDP"),
    ("United Nations Office for South-South Cooperation", "UNOSSC"),
    ("World Food Programme", "WFP"),
    ("Food and Agriculture Organization of the United Nations", "FAO"),
    ("International Fund for Agricultural Development", "IFAD"),
    ("United Nations Children's Fund", "UNICEF"),
    ("United Nations Population Fund", "UNFPA"),
    ("United Nations Human Settlements Programme", "UN-Habitat"),
    ("UN Women", "UN Women"),
    ("International Labour Organization", "ILO"),
    ("United Nations Educational, Scientific and Cultural Organization", "UNESCO"),
    ("World Health Organization", "WHO"),
    ("United Nations Industrial Development Organization", "UNIDO"),
    ("United Nations Environment Programme", "UNEP"),
    ("United Nations Conference on Trade and Development", "UNCTAD"),
    ("International Organization for Migration", "IOM"),
    ("United Nations Volunteers", "UNV"),
    ("United Nations Capital Development Fund", "UNCDF"),
    ("Economic Commission for Africa", "ECA"),
    ("Economic and Social Commission for Asia and the Pacific", "ESCAP"),
]
OTHER_ORGS = [
    ("Brazilian Cooperation Agency", "ABC", "government"),
    ("China International Development Cooperation Agency", "CIDCA", "government"),
    ("Indian Technical and Economic Cooperation", "ITEC", "government"),
    ("Thailand International Cooperation Agency", "TICA", "government"),
    ("Mexican Agency for International Development Cooperation", "AMEXCID", "government"),
    ("Islamic Development Bank", "IsDB", "development_bank"),
    ("African Union", "AU", "intergovernmental"),
    ("BRAC", "BRAC", "civil_society"),
    ("Embrapa", "", "academia"),
    ("Grameen Foundation", "", "foundation"),
    ("Safaricom", "", "private_sector"),
]
PROVIDERS = ["CHN", "IND", "BRA", "ZAF", "MEX", "IDN", "TUR", "EGY", "COL", "CHL", "ARG", "THA"]
REGION_WEIGHTS = {"Africa": 38, "Asia": 30, "Americas": 22, "Oceania": 6, "Europe": 4}
SDG_WEIGHTS = [8, 14, 12, 11, 10, 6, 7, 10, 8, 6, 7, 5, 10, 4, 5, 6, 16]
MODALITIES = [
    "knowledge_sharing",
    "capacity_development",
    "technical_assistance",
    "technology_transfer",
    "policy_dialogue",
    "financing",
    "centre_of_excellence",
    "volunteers",
    "networks",
]
COOPERATION = ["south_south", "triangular", "regional", "city_to_city"]
SYLLABLES = _words("ba ko ri ma te lu sa ne di vo ka mi ro tu pe la zi go fa nu")


def is_made_up(word: str) -> bool:
    """True for the generator's Zipf-tail words (syllable soup, not language)."""
    return re.fullmatch(f"(?:{'|'.join(SYLLABLES)})+", word) is not None


def _countries() -> list[dict[str, str]]:
    with (ROOT / "resources" / "vocab" / "countries.csv").open(encoding="utf-8") as fh:
        return [row for row in csv.DictReader(fh) if row["region_en"]]


class Generator:
    """Makes record dicts in the interchange format (docs/record-format.md)."""

    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        rows = _countries()
        self.by_region: dict[str, list[dict[str, str]]] = {}
        for row in rows:
            self.by_region.setdefault(row["region_en"], []).append(row)
        self.names = {row["iso3"]: row["name_en"] for row in rows}
        # A Zipf-ish tail of made-up words: rank r is drawn with weight 1/r.
        tail_rng = random.Random(seed + 1)
        self.tail = [
            "".join(tail_rng.choice(SYLLABLES) for _ in range(tail_rng.randint(2, 4)))
            for _ in range(6000)
        ]
        self.tail_cumulative = list(accumulate(1.0 / (rank + 10) for rank in range(len(self.tail))))

    def _country(self) -> str:
        region = self.rng.choices(list(REGION_WEIGHTS), weights=list(REGION_WEIGHTS.values()))[0]
        return self.rng.choice(self.by_region[region])["iso3"]

    def _sentence(self, words: list[str], n: int, place: str) -> str:
        rng = self.rng
        out: list[str] = []
        for _ in range(n):
            roll = rng.random()
            if roll < 0.30:
                out.append(rng.choice(words))
            elif roll < 0.55:
                out.append(rng.choice(FILLER))
            elif roll < 0.85:
                out.append(rng.choice(COMMON))
            elif roll < 0.88:
                out.append(place)
            else:
                out.append(rng.choices(self.tail, cum_weights=self.tail_cumulative)[0])
        text = " ".join(out)
        return text[:1].upper() + text[1:] + "."

    def _text(self, words: list[str], n: int, place: str, language: str) -> str:
        if language == "fr":
            return " ".join(self.rng.choice(FRENCH) for _ in range(n)).capitalize() + "."
        if language == "es":
            return " ".join(self.rng.choice(SPANISH) for _ in range(n)).capitalize() + "."
        parts = []
        while n > 0:
            size = min(n, self.rng.randint(8, 18))
            parts.append(self._sentence(words, size, place))
            n -= size
        return " ".join(parts)

    def record(self, number: int) -> dict[str, Any]:
        rng = self.rng
        theme, theme_words = rng.choice(THEMES)
        # Each record uses some of its theme's words and a couple from a neighbouring theme.
        words = rng.sample(theme_words, rng.randint(3, len(theme_words)))
        words += rng.sample(rng.choice(THEMES)[1], 2)
        language = rng.choices(["en", "fr", "es"], weights=[86, 8, 6])[0]
        recipients = list(dict.fromkeys(self._country() for _ in range(rng.randint(1, 3))))
        provider = rng.choice(PROVIDERS) if rng.random() < 0.7 else self._country()
        countries = [{"iso3": provider, "role": "provider"}] + [
            {"iso3": c, "role": "recipient"} for c in recipients if c != provider
        ]
        place = self.names[recipients[0]].split(" (")[0]
        goals = list(
            dict.fromkeys(rng.choices(range(1, 18), weights=SDG_WEIGHTS, k=rng.randint(1, 4)))
        )
        primary, secondary = goals[:1], goals[1:]
        name, acronym = rng.choice(UN_ENTITIES)
        orgs = [{"name": name, "acronym": acronym, "role": "supported_by", "type": "un_entity"}]
        if rng.random() < 0.5:
            oname, oacr, otype = rng.choice(OTHER_ORGS)
            orgs.append({"name": oname, "acronym": oacr, "role": "implementing", "type": otype})
        start = rng.randint(2005, 2024)
        title_words = [
            w.capitalize() if i == 0 else w for i, w in enumerate(rng.sample(theme_words, 3))
        ]
        title = f"{' '.join(title_words)} in {place} ({number})"
        if language == "fr":
            title = f"{' '.join(rng.sample(FRENCH, 4)).capitalize()} ({number})"
        elif language == "es":
            title = f"{' '.join(rng.sample(SPANISH, 4)).capitalize()} ({number})"
        stamp = f"{start + 1}-03-0{1 + number % 9}T10:00:00Z"
        return {
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "revision": 1,
            "created_at": stamp,
            "updated_at": stamp,
            "deleted": False,
            "origin": "central",
            "language": language,
            "title": title,
            "subtitle": self._text(words, 10, place, language)[:290],
            "summary": self._text(words, 32, place, language),
            "challenge": self._text(words, 28, place, language),
            "solution": self._text(words, 38, place, language),
            "results": self._text(words, 24, place, language),
            "sustainability": self._text(words, 14, place, language),
            "countries": countries,
            "organisations": orgs,
            "primary_sdgs": primary,
            "secondary_sdgs": secondary,
            "cooperation_type": rng.choice(COOPERATION),
            "modalities": rng.sample(MODALITIES, rng.randint(1, 3)),
            "themes": [theme],
            "keywords": rng.sample(theme_words, 3),
            "status": rng.choice(["planned", "ongoing", "completed"]),
            "start_year": start,
            "end_year": start + rng.randint(0, 6),
            "budget": None,
            "currency": None,
            "funding_mechanism": "",
            "contacts": [],
            "links": [],
            "sources": [],
        }

    def records(self, count: int) -> Iterator[dict[str, Any]]:
        for number in range(count):
            yield self.record(number)


def _anchor(title: str, summary: str, body: str, **extra: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, "ssc-anchor:" + title)),
        "revision": 1,
        "created_at": "2020-01-01T00:00:00Z",
        "updated_at": "2020-01-01T00:00:00Z",
        "origin": "central",
        "language": "en",
        "title": title,
        "summary": summary,
        "solution": body,
        "primary_sdgs": [17],
        "start_year": 2018,
        "countries": [],
        "organisations": [],
    }
    record.update(extra)
    return record


def _org(acronym: str) -> dict[str, str]:
    names = {a: n for n, a in UN_ENTITIES}
    return {"name": names[acronym], "acronym": acronym, "role": "supported_by", "type": "un_entity"}


def _c(*codes: str) -> list[dict[str, str]]:
    return [
        {"iso3": code, "role": "recipient" if i else "provider"} for i, code in enumerate(codes)
    ]


def anchor_records() -> list[dict[str, Any]]:
    """Hand-written records with distinctive content (the judged relevance set names them)."""
    return [
        _anchor(
            "Home-grown school feeding with Brazilian expertise in Kenya",
            "Brazil shared its national school feeding programme with Kenya: local smallholder "
            "produce now supplies daily school meals for pupils.",
            "Procurement rules were adapted so that schools buy from farmers' cooperatives.",
            countries=_c("BRA", "KEN"),
            organisations=[_org("WFP")],
            primary_sdgs=[2],
            secondary_sdgs=[4],
            modalities=["knowledge_sharing", "capacity_development"],
            keywords=["school feeding", "smallholders"],
            start_year=2016,
            cooperation_type="triangular",
        ),
        _anchor(
            "Public-private partnership for rural electrification in Senegal",
            "A public-private partnership model from Morocco brought mini-grids to remote "
            "Senegalese villages, with private operators and a state guarantee.",
            "Operators recover costs through prepaid meters; the state covers the guarantee.",
            countries=_c("MAR", "SEN"),
            organisations=[_org("UNDP")],
            primary_sdgs=[7],
            modalities=["financing"],
            start_year=2017,
            cooperation_type="south_south",
        ),
        _anchor(
            "Disaster risk reduction with community early warning in Bangladesh and Fiji",
            "Cyclone early warning volunteers from Bangladesh trained Fijian communities in "
            "disaster risk reduction and evacuation planning.",
            "Sirens, flags and mobile alerts reach coastal villages before cyclones land.",
            countries=_c("BGD", "FJI"),
            organisations=[_org("UNDP")],
            primary_sdgs=[13],
            secondary_sdgs=[11],
            modalities=["volunteers", "knowledge_sharing"],
            start_year=2015,
            cooperation_type="south_south",
        ),
        _anchor(
            "Légumes irrigués au goutte-à-goutte pour les femmes du Sénégal",
            "Des groupements de femmes cultivent des légumes irrigués au goutte-à-goutte grâce "
            "à l'expérience marocaine.",
            "Les parcelles collectives utilisent des kits d'irrigation solaire.",
            language="fr",
            countries=_c("MAR", "SEN"),
            organisations=[_org("FAO")],
            primary_sdgs=[2],
            secondary_sdgs=[5],
            modalities=["technology_transfer"],
            start_year=2019,
        ),
        _anchor(
            "Bancos de leche humana en América Latina",
            "La red brasileña de bancos de leche humana se replicó en hospitales de Colombia, "
            "Perú y Ecuador para reducir la mortalidad neonatal.",
            "Los hospitales adoptaron protocolos de pasteurización y control de calidad.",
            language="es",
            countries=_c("BRA", "COL", "PER", "ECU"),
            organisations=[_org("UNICEF")],
            primary_sdgs=[3],
            modalities=["networks", "knowledge_sharing"],
            start_year=2012,
            cooperation_type="regional",
        ),
        _anchor(
            "Slum upgrading through community savings in Thailand and Cambodia",
            "Thai community architects helped Cambodian informal settlements plan in-situ slum "
            "upgrading financed by community savings groups.",
            "Residents mapped their settlements and negotiated secure land tenure with cities.",
            countries=_c("THA", "KHM"),
            organisations=[_org("UN-Habitat")],
            primary_sdgs=[11],
            modalities=["knowledge_sharing"],
            start_year=2014,
            cooperation_type="city_to_city",
        ),
        _anchor(
            "South-South volunteers for the Ebola response in West Africa",
            "African health workers volunteered in Sierra Leone and Liberia during the Ebola "
            "outbreak, supported by a South-South volunteer scheme.",
            "Volunteering doctors and nurses staffed treatment centres and trained local staff.",
            countries=_c("NGA", "SLE", "LBR"),
            organisations=[_org("UNV")],
            primary_sdgs=[3],
            modalities=["volunteers"],
            start_year=2014,
        ),
        _anchor(
            "Mobile money for smallholder farmers in Tanzania",
            "Kenyan mobile money know-how helped Tanzanian smallholders receive payments and "
            "save through their phones.",
            "Agents in rural markets cash out payments; cooperatives pay members by phone.",
            countries=_c("KEN", "TZA"),
            organisations=[_org("UNCDF")],
            primary_sdgs=[8],
            secondary_sdgs=[1],
            modalities=["technology_transfer"],
            start_year=2013,
        ),
        _anchor(
            "Solar-powered irrigation pumps for Sahel farmers",
            "Indian solar pump technology was adapted for smallholder irrigation in Niger and "
            "Mali, replacing diesel pumps.",
            "Farmers repay pumps from higher vegetable yields over four seasons.",
            countries=_c("IND", "NER", "MLI"),
            organisations=[_org("IFAD")],
            primary_sdgs=[7],
            secondary_sdgs=[2],
            modalities=["technology_transfer"],
            start_year=2018,
        ),
        _anchor(
            "Conditional cash transfers modelled on Bolsa Familia in Ghana",
            "Ghana's LEAP social protection programme drew on Brazil's conditional cash "
            "transfer experience to reach extremely poor households.",
            "A single registry of households targets transfers and tracks school attendance.",
            countries=_c("BRA", "GHA"),
            organisations=[_org("UNDP")],
            primary_sdgs=[1],
            modalities=["policy_dialogue"],
            start_year=2008,
        ),
        _anchor(
            "Rice self-sufficiency through Asian cultivation techniques in Madagascar",
            "Vietnamese rice experts introduced intensive cultivation techniques to Malagasy "
            "rice farmers, raising yields.",
            "Demonstration plots and farmer field schools spread the techniques.",
            countries=_c("VNM", "MDG"),
            organisations=[_org("FAO")],
            primary_sdgs=[2],
            modalities=["technical_assistance"],
            start_year=2010,
        ),
        _anchor(
            "Geothermal training centre for East African engineers",
            "Kenya's geothermal company trains engineers from Ethiopia, Djibouti and Rwanda in "
            "drilling and plant operation.",
            "A regional centre of excellence runs courses and field placements.",
            countries=_c("KEN", "ETH", "DJI", "RWA"),
            organisations=[_org("UNEP")],
            primary_sdgs=[7],
            modalities=["centre_of_excellence", "capacity_development"],
            start_year=2017,
        ),
        _anchor(
            "Human milk banks network in Cabo Verde and Mozambique",
            "Brazil's human milk bank model reached Portuguese-speaking African countries to "
            "cut neonatal deaths.",
            "Hospitals set up pasteurisation and donor screening.",
            countries=_c("BRA", "CPV", "MOZ"),
            organisations=[_org("UNICEF")],
            primary_sdgs=[3],
            modalities=["networks"],
            start_year=2016,
        ),
        _anchor(
            "Telemedicine links between Indian and African hospitals",
            "The Pan-African e-Network connected African hospitals to Indian specialists for "
            "remote consultations and tele-education.",
            "Doctors hold weekly teleconsultations; nurses follow online courses.",
            countries=_c("IND", "ETH", "NGA", "SEN"),
            organisations=[_org("WHO")],
            primary_sdgs=[3],
            modalities=["technology_transfer"],
            start_year=2009,
        ),
        _anchor(
            "Digital civil registration in Bangladesh shared with Pacific islands",
            "Bangladesh's online birth registration system was adapted for Pacific island "
            "states to give every child a legal identity.",
            "Registrars use tablets; records sync when a connection is available.",
            countries=_c("BGD", "SLB", "VUT"),
            organisations=[_org("UNICEF")],
            primary_sdgs=[16],
            modalities=["technical_assistance"],
            start_year=2019,
        ),
    ]


def sized_corpus(count: int, seed: int = 7, *, with_anchors: bool = True) -> list[dict[str, Any]]:
    """``count`` records: the anchors (if asked) then synthetic ones."""
    anchors = anchor_records() if with_anchors else []
    generator = Generator(seed)
    return anchors + list(generator.records(max(0, count - len(anchors))))
