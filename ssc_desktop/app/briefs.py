"""A mission brief (PDF) of the basket: options in, path out, progress as it goes."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ssc_desktop.app.session import CatalogueSession
from ssc_desktop.briefs import (
    LANGUAGES,
    BriefError,
    BriefOptions,
    build_brief,
    catalogue_provenance,
)
from ssc_desktop.briefs.labels import Labels, language_name
from ssc_desktop.domain.model import Solution

__all__ = [
    "BRIEF_LANGUAGES",
    "BriefCancelled",
    "BriefError",
    "BriefMade",
    "BriefRequest",
    "BriefsService",
    "language_name",
]

#: The languages a brief can be written in (the six UN languages), in the order to offer them.
BRIEF_LANGUAGES: tuple[str, ...] = LANGUAGES


class BriefCancelled(Exception):
    """The brief was cancelled (the window closed): no file was written."""


@dataclass(frozen=True)
class BriefRequest:
    """What the brief holds and how it looks."""

    ids: tuple[str, ...]  # the solutions, in the brief's order
    language: str  # the brief's language: one of BRIEF_LANGUAGES
    title: str = ""  # "" for the brief's own word for itself in its language
    destination: str = ""
    dates: str = ""
    paper: str = "a4"
    prepared_by: str = ""
    grayscale: bool = False
    compact: bool = False
    page_per_solution: bool = False
    #: False: an empty title is refused (BriefError) instead of becoming the brief's own word
    #: for itself (the command line, whose --title is required)
    title_fallback: bool = True


@dataclass(frozen=True)
class BriefMade:
    path: Path
    pages: int
    bytes: int = 0  # the PDF's size


def default_title(language: str) -> str:
    """The brief's own name for itself in ``language`` ("Note de mission")."""
    return Labels(language)("brief")


class BriefsService:
    def __init__(self, session: CatalogueSession) -> None:
        self.session = session

    def make(
        self,
        request: BriefRequest,
        out: Path,
        progress: Callable[[int, int], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> BriefMade:
        """Write the brief to ``out`` (atomically) and say how many pages it has. Raises
        :class:`BriefError` for options or a selection the brief cannot hold."""
        solutions = self.session.get_many(list(request.ids))
        title = request.title
        if not title and request.title_fallback:
            title = default_title(request.language)
        options = BriefOptions(
            title=title,
            destination=request.destination,
            dates=request.dates,
            paper=request.paper.lower(),
            language=request.language,
            prepared_by=request.prepared_by,
            grayscale=request.grayscale,
            compact=request.compact,
            page_per_solution=request.page_per_solution,
            provenance=catalogue_provenance(self.session.store),
        )

        def step(done: int, total: int) -> None:
            if cancel is not None and cancel.is_set():
                raise BriefCancelled("the brief was cancelled")
            if progress is not None:
                progress(done, total)

        info = build_brief(_ordered(solutions, request.ids), options, out, progress=step)
        return BriefMade(out, info.pages, info.bytes)


def _ordered(solutions: Sequence[Solution], ids: Sequence[str]) -> list[Solution]:
    by_id = {s.id: s for s in solutions}
    return [by_id[i] for i in ids if i in by_id]
