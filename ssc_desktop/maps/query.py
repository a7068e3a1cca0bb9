"""Map counts for a search: the same query and filters as the result list and its facets.

The search gives the matching ids (every page of them, without snippets); the countries and
roles of every solution come from one SQL read of ``solution_countries``, kept until the
catalogue changes. Counting is then :meth:`MapData.from_participations`: no record is loaded.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from sqlalchemy import select

from ssc_desktop.maps.data import EMPTY, MapData, Prepared, prepare
from ssc_desktop.storage.repository import COUNTRIES, SOLUTIONS, CatalogueStore

if TYPE_CHECKING:
    from ssc_desktop.catalogue import Catalogue

#: Filters as ``SearchIndex.search`` takes them: facet name -> a value or several (OR-ed).
Filters = Mapping[str, str | Sequence[str]]
_PAGE = 1000  # the search's largest page

_lock = threading.Lock()
_cache: dict[int, tuple[int, dict[str, Prepared]]] = {}


def participations(store: CatalogueStore) -> dict[str, Prepared]:
    """Every live solution's countries, roles and pairs by id (prepared for counting), read
    once per catalogue change."""
    seq = store.last_change_seq()
    with _lock:
        cached = _cache.get(id(store))
        if cached is not None and cached[0] == seq:
            return cached[1]
    table: dict[str, list[tuple[str, str]]] = {}
    query = (
        select(COUNTRIES.c.solution_id, COUNTRIES.c.iso3, COUNTRIES.c.role)
        .join(SOLUTIONS, SOLUTIONS.c.id == COUNTRIES.c.solution_id)
        .where(SOLUTIONS.c.deleted.is_(False))
        .order_by(COUNTRIES.c.solution_id, COUNTRIES.c.position)
    )
    with store.engine.connect() as conn:
        for solution_id, iso3, role in conn.execute(query):
            table.setdefault(solution_id, []).append((iso3, role))
    frozen = {key: prepare(value) for key, value in table.items()}
    with _lock:
        _cache.clear()  # one catalogue open at a time in practice: keep memory flat
        _cache[id(store)] = (seq, frozen)
    return frozen


def matching_ids(catalogue: Catalogue, text: str = "", filters: Filters | None = None) -> list[str]:
    """The ids of every solution the search finds for ``text`` and ``filters`` (all pages)."""
    ids: list[str] = []
    offset = 0
    while True:
        result = catalogue.search(
            text,
            limit=_PAGE,
            offset=offset,
            filters=dict(filters) if filters else None,
            sort="newest",
            as_you_type=False,
            snippets=False,
        )
        ids += [hit.id for hit in result.hits]
        offset += _PAGE
        if len(result.hits) < _PAGE or offset >= result.total:
            return ids


def map_data_for_search(
    catalogue: Catalogue, text: str = "", filters: Filters | None = None
) -> MapData:
    """Counts by country (and role) and provider → recipient pairs for a search's results."""
    ids = matching_ids(catalogue, text, filters)
    return map_data_for_ids(catalogue.store, ids)


def map_data_for_ids(store: CatalogueStore, ids: Sequence[str]) -> MapData:
    """Counts for these solutions (ids unknown to the store count as solutions with no
    country)."""
    table = participations(store)
    return MapData.from_prepared(table.get(i, EMPTY) for i in ids)
