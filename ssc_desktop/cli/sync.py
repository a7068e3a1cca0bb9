"""Sync commands: ``serve``, ``hub``, ``sync``, ``conflicts``, ``bundle`` (docs/sync.md).

Only argparse at the top level: everything else is imported inside the handlers.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ssc_desktop.app.session import CatalogueSession
    from ssc_desktop.catalogue import Catalogue
    from ssc_desktop.hub.store import HubStore
    from ssc_desktop.sync.client import SyncProgress


def _error(message: str) -> Exception:
    from ssc_desktop.errors import CommandError

    return CommandError(message)


def _print_json(data: Any) -> None:
    from ssc_desktop.console import print_json

    print_json(data)


def _hub(args: argparse.Namespace, *, create: bool = False) -> HubStore:
    from ssc_desktop.hub.store import HubError, HubStore, database_url
    from ssc_desktop.paths import resolve_data_dir

    url = database_url(args.database, resolve_data_dir(args.data_dir) / "hub" / "hub.sqlite3")
    try:
        store = HubStore(url)
        if create:
            store.init(seed=not getattr(args, "no_seed", False))
        else:
            store.epoch()
    except HubError as exc:
        raise _error(str(exc)) from exc
    except Exception as exc:
        from sqlalchemy.exc import SQLAlchemyError

        if isinstance(exc, SQLAlchemyError):
            raise _error(f"cannot open the hub database: {exc.__class__.__name__}: {exc}") from exc
        raise
    return store


def _safe_url(url: str) -> str:
    """The database URL without its password, for messages."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


# -- hub side --------------------------------------------------------------------------------------
def cmd_serve(args: argparse.Namespace) -> int:
    import sys

    from ssc_desktop.hub.server import serve

    if not 0 < args.port < 65536:
        raise _error("--port must be between 1 and 65535")
    if bool(args.certfile) != bool(args.keyfile):
        raise _error("TLS needs both --certfile and --keyfile")
    store = _hub(args, create=True)
    sys.stderr.write(
        f"ssc-desktop hub on {'https' if args.certfile else 'http'}://{args.host}:{args.port} "
        f"(database {_safe_url(store.url)}; {store.count()} records)\n"
    )
    try:
        serve(
            store,
            args.host,
            args.port,
            ssl_certfile=args.certfile,
            ssl_keyfile=args.keyfile,
            log_level=args.log_level,
        )
    finally:
        store.close()
    return 0


def cmd_token_create(args: argparse.Namespace) -> int:
    import sys

    from ssc_desktop.hub.store import HubError

    store = _hub(args, create=True)
    try:
        token_id, token = store.create_token(args.office)
    except HubError as exc:
        raise _error(str(exc)) from exc
    finally:
        store.close()
    if args.json:
        _print_json({"office": args.office.strip(), "id": token_id, "token": token})
    else:
        sys.stdout.write(f"{token}\n")
        sys.stderr.write(
            f"token {token_id} for {args.office.strip()}: shown once only, the hub keeps a "
            "digest. Give it to the office over a safe channel.\n"
        )
    return 0


def cmd_token_revoke(args: argparse.Namespace) -> int:
    import sys

    store = _hub(args)
    try:
        revoked = store.revoke(args.what)
    finally:
        store.close()
    if not revoked:
        raise _error(f"no live token matches {args.what!r} (an office name, a token id or token)")
    if args.json:
        _print_json({"revoked": [{"id": t.id, "office": t.office} for t in revoked]})
    else:
        for token in revoked:
            sys.stdout.write(f"revoked {token.id} ({token.office})\n")
    return 0


def cmd_token_list(args: argparse.Namespace) -> int:
    import sys

    store = _hub(args, create=True)
    try:
        tokens = store.tokens()
    finally:
        store.close()
    if args.json:
        _print_json(
            [
                {
                    "id": t.id,
                    "office": t.office,
                    "created_at": t.created_at,
                    "revoked_at": t.revoked_at,
                    "last_used_at": t.last_used_at,
                }
                for t in tokens
            ]
        )
        return 0
    if not tokens:
        sys.stdout.write("no tokens yet: 'ssc-desktop hub token create OFFICE'\n")
    for t in tokens:
        state = f"revoked {t.revoked_at}" if t.revoked_at else "live"
        sys.stdout.write(
            f"{t.id}  {t.office:<30} created {t.created_at}  last used "
            f"{t.last_used_at or '-'}  {state}\n"
        )
    return 0


