"""Initial schema: people, categories, tickets, conversation, attachments, audit, search.

Times are whole seconds since the epoch (UTC); priority is its rank, 1 low .. 4 urgent.

Revision ID: 0001
Revises:
Create Date: 2026-11-26 14:36:15.861672
"""

import sqlalchemy as sa
from alembic import op

# Full-text search over subject, description and conversation, one row per ticket (rowid = ticket id)
# so "newest first" is a walk of the FTS index by rowid. It keeps its own copy of the text: the
# conversation spans many rows of another table, which an external-content table cannot express.
SEARCH_AND_AUDIT_SQL = [
    """CREATE VIRTUAL TABLE ticket_search USING fts5(
        subject, description, conversation,
        tokenize = "unicode61 remove_diacritics 2", prefix = '2 3')""",
    """CREATE TRIGGER ticket_search_insert AFTER INSERT ON tickets BEGIN
        INSERT INTO ticket_search(rowid, subject, description, conversation)
        VALUES (new.id, new.subject, new.description, '');
    END""",
    """CREATE TRIGGER ticket_search_update AFTER UPDATE OF subject, description ON tickets BEGIN
        UPDATE ticket_search SET subject = new.subject, description = new.description WHERE rowid = new.id;
    END""",
    """CREATE TRIGGER ticket_search_delete AFTER DELETE ON tickets BEGIN
        DELETE FROM ticket_search WHERE rowid = old.id;
    END""",
    """CREATE TRIGGER entry_search_insert AFTER INSERT ON entries WHEN new.kind IN ('reply', 'note') BEGIN
        UPDATE ticket_search SET conversation = conversation || char(10) || new.body
        WHERE rowid = new.ticket_id;
    END""",
    """CREATE TRIGGER entry_search_update AFTER UPDATE OF body, ticket_id, kind ON entries BEGIN
        UPDATE ticket_search SET conversation = (
            SELECT coalesce(group_concat(body, char(10)), '') FROM entries
            WHERE ticket_id = ticket_search.rowid AND kind IN ('reply', 'note'))
        WHERE rowid IN (old.ticket_id, new.ticket_id);
    END""",
    """CREATE TRIGGER entry_search_delete AFTER DELETE ON entries BEGIN
        UPDATE ticket_search SET conversation = (
            SELECT coalesce(group_concat(body, char(10)), '') FROM entries
            WHERE ticket_id = old.ticket_id AND kind IN ('reply', 'note'))
        WHERE rowid = old.ticket_id;
    END""",
    """CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit BEGIN
        SELECT RAISE(ABORT, 'audit history is append-only');
    END""",
    """CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit BEGIN
        SELECT RAISE(ABORT, 'audit history is append-only');
    END""",
]
TRIGGERS = [
    "ticket_search_insert",
    "ticket_search_update",
    "ticket_search_delete",
    "entry_search_insert",
    "entry_search_update",
    "entry_search_delete",
    "audit_append_only_update",
    "audit_append_only_delete",
]


revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "categories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.Column("usn", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["categories.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("parent_id", "name"),
        sa.UniqueConstraint("uuid"),
    )
    with op.batch_alter_table("categories", schema=None) as batch_op:
        batch_op.create_index(
            "ix_categories_top_name", ["name"], unique=True, sqlite_where=sa.text("parent_id IS NULL")
        )

    op.create_table(
        "requesters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("department", sa.String(length=120), nullable=False),
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.Column("usn", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("email"),
        sa.UniqueConstraint("uuid"),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "support_groups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("tier", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.Column("usn", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
        sa.UniqueConstraint("uuid"),
    )
    op.create_table(
        "ticket_counters",
        sa.Column("type", sa.String(length=24), nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("type"),
    )
    op.create_table(
        "tombstones",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.Integer(), nullable=False),
        sa.Column("usn", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("tombstones", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tombstones_uuid"), ["uuid"], unique=False)

    op.create_table(
        "agents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("is_admin", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.Column("usn", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["support_groups.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("email"),
        sa.UniqueConstraint("uuid"),
    )
    op.create_table(
        "tickets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=24), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("impact", sa.String(length=24), nullable=False),
        sa.Column("urgency", sa.String(length=24), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("priority_reason", sa.Text(), nullable=True),
        sa.Column("category_id", sa.Integer(), nullable=True),
        sa.Column("subcategory_id", sa.Integer(), nullable=True),
        sa.Column("requester_id", sa.Integer(), nullable=True),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=24), nullable=False),
        sa.Column("alert_key", sa.String(length=200), nullable=True),
        sa.Column("major", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.Integer(), nullable=False),
        sa.Column("first_response_at", sa.Integer(), nullable=True),
        sa.Column("resolved_at", sa.Integer(), nullable=True),
        sa.Column("closed_at", sa.Integer(), nullable=True),
        sa.Column("resolution_code", sa.String(length=24), nullable=True),
        sa.Column("resolution_notes", sa.Text(), nullable=True),
        sa.Column("root_cause", sa.Text(), nullable=True),
        sa.Column("response_due_at", sa.Integer(), nullable=True),
        sa.Column("resolution_due_at", sa.Integer(), nullable=True),
        sa.Column("reopen_count", sa.Integer(), nullable=False),
        sa.Column("problem_id", sa.Integer(), nullable=True),
        sa.Column("merged_into_id", sa.Integer(), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.Column("usn", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assignee_id"],
            ["agents.id"],
        ),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["categories.id"],
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["agents.id"],
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["support_groups.id"],
        ),
        sa.ForeignKeyConstraint(
            ["merged_into_id"],
            ["tickets.id"],
        ),
        sa.ForeignKeyConstraint(
            ["problem_id"],
            ["tickets.id"],
        ),
        sa.ForeignKeyConstraint(
            ["requester_id"],
            ["requesters.id"],
        ),
        sa.ForeignKeyConstraint(
            ["subcategory_id"],
            ["categories.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("type", "number"),
        sa.UniqueConstraint("uuid"),
    )
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.create_index(
            "ix_tickets_alert_key", ["alert_key"], unique=False, sqlite_where=sa.text("alert_key IS NOT NULL")
        )
        batch_op.create_index(batch_op.f("ix_tickets_assignee_id"), ["assignee_id"], unique=False)
        batch_op.create_index("ix_tickets_assignee_status", ["assignee_id", "status"], unique=False)
        batch_op.create_index(batch_op.f("ix_tickets_category_id"), ["category_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_tickets_created_at"), ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_tickets_group_id"), ["group_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_tickets_merged_into_id"), ["merged_into_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_tickets_priority"), ["priority"], unique=False)
        batch_op.create_index(batch_op.f("ix_tickets_problem_id"), ["problem_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_tickets_requester_id"), ["requester_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_tickets_resolution_due_at"), ["resolution_due_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_tickets_resolved_at"), ["resolved_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_tickets_response_due_at"), ["response_due_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_tickets_source"), ["source"], unique=False)
        batch_op.create_index("ix_tickets_status_priority", ["status", "priority"], unique=False)
        batch_op.create_index("ix_tickets_status_updated", ["status", "updated_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_tickets_subcategory_id"), ["subcategory_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_tickets_subject"), ["subject"], unique=False)
        batch_op.create_index(batch_op.f("ix_tickets_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=True),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("actor_name", sa.String(length=120), nullable=False),
        sa.Column("at", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["agents.id"],
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["tickets.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.create_index("ix_audit_ticket", ["ticket_id", "id"], unique=False)

    op.create_table(
        "entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("author_agent_id", sa.Integer(), nullable=True),
        sa.Column("author_requester_id", sa.Integer(), nullable=True),
        sa.Column("author_name", sa.String(length=120), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.Column("usn", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_agent_id"],
            ["agents.id"],
        ),
        sa.ForeignKeyConstraint(
            ["author_requester_id"],
            ["requesters.id"],
        ),
        sa.ForeignKeyConstraint(["ticket_id"], ["tickets.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.create_index("ix_entries_ticket", ["ticket_id", "id"], unique=False)

    op.create_table(
        "ticket_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("other_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("created_at", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.Column("usn", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["other_id"], ["tickets.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["ticket_id"], ["tickets.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("ticket_id", "other_id", "kind"),
        sa.UniqueConstraint("uuid"),
    )
    with op.batch_alter_table("ticket_links", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ticket_links_other_id"), ["other_id"], unique=False)

    op.create_table(
        "ticket_tags",
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(["ticket_id"], ["tickets.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("ticket_id", "tag"),
    )
    with op.batch_alter_table("ticket_tags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ticket_tags_tag"), ["tag"], unique=False)

    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=True),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("content_type", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.Column("usn", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["entry_id"], ["entries.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["ticket_id"], ["tickets.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachments_sha256"), ["sha256"], unique=False)
        batch_op.create_index("ix_attachments_ticket", ["ticket_id", "id"], unique=False)
    for statement in SEARCH_AND_AUDIT_SQL:
        op.execute(statement)


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS ticket_search")
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index("ix_attachments_ticket")
        batch_op.drop_index(batch_op.f("ix_attachments_sha256"))

    op.drop_table("attachments")
    with op.batch_alter_table("ticket_tags", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ticket_tags_tag"))

    op.drop_table("ticket_tags")
    with op.batch_alter_table("ticket_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ticket_links_other_id"))

    op.drop_table("ticket_links")
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.drop_index("ix_entries_ticket")

    op.drop_table("entries")
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_ticket")

    op.drop_table("audit")
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tickets_updated_at"))
        batch_op.drop_index(batch_op.f("ix_tickets_subject"))
        batch_op.drop_index(batch_op.f("ix_tickets_subcategory_id"))
        batch_op.drop_index("ix_tickets_status_updated")
        batch_op.drop_index("ix_tickets_status_priority")
        batch_op.drop_index(batch_op.f("ix_tickets_source"))
        batch_op.drop_index(batch_op.f("ix_tickets_response_due_at"))
        batch_op.drop_index(batch_op.f("ix_tickets_resolved_at"))
        batch_op.drop_index(batch_op.f("ix_tickets_resolution_due_at"))
        batch_op.drop_index(batch_op.f("ix_tickets_requester_id"))
        batch_op.drop_index(batch_op.f("ix_tickets_problem_id"))
        batch_op.drop_index(batch_op.f("ix_tickets_priority"))
        batch_op.drop_index(batch_op.f("ix_tickets_merged_into_id"))
        batch_op.drop_index(batch_op.f("ix_tickets_group_id"))
        batch_op.drop_index(batch_op.f("ix_tickets_created_at"))
        batch_op.drop_index(batch_op.f("ix_tickets_category_id"))
        batch_op.drop_index("ix_tickets_assignee_status")
        batch_op.drop_index(batch_op.f("ix_tickets_assignee_id"))
        batch_op.drop_index("ix_tickets_alert_key", sqlite_where=sa.text("alert_key IS NOT NULL"))

    op.drop_table("tickets")
    op.drop_table("agents")
    with op.batch_alter_table("tombstones", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tombstones_uuid"))

    op.drop_table("tombstones")
    op.drop_table("ticket_counters")
    op.drop_table("support_groups")
    op.drop_table("settings")
    op.drop_table("requesters")
    with op.batch_alter_table("categories", schema=None) as batch_op:
        batch_op.drop_index("ix_categories_top_name", sqlite_where=sa.text("parent_id IS NULL"))

    op.drop_table("categories")
