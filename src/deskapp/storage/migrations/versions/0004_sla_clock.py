"""The SLA clock on each ticket, and the record of SLA events (reminders, breaches, escalations).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 15:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TIMES = ("sla_started_at", "sla_paused_at", "response_risk_at", "resolution_risk_at", "sla_next_event_at")
INDEXED = ("response_risk_at", "resolution_risk_at", "sla_next_event_at")


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN: a batch "copy and move" would drop the triggers on tickets.
    op.add_column("tickets", sa.Column("sla_policy", sa.String(length=120), nullable=True))
    for column in TIMES:
        op.add_column("tickets", sa.Column(column, sa.Integer(), nullable=True))
    for column in ("sla_paused_business_s", "sla_paused_wall_s"):
        op.add_column("tickets", sa.Column(column, sa.Integer(), nullable=False, server_default="0"))
    for column in ("response_met", "resolution_met"):
        op.add_column("tickets", sa.Column(column, sa.Boolean(), nullable=True))
    for column in INDEXED:
        op.create_index(f"ix_tickets_{column}", "tickets", [column], unique=False)
    op.create_table(
        "sla_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("cycle", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=60), nullable=False),
        sa.Column("due_at", sa.Integer(), nullable=False),
        sa.Column("fired_at", sa.Integer(), nullable=False),
        sa.Column("notified_at", sa.Integer(), nullable=True),
        sa.Column("snoozed_until", sa.Integer(), nullable=True),
        sa.Column("dismissed", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["ticket_id"], ["tickets.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("ticket_id", "cycle", "kind"),
    )
    op.create_index("ix_sla_events_unseen", "sla_events", ["dismissed", "snoozed_until"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_sla_events_unseen", "sla_events")
    op.drop_table("sla_events")
    for column in INDEXED:
        op.drop_index(f"ix_tickets_{column}", "tickets")
    for column in (
        "sla_policy",
        *TIMES,
        "sla_paused_business_s",
        "sla_paused_wall_s",
        "response_met",
        "resolution_met",
    ):
        op.drop_column("tickets", column)
