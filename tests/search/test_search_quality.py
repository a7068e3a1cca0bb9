"""Search finds what people mean: titles, word forms, accents, synonyms, typos, prefixes."""

from __future__ import annotations

import random
import re

import pytest

from ssc_desktop.search.engine import STOPS, SearchIndex
from ssc_desktop.search.results import Notice, NoticeKind
from ssc_desktop.search.vocabulary import fold
from tests.search.conftest import Catalogue
from tests.search.search_synthetic import is_made_up


def ids(result: object) -> list[str]:
    return [h.id for h in result.hits]  # type: ignore[attr-defined]


def test_exact_title_finds_it_first(catalogue: Catalogue) -> None:
    # Every hand-written record and a sample of the synthetic ones (whose titles share words).
    sample = catalogue.records[:15] + catalogue.records[15::37]
    for record in sample:
        result = catalogue.index.search(record["title"], limit=3)
        assert result.hits, record["title"]
        assert result.hits[0].id == record["id"], (record["title"], result.hits[0].title)
        assert result.suggestion is None, record["title"]


def test_word_forms_match(catalogue: Catalogue) -> None:
    ebola = catalogue.by_title("South-South volunteers for the Ebola response in West Africa")
    for query in ("volunteering ebola", "volunteer ebola", "ebola volunteered"):
        assert ebola["id"] in ids(catalogue.index.search(query, limit=5)), query


def test_accented_and_unaccented_spellings_find_the_same(catalogue: Catalogue) -> None:
    pairs = [
        ("légumes irrigués", "legumes irrigues"),
        ("Sénégal femmes", "senegal femmes"),
        ("energía solar", "energia solar"),
        ("Côte d'Ivoire", "cote d'ivoire"),
        ("coopération", "COOPERATION"),
        ("pasteurización", "pasteurizacion"),
    ]
    for accented, plain in pairs:
        with_accents = catalogue.index.search(accented, limit=1000)
        without = catalogue.index.search(plain, limit=1000)
        assert with_accents.total > 0, accented
        assert set(ids(with_accents)) == set(ids(without)), accented
    french = catalogue.by_title("Légumes irrigués au goutte-à-goutte pour les femmes du Sénégal")
    assert ids(catalogue.index.search("legumes goutte", limit=3))[0] == french["id"]


def test_french_and_spanish_records_are_stemmed_in_their_language(catalogue: Catalogue) -> None:
    spanish = catalogue.by_title("Bancos de leche humana en América Latina")
    # "hospital" (singular) finds "hospitales" only through the Spanish stemmer.
    assert spanish["id"] in ids(catalogue.index.search("hospital leche", limit=5))
    french = catalogue.by_title("Légumes irrigués au goutte-à-goutte pour les femmes du Sénégal")
    assert french["id"] in ids(catalogue.index.search("légume irrigué", limit=5))


def test_synonyms_and_acronyms(catalogue: Catalogue) -> None:
    cases = {
        "school meals kenya": "Home-grown school feeding with Brazilian expertise in Kenya",
        "PPP senegal": "Public-private partnership for rural electrification in Senegal",
        "DRR fiji": "Disaster risk reduction with community early warning in Bangladesh and Fiji",
        "solar pumps sahel": "Solar-powered irrigation pumps for Sahel farmers",
        "cash transfers ghana": "Conditional cash transfers modelled on Bolsa Familia in Ghana",
    }
    for query, title in cases.items():
        top = [h.title for h in catalogue.index.search(query, limit=3).hits]
        assert title in top, (query, top)
    # The synonym really is what found it: without it, "meals" alone is not in that record.
    record = catalogue.by_title("Home-grown school feeding with Brazilian expertise in Kenya")
    assert record["id"] in ids(catalogue.index.search('"school lunches" kenya', limit=5))


