"""``ssc-desktop map``: a map of the countries a search's solutions involve, as SVG, PNG or PDF.

Only argparse is imported here; the catalogue and the renderers are imported when the command
runs, so that ``ssc-desktop --help`` stays instant.
"""

from __future__ import annotations

import argparse

from ssc_desktop.briefs import LANGUAGES


def add_commands(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """Add ``map`` to the ``ssc-desktop`` command line."""
    p = subparsers.add_parser(
        "map",
        parents=[common],
        help="draw a map of the countries a search involves (SVG, PNG or PDF)",
        description="Draw a world map of how many solutions involve each country (for the "
        "search and filters given, like `ssc-desktop search`), or with --exchanges the arcs "
        "from provider to recipient countries. Every map carries the UN map disclaimer.",
    )
    p.add_argument("query", nargs="?", default="", help="search words (default: every solution)")
    p.add_argument(
        "--filter",
        action="append",
        metavar="NAME=VALUE",
        help="filter on a facet, as for `search` (e.g. region=Africa, sdg=2); repeat it",
    )
    p.add_argument(
        "--role",
        choices=("any", "provider", "recipient"),
        default="any",
        help="count countries in this role (default: any role)",
    )
    p.add_argument(
        "--exchanges", action="store_true", help="draw provider → recipient arcs, width by count"
    )
    # The briefs' six languages (the map's words exist in each: a test keeps maps.LANGUAGES
    # equal); ssc_desktop.maps itself is imported only when the command runs.
    p.add_argument("--language", choices=LANGUAGES, default="en", help="the map's language")
    p.add_argument(
        "--destination", metavar="COUNTRY", help="mark this country (a name or ISO3 code)"
    )
    p.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="the file: .svg, .png or .pdf"
    )
    p.set_defaults(func=cmd_map)


def cmd_map(args: argparse.Namespace) -> int:
    import sys
    from pathlib import Path

    from ssc_desktop.app.maps import MapService
    from ssc_desktop.app.search import SearchService
    from ssc_desktop.app.session import CatalogueSession
    from ssc_desktop.errors import CommandError
    from ssc_desktop.maps import MapOptions, Role, find_country
    from ssc_desktop.search.vocabulary import FILTER_COLUMN

    output = Path(args.output).expanduser()
    if output.suffix.lower() not in (".svg", ".png", ".pdf"):
        raise CommandError(f"-o wants a .svg, .png or .pdf file name, not {output.name!r}")
    if output.is_dir():
        raise CommandError(f"{output} is a folder; give the map's file name with -o")
    if not output.parent.is_dir():
        raise CommandError(f"the folder {output.parent} does not exist")
    # The same NAME=VALUE form as `ssc-desktop search --filter` (duplicated: five lines).
    filters: dict[str, list[str]] = {}
    for item in args.filter or ():
        name, sep, value = item.partition("=")
        if not sep or not value.strip():
            raise CommandError(f"--filter wants NAME=VALUE (e.g. country=KEN), not {item!r}")
        if name.strip() not in FILTER_COLUMN:
            known = ", ".join(sorted(FILTER_COLUMN))
            raise CommandError(f"there is no {name.strip()!r} filter (filters: {known})")
        filters.setdefault(name.strip(), []).append(value.strip())
    destination = None
    if args.destination:
        destination = find_country(args.destination)
        if destination is None:
            raise CommandError(f"--destination: no country is called {args.destination!r}")
    with CatalogueSession.open(args.data_dir) as session:
        maps = MapService(SearchService(session.catalogue))
        found = maps.map_for_query(args.query, filters or None)
    data = found.data
    options = MapOptions(
        role=Role(args.role),
        exchanges=args.exchanges,
        language=args.language,
        destination=destination,
    )
    maps.write(data, options, output)
    from ssc_desktop.cli.main import notice_text

    for text in filter(None, map(notice_text, found.notices)):
        sys.stderr.write(f"({text})\n")
    sys.stderr.write(
        f"map of {data.total} solution(s), {len(data.counts(options.role))} countries, "
        f"written to {output}\n"
    )
    return 0
