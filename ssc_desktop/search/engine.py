"""The Whoosh index: derived from SQLite, never the source of truth.

The index folder holds ``ssc-index.json`` next to Whoosh's files: the engine version it was built
with, the catalogue it belongs to and the last change sequence it reflects. Whatever is missing,
unreadable or from another engine version is rebuilt from the catalogue (into a fresh folder that
replaces the old one only when complete, so readers never see half an index); whatever is merely
behind catches up from the change sequence. Known whoosh 2.7.4 traps are avoided here:
a searcher is opened anew after each commit, and a batch is collapsed to one version per id.
"""

from __future__ import annotations

import json
import logging
import shutil
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from whoosh import index as whoosh_index
from whoosh.analysis import CharsetFilter, StemmingAnalyzer
from whoosh.fields import ID, KEYWORD, NUMERIC, TEXT, Schema
from whoosh.highlight import ContextFragmenter, Formatter, get_text
from whoosh.qparser import AndGroup, MultifieldParser, OrGroup
from whoosh.query import Every, Query
from whoosh.support.charset import accent_map

from ssc_desktop.domain import vocab
from ssc_desktop.domain.model import Solution

log = logging.getLogger(__name__)

#: Bump when the schema or analyzers change: every index built before is rebuilt.
ENGINE_VERSION = 1
META_FILE = "ssc-index.json"
INDEX_NAME = "solutions"
# Private-use characters mark matched words inside snippets; callers get segments, never markup.
_MARK_ON, _MARK_OFF = "\ue000", "\ue001"
TEXT_FIELDS = ("title", "subtitle", "summary", "body", "places", "orgs", "keywords")


class ChangeSource(Protocol):
    """What the index needs of the catalogue store."""

    def catalogue_id(self) -> str: ...
    def last_change_seq(self) -> int: ...
    def changes_since(self, change_seq: int, *, limit: int = 1000) -> list[Any]: ...
    def iter_all(self, *, include_deleted: bool = False, batch: int = 1000) -> Any: ...


def _analyzer() -> Any:
    return StemmingAnalyzer() | CharsetFilter(accent_map)


def make_schema() -> Schema:
    text = _analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        title=TEXT(analyzer=text, field_boost=5.0, stored=True),
        subtitle=TEXT(analyzer=text, field_boost=2.5, stored=True),
        summary=TEXT(analyzer=text, field_boost=2.0, stored=True),
        body=TEXT(analyzer=text, stored=True),
        places=TEXT(analyzer=text, field_boost=1.5),
        orgs=TEXT(analyzer=text, field_boost=1.5),
        keywords=TEXT(analyzer=text, field_boost=2.0),
        sdg=KEYWORD(commas=True),
        country=KEYWORD(commas=True),
        modality=KEYWORD(commas=True),
        year=NUMERIC(int, bits=16),
    )


def document_for(solution: Solution) -> dict[str, Any]:
    """The fields Whoosh indexes for one solution."""
    countries = vocab.countries()
    places: list[str] = []
    for code in solution.country_codes:
        places.append(code)
        country = countries.get(code)
        if country:
            places.extend([*country.names.values(), country.region, country.subregion])
    modality_terms = vocab.terms().get("modalities", {})
    keywords = [*solution.keywords, *solution.themes]
    for code in solution.modalities:
        term = modality_terms.get(code)
        keywords.extend([*term.label.values(), *term.aliases] if term else [code])
    body = "\n\n".join(
        t
        for t in (solution.challenge, solution.solution, solution.results, solution.sustainability)
        if t
    )
    doc: dict[str, Any] = {
        "id": solution.id,
        "title": solution.title,
        "subtitle": solution.subtitle,
        "summary": solution.summary,
        "body": body,
        "places": " ".join(dict.fromkeys(p for p in places if p)),
        "orgs": " ".join(f"{o.name} {o.acronym}" for o in solution.organisations),
        "keywords": " ".join(keywords),
        "sdg": ",".join(str(g) for g in solution.sdgs),
        "country": ",".join(solution.country_codes),
        "modality": ",".join(solution.modalities),
    }
    if solution.start_year:
        doc["year"] = solution.start_year
    return doc


