"""The application's search service: text search, filters, sort and facet counts.

The window's one door to search (the command line asks the catalogue directly for one page).

* **No text**: everything comes from SQLite through ``storage.browse`` (the list, its order, the
  filters and the facet counts), exactly, at any catalogue size.
* **Text**: the engine (``Catalogue.search()``) does it all: ranking, the ticked filters, the
  order, exact facet counts over every match and the "did you mean" suggestion. The first page
  (with highlighted snippets) comes back at once and is painted before anything else; once the
  typing pauses, one more call gives the list of the best :data:`TEXT_CAP` matches (snippets on
  the first :data:`SNIPPET_ROWS`, the others' when they are scrolled to) and the counts. A
  longer list is cut there (``Outcome.capped``: the window says "showing the best N of M");
  counts stay exact.
* **While the index is being built** (first start, a damaged or outdated index), text is matched
  in SQLite with plain word matching (``Outcome.simple_match``), so the window stays useful.

Both paths count the same way: a facet's counts leave out the filter on that facet; regions are
M49 sub-regions; a solution's year is its start year, else its end year (the names and rules are
declared in ``domain.facets``). Nothing in the GUI knows the engine's API. Every method here runs
on a worker thread, never on the GUI thread; no Qt here.
"""

from __future__ import annotations

import logging
import re
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ssc_desktop.domain.facets import PANEL_FACETS, SORTS, Sort, engine_facet
from ssc_desktop.search.results import Notice, NoticeKind
from ssc_desktop.storage.browse import (
    Browser,
    FacetValue,
    Row,
    countries_in_regions,
    facet_sort_key,
)

if TYPE_CHECKING:
    from ssc_desktop.catalogue import Catalogue

__all__ = [
    "FACETS",
    "FIRST_PAGE",
    "SETTLE",
    "SNIPPET_ROWS",
    "SORTS",
    "TEXT_CAP",
    "FacetValue",
    "Outcome",
    "Row",
    "SearchRequest",
    "SearchService",
    "Snippet",
    "Stale",
    "countries_in_regions",
]

log = logging.getLogger(__name__)

#: The facets, in the order the panel shows them (declared in ``domain.facets``).
FACETS = PANEL_FACETS
#: Text searches list at most this many of the best matches (the engine's page limit).
TEXT_CAP = 1000
#: Rows loaded together with a result (the first screenful and then some).
FIRST_PAGE = 40
#: Rows of a long text result given highlighted snippets; further rows show their summary.
SNIPPET_ROWS = 200
_FACET_LIMIT = 10_000  # every value: the panel lists them all
#: Seconds without a newer request before the slow part (all matches, counts) starts: while
#: someone types, only first pages are computed; counts follow when the typing pauses.
SETTLE = 0.25
_WORD = re.compile(r"\w+", re.UNICODE)

Snippet = tuple[tuple[str, bool], ...]  # (text, is_match) segments
JsonValue = str | int | float | bool | None | list["JsonValue"] | dict[str, "JsonValue"]

_NOTHING = Notice(NoticeKind.NOTHING_MATCHES)
_SIMPLE = Notice(NoticeKind.SIMPLE_MATCH)


class Stale(Exception):
    """The request was overtaken by a newer one; its work stops here."""


@dataclass(frozen=True)
class SearchRequest:
    """What the user asked for: words, ticked facet values and an order."""

    text: str = ""
    filters: Mapping[str, frozenset[str]] = field(default_factory=dict)
    sort: str = Sort.RELEVANCE.value

    def __post_init__(self) -> None:
        if self.sort not in SORTS:
            raise ValueError(f"unknown sort {self.sort!r}")
        unknown = set(self.filters) - set(FACETS)
        if unknown:
            raise ValueError(f"unknown facet {sorted(unknown)[0]!r}")

    @property
    def active_filters(self) -> dict[str, frozenset[str]]:
        return {name: values for name, values in self.filters.items() if values}

    def to_json(self) -> dict[str, JsonValue]:
        return {
            "text": self.text,
            "filters": {k: list(sorted(v)) for k, v in self.active_filters.items()},
            "sort": self.sort,
        }

    @classmethod
    def from_json(cls, data: object) -> SearchRequest:
        """A request saved by :meth:`to_json`; anything odd is dropped, never an error."""
        if not isinstance(data, dict):
            return cls()
        text = data.get("text")
        sort = data.get("sort")
        filters: dict[str, frozenset[str]] = {}
        raw = data.get("filters")
        if isinstance(raw, dict):
            for name, values in raw.items():
                if name in FACETS and isinstance(values, list):
                    filters[name] = frozenset(str(v) for v in values if isinstance(v, str | int))
        return cls(
            text=text[:1000] if isinstance(text, str) else "",
            filters=filters,
            sort=sort if isinstance(sort, str) and sort in SORTS else Sort.RELEVANCE.value,
        )


