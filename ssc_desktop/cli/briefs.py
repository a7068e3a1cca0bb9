"""``ssc-desktop brief``: a PDF mission brief of chosen solutions, from the command line.

Only argparse (and the brief's list of languages) is imported here; the catalogue and reportlab
are imported when the command runs, so that ``ssc-desktop --help`` stays instant.
"""

from __future__ import annotations

import argparse

from ssc_desktop.briefs import LANGUAGES


def add_commands(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """Add ``brief`` to the ``ssc-desktop`` command line."""
    p = subparsers.add_parser(
        "brief",
        parents=[common],
        help="make a PDF mission brief of chosen solutions",
        description="Make a PDF mission brief: a cover, an overview table and one section per "
        "solution (public contacts only), in the order given. The cover states the date of the "
        "last sync, or that the catalogue is the one shipped with this version.",
    )
    p.add_argument("ids", nargs="+", metavar="ID", help="solution ids (or their first characters)")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the PDF file to write")
    p.add_argument("--title", required=True, help="the mission's title")
    p.add_argument("--destination", required=True, help="where the mission goes")
    p.add_argument(
        "--dates", required=True, help='when, as it should print (e.g. "3–7 March 2027")'
    )
    p.add_argument("--prepared-by", default="", metavar="NAME", help="who prepared the brief")
    p.add_argument(
        "--paper", choices=("a4", "letter"), default="a4", help="paper size (default a4)"
    )
    p.add_argument(
        "--grayscale", action="store_true", help="low-ink black and white, for office printers"
    )
    p.add_argument("--compact", action="store_true", help="at most one page per solution")
    p.add_argument(
        "--page-per-solution",
        action="store_true",
        help="start each solution on a new page (by default they follow one another)",
    )
    p.add_argument("--language", choices=LANGUAGES, default="en", help="the brief's language")
    p.set_defaults(func=cmd_brief)


def cmd_brief(args: argparse.Namespace) -> int:
    import sys
    from pathlib import Path

    from ssc_desktop.app.briefs import BriefError, BriefRequest, BriefsService
    from ssc_desktop.app.session import CatalogueSession
    from ssc_desktop.errors import CommandError
    from ssc_desktop.storage.repository import NotFoundError

    output = Path(args.output).expanduser()
    if output.is_dir():
        raise CommandError(f"{output} is a folder; give the PDF's file name with -o")
    if not output.parent.is_dir():
        raise CommandError(f"the folder {output.parent} does not exist")
    with CatalogueSession.open(args.data_dir) as session:
        ids: list[str] = []
        for text in args.ids:
            try:
                solution_id = session.resolve_id(text)
            except NotFoundError as exc:
                raise CommandError(str(exc)) from exc
            if solution_id not in ids:
                ids.append(solution_id)
        found = {solution.id for solution in session.get_many(ids)}
        missing = [solution_id for solution_id in ids if solution_id not in found]
        if missing:
            raise CommandError(f"no solution has the id {missing[0]!r}")
        request = BriefRequest(
            ids=tuple(ids),
            language=args.language,
            title=args.title,
            destination=args.destination,
            dates=args.dates,
            paper=args.paper,
            prepared_by=args.prepared_by,
            grayscale=args.grayscale,
            compact=args.compact,
            page_per_solution=args.page_per_solution,
            title_fallback=False,  # --title is required: an empty one is refused
        )
        try:
            made = BriefsService(session).make(request, output)
        except BriefError as exc:
            raise CommandError(str(exc)) from exc
    sys.stdout.write(
        f"wrote {output}: {len(ids)} solution(s), {made.pages} page(s), {made.bytes:,} bytes\n"
    )
    return 0
