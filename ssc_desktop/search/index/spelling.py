"""Spelling: "did you mean" corrections from the unstemmed ``words`` field.

Honest corrections: a word of the catalogue, or one that names a country, region, organisation
or SDG, is never replaced ("Senegal" is not "several" because no solution mentions Senegal);
a correction is a word of four letters or more (never a country code: "wind" is not "ind").
Whether results are *replaced* by a correction's is decided by the caller (see
:func:`is_small_edit`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from ssc_desktop.search.index.analysis import ALL_STOPS, match_key, script_of, stem
from ssc_desktop.search.index.planning import TEXT_FIELDS, Plan
from ssc_desktop.search.vocabulary import glossary_words, name_words

#: The shortest word offered as a correction (shorter ones are codes and abbreviations).
MIN_CORRECTION = 4


@dataclass(frozen=True)
class Correction:
    """A word as typed, the word of the catalogue it is taken for, and how many edits apart."""

    typed: str
    word: str
    edits: int


def is_small_edit(correction: Correction) -> bool:
    """Small enough to show the correction's results in place of nothing: one edit, or two in
    a word of eight letters or more."""
    return correction.edits <= (2 if len(correction.typed) >= 8 else 1)


def _osa(a: str, b: str) -> int:
    """Optimal string alignment distance: a transposition of neighbours counts as one edit."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[len(b)]


def _best_correction(
    reader: Any, word: str, maxdist: int, prefix: int
) -> tuple[int, int, str] | None:
    best: tuple[int, int, str] | None = None
    candidates: set[Any] = set()
    # whoosh measures Levenshtein distance, where a swap of neighbours costs two edits: look two
    # edits away, then keep what is within ``maxdist`` counting a swap as one (OSA).
    for leaf, _offset in reader.leaf_readers():  # MultiReader's terms_within is very slow
        candidates.update(leaf.terms_within("words", word, max(2, maxdist), prefix=prefix))
    for candidate in candidates:
        text = candidate.decode("utf-8") if isinstance(candidate, bytes) else candidate
        if text == word or len(text) < MIN_CORRECTION:
            continue
        distance = _osa(word, text)
        if distance <= maxdist:
            rank = (distance, -reader.doc_frequency("words", text), text)
            best = rank if best is None else min(best, rank)
    return best


def correct_word(reader: Any, word: str) -> str | None:
    """The best correction of a folded word (see :func:`best_correction`), if any."""
    best = best_correction(reader, word)
    return best[1] if best else None


def best_correction(reader: Any, word: str) -> tuple[int, str] | None:
    """The best correction of a folded word from the unstemmed ``words`` field, if any:
    fewest edits (a swap of neighbours is one), then the most frequent word."""
    if len(word) < 3 or not word.isalpha():
        return None
    maxdist = 1 if len(word) <= 5 else 2  # as Elasticsearch's AUTO fuzziness: "water" is
    # never "corrected" to "wider"
    # Most typos keep the first letter, and walking the word list from a fixed first letter is
    # many times faster: the whole list is walked only when that finds no one-edit correction.
    best = _best_correction(reader, word, maxdist, prefix=1)
    if best is None or best[0] > 1:
        anywhere = _best_correction(reader, word, maxdist, prefix=0)
        best = anywhere if best is None or (anywhere and anywhere < best) else best
    return (best[0], best[2]) if best else None


def glossary_correction(word: str) -> tuple[int, str] | None:
    """The closest glossary word to a folded word the index lacks (same edit limits as
    :func:`best_correction`): "alimentaton" is "alimentation" even in a catalogue that has
    only English texts, where the glossary then bridges it."""
    if len(word) < 5 or not word.isalpha():
        return None
    maxdist = 1 if len(word) <= 5 else 2
    best: tuple[int, str] | None = None
    for candidate in glossary_words():
        if abs(len(candidate) - len(word)) > maxdist or len(candidate) < MIN_CORRECTION:
            continue
        distance = _osa(word, candidate)
        if distance <= maxdist and (best is None or (distance, candidate) < best):
            best = (distance, candidate)
    return best


@cache
def _protected_stems() -> frozenset[str]:
    """Stems of the Arabic and Russian words of the glossary and of names: any form of them
    is a real word."""
    words = glossary_words() | name_words()
    return frozenset(match_key(w) for w in words if script_of(w) in ("ar", "ru"))


def corrections(
    reader: Any, plan: Plan, as_you_type: bool, is_name: Callable[[str], bool]
) -> list[Correction]:
    """Corrections of the words the catalogue does not have (``is_name`` protects names)."""
    out: list[Correction] = []
    for typed, word in plan.words:
        if len(word) < 3 or not word.isalpha() or word in ALL_STOPS:
            continue
        script = script_of(word)
        if script == "zh":
            continue  # Chinese is searched by characters: no spelling to correct
        if script and (
            match_key(word) in _protected_stems()
            or any(reader.doc_frequency(f, stem(word, "en")) for f in TEXT_FIELDS)
        ):
            continue  # another form of an Arabic or Russian word the catalogue or glossary has
        if reader.doc_frequency("words", word):
            continue  # a word of the catalogue is never "corrected"
        if (
            as_you_type
            and word == plan.prefix
            and any(True for _ in reader.expand_prefix("words", word))
        ):
            continue  # a word still being typed
        if is_name(word):
            continue  # a country, region, organisation or SDG: not a typo of something else
        best = best_correction(reader, word)
        if best is None and not script:
            # Not for Arabic and Russian: one or two letters from a glossary word is as often
            # another real word (dense roots, inflected endings) as a typo.
            best = glossary_correction(word)
        if best is not None:
            out.append(Correction(typed, best[1], best[0]))
    return out