@dataclass(frozen=True)
class Outcome:
    """A search's answer, or its first page (``complete`` False: the rest follows)."""

    request: SearchRequest
    ids: tuple[str, ...]
    total: int
    rows: dict[str, Row] = field(default_factory=dict)
    snippets: dict[str, Snippet] = field(default_factory=dict)
    facets: dict[str, list[FacetValue]] | None = None
    notices: tuple[Notice, ...] = ()
    suggestion: str = ""
    complete: bool = True
    capped: bool = False
    simple_match: bool = False

    @property
    def corrected(self) -> bool:
        """Nothing matched the words as typed: the results are ``suggestion``'s."""
        return any(n.kind is NoticeKind.CORRECTED for n in self.notices)


def _list_order(sort: str) -> Sort:
    """The order of a list without ranking (no text, or plain word matching): relevance means
    by title there."""
    return Sort.TITLE if sort == Sort.RELEVANCE else Sort(sort)


class SearchService:
    """Searches one open catalogue. Thread-safe; meant for worker threads."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.browser = Browser(catalogue.store.engine)
        self._index_ready = threading.Event()
        #: The reader's language: rows show a solution's title and summary in it when a
        #: translation exists (set by the window; read by the worker threads).
        self.language = ""

    def set_language(self, language: str) -> None:
        """Rows (titles, summaries, snippets) from now on in ``language`` where translated."""
        self.language = language

    # -- the index --------------------------------------------------------------------------
    @property
    def index_ready(self) -> bool:
        return self._index_ready.is_set()

    def prepare_index(self) -> str:
        """Build or bring up to date the search index (slow on first start: run in background).

        Until it is done, text is matched in SQLite. Returns what was done: "rebuilt",
        "updated" or "current".
        """
        state = self.catalogue.index.ensure_current(self.catalogue.store)
        self._index_ready.set()
        return state

    def index_changed(self) -> None:
        """Apply catalogue writes to the index (call on the writer thread after a save)."""
        if self.index_ready:
            self.catalogue.index.ensure_current(self.catalogue.store)

    # -- searching --------------------------------------------------------------------------
    def search(
        self, request: SearchRequest, is_stale: Callable[[], bool] = lambda: False
    ) -> Iterator[Outcome]:
        """Outcomes for ``request``: maybe a first page, always a complete one last.

        Raises :class:`Stale` as soon as ``is_stale()`` says a newer request has come.
        """
        text = request.text.strip()
        if not text:
            yield from self._browse(request, is_stale)
        elif not self.index_ready:
            yield from self._simple(request, text, is_stale)
        else:
            yield from self._text(request, text, is_stale)

    def _browse(self, request: SearchRequest, is_stale: Callable[[], bool]) -> Iterator[Outcome]:
        filters = request.active_filters
        ids = self.browser.ordered_ids(filters, None, _list_order(request.sort))
        rows = self.rows(ids[:FIRST_PAGE])
        yield Outcome(request, tuple(ids), len(ids), rows=rows, complete=False)
        _settle(is_stale)
        facets = self.browser.facets(filters, None, lambda: _check(is_stale))
        yield Outcome(request, tuple(ids), len(ids), rows=rows, facets=facets)

    def _simple(
        self, request: SearchRequest, text: str, is_stale: Callable[[], bool]
    ) -> Iterator[Outcome]:
        filters = request.active_filters
        words = [w.lower() for w in _WORD.findall(text) if len(w) > 1 or w.isdigit()][:12]
        if not words:
            yield Outcome(
                request,
                (),
                0,
                facets=self.browser.facets(filters, []),
                notices=(Notice(NoticeKind.EMPTY_QUERY),),
            )
            return
        matched = self.browser.word_match(words)
        _check(is_stale)
        ids = self.browser.ordered_ids(filters, matched, _list_order(request.sort))
        rows = self.rows(ids[:FIRST_PAGE])
        yield Outcome(
            request,
            tuple(ids),
            len(ids),
            rows=rows,
            notices=(_SIMPLE,),
            complete=False,
            simple_match=True,
        )
        _settle(is_stale)
        yield Outcome(
            request,
            tuple(ids),
            len(ids),
            rows=rows,
            facets=self.browser.facets(filters, matched, lambda: _check(is_stale)),
            notices=(_SIMPLE,) if ids else (_SIMPLE, _NOTHING),
            simple_match=True,
        )

    def _text(
        self, request: SearchRequest, text: str, is_stale: Callable[[], bool]
    ) -> Iterator[Outcome]:
        filters = {
            engine_facet(name): sorted(values) for name, values in request.active_filters.items()
        }
        first = self.catalogue.search(text, limit=FIRST_PAGE, filters=filters, sort=request.sort)
        notices = first.notices
        suggestion = first.suggestion or ""
        snippets: dict[str, Snippet] = {h.id: tuple(h.snippet) for h in first.hits}
        ids = [h.id for h in first.hits]
        rows = self.rows(ids)
        snippets = _in_row_language(snippets, rows, text)
        more = first.total > len(ids)
        if more:
            yield Outcome(
                request,
                tuple(ids),
                first.total,
                rows=rows,
                snippets=snippets,
                notices=notices,
                suggestion=suggestion,
                complete=False,
            )
            _settle(is_stale)  # the long list and the counts wait until the typing pauses
        _check(is_stale)
        full = self.catalogue.search(
            text,
            limit=TEXT_CAP if more else 0,
            filters=filters,
            sort=request.sort,
            facets=[engine_facet(name) for name in FACETS],
            facet_limit=_FACET_LIMIT,
            snippets=SNIPPET_ROWS,
        )
        _check(is_stale)
        if more:
            ids = [h.id for h in full.hits]
            more_snippets = {h.id: tuple(h.snippet) for h in full.hits[:SNIPPET_ROWS]}
            more_snippets = {i: s for i, s in more_snippets.items() if i not in rows}
            snippets.update(_in_row_language(more_snippets, self.rows(list(more_snippets)), text))
        total = full.total if more else first.total
        yield Outcome(
            request,
            tuple(ids),
            total,
            rows=rows,
            snippets=snippets,
            facets=self._engine_facets(full.facets),
            notices=notices if ids else (notices or (_NOTHING,)),
            suggestion=suggestion,
            capped=total > len(ids),
        )

    def snippets(self, outcome: Outcome, ids: Sequence[str]) -> dict[str, Snippet]:
        """Highlighted snippets, for the rows of a long text result beyond the first
        :data:`SNIPPET_ROWS` (asked for when they come into view)."""
        text = outcome.suggestion if outcome.corrected else outcome.request.text
        if not ids or not text.strip() or outcome.simple_match or not self.index_ready:
            return {}
        found = {h.id: tuple(h.snippet) for h in self.catalogue.index.highlight(text, ids)}
        return _in_row_language(found, self.rows(list(found)), text)

    def _engine_facets(
        self, counted: Mapping[str, Mapping[str, int]]
    ) -> dict[str, list[FacetValue]]:
        """The engine's counts as the panel lists them (organisations with their full names)."""
        result: dict[str, list[FacetValue]] = {}
        for name in FACETS:
            values = counted.get(engine_facet(name), {})
            names = self.browser.organisation_names(list(values)) if name == "organisation" else {}
            result[name] = sorted(
                (FacetValue(v, int(n), names.get(v, "")) for v, n in values.items() if v),
                key=facet_sort_key(name),
            )
        return result

    def rows(self, ids: Sequence[str]) -> dict[str, Row]:
        """The list rows of these solutions (unknown or deleted ids are left out), in the
        reader's language where a translation exists."""
        return self.browser.rows(ids, self.language)