@dataclass(frozen=True)
class Hit:
    """One search result: the solution id, its rank score and why it matched."""

    id: str
    score: float
    title: str
    snippet: list[tuple[str, bool]]  # (text, is_match) segments

    @property
    def snippet_text(self) -> str:
        return "".join(text for text, _ in self.snippet)


@dataclass(frozen=True)
class SearchResult:
    query: str
    total: int
    hits: list[Hit] = field(default_factory=list)
    hint: str = ""


class _MarkFormatter(Formatter):
    """Wraps matched words in private-use markers; turned into segments below."""

    between = " … "

    def format_token(self, text: str, token: Any, replace: bool = False) -> str:
        return _MARK_ON + get_text(text, token, replace) + _MARK_OFF


def _segments(marked: str) -> list[tuple[str, bool]]:
    segments: list[tuple[str, bool]] = []
    for i, piece in enumerate(marked.split(_MARK_ON)):
        if i == 0:
            if piece:
                segments.append((piece, False))
            continue
        match, _, rest = piece.partition(_MARK_OFF)
        segments.append((match, True))
        if rest:
            segments.append((rest, False))
    return segments


class SearchIndex:
    """The full-text index of one catalogue, kept in one folder."""

    def __init__(self, index_dir: Path) -> None:
        self.index_dir = index_dir
        self._lock = threading.RLock()
        self._ix: Any = None

    # -- lifecycle ----------------------------------------------------------------------------
    def _meta(self) -> dict[str, Any] | None:
        try:
            meta = json.loads((self.index_dir / META_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return meta if isinstance(meta, dict) else None

    def _write_meta(self, folder: Path, catalogue_id: str, last_seq: int) -> None:
        tmp = folder / (META_FILE + ".tmp")
        tmp.write_text(
            json.dumps(
                {
                    "engine_version": ENGINE_VERSION,
                    "catalogue_id": catalogue_id,
                    "last_seq": last_seq,
                }
            ),
            encoding="utf-8",
        )
        tmp.replace(folder / META_FILE)

    def needs_rebuild(self, catalogue_id: str) -> bool:
        meta = self._meta()
        if (
            meta is None
            or meta.get("engine_version") != ENGINE_VERSION
            or meta.get("catalogue_id") != catalogue_id
        ):
            return True
        try:
            self._open()
        except Exception:  # a damaged index of any kind is rebuilt, never trusted
            log.warning(
                "search index in %s is unreadable; it will be rebuilt",
                self.index_dir,
                exc_info=True,
            )
            return True
        return False

    def _open(self) -> Any:
        if self._ix is None:
            self._ix = whoosh_index.open_dir(str(self.index_dir), indexname=INDEX_NAME)
        return self._ix

    def close(self) -> None:
        with self._lock:
            if self._ix is not None:
                self._ix.close()
                self._ix = None

    def ensure_current(self, store: ChangeSource) -> str:
        """Make the index reflect the catalogue; returns "rebuilt", "updated" or "current"."""
        with self._lock:
            catalogue_id = store.catalogue_id()
            if self.needs_rebuild(catalogue_id):
                self.rebuild(store)
                return "rebuilt"
            meta = self._meta() or {}
            if int(meta.get("last_seq", -1)) < store.last_change_seq():
                self.catch_up(store)
                return "updated"
            return "current"

    def rebuild(self, store: ChangeSource) -> int:
        """Build a fresh index beside the old one, then swap folders. Returns documents indexed."""
        with self._lock:
            self.close()
            fresh = self.index_dir.with_name(self.index_dir.name + ".building")
            shutil.rmtree(fresh, ignore_errors=True)
            fresh.mkdir(parents=True)
            catalogue_id = store.catalogue_id()
            last_seq = store.last_change_seq()
            ix = whoosh_index.create_in(str(fresh), make_schema(), indexname=INDEX_NAME)
            count = 0
            writer = ix.writer(limitmb=128)
            try:
                for solution in store.iter_all():
                    writer.add_document(**document_for(solution))
                    count += 1
                writer.commit()
            except BaseException:
                writer.cancel()
                raise
            finally:
                ix.close()
            self._write_meta(fresh, catalogue_id, last_seq)
            old = self.index_dir.with_name(self.index_dir.name + ".old")
            shutil.rmtree(old, ignore_errors=True)
            if self.index_dir.exists():
                self.index_dir.rename(old)
            fresh.rename(self.index_dir)
            shutil.rmtree(old, ignore_errors=True)
            log.info("search index rebuilt: %d solutions", count)
            return count

    def catch_up(self, store: ChangeSource) -> int:
        """Apply every change written after the index's last sequence number."""
        with self._lock:
            meta = self._meta() or {}
            seq = int(meta.get("last_seq", 0))
            applied = 0
            while True:
                changes = store.changes_since(seq, limit=2000)
                if not changes:
                    break
                self.apply([c.solution for c in changes])
                seq = changes[-1].change_seq
                self._write_meta(self.index_dir, store.catalogue_id(), seq)
                applied += len(changes)
            return applied

    def apply(self, solutions: Iterable[Solution]) -> None:
        """Index these versions (deleted ones are removed); one version per id."""
        latest = {s.id: s for s in solutions}
        with self._lock:
            ix = self._open()
            writer = ix.writer(timeout=30.0)
            try:
                for solution in latest.values():
                    if solution.deleted:
                        writer.delete_by_term("id", solution.id)
                    else:
                        writer.update_document(**document_for(solution))
                writer.commit()
            except BaseException:
                writer.cancel()
                raise

    # -- searching ----------------------------------------------------------------------------
    def _parse(self, text: str, ix: Any, group: Any) -> Query | None:
        parser = MultifieldParser(list(TEXT_FIELDS), schema=ix.schema, group=group)
        try:
            return parser.parse(text)
        except Exception:  # noqa: BLE001  (whoosh's parser raises many kinds on odd input)
            words = " ".join(w for w in "".join(c if c.isalnum() else " " for c in text).split())
            return parser.parse(words) if words else None

    def search(self, text: str, *, limit: int = 20, offset: int = 0) -> SearchResult:
        """Ranked hits for ``text``; all words must match, else any word may (with a hint)."""
        text = text.strip()[:1000]
        with self._lock:
            ix = self._open()
        with ix.searcher() as searcher:
            hint = ""
            if not text:
                query: Query | None = Every()
            else:
                query = self._parse(text, ix, AndGroup)
            if query is None:
                return SearchResult(text, 0, [], "type a word to search")
            results = searcher.search(query, limit=offset + limit, terms=True)
            if results.scored_length() == 0 and text:
                loose = self._parse(text, ix, OrGroup)
                if loose is not None:
                    results = searcher.search(loose, limit=offset + limit, terms=True)
                    if results.scored_length():
                        hint = "no solution has all these words; showing those with some"
            results.fragmenter = ContextFragmenter(maxchars=240, surround=60)
            results.formatter = _MarkFormatter()
            total = len(results) if results.has_exact_length() else results.estimated_length()
            hits = []
            for hit in results[offset : offset + limit]:
                marked = ""
                for name in ("summary", "body", "subtitle", "title"):
                    marked = hit.highlights(name, top=2)
                    if marked:
                        break
                if not marked:
                    marked = hit.get("summary") or hit.get("subtitle") or ""
                    marked = marked[:240]
                hits.append(
                    Hit(hit["id"], float(hit.score or 0.0), hit["title"], _segments(marked))
                )
            if not hits and text:
                hint = hint or "nothing matches; try fewer or other words"
            return SearchResult(text, total, hits, hint)
