"""The window's doors to features built elsewhere: PDF briefs and sync with the hub.

Both may be absent from this version (they are being built); the window asks here whether they
are there and greys out what needs them. Nothing here imports Qt; all of it runs in workers.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ssc_desktop.domain.model import Solution
    from ssc_desktop.app.mission import Mission

log = logging.getLogger(__name__)


def _module_has(name: str, *attributes: str) -> bool:
    try:
        if importlib.util.find_spec(name) is None:
            return False
    except (ImportError, ValueError):
        return False
    if not attributes:
        return True
    module = importlib.import_module(name)
    return all(hasattr(module, a) for a in attributes)


def briefs_available() -> bool:
    """True when ``ssc_desktop.briefs`` offers ``build_brief`` and ``BriefOptions``."""
    try:
        return _module_has("ssc_desktop.briefs", "build_brief", "BriefOptions")
    except Exception:  # a half-built module must not stop the window from opening
        log.warning("the brief builder cannot be loaded", exc_info=True)
        return False


def sync_available() -> bool:
    """True when this version has the sync client (``ssc_desktop.sync``)."""
    try:
        return _module_has("ssc_desktop.sync")
    except Exception:
        log.warning("the sync client cannot be loaded", exc_info=True)
        return False


def brief_options(options_class: Any, offered: dict[str, Any]) -> Any:
    """``BriefOptions(...)`` from what the window offers, passing only what the class takes."""
    accepted = inspect.signature(options_class).parameters
    takes_any = any(p.kind is inspect.Parameter.VAR_KEYWORD for p in accepted.values())
    return options_class(**{k: v for k, v in offered.items() if takes_any or k in accepted})


def brief_title(language: str) -> str:
    """The brief's own name for itself in ``language`` ("Note de mission"): the title of a
    mission left untitled ("" when the brief builder does not say)."""
    try:
        from ssc_desktop.briefs.labels import Labels

        return Labels(language)("brief")
    except (ImportError, ValueError, KeyError):  # no such builder or words: the window's then
        return ""


def brief_fields(
    mission: Mission, *, title: str, dates: str, paper_size: str, language: str,
    catalogue_date: str | None,
) -> dict[str, Any]:  # fmt: skip
    """What the window knows that a brief may use (under the names ``BriefOptions`` takes)."""
    return {
        "title": mission.title or title,
        "destination": mission.destination,
        "dates": dates,
        "paper": paper_size.lower(),
        "language": language,
        "catalogue_date": catalogue_date or None,
    }


def build_brief(
    solutions: Sequence[Solution],
    fields: dict[str, Any],
    out: Path,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[Path, int | None]:
    """Hand the basket to the brief builder; returns the PDF's path and its page count."""
    briefs = importlib.import_module("ssc_desktop.briefs")
    options = brief_options(briefs.BriefOptions, fields)
    kwargs = {}
    if progress is not None and "progress" in inspect.signature(briefs.build_brief).parameters:
        kwargs["progress"] = progress
    info = briefs.build_brief(list(solutions), options, out, **kwargs)
    pages = getattr(info, "pages", None)
    return out, pages if isinstance(pages, int) else None


def hub_status(store: Any, hub_address: str) -> tuple[str, str]:
    """The sync client's view of the hub: (state, message). States: ok, unreachable,
    captive_portal, incompatible, insecure, not_configured. Runs one small request."""
    from ssc_desktop.sync.client import SyncClient

    client = SyncClient(store, hub_url=hub_address or None, remember=False)
    status = client.check_hub()
    return str(status.state), str(status.message)


def _budget(megabytes: int) -> int | None:
    return megabytes * 1_000_000 if megabytes > 0 else None


def sync(store: Any, hub_address: str, progress: Any, cancel: Any, budget_mb: int = 0) -> Any:
    """One complete sync (blocking: call from a worker). Hub and token are the remembered ones
    unless Settings names another hub address; ``budget_mb`` caps the bytes moved (0: none)."""
    from ssc_desktop.sync.client import SyncClient

    client = SyncClient(
        store, hub_url=hub_address or None, progress=progress, cancel=cancel,
        budget_bytes=_budget(budget_mb),
    )  # fmt: skip
    return client.sync()


