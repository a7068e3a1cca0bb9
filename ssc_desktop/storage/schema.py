"""The database tables (SQLAlchemy ORM). Changes here need an Alembic migration in db/migrations.

Lists that people filter on (countries, organisations, SDGs, modalities) are child tables, so a
facet count is one SQL ``GROUP BY``; short free lists (themes, keywords) are JSON columns.
Every row of a child table belongs to one solution and goes with it (``ON DELETE CASCADE``).
Timestamps are stored as canonical UTC text (see ``domain.model.format_timestamp``) so that they
sort, compare and round-trip exactly.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _owner() -> Mapped[str]:
    return mapped_column(
        String(36), ForeignKey("solutions.id", ondelete="CASCADE"), primary_key=True
    )


class SolutionRow(Base):
    __tablename__ = "solutions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    revision: Mapped[int] = mapped_column(Integer, nullable=False)
    created_at: Mapped[str] = mapped_column(String(32), nullable=False)
    updated_at: Mapped[str] = mapped_column(String(32), nullable=False)
    deleted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    origin: Mapped[str] = mapped_column(String(16), nullable=False)
    # True while a local change waits to be sent to the hub.
    dirty: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # Local change sequence: every write takes the next number. The search index and the sync
    # outbox catch up from it, so they never need a full scan to find what changed.
    change_seq: Mapped[int] = mapped_column(Integer, nullable=False, index=True)
    language: Mapped[str] = mapped_column(String(8), nullable=False)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    subtitle: Mapped[str] = mapped_column(Text, nullable=False, default="")
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    challenge: Mapped[str] = mapped_column(Text, nullable=False, default="")
    solution: Mapped[str] = mapped_column(Text, nullable=False, default="")
    results: Mapped[str] = mapped_column(Text, nullable=False, default="")
    sustainability: Mapped[str] = mapped_column(Text, nullable=False, default="")
    cooperation_type: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str | None] = mapped_column(String(16))
    start_year: Mapped[int | None] = mapped_column(Integer)
    end_year: Mapped[int | None] = mapped_column(Integer)
    budget: Mapped[float | None] = mapped_column(Float)
    currency: Mapped[str | None] = mapped_column(String(3))
    funding_mechanism: Mapped[str] = mapped_column(Text, nullable=False, default="")
    themes: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    keywords: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)


class CountryRow(Base):
    __tablename__ = "solution_countries"
    __table_args__ = (Index("ix_solution_countries_iso3", "iso3"),)

    solution_id: Mapped[str] = _owner()
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    iso3: Mapped[str] = mapped_column(String(3), nullable=False)
    role: Mapped[str] = mapped_column(String(16), nullable=False)


class OrganisationRow(Base):
    __tablename__ = "solution_organisations"
    __table_args__ = (Index("ix_solution_organisations_acronym", "acronym"),)

    solution_id: Mapped[str] = _owner()
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    acronym: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    role: Mapped[str] = mapped_column(String(16), nullable=False)
    type: Mapped[str] = mapped_column(String(24), nullable=False)


class SdgRow(Base):
    __tablename__ = "solution_sdgs"
    __table_args__ = (Index("ix_solution_sdgs_goal", "goal"),)

    solution_id: Mapped[str] = _owner()
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    goal: Mapped[int] = mapped_column(Integer, nullable=False)
    is_primary: Mapped[bool] = mapped_column(Boolean, nullable=False)


class ModalityRow(Base):
    __tablename__ = "solution_modalities"
    __table_args__ = (Index("ix_solution_modalities_code", "code"),)

    solution_id: Mapped[str] = _owner()
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), nullable=False)


class ContactRow(Base):
    __tablename__ = "solution_contacts"

    solution_id: Mapped[str] = _owner()
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    title: Mapped[str] = mapped_column(Text, nullable=False, default="")
    organisation: Mapped[str] = mapped_column(Text, nullable=False, default="")
    email: Mapped[str] = mapped_column(Text, nullable=False, default="")
    phone: Mapped[str] = mapped_column(Text, nullable=False, default="")
    public: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class LinkRow(Base):
    __tablename__ = "solution_links"

    solution_id: Mapped[str] = _owner()
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(Text, nullable=False)
    label: Mapped[str] = mapped_column(Text, nullable=False, default="")


class SourceRow(Base):
    __tablename__ = "solution_sources"

    solution_id: Mapped[str] = _owner()
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    document: Mapped[str] = mapped_column(Text, nullable=False)
    paragraph: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    url: Mapped[str] = mapped_column(Text, nullable=False, default="")


class TranslationRow(Base):
    """One language version of a solution's texts (issue 11; migration 0004).

    One row a language; the record's own language is never here. Who made it and from which
    revision of the original travel with it, so "may be out of date" survives every trip.
    """

    __tablename__ = "solution_translations"

    solution_id: Mapped[str] = _owner()
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    subtitle: Mapped[str] = mapped_column(Text, nullable=False, default="")
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    challenge: Mapped[str] = mapped_column(Text, nullable=False, default="")
    solution: Mapped[str] = mapped_column(Text, nullable=False, default="")
    results: Mapped[str] = mapped_column(Text, nullable=False, default="")
    sustainability: Mapped[str] = mapped_column(Text, nullable=False, default="")
    themes: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    keywords: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    source_revision: Mapped[int] = mapped_column(Integer, nullable=False)
    translated_by_kind: Mapped[str] = mapped_column(String(24), nullable=False)
    translated_by_name: Mapped[str] = mapped_column(Text, nullable=False, default="")
    translated_at: Mapped[str] = mapped_column(String(32), nullable=False)


class ContributionKeyRow(Base):
    """The office's own reference of a contribution (the template's "Your reference" column) and
    the solution it made (issue 14; migration 0005): re-importing a corrected template updates
    the same solutions instead of adding new ones. Local bookkeeping, never synced."""

    __tablename__ = "contribution_keys"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    solution_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    imported_at: Mapped[str] = mapped_column(String(32), nullable=False)


class NoteRow(Base):
    """A private note on a solution: never exported, never synced, never printed."""

    __tablename__ = "notes"

    solution_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    updated_at: Mapped[str] = mapped_column(String(32), nullable=False)


class MetaRow(Base):
    """Key/value facts about this catalogue (its id, the seed version loaded...)."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


