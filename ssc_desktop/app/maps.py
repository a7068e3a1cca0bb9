"""The window's map: country counts for a search request, as the result list finds them.

Two sets of counts per request (:class:`SearchMap`):

* ``facet``: every filter but the country filter, as the panel's ``country`` facet counts (a
  facet leaves its own filter out), so the map's counts are the facet's, and a click on a
  country works like ticking it there (another country widens the list: OR);
* ``listed``: every filter, the solutions the list shows (the exchanges mode draws their arcs).

The ids are found the way :class:`~ssc_desktop.app.search.SearchService` finds them (SQLite
with no text or while the index is built, else every page of the engine's answer with the
window's options), then counted by :func:`ssc_desktop.maps.map_data_for_ids`. Runs on a worker
thread; no Qt here.

The command line asks for a map of a search as ``ssc-desktop search`` takes it (the engine's
filter names and values, every match): :meth:`MapService.map_for_query`, then
:meth:`MapService.write` draws it to a file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ssc_desktop.app.search import SearchRequest, SearchService
from ssc_desktop.domain.facets import Sort, engine_facet
from ssc_desktop.maps import MapData, MapOptions, map_data_for_ids, map_data_for_search, write_map
from ssc_desktop.search.results import Notice

_PAGE = 1000  # the engine's largest page
_WORD = re.compile(r"\w+", re.UNICODE)
COUNTRY = "country"


@dataclass(frozen=True)
class SearchMap:
    """A request's map counts (see the module docstring)."""

    request: SearchRequest
    facet: MapData
    listed: MapData

    @property
    def selected(self) -> frozenset[str]:
        """The countries ticked in the country filter."""
        return frozenset(self.request.filters.get(COUNTRY, frozenset()))


@dataclass(frozen=True)
class QueryMap:
    """The map counts of a search as the command line gives it, and what the search said
    about the query (a corrected word, an unknown filter value...)."""

    data: MapData
    notices: tuple[Notice, ...]


class MapService:
    """Map counts over one open catalogue, through its search service. Thread-safe."""

    def __init__(self, search: SearchService) -> None:
        self.search = search

    def map_for(self, request: SearchRequest) -> SearchMap:
        filters = request.active_filters
        without_country = {k: v for k, v in filters.items() if k != COUNTRY}
        facet = self._data(request.text, without_country)
        listed = facet if without_country == filters else self._data(request.text, filters)
        return SearchMap(request, facet, listed)

    def map_for_query(
        self, text: str, filters: Mapping[str, Sequence[str]] | None = None
    ) -> QueryMap:
        """Counts for every solution the engine finds for ``text`` with ``filters`` (the
        engine's names, as ``ssc-desktop search --filter`` takes them; values OR-ed)."""
        catalogue = self.search.catalogue
        engine_filters = dict(filters) if filters else None
        first = catalogue.search(
            text, limit=0, filters=engine_filters, as_you_type=False, snippets=False
        )
        data = map_data_for_search(catalogue, text, engine_filters)
        return QueryMap(data, tuple(first.notices))

    def write(self, data: MapData, options: MapOptions, out: Path) -> None:
        """Draw the map to ``out``: .svg, .png or .pdf (from the ending), with the UN map
        disclaimer; its words set as the brief sets them (Arabic shaped and right to left,
        Chinese in the bundled CJK face)."""
        from ssc_desktop.briefs.text import map_text

        write_map(data, options, out, map_text())

    def _data(self, text: str, filters: Mapping[str, frozenset[str]]) -> MapData:
        return map_data_for_ids(self.search.catalogue.store, self.ids(text, filters))

    def ids(self, text: str, filters: Mapping[str, frozenset[str]]) -> list[str]:
        """Every solution a search for ``text`` with the panel's ``filters`` lists (uncapped)."""
        browser = self.search.browser
        text = text.strip()
        if not text:
            return browser.ordered_ids(filters, None, Sort.TITLE)
        if not self.search.index_ready:  # plain word matching, as the list does meanwhile
            words = [w.lower() for w in _WORD.findall(text) if len(w) > 1 or w.isdigit()][:12]
            if not words:
                return []
            return browser.ordered_ids(filters, browser.word_match(words), Sort.TITLE)
        engine_filters = {engine_facet(name): sorted(values) for name, values in filters.items()}
        ids: list[str] = []
        offset = 0
        while True:
            result = self.search.catalogue.search(
                text,
                limit=_PAGE,
                offset=offset,
                filters=engine_filters or None,
                sort=Sort.NEWEST.value,
                snippets=False,
            )
            ids += [hit.id for hit in result.hits]
            offset += _PAGE
            if len(result.hits) < _PAGE or offset >= result.total:
                return ids
