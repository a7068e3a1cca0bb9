"""``ssc-desktop contributions``: this office's contributions to the hub and where each stands
(waiting to be sent, in review, published, returned with the curator's comment); ``resend ID``
sends a returned one again as it is.

Only argparse is imported at the top: the catalogue is opened when the command runs.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from ssc_desktop.console import print_json, printable
from ssc_desktop.errors import CommandError

if TYPE_CHECKING:
    from ssc_desktop.app.contributions import OfficeContribution

#: The states' names in ``--state`` and in the JSON (``ContributionState`` values).
STATES = ("waiting", "review", "published", "returned", "superseded")
_SHOWN = {
    "waiting": "waiting",
    "review": "in review",
    "published": "published",
    "returned": "returned",
    "superseded": "superseded",
}
_SUMMARY = {
    "waiting": "waiting to be sent",
    "review": "in review at the hub",
    "published": "published",
    "returned": "returned by a curator",
    "superseded": "replaced by a newer one",
}
TITLE_WIDTH = 60
REFERENCE_WIDTH = 16


def _when(stamp: str | None) -> str:
    """``2026-11-30T09:10:58.53Z`` as ``2026-11-30 09:10`` (UTC), ``-`` when none."""
    return stamp[:16].replace("T", " ") if stamp else "-"


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def table(contributions: list[OfficeContribution]) -> str:
    """The contributions as a table, one line each (the curator's comment on the next)."""
    lines = [
        f"{'ID':<8}  {'STATE':<10}  {'SENT (UTC)':<16}  {'DECIDED (UTC)':<16}  "
        f"{'REFERENCE':<{REFERENCE_WIDTH}}  TITLE"
    ]
    for c in contributions:
        title = _cut(c.title, TITLE_WIDTH) + (" (deleted)" if c.deleted else "")
        lines.append(
            printable(
                f"{c.solution_id[:8]:<8}  {_SHOWN[c.state.value]:<10}  {_when(c.sent_at):<16}  "
                f"{_when(c.decided_at):<16}  "
                f"{_cut(c.reference, REFERENCE_WIDTH) or '-':<{REFERENCE_WIDTH}}  {title}"
            )
        )
        if c.comment and c.returned:
            lines.append(printable(f"{'':<8}  curator: {_cut(c.comment, 200)}"))
    return "\n".join(lines)


def cmd_contributions(args: argparse.Namespace) -> int:
    from ssc_desktop.app.contributions import ContributionsService, ContributionState
    from ssc_desktop.app.session import CatalogueSession
    from ssc_desktop.catalogue import Catalogue
    from ssc_desktop.cli.main import warn_about

    catalogue = Catalogue.open(args.data_dir)
    warn_about(catalogue)
    session = CatalogueSession(catalogue)
    try:
        states = [ContributionState(s) for s in args.state] if args.state else None
        found = ContributionsService(session).contributions(states=states)
    finally:
        session.close()
    if args.json:
        print_json([c.as_dict() for c in found])
        return 0
    if not found:
        sys.stdout.write(
            "no contributions"
            + (" in that state" if states else ": solutions this office adds or edits are listed")
            + "\n"
        )
        return 0
    sys.stdout.write(table(found) + "\n")
    counts = {s: sum(1 for c in found if c.state.value == s) for s in STATES}
    sys.stdout.write(
        f"\n{len(found)} contribution(s): "
        + ", ".join(f"{n} {_SUMMARY[s]}" for s, n in counts.items() if n)
        + "\n"
    )
    if counts["returned"]:
        sys.stdout.write(
            "correct a returned one (Edit in the window, or import the corrected sheet) and it "
            "is sent at the next sync; to send it again as it is: "
            "ssc-desktop contributions resend ID\n"
        )
    return 0


def cmd_resend(args: argparse.Namespace) -> int:
    from ssc_desktop.app.contributions import ContributionsService, NotReturned
    from ssc_desktop.app.session import CatalogueSession
    from ssc_desktop.catalogue import Catalogue
    from ssc_desktop.storage.repository import NotFoundError

    session = CatalogueSession(Catalogue.open(args.data_dir))
    try:
        try:
            solution_id = session.store.resolve_id(args.id)
            done = ContributionsService(session).resend(solution_id)
        except NotFoundError as exc:
            raise CommandError(str(exc)) from exc
        except NotReturned as exc:
            state = exc.state.value if exc.state is not None else None
            why = (
                f"it is {_SUMMARY[state]}"
                if state is not None
                else "it is not one of this office's contributions"
            )
            raise CommandError(
                f"{printable(args.id)}: only a returned contribution is sent again; {why} "
                "(nothing was changed)"
            ) from exc
    finally:
        session.close()
    sys.stdout.write(
        printable(f"{done.solution_id[:8]}  {_cut(done.title, TITLE_WIDTH)}")
        + ": sent again at the next sync\n"
    )
    return 0


def add_commands(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """Add ``contributions`` (and ``contributions resend``) to the ``ssc-desktop`` command line."""
    p = subparsers.add_parser(
        "contributions",
        parents=[common],
        help="this office's contributions to the hub and where each stands",
        description="The solutions this office made or edited, and where each stands: waiting "
        "to be sent, in review at the hub, published, or returned by a curator with a comment. "
        "A returned one stays yours: correct it (in the window, or import the corrected "
        "template) and it is sent at the next sync.",
    )
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.add_argument(
        "--state",
        action="append",
        choices=STATES,
        help="only those in this state (repeat it for several)",
    )
    p.set_defaults(func=cmd_contributions)
    c_sub = p.add_subparsers(dest="contributions_command", metavar="COMMAND")
    r = c_sub.add_parser(
        "resend", parents=[common], help="send a returned contribution again, as it is"
    )
    r.add_argument("id", help="the solution's id (or its first characters)")
    r.set_defaults(func=cmd_resend)
