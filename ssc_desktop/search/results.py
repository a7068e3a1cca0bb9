"""What a search returns: plain frozen data, safe to hand from a worker thread to the window."""

from __future__ import annotations

from dataclasses import dataclass, field

#: ``(text, is_match)`` pieces: the caller decides how a match looks (bold, colour...).
Segments = list[tuple[str, bool]]


def segments_text(segments: Segments) -> str:
    return "".join(text for text, _ in segments)


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
class SearchResult:
    """A page of hits with the total, facet counts and help for the person searching.

    ``facets`` maps a facet name to ``{value: count}`` (most frequent first); a facet's counts
    take every filter into account except the filters on that facet itself, so ticking another
    value of it adds about that many solutions. ``suggestion`` is a corrected query ("did you
    mean"); when the query as typed found nothing and the suggestion did, ``corrected`` is True
    and the hits are the suggestion's.
    """

    query: str
    total: int
    hits: list[Hit] = field(default_factory=list)
    hint: str = ""
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    suggestion: str | None = None
    corrected: bool = False
    filters: list[AppliedFilter] = field(default_factory=list)
    sort: str = "relevance"
    offset: int = 0
    limit: int = 20
