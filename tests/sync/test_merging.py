"""The pure merge decisions (``sync.merging``), checked directly with generated records."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from ssc_desktop.sync import merging
from ssc_desktop.sync.protocol import field_value
from tests.support.records import make_solution

BASE = make_solution(id="8d3c2a3e-6f0e-4a55-9a1e-1c7d7a1c0002").to_json_dict()
VALUES: dict[str, list[Any]] = {
    "title": ["Solar pumps", "Rice exchange", "Census twinning"],
    "summary": ["", "Short.", "Longer summary."],
    "keywords": [[], ["water"], ["water", "solar"]],
    "deleted": [False, True],
}
PRIVATE = {"name": "Kept Here", "title": "", "organisation": "", "email": "", "phone": ""}
PUBLIC = {**PRIVATE, "name": "Shown Everywhere", "public": True}


def side(changes: dict[str, int], *, revision: int, private: bool = False) -> dict[str, Any]:
    record = dict(BASE, revision=revision)
    for name, index in changes.items():
        record[name] = VALUES[name][index % len(VALUES[name])]
    record["contacts"] = [PUBLIC, {**PRIVATE, "public": False}] if private else [PUBLIC]
    return record


changes = st.dictionaries(st.sampled_from(sorted(VALUES)), st.integers(0, 2), max_size=3)


@settings(max_examples=300, deadline=None)
@given(mine_changes=changes, theirs_changes=changes, busy=st.booleans())
def test_one_sided_changes_win_two_sided_ones_conflict_and_private_contacts_stay(
    mine_changes: dict[str, int], theirs_changes: dict[str, int], busy: bool
) -> None:
    base = side({}, revision=1)
    mine = side(mine_changes, revision=2, private=True)
    theirs = side(theirs_changes, revision=3)
    theirs_with_a_leak = dict(theirs, contacts=[PUBLIC, {**PRIVATE, "name": "Other office's"}])
    outcome = merging.integrate(base, mine, theirs_with_a_leak, origin="local", busy=busy)
    names = [c.name for c in outcome.solution.contacts] if outcome.solution else []
    if outcome.solution is not None:
        assert "Kept Here" in names and "Other office's" not in names
    if not busy:  # nothing waits here: the hub's version (with the private contact kept)
        assert outcome.conflicts == {} and not outcome.dirty
        if outcome.solution is not None:
            stored = outcome.solution.to_json_dict()
            assert all(stored[f] == theirs[f] for f in VALUES)
        return
    assert outcome.solution is not None
    stored = outcome.solution.to_json_dict()
    for name in VALUES:
        m, t, b = mine[name], theirs[name], base[name]
        if name == "deleted":
            continue
        if m == b:
            assert stored[name] == t or "deleted" in outcome.conflicts
        elif t in (b, m):
            assert stored[name] == m
        else:
            assert outcome.conflicts[name] == (m, t) and stored[name] == m
    # Still to send exactly when something differs from the hub's version (or a conflict).
    visible = merging.shared(stored)
    differs = any(field_value(visible, f) != field_value(theirs, f) for f in merging.FIELDS)
    assert outcome.dirty == (bool(outcome.conflicts) or differs)


def test_shared_strips_private_contacts_and_with_private_puts_them_back() -> None:
    mine = side({}, revision=1, private=True)
    out = merging.shared(mine)
    assert [c["name"] for c in out["contacts"]] == ["Shown Everywhere"]
    back = merging.with_private(out, mine)
    assert [c["name"] for c in back["contacts"]] == ["Shown Everywhere", "Kept Here"]


def test_unacceptable_names_the_field_a_newer_hub_uses() -> None:
    record = dict(BASE, primary_sdgs=[18])
    reason = merging.unacceptable(record)
    assert reason is not None and "primary_sdgs" in reason
    assert merging.unacceptable(BASE) is None
