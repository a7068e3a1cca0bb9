"""Curators' and administrators' commands: ``hub review``, ``hub office``, ``hub admin``.

The same rules and the same audit log as the web console (``hub.review``); the actor in the
log is ``cli:<the system user>``. Only argparse at the top level.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ssc_desktop.hub.review import Contribution


def _actor() -> str:
    import getpass

    try:
        return f"cli:{getpass.getuser()}"
    except (OSError, KeyError, ImportError):  # no user name (a container, Windows service)
        return "cli"


def _hub(args: argparse.Namespace) -> Any:
    from ssc_desktop.cli.sync import _hub as open_hub

    return open_hub(args, create=True)


def _error(message: str) -> Exception:
    from ssc_desktop.errors import CommandError

    return CommandError(message)


def _print_json(data: Any) -> None:
    from ssc_desktop.console import print_json

    print_json(data)


def _line(c: Contribution) -> str:
    kind = "new" if c.is_new_record else "edit"
    return (
        f"{c.id:>6}  {c.state:<10} {c.received_at[:16]}  {c.office[:24]:<24} {kind:<4} "
        f"{c.title[:60]}"
    )


def cmd_review_list(args: argparse.Namespace) -> int:
    import sys

    from ssc_desktop.hub.review import Review

    store = _hub(args)
    try:
        state = None if args.state == "all" else args.state
        found = Review(store).contributions(state=state, office=args.office)
    finally:
        store.close()
    if args.json:
        _print_json([c.as_dict() for c in found])
        return 0
    if not found:
        sys.stdout.write("no contributions" + (" in review\n" if state == "review" else "\n"))
    for c in found:
        sys.stdout.write(_line(c) + "\n")
    return 0


def cmd_review_show(args: argparse.Namespace) -> int:
    import json
    import sys

    from ssc_desktop.hub.review import Review, ReviewError

    store = _hub(args)
    try:
        review = Review(store)
        try:
            c = review.get(args.id)
        except ReviewError as exc:
            raise _error(str(exc)) from exc
        _central, _proposed, diffs = review.compare(c)
    finally:
        store.close()
    if args.json:
        _print_json(
            {
                **c.as_dict(),
                "patch": c.patch,
                "fields": [
                    {
                        "name": d.name,
                        "central": d.central,
                        "proposed": d.proposed,
                        "changed": d.changed,
                        "central_moved": d.central_moved,
                    }
                    for d in diffs
                ],
            }
        )
        return 0

    def show(value: Any) -> str:
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        return text if len(text) <= 300 else text[:297] + "..."

    out = sys.stdout
    out.write(f"contribution {c.id}: {c.title}\n")
    out.write(f"  from {c.office} ({c.via}), received {c.received_at}; state {c.state}\n")
    out.write(f"  record {c.solution_id} ({'new' if c.is_new_record else 'an edit'})\n")
    if c.decided_by:
        out.write(f"  decided by {c.decided_by} at {c.decided_at}\n")
    if c.comment:
        out.write(f"  comment: {c.comment}\n")
    for d in diffs:
        if not d.changed:
            continue
        note = "  (changed centrally since: approving keeps the central value)" * d.central_moved
        out.write(f"\n  {d.name}{note}\n    central:  {show(d.central)}\n")
        out.write(f"    proposed: {show(d.proposed)}\n")
    return 0


def cmd_review_approve(args: argparse.Namespace) -> int:
    import sys

    from ssc_desktop.hub.review import Review, ReviewError

    store = _hub(args)
    try:
        try:
            c = Review(store).approve(args.id, actor=_actor())
        except ReviewError as exc:
            raise _error(f"{exc} (nothing was changed)") from exc
    finally:
        store.close()
    if args.json:
        _print_json(c.as_dict())
    else:
        kept = f"; central value kept for {', '.join(c.kept)}" if c.kept else ""
        sys.stdout.write(
            f"contribution {c.id} published as revision {c.revision}{kept}: every office "
            "receives it at its next sync\n"
        )
    return 0


def cmd_review_return(args: argparse.Namespace) -> int:
    import sys

    from ssc_desktop.hub.review import Review, ReviewError

    store = _hub(args)
    try:
        try:
            c = Review(store).return_(args.id, actor=_actor(), comment=args.comment)
        except ReviewError as exc:
            raise _error(f"{exc} (nothing was changed)") from exc
    finally:
        store.close()
    if args.json:
        _print_json(c.as_dict())
    else:
        sys.stdout.write(
            f"contribution {c.id} returned to {c.office}: the office sees the comment at its "
            "next sync\n"
        )
    return 0


def cmd_office_set(args: argparse.Namespace) -> int:
    import sys

    from ssc_desktop.hub.review import Review, ReviewError

    store = _hub(args)
    try:
        try:
            Review(store).set_publish_directly(
                args.office, args.publish_directly == "on", actor=_actor()
            )
        except ReviewError as exc:
            raise _error(str(exc)) from exc
    finally:
        store.close()
    how = "published directly" if args.publish_directly == "on" else "held for review"
    sys.stdout.write(f"{args.office.strip()}: contributions from now on are {how}\n")
    return 0


def cmd_office_list(args: argparse.Namespace) -> int:
    import sys
    from dataclasses import asdict

    from ssc_desktop.hub.review import Review

    store = _hub(args)
    try:
        offices = Review(store).offices()
    finally:
        store.close()
    if args.json:
        _print_json([asdict(o) for o in offices])
        return 0
    if not offices:
        sys.stdout.write("no offices yet: 'ssc-desktop hub token create OFFICE'\n")
    for o in offices:
        how = "direct" if o.publish_directly else "review"
        sys.stdout.write(
            f"{o.name[:30]:<30} {how:<6} last sync {o.last_sync_at or '-'}  version "
            f"{o.app_version or '-'}  waiting {o.waiting}  refused requests {o.failures}\n"
        )
    return 0


def _read_password(args: argparse.Namespace) -> str:
    import getpass
    import sys

    if args.password_stdin or not sys.stdin.isatty():
        text = sys.stdin.readline()
        return text.rstrip("\r\n")
    first = getpass.getpass(f"password for {args.name}: ")
    second = getpass.getpass("again: ")
    if first != second:
        raise _error("the two passwords differ; nothing was changed")
    return first


def cmd_admin_create(args: argparse.Namespace) -> int:
    import sys

    from ssc_desktop.hub.accounts import Accounts
    from ssc_desktop.hub.review import Review
    from ssc_desktop.hub.store import HubError

    password = _read_password(args)
    store = _hub(args)
    try:
        existed = args.name in Accounts(store).names()
        try:
            Accounts(store).create(args.name, password)
        except HubError as exc:
            raise _error(f"{exc}; nothing was changed") from exc
        Review(store).audit(
            _actor(), "admin-password" if existed else "admin-create", args.name, ""
        )
    finally:
        store.close()
    what = "new password for" if existed else "administrator"
    sys.stdout.write(f"{what} {args.name}: sign in at /console on the hub\n")
    return 0


def cmd_admin_revoke(args: argparse.Namespace) -> int:
    import sys

    from ssc_desktop.hub.accounts import Accounts
    from ssc_desktop.hub.review import Review

    store = _hub(args)
    try:
        ended = Accounts(store).revoke_sessions(args.name)
        Review(store).audit(_actor(), "sessions-revoke", args.name, f"{ended} session(s)")
    finally:
        store.close()
    sys.stdout.write(f"{ended} session(s) of {args.name} ended\n")
    return 0


def add_hub_commands(
    hub_sub: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: list[argparse.ArgumentParser],
) -> None:
    """``hub review``, ``hub office``, ``hub admin`` (``parents``: common, database, --json)."""
    review = hub_sub.add_parser("review", help="contributions waiting for a curator")
    r_sub = review.add_subparsers(dest="review_command", metavar="COMMAND", required=True)
    t = r_sub.add_parser(
        "list", parents=parents, help="list contributions (in review: oldest first)"
    )
    t.add_argument(
        "--state",
        default="review",
        choices=("review", "published", "returned", "superseded", "all"),
        help="which ones (default: in review)",
    )
    t.add_argument("--office", help="only this office's")
    t.set_defaults(func=cmd_review_list)
    t = r_sub.add_parser(
        "show", parents=parents, help="one contribution beside the central version"
    )
    t.add_argument("id", type=int, help="the contribution's number")
    t.set_defaults(func=cmd_review_show)
    t = r_sub.add_parser("approve", parents=parents, help="publish a contribution")
    t.add_argument("id", type=int)
    t.set_defaults(func=cmd_review_approve)
    t = r_sub.add_parser("return", parents=parents, help="send a contribution back with a comment")
    t.add_argument("id", type=int)
    t.add_argument("--comment", required=True, help="what the office should correct")
    t.set_defaults(func=cmd_review_return)

    office = hub_sub.add_parser("office", help="per-office settings")
    o_sub = office.add_subparsers(dest="office_command", metavar="COMMAND", required=True)
    t = o_sub.add_parser("set", parents=parents, help="change an office's setting")
    t.add_argument("office", help="the office's name, e.g. 'UNDP Kenya'")
    t.add_argument(
        "--publish-directly",
        required=True,
        choices=("on", "off"),
        help="on: the office's contributions are published without review (default off)",
    )
    t.set_defaults(func=cmd_office_set)
    t = o_sub.add_parser("list", parents=parents, help="offices, their last sync and setting")
    t.set_defaults(func=cmd_office_list)

    admin = hub_sub.add_parser("admin", help="the web console's administrator accounts")
    a_sub = admin.add_subparsers(dest="admin_command", metavar="COMMAND", required=True)
    t = a_sub.add_parser(
        "create", parents=parents, help="make an account (or set a new password for one)"
    )
    t.add_argument("name")
    t.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input (else it is asked)",
    )
    t.set_defaults(func=cmd_admin_create)
    t = a_sub.add_parser("revoke", parents=parents, help="end every console session of an account")
    t.add_argument("name")
    t.set_defaults(func=cmd_admin_revoke)
