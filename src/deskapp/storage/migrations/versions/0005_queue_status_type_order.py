"""Indexes that give the queue's status and type orders (and those filters by number) without a sort.

ORDER BY status, id needs the rows of each status in id order: (status, updated_at) holds them by last
update, so SQLite sorted every ticket of the first status for the first page of "All tickets by status",
and every pending or resolved ticket for those views by number. An index on the column alone holds its
rows in rowid (id) order; the same for type (the unique (type, number) index orders by number).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 16:05:00
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_tickets_status_id", "tickets", ["status"], unique=False)
    op.create_index("ix_tickets_type_id", "tickets", ["type"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_tickets_type_id", "tickets")
    op.drop_index("ix_tickets_status_id", "tickets")