#: The former name (the window's adapter), kept while the window moves to the service.


def _in_row_language(
    snippets: Mapping[str, Snippet], rows: Mapping[str, Row], text: str
) -> dict[str, Snippet]:
    """The engine's snippets are cut from a solution's original texts; a row shown in a
    translation gets its translated summary instead, with the query's words marked in it (a
    plain word match: a query in another language marks nothing), so that a list row never
    mixes a French title with an English snippet."""
    out = dict(snippets)
    words: set[str] | None = None
    for solution_id in snippets:
        row = rows.get(solution_id)
        if row is None or not row.is_translation:
            continue
        if words is None:
            words = {_fold(w) for w in _WORD.findall(text) if len(w) > 2}
        out[solution_id] = _marked(row.summary, words)
    return out


def _fold(word: str) -> str:
    """Lower case without accents ("Sénégal" -> "senegal")."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _marked(text: str, words: set[str]) -> Snippet:
    """``text`` as snippet segments, the words that start like a query word (5 letters, or the
    whole word when shorter: a rough stem that works across fr/es inflections) marked."""
    keys = {w[:5] for w in words}
    segments: list[tuple[str, bool]] = []
    position = 0
    for match in _WORD.finditer(text):
        word = _fold(match.group())
        if len(word) > 2 and (word in words or (len(word) >= 5 and word[:5] in keys)):
            if match.start() > position:
                segments.append((text[position : match.start()], False))
            segments.append((match.group(), True))
            position = match.end()
    if position < len(text):
        segments.append((text[position:], False))
    return tuple(segments)


def _check(is_stale: Callable[[], bool]) -> None:
    if is_stale():
        raise Stale


def _settle(is_stale: Callable[[], bool], seconds: float | None = None) -> None:
    """Wait ``seconds`` (default :data:`SETTLE`) unless a newer request comes first."""
    deadline = time.monotonic() + (SETTLE if seconds is None else seconds)
    while time.monotonic() < deadline:
        _check(is_stale)
        time.sleep(0.002)  # a newer request (the next keystroke) starts within 2 ms
    _check(is_stale)
