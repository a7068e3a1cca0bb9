"""``ssc-desktop``: every capability from the command line.

Errors go to stderr as one clear line (details in the log file), never a traceback, with a
non-zero exit code: 1 for a refused operation, 2 for a malformed command line. Heavy modules are
imported inside the commands, so that ``--version`` and ``--help`` answer at once.
"""

from __future__ import annotations

import argparse
import io
import logging
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, assert_never

from ssc_desktop import __version__
from ssc_desktop.console import print_json, printable
from ssc_desktop.errors import CommandError

if TYPE_CHECKING:
    from ssc_desktop.app.files import ContributionsImported
    from ssc_desktop.app.session import CatalogueSession
    from ssc_desktop.catalogue import Catalogue
    from ssc_desktop.domain.model import Solution
    from ssc_desktop.search.results import Notice

log = logging.getLogger(__name__)


__all__ = ["CommandError", "UsageError", "build_parser", "main"]


class UsageError(CommandError):
    """A malformed command line found after parsing (exit code 2, like argparse's own)."""


_print_json = print_json


def _open(args: argparse.Namespace) -> Catalogue:
    from ssc_desktop.catalogue import Catalogue

    catalogue = Catalogue.open(args.data_dir)
    warn_about(catalogue)
    return catalogue


def warn_about(catalogue: Catalogue) -> None:
    """Tell what opening had to do (a damaged file kept aside), one line each on stderr."""
    for notice in catalogue.notices:
        sys.stderr.write(
            printable(
                f"ssc-desktop: warning: the catalogue {notice.original} {notice.reason}: it "
                f"was kept as {notice.kept_as.name} and a new catalogue was made"
            )
            + "\n"
        )


# -- commands ------------------------------------------------------------------------------------
def notice_text(notice: Notice) -> str:
    """A search notice in English (the command line's language)."""
    from ssc_desktop.search.results import NoticeKind

    name = notice.name.replace("_", " ")
    match notice.kind:
        case NoticeKind.CORRECTED:
            return f"nothing matches {notice.value!r}; showing results for {notice.suggestion!r}"
        case NoticeKind.SOME_WORDS:
            return "no solution has all these words; showing those with some"
        case NoticeKind.NOTHING_MATCHES:
            return "nothing matches; try fewer or other words"
        case NoticeKind.EMPTY_QUERY:
            return "type a word to search"
        case NoticeKind.UNKNOWN_FILTER:
            return f"there is no {notice.name!r} filter (filters: {', '.join(notice.valid)})"
        case NoticeKind.UNKNOWN_FIELD:
            return f"there is no '{notice.name}:' filter; searched for the words instead"
        case NoticeKind.UNKNOWN_VALUE:
            return f"no {name} matches {notice.value!r}" + (
                f" (did you mean {notice.suggestion!r}?)" if notice.suggestion else ""
            )
        case NoticeKind.MISSING_VALUE:
            return f"'{notice.name}:' needs a value, e.g. {notice.name}:{notice.suggestion}"
        case NoticeKind.QUERY_CUT:
            return f"the query was cut to its first {notice.limit} characters"
        case NoticeKind.TOO_MANY_WORDS:
            return f"only the first {notice.limit} words were used"
        case NoticeKind.INDEX_BUILDING:
            return "the search index is being built; results will appear in a moment"
        case NoticeKind.INDEX_NOT_READY:
            return "the search index is not ready yet"
        case NoticeKind.SIMPLE_MATCH:
            return "the search index is being prepared: simple word matching"
        case NoticeKind.NO_SOLUTION_FOR_COUNTRY:
            from ssc_desktop.domain import vocab

            return f"no solution in the catalogue involves {vocab.country_name(notice.value)} yet"
    assert_never(notice.kind)