def cmd_hub_key(args: argparse.Namespace) -> int:
    import sys

    from ssc_desktop.sync.bundle import fingerprint

    store = _hub(args, create=True)
    try:
        key = store.bundle_public_key()
    finally:
        store.close()
    if args.json:
        _print_json({"public_key": key, "fingerprint": fingerprint(key)})
    else:
        sys.stdout.write(f"{key}\nfingerprint {fingerprint(key)}\n")
    return 0


def cmd_hub_bundle_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ssc_desktop.sync.offline import export_hub_bundle

    if args.since < 0:
        raise _error("--since is a change number (0 or more)")
    store = _hub(args, create=True)
    try:
        summary = export_hub_bundle(store, Path(args.file), since=args.since, office=args.office)
    except OSError as exc:
        raise _error(f"cannot write {args.file}: {exc.strerror or exc}") from exc
    finally:
        store.close()
    _summary(args, summary, "hub bundle")
    return 0


def cmd_hub_bundle_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ssc_desktop.sync.bundle import BundleError
    from ssc_desktop.sync.offline import import_office_bundle
    from ssc_desktop.sync.protocol import BadRequest

    store = _hub(args)
    try:
        summary = import_office_bundle(store, Path(args.file))
    except (BundleError, BadRequest) as exc:
        raise _error(f"cannot import {args.file} (nothing was changed): {exc}") from exc
    finally:
        store.close()
    _summary(args, summary, "office bundle")
    return 0


# -- office side -----------------------------------------------------------------------------------
def _open(args: argparse.Namespace) -> Catalogue:
    from ssc_desktop.catalogue import Catalogue

    return Catalogue.open(args.data_dir)


class _StderrProgress:
    """Progress on stderr: one rewritten line on a terminal, a line every few seconds otherwise."""

    def __init__(self) -> None:
        import sys
        import time

        self.stream = sys.stderr
        self.tty = self.stream.isatty()
        self.clock = time.monotonic
        self.last = 0.0
        self.shown = ""

    def __call__(self, progress: SyncProgress) -> None:
        now = self.clock()
        line = (
            f"sync: {progress.phase:<9} up {progress.records_up} records "
            f"{progress.bytes_up / 1024:.1f} KB, down {progress.records_down} records "
            f"{progress.bytes_down / 1024:.1f} KB"
        )
        if progress.phase == "failed":
            line = (
                f"sync: failed after up {progress.bytes_up / 1024:.1f} KB, down "
                f"{progress.bytes_down / 1024:.1f} KB"
            )
        if progress.message and progress.phase == "waiting":
            line += f" ({progress.message})"
        if line == self.shown:
            return
        if self.tty:
            self.stream.write("\r" + line[:160].ljust(len(self.shown[:160])))
            if progress.phase in ("done", "failed"):
                self.stream.write("\n")
        elif progress.phase in ("done", "failed", "waiting") or now - self.last >= 5:
            self.stream.write(line + "\n")
        else:
            return
        self.stream.flush()
        self.shown = line
        self.last = now


def _read_token(args: argparse.Namespace) -> str | None:
    """The token from ``--token-file FILE`` or ``--token -`` (standard input); ``--token
    TOKEN`` still works but shows in the process list, so it is discouraged."""
    import sys
    from pathlib import Path

    if args.token_file is not None and args.token is not None:
        raise _error("give the token once: --token-file FILE or --token -")
    if args.token_file is not None:
        try:
            text = Path(args.token_file).read_text(encoding="utf-8", errors="replace")[:4096]
        except OSError as exc:
            raise _error(f"cannot read {args.token_file}: {exc.strerror or exc}") from exc
        source = args.token_file
    elif args.token == "-":
        text = sys.stdin.read(4096)
        source = "standard input"
    else:
        return str(args.token) if args.token else None
    token = "".join(text.split())
    if not token:
        raise _error(f"no token in {source}")
    return token


