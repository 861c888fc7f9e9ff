"""Review runs name the page layout blob they read (`review_runs.layout_sha256`), so the reviewer page draws
evidence boxes without reading — for scans, OCRing — the case again. Older runs keep NULL.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("review_runs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("layout_sha256", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("review_runs", schema=None) as batch_op:
        batch_op.drop_column("layout_sha256")