def cmd_search(args: argparse.Namespace) -> int:
    if args.limit < 1 or args.limit > 1000:
        raise CommandError("--limit must be between 1 and 1000")
    if args.offset < 0:
        raise CommandError("--offset must be 0 or more")
    from ssc_desktop.domain.facets import FILTERS

    filters: dict[str, list[str]] = {}
    for item in args.filter or ():
        name, sep, value = item.partition("=")
        if not sep or not value.strip():
            raise CommandError(f"--filter wants NAME=VALUE (e.g. country=KEN), not {item!r}")
        if name.strip() not in FILTERS:
            raise UsageError(
                f"there is no {name.strip()!r} filter; --filter takes {', '.join(FILTERS)}"
            )
        filters.setdefault(name.strip(), []).append(value.strip())
    query = " ".join(args.query)
    with _open(args) as catalogue:
        result = catalogue.search(
            query,
            limit=args.limit,
            offset=args.offset,
            filters=filters or None,
            facets=bool(args.facets),
            sort=args.sort,
            # The same syntax as in the window: the last word also matches as the start of a
            # word ("slum upg" finds "slum upgrading" with both words matched).
            as_you_type=True,
        )
        records = {s.id: s for s in catalogue.store.get_many([h.id for h in result.hits])}
    hint = "; ".join(notice_text(n) for n in result.notices)
    if args.json:
        _print_json(
            {
                "query": result.query,
                "total": result.total,
                "offset": result.offset,
                "sort": result.sort,
                "hint": hint,
                "notices": [n.to_json() for n in result.notices],
                "suggestion": result.suggestion,
                "corrected": result.corrected,
                "broader": [b.to_json() for b in result.broader],
                "filters": [
                    {"name": f.name, "values": list(f.values), "label": f.label, "not": f.negated}
                    for f in result.filters
                ],
                "facets": result.facets,
                "hits": [
                    {
                        "id": hit.id,
                        "title": hit.title,
                        "score": round(hit.score, 4),
                        "snippet": hit.snippet_text,
                        "sdgs": records[hit.id].sdgs if hit.id in records else [],
                        "countries": records[hit.id].country_codes if hit.id in records else [],
                        "sources": [s.model_dump() for s in records[hit.id].sources]
                        if hit.id in records
                        else [],
                    }
                    for hit in result.hits
                ],
            }
        )
        return 0
    out = sys.stdout
    shown = len(result.hits)
    out.write(
        f"{result.total} solution(s) for {result.query!r}"
        + (f", showing {shown}" if shown < result.total else "")
        + "\n"
    )
    if hint:
        out.write(f"({hint})\n")
    if result.suggestion and not result.corrected:
        out.write(f"Did you mean: {result.suggestion}\n")
    for offer in result.broader:
        found = f"{offer.total} solution(s)" if offer.total else "nothing either"
        out.write(f"Broader, {offer.name}: {offer.query}  ({found})\n")
    for number, hit in enumerate(result.hits, start=1):
        record = records.get(hit.id)
        facts = []
        if record:
            if record.sdgs:
                facts.append("SDG " + ", ".join(str(g) for g in record.sdgs))
            if record.country_codes:
                facts.append(", ".join(record.country_codes[:6]))
        out.write(f"\n{number:>2}. {hit.title}  [{hit.id[:8]}]\n")
        if facts:
            out.write(f"    {' · '.join(facts)}\n")
        snippet = " ".join(hit.snippet_text.split())
        if snippet:
            out.write(
                textwrap.fill(snippet, width=96, initial_indent="    ", subsequent_indent="    ")
                + "\n"
            )
    if result.facets:
        from ssc_desktop.search import facet_label

        for name, counts in result.facets.items():
            if counts:
                top = ", ".join(f"{facet_label(name, v)} {n}" for v, n in list(counts.items())[:8])
                out.write(f"\n{name.replace('_', ' ')}: {top}")
        out.write("\n")
    return 0