def cmd_sync(args: argparse.Namespace) -> int:
    import sys

    from ssc_desktop.sync.client import SyncClient, SyncError, SyncOptions

    if args.history:
        return _show_history(args)
    if args.budget is not None and args.budget <= 0:
        raise _error("--budget is a number of megabytes above 0")
    if args.stall_timeout <= 0:
        raise _error("--stall-timeout is a number of seconds above 0")
    token = _read_token(args)
    options = SyncOptions(
        hub_url=args.hub,
        token=token,
        allow_insecure=args.allow_insecure,
        budget_bytes=int(args.budget * 1_000_000) if args.budget is not None else None,
        stall_timeout=args.stall_timeout,
    )
    with _open(args) as catalogue:
        client = SyncClient(
            catalogue.store, options, progress=None if args.quiet else _StderrProgress()
        )
        try:
            report = client.sync()
        except SyncError as exc:
            raise _error(str(exc)) from exc
        catalogue.index.ensure_current(catalogue.store)
    if args.json:
        _print_json(report.as_dict())
    else:
        state = "done" if report.complete else report.message
        sys.stdout.write(
            f"sync {state}: sent {report.records_up} edit(s), received {report.records_down} "
            f"record(s); {report.bytes_up / 1024:.1f} KB up, {report.bytes_down / 1024:.1f} KB "
            f"down in {report.requests} request(s)\n"
        )
        if report.conflicts:
            sys.stdout.write(
                f"{report.conflicts} conflict(s) wait for a decision: 'ssc-desktop conflicts'\n"
            )
        if report.parked:
            sys.stdout.write(f"{report.message}\n")
    return 0


def _show_history(args: argparse.Namespace) -> int:
    import sys

    from ssc_desktop.sync.state import SyncState

    with _open(args) as catalogue:
        state = SyncState(catalogue.store)
        entries = state.history()
        parked = state.parked()
    if args.json:
        _print_json(
            {
                "syncs": entries,
                "parked": [
                    {"id": r.solution_id, "revision": r.revision, "title": r.title,
                     "reason": r.reason, "parked_at": r.parked_at}
                    for r in parked
                ],
            }
        )  # fmt: skip
        return 0
    for r in parked:
        sys.stdout.write(
            f"set aside since {r.parked_at}: {r.title or r.solution_id} (revision {r.revision}):"
            f" {r.reason}\n"
        )
    if not entries:
        sys.stdout.write("no sync yet\n")
        return 0
    for e in reversed(entries):  # newest first
        size = (int(e.get("bytes_up", 0)) + int(e.get("bytes_down", 0))) / 1024
        line = (
            f"{e.get('at', '?')}  {e.get('outcome', '?'):<7}  received {e.get('records_down', 0)},"
            f" sent {e.get('records_up', 0)}; {size:.1f} KB, {e.get('requests', 0)} request(s),"
            f" {e.get('retries', 0)} retr(ies), {float(e.get('seconds', 0)):.1f} s"
        )
        if e.get("message"):
            line += f"  ({e['message']})"
        sys.stdout.write(line + "\n")
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    import json
    import sys

    from ssc_desktop.sync.state import SyncState

    with _open(args) as catalogue:
        conflicts = SyncState(catalogue.store).conflicts()
    if args.json:
        _print_json([c.as_dict() for c in conflicts])
        return 0
    if not conflicts:
        sys.stdout.write("no conflicts\n")
        return 0

    def show(value: Any) -> str:
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        return text if len(text) <= 200 else text[:197] + "..."

    for c in conflicts:
        sys.stdout.write(f"{c.solution_id[:8]}  {c.title}\n  field: {c.field}\n")
        if c.message:
            sys.stdout.write(f"  {c.message}\n")
        sys.stdout.write(f"  mine:   {show(c.mine)}\n  theirs: {show(c.theirs)}\n")
    sys.stdout.write(
        "\ndecide with: ssc-desktop conflicts resolve ID FIELD --mine | --theirs | --value JSON\n"
    )
    return 0