def test_phrases_and_exclusions(catalogue: Catalogue) -> None:
    phrase = catalogue.index.search('"community savings"', limit=50)
    assert phrase.total >= 1
    assert all("savings" in h.snippet_text.lower() for h in phrase.hits[:1])
    loose = catalogue.index.search("cyclone", limit=100)
    strict = catalogue.index.search("cyclone -fiji", limit=100)
    record = catalogue.by_title(
        "Disaster risk reduction with community early warning in Bangladesh and Fiji"
    )
    assert record["id"] in ids(loose)
    assert record["id"] not in ids(strict)
    assert strict.total == loose.total - 1


def test_as_you_type_matches_the_last_word_as_a_prefix(catalogue: Catalogue) -> None:
    slum = catalogue.by_title("Slum upgrading through community savings in Thailand and Cambodia")
    for typed in ("slum upg", "slum upgr", "community sav", "geotherm", "thailand s"):
        result = catalogue.index.search(typed, limit=20)
        assert result.total > 0, typed
        assert result.suggestion is None, typed
    assert slum["id"] in ids(catalogue.index.search("slum upg cambodia", limit=5))
    assert slum["id"] in ids(catalogue.index.search("cambodia slum upg", limit=5))
    # Without as-you-type the partial word is just a word the catalogue lacks.
    plain = catalogue.index.search("cambodia upg", as_you_type=False)
    assert plain.has(NoticeKind.SOME_WORDS)


def test_snippets_mark_the_matching_words(catalogue: Catalogue) -> None:
    result = catalogue.index.search("cyclone evacuation", limit=3)
    hit = result.hits[0]
    marked = {text.lower() for text, is_match in hit.snippet if is_match}
    assert {"cyclone", "evacuation"} & marked
    assert hit.snippet_text.strip()
    title_hit = catalogue.index.search("geothermal engineers", limit=1).hits[0]
    assert ("Geothermal", True) in title_hit.title_segments


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(len(word))
    kind = rng.choice(("replace", "drop", "insert", "swap"))
    letters = "abcdefghijklmnopqrstuvwxyz"
    if kind == "replace":
        return word[:i] + rng.choice(letters.replace(word[i], "")) + word[i + 1 :]
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    if kind == "insert":
        return word[:i] + rng.choice(letters) + word[i:]
    j = min(i, len(word) - 2)
    return word[:j] + word[j + 1] + word[j] + word[j + 2 :]


def typo_rate(index: SearchIndex, texts: list[str], samples: int, seed: int) -> float:
    """Share of single-letter typos of the words in ``texts`` (5+ letters, no stop words) whose
    "did you mean" is the word. An edit that lands on another word of the catalogue is not a
    typo anyone could fix without context: those are skipped (and few)."""
    vocabulary = {fold(w) for text in texts for w in re.findall(r"[^\W\d_]+", text)}
    stops = frozenset().union(*STOPS.values())
    words = sorted(w for w in vocabulary if len(w) >= 5 and w not in stops and not is_made_up(w))
    rng = random.Random(seed)
    tried = right = 0
    misses = []
    for word in rng.sample(words, min(samples, len(words))):
        typo = _typo(word, rng)
        if typo in vocabulary or typo == word:
            continue
        tried += 1
        suggestion = index.search(typo, as_you_type=False).suggestion
        right += suggestion == word
        if suggestion != word:
            misses.append((word, typo, suggestion))
    assert tried >= 0.9 * min(samples, len(words)), "too many typos were real words"
    print(f"did you mean: {right}/{tried} typos fixed; missed {misses[:10]}")
    return right / tried


@pytest.mark.slow  # over 2 s: run by CI, not by the default developer run
def test_did_you_mean_fixes_nine_single_letter_typos_in_ten(catalogue: Catalogue) -> None:
    """Words of the catalogue, one random edit each (replace, drop, insert, swap)."""
    texts = [
        " ".join(str(r.get(f, "")) for f in ("title", "summary", "challenge", "solution"))
        for r in catalogue.records
    ]
    assert typo_rate(catalogue.index, texts, 200, seed=2024) >= 0.9