def _describe(solution: Solution) -> str:
    from ssc_desktop.domain import vocab

    terms = vocab.terms()
    lines = [solution.title]
    if solution.subtitle:
        lines.append(solution.subtitle)
    lines.append("=" * min(len(solution.title), 96))
    facts = [
        ("Id", solution.id),
        ("Status", terms["statuses"][solution.status].text() if solution.status else ""),
        ("Years", "–".join(str(y) for y in (solution.start_year, solution.end_year) if y)),
        (
            "Cooperation",
            terms["cooperation_types"][solution.cooperation_type].text()
            if solution.cooperation_type
            else "",
        ),
        ("SDGs", ", ".join(f"{g} {vocab.sdgs()[g].label()}" for g in solution.sdgs)),
        ("Modalities", ", ".join(terms["modalities"][m].text() for m in solution.modalities)),
        (
            "Countries",
            "; ".join(
                f"{vocab.country_name(c.iso3)} ({terms['country_roles'][c.role].text()})"
                for c in solution.countries
            ),
        ),
        (
            "Organisations",
            "; ".join(
                f"{o.name}{f' ({o.acronym})' if o.acronym else ''}: "
                f"{terms['organisation_roles'][o.role].text()}"
                for o in solution.organisations
            ),
        ),
        ("Budget", f"{solution.budget:,.0f} {solution.currency}" if solution.budget else ""),
        ("Funding", solution.funding_mechanism),
        ("Themes", ", ".join(solution.themes)),
    ]
    for label, value in facts:
        if value:
            lines.append(
                textwrap.fill(
                    value, width=96, initial_indent=f"{label + ':':<15}", subsequent_indent=" " * 15
                )
            )
    for label, text in (
        ("Summary", solution.summary),
        ("Challenge", solution.challenge),
        ("Solution", solution.solution),
        ("Results", solution.results),
        ("Sustainability and replication", solution.sustainability),
    ):
        if text:
            lines += ["", label, textwrap.fill(text, width=96)]
    public = [c for c in solution.contacts if c.public]
    if public:
        lines += ["", "Contacts"] + [
            "  " + ", ".join(p for p in (c.name, c.title, c.organisation, c.email, c.phone) if p)
            for c in public
        ]
    if solution.links:
        lines += ["", "Links"] + [
            f"  {link.label or link.url}: {link.url}" for link in solution.links
        ]
    if solution.sources:
        lines += ["", "Sources"] + [
            f"  {s.document}"
            + (f", paragraph {s.paragraph}" if s.paragraph else "")
            + (f" <{s.url}>" if s.url else "")
            for s in solution.sources
        ]
    return "\n".join(lines) + "\n"


def cmd_show(args: argparse.Namespace) -> int:
    from ssc_desktop.storage.repository import NotFoundError

    with open_session(args) as session:
        try:
            solution = session.get(session.resolve_id(args.id))
        except NotFoundError as exc:
            raise CommandError(str(exc)) from exc
        if solution is None:
            raise CommandError(f"no solution has the id {args.id!r}")
    if args.json:
        _print_json(solution.to_json_dict())
    else:
        sys.stdout.write(_describe(solution))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from ssc_desktop.app.files import FilesService

    with open_session(args) as session:
        files = FilesService(session)
        if args.output:
            count = files.export_catalogue(Path(args.output), args.format)
            sys.stderr.write(f"exported {count} solution(s) to {args.output}\n")
        else:
            buffer = getattr(sys.stdout, "buffer", None)
            if buffer is None:
                files.dump_catalogue(sys.stdout, args.format)
            else:  # UTF-8 and our own line endings, whatever the console's settings
                sys.stdout.flush()
                out = io.TextIOWrapper(buffer, encoding="utf-8", newline="", write_through=True)
                try:
                    files.dump_catalogue(out, args.format)
                    out.flush()
                finally:
                    out.detach()
    return 0


