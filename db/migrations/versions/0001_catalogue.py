"""The catalogue: solutions, their lists, and meta.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _child(name: str, *columns: sa.Column) -> None:
    op.create_table(
        name,
        sa.Column(
            "solution_id",
            sa.String(36),
            sa.ForeignKey(
                "solutions.id", ondelete="CASCADE", name=f"fk_{name}_solution_id_solutions"
            ),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        *columns,
        sa.PrimaryKeyConstraint("solution_id", "position", name=f"pk_{name}"),
    )


def upgrade() -> None:
    op.create_table(
        "solutions",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("subtitle", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("challenge", sa.Text(), nullable=False),
        sa.Column("solution", sa.Text(), nullable=False),
        sa.Column("results", sa.Text(), nullable=False),
        sa.Column("sustainability", sa.Text(), nullable=False),
        sa.Column("cooperation_type", sa.String(32), nullable=True),
        sa.Column("status", sa.String(16), nullable=True),
        sa.Column("start_year", sa.Integer(), nullable=True),
        sa.Column("end_year", sa.Integer(), nullable=True),
        sa.Column("budget", sa.Float(), nullable=True),
        sa.Column("currency", sa.String(3), nullable=True),
        sa.Column("funding_mechanism", sa.Text(), nullable=False),
        sa.Column("themes", sa.JSON(), nullable=False),
        sa.Column("keywords", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_solutions"),
    )
    op.create_index("ix_solutions_change_seq", "solutions", ["change_seq"])
    _child(
        "solution_countries",
        sa.Column("iso3", sa.String(3), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
    )
    op.create_index("ix_solution_countries_iso3", "solution_countries", ["iso3"])
    _child(
        "solution_organisations",
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("acronym", sa.String(40), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("type", sa.String(24), nullable=False),
    )
    op.create_index("ix_solution_organisations_acronym", "solution_organisations", ["acronym"])
    _child(
        "solution_sdgs",
        sa.Column("goal", sa.Integer(), nullable=False),
        sa.Column("is_primary", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_solution_sdgs_goal", "solution_sdgs", ["goal"])
    _child("solution_modalities", sa.Column("code", sa.String(32), nullable=False))
    op.create_index("ix_solution_modalities_code", "solution_modalities", ["code"])
    _child(
        "solution_contacts",
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("organisation", sa.Text(), nullable=False),
        sa.Column("email", sa.Text(), nullable=False),
        sa.Column("phone", sa.Text(), nullable=False),
        sa.Column("public", sa.Boolean(), nullable=False),
    )
    _child(
        "solution_links",
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
    )
    _child(
        "solution_sources",
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("paragraph", sa.String(40), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
    )
    op.create_table(
        "meta",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_meta"),
    )


def downgrade() -> None:
    for name in (
        "meta",
        "solution_sources",
        "solution_links",
        "solution_contacts",
        "solution_modalities",
        "solution_sdgs",
        "solution_organisations",
        "solution_countries",
        "solutions",
    ):
        op.drop_table(name)
