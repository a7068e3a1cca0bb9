"""The session's write path: each write is committed, the index follows, then one Change."""

from __future__ import annotations

from datetime import date

import pytest

from ssc_desktop.app.events import Change, ChangeKind
from ssc_desktop.app.mission import Mission
from ssc_desktop.app.session import CatalogueSession
from ssc_desktop.domain.model import Solution, TranslatedBy, TranslatorKind


def test_each_write_tells_what_it_changed_after_the_index_followed(
    session: CatalogueSession,
) -> None:
    told: list[tuple[str, Change]] = []
    followed: list[str] = []
    session.keep_index_current(lambda: followed.append("index"))
    session.subscribe(lambda change: told.append((",".join(followed), change)))
    first = next(session.store.iter_all())

    stored = session.save_solution(first.model_copy(update={"subtitle": "Edited here"}))
    assert stored.revision == first.revision + 1
    assert session.store.stats()["pending_sync"] == 1
    assert told[-1] == ("index", Change.of(ChangeKind.SOLUTIONS, [first.id]))

    session.set_note(first.id, "Ask the country office")
    assert session.note(first.id) == "Ask the country office"
    assert told[-1][1] == Change.of(ChangeKind.NOTE, [first.id])
    assert followed == ["index"], "a note does not touch the search index"

    mission = Mission(title="Energy", start=date(2027, 3, 1), items=[(first.id, first.title)])
    session.save_mission(mission)
    assert session.mission() == mission
    assert told[-1][1].kinds == frozenset({ChangeKind.MISSION})

    session.delete_solution(first.id)
    assert session.get(first.id) is None
    assert told[-1][1].touches(first.id) and not told[-1][1].touches("other")
    assert len(told) == 4


def test_a_failing_listener_does_not_hide_the_change_and_unsubscribe_stops(
    session: CatalogueSession,
) -> None:
    seen: list[Change] = []

    def broken(_change: Change) -> None:
        raise RuntimeError("a display bug")

    session.subscribe(broken)
    stop = session.subscribe(seen.append)
    solution_id = next(session.store.iter_all()).id
    session.set_note(solution_id, "one")
    assert len(seen) == 1
    stop()
    session.set_note(solution_id, "two")
    assert len(seen) == 1 and session.note(solution_id) == "two"


def test_figures_count_the_catalogue(session: CatalogueSession) -> None:
    figures = session.figures()
    assert figures.solutions == 20 and figures.pending_sync == 0
    assert figures.last_sync_at == "" and figures.last_updated


def test_a_translation_is_saved_as_a_local_edit_and_announced(
    session: CatalogueSession, solutions: list[Solution]
) -> None:
    seen: list[Change] = []
    session.subscribe(seen.append)
    target = solutions[0]
    by = TranslatedBy(kind=TranslatorKind.PERSON, name="Awa Diop")
    stored = session.save_translation(
        target.id,
        "fr",
        {"title": "Irrigation solaire", "summary": "Des pompes partagées.", "themes": ["eau"]},
        by,
    )
    assert stored.revision == target.revision + 1 and not stored.is_outdated("fr")
    assert seen and seen[-1].ids == frozenset({target.id})
    again = session.get(target.id)
    assert again is not None
    texts = again.texts("fr")
    assert (texts.title, texts.themes, texts.translated_by) == ("Irrigation solaire", ("eau",), by)
    assert session.figures().pending_sync == 1
    # A refused text changes nothing (an empty title; a translation into the record's own).
    with pytest.raises(ValueError, match="title"):
        session.save_translation(target.id, "es", {"title": ""}, by)
    with pytest.raises(ValueError, match="own language"):
        session.save_translation(target.id, "en", {"title": "Same language"}, by)
    with pytest.raises(ValueError, match="not a translatable field"):
        session.save_translation(target.id, "es", {"title": "T", "budget": 1}, by)
    assert session.get(target.id) == stored
    removed = session.remove_translation(target.id, "fr")
    assert removed.translations == {} and removed.revision == stored.revision + 1
