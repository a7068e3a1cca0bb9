"""A brief in its reader's language: each solution's texts in the brief's language where a
translation exists, and what the reader must be told about them (issue 11).

Kept apart from the layout (``render``): the layout prints a solution as it is given, and these
functions give it the brief's language and the note that says who translated it, or that it is
printed in its original language.
"""

from __future__ import annotations

from collections.abc import Sequence

from ssc_desktop.briefs.labels import Labels
from ssc_desktop.domain.model import TRANSLATABLE_FIELDS, Solution, Texts, TranslatorKind


def in_language(solution: Solution, language: str) -> Solution:
    """``solution`` with its texts (title, subtitle, summary, long texts, themes, keywords) in
    ``language`` when it has that translation, else as it is. Its ``translations`` and
    ``revision`` are kept, so :func:`language_note` still knows where the texts come from."""
    texts = solution.texts(language)
    if not texts.is_translation:
        return solution
    update = {name: getattr(texts, name) for name in TRANSLATABLE_FIELDS}
    update["themes"], update["keywords"] = list(texts.themes), list(texts.keywords)
    return solution.model_copy(update=update)


def is_in_language(solution: Solution, language: str) -> bool:
    """Is the solution printed in ``language`` (its original, or a translation)?"""
    return solution.texts(language).language == language


def count_in_language(solutions: Sequence[Solution], language: str) -> int:
    return sum(is_in_language(s, language) for s in solutions)


def translator(labels: Labels, texts: Texts) -> str:
    """Who made the translation, in the brief's words (a machine's own name is not printed:
    it is not the reader's language and says nothing more than "machine translation")."""
    by = texts.translated_by
    if by is None:
        return ""
    name = " ".join(by.name.split())
    if by.kind is TranslatorKind.MACHINE:
        return labels("by_machine")
    if by.kind is TranslatorKind.MACHINE_REVIEWED:
        return labels("by_machine_reviewed", name=name) if name else labels("by_machine_checked")
    if by.kind is TranslatorKind.OFFICE:
        return labels("by_office", name=name) if name else labels("by_an_office")
    return labels("by_person", name=name) if name else labels("by_a_person")


def language_note(solution: Solution, labels: Labels) -> str:
    """The note printed under a solution's title: which language its texts were translated
    from and by whom (and "may be out of date"), or that it is printed in its original
    language; "" when it is written in the brief's language."""
    language = labels.language
    texts = solution.texts(language)
    if texts.is_translation:
        original = language_name(labels, texts.original_language)
        note = labels("translated_note", language=original, translator=translator(labels, texts))
        if texts.outdated:
            note += " " + labels("translation_outdated")
        return note
    if texts.language != language:
        return labels("not_translated_note", language=language_name(labels, texts.language))
    return ""


def language_name(labels: Labels, code: str) -> str:
    """A language's name in the brief's words (the code for a language it does not name)."""
    try:
        return labels(f"language_{code}")
    except KeyError:
        return code
