"""Contribution keys: the office's reference of each solution it imported from a template.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02

Only a new table (issue 14): re-importing a corrected contribution template finds the solutions
it made by the reference the template carries. Every existing row stays as it is.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contribution_keys",
        sa.Column("key", sa.String(100), nullable=False),
        sa.Column("solution_id", sa.String(36), nullable=False),
        sa.Column("imported_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_contribution_keys"),
    )
    op.create_index(
        "ix_contribution_keys_solution_id", "contribution_keys", ["solution_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_contribution_keys_solution_id", table_name="contribution_keys")
    op.drop_table("contribution_keys")
