"""The catalogue store: every read and write of solutions goes through here.

Writes use SQLAlchemy Core in one ``BEGIN IMMEDIATE`` transaction each, serialised by a lock, so
there is one writer at a time in this process and an import is all-or-nothing. Every written
record takes the next *change sequence* number, which the search index and sync follow.
"""

from __future__ import annotations

import threading
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Connection, Table, delete, func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from ssc_desktop.domain.model import (
    MAX_REVISION,
    TRANSLATABLE_FIELDS,
    Contact,
    CountryParticipation,
    Link,
    Organisation,
    Solution,
    Source,
    TranslatedBy,
    Translation,
    TranslatorKind,
    format_timestamp,
    parse_timestamp,
    utc_now,
)
from ssc_desktop.storage import schema
from ssc_desktop.storage.database import CatalogueReadOnly, make_engine, writer

SOLUTIONS: Table = schema.SolutionRow.__table__  # type: ignore[assignment]
COUNTRIES: Table = schema.CountryRow.__table__  # type: ignore[assignment]
ORGANISATIONS: Table = schema.OrganisationRow.__table__  # type: ignore[assignment]
SDGS: Table = schema.SdgRow.__table__  # type: ignore[assignment]
MODALITIES: Table = schema.ModalityRow.__table__  # type: ignore[assignment]
CONTACTS: Table = schema.ContactRow.__table__  # type: ignore[assignment]
LINKS: Table = schema.LinkRow.__table__  # type: ignore[assignment]
SOURCES: Table = schema.SourceRow.__table__  # type: ignore[assignment]
TRANSLATIONS: Table = schema.TranslationRow.__table__  # type: ignore[assignment]
NOTES: Table = schema.NoteRow.__table__  # type: ignore[assignment]
META: Table = schema.MetaRow.__table__  # type: ignore[assignment]
CONTRIBUTION_KEYS: Table = schema.ContributionKeyRow.__table__  # type: ignore[assignment]

# Child tables and the record field each one holds (SDGs are handled apart: two fields, one table).
_PARTS: tuple[tuple[Table, str, type[Any], tuple[str, ...]], ...] = (
    (COUNTRIES, "countries", CountryParticipation, ("iso3", "role")),
    (ORGANISATIONS, "organisations", Organisation, ("name", "acronym", "role", "type")),
    (CONTACTS, "contacts", Contact, ("name", "title", "organisation", "email", "phone", "public")),
    (LINKS, "links", Link, ("url", "label")),
    (SOURCES, "sources", Source, ("document", "paragraph", "url")),
)
_SCALARS = (
    "language",
    "title",
    "subtitle",
    "summary",
    "challenge",
    "solution",
    "results",
    "sustainability",
    "cooperation_type",
    "status",
    "start_year",
    "end_year",
    "budget",
    "currency",
    "funding_mechanism",
    "themes",
    "keywords",
    "revision",
    "deleted",
    "origin",
)
#: The texts of a translation row, as the record's Translation has them.
_TRANSLATION_TEXTS = (
    "title",
    "subtitle",
    "summary",
    "challenge",
    "solution",
    "results",
    "sustainability",
)
_CHUNK = 500  # ids per IN (...) query, well below SQLite's variable limit


#: What an import does with a record at the stored revision but with other content.
SameRevision = Literal["edit", "keep"]


class NotFoundError(LookupError):
    """No solution has that id (or the prefix names none, or several)."""


class RevisionLimitError(ValueError):
    """The record is at ``MAX_REVISION``: one more edit would overflow (only a forged file gets
    there)."""


