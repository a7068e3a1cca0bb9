"""Translations: one row a solution and language (issue 11).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30

Only a new table: every existing row stays as it is. Records stored before this schema have no
translations; the seed's arrive with the next seed load (its hash covers the translation files).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "solution_translations",
        sa.Column(
            "solution_id",
            sa.String(36),
            sa.ForeignKey(
                "solutions.id",
                ondelete="CASCADE",
                name="fk_solution_translations_solution_id_solutions",
            ),
            nullable=False,
        ),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("subtitle", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("challenge", sa.Text(), nullable=False),
        sa.Column("solution", sa.Text(), nullable=False),
        sa.Column("results", sa.Text(), nullable=False),
        sa.Column("sustainability", sa.Text(), nullable=False),
        sa.Column("themes", sa.JSON(), nullable=False),
        sa.Column("keywords", sa.JSON(), nullable=False),
        sa.Column("source_revision", sa.Integer(), nullable=False),
        sa.Column("translated_by_kind", sa.String(24), nullable=False),
        sa.Column("translated_by_name", sa.Text(), nullable=False),
        sa.Column("translated_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("solution_id", "language", name="pk_solution_translations"),
    )


def downgrade() -> None:
    op.drop_table("solution_translations")