def cmd_conflicts_resolve(args: argparse.Namespace) -> int:
    import json
    import sys

    from pydantic import ValidationError

    from ssc_desktop.storage.repository import NotFoundError
    from ssc_desktop.sync.state import SyncState

    if args.value is not None:
        try:
            value = json.loads(args.value)
        except ValueError as exc:
            raise _error(f"--value is JSON (a string needs quotes: '\"text\"'): {exc}") from exc
        choice = "value"
    else:
        value = None
        choice = "mine" if args.mine else "theirs"
    with _open(args) as catalogue:
        state = SyncState(catalogue.store)
        try:
            solution_id = catalogue.store.resolve_id(args.id)
        except NotFoundError:
            matches = {
                c.solution_id for c in state.conflicts() if c.solution_id.startswith(args.id)
            }
            if len(matches) != 1:
                raise _error(f"no conflict on a solution with the id {args.id!r}") from None
            solution_id = matches.pop()
        try:
            state.resolve(solution_id, args.field, choice, value)
        except NotFoundError as exc:
            raise _error(str(exc)) from exc
        except ValidationError as exc:
            first = exc.errors()[0]
            raise _error(
                f"that value breaks a rule (nothing was changed): {first.get('msg')}"
            ) from exc
        except ValueError as exc:
            raise _error(str(exc)) from exc
        catalogue.index.ensure_current(catalogue.store)
    sys.stdout.write(f"{args.field} of {solution_id[:8]}: kept {choice}; sent with the next sync\n")
    return 0


def _session(args: argparse.Namespace) -> CatalogueSession:
    from ssc_desktop.app.session import CatalogueSession

    return CatalogueSession(_open(args))


def cmd_bundle_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ssc_desktop.app.files import BundleError, FilesService

    with _session(args) as session:
        try:
            exported = FilesService(session).export_changes(Path(args.file))
        except BundleError as exc:
            raise _error(str(exc)) from exc
        except OSError as exc:
            raise _error(f"cannot write {args.file}: {exc.strerror or exc}") from exc
    summary = {
        "file": str(exported.path),
        "operations": exported.operations,
        "bytes": exported.bytes,
    }
    _summary(args, summary, "office bundle")
    return 0


def cmd_bundle_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ssc_desktop.app.files import BundleError, FilesService

    with _session(args) as session:
        catalogue = session.catalogue

        def follow() -> None:  # a failure of the index is the command's (after the commit)
            catalogue.index.ensure_current(catalogue.store)

        session.keep_index_current(follow)
        try:
            imported = FilesService(session).import_bundle(Path(args.file), args.trust_key or "")
        except BundleError as exc:
            raise _error(f"cannot import {args.file} (nothing was changed): {exc}") from exc
    summary: dict[str, Any] = {
        "file": str(imported.path),
        "records": imported.records,
        "answered_operations": imported.answered_operations,
        "decisions": imported.decisions,
        "conflicts": imported.conflicts,
        "cursor": imported.cursor,
    }
    if imported.parked is not None:
        summary["parked"] = imported.parked
    if imported.trusted_key:
        summary["trusted_key"] = imported.trusted_key
    _summary(args, summary, "hub bundle")
    return 0


def _summary(args: argparse.Namespace, summary: dict[str, Any], what: str) -> None:
    import sys

    if getattr(args, "json", False):
        _print_json(summary)
    else:
        parts = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in summary.items() if k != "file")
        sys.stdout.write(f"{what} {summary['file']}: {parts}\n")


