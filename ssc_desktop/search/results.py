"""What a search returns: plain frozen data, safe to hand from a worker thread to the window."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

#: ``(text, is_match)`` pieces: the caller decides how a match looks (bold, colour...).
Segments = list[tuple[str, bool]]


def segments_text(segments: Segments) -> str:
    return "".join(text for text, _ in segments)


class NoticeKind(StrEnum):
    """Why a result looks as it does; each shown by the layer that shows it, in its language.

    The values are stable (the command line's ``--json`` prints them).
    """

    #: Nothing matched the words as typed: the hits are ``suggestion``'s (``value`` = as typed).
    CORRECTED = "corrected"
    #: No solution has every word: those with some of them are shown.
    SOME_WORDS = "some_words"
    #: Nothing matches the query and filters.
    NOTHING_MATCHES = "nothing_matches"
    #: The query has no searchable word (and there is no filter either).
    EMPTY_QUERY = "empty_query"
    #: A filter ``name`` that does not exist was passed; ``valid`` lists those that do.
    UNKNOWN_FILTER = "unknown_filter"
    #: ``name:value`` was typed with a ``name`` that is no filter: searched as words.
    UNKNOWN_FIELD = "unknown_field"
    #: No ``name`` (a filter) matches ``value``; ``suggestion`` is a close known value, if any.
    UNKNOWN_VALUE = "unknown_value"
    #: ``name:`` was typed without a value; ``suggestion`` is an example value.
    MISSING_VALUE = "missing_value"
    #: The query was cut to its first ``limit`` characters.
    QUERY_CUT = "query_cut"
    #: Only the first ``limit`` words were used.
    TOO_MANY_WORDS = "too_many_words"
    #: The search index is being built: results appear once it is ready.
    INDEX_BUILDING = "index_building"
    #: There is no usable search index yet.
    INDEX_NOT_READY = "index_not_ready"
    #: While the index is built, text was matched word for word in the catalogue (the app).
    SIMPLE_MATCH = "simple_match"
    #: A country typed as text (``name`` as typed, ``value`` its ISO3 code) that no solution
    #: involves; ``subregion`` and ``region`` are its M49 areas (the narrowest sub-region:
    #: "011" Western Africa for Senegal; "002" Africa), ``suggestion`` the broader query to
    #: run instead (see ``SearchResult.broader``), if one finds something.
    NO_SOLUTION_FOR_COUNTRY = "no_solution_for_country"


@dataclass(frozen=True)
class Notice:
    """One notice about a search: a kind and its parameters (which ones: see NoticeKind)."""

    kind: NoticeKind
    name: str = ""
    value: str = ""
    suggestion: str = ""
    valid: tuple[str, ...] = ()
    limit: int = 0
    subregion: str = ""
    region: str = ""

    def to_json(self) -> dict[str, str | int | list[str]]:
        """``{"kind": ..., and the parameters that are set}``: stable for machines."""
        out: dict[str, str | int | list[str]] = {"kind": self.kind.value}
        for name in ("name", "value", "suggestion", "subregion", "region"):
            if getattr(self, name):
                out[name] = getattr(self, name)
        if self.valid:
            out["valid"] = list(self.valid)
        if self.limit:
            out["limit"] = self.limit
        return out


@dataclass(frozen=True)
class Hit:
    """One search result: the solution id, its rank score and why it matched."""

    id: str
    score: float
    title: str
    snippet: Segments = field(default_factory=list)
    #: The title with matched words marked.
    title_segments: Segments = field(default_factory=list)
    year: int | None = None
    language: str = ""

    @property
    def snippet_text(self) -> str:
        return segments_text(self.snippet)


@dataclass(frozen=True)
class AppliedFilter:
    """A filter in force (typed in the query or passed in ``filters=``), for display as a chip."""

    name: str
    values: tuple[str, ...]
    label: str
    negated: bool = False
    source: str = "query"  # "query" (typed) or "filters" (passed by the caller)


@dataclass(frozen=True)
class Broader:
    """A broader search offered when no solution involves a country typed as text: the same
    query with the country replaced by one of its areas (its sub-region, then its region)."""

    country: str  # ISO3 code
    level: str  # "subregion" or "region"
    code: str  # M49 code of the area
    name: str  # the area's English M49 name (as written in ``query``)
    query: str
    total: int  # solutions ``query`` finds

    def to_json(self) -> dict[str, str | int]:
        return {
            "country": self.country,
            "level": self.level,
            "code": self.code,
            "name": self.name,
            "query": self.query,
            "total": self.total,
        }


@dataclass(frozen=True)
class SearchResult:
    """A page of hits with the total, facet counts and help for the person searching.

    ``facets`` maps a facet name to ``{value: count}`` (most frequent first); a facet's counts
    take every filter into account except the filters on that facet itself, so ticking another
    value of it adds about that many solutions. ``suggestion`` is a corrected query ("did you
    mean"); when the query as typed found nothing and the suggestion did, ``corrected`` is True
    and the hits are the suggestion's. ``notices`` say why the result looks as it does
    (typed values: whoever shows them words them). ``broader``: when no solution involves a
    country typed as text, the searches of its sub-region and region (one click away).
    """

    query: str
    total: int
    hits: list[Hit] = field(default_factory=list)
    notices: tuple[Notice, ...] = ()
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    suggestion: str | None = None
    corrected: bool = False
    filters: list[AppliedFilter] = field(default_factory=list)
    sort: str = "relevance"
    offset: int = 0
    limit: int = 20
    broader: tuple[Broader, ...] = ()

    def has(self, kind: NoticeKind) -> bool:
        return any(notice.kind is kind for notice in self.notices)