def test_a_typo_that_finds_nothing_shows_the_corrected_results(catalogue: Catalogue) -> None:
    result = catalogue.index.search("geotermal", limit=5, as_you_type=False)
    assert result.suggestion == "geothermal"
    assert result.corrected
    assert result.total > 0
    assert Notice(NoticeKind.CORRECTED, value="geotermal", suggestion="geothermal") in (
        result.notices
    )
    # A word of the catalogue is never "corrected", even when rare.
    exact = catalogue.index.search("pasteurisation", as_you_type=False)
    assert exact.total >= 1
    assert exact.suggestion is None


def test_short_words_are_corrected_by_one_edit_only(catalogue: Catalogue) -> None:
    """Up to five letters one edit (a swap counts as one), as Elasticsearch's AUTO fuzziness:
    two edits from a short word is another word ("water" is not a typo of "wider")."""
    assert catalogue.index.search("water", as_you_type=False).total > 0
    assert catalogue.index.search("watre", as_you_type=False).suggestion == "water"
    assert catalogue.index.search("wader", as_you_type=False).suggestion == "water"
    assert catalogue.index.search("wxtxr", as_you_type=False).suggestion is None


def _in_index(catalogue: Catalogue, word: str) -> bool:
    searcher = catalogue.index._reader()[0]
    return bool(searcher.reader().doc_frequency("words", word))


def test_names_of_countries_are_never_corrected_into_other_words(fresh: Catalogue) -> None:
    """ "Senegal" is not "several": a country no solution mentions still finds nothing."""
    from ssc_desktop.domain import vocab

    probed = 0
    for country in vocab.countries().values():
        name = country.names["en"]
        if not name.isalpha() or _in_index(fresh, fold(name)):
            continue
        probed += 1
        result = fresh.index.search(name, as_you_type=False)
        assert not result.corrected, name
        assert result.suggestion is None, (name, result.suggestion)
    assert probed > 20
    for name in ("Senegal", "Ghana", "Europe", "Caribbean", "UNHCR", "hunger", "sanitation"):
        result = fresh.index.search(name, as_you_type=False)
        assert not result.corrected and (result.total > 0 or result.suggestion is None), name


def test_no_correction_to_a_short_code(catalogue: Catalogue) -> None:
    """ "wind" is not "ind" (India's code in the countries' words)."""
    assert _in_index(catalogue, "ind") and not _in_index(catalogue, "wind")
    probed = 0
    for code in ("ind", "ken", "bra", "chn", "gha", "mex", "per"):
        typo = "w" + code
        if not _in_index(catalogue, code) or _in_index(catalogue, typo):
            continue
        probed += 1
        result = catalogue.index.search(typo, as_you_type=False)
        assert result.suggestion is None or len(result.suggestion) >= 4, (typo, result)
        assert not result.corrected
    assert probed >= 3
    either = catalogue.index.search("geothermal OR wind", as_you_type=False)
    assert not either.corrected and either.total > 0 and "ind" not in (either.suggestion or "")


def test_a_near_correction_replaces_results_only_when_nothing_matches(catalogue: Catalogue) -> None:
    # A far correction of one word: the words that match are shown, the correction offered.
    some = catalogue.index.search("geothermal scheals", as_you_type=False)
    assert not some.corrected and some.total > 0
    assert some.has(NoticeKind.SOME_WORDS)
    assert some.suggestion == "geothermal schools"
    # Two edits in a short word: offered, never shown in place of the typed words.
    far = catalogue.index.search("scheals", as_you_type=False)  # "schools", two letters off
    assert far.suggestion == "schools", far
    assert not far.corrected and far.total == 0
    assert far.notices == (Notice(NoticeKind.NOTHING_MATCHES),)
    # Eight letters or more: two edits are still small.
    long = catalogue.index.search("geotermall", as_you_type=False)
    assert long.corrected and long.suggestion == "geothermal" and long.total > 0