# -- Sync (issue 6; owned by ssc_desktop/sync, migration 0003) ------------------------------------
# The hub cursor, hub URL and token live in ``meta`` (keys ``sync.*``).


class SyncBaseRow(Base):
    """The last version of each record received from the hub: the base of the field merge."""

    __tablename__ = "sync_base"

    solution_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    revision: Mapped[int] = mapped_column(Integer, nullable=False)
    data: Mapped[str] = mapped_column(Text, nullable=False)  # the hub's record, interchange JSON


class SyncOutboxRow(Base):
    """A local edit frozen into an operation with its own id, kept until the hub answers it."""

    __tablename__ = "sync_outbox"
    __table_args__ = (Index("ix_sync_outbox_solution_id", "solution_id", unique=True),)

    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    solution_id: Mapped[str] = mapped_column(String(36), nullable=False)
    base_revision: Mapped[int] = mapped_column(Integer, nullable=False)
    patch: Mapped[str] = mapped_column(Text, nullable=False)  # {field: value}, JSON
    record_created_at: Mapped[str] = mapped_column(String(32), nullable=False)
    change_seq: Mapped[int] = mapped_column(Integer, nullable=False)  # the edit it was made from
    frozen_at: Mapped[str] = mapped_column(String(32), nullable=False)


class SyncConflictRow(Base):
    """A field both sides changed (or an edit the hub refused), waiting for the user's decision."""

    __tablename__ = "sync_conflicts"

    solution_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(64), primary_key=True)  # "*": refused by the hub
    mine: Mapped[str] = mapped_column(Text, nullable=False)  # JSON values
    theirs: Mapped[str] = mapped_column(Text, nullable=False)
    hub_revision: Mapped[int] = mapped_column(Integer, nullable=False)
    message: Mapped[str] = mapped_column(Text, nullable=False, default="")
    detected_at: Mapped[str] = mapped_column(String(32), nullable=False)
