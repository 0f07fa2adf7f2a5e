"""Names the queue sorts by, copied onto each ticket and kept current by triggers.

Sorting a million tickets by requester, assignee, group or category must be an index walk, which a
join cannot give. The copies are maintained by the database itself (on insert, on re-assignment and
on rename), so no write path can forget them.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 14:55:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

NAMES = {
    "requester_name": "(SELECT name FROM requesters WHERE id = {t}.requester_id)",
    "assignee_name": "(SELECT name FROM agents WHERE id = {t}.assignee_id)",
    "group_name": "(SELECT name FROM support_groups WHERE id = {t}.group_id)",
    "category_name": "(SELECT c.name || coalesce('/' || s.name, '') FROM categories c"
    " LEFT JOIN categories s ON s.id = {t}.subcategory_id WHERE c.id = {t}.category_id)",
}


def _fill(target: str) -> str:
    return ", ".join(f"{column} = coalesce({sql.format(t=target)}, '')" for column, sql in NAMES.items())


TRIGGERS = {
    "ticket_names_insert": f"""CREATE TRIGGER ticket_names_insert AFTER INSERT ON tickets BEGIN
        UPDATE tickets SET {_fill("new")} WHERE id = new.id;
    END""",
    "ticket_names_update": f"""CREATE TRIGGER ticket_names_update
        AFTER UPDATE OF requester_id, assignee_id, group_id, category_id, subcategory_id ON tickets BEGIN
        UPDATE tickets SET {_fill("new")} WHERE id = new.id;
    END""",
    "requester_rename": """CREATE TRIGGER requester_rename AFTER UPDATE OF name ON requesters BEGIN
        UPDATE tickets SET requester_name = new.name WHERE requester_id = new.id;
    END""",
    "agent_rename": """CREATE TRIGGER agent_rename AFTER UPDATE OF name ON agents BEGIN
        UPDATE tickets SET assignee_name = new.name WHERE assignee_id = new.id;
    END""",
    "group_rename": """CREATE TRIGGER group_rename AFTER UPDATE OF name ON support_groups BEGIN
        UPDATE tickets SET group_name = new.name WHERE group_id = new.id;
    END""",
    "category_rename": f"""CREATE TRIGGER category_rename AFTER UPDATE OF name ON categories BEGIN
        UPDATE tickets SET category_name = coalesce({NAMES["category_name"].format(t="tickets")}, '')
        WHERE category_id = new.id OR subcategory_id = new.id;
    END""",
}


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN: a batch "copy and move" would drop the search triggers on tickets.
    for column in NAMES:
        op.add_column("tickets", sa.Column(column, sa.String(length=250), nullable=False, server_default=""))
        op.create_index(f"ix_tickets_{column}", "tickets", [column], unique=False)
    op.execute(f"UPDATE tickets SET {_fill('tickets')}")
    for sql in TRIGGERS.values():
        op.execute(sql)


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for column in NAMES:
        op.drop_index(f"ix_tickets_{column}", "tickets")
        op.drop_column("tickets", column)
