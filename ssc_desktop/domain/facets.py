"""Facet, filter and sort names: the one declaration that search, storage, app and gui use.

What a facet value is, the same in the index (``search.vocabulary.record_columns``) and in SQL
(``storage.browse``); ``tests/search/test_browse_oracle.py`` checks that they agree:

* ``sdg``: the goal number ("5"); ``country``: the ISO3 code;
* ``region``: the M49 region's English name ("Africa"); ``subregion``: the M49 sub-region code
  of any of the solution's countries ("202");
* ``organisation``: the acronym, else the name; ``modality`` / ``cooperation_type`` /
  ``status``: the terms.json code; ``language``: the record's language code;
* ``year``: the start year, else the end year.

Values of one facet combine with OR, facets with AND; a facet's counts leave out the filter on
that facet itself (ticking another value adds about that many solutions).
"""

from __future__ import annotations

from enum import StrEnum

#: Facets with counts, in the order a sidebar shows them (the engine's names).
FACETS: tuple[str, ...] = (
    "sdg",
    "region",
    "subregion",
    "country",
    "organisation",
    "modality",
    "cooperation_type",
    "year",
    "language",
)
#: Names a filter may have: every facet, and the record's status.
FILTERS: tuple[str, ...] = (*FACETS, "status")


class Sort(StrEnum):
    """Orders a result list can take."""

    RELEVANCE = "relevance"  # best match first (with no text: by title)
    NEWEST = "newest"  # start year, else end year, newest first; then last edited
    TITLE = "title"  # by title, ignoring case


SORTS: tuple[str, ...] = tuple(sort.value for sort in Sort)

#: The window's facet panel, in its order. Its "region" is the M49 sub-region: see PANEL_TO_ENGINE.
PANEL_FACETS: tuple[str, ...] = ("sdg", "region", "country", "organisation", "modality", "year")
#: A panel facet under the engine's name, where the two differ.
PANEL_TO_ENGINE: dict[str, str] = {"region": "subregion"}


def engine_facet(panel_name: str) -> str:
    """The engine's name of a facet of the window's panel."""
    return PANEL_TO_ENGINE.get(panel_name, panel_name)