@dataclass
class ImportReport:
    """What an import did, record by record."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    older: list[str] = field(default_factory=list)
    kept_local: list[str] = field(default_factory=list)
    #: Same id and revision as the stored record but other content: taken as a local edit.
    edited: list[str] = field(default_factory=list)
    #: Of those written, the ones waiting to be sent to the hub (new local records and edits).
    to_send: list[str] = field(default_factory=list)
    #: Same id and revision, other content, and the stored version kept (``same_revision="keep"``).
    kept_stored: list[str] = field(default_factory=list)
    #: For each record taken as an edit (or kept_stored), the fields the file changed.
    changed_fields: dict[str, list[str]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, int]:
        return {
            "added": len(self.added),
            "updated": len(self.updated),
            "unchanged": len(self.unchanged),
            "skipped_older": len(self.older),
            "kept_local_edit": len(self.kept_local),
            "taken_as_local_edit": len(self.edited),
            "kept_stored_same_revision": len(self.kept_stored),
            "waiting_for_sync": len(self.to_send),
        }


@dataclass
class ContributionReport:
    """What a contribution import did: solutions made, changed, left as they were (ids)."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class StoredChange:
    """A record as stored, with its local bookkeeping."""

    solution: Solution
    change_seq: int
    dirty: bool


def _chunks(items: Sequence[str], size: int = _CHUNK) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class CatalogueStore:
    """Reads and writes solutions in one catalogue file (already migrated)."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self.engine = make_engine(path, read_only=read_only)
        self._writer = writer(self.engine)
        self._write_lock = threading.RLock()

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def write_transaction(self) -> Iterator[Connection]:
        """This process's one writer: the store's lock and a ``BEGIN IMMEDIATE`` transaction,
        committed when the block ends (rolled back if it raises). Sync applies pages in it.
        A read-only catalogue raises ``CatalogueReadOnly`` before anything is tried."""
        if self.read_only:
            raise CatalogueReadOnly(
                f"the catalogue ({self.path}) is read-only: changes cannot be saved"
            )
        with self._write_lock, self._writer.begin() as conn:
            yield conn

    # -- reading ----------------------------------------------------------------------------
    def get(self, solution_id: str, *, include_deleted: bool = False) -> Solution | None:
        found = self.get_many([solution_id], include_deleted=include_deleted)
        return found[0] if found else None

    def get_many(self, ids: Sequence[str], *, include_deleted: bool = False) -> list[Solution]:
        """The solutions with these ids, in the order asked (unknown ids are left out)."""
        with self.engine.connect() as conn:
            loaded = {s.id: s for s in self.load(conn, list(ids))}
        return [
            loaded[i] for i in ids if i in loaded and (include_deleted or not loaded[i].deleted)
        ]

    def resolve_id(self, text: str) -> str:
        """A full id from an id or a unique prefix of one (as people copy 8 characters)."""
        text = text.strip().lower()
        if not text or len(text) > 36 or any(c not in "0123456789abcdef-" for c in text):
            raise NotFoundError(f"no solution has the id {text[:40]!r}")
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(SOLUTIONS.c.id)
                .where(SOLUTIONS.c.id.like(text.replace("_", "") + "%"))
                .where(SOLUTIONS.c.deleted.is_(False))
                .limit(2)
            ).all()
        if not rows:
            raise NotFoundError(f"no solution has the id {text!r}")
        if len(rows) > 1 and rows[0][0] != text:
            raise NotFoundError(f"{text!r} is the start of several ids; give more characters")
        return str(rows[0][0])

    def iter_all(self, *, include_deleted: bool = False, batch: int = 1000) -> Iterator[Solution]:
        """Every solution, sorted by id, read in batches (memory stays flat)."""
        query = select(SOLUTIONS.c.id).order_by(SOLUTIONS.c.id)
        if not include_deleted:
            query = query.where(SOLUTIONS.c.deleted.is_(False))
        with self.engine.connect() as conn:
            ids = [row[0] for row in conn.execute(query)]
            for part in _chunks(ids, batch):
                by_id = {s.id: s for s in self.load(conn, list(part))}
                yield from (by_id[i] for i in part)

    def changes_since(self, change_seq: int, *, limit: int = 1000) -> list[StoredChange]:
        """Records written after ``change_seq`` (tombstones included), oldest change first."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(SOLUTIONS.c.id, SOLUTIONS.c.change_seq, SOLUTIONS.c.dirty)
                .where(SOLUTIONS.c.change_seq > change_seq)
                .order_by(SOLUTIONS.c.change_seq)
                .limit(limit)
            ).all()
            loaded = {s.id: s for s in self.load(conn, [r[0] for r in rows])}
        return [StoredChange(loaded[r[0]], r[1], bool(r[2])) for r in rows]

    def simple_match(self, words: Sequence[str], *, max_words: int = 12) -> list[str]:
        """Ids of live solutions whose text holds every word (case-insensitive substring), by
        title: the plain matching used while the search index is being (re)built."""
        words = [w.lower() for w in words if w.strip()][:max_words]
        if not words:
            return []
        text = func.lower(
            SOLUTIONS.c.title + " " + SOLUTIONS.c.subtitle + " " + SOLUTIONS.c.summary + " "
            + SOLUTIONS.c.challenge + " " + SOLUTIONS.c.solution + " " + SOLUTIONS.c.results
        )  # fmt: skip
        query = select(SOLUTIONS.c.id).where(SOLUTIONS.c.deleted.is_(False))
        for word in words:
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            query = query.where(text.like(f"%{escaped}%", escape="\\"))
        with self.engine.connect() as conn:
            return [str(r[0]) for r in conn.execute(query.order_by(SOLUTIONS.c.title))]

    def last_change_seq(self) -> int:
        with self.engine.connect() as conn:
            return int(
                conn.execute(
                    select(func.coalesce(func.max(SOLUTIONS.c.change_seq), 0))
                ).scalar_one()
            )

    def count(self, *, include_deleted: bool = False) -> int:
        query = select(func.count()).select_from(SOLUTIONS)
        if not include_deleted:
            query = query.where(SOLUTIONS.c.deleted.is_(False))
        with self.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

    def load(self, conn: Connection, ids: list[str]) -> list[Solution]:
        """The records with these ids, read on ``conn`` (inside a caller's transaction)."""
        if not ids:
            return []
        base: dict[str, dict[str, Any]] = {}
        parts: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
        translations: dict[str, dict[str, Translation]] = defaultdict(dict)
        for chunk in _chunks(ids):
            for row in conn.execute(select(SOLUTIONS).where(SOLUTIONS.c.id.in_(chunk))).mappings():
                base[row["id"]] = dict(row)
            for table, name, model, columns in _PARTS:
                query = (
                    select(table)
                    .where(table.c.solution_id.in_(chunk))
                    .order_by(table.c.solution_id, table.c.position)
                )
                for row in conn.execute(query).mappings():
                    parts[row["solution_id"]][name].append(
                        model.model_construct(**{c: row[c] for c in columns})
                    )
            for table, name in ((MODALITIES, "modalities"), (SDGS, "sdgs")):
                query = (
                    select(table)
                    .where(table.c.solution_id.in_(chunk))
                    .order_by(table.c.solution_id, table.c.position)
                )
                for row in conn.execute(query).mappings():
                    if name == "sdgs":
                        key = "primary_sdgs" if row["is_primary"] else "secondary_sdgs"
                        parts[row["solution_id"]][key].append(row["goal"])
                    else:
                        parts[row["solution_id"]][name].append(row["code"])
            query = (
                select(TRANSLATIONS)
                .where(TRANSLATIONS.c.solution_id.in_(chunk))
                .order_by(TRANSLATIONS.c.solution_id, TRANSLATIONS.c.language)
            )
            for row in conn.execute(query).mappings():
                translations[row["solution_id"]][row["language"]] = _translation(row)
        result = []
        for solution_id, record in base.items():
            values = {name: record[name] for name in _SCALARS}
            values["deleted"] = bool(values["deleted"])
            values["themes"] = list(values["themes"] or [])
            values["keywords"] = list(values["keywords"] or [])
            own = parts.get(solution_id, {})
            for key in (
                "countries",
                "organisations",
                "contacts",
                "links",
                "sources",
                "modalities",
                "primary_sdgs",
                "secondary_sdgs",
            ):
                values[key] = list(own.get(key, []))
            values["translations"] = translations.get(solution_id, {})
            result.append(
                Solution.model_construct(
                    id=solution_id,
                    created_at=parse_timestamp(record["created_at"]),
                    updated_at=parse_timestamp(record["updated_at"]),
                    **values,
                )
            )
        return result

    # -- writing ----------------------------------------------------------------------------
    def save_local(self, solution: Solution) -> Solution:
        """Store a user's edit (or new record): next revision, now as updated_at, queued for sync.

        The record is validated again, since callers may have built it with ``model_copy``.
        """
        with self.write_transaction() as conn:
            current = self.load(conn, [solution.id])
            now = utc_now()
            data = solution.model_dump()
            if current:
                old = current[0]
                data.update(revision=old.revision + 1, created_at=old.created_at, origin=old.origin)
                data["translations"] = _stamp_current(old, solution.translations)
            else:
                data.update(revision=1, created_at=now, origin="local")
            data["updated_at"] = max(now, data["created_at"])
            stored = Solution.model_validate(data)
            self.write_records(conn, [stored], dirty=True)
        return stored

    def delete_local(self, solution_id: str) -> Solution:
        """Turn a record into a tombstone: it stays, marked deleted, so the deletion can sync."""
        with self.write_transaction() as conn:
            found = self.load(conn, [solution_id])
            if not found or found[0].deleted:
                raise NotFoundError(f"no solution has the id {solution_id!r}")
            old = found[0]
            if old.revision >= MAX_REVISION:
                raise RevisionLimitError(f"solution {solution_id!r} is at the highest revision")
            tomb = old.model_copy(
                update={
                    "deleted": True,
                    "revision": old.revision + 1,
                    "updated_at": max(utc_now(), old.created_at),
                }
            )
            self.write_records(conn, [tomb], dirty=True)
        return tomb

    def import_solutions(
        self, solutions: Iterable[Solution], *, same_revision: SameRevision = "keep"
    ) -> ImportReport:
        """Add or update records from a file, all in one transaction (all or nothing).

        Idempotent by id: a record already stored with the same content is left alone, an older
        revision is skipped, a newer one replaces it, except where a local edit is waiting for
        sync: that edit is kept (sync decides, field by field).

        What is sent to the hub: a record new here whose file says ``"origin": "local"`` (made
        in an office, never received from the hub) is this office's to offer, like one typed in
        the form (stored dirty). A record at the *same* revision as the stored one but with other
        content was changed without a new revision (by hand, in the file): with
        ``same_revision="edit"`` (a person's file: ``import``, File ▸ Import) it is taken as a
        local edit (next revision, sent at the next sync) and reported as such; with ``"keep"``
        (the embedded seed, whose versions are the hub's) the stored version stays and the
        record is reported in ``kept_stored``. Never as "unchanged". Records from the hub
        (``origin: central``) are never sent back.
        """
        incoming = list({s.id: s for s in solutions}.values())  # last one per id wins
        report = ImportReport()
        with self.write_transaction() as conn:
            dirty = self.dirty_ids(conn, [s.id for s in incoming])
            stored = {s.id: s for s in self.load(conn, [s.id for s in incoming])}
            clean: list[Solution] = []
            local: list[Solution] = []
            now = utc_now()
            for new in incoming:
                old = stored.get(new.id)
                if old is None:
                    report.added.append(new.id)
                    if new.origin == "local" and not new.deleted:
                        local.append(new)
                        report.to_send.append(new.id)
                    else:
                        clean.append(new)
                    continue
                changed = content_changes(old, new)
                newer = (new.revision, new.updated_at) > (old.revision, old.updated_at)
                if not changed and (not newer or new.id in dirty):
                    report.unchanged.append(new.id)
                elif new.id in dirty:
                    report.kept_local.append(new.id)
                elif new.revision == old.revision and same_revision == "keep":
                    report.kept_stored.append(new.id)
                    report.changed_fields[new.id] = changed
                elif new.revision == old.revision:
                    if old.revision >= MAX_REVISION:
                        raise RevisionLimitError(f"solution {new.id!r} is at the highest revision")
                    data = new.model_dump()
                    data.update(
                        revision=old.revision + 1,
                        created_at=old.created_at,
                        updated_at=max(now, old.created_at),
                        origin=old.origin,
                        translations=_stamp_current(old, new.translations),
                    )
                    local.append(Solution.model_validate(data))
                    report.edited.append(new.id)
                    report.to_send.append(new.id)
                    report.changed_fields[new.id] = changed
                elif newer:
                    report.updated.append(new.id)
                    clean.append(new)
                else:
                    report.older.append(new.id)
            self.write_records(conn, clean, dirty=False)
            self.write_records(conn, local, dirty=True)
        return report

    def save_contributions(
        self,
        items: Sequence[tuple[str, Solution]],
        merge: Callable[[Solution | None, Solution], Solution],
    ) -> ContributionReport:
        """This office's contributions, each with its own reference, in one transaction.

        A reference seen before (``contribution_keys``), or one that is a stored solution's id
        (a sheet exported from the catalogue), updates that solution: ``merge(stored, new)`` is
        the record it becomes, stored as a local edit (next revision) when its content changed.
        Any other reference makes a new local solution. Either way the record waits for sync
        (dirty) like one typed in the form.
        """
        report = ContributionReport()
        keys = [key for key, _ in items]
        with self.write_transaction() as conn:
            known: dict[str, str] = {}
            for chunk in _chunks(keys):
                known.update(
                    (str(k), str(i))
                    for k, i in conn.execute(
                        select(CONTRIBUTION_KEYS.c.key, CONTRIBUTION_KEYS.c.solution_id).where(
                            CONTRIBUTION_KEYS.c.key.in_(chunk)
                        )
                    )
                )
            wanted = list({*known.values(), *(k for k in keys if k not in known)})
            stored = {s.id: s for s in self.load(conn, wanted)}
            now = utc_now()
            to_write: list[Solution] = []
            for key, new in items:
                old = stored.get(known.get(key, key))
                if old is None:
                    made = merge(None, new)
                    data = made.model_dump()
                    data.update(revision=1, created_at=now, updated_at=now, origin="local")
                    record = Solution.model_validate(data)
                    report.added.append(record.id)
                else:
                    made = merge(old, new)
                    if not content_changes(old, made):
                        report.unchanged.append(old.id)
                        known[key] = old.id
                        continue
                    if old.revision >= MAX_REVISION:
                        raise RevisionLimitError(f"solution {old.id!r} is at the highest revision")
                    data = made.model_dump()
                    data.update(
                        id=old.id,
                        revision=old.revision + 1,
                        created_at=old.created_at,
                        updated_at=max(now, old.created_at),
                        origin=old.origin,
                        translations=_stamp_current(old, made.translations),
                    )
                    record = Solution.model_validate(data)
                    report.updated.append(record.id)
                stored[record.id] = record
                known[key] = record.id
                to_write.append(record)
            self.write_records(conn, to_write, dirty=True)
            stamp = format_timestamp(now)
            for key in keys:
                stmt = sqlite_insert(CONTRIBUTION_KEYS).values(
                    key=key, solution_id=known[key], imported_at=stamp
                )
                conn.execute(
                    stmt.on_conflict_do_update(
                        index_elements=[CONTRIBUTION_KEYS.c.key],
                        set_={
                            "solution_id": stmt.excluded.solution_id,
                            "imported_at": stmt.excluded.imported_at,
                        },
                    )
                )
        return report

    def contribution_references(self, ids: Sequence[str]) -> dict[str, str]:
        """The reference each of these solutions was imported with (solution id -> reference;
        the latest when several)."""
        found: dict[str, tuple[str, str]] = {}
        with self.engine.connect() as conn:
            for chunk in _chunks(list(ids)):
                query = select(
                    CONTRIBUTION_KEYS.c.solution_id,
                    CONTRIBUTION_KEYS.c.key,
                    CONTRIBUTION_KEYS.c.imported_at,
                ).where(CONTRIBUTION_KEYS.c.solution_id.in_(chunk))
                for solution_id, key, imported_at in conn.execute(query):
                    if solution_id not in found or imported_at >= found[solution_id][1]:
                        found[str(solution_id)] = (str(key), str(imported_at))
        return {solution_id: key for solution_id, (key, _at) in found.items()}

    def dirty_ids(self, conn: Connection, ids: list[str]) -> set[str]:
        """Which of these ids carry a local change not yet on the hub."""
        found: set[str] = set()
        for chunk in _chunks(ids):
            found.update(
                r[0]
                for r in conn.execute(
                    select(SOLUTIONS.c.id).where(SOLUTIONS.c.id.in_(chunk), SOLUTIONS.c.dirty)
                )
            )
        return found

    def write_records(
        self, conn: Connection, solutions: Sequence[Solution], *, dirty: bool
    ) -> None:
        """Store these exact versions on ``conn``, each with the next change sequence number."""
        if not solutions:
            return
        seq = int(
            conn.execute(select(func.coalesce(func.max(SOLUTIONS.c.change_seq), 0))).scalar_one()
        )
        rows = []
        for offset, sol in enumerate(solutions, start=1):
            row = {name: getattr(sol, name) for name in _SCALARS}
            row.update(
                id=sol.id,
                created_at=format_timestamp(sol.created_at),
                updated_at=format_timestamp(sol.updated_at),
                dirty=dirty,
                change_seq=seq + offset,
            )
            rows.append(row)
        ids = [s.id for s in solutions]
        for chunk in _chunks(ids):
            for table in (
                COUNTRIES,
                ORGANISATIONS,
                SDGS,
                MODALITIES,
                CONTACTS,
                LINKS,
                SOURCES,
                TRANSLATIONS,
            ):
                conn.execute(delete(table).where(table.c.solution_id.in_(chunk)))
        upsert = sqlite_insert(SOLUTIONS)
        upsert = upsert.on_conflict_do_update(
            index_elements=[SOLUTIONS.c.id],
            set_={c.name: upsert.excluded[c.name] for c in SOLUTIONS.c if c.name != "id"},
        )
        for start in range(0, len(rows), _CHUNK):
            conn.execute(upsert, rows[start : start + _CHUNK])
        children: dict[Table, list[dict[str, Any]]] = defaultdict(list)
        for sol in solutions:
            for table, name, _model, columns in _PARTS:
                for position, part in enumerate(getattr(sol, name)):
                    columns_of_part = {c: getattr(part, c) for c in columns}
                    children[table].append(
                        {"solution_id": sol.id, "position": position, **columns_of_part}
                    )
            for position, code in enumerate(sol.modalities):
                children[MODALITIES].append(
                    {"solution_id": sol.id, "position": position, "code": code}
                )
            goals = [(g, True) for g in sol.primary_sdgs] + [(g, False) for g in sol.secondary_sdgs]
            for position, (goal, primary) in enumerate(goals):
                children[SDGS].append(
                    {
                        "solution_id": sol.id,
                        "position": position,
                        "goal": goal,
                        "is_primary": primary,
                    }
                )
            for language, tr in sorted(sol.translations.items()):
                children[TRANSLATIONS].append(_translation_row(sol.id, language, tr))
        for table, table_rows in children.items():
            for start in range(0, len(table_rows), 2000):
                conn.execute(table.insert(), table_rows[start : start + 2000])

    # -- translations ---------------------------------------------------------------------------
    def save_translation(
        self, solution_id: str, language: str, translation: Translation | None
    ) -> Solution:
        """Add, replace or (``None``) remove one language version as a local edit.

        A normal edit of the record (next revision, queued for sync). A translation saved
        without a newer original is current: its ``source_revision`` is set to the revision
        this save gives the record, so it is not shown as "may be out of date" at once.
        """
        with self.write_transaction() as conn:
            found = self.load(conn, [solution_id])
            if not found or found[0].deleted:
                raise NotFoundError(f"no solution has the id {solution_id!r}")
            old = found[0]
            translations = dict(old.translations)
            if translation is None:
                if language not in translations:
                    return old
                del translations[language]
            else:
                translations[language] = translation
            translations = _stamp_current(old, translations)
            now = utc_now()
            data = old.model_dump()
            data.update(
                translations=translations,
                revision=old.revision + 1,
                updated_at=max(now, old.created_at),
            )
            stored = Solution.model_validate(data)
            self.write_records(conn, [stored], dirty=True)
        return stored

    def attach_seed_translations(self, seed: Sequence[Solution]) -> int:
        """Give stored records the seed's translations of the very version they hold.

        A record stored at the seed's revision and with the seed's texts, with no local edit
        waiting, takes the seed's translations in place (same revision, not dirty: it is the
        same central version, and the hub does the same to its copy); its other languages stay.
        A record that has moved on gets them through sync. Returns how many records changed.
        """
        with_translations = {s.id: s for s in seed if s.translations}
        if not with_translations:
            return 0
        with self.write_transaction() as conn:
            ids = list(with_translations)
            dirty = self.dirty_ids(conn, ids)
            changed: list[Solution] = []
            for stored in self.load(conn, ids):
                new = with_translations[stored.id]
                if stored.deleted or stored.id in dirty or stored.revision != new.revision:
                    continue
                if any(getattr(stored, f) != getattr(new, f) for f in TRANSLATABLE_FIELDS):
                    continue  # the same revision number, other texts (an office's edit)
                merged = {**stored.translations, **new.translations}
                if merged != stored.translations:
                    data = stored.model_dump()
                    data["translations"] = merged
                    changed.append(Solution.model_validate(data))
            self.write_records(conn, changed, dirty=False)
        return len(changed)

    # -- notes and meta -----------------------------------------------------------------------
    def note(self, solution_id: str) -> str:
        with self.engine.connect() as conn:
            text = conn.execute(
                select(NOTES.c.text).where(NOTES.c.solution_id == solution_id)
            ).scalar()
        return text or ""

    def set_note(self, solution_id: str, text: str) -> None:
        """A private note: kept on this machine only (never exported, synced or printed)."""
        with self.write_transaction() as conn:
            if text.strip():
                stmt = sqlite_insert(NOTES).values(
                    solution_id=solution_id, text=text, updated_at=format_timestamp(utc_now())
                )
                conn.execute(
                    stmt.on_conflict_do_update(
                        index_elements=[NOTES.c.solution_id],
                        set_={"text": stmt.excluded.text, "updated_at": stmt.excluded.updated_at},
                    )
                )
            else:
                conn.execute(delete(NOTES).where(NOTES.c.solution_id == solution_id))

    def meta(self, key: str, default: str | None = None) -> str | None:
        with self.engine.connect() as conn:
            value = conn.execute(select(META.c.value).where(META.c.key == key)).scalar()
        return default if value is None else str(value)

    def set_meta(self, key: str, value: str) -> None:
        with self.write_transaction() as conn:
            self.set_meta_on(conn, key, value)

    @staticmethod
    def set_meta_on(conn: Connection, key: str, value: str) -> None:
        """Set a meta value inside a caller's transaction."""
        stmt = sqlite_insert(META).values(key=key, value=value)
        conn.execute(
            stmt.on_conflict_do_update(
                index_elements=[META.c.key], set_={"value": stmt.excluded.value}
            )
        )

    def catalogue_id(self) -> str:
        """This catalogue's own id, made on first use (sync and the index tell catalogues apart)."""
        existing = self.meta("catalogue_id")
        if existing:
            return existing
        with self.write_transaction() as conn:
            value = conn.execute(select(META.c.value).where(META.c.key == "catalogue_id")).scalar()
            if value is None:
                value = str(uuid.uuid4())
                self.set_meta_on(conn, "catalogue_id", value)
        return str(value)

    # -- figures ------------------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        """Counts for ``ssc-desktop stats`` and the status bar."""
        live = SOLUTIONS.c.deleted.is_(False)
        with self.engine.connect() as conn:

            def scalar(query: Any) -> int:
                return int(conn.execute(query).scalar_one())

            total = scalar(select(func.count()).select_from(SOLUTIONS).where(live))
            sourced = scalar(
                select(func.count(func.distinct(SOURCES.c.solution_id)))
                .join(SOLUTIONS, SOLUTIONS.c.id == SOURCES.c.solution_id)
                .where(live, SOURCES.c.paragraph != "")
            )
            by_sdg = {
                int(goal): int(n)
                for goal, n in conn.execute(
                    select(SDGS.c.goal, func.count(func.distinct(SDGS.c.solution_id)))
                    .join(SOLUTIONS, SOLUTIONS.c.id == SDGS.c.solution_id)
                    .where(live)
                    .group_by(SDGS.c.goal)
                    .order_by(SDGS.c.goal)
                )
            }
            return {
                "solutions": total,
                "deleted": scalar(
                    select(func.count()).select_from(SOLUTIONS).where(SOLUTIONS.c.deleted.is_(True))
                ),
                "local": scalar(
                    select(func.count())
                    .select_from(SOLUTIONS)
                    .where(live, SOLUTIONS.c.origin == "local")
                ),
                "pending_sync": scalar(
                    select(func.count()).select_from(SOLUTIONS).where(SOLUTIONS.c.dirty)
                ),
                "with_source_paragraph": sourced,
                "countries": scalar(
                    select(func.count(func.distinct(COUNTRIES.c.iso3)))
                    .join(SOLUTIONS, SOLUTIONS.c.id == COUNTRIES.c.solution_id)
                    .where(live)
                ),
                "organisations": scalar(
                    select(func.count(func.distinct(ORGANISATIONS.c.name)))
                    .join(SOLUTIONS, SOLUTIONS.c.id == ORGANISATIONS.c.solution_id)
                    .where(live)
                ),
                "by_sdg": by_sdg,
                "last_updated": conn.execute(select(func.max(SOLUTIONS.c.updated_at))).scalar(),
            }


