"""A brief in French or Spanish prints each solution in that language where a translation
exists, says who translated it, marks those printed in their original language, and counts on
the cover how many are in the brief's language (issue 11). Read back from the PDF."""

from __future__ import annotations

import functools

import pytest

from ssc_desktop.briefs.labels import Labels
from ssc_desktop.catalogue import read_seed
from ssc_desktop.domain.model import (
    TRANSLATABLE_TEXTS,
    Solution,
    TranslatedBy,
    TranslatorKind,
)
from tests.briefs.pdfs import Built, build, flat

SAMPLE = 8  # seed solutions in a brief (every one translated into fr and es)


@functools.cache
def seed() -> list[Solution]:
    return read_seed()


def _opening(text: str, words: int = 6) -> str:
    return " ".join(text.split()[:words])


@functools.cache
def brief(language: str) -> Built:
    solutions = seed()[:SAMPLE]
    assert all(language in s.translations for s in solutions)
    dates = {"fr": "3–7 mars 2027", "es": "3–7 de marzo de 2027"}[language]
    return build(
        list(solutions), language=language, title="Mission", destination="Dakar", dates=dates
    )


@pytest.mark.parametrize("language", ["fr", "es"])
def test_a_brief_of_translated_solutions_prints_no_english_prose(language: str) -> None:
    built = brief(language)
    text = flat(built.text())
    for solution in seed()[:SAMPLE]:
        translation = solution.translations[language]
        assert flat(translation.title) in text
        for name in TRANSLATABLE_TEXTS:
            english = getattr(solution, name)
            if len(english.split()) >= 6:
                assert flat(_opening(english)) not in text, (solution.id, name, english[:60])
                assert flat(_opening(getattr(translation, name))) in text, (solution.id, name)
        for theme in translation.themes:
            assert flat(theme) in text
    labels = Labels(language)
    printed = {n for s in seed()[:SAMPLE] for n in TRANSLATABLE_TEXTS if getattr(s, n).strip()}
    for key in ("brief", "partners", *({"challenge", "results", "sustainability"} & printed)):
        assert flat(labels(key)).casefold() in text.casefold(), key
    assert "Mission brief" not in built.text() and "Challenge" not in built.text()
    # Each solution says it is a machine translation, not reviewed, from English.
    note = labels(
        "translated_note", language=labels("language_en"), translator=labels("by_machine")
    )
    assert text.count(flat(note)) == SAMPLE
    # The cover: every solution is in the brief's language.
    cover = flat(built.texts()[0])
    assert flat(labels("solutions_in_language")) in cover
    assert flat(labels("count_of_total", count=SAMPLE, total=SAMPLE)) in cover


def test_an_untranslated_solution_is_printed_in_its_original_with_a_note() -> None:
    solutions = list(seed()[:3])
    bare = solutions[1].model_copy(update={"translations": {}})
    office = TranslatedBy(kind=TranslatorKind.OFFICE, name="PNUD Sénégal")
    first = solutions[0]
    corrected = first.translations["fr"].model_copy(
        update={"translated_by": office, "source_revision": first.revision - 1}
    )
    first = first.model_copy(
        update={"translations": {**first.translations, "fr": corrected}, "revision": first.revision}
    )
    if corrected.source_revision < 1:  # a seed record at revision 1: make it one revision on
        first = first.model_copy(update={"revision": 2})
        corrected = corrected.model_copy(update={"source_revision": 1})
        first = first.model_copy(update={"translations": {**first.translations, "fr": corrected}})
    built = build([first, bare, solutions[2]], language="fr", title="Mission", prepared_by="")
    text = flat(built.text())
    labels = Labels("fr")
    assert flat(bare.title) in text and flat(_opening(bare.challenge)) in text  # the original
    assert flat(labels("not_translated_note", language="anglais")) in text
    assert text.count(flat("Pas encore traduite")) == 1
    by_office = labels(
        "translated_note",
        language="anglais",
        translator=labels("by_office", name="PNUD Sénégal"),
    )
    assert flat(by_office) in text
    assert flat(labels("translation_outdated")) in text
    assert flat(labels("count_of_total", count=2, total=3)) in flat(built.texts()[0])


def test_an_english_brief_prints_the_originals_without_notes() -> None:
    solutions = list(seed()[:2])
    built = build(solutions, language="en", title="Mission", prepared_by="")
    text = built.text()
    assert solutions[0].title.split()[0] in text
    assert "Translated from" not in text and "Not yet translated" not in text
    assert flat("Solutions in English") in flat(built.texts()[0])
