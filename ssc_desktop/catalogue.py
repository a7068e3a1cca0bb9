"""The catalogue as the rest of the program uses it: one data folder, its SQLite store, its search
index and the embedded seed. The command line, the window and the hub all start here."""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ssc_desktop.paths import DataPaths, resolve_data_dir
from ssc_desktop.resources import db_dir
from ssc_desktop.search import syntax
from ssc_desktop.search.engine import SearchIndex, SearchResult
from ssc_desktop.search.results import Hit, Notice, NoticeKind
from ssc_desktop.storage.database import (
    MovedAside,
    explain,
    is_writable,
    migrate,
    set_aside_empty,
)
from ssc_desktop.storage.repository import CatalogueStore, ImportReport

if TYPE_CHECKING:
    from ssc_desktop.domain.model import Solution, Translation

log = logging.getLogger(__name__)

SEED_TRANSLATIONS_FORMAT = "ssc-desktop-seed-translations"
#: Keys of one record's entry in a seed translation file (the translated_by/at are the file's).
_ENTRY_KEYS = frozenset(
    (
        "source_revision",
        "title",
        "subtitle",
        "summary",
        "challenge",
        "solution",
        "results",
        "sustainability",
        "themes",
        "keywords",
    )
)


class SeedError(ValueError):
    """An embedded seed file that cannot be read (a defect of the release, named precisely)."""


def seed_file() -> Path:
    return db_dir() / "seed" / "solutions.json"


def seed_translation_files() -> list[Path]:
    """``translations/<lang>.json`` beside the seed, one per UN language present (the folder
    may be absent: a seed without translations)."""
    from ssc_desktop.domain.model import LANGUAGES

    folder = seed_file().parent / "translations"
    return [folder / f"{lang}.json" for lang in LANGUAGES if (folder / f"{lang}.json").is_file()]


def seed_digest() -> str:
    """The SHA-256 of the seed as shipped: the records and every translation file, so a new or
    corrected translation reaches existing data folders and hubs. Without translation files it
    is the records file's own hash (what earlier versions stored)."""
    files = seed_translation_files()
    digest = hashlib.sha256(seed_file().read_bytes())
    if not files:
        return digest.hexdigest()
    for path in files:
        digest.update(b"\0" + path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def read_seed_translations(path: Path) -> tuple[str, dict[str, Translation]]:
    """One seed translation file (docs/record-format.md): its language and, by record id, the
    translation (the file's ``translated_by``/``translated_at`` on each)."""
    from pydantic import ValidationError

    from ssc_desktop.domain.model import LANGUAGES, Translation

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SeedError(f"{path.name}: not readable JSON ({str(exc)[:120]})") from exc
    if not isinstance(data, dict) or data.get("format") != SEED_TRANSLATIONS_FORMAT:
        raise SeedError(f"{path.name}: not a seed translation file ({SEED_TRANSLATIONS_FORMAT})")
    language = data.get("language")
    if language not in LANGUAGES or path.stem != language:
        raise SeedError(f"{path.name}: language {str(language)[:8]!r} does not match the name")
    records = data.get("records")
    if not isinstance(records, dict):
        raise SeedError(f"{path.name}: 'records' is not an object of record ids")
    out: dict[str, Translation] = {}
    for record_id, entry in records.items():
        if not isinstance(entry, dict) or set(entry) - _ENTRY_KEYS:
            extra = sorted(set(entry) - _ENTRY_KEYS) if isinstance(entry, dict) else ["?"]
            raise SeedError(f"{path.name}: record {record_id}: unexpected key {extra[0]!r}")
        try:
            out[str(record_id)] = Translation.model_validate(
                {
                    **entry,
                    "translated_by": data.get("translated_by"),
                    "translated_at": data.get("translated_at"),
                }
            )
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first.get("loc", ())) or "entry"
            raise SeedError(
                f"{path.name}: record {record_id}: {where}: {first.get('msg', 'invalid')}"
            ) from exc
    return str(language), out


def read_seed() -> list[Solution]:
    """The embedded catalogue with its translations attached (``translations[lang]``)."""
    from ssc_desktop.domain.model import Solution
    from ssc_desktop.interchange.reader import read_catalogue_file

    solutions = read_catalogue_file(seed_file())
    extra: dict[str, dict[str, Translation]] = {}
    for path in seed_translation_files():
        language, entries = read_seed_translations(path)
        for record_id, translation in entries.items():
            extra.setdefault(record_id, {})[language] = translation
    if not extra:
        return solutions
    known = {s.id for s in solutions}
    unknown = sorted(set(extra) - known)
    if unknown:
        raise SeedError(f"a seed translation names record {unknown[0]}, not in the seed")
    out = []
    for solution in solutions:
        found = extra.get(solution.id)
        if found:
            data = solution.model_dump()
            data["translations"] = {**solution.translations, **found}
            try:
                solution = Solution.model_validate(data)
            except ValueError as exc:
                raise SeedError(f"seed record {solution.id}: {str(exc)[:200]}") from exc
        out.append(solution)
    return out