class IndexFollower:
    """The command line's follower of a session's writes: the search index is brought up to
    date after each (``Catalogue.update_index``). A failure does not undo the write: it is kept
    in ``lag``, for the command to tell as a warning (the index catches up on a later search)."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.lag: Exception | None = None

    def __call__(self) -> None:
        self.lag = self.catalogue.update_index()


def open_session(args: argparse.Namespace) -> CatalogueSession:
    """The catalogue of ``--data-dir`` (what opening had to do told on stderr), with the write
    path the window uses."""
    from ssc_desktop.app.session import CatalogueSession

    return CatalogueSession(_open(args))


def cmd_import(args: argparse.Namespace) -> int:
    from ssc_desktop.app.files import (
        ContributionProblems,
        ContributionsImported,
        FilesService,
        ImportFileError,
        ReadOnlyCatalogue,
        TemplateRefused,
    )
    from ssc_desktop.cli.template import describe, describe_all

    path = Path(args.file)
    shown = printable(str(path))
    with open_session(args) as session:
        index = IndexFollower(session.catalogue)
        session.keep_index_current(index)
        try:
            result = FilesService(session).import_records(
                path, file_format=args.format, good_rows_only=args.good_rows_only
            )
        except ReadOnlyCatalogue as exc:
            raise CommandError(
                f"cannot import {shown}: the catalogue in {exc.root} is read-only"
            ) from exc
        except ImportFileError as exc:
            details = "".join(f"\n  - {p}" for p in exc.problems[1:])
            raise CommandError(
                f"cannot import {shown} (nothing was changed): {exc.problems[0]}{details}"
            ) from exc
        except TemplateRefused as exc:
            raise CommandError(
                f"cannot import {shown} (nothing was changed): {describe(exc.problems[0])}"
            ) from exc
        except ContributionProblems as exc:
            hint = (
                f"; the {exc.good_rows} good row(s) alone can be imported with --good-rows-only"
                if exc.good_rows
                else ""
            )
            raise CommandError(
                f"cannot import {shown} (nothing was changed): {exc.bad_rows} row(s) with "
                f"problems{hint}:\n{describe_all(exc.problems)}"
            ) from exc
        # committed: from here on the import is done, whatever happened to the index
        lag = index.lag
    if isinstance(result, ContributionsImported):
        return _contributions_imported(args, result, lag)
    if lag is not None:
        sys.stderr.write(
            "ssc-desktop: warning: "
            + printable(
                f"the search index was not brought up to date ({str(lag)[:200]}); it will be "
                "on a later "
                "search, and searches match the catalogue directly until then"
            )
            + "\n"
        )
    counts = result.counts()
    if args.json:
        _print_json({"file": str(path), **counts, "index_updated": lag is None})
    else:
        parts = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in counts.items() if n)
        sys.stdout.write(f"imported {shown}: {parts or 'nothing to do'}\n")
    return 0


def _contributions_imported(
    args: argparse.Namespace, result: ContributionsImported, lag: Exception | None
) -> int:
    """What a filled contribution template's import did (all rows, or with
    ``--good-rows-only`` the good ones and what is wrong with the others)."""
    from ssc_desktop.cli.template import describe, describe_all

    shown = printable(str(result.path))
    if lag is not None:
        sys.stderr.write("ssc-desktop: warning: the search index will catch up later\n")
    summary = {
        "file": str(result.path),
        "added": result.added,
        "updated": result.updated,
        "unchanged": result.unchanged,
        "rows_left_out": result.rows_left_out,
        "waiting_for_sync": result.added + result.updated,
    }
    if args.json:
        _print_json({**summary, "problems": [describe(p) for p in result.problems]})
        return 0
    sys.stdout.write(
        f"imported {shown}: {result.added} new, {result.updated} updated, {result.unchanged} "
        f"unchanged contribution(s); {result.added + result.updated} waiting for sync\n"
    )
    if result.rows_left_out:
        sys.stdout.write(
            f"{result.rows_left_out} row(s) left out:\n{describe_all(list(result.problems))}\n"
        )
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from ssc_desktop.domain import vocab
    from ssc_desktop.storage.database import SCHEMA_HEAD

    with _open(args) as catalogue:
        stats = catalogue.store.stats()
        stats.update(
            sdgs_in_vocabulary=len(vocab.sdgs()),
            countries_in_vocabulary=len(vocab.countries()),
            schema=SCHEMA_HEAD,
            catalogue_id=catalogue.store.catalogue_id(),
            data_dir=str(catalogue.paths.root),
        )
    if args.json:
        _print_json(stats)
        return 0
    lines = [
        f"Catalogue in {stats['data_dir']}",
        f"  solutions:           {stats['solutions']}"
        + (f" ({stats['local']} made locally)" if stats["local"] else ""),
        f"  with source paragraph: {stats['with_source_paragraph']}",
        f"  countries named:     {stats['countries']}",
        f"  organisations named: {stats['organisations']}",
        f"  deleted (tombstones): {stats['deleted']}",
        f"  waiting for sync:    {stats['pending_sync']}",
        f"  last updated:        {stats['last_updated'] or '-'}",
        "  by SDG:              " + ", ".join(f"{g}: {n}" for g, n in stats["by_sdg"].items()),
    ]
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


# -- parser --------------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="the data folder (default: $SSC_DATA_DIR, else the OS's place)",
    )
    parser = argparse.ArgumentParser(
        prog="ssc-desktop",
        parents=[common],
        description="SSC Desktop: the offline catalogue of Southern solutions. "
        "With no command, opens the desktop window.",
    )
    parser.add_argument("--version", action="version", version=f"ssc-desktop {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that everything works in this installation (offscreen), then exit",
    )
    # Benchmarks only: time to a window that answers a key (prints JSON), then exit.
    parser.add_argument("--probe-startup", metavar="SETTINGS_FILE", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("search", parents=[common], help="search the catalogue")
    p.add_argument(
        "query",
        nargs="+",
        help='words (one argument or several), "a phrase", -excluded (or -- -excluded), '
        "a OR b, and filters: country:Kenya (or KEN), sdg:5, region:Africa, entity:WFP, "
        "modality:training, type:triangular, year:2017 or year:2015..2018, lang:fr, "
        "status:ongoing, title:word",
    )
    p.add_argument("--limit", type=int, default=10, help="how many hits (default 10)")
    p.add_argument("--offset", type=int, default=0, help="skip this many hits (paging)")
    p.add_argument(
        "--sort", choices=("relevance", "newest", "title"), default="relevance", help="order"
    )
    p.add_argument(
        "--filter",
        action="append",
        metavar="NAME=VALUE",
        help="filter on a facet (sdg, region, subregion, country, organisation, modality, "
        "cooperation_type, year, language, status); repeat it: values of one name are OR-ed",
    )
    p.add_argument(
        "--facets", action="store_true", help="count the hits by SDG, region, country, ..."
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("show", parents=[common], help="show one solution")
    p.add_argument("id", help="the solution's id (or its first characters)")
    p.add_argument("--json", action="store_true", help="print the record as JSON")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("export", parents=[common], help="write the catalogue to a file")
    p.add_argument("--format", choices=("json", "csv"), default="json")
    p.add_argument("-o", "--output", metavar="FILE", help="file to write (default: stdout)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", parents=[common], help="add or update solutions from a file")
    p.add_argument(
        "file",
        help="a .json or .csv catalogue file made by export, or a filled contribution "
        "template (.xlsx or .csv, made by 'ssc-desktop template')",
    )
    p.add_argument(
        "--format",
        choices=("json", "csv"),
        default=None,
        help="file format (default: from the file name)",
    )
    p.add_argument(
        "--good-rows-only",
        action="store_true",
        help="a template with bad rows: import the good ones and list the others "
        "(without it, nothing is imported unless every row is good)",
    )
    p.add_argument("--json", action="store_true", help="print a JSON summary")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("stats", parents=[common], help="counts of what the catalogue holds")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=cmd_stats)

    # Feature commands live beside this module; they import only argparse at the top level.
    from ssc_desktop.cli import briefs, contributions, sync
    from ssc_desktop.cli import map as map_command
    from ssc_desktop.cli import template as template_command

    briefs.add_commands(sub, common)
    template_command.add_commands(sub, common)
    sync.add_commands(sub, common)
    contributions.add_commands(sub, common)
    map_command.add_commands(sub, common)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    try:
        from ssc_desktop.gui.app import run
    except ModuleNotFoundError as exc:
        raise CommandError(f"the desktop window needs {exc.name}: reinstall SSC Desktop") from exc
    return run(getattr(args, "data_dir", None))


def _search_words_last(argv: list[str], parser: argparse.ArgumentParser) -> list[str]:
    """``search -training`` excludes a word: argparse would take ``-training`` for an option.

    After the ``search`` command, every token that is neither one of its options (a known
    ``--long`` option, its unique prefix, or ``-h``) nor an option's value is a query word:
    those are moved, in order, after a ``--``. An unknown ``--option`` stays an error.
    """
    if "search" not in argv:
        return argv
    start = argv.index("search")
    if start and argv[start - 1] in ("--data-dir", "--probe-startup"):
        return argv
    sub = next(
        action.choices["search"]
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
    )
    takes_value = {
        option: action.nargs != 0 for action in sub._actions for option in action.option_strings
    }
    options: list[str] = []
    words: list[str] = []
    rest = argv[start + 1 :]
    i = 0
    while i < len(rest):
        token = rest[i]
        i += 1
        if token == "--":
            words.extend(rest[i:])
            break
        name = token.split("=", 1)[0]
        known = [o for o in takes_value if o == name or (len(name) > 2 and o.startswith(name))]
        if token.startswith("--") or (token.startswith("-") and len(known) == 1):
            options.append(token)  # an unknown --option is left to argparse to refuse
            if len(known) == 1 and takes_value[known[0]] and "=" not in token and i < len(rest):
                options.append(rest[i])
                i += 1
            continue
        words.append(token)
    return [*argv[: start + 1], *options, *(["--", *words] if words else [])]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(_search_words_last(argv, parser))
    if not hasattr(args, "data_dir"):
        args.data_dir = None
    try:
        if args.self_test:
            from ssc_desktop.selftest import run_self_test

            return run_self_test()
        if args.probe_startup:
            from ssc_desktop.gui.probe import probe_startup

            return probe_startup(args.data_dir, args.probe_startup)
        if args.command is None:
            return _run_gui(args)  # the window's run() starts its own logging
        _start_logging(args.data_dir)
        return int(args.func(args))
    except UsageError as exc:
        sys.stderr.write(f"ssc-desktop: error: {exc}\n")
        return 2
    except CommandError as exc:
        # Messages lay out their own lines; anything from a file or record in them is escaped
        # where it was put in, and any control character left is escaped here (ESC, CR, BEL...).
        sys.stderr.write(f"ssc-desktop: error: {printable(str(exc), keep_newlines=True)}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("ssc-desktop: interrupted\n")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        log.exception("command failed")
        return _unexpected(exc)


def _start_logging(data_dir: str | None) -> None:
    """Log this command to the data folder's log file; a folder that cannot hold one (a hub's
    read-only data folder) costs the log file, not the command."""
    from ssc_desktop.logs import start_logging

    try:
        start_logging(data_dir)
    except OSError as exc:
        sys.stderr.write(f"ssc-desktop: warning: no log file: {exc}\n")


def _unexpected(exc: Exception) -> int:
    """Known failures (a damaged file, a full disk, a read-only folder) get their one line; the
    rest a log pointer. Never SQL or record text: SQLAlchemy's messages quote both."""
    from ssc_desktop.logs import current_log_file
    from ssc_desktop.storage.database import DatabaseError, explain

    explained = exc if isinstance(exc, DatabaseError) else explain(exc)
    if explained is not None:
        message = str(explained)
    elif isinstance(exc, OSError):
        message = f"{exc.strerror or type(exc).__name__}" + (
            f": {exc.filename}" if exc.filename else ""
        )
    else:
        message = f"unexpected {type(exc).__name__}"
        if not _quotes_data(exc):
            message += f": {str(exc)[:200]}"
    where = current_log_file()
    sys.stderr.write(
        "ssc-desktop: error: "
        + printable(message + (f" (details in {where})" if where else ""))
        + "\n"
    )
    return 1


def _quotes_data(exc: BaseException) -> bool:
    """Whether the exception's text may hold SQL or record values (kept for the log only)."""
    return type(exc).__module__.startswith("sqlalchemy") or "sqlite3" in type(exc).__module__


def gui_main() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main([*sys.argv[1:]])