# -- parser ----------------------------------------------------------------------------------------
def add_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    database = argparse.ArgumentParser(add_help=False)
    database.add_argument(
        "--database",
        metavar="URL",
        help="the hub's database: a SQLAlchemy URL such as postgresql://user:pw@host/db "
        "(default: a SQLite file hub/hub.sqlite3 in the data folder)",
    )
    as_json = argparse.ArgumentParser(add_help=False)
    as_json.add_argument("--json", action="store_true", help="print one JSON object")

    p = sub.add_parser("serve", parents=[common, database], help="run the catalogue hub")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8765, help="port (default 8765)")
    p.add_argument("--certfile", metavar="PEM", help="TLS certificate chain (with --keyfile)")
    p.add_argument("--keyfile", metavar="PEM", help="TLS private key")
    p.add_argument("--no-seed", action="store_true", help="start an empty hub (no embedded data)")
    p.add_argument("--log-level", default="info", choices=("warning", "info", "debug"))
    p.set_defaults(func=cmd_serve)

    hub = sub.add_parser(
        "hub",
        parents=[common],
        help="administer the hub (tokens, review, offices, console accounts, bundles, key)",
    )
    hub_sub = hub.add_subparsers(dest="hub_command", metavar="COMMAND", required=True)
    token = hub_sub.add_parser("token", help="office tokens")
    token_sub = token.add_subparsers(dest="token_command", metavar="COMMAND", required=True)
    t = token_sub.add_parser(
        "create", parents=[common, database, as_json], help="make a token for an office"
    )
    t.add_argument("office", help="the office's name, e.g. 'UNDP Kenya'")
    t.set_defaults(func=cmd_token_create)
    t = token_sub.add_parser(
        "revoke", parents=[common, database, as_json], help="revoke tokens (they stop at once)"
    )
    t.add_argument("what", metavar="OFFICE|TOKEN", help="an office (all its tokens), id or token")
    t.set_defaults(func=cmd_token_revoke)
    t = token_sub.add_parser("list", parents=[common, database, as_json], help="list tokens")
    t.set_defaults(func=cmd_token_list)
    t = hub_sub.add_parser(
        "key", parents=[common, database, as_json], help="the public key that signs hub bundles"
    )
    t.set_defaults(func=cmd_hub_key)
    hub_bundle = hub_sub.add_parser("bundle", help="USB bundles on the hub side")
    hb_sub = hub_bundle.add_subparsers(dest="bundle_command", metavar="COMMAND", required=True)
    t = hb_sub.add_parser(
        "export", parents=[common, database, as_json], help="write a signed hub bundle"
    )
    t.add_argument("file")
    t.add_argument(
        "--since",
        type=int,
        default=0,
        metavar="N",
        help="only changes after change N (the office's cursor; default 0: everything)",
    )
    t.add_argument("--office", help="include the answers to this office's bundled edits")
    t.set_defaults(func=cmd_hub_bundle_export)
    t = hb_sub.add_parser(
        "import", parents=[common, database, as_json], help="apply an office's bundle"
    )
    t.add_argument("file")
    t.set_defaults(func=cmd_hub_bundle_import)
    from ssc_desktop.cli.hub import add_hub_commands

    add_hub_commands(hub_sub, [common, database, as_json])

    p = sub.add_parser("sync", parents=[common, as_json], help="sync with the hub now")
    p.add_argument("--hub", metavar="URL", help="the hub's address (remembered)")
    p.add_argument(
        "--token",
        metavar="TOKEN|-",
        help="this office's hub token (remembered); '-' reads it from standard input. A token "
        "typed here shows in the process list: prefer --token-file or '-'",
    )
    p.add_argument(
        "--token-file", metavar="FILE", help="read this office's hub token from FILE (remembered)"
    )
    p.add_argument(
        "--budget",
        type=float,
        metavar="MB",
        help="most megabytes (10^6 bytes) this sync may move, both ways counted",
    )
    p.add_argument(
        "--allow-insecure",
        action="store_true",
        help="allow plain http to a hub that is not on this machine (remembered for that URL)",
    )
    p.add_argument(
        "--stall-timeout",
        type=float,
        default=30.0,
        metavar="S",
        help="give up a request when no byte moved for S seconds (default 30)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    p.add_argument(
        "--history",
        action="store_true",
        help="show the last syncs (when, what moved, why one failed) instead of syncing",
    )
    p.set_defaults(func=cmd_sync)

    p = sub.add_parser("conflicts", parents=[common, as_json], help="edits waiting for a decision")
    p.set_defaults(func=cmd_conflicts)
    c_sub = p.add_subparsers(dest="conflicts_command", metavar="COMMAND")
    r = c_sub.add_parser("resolve", parents=[common], help="decide one conflict")
    r.add_argument("id", help="the solution's id (or its first characters)")
    r.add_argument("field", help="the field in conflict ('*' for an edit the hub refused)")
    how = r.add_mutually_exclusive_group(required=True)
    how.add_argument("--mine", action="store_true", help="keep this office's value")
    how.add_argument("--theirs", action="store_true", help="take the hub's value")
    how.add_argument("--value", metavar="JSON", help="set another value (JSON)")
    r.set_defaults(func=cmd_conflicts_resolve)

    p = sub.add_parser("bundle", parents=[common], help="sync by file (USB stick)")
    b_sub = p.add_subparsers(dest="bundle_command", metavar="COMMAND", required=True)
    t = b_sub.add_parser(
        "export", parents=[common, as_json], help="write this office's edits for the hub"
    )
    t.add_argument("file")
    t.set_defaults(func=cmd_bundle_export)
    t = b_sub.add_parser("import", parents=[common, as_json], help="apply a hub bundle")
    t.add_argument("file")
    t.add_argument(
        "--trust-key",
        metavar="HEX",
        help="the hub's public key ('ssc-desktop hub key'), for a catalogue that never synced",
    )
    t.set_defaults(func=cmd_bundle_import)
