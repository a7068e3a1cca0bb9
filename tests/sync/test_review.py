"""Review at the hub (issue 14): contributions wait for a curator unless the office publishes
directly; the office follows their states (protocol 2); exactly once, per-field conflicts, USB
bundles and older clients keep working. A real hub on 127.0.0.1, SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from ssc_desktop.hub.review import Review, ReviewError, ReviewProblem
from ssc_desktop.storage.repository import CatalogueStore
from ssc_desktop.sync import protocol as p
from ssc_desktop.sync.offline import (
    export_hub_bundle,
    export_office_bundle,
    import_hub_bundle,
    import_office_bundle,
)
from ssc_desktop.sync.state import ContributionState, SyncState
from tests.support.records import make_solution
from tests.sync.helpers import Hub, client, new_office


def _states(store: CatalogueStore) -> dict[str, tuple[ContributionState, str]]:
    return {c.solution_id: (c.state, c.comment) for c in SyncState(store).contributions()}


def _central(hub: Hub, record_id: str) -> dict[str, object] | None:
    return next((r for r in hub.store.all_records() if r["id"] == record_id), None)


def test_contributions_wait_for_a_curator_and_only_approved_ones_reach_other_offices(
    any_hub: Hub, tmp_path: Path
) -> None:
    hub, review = any_hub, Review(any_hub.store)
    shared = make_solution()
    hub.store.load_records([shared.to_json_dict()])
    kenya = new_office(tmp_path / "kenya")
    kenya_token = hub.store.create_token("UNDP Kenya")[1]  # review: the default
    peru = new_office(tmp_path / "peru")
    client(kenya, hub.url, kenya_token).sync()
    client(peru, hub.url, hub.token("UNDP Peru")).sync()

    good = kenya.save_local(make_solution(origin="local", title="Solar pumps for smallholders"))
    poor = kenya.save_local(make_solution(origin="local", title="Draft to be corrected"))
    edited = kenya.save_local(shared.model_copy(update={"title": "A better title"}))
    report = client(kenya, hub.url, kenya_token).sync()
    assert report.complete and report.pending["dirty"] == 0 and report.pending["in_review"] == 3
    # Nothing is published yet: the hub holds the shared record unchanged, the others not at all.
    assert _central(hub, good.id) is None and _central(hub, poor.id) is None
    assert _central(hub, shared.id)["title"] == shared.title  # type: ignore[index]
    queue = {c.solution_id: c for c in review.contributions()}
    assert set(queue) == {good.id, poor.id, shared.id}
    assert all(c.office == "UNDP Kenya" and c.state == "review" for c in queue.values())
    states = _states(kenya)
    assert {s for s, _ in states.values()} == {ContributionState.IN_REVIEW}
    # A second sync sends nothing again (exactly once; the records stay the office's own).
    again = client(kenya, hub.url, kenya_token).sync()
    assert again.records_up == 0 and len(review.contributions()) == 3
    assert kenya.get(edited.id).title == "A better title"  # type: ignore[union-attr]

    review.approve(queue[good.id].id, actor="cli:test")
    review.approve(queue[shared.id].id, actor="cli:test")
    review.return_(queue[poor.id].id, actor="cli:test", comment="Add the <budget> please")
    with pytest.raises(ReviewError) as twice:
        review.approve(queue[poor.id].id, actor="cli:test")
    assert twice.value.problem is ReviewProblem.ALREADY_DECIDED
    with pytest.raises(ReviewError) as bare:
        review.return_(queue[good.id].id, actor="cli:test", comment="  ")
    assert bare.value.problem is ReviewProblem.COMMENT_REQUIRED

    # The other office receives the approved ones only.
    client(peru, hub.url, hub.token("UNDP Peru")).sync()
    assert peru.get(good.id) is not None and peru.get(poor.id) is None
    assert peru.get(shared.id).title == "A better title"  # type: ignore[union-attr]
    # The contributing office learns each state; the returned record stays its own.
    client(kenya, hub.url, kenya_token).sync()
    states = _states(kenya)
    assert states[good.id] == (ContributionState.PUBLISHED, "")
    assert states[shared.id][0] is ContributionState.PUBLISHED
    assert states[poor.id] == (ContributionState.RETURNED, "Add the <budget> please")
    returned = kenya.get(poor.id)
    assert returned is not None and returned.title == "Draft to be corrected"
    assert SyncState(kenya).pending_counts()["dirty"] == 0  # not sent again by itself

    # Corrected and sent again: a new contribution, in review, then published.
    kenya.save_local(returned.model_copy(update={"title": "Corrected draft"}))
    assert _states(kenya)[poor.id][0] is ContributionState.WAITING
    client(kenya, hub.url, kenya_token).sync()
    [again_in_review] = review.contributions()
    assert again_in_review.solution_id == poor.id and again_in_review.title == "Corrected draft"
    review.approve(again_in_review.id, actor="cli:test")
    client(kenya, hub.url, kenya_token).sync()
    client(peru, hub.url, hub.token("UNDP Peru")).sync()
    assert peru.get(poor.id).title == "Corrected draft"  # type: ignore[union-attr]
    assert _states(kenya)[poor.id][0] is ContributionState.PUBLISHED
    # The audit log says who decided what.
    actions = [(e.actor, e.action) for e in review.audit_log()]
    assert actions.count(("cli:test", "approve")) == 3
    assert actions.count(("cli:test", "return")) == 1


def test_an_office_set_to_publish_directly_skips_the_queue(any_hub: Hub, tmp_path: Path) -> None:
    review = Review(any_hub.store)
    token = any_hub.store.create_token("UNDP Chile")[1]
    office = new_office(tmp_path / "chile")
    review.set_publish_directly("UNDP Chile", True, actor="cli:admin")
    record = office.save_local(make_solution(origin="local"))
    assert client(office, any_hub.url, token).sync().complete
    assert _central(any_hub, record.id) is not None and review.contributions() == []
    assert _states(office)[record.id][0] is ContributionState.PUBLISHED
    review.set_publish_directly("UNDP Chile", False, actor="cli:admin")
    other = office.save_local(make_solution(origin="local"))
    client(office, any_hub.url, token).sync()
    assert _central(any_hub, other.id) is None and len(review.contributions()) == 1
    assert [e.action for e in review.audit_log()][:2] == ["publish-directly"] * 2


def test_a_resent_operation_is_held_once_and_a_newer_edit_supersedes_the_older(
    any_hub: Hub,
) -> None:
    store, review = any_hub.store, Review(any_hub.store)
    record = make_solution()
    store.load_records([record.to_json_dict()])
    op = {"o": str(uuid.uuid4()), "id": record.id, "b": 1, "p": {"title": "Once"}}
    first = store.apply_ops("UNDP Nepal", "cat", [op])
    assert first[0]["s"] == "review"
    for _ in range(3):
        assert store.apply_ops("UNDP Nepal", "cat", [op]) == first
    assert len(review.contributions()) == 1
    # Nothing to change (the value is already central) is answered at once, not queued.
    same = {"o": str(uuid.uuid4()), "id": record.id, "b": 1, "p": {"title": record.title}}
    assert store.apply_ops("UNDP Nepal", "cat", [same])[0]["s"] == "ok"
    # A newer contribution to the same record replaces the one in review.
    newer = {"o": str(uuid.uuid4()), "id": record.id, "b": 1, "p": {"title": "Twice"}}
    store.apply_ops("UNDP Nepal", "cat", [newer])
    [pending] = review.contributions()
    assert pending.op_id == newer["o"]
    assert [c.state for c in review.contributions(state="superseded")] == ["superseded"]
    decisions, cursor = review.decisions("UNDP Nepal", 0)
    assert [d.state for d in decisions] == ["superseded"] and cursor == decisions[0].number
    assert review.decisions("UNDP Other", 0) == ([], 0)
    # A rule the record breaks is refused at once, as before review.
    bad = {"o": str(uuid.uuid4()), "id": record.id, "b": 1, "p": {"primary_sdgs": [18]}}
    assert store.apply_ops("UNDP Nepal", "cat", [bad])[0]["s"] == "rej"


def test_approving_merges_field_by_field_and_the_office_sees_the_conflict(
    hub: Hub, tmp_path: Path
) -> None:
    review = Review(hub.store)
    record = make_solution()
    hub.store.load_records([record.to_json_dict()])
    kenya = new_office(tmp_path / "kenya")
    token = hub.store.create_token("UNDP Kenya")[1]
    client(kenya, hub.url, token).sync()
    kenya.save_local(record.model_copy(update={"title": "Kenya's title", "summary": "Kenya's"}))
    client(kenya, hub.url, token).sync()
    # Meanwhile another office (publishing directly) changes the title.
    peru = new_office(tmp_path / "peru")
    client(peru, hub.url, hub.token("UNDP Peru")).sync()
    peru.save_local(record.model_copy(update={"title": "Peru's title"}))
    client(peru, hub.url, hub.token("UNDP Peru")).sync()
    [pending] = review.contributions()
    _central_now, _proposed, diffs = review.compare(pending)
    moved = {d.name for d in diffs if d.central_moved}
    assert moved == {"title"}
    published = review.approve(pending.id, actor="admin:ana")
    assert published.kept == ["title"]
    central = _central(hub, record.id)
    assert central is not None
    assert (central["title"], central["summary"]) == ("Peru's title", "Kenya's")
    client(kenya, hub.url, token).sync()
    [conflict] = SyncState(kenya).conflicts()
    assert (conflict.field, conflict.mine, conflict.theirs) == (
        "title",
        "Kenya's title",
        "Peru's title",
    )
    assert kenya.get(record.id).summary == "Kenya's"  # type: ignore[union-attr]


def test_an_older_client_keeps_working_its_held_edit_shown_as_refused_with_the_reason(
    hub: Hub, tmp_path: Path
) -> None:
    review = Review(hub.store)
    office = new_office(tmp_path / "old")
    token = hub.store.create_token("Old office")[1]
    record = office.save_local(make_solution(origin="local"))
    old = client(office, hub.url, token, protocol_version=1, protocol_min=1)
    assert old.sync().complete
    [conflict] = SyncState(office).conflicts()
    assert conflict.field == "*" and "held for review at the hub" in conflict.message
    assert old.sync().records_up == 0 and len(review.contributions()) == 1  # not sent again
    review.approve(review.contributions()[0].id, actor="cli:test")
    assert old.sync().complete
    assert office.get(record.id) is not None and _central(hub, record.id) is not None


def test_office_bundles_go_through_review_and_the_decisions_come_back_by_bundle(
    hub: Hub, tmp_path: Path
) -> None:
    review = Review(hub.store)
    office = new_office(tmp_path / "dhaka")
    token = hub.store.create_token("Dhaka")[1]
    client(office, hub.url, token).sync()  # learns the hub's key; then offline
    accepted = office.save_local(make_solution(origin="local", title="By USB, accepted"))
    refused = office.save_local(make_solution(origin="local", title="By USB, returned"))
    stick = tmp_path / "office.sscbundle"
    export_office_bundle(office, stick)
    summary = import_office_bundle(hub.store, stick)
    assert summary["in_review"] == 2 and _central(hub, accepted.id) is None
    assert import_office_bundle(hub.store, stick)["new"] == 0  # exactly once
    queue = {c.solution_id: c for c in review.contributions()}
    assert {c.via for c in queue.values()} == {"bundle"}
    back = tmp_path / "hub1.sscbundle"
    export_hub_bundle(hub.store, back, since=SyncState(office).cursor().seq, office="Dhaka")  # type: ignore[union-attr]
    import_hub_bundle(office, back)
    assert {s for s, _ in _states(office).values()} == {ContributionState.IN_REVIEW}
    assert SyncState(office).conflicts() == []  # a new office reads "held", not "refused"

    review.approve(queue[accepted.id].id, actor="cli:test")
    review.return_(queue[refused.id].id, actor="cli:test", comment="Which country?")
    back2 = tmp_path / "hub2.sscbundle"
    export_hub_bundle(hub.store, back2, since=SyncState(office).cursor().seq, office="Dhaka")  # type: ignore[union-attr]
    result = import_hub_bundle(office, back2)
    assert result["decisions"] == 2 and result["records"] == 1
    states = _states(office)
    assert states[accepted.id][0] is ContributionState.PUBLISHED
    assert states[refused.id] == (ContributionState.RETURNED, "Which country?")
    # Online afterwards: nothing twice.
    report = client(office, hub.url, token).sync()
    assert report.records_up == 0 and len(review.contributions(state=None)) == 2


def test_results_on_the_wire_per_protocol_version() -> None:
    held = {"o": "x", "s": "review", "n": 7}
    assert p.compact_result(held, 2) == [-1, 7]
    assert p.expand_result("x", [-1, 7]) == held
    v1 = p.compact_result(held, 1)
    assert v1[0] == 0 and "contribution 7" in v1[1]
    assert p.bundle_ack(held)["s"] == "rej" and p.bundle_ack(held)["review"] == 7
    with pytest.raises(p.MalformedFrame):
        p.expand_result("x", [-1, "seven"])
    decision = p.Decision(
        number=3, op_id="x", state="returned", contribution=7, comment="<b>", revision=0
    )
    assert p.Decision.from_wire(decision.wire()) == decision
    with pytest.raises(p.MalformedFrame):
        p.Decision.from_wire([3, "x", "approved-by-me", 7, "", 0, ""])
