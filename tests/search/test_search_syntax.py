"""The query language: parsed without ever failing, and into what people meant."""

from __future__ import annotations

from ssc_desktop.search import syntax
from ssc_desktop.search.results import NoticeKind
from ssc_desktop.search.vocabulary import Resolver, fold, key


def words(parsed: syntax.ParsedQuery) -> list[list[str]]:
    return [[c.text for c in group] for group in parsed.groups]


def test_words_phrases_and_exclusions() -> None:
    parsed = syntax.parse('solar "drip irrigation" -diesel NOT "coal power"')
    assert words(parsed) == [["solar"], ["drip irrigation"]]
    assert parsed.groups[1][0].phrase
    assert [c.text for c in parsed.excluded] == ["diesel", "coal power"]
    assert parsed.excluded[1].phrase


def test_or_joins_neighbours_and_lone_operators_are_ignored() -> None:
    parsed = syntax.parse("AND school OR feeding AND ( meals ) OR")
    assert words(parsed) == [["school", "feeding"], ["meals"]]


def test_last_word_is_a_prefix_only_without_a_trailing_space() -> None:
    assert syntax.parse("slum upg").groups[-1][0].last
    assert not syntax.parse("slum upg ").groups[-1][0].last
    assert not syntax.parse('slum "upg"').groups[-1][0].last


def test_fields_map_to_filters() -> None:
    parsed = syntax.parse("water country:KEN sdg:5 region:Africa entity:WFP year:2015..2018")
    assert words(parsed) == [["water"]]
    assert [(f.name, f.value) for f in parsed.filters] == [
        ("country", "KEN"),
        ("sdg", "5"),
        ("region", "Africa"),
        ("organisation", "WFP"),
        ("year", "2015..2018"),
    ]


def test_multiword_values_quoted_or_found_by_the_resolver() -> None:
    resolver = Resolver()
    parsed = syntax.parse('country:"South Africa" health', known=resolver.known)
    assert parsed.filters[0].value == "South Africa"
    assert words(parsed) == [["health"]]
    parsed = syntax.parse("country:South Africa health", known=resolver.known)
    assert parsed.filters[0].value == "South Africa"
    assert words(parsed) == [["health"]]
    parsed = syntax.parse("country:Kenya water", known=resolver.known)
    assert parsed.filters[0].value == "Kenya"
    assert words(parsed) == [["water"]]


def test_unknown_fields_are_words_and_empty_fields_a_note() -> None:
    parsed = syntax.parse("foo:bar country:")
    assert words(parsed) == [["foo bar"]]
    assert (NoticeKind.UNKNOWN_FIELD, "foo") in [(n.kind, n.name) for n in parsed.notes]
    assert (NoticeKind.MISSING_VALUE, "country") in [(n.kind, n.name) for n in parsed.notes]
    assert parsed.filters == []


def test_negated_filter_and_title_field() -> None:
    parsed = syntax.parse("-country:Kenya title:irrigation")
    assert parsed.filters[0].negated
    assert parsed.groups[0][0].field == "title"


def test_cleaning_bounds_and_strips_controls() -> None:
    long = "water " * 5000
    parsed = syntax.parse(long)
    assert len(parsed.groups) == syntax.MAX_CLAUSES
    assert [n.kind for n in parsed.notes] == [NoticeKind.QUERY_CUT, NoticeKind.TOO_MANY_WORDS]
    assert syntax.clean("a\x00b\u202ec") == "a b c"
    assert syntax.clean(None) == ""


def test_folding_and_keys() -> None:
    assert fold("Côte") == "cote"
    assert fold("STRASSE") == fold("Straße")
    assert key("Côte d’Ivoire") == "cote d ivoire"


def test_resolver_values() -> None:
    resolver = Resolver(lambda: {"wfp", "world food programme"})
    assert resolver.resolve("country", "Kenya").tokens == {"KEN"}
    assert resolver.resolve("country", "ken").tokens == {"KEN"}
    assert resolver.resolve("country", "Côte d'Ivoire").tokens == {"CIV"}
    assert resolver.resolve("country", "cote divoire").tokens == {"CIV"}
    assert resolver.resolve("country", "Vietnam").tokens == {"VNM"}
    assert resolver.resolve("country", "Bolivia").tokens == {"BOL"}
    assert resolver.resolve("region", "Africa").tokens == {"002"}
    assert resolver.resolve("region", "LAC").tokens == {"419"}
    assert resolver.resolve("region", "SIDS").tokens == {"sids"}
    assert resolver.resolve("sdg", "5").tokens == {"5"}
    assert resolver.resolve("sdg", "SDG05").tokens == {"5"}
    assert resolver.resolve("sdg", "hunger").tokens == {"2"}
    assert resolver.resolve("sdg", "18") is None
    assert resolver.resolve("modality", "training").tokens == {"capacity_development"}
    assert resolver.resolve("modality", "study tour").tokens == {"knowledge_sharing"}
    assert resolver.resolve("cooperation_type", "trilateral").tokens == {"triangular"}
    assert resolver.resolve("organisation", "WFP").tokens == {"wfp"}
    assert resolver.resolve("organisation", "UNHCR") is None
    assert resolver.resolve("year", "2017").tokens == {"2017"}
    assert resolver.resolve("year", "2015..2018").tokens == {"2015", "2016", "2017", "2018"}
    assert resolver.resolve("year", "2015-2016").tokens == {"2015", "2016"}
    assert resolver.resolve("year", ">=2099").tokens == {"2099", "2100"}
    assert resolver.resolve("year", "2019..2015") is None
    assert resolver.resolve("year", "soon") is None
    assert resolver.resolve("language", "French").tokens == {"fr"}
    assert resolver.resolve("country", "Kenia").tokens == {"KEN"}  # its Spanish name
    assert resolver.suggest("country", "Kenyya") == "kenya"
