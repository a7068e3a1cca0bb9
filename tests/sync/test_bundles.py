"""USB bundles: signed hub bundles checked on import (a flipped byte is refused), office bundles
back the same way, and online sync after a bundle creates nothing twice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ssc_desktop.catalogue import seed_file
from ssc_desktop.hub.store import HubStore
from ssc_desktop.sync import bundle as b
from ssc_desktop.sync.offline import (
    export_hub_bundle,
    export_office_bundle,
    import_hub_bundle,
    import_office_bundle,
)
from ssc_desktop.sync.state import K_TOKEN, SyncState
from tests.support.cli import run_in
from tests.support.records import make_solution, random_solutions
from tests.sync.helpers import Hub, catalogue_state, client, fresh_hub, hub_state, new_office


def _hub_with(tmp_path: Path, count: int = 40) -> HubStore:
    hub = fresh_hub(tmp_path / "hub")
    hub.load_records(s.to_json_dict() for s in random_solutions(count, seed=21))
    return hub


def test_a_new_office_starts_from_a_hub_bundle_then_syncs_online_with_nothing_twice(
    hub: Hub, tmp_path: Path
) -> None:
    hub.store.load_records(s.to_json_dict() for s in random_solutions(40, seed=21))
    path = tmp_path / "hub.sscbundle"
    summary = export_hub_bundle(hub.store, path)
    assert summary["records"] == 40
    office = new_office(tmp_path / "a")
    with pytest.raises(b.UnknownHubKey, match="does not know the hub's key") as unknown:
        import_hub_bundle(office, path)
    assert unknown.value.fingerprint == summary["key_fingerprint"]
    result = import_hub_bundle(office, path, trust_key=hub.store.bundle_public_key())
    assert result["records"] == 40 and catalogue_state(office) == hub_state(hub.store)
    # Later changes arrive online from where the bundle stopped: nothing sent twice.
    hub.store.load_records(s.to_json_dict() for s in random_solutions(3, seed=22))
    report = client(office, hub.url, hub.token("A")).sync()
    assert report.complete and report.records_down == 3
    assert catalogue_state(office) == hub_state(hub.store)
    # The same bundle again changes nothing.
    again = import_hub_bundle(office, path)
    assert again["records"] == 0 and catalogue_state(office) == hub_state(hub.store)


def test_any_flipped_byte_in_a_hub_bundle_is_refused_and_nothing_changes(
    tmp_path: Path,
) -> None:
    hub = _hub_with(tmp_path, 5)
    path = tmp_path / "hub.sscbundle"
    export_hub_bundle(hub, path)
    data = path.read_bytes()
    office = new_office(tmp_path / "a")
    key = hub.bundle_public_key()
    before = catalogue_state(office)
    step = max(1, len(data) // 300)
    for position in [*range(0, len(data), step), len(data) - 1]:
        damaged = bytearray(data)
        damaged[position] ^= 0x04
        bad = tmp_path / "bad.sscbundle"
        bad.write_bytes(bytes(damaged))
        with pytest.raises(b.BundleError):
            import_hub_bundle(office, bad, trust_key=key)
    assert catalogue_state(office) == before and SyncState(office).cursor() is None
    # A bundle signed by another hub's key is refused too.
    other = _hub_with(tmp_path / "other", 2)
    forged = tmp_path / "forged.sscbundle"
    export_hub_bundle(other, forged)
    with pytest.raises(b.BundleError, match="another key"):
        import_hub_bundle(office, forged, trust_key=key)
    hub.close()
    other.close()


def test_an_office_bundle_goes_back_and_online_sync_then_creates_no_duplicates(
    hub: Hub, tmp_path: Path
) -> None:
    hub.store.load_records(s.to_json_dict() for s in random_solutions(10, seed=21))
    office = new_office(tmp_path / "a")
    token = hub.token("Kenya")
    assert client(office, hub.url, token).sync().complete
    record = next(office.iter_all())
    office.save_local(record.model_copy(update={"title": "Edited at the field office"}))
    made = office.save_local(make_solution(origin="local"))
    out = tmp_path / "office.sscbundle"
    assert export_office_bundle(office, out)["operations"] == 2
    # A flipped byte is refused at the hub.
    damaged = bytearray(out.read_bytes())
    damaged[len(damaged) // 2] ^= 0x01
    (tmp_path / "bad.sscbundle").write_bytes(bytes(damaged))
    with pytest.raises(b.BundleError):
        import_office_bundle(hub.store, tmp_path / "bad.sscbundle")
    assert hub.store.op_count() == 0
    summary = import_office_bundle(hub.store, out)
    assert summary["office"] == "Kenya" and summary["already_applied"] == 0
    assert import_office_bundle(hub.store, out)["already_applied"] == 2  # twice: once
    assert hub.store.count() == 11 and hub.store.op_count() == 2
    # Online sync afterwards resends the same operations: answered, not applied again.
    report = client(office, hub.url, token).sync()
    assert report.complete and report.records_up == 2
    assert hub.store.count() == 11 and hub.store.op_count() == 2
    assert catalogue_state(office) == hub_state(hub.store)
    assert any(r["id"] == made.id for r in hub.store.all_records())


def test_bundles_both_ways_without_any_link(tmp_path: Path) -> None:
    hub = _hub_with(tmp_path, 12)
    token = hub.create_token("Dhaka", publish_directly=True)[1]
    office = new_office(tmp_path / "a")
    office.set_meta(K_TOKEN, token)
    import_hub_bundle(office, _export(hub, tmp_path / "h1"), trust_key=hub.bundle_public_key())
    record = next(office.iter_all())
    office.save_local(record.model_copy(update={"summary": "Sent on a USB stick"}))
    out = tmp_path / "o1.sscbundle"
    export_office_bundle(office, out)
    import_office_bundle(hub, out)
    cursor = SyncState(office).cursor()
    assert cursor is not None
    back = tmp_path / "h2.sscbundle"
    export_hub_bundle(hub, back, since=cursor.seq, office="Dhaka")
    result = import_hub_bundle(office, back)
    assert result["answered_operations"] == 1
    assert SyncState(office).pending_counts() == {
        "dirty": 0,
        "ops": 0,
        "conflicts": 0,
        "parked": 0,
        "in_review": 0,
        "returned": 0,
    }
    assert catalogue_state(office) == hub_state(hub)
    # A bundle that starts after this catalogue's cursor would leave a gap: refused.
    hub.load_records(s.to_json_dict() for s in random_solutions(2, seed=5))
    later = tmp_path / "h3.sscbundle"
    export_hub_bundle(hub, later, since=hub.max_seq() - 1)
    with pytest.raises(b.BundleError, match="--since"):
        import_hub_bundle(office, later)
    hub.close()


def _export(hub: HubStore, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "hub.sscbundle"
    export_hub_bundle(hub, path)
    return path


@pytest.mark.slow  # over 2 s: run by CI, not by the default developer run
def test_the_bundle_commands(tmp_path: Path) -> None:
    hub_dir, office_dir = tmp_path / "hubdata", tmp_path / "office"

    run = run_in
    token = run(hub_dir, "hub", "token", "create", "Lima").stdout.strip()
    key = json.loads(run(hub_dir, "hub", "key", "--json").stdout)["public_key"]
    bundle = tmp_path / "hub.sscbundle"
    assert run(hub_dir, "hub", "bundle", "export", str(bundle), "--json").returncode == 0
    refused = run(office_dir, "bundle", "import", str(bundle))
    assert refused.returncode == 1 and "trust-key" in refused.stderr
    done = run(office_dir, "bundle", "import", str(bundle), "--trust-key", key, "--json")
    assert done.returncode == 0, done.stderr
    seeded = json.loads(seed_file().read_text(encoding="utf-8"))["solutions"]
    assert json.loads(done.stdout)["cursor"] == len(seeded)  # the hub holds the seed
    no_token = run(office_dir, "bundle", "export", str(tmp_path / "o.sscbundle"))
    assert no_token.returncode == 1 and "no office token" in no_token.stderr
    store = new_office(tmp_path / "unused")
    store.close()
    import sqlite3

    conn = sqlite3.connect(office_dir / "catalogue.sqlite3")
    with conn:
        conn.execute("INSERT INTO meta VALUES ('sync.token', ?)", (token,))
    conn.close()
    out = tmp_path / "o.sscbundle"
    assert run(office_dir, "bundle", "export", str(out)).returncode == 0
    imported = run(hub_dir, "hub", "bundle", "import", str(out), "--json")
    assert imported.returncode == 0 and json.loads(imported.stdout)["office"] == "Lima"
    damaged = bytearray(bundle.read_bytes())
    damaged[100] ^= 0x10
    bundle.write_bytes(bytes(damaged))
    refused = run(office_dir, "bundle", "import", str(bundle))
    assert refused.returncode == 1 and "nothing was changed" in refused.stderr