def load_seed(store: CatalogueStore) -> ImportReport | None:
    """Load the embedded catalogue when it is new to this data folder.

    The seed's hash is remembered, so each start costs one small file read; a newer seed shipped
    with a newer version is imported the same way as any file (newer revisions win, local edits
    stay), so upgrading never overwrites a user's work. Seed translations made from the
    version a data folder holds are attached to it in place (``attach_seed_translations``).
    """
    digest = seed_digest()
    if store.meta("seed_sha256") == digest:
        return None
    seed = read_seed()
    report = store.import_solutions(seed)
    attached = store.attach_seed_translations(seed)
    store.set_meta("seed_sha256", digest)
    log.info("seed catalogue loaded: %s, translations added to %d", report.as_dict(), attached)
    return report


class Catalogue:
    """One open catalogue (one data folder)."""

    def __init__(
        self,
        paths: DataPaths,
        store: CatalogueStore,
        index: SearchIndex,
        *,
        notices: Sequence[MovedAside] = (),
    ) -> None:
        self.paths = paths
        self.store = store
        self.index = index
        #: What opening had to do that the user must hear of (a file kept under another name).
        self.notices: tuple[MovedAside, ...] = tuple(notices)

    @property
    def read_only(self) -> bool:
        """Opened from a read-only disk or file: searching and briefs work, saving does not."""
        return self.store.read_only

    @classmethod
    def open(cls, data_dir: str | Path | None = None, *, seed: bool = True) -> Catalogue:
        """Open (creating, upgrading and seeding as needed) the catalogue in ``data_dir``.

        A catalogue that cannot be written (a read-only disk, file or folder) is opened
        read-only. A zero-byte catalogue file is moved aside, never overwritten, and a new one
        made: ``notices`` says so. Logging is left to the program's entry point
        (``ssc_desktop.logs.start_logging``)."""
        paths = DataPaths(resolve_data_dir(data_dir))
        read_only = paths.root.is_dir() and not is_writable(paths.database)
        notices: list[MovedAside] = []
        if not read_only:
            paths.ensure()
            moved = set_aside_empty(paths.database)
            if moved:
                notices.append(moved)
        migrate(paths.database, read_only=read_only)
        if not read_only:
            paths.tighten()  # a file SQLite just made (its -wal and -shm follow its mode)
        store = CatalogueStore(paths.database, read_only=read_only)
        try:
            if not read_only:
                if seed:
                    load_seed(store)
                store.catalogue_id()
        except BaseException:
            store.close()
            raise
        return cls(paths, store, SearchIndex(paths.index_dir), notices=notices)

    def search(
        self,
        text: str,
        *,
        limit: int = 20,
        offset: int = 0,
        background: bool = False,
        **options: Any,
    ) -> SearchResult:
        """Search, first bringing the index up to date with the catalogue.

        ``options`` go to ``SearchIndex.search`` (filters, facets, sort, as_you_type...). With
        ``background`` (the window), a missing or outdated index is rebuilt in a thread and the
        search answers at once (with a hint while there is no index yet).

        Without ``background`` (the command line, which exits before any thread would end), a
        read error from the index means a rebuild now; where the index cannot be brought up to
        date or read (a full or read-only disk), words are matched in the catalogue directly
        (``simple_search``), so a search never fails because of its index."""
        maintained = self._maintain_index(background)
        result = self.index.search(text, limit=limit, offset=offset, **options)
        if background:
            return result
        if self.index.damaged and maintained and not self.read_only:
            log.warning("the search index could not be read; rebuilding it")
            maintained = self._rebuild_index()
            if maintained:
                result = self.index.search(text, limit=limit, offset=offset, **options)
        stale = not maintained and not self.read_only  # changes the index could not take
        if stale or self.index.damaged or self.index.status()["state"] != "ready":
            return self.simple_search(text, limit=limit, offset=offset)
        return result

    def _maintain_index(self, background: bool) -> bool:
        """``ensure_current``, a failure (a full disk, a damaged file) logged, not raised: the
        catalogue is still searchable. False when the index could not be brought up to date."""
        if self.read_only:
            return False  # nothing can be written: search the index as it is
        try:
            self.index.ensure_current(self.store, background=background)
        except Exception:
            log.warning("the search index could not be brought up to date", exc_info=True)
            return False
        return True

    def _rebuild_index(self) -> bool:
        try:
            self.index.rebuild(self.store)
        except Exception:
            log.warning("rebuilding the search index failed", exc_info=True)
            return False
        return True

    def simple_search(self, text: str, *, limit: int = 20, offset: int = 0) -> SearchResult:
        """Words matched in the catalogue itself (each word anywhere in a solution's texts),
        by title: what a search gives while its index cannot be used."""
        words = [w for w in re.findall(r"\w+", syntax.clean(text)) if len(w) > 1][:12]
        ids = self.store.simple_match(words)
        page = ids[offset : offset + limit]
        hits = [Hit(s.id, 0.0, s.title) for s in self.store.get_many(page)]
        return SearchResult(
            text,
            len(ids),
            hits,
            notices=(Notice(NoticeKind.SIMPLE_MATCH),),
            offset=offset,
            limit=limit,
        )

    def update_index(self) -> Exception | None:
        """Bring the search index up to date after a committed write. A failure (a full disk,
        a damaged index) does not undo the write: it is logged and returned (typed, one-line
        where known), and the index catches up on a later search."""
        try:
            self.index.ensure_current(self.store)
        except Exception as exc:
            log.warning("the search index could not be brought up to date", exc_info=True)
            return explain(exc, self.paths.index_dir) or exc
        return None

    def close(self) -> None:
        self.index.close()
        self.store.close()

    def __enter__(self) -> Catalogue:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
