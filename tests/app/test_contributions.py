"""This office's contributions as the app service gives them (issue 14): state, title, template
reference, the curator's comment; a returned one is edited or sent again. A real hub on
127.0.0.1 that holds contributions for review, real catalogue files."""

from __future__ import annotations

from pathlib import Path

import pytest

from ssc_desktop.app.contributions import (
    ContributionsService,
    ContributionState,
    NotReturned,
    OfficeContribution,
)
from ssc_desktop.app.events import Change, ChangeKind
from ssc_desktop.app.files import FilesService
from ssc_desktop.app.session import CatalogueSession
from ssc_desktop.domain.model import Solution, TranslatedBy, TranslatorKind
from ssc_desktop.hub.review import Review
from ssc_desktop.hub.server import ServerThread
from ssc_desktop.storage.repository import NotFoundError
from ssc_desktop.sync.client import SyncClient
from tests.support.records import make_solution
from tests.support.sheets import filled_template

S = ContributionState


def _by_id(service: ContributionsService) -> dict[str, OfficeContribution]:
    return {c.solution_id: c for c in service.contributions()}


def _sync(session: CatalogueSession, server: ServerThread, token: str) -> None:
    assert SyncClient(session.store, hub_url=server.url, token=token).sync().complete
    session.announce(Change.of(ChangeKind.SOLUTIONS, everything=True))


def test_contributions_follow_the_review_and_a_returned_one_is_corrected_or_resent(
    session: CatalogueSession, hub: tuple[ServerThread, str], tmp_path: Path
) -> None:
    server, _publishing = hub
    token = server.store.create_token("UNDP Kenya")[1]  # held for review: the default
    review = Review(server.store)
    server.store.load_records([s.to_json_dict() for s in session.store.iter_all()])
    service = ContributionsService(session)
    _sync(session, server, token)
    assert service.contributions() == [], "records received from the hub are not this office's"

    typed = session.save_solution(make_solution(origin="local", title="Typed in the form"))
    sheet = filled_template(
        tmp_path / "sheet.xlsx",
        [{"reference": "KEN-01", "title": "From the sheet"}, {"reference": "KEN-02"}],
    )
    FilesService(session).import_file(sheet)
    edited_hub_record = next(s for s in session.store.iter_all() if s.origin != "local")
    session.save_solution(edited_hub_record.model_copy(update={"subtitle": "Corrected here"}))

    waiting = _by_id(service)
    assert len(waiting) == 4 and {c.state for c in waiting.values()} == {S.WAITING}
    assert waiting[typed.id].made_here and waiting[typed.id].reference == ""
    from_sheet = next(c for c in waiting.values() if c.reference == "KEN-01")
    assert from_sheet.title == "From the sheet" and from_sheet.made_here
    assert not waiting[edited_hub_record.id].made_here
    assert all(c.number is None and c.decided_at is None for c in waiting.values())

    _sync(session, server, token)
    in_review = _by_id(service)
    assert {c.state for c in in_review.values()} == {S.IN_REVIEW}
    assert all(c.number is not None and c.sent_at for c in in_review.values())
    assert service.counts()[S.IN_REVIEW] == 4 and service.counts()[S.RETURNED] == 0
    with pytest.raises(NotReturned) as not_returned:
        service.resend(typed.id)
    assert not_returned.value.state is S.IN_REVIEW

    queue = {c.solution_id: c.id for c in review.contributions()}
    review.return_(queue[typed.id], actor="cli:curator", comment="Which year did it start?")
    review.return_(queue[from_sheet.solution_id], actor="cli:curator", comment="Add a source")
    review.approve(queue[edited_hub_record.id], actor="cli:curator")
    _sync(session, server, token)
    answered = _by_id(service)
    assert answered[typed.id].state is S.RETURNED and answered[typed.id].returned
    assert answered[typed.id].comment == "Which year did it start?"
    assert answered[typed.id].decided_at
    assert answered[from_sheet.solution_id].comment == "Add a source"
    assert answered[edited_hub_record.id].state is S.PUBLISHED
    assert answered[edited_hub_record.id].revision == edited_hub_record.revision + 1
    assert service.of(typed.id) == answered[typed.id]
    assert (
        service.of(next(iter(set(s.id for s in session.store.iter_all()) - set(answered)))) is None
    )
    # The returned records are still this office's, as it wrote them, and not sent by themselves.
    kept = session.get(typed.id)
    assert kept is not None and kept.title == "Typed in the form"
    assert session.store.stats()["pending_sync"] == 0

    # Corrected in the form: it waits to be sent again, like any local edit.
    session.save_solution(kept.model_copy(update={"start_year": 2018}))
    assert service.of(typed.id).state is S.WAITING  # type: ignore[union-attr]
    # Corrected by importing the sheet again: the same solution, waiting again.
    again = filled_template(
        tmp_path / "again.xlsx",
        [{"reference": "KEN-01", "title": "From the sheet", "sources": "Annual report | 4"}],
    )
    FilesService(session).import_file(again)
    assert service.of(from_sheet.solution_id).state is S.WAITING  # type: ignore[union-attr]
    assert len(service.contributions()) == 4
    _sync(session, server, token)
    assert {c.state for c in service.contributions()} == {S.IN_REVIEW, S.PUBLISHED}
    held = {c.solution_id: c for c in review.contributions()}
    assert held[typed.id].title == "Typed in the form"

    # Sent again as it is: returned once more, then resent by hand.
    review.return_(held[typed.id].id, actor="cli:curator", comment="Still no source")
    _sync(session, server, token)
    told: list[Change] = []
    session.subscribe(told.append)
    resent = service.resend(typed.id)
    assert resent.state is S.WAITING and told == [Change.of(ChangeKind.SOLUTIONS, [typed.id])]
    _sync(session, server, token)
    assert service.of(typed.id).state is S.IN_REVIEW  # type: ignore[union-attr]
    with pytest.raises(NotReturned) as unknown:
        service.resend("00000000-0000-0000-0000-00000000abcd")
    assert unknown.value.state is None


def test_titles_follow_the_language_and_json_is_stable(session: CatalogueSession) -> None:
    service = ContributionsService(session)
    made = session.save_solution(make_solution(origin="local", title="Seed banks"))
    session.save_translation(
        made.id,
        "fr",
        {"title": "Banques de semences", "summary": "Des agriculteurs partagent."},
        TranslatedBy(kind=TranslatorKind.PERSON, name="Ana"),
    )
    [contribution] = service.contributions(language="fr")
    assert contribution.title == "Banques de semences"
    assert service.contributions(language="en")[0].title == "Seed banks"
    assert service.contributions(states=[S.RETURNED]) == []
    assert list(contribution.as_dict()) == [
        "id", "title", "state", "reference", "made_here", "deleted", "number", "comment",
        "revision", "sent_at", "decided_at",
    ]  # fmt: skip
    assert contribution.as_dict()["state"] == "waiting"
    assert contribution.as_dict()["reference"] is None
    session.delete_solution(made.id)
    [deletion] = service.contributions()
    assert deletion.deleted and deletion.state is S.WAITING


def test_resending_an_unknown_id_changes_nothing(session: CatalogueSession) -> None:
    with pytest.raises((NotReturned, NotFoundError)):
        ContributionsService(session).resend("not-an-id")
    assert session.store.stats()["pending_sync"] == 0
    assert isinstance(next(session.store.iter_all()), Solution)
