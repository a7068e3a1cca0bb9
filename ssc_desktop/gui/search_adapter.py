"""The window's one door to the search engine: text search, filters, sort and facet counts.

* **No text**: everything comes from SQLite (the list, its order, the filters and the facet
  counts), exactly, at any catalogue size.
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
M49 sub-regions; a solution's year is its start year, else its end year. Nothing else in the GUI
knows the engine's API. Every method here runs on a worker thread, never on the GUI thread, and
imports no Qt.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import text as sql_text

from ssc_desktop.domain import vocab
from ssc_desktop.search.results import Notice, NoticeKind

if TYPE_CHECKING:
    from ssc_desktop.catalogue import Catalogue

log = logging.getLogger(__name__)

#: The facets, in the order the panel shows them.
FACETS = ("sdg", "region", "country", "organisation", "modality", "year")
#: Orders a result list can take.
SORTS = ("relevance", "newest", "title")
#: Text searches list at most this many of the best matches (the engine's page limit).
TEXT_CAP = 1000
#: Rows loaded together with a result (the first screenful and then some).
FIRST_PAGE = 40
#: Rows of a long text result given highlighted snippets; further rows show their summary.
SNIPPET_ROWS = 200
#: The window's facets under the engine's names (the window's regions are M49 sub-regions).
_ENGINE_NAME = {"region": "subregion"}
_FACET_LIMIT = 10_000  # every value: the panel lists them all
#: Seconds without a newer request before the slow part (all matches, counts) starts: while
#: someone types, only first pages are computed; counts follow when the typing pauses.
SETTLE = 0.25
_SNIPPET_CHARS = 260

Snippet = tuple[tuple[str, bool], ...]  # (text, is_match) segments

_NOTHING = Notice(NoticeKind.NOTHING_MATCHES)
_SIMPLE = Notice(NoticeKind.SIMPLE_MATCH)


class Stale(Exception):
    """The request was overtaken by a newer one; its work stops here."""


@dataclass(frozen=True)
class SearchRequest:
    """What the user asked for: words, ticked facet values and an order."""

    text: str = ""
    filters: Mapping[str, frozenset[str]] = field(default_factory=dict)
    sort: str = "relevance"

    def __post_init__(self) -> None:
        if self.sort not in SORTS:
            raise ValueError(f"unknown sort {self.sort!r}")
        unknown = set(self.filters) - set(FACETS)
        if unknown:
            raise ValueError(f"unknown facet {sorted(unknown)[0]!r}")

    @property
    def active_filters(self) -> dict[str, frozenset[str]]:
        return {name: values for name, values in self.filters.items() if values}

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "filters": {k: sorted(v) for k, v in self.active_filters.items()},
            "sort": self.sort,
        }

    @classmethod
    def from_json(cls, data: Any) -> SearchRequest:
        """A request saved by :meth:`to_json`; anything odd is dropped, never an error."""
        if not isinstance(data, dict):
            return cls()
        text = data.get("text") if isinstance(data.get("text"), str) else ""
        sort = data.get("sort") if data.get("sort") in SORTS else "relevance"
        filters: dict[str, frozenset[str]] = {}
        raw = data.get("filters")
        if isinstance(raw, dict):
            for name, values in raw.items():
                if name in FACETS and isinstance(values, list):
                    filters[name] = frozenset(str(v) for v in values if isinstance(v, str | int))
        return cls(text=str(text)[:1000], filters=filters, sort=str(sort))


@dataclass(frozen=True)
class Row:
    """What the results list paints for one solution."""

    id: str
    title: str
    summary: str
    sdgs: tuple[int, ...]
    countries: tuple[str, ...]
    start_year: int | None
    end_year: int | None
    local: bool  # made on this machine
    pending: bool  # a local change waiting for sync

    @property
    def years(self) -> str:
        if self.start_year and self.end_year and self.end_year != self.start_year:
            return f"{self.start_year}–{self.end_year}"
        return str(self.start_year or self.end_year or "")


@dataclass(frozen=True)
class FacetValue:
    value: str  # the code: "2", "KEN", "202" (M49), "UNDP", "knowledge_sharing", "2017"
    count: int
    name: str = ""  # a display name where the code is not enough (organisations)


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


def countries_in_regions(codes: Sequence[str]) -> list[str]:
    wanted = set(codes)
    return sorted(c.iso3 for c in vocab.countries().values() if c.subregion_code in wanted)


def _json(values: Sequence[Any]) -> str:
    return json.dumps(list(values))


_ORG_KEY = "CASE WHEN o.acronym <> '' THEN o.acronym ELSE o.name END"
_FILTER_SQL = {
    "sdg": "s.id IN (SELECT solution_id FROM solution_sdgs WHERE goal IN "
    "(SELECT value FROM json_each(:f_sdg)))",
    "country": "s.id IN (SELECT solution_id FROM solution_countries WHERE iso3 IN "
    "(SELECT value FROM json_each(:f_country)))",
    "region": "s.id IN (SELECT solution_id FROM solution_countries WHERE iso3 IN "
    "(SELECT value FROM json_each(:f_region)))",
    "organisation": f"s.id IN (SELECT o.solution_id FROM solution_organisations o WHERE {_ORG_KEY} "
    "IN (SELECT value FROM json_each(:f_organisation)))",
    "modality": "s.id IN (SELECT solution_id FROM solution_modalities WHERE code IN "
    "(SELECT value FROM json_each(:f_modality)))",
    "year": "COALESCE(s.start_year, s.end_year) IN (SELECT value FROM json_each(:f_year))",
}
_FACET_SQL = {
    "sdg": "SELECT goal, COUNT(DISTINCT solution_id), '' FROM solution_sdgs "
    "WHERE solution_id IN ({sub}) GROUP BY goal",
    "country": "SELECT iso3, COUNT(DISTINCT solution_id), '' FROM solution_countries "
    "WHERE solution_id IN ({sub}) GROUP BY iso3",
    "region": "SELECT m.value, COUNT(DISTINCT c.solution_id), '' FROM solution_countries c "
    "JOIN json_each(:region_map) m ON m.key = c.iso3 "
    "WHERE c.solution_id IN ({sub}) GROUP BY m.value",
    "organisation": f"SELECT {_ORG_KEY}, COUNT(DISTINCT o.solution_id), MIN(o.name) "
    "FROM solution_organisations o WHERE o.solution_id IN ({sub}) GROUP BY 1",
    "modality": "SELECT code, COUNT(DISTINCT solution_id), '' FROM solution_modalities "
    "WHERE solution_id IN ({sub}) GROUP BY code",
    "year": "SELECT COALESCE(start_year, end_year), COUNT(*), '' FROM solutions "
    "WHERE id IN ({sub}) AND COALESCE(start_year, end_year) IS NOT NULL GROUP BY 1",
}
_ORDER_SQL = {
    "title": "s.title COLLATE NOCASE, s.id",
    "newest": "COALESCE(s.start_year, s.end_year) IS NULL, COALESCE(s.start_year, s.end_year) "
    "DESC, s.updated_at DESC, s.id",
}
_WORD = re.compile(r"\w+", re.UNICODE)
_ROWS_SQL = sql_text(
    "SELECT id, title, summary, start_year, end_year, origin, dirty FROM solutions "
    "WHERE deleted = 0 AND id IN (SELECT value FROM json_each(:ids))"
)
_ROW_SDGS_SQL = sql_text(
    "SELECT solution_id, goal FROM solution_sdgs WHERE solution_id IN "
    "(SELECT value FROM json_each(:ids)) ORDER BY solution_id, position"
)
_ROW_COUNTRIES_SQL = sql_text(
    "SELECT solution_id, iso3 FROM solution_countries WHERE solution_id IN "
    "(SELECT value FROM json_each(:ids)) ORDER BY solution_id, position"
)


class SearchAdapter:
    """Searches one open catalogue. Thread-safe; meant for worker threads."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self._index_ready = threading.Event()
        self._region_map = json.dumps(
            {c.iso3: c.subregion_code for c in vocab.countries().values() if c.subregion_code}
        )

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
        order = "title" if request.sort == "relevance" else request.sort
        ids = self._ordered_ids(request, None, order)
        rows = self.rows(ids[:FIRST_PAGE])
        yield Outcome(request, tuple(ids), len(ids), rows=rows, complete=False)
        _settle(is_stale)
        facets = self._facets(request, None, is_stale)
        yield Outcome(request, tuple(ids), len(ids), rows=rows, facets=facets)

    def _simple(
        self, request: SearchRequest, text: str, is_stale: Callable[[], bool]
    ) -> Iterator[Outcome]:
        words = [w.lower() for w in _WORD.findall(text) if len(w) > 1 or w.isdigit()][:12]
        if not words:
            yield Outcome(
                request,
                (),
                0,
                facets=self._facets(request, []),
                notices=(Notice(NoticeKind.EMPTY_QUERY),),
            )
            return
        clauses = " AND ".join(
            f"lower(s.title || ' ' || s.subtitle || ' ' || s.summary || ' ' || "
            f"s.challenge || ' ' || s.solution || ' ' || s.results || ' ' || "
            f"s.keywords || ' ' || s.themes) LIKE :w{i}"
            for i in range(len(words))
        )
        params = {f"w{i}": f"%{w}%" for i, w in enumerate(words)}
        sql = f"SELECT s.id FROM solutions s WHERE s.deleted = 0 AND {clauses}"
        with self.catalogue.store.engine.connect() as conn:
            matched = [r[0] for r in conn.execute(sql_text(sql), params)]
        _check(is_stale)
        order = "title" if request.sort == "relevance" else request.sort
        ids = self._ordered_ids(request, matched, order)
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
            facets=self._facets(request, matched, is_stale),
            notices=(_SIMPLE,) if ids else (_SIMPLE, _NOTHING),
            simple_match=True,
        )

    def _text(
        self, request: SearchRequest, text: str, is_stale: Callable[[], bool]
    ) -> Iterator[Outcome]:
        filters = {
            _ENGINE_NAME.get(name, name): sorted(values)
            for name, values in request.active_filters.items()
        }
        options: dict[str, Any] = {"filters": filters, "sort": request.sort}
        first = self.catalogue.search(text, limit=FIRST_PAGE, **options)
        notices = first.notices
        suggestion = first.suggestion or ""
        snippets: dict[str, Snippet] = {h.id: tuple(h.snippet) for h in first.hits}
        ids = [h.id for h in first.hits]
        rows = self.rows(ids)
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
            facets=[_ENGINE_NAME.get(name, name) for name in FACETS],
            facet_limit=_FACET_LIMIT,
            snippets=SNIPPET_ROWS,
            **options,
        )
        _check(is_stale)
        if more:
            ids = [h.id for h in full.hits]
            snippets.update((h.id, tuple(h.snippet)) for h in full.hits[:SNIPPET_ROWS])
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
        return {h.id: tuple(h.snippet) for h in self.catalogue.index.highlight(text, ids)}

    def _engine_facets(
        self, counted: Mapping[str, Mapping[str, int]]
    ) -> dict[str, list[FacetValue]]:
        """The engine's counts as the panel lists them (organisations with their full names)."""
        result: dict[str, list[FacetValue]] = {}
        for name in FACETS:
            values = counted.get(_ENGINE_NAME.get(name, name), {})
            names = self._organisation_names(list(values)) if name == "organisation" else {}
            result[name] = sorted(
                (FacetValue(v, int(n), names.get(v, "")) for v, n in values.items() if v),
                key=_facet_order(name),
            )
        return result

    def _organisation_names(self, keys: Sequence[str]) -> dict[str, str]:
        if not keys:
            return {}
        sql = sql_text(
            f"SELECT {_ORG_KEY}, MIN(o.name) FROM solution_organisations o "
            f"WHERE {_ORG_KEY} IN (SELECT value FROM json_each(:keys)) GROUP BY 1"
        )
        with self.catalogue.store.engine.connect() as conn:
            return {str(k): str(n or "") for k, n in conn.execute(sql, {"keys": _json(keys)})}

    # -- SQL --------------------------------------------------------------------------------
    def _where(
        self, request: SearchRequest, candidates: Sequence[str] | None, skip: str | None = None
    ) -> tuple[str, dict[str, Any]]:
        clauses = ["s.deleted = 0"]
        params: dict[str, Any] = {}
        if candidates is not None:
            clauses.append("s.id IN (SELECT value FROM json_each(:cand))")
            params["cand"] = _json(candidates)
        for name, values in request.active_filters.items():
            if name == skip:
                continue
            clauses.append(_FILTER_SQL[name])
            if name == "region":
                params["f_region"] = _json(countries_in_regions(sorted(values)))
            elif name in ("sdg", "year"):
                params[f"f_{name}"] = _json(sorted(int(v) for v in values if v.isdigit()))
            else:
                params[f"f_{name}"] = _json(sorted(values))
        return " AND ".join(clauses), params

    def _ordered_ids(
        self, request: SearchRequest, candidates: Sequence[str] | None, order: str | None
    ) -> list[str]:
        """The live solutions among ``candidates`` (all when None) passing the filters.

        ``order`` None keeps the candidates' order (the engine's ranking).
        """
        where, params = self._where(request, candidates)
        sql = f"SELECT s.id FROM solutions s WHERE {where}"
        if order is not None:
            sql += f" ORDER BY {_ORDER_SQL[order]}"
        with self.catalogue.store.engine.connect() as conn:
            ids = [r[0] for r in conn.execute(sql_text(sql), params)]
        if order is None and candidates is not None:
            keep = set(ids)
            ids = [i for i in candidates if i in keep]
        return ids

    def _facets(
        self,
        request: SearchRequest,
        candidates: Sequence[str] | None,
        is_stale: Callable[[], bool] = lambda: False,
    ) -> dict[str, list[FacetValue]]:
        """Counts per facet value; each facet counted with the *other* facets' filters applied
        (values within a facet combine with OR, facets with AND)."""
        result: dict[str, list[FacetValue]] = {}
        with self.catalogue.store.engine.connect() as conn:
            for name in FACETS:
                _check(is_stale)
                where, params = self._where(request, candidates, skip=name)
                sub = f"SELECT s.id FROM solutions s WHERE {where}"
                if name == "region":
                    params["region_map"] = self._region_map
                sql = _FACET_SQL[name].format(sub=sub)
                values = [
                    FacetValue(str(value), int(count), str(label or ""))
                    for value, count, label in conn.execute(sql_text(sql), params)
                    if value is not None and value != ""
                ]
                result[name] = sorted(values, key=_facet_order(name))
        return result

    def rows(self, ids: Sequence[str]) -> dict[str, Row]:
        """The list rows of these solutions (unknown or deleted ids are left out)."""
        if not ids:
            return {}
        params = {"ids": _json(ids)}
        base: dict[str, tuple[Any, ...]] = {}
        sdgs: dict[str, list[int]] = {}
        countries: dict[str, list[str]] = {}
        with self.catalogue.store.engine.connect() as conn:
            for row in conn.execute(_ROWS_SQL, params):
                base[row[0]] = tuple(row)
            for sid, goal in conn.execute(_ROW_SDGS_SQL, params):
                sdgs.setdefault(sid, []).append(int(goal))
            for sid, iso3 in conn.execute(_ROW_COUNTRIES_SQL, params):
                codes = countries.setdefault(sid, [])
                if iso3 not in codes:
                    codes.append(iso3)
        return {
            sid: Row(
                id=sid,
                title=title,
                summary=_shorten(summary or ""),
                sdgs=tuple(sdgs.get(sid, ())),
                countries=tuple(countries.get(sid, ())),
                start_year=start,
                end_year=end,
                local=origin == "local",
                pending=bool(dirty),
            )
            for sid, (_, title, summary, start, end, origin, dirty) in base.items()
        }


def _facet_order(name: str) -> Callable[[FacetValue], Any]:
    if name == "sdg":
        return lambda v: int(v.value)
    if name == "year":
        return lambda v: -int(v.value)
    return lambda v: (-v.count, (v.name or v.value).casefold())


def _shorten(text: str, limit: int = _SNIPPET_CHARS) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + " …"


def _check(is_stale: Callable[[], bool]) -> None:
    if is_stale():
        raise Stale


def _settle(is_stale: Callable[[], bool], seconds: float | None = None) -> None:
    """Wait ``seconds`` (default :data:`SETTLE`) unless a newer request comes first."""
    deadline = time.monotonic() + (SETTLE if seconds is None else seconds)
    while time.monotonic() < deadline:
        _check(is_stale)
        time.sleep(0.01)
    _check(is_stale)