#: A record's bookkeeping: not its content (two copies that differ only here are the same).
_BOOKKEEPING = frozenset({"id", "revision", "created_at", "updated_at", "origin"})


def content_changes(old: Solution, new: Solution) -> list[str]:
    """The fields whose content differs between two versions of a record, in field order."""
    before, after = old.model_dump(), new.model_dump()
    return [name for name in after if name not in _BOOKKEEPING and before[name] != after[name]]


def _translation(row: Any) -> Translation:
    """A stored translation row as the record's Translation (already valid when written)."""
    return Translation.model_construct(
        **{name: row[name] for name in _TRANSLATION_TEXTS},
        themes=list(row["themes"] or []),
        keywords=list(row["keywords"] or []),
        source_revision=int(row["source_revision"]),
        translated_by=TranslatedBy.model_construct(
            kind=TranslatorKind(row["translated_by_kind"]), name=row["translated_by_name"]
        ),
        translated_at=parse_timestamp(row["translated_at"]),
    )


def _translation_row(solution_id: str, language: str, tr: Translation) -> dict[str, Any]:
    return {
        "solution_id": solution_id,
        "language": language,
        **{name: getattr(tr, name) for name in _TRANSLATION_TEXTS},
        "themes": list(tr.themes),
        "keywords": list(tr.keywords),
        "source_revision": tr.source_revision,
        "translated_by_kind": tr.translated_by.kind.value,
        "translated_by_name": tr.translated_by.name,
        "translated_at": format_timestamp(tr.translated_at),
    }


def _stamp_current(old: Solution, translations: dict[str, Translation]) -> dict[str, Translation]:
    """The translations of a local edit of ``old``: one changed by this edit that claims to be
    made from the current original (``source_revision`` at or above ``old.revision``) is made
    from the revision the edit gives the record, so it is not "may be out of date" at once."""
    out: dict[str, Translation] = {}
    for language, tr in translations.items():
        if tr != old.translations.get(language) and tr.source_revision >= old.revision:
            tr = tr.model_copy(update={"source_revision": old.revision + 1})
        out[language] = tr
    return out
