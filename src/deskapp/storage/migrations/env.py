"""Alembic environment: always runs on the connection deskapp hands it (never opens its own)."""

from alembic import context

from deskapp.storage.migrate import include_name
from deskapp.storage.tables import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True, include_name=include_name)
with context.begin_transaction():
    context.run_migrations()
