"""Registers of enforcement bodies and certificates, versioned (`register_versions`, `register_entries`), and the
versions a review run read (`review_runs.registers`). Older runs keep NULL.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
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
        "register_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("source_name", sa.String(length=500), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_register_versions")),
    )
    with op.batch_alter_table("register_versions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_register_versions_kind"), ["kind"], unique=False)
    op.create_table(
        "register_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("agency", sa.String(length=300), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["register_versions.id"],
            name=op.f("fk_register_entries_version_id_register_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_register_entries")),
    )
    with op.batch_alter_table("register_entries", schema=None) as batch_op:
        batch_op.create_index("ix_register_entries_version_key", ["version_id", "key"], unique=False)
    with op.batch_alter_table("review_runs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("registers", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("review_runs", schema=None) as batch_op:
        batch_op.drop_column("registers")
    op.drop_table("register_entries")
    op.drop_table("register_versions")
