"""Bundles on a USB stick, both ways, through the same code paths as online sync."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from ssc_desktop.storage.repository import CatalogueStore
from ssc_desktop.sync import bundle as b
from ssc_desktop.sync.protocol import BadRequest, Decision, MalformedFrame, bundle_ack
from ssc_desktop.sync.state import K_HUB_KEY, K_TOKEN, SyncState


class HubLike(Protocol):
    """What bundle export and import need of the hub (``hub.store.HubStore``: the hub is above
    sync, so sync names only this shape)."""

    def max_seq(self) -> int: ...
    def changes(self, after: int, limit: int) -> list[Any]: ...
    def op_results(self, office: str, after_seq: int = 0) -> list[dict[str, Any]]: ...
    def office_decisions(self, office: str) -> list[Decision]: ...
    def epoch(self) -> str: ...
    def bundle_private_key(self) -> str: ...
    def bundle_public_key(self) -> str: ...
    def office_keys(self) -> list[b.OfficeKey]: ...
    def op_count(self) -> int: ...
    def apply_ops(
        self, office: str, catalogue: str, ops: Sequence[dict[str, Any]], *, via: str = "online"
    ) -> list[dict[str, Any]]: ...


PAGE_RAW = 256 * 1024  # raw JSON per bundle page


def export_office_bundle(store: CatalogueStore, path: Path) -> dict[str, Any]:
    """Write this office's waiting edits (as operations, with their ids) to ``path``."""
    state = SyncState(store)
    token = state.get(K_TOKEN)
    if not token:
        raise b.BundleError(
            "this catalogue has no office token yet: give it in Settings, or once with "
            "'ssc-desktop sync --token' (the token signs the bundle so that the hub knows it is "
            "this office's)"
        )
    # A catalogue that never heard from the hub sends its edits against the embedded seed's
    # versions (every installation starts from them); the hub merges them field by field.
    ops = state.freeze()
    cursor = state.cursor()
    data = b.office_bundle(token, "", store.catalogue_id(), ops, cursor.seq if cursor else None)
    b.write_atomic(path, data)
    return {"file": str(path), "operations": len(ops), "bytes": len(data)}


def import_hub_bundle(
    store: CatalogueStore, path: Path, *, trust_key: str | None = None
) -> dict[str, Any]:
    """Check a hub bundle's signature, then apply it like pages of the change feed.

    Nothing changes unless the whole bundle can be used: the hub key given with ``trust_key``
    is remembered only then (the summary's ``trusted_key`` says so)."""
    state = SyncState(store)
    data = _read(path)
    known = state.get(K_HUB_KEY)
    if trust_key:
        trust_key = trust_key.strip().lower()
        if known and known != trust_key:
            raise b.BundleError(
                f"this catalogue already trusts the hub key {b.fingerprint(known)}; "
                f"the key given is {b._fp(trust_key)}"
            )
    bundle = b.read_hub_bundle(data, known or trust_key)
    header = bundle.header
    try:
        epoch, start, end = str(header["epoch"]), int(header["from"]), int(header["to"])
    except (KeyError, TypeError, ValueError) as exc:
        raise b.BundleError("the bundle's header is malformed") from exc
    cursor = state.cursor()
    fresh = cursor is None or cursor.epoch != epoch
    if fresh and start != 0:
        raise b.BundleError(
            f"this bundle holds changes {start + 1}-{end}, but this catalogue has nothing "
            "from this hub yet: ask for a full bundle ('hub bundle export' without --since)"
        )
    if not fresh and cursor is not None and start > cursor.seq:
        raise b.BundleError(
            f"this bundle starts after change {start}, but this catalogue has only up to "
            f"{cursor.seq}: ask for one made with --since {cursor.seq}"
        )
    trusted = None
    if not known:
        trusted = str(header["hub_key"])
        state.set(K_HUB_KEY, trusted)
    if fresh:
        state.begin_at(epoch, 0)
        current = 0
    else:
        assert cursor is not None
        current = cursor.seq
    try:
        decisions = [Decision.from_wire(item) for item in header.get("reviews") or []]
    except MalformedFrame as exc:
        raise b.BundleError(f"the bundle's decisions are malformed: {exc}") from exc
    answered, _wanted = state.apply_results(bundle.acks)
    decided = state.apply_decisions(decisions, None)
    records = parked = 0
    retried = state.retry_parked()
    for page in bundle.pages:
        if int(page["c"]) <= current:
            continue
        applied = state.apply_page(epoch, current, int(page["c"]), page.get("r") or [])
        current = int(page["c"])
        records += applied.records
        parked += applied.parked
    summary: dict[str, Any] = {
        "file": str(path),
        "records": records,
        "answered_operations": answered,
        "decisions": decided,
        "conflicts": len(state.conflicts()),
        "cursor": current,
    }
    if parked or retried.records:
        summary["parked"] = state.pending_counts()["parked"]
    if trusted:
        summary["trusted_key"] = b.fingerprint(trusted)
    return summary


def export_hub_bundle(
    hub: HubLike, path: Path, *, since: int = 0, office: str | None = None
) -> dict[str, Any]:
    """Write the hub's change feed after ``since`` (and an office's answers) to ``path``."""
    end = hub.max_seq()
    pages: list[dict[str, Any]] = []
    texts: list[str] = []
    raw = 0
    cursor = since
    last = since
    while True:
        rows = hub.changes(cursor, 500)
        for row in rows:
            texts.append(row.data)
            raw += len(row.data)
            last = int(row.seq)
            if raw >= PAGE_RAW:
                pages.append({"c": last, "r": [json.loads(t) for t in texts]})
                texts, raw = [], 0
        if len(rows) < 500 or last >= end:
            break
        cursor = last
    if texts:
        pages.append({"c": last, "r": [json.loads(t) for t in texts]})
    acks = [bundle_ack(r) for r in hub.op_results(office)] if office else []
    header: dict[str, Any] = {
        "epoch": hub.epoch(),
        "from": since,
        "to": max(last, since),
        "office": office,
    }
    decisions = hub.office_decisions(office) if office else []
    if decisions:  # curators' decisions on the office's contributions (older offices ignore)
        header["reviews"] = [d.wire() for d in decisions]
    data = b.hub_bundle(hub.bundle_private_key(), header, pages, acks)
    b.write_atomic(path, data)
    return {
        "file": str(path),
        "from": since,
        "to": header["to"],
        "records": sum(len(p["r"]) for p in pages),
        "answers": len(acks),
        "decisions": len(decisions),
        "bytes": len(data),
        "key_fingerprint": b.fingerprint(hub.bundle_public_key()),
    }


def import_office_bundle(hub: HubLike, path: Path) -> dict[str, Any]:
    """Check an office bundle against the tokens' public keys, then apply its operations
    exactly once."""
    data = _read(path)
    key, bundle = b.read_office_bundle(data, hub.office_keys())
    office = key.office
    before = hub.op_count()
    catalogue = str(bundle.header.get("catalogue", ""))
    try:
        results = hub.apply_ops(office, catalogue, bundle.ops, via="bundle")
    except BadRequest as exc:
        raise b.BundleError(str(exc)) from exc
    new = hub.op_count() - before
    return {
        "file": str(path),
        "office": office,
        "operations": len(bundle.ops),
        "new": new,
        "already_applied": len(bundle.ops) - new,
        "refused": sum(1 for r in results if r.get("s") == "rej"),
        "in_review": sum(1 for r in results if r.get("s") == "review"),
    }


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise b.BundleError(f"cannot read {path}: {exc.strerror or exc}") from exc
