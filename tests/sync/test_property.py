"""Two offices edit offline at random and sync in random order through a real hub; checked
against a simple model of what must result: both offices and the hub agree, an edit to a
field only one office touched survives, and two offices' different values for one field are
never silently reduced to one: either a conflict showed both, or the later writer had seen
the earlier value."""

from __future__ import annotations

import shutil
import tempfile
import uuid
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ssc_desktop.hub.server import ServerThread
from ssc_desktop.storage.repository import CatalogueStore
from ssc_desktop.sync.state import SyncState
from tests.support.records import make_solution
from tests.sync.helpers import Hub, client, content, fresh_hub, new_office

pytestmark = pytest.mark.slow

VALUES: dict[str, list[Any]] = {
    "title": ["Solar pumps", "Rice exchange", "Census twinning"],
    "summary": ["", "Short summary.", "Another summary."],
    "status": [None, "planned", "ongoing", "completed"],
    "keywords": [[], ["water"], ["water", "solar"]],
    "funding_mechanism": ["", "IBSA Fund", "Perez-Guerrero Trust Fund"],
}
FIELDS = sorted(VALUES)
OFFICES = ("A", "B")


@pytest.fixture(scope="module")
def shared_hub() -> Iterator[Hub]:
    folder = Path(tempfile.mkdtemp(prefix="ssc-prop-"))
    store = fresh_hub(folder)
    with ServerThread(store) as server:
        yield Hub(store, server, {})
    store.close()
    shutil.rmtree(folder, ignore_errors=True)


step = st.one_of(
    st.tuples(
        st.just("edit"),
        st.sampled_from(OFFICES),
        st.integers(0, 3),
        st.sampled_from(FIELDS),
        st.integers(0, 3),
    ),
    st.tuples(st.just("sync"), st.sampled_from(OFFICES)),
    st.tuples(st.just("create"), st.sampled_from(OFFICES)),
    st.tuples(st.just("delete"), st.sampled_from(OFFICES), st.integers(0, 3)),
)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(steps=st.lists(step, min_size=4, max_size=24))
def test_two_offices_random_offline_edits_converge_with_nothing_lost(
    shared_hub: Hub, steps: list[tuple[Any, ...]]
) -> None:
    folder = Path(tempfile.mkdtemp(prefix="ssc-prop-ex-"))
    hub = shared_hub
    initial = [make_solution(id=str(uuid.uuid4()), title=f"Record {n}") for n in range(3)]
    hub.store.load_records(r.to_json_dict() for r in initial)
    ids = [r.id for r in initial]
    offices: dict[str, CatalogueStore] = {}
    tokens = {name: hub.token(name) for name in OFFICES}
    try:
        for name in OFFICES:
            offices[name] = new_office(folder / name)
            assert client(offices[name], hub.url, tokens[name]).sync().complete
        # The model: each office's last write per (record, field), what it had seen then, and
        # every conflict that was shown.
        last: dict[str, dict[tuple[str, str], Any]] = {o: {} for o in OFFICES}
        seen_at_write: dict[str, dict[tuple[str, str], list[Any]]] = {o: {} for o in OFFICES}
        seen: dict[str, dict[tuple[str, str], list[Any]]] = {o: defaultdict(list) for o in OFFICES}
        shown: set[tuple[str, str]] = set()
        created: list[str] = []

        def observe(name: str) -> None:
            for record in offices[name].iter_all(include_deleted=True):
                if record.id in ids or record.id in created:
                    data = record.to_json_dict()
                    for f in [*FIELDS, "deleted"]:
                        seen[name][(record.id, f)].append(data[f])
            for conflict in SyncState(offices[name]).conflicts():
                shown.add((conflict.solution_id, conflict.field))

        def write(name: str, record_id: str, updates: dict[str, Any]) -> None:
            record = offices[name].get(record_id)
            if record is None:
                return  # deleted here: nothing to edit
            offices[name].save_local(record.model_copy(update=updates))
            for f, v in updates.items():
                last[name][(record_id, f)] = v
                seen_at_write[name][(record_id, f)] = list(seen[name][(record_id, f)])

        for name in OFFICES:
            observe(name)
        for action in steps:
            kind, name = action[0], action[1]
            pool = ids + created
            if kind == "edit":
                _, _, index, f, value = action
                write(name, pool[index % len(pool)], {f: VALUES[f][value % len(VALUES[f])]})
            elif kind == "create":
                made = offices[name].save_local(make_solution(id=str(uuid.uuid4()), origin="local"))
                created.append(made.id)
            elif kind == "delete":
                record_id = pool[action[2] % len(pool)]
                if offices[name].get(record_id) is not None:
                    offices[name].delete_local(record_id)
                    last[name][(record_id, "deleted")] = True
                    seen_at_write[name][(record_id, "deleted")] = list(
                        seen[name][(record_id, "deleted")]
                    )
            else:
                assert client(offices[name], hub.url, tokens[name]).sync().complete
                observe(name)
        # Everyone syncs; conflicts are decided (A keeps its own, B takes the hub's) until none.
        for _round in range(8):
            for name in (*OFFICES, *OFFICES):
                assert client(offices[name], hub.url, tokens[name]).sync().complete
                observe(name)
            waiting = False
            for name, choice in (("A", "mine"), ("B", "theirs")):
                state = SyncState(offices[name])
                for conflict in state.conflicts():
                    waiting = True
                    state.resolve(conflict.solution_id, conflict.field, choice)
            if not waiting:
                break
        else:
            pytest.fail("conflicts kept coming back")
        mine = {
            o: {r.id: content(r) for r in offices[o].iter_all(include_deleted=True)}
            for o in OFFICES
        }
        on_hub = {r["id"]: content(r) for r in hub.store.all_records()}
        # A record made and deleted before it ever synced never needs to leave its office.
        never_sent = {i for i in created if i not in on_hub}
        for i in never_sent:
            assert sum(i in mine[o] and mine[o][i]["deleted"] for o in OFFICES) == 1
            assert sum(i in mine[o] for o in OFFICES) == 1
        everything = (set(ids) | set(created)) - never_sent
        for o in OFFICES:
            assert {i: mine[o][i] for i in everything} == {i: on_hub[i] for i in everything}
            assert SyncState(offices[o]).pending_counts() == {
                "dirty": 0,
                "ops": 0,
                "conflicts": 0,
                "parked": 0,
                "in_review": 0,
                "returned": 0,
            }
        for (record_id, f), value in list(last["A"].items()) + list(last["B"].items()):
            if record_id in never_sent:
                continue
            final = on_hub[record_id][f]
            writers = [o for o in OFFICES if (record_id, f) in last[o]]
            if len(writers) == 1:
                if f != "deleted" and (record_id, "deleted") not in shown:
                    assert final == value, (record_id, f, value, final)
                continue
            va, vb = last["A"][(record_id, f)], last["B"][(record_id, f)]
            assert final in (va, vb)
            if va != vb:
                knowingly = (
                    va in seen_at_write["B"][(record_id, f)]
                    or vb in seen_at_write["A"][(record_id, f)]
                )
                assert (record_id, f) in shown or knowingly, (record_id, f, va, vb)
    finally:
        for store in offices.values():
            store.close()
        shutil.rmtree(folder, ignore_errors=True)