def hub_configured(store: Any, hub_address: str = "") -> bool:
    """Whether there is a hub to sync with: an address (from Settings, else the remembered
    one) and a token."""
    from ssc_desktop.sync.state import K_HUB, K_TOKEN

    return bool((hub_address or store.meta(K_HUB)) and store.meta(K_TOKEN))


def remembered_hub(store: Any) -> tuple[str, bool]:
    """The hub address the catalogue remembers ("" when none) and whether it has a token."""
    from ssc_desktop.sync.state import K_HUB, K_TOKEN

    return str(store.meta(K_HUB) or ""), bool(store.meta(K_TOKEN))


def remember_token(store: Any, token: str) -> None:
    """Keep the office token given in Settings (in the catalogue, like ``sync --token``)."""
    from ssc_desktop.sync.state import K_TOKEN, SyncState

    token = "".join(token.split())
    if not token:
        raise ValueError("an empty token")
    SyncState(store).set(K_TOKEN, token)


def auto_sync(
    store: Any, hub_address: str, interval_minutes: int, budget_mb: int = 0, **callbacks: Any
) -> Any:
    """Start automatic sync (``sync.auto.AutoSync``) on ``store``, every ``interval_minutes``
    once the hub answers, each sync within ``budget_mb`` (0: no limit); callbacks run in its
    thread."""
    from ssc_desktop.sync.auto import AutoSync
    from ssc_desktop.sync.client import SyncClient

    def make_client(cancel: Any, progress: Any) -> Any:
        return SyncClient(
            store, hub_url=hub_address or None, progress=progress, cancel=cancel,
            budget_bytes=_budget(budget_mb),
        )  # fmt: skip

    return AutoSync(make_client, interval=interval_minutes * 60.0, **callbacks).start()


def import_file(store: Any, path: Path, trust_key: str | None = None) -> dict[str, Any]:
    """Import a hub's USB bundle or a catalogue file (JSON or CSV). Either is checked whole
    before anything is written: a damaged, forged or invalid file changes nothing (raises).
    A first hub bundle, before any online sync, raises ``sync.bundle.UnknownHubKey``: ask for
    the key and call again with ``trust_key``."""
    from ssc_desktop.sync import bundle

    with path.open("rb") as fh:
        is_bundle = fh.read(len(bundle.MAGIC)) == bundle.MAGIC
    if is_bundle:
        from ssc_desktop.sync.offline import import_hub_bundle

        summary = import_hub_bundle(store, path, trust_key=trust_key or None)
        return {"kind": "bundle", **summary}
    from ssc_desktop.interchange.reader import read_catalogue_file

    report = store.import_solutions(read_catalogue_file(path))
    return {"kind": "file", "file": str(path), **report.as_dict()}


def hub_key_wanted(exc: BaseException) -> str | None:
    """The fingerprint of the key that signed a hub bundle, when ``exc`` says the catalogue
    does not know that key yet (else None)."""
    from ssc_desktop.sync.bundle import UnknownHubKey

    return exc.fingerprint if isinstance(exc, UnknownHubKey) else None


def export_solutions(store: Any, ids: Sequence[str], path: Path) -> int:
    """Write these solutions, in this order, to a JSON or CSV catalogue file (by its ending),
    atomically; returns how many."""
    from ssc_desktop.interchange.reader import detect_format
    from ssc_desktop.interchange.writer import write_catalogue_file

    by_id = {s.id: s for s in store.get_many(list(ids))}
    solutions = [by_id[i] for i in ids if i in by_id]
    return write_catalogue_file(solutions, path, detect_format(path))


def export_bundle(store: Any, path: Path) -> dict[str, Any]:
    """Write this office's waiting edits to a signed USB bundle for the hub."""
    from ssc_desktop.sync.offline import export_office_bundle

    return export_office_bundle(store, path)


def sync_history(store: Any) -> list[dict[str, Any]]:
    """The last syncs of this catalogue, oldest first."""
    from ssc_desktop.sync.state import SyncState

    return SyncState(store).history()


def conflicts(store: Any) -> list[Any]:
    """The conflicts waiting for a decision (each with both values)."""
    from ssc_desktop.sync.state import SyncState

    return list(SyncState(store).conflicts())


def resolve_conflict(store: Any, conflict: Any, choice: str) -> Any:
    """Decide one conflict (``mine`` or ``theirs``): a local edit that the next sync sends."""
    from ssc_desktop.sync.state import SyncState

    return SyncState(store).resolve(conflict.solution_id, conflict.field, choice)
