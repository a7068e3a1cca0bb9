"""PDF mission briefs: selected solutions as a document that prints well on any office printer.

::

    from ssc_desktop.briefs import BriefOptions, build_brief

    options = BriefOptions(title="Mission to Nairobi", destination="Kenya",
                           dates="3–7 March 2027", provenance=catalogue_provenance(store))
    info = build_brief(solutions, options, Path("brief.pdf"))
    info.pages, info.bytes

The brief takes :class:`~ssc_desktop.domain.model.Solution` records and never opens the catalogue;
it imports neither Qt nor the database, and reportlab only when a brief is built, so the window can
import this module at start-up and call :func:`build_brief` from a worker thread.
"""

from __future__ import annotations

import contextlib
import os
import re
import unicodedata
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from ssc_desktop.briefs.provenance import CatalogueProvenance, catalogue_provenance

if TYPE_CHECKING:
    from ssc_desktop.domain.model import Solution

__all__ = [
    "LANGUAGES",
    "PAPERS",
    "BriefError",
    "BriefInfo",
    "BriefOptions",
    "CatalogueProvenance",
    "brief_file_name",
    "build_brief",
    "catalogue_provenance",
]

PAPERS = ("a4", "letter")
#: The languages a brief is written in, the six UN languages (their labels are in
#: ``resources/briefs/labels.json``, same order). The command line's ``--language`` and the
#: window's list of brief languages take them from here.
LANGUAGES = ("en", "fr", "es", "ar", "zh", "ru")
MAX_SOLUTIONS = 500
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class BriefError(ValueError):
    """The brief cannot be made from these options or this selection (the message says why)."""


def _clean(value: str, name: str, limit: int = 300) -> str:
    if not isinstance(value, str):
        raise BriefError(f"{name} must be text")
    value = " ".join(_CONTROL.sub(" ", value).split())
    if len(value) > limit:
        raise BriefError(f"{name} is too long ({len(value)} characters; at most {limit})")
    return value


@dataclass(frozen=True)
class BriefOptions:
    """What the person asking for the brief chooses.

    ``provenance`` says where the catalogue comes from (the last sync, or the catalogue shipped
    with the application: :func:`catalogue_provenance` reads it from the store); the brief reads
    no clock, so the same input always gives the same bytes (without it the brief says the
    catalogue's date is unknown). ``page_per_solution`` starts each solution on a new page
    (by default solutions follow one another, each heading kept with its first lines).
    """

    title: str
    destination: str = ""
    dates: str = ""
    prepared_by: str = ""
    paper: str = "a4"
    grayscale: bool = False
    compact: bool = False
    language: str = "en"
    provenance: CatalogueProvenance | None = None
    page_per_solution: bool = False

    def __post_init__(self) -> None:
        for name in ("title", "destination", "dates", "prepared_by"):
            object.__setattr__(self, name, _clean(getattr(self, name), name.replace("_", " ")))
        if not self.title:
            raise BriefError("a brief needs a title")
        paper = str(self.paper).lower()
        if paper not in PAPERS:
            raise BriefError(f"unknown paper {self.paper!r}; expected one of: {', '.join(PAPERS)}")
        object.__setattr__(self, "paper", paper)
        if self.language not in LANGUAGES:
            raise BriefError(
                f"unknown language {self.language!r}; expected one of: {', '.join(LANGUAGES)}"
            )
        object.__setattr__(self, "grayscale", bool(self.grayscale))
        object.__setattr__(self, "compact", bool(self.compact))
        object.__setattr__(self, "page_per_solution", bool(self.page_per_solution))
        if self.provenance is not None and not isinstance(self.provenance, CatalogueProvenance):
            raise BriefError("provenance must be a CatalogueProvenance")


@dataclass(frozen=True)
class BriefInfo:
    """What was built: the number of pages and the size of the PDF in bytes."""

    pages: int
    bytes: int


_UNSAFE = re.compile(r"[^\w]+")


def brief_file_name(prefix: str, name: str, *, limit: int = 80) -> str:
    """A brief's default file name: ``brief_file_name("mission-brief", "Dakar, Senegal")`` is
    ``mission-brief-Dakar-Senegal.pdf``.

    Letters and digits of any script are kept (accents composed); every run of anything else
    (spaces, commas, slashes, dashes) becomes one ``-``, never leading, trailing or doubled, so the
    name is valid on Windows, macOS and Linux. At most ``limit`` characters before ``.pdf``.
    """
    parts = []
    for text in (prefix, name):
        text = unicodedata.normalize("NFC", text).replace("_", " ")
        slug = _UNSAFE.sub("-", text).strip("-")
        if slug:
            parts.append(slug)
    stem = "-".join(parts)[:limit].rstrip("-") or "brief"
    return f"{stem}.pdf"


#: ``progress(done, total)``: solutions laid out so far. Raising from it cancels the build.
Progress = Callable[[int, int], None]


def build_brief(
    solutions: Sequence[Solution],
    options: BriefOptions,
    out: Path | str | BinaryIO,
    *,
    progress: Progress | None = None,
) -> BriefInfo:
    """Build the brief of ``solutions`` (in that order) and write it to ``out``.

    ``out`` is a path (written atomically: a failed or cancelled build leaves no file and keeps
    any previous one) or a binary file object. Raises :class:`BriefError` for a selection the
    brief cannot hold; the same input always gives byte-identical output.
    """
    chosen = _select(solutions)
    from ssc_desktop.briefs.render import render

    data, pages = render(chosen, options, progress)
    if isinstance(out, str | Path):
        _write_atomically(Path(out), data)
    else:
        out.write(data)
    return BriefInfo(pages=pages, bytes=len(data))


def _select(solutions: Sequence[Solution]) -> list[Solution]:
    chosen: list[Solution] = []
    seen: set[str] = set()
    for solution in solutions:
        if solution.deleted:
            raise BriefError(f"solution {solution.id} has been deleted from the catalogue")
        if solution.id not in seen:
            seen.add(solution.id)
            chosen.append(solution)
    if not chosen:
        raise BriefError("a brief needs at least one solution")
    if len(chosen) > MAX_SOLUTIONS:
        raise BriefError(f"a brief holds at most {MAX_SOLUTIONS} solutions ({len(chosen)} chosen)")
    return chosen


def _write_atomically(path: Path, data: bytes) -> None:
    # A new file in the same folder (so the rename is atomic), with the usual permissions.
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.part")
    try:
        with temporary.open("xb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
