"""The Whoosh index, derived from SQLite (never the source of truth).

Every module that imports whoosh is in this package, and nothing outside it does:

* ``patch``: the one patch to whoosh 2.7.4;
* ``analysis``: folding, stemming, the schema and a solution's indexed fields;
* ``tables``: per-document facet values and sort keys (filters, facet counts, sorting);
* ``planning``: a parsed query turned into whoosh queries (synonyms, completions);
* ``pool``: the build's posting pool and block writer (whoosh's, without a call per posting);
* ``scoring``: every matching document with its BM25F score, in one pass, a block at a time;
* ``snippets``: highlighted titles and snippets;
* ``spelling``: "did you mean";
* ``lifecycle``: the index folder, its build, catch-up and swap, and per-thread searchers;
* ``search_index``: :class:`SearchIndex`, which searches.
"""

from ssc_desktop.domain.facets import SORTS
from ssc_desktop.search.index.lifecycle import (
    ENGINE_VERSION,
    MAX_SEGMENTS,
    META_FILE,
    ChangeSource,
    IndexDamaged,
    IndexNotReady,
)
from ssc_desktop.search.index.search_index import SearchIndex

__all__ = [
    "ENGINE_VERSION",
    "MAX_SEGMENTS",
    "META_FILE",
    "SORTS",
    "ChangeSource",
    "IndexDamaged",
    "IndexNotReady",
    "SearchIndex",
]
