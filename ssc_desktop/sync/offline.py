"""Bundles on a USB stick, both ways, through the same code paths as online sync."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ssc_desktop.hub.store import BadRequest
from ssc_desktop.storage.repository import CatalogueStore
from ssc_desktop.sync import bundle as b
from ssc_desktop.sync.state import K_HUB_KEY, K_TOKEN, SyncState

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
    if state.cursor() is None:
        raise b.BundleError(
            "this catalogue has never received the hub's catalogue: import a hub bundle first "
            "(or sync online once), so that edits are sent against the hub's versions"
        )
    ops = state.freeze()
    cursor = state.cursor()
    data = b.office_bundle(token, "", store.catalogue_id(), ops, cursor.seq if cursor else None)
    b.write_atomic(path, data)
    return {"file": str(path), "operations": len(ops), "bytes": len(data)}


def import_hub_bundle(
    store: CatalogueStore, path: Path, *, trust_key: str | None = None
) -> dict[str, Any]:
    """Check a hub bundle's signature, then apply it like pages of the change feed."""
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
    epoch, start, end = str(header["epoch"]), int(header["from"]), int(header["to"])
    if not known:
        state.set(K_HUB_KEY, str(header["hub_key"]))
    cursor = state.cursor()
    if cursor is None or cursor.epoch != epoch:
        if start != 0:
            raise b.BundleError(
                f"this bundle holds changes {start + 1}-{end}, but this catalogue has nothing "
                "from this hub yet: ask for a full bundle ('hub bundle export' without --since)"
            )
        state.begin_at(epoch, 0)
        current = 0
    else:
        current = cursor.seq
        if start > current:
            raise b.BundleError(
                f"this bundle starts after change {start}, but this catalogue has only up to "
                f"{current}: ask for one made with --since {current}"
            )
    answered, _wanted = state.apply_results(bundle.acks)
    records = conflicts = 0
    for page in bundle.pages:
        if int(page["c"]) <= current:
            continue
        applied = state.apply_page(epoch, current, int(page["c"]), page.get("r") or [])
        current = int(page["c"])
        records += applied.records
        conflicts += applied.conflicts
    return {
        "file": str(path),
        "records": records,
        "answered_operations": answered,
        "conflicts": len(state.conflicts()),
        "cursor": current,
    }


def export_hub_bundle(
    hub: Any, path: Path, *, since: int = 0, office: str | None = None
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
    acks = hub.op_results(office) if office else []
    header = {"epoch": hub.epoch(), "from": since, "to": max(last, since), "office": office}
    data = b.hub_bundle(hub.bundle_private_key(), header, pages, acks)
    b.write_atomic(path, data)
    return {
        "file": str(path),
        "from": since,
        "to": header["to"],
        "records": sum(len(p["r"]) for p in pages),
        "answers": len(acks),
        "bytes": len(data),
        "key_fingerprint": b.fingerprint(hub.bundle_public_key()),
    }


def import_office_bundle(hub: Any, path: Path) -> dict[str, Any]:
    """Check an office bundle against the live tokens, then apply its operations exactly once."""
    data = _read(path)
    digests = hub.token_digests()
    token_id, bundle = b.read_office_bundle(data, {k: v[1] for k, v in digests.items()})
    office = digests[token_id][0]
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
    }


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise b.BundleError(f"cannot read {path}: {exc.strerror or exc}") from exc
