"""Alembic environment: runs on the connection essdesk hands over, in batch mode for SQLite."""

from alembic import context

from essdesk.models.tables import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
context.run_migrations()
