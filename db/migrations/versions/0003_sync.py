"""Sync: merge bases, the outbox of operations, conflicts waiting for the user.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_base",
        sa.Column("solution_id", sa.String(36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("solution_id", name="pk_sync_base"),
    )
    op.create_table(
        "sync_outbox",
        sa.Column("op_id", sa.String(36), nullable=False),
        sa.Column("solution_id", sa.String(36), nullable=False),
        sa.Column("base_revision", sa.Integer(), nullable=False),
        sa.Column("patch", sa.Text(), nullable=False),
        sa.Column("record_created_at", sa.String(32), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("frozen_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("op_id", name="pk_sync_outbox"),
    )
    op.create_index("ix_sync_outbox_solution_id", "sync_outbox", ["solution_id"], unique=True)
    op.create_table(
        "sync_conflicts",
        sa.Column("solution_id", sa.String(36), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("mine", sa.Text(), nullable=False),
        sa.Column("theirs", sa.Text(), nullable=False),
        sa.Column("hub_revision", sa.Integer(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("detected_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("solution_id", "field", name="pk_sync_conflicts"),
    )


def downgrade() -> None:
    op.drop_table("sync_conflicts")
    op.drop_index("ix_sync_outbox_solution_id", table_name="sync_outbox")
    op.drop_table("sync_outbox")
    op.drop_table("sync_base")
