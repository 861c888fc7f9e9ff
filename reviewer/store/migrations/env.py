"""Alembic environment: the URL comes from reviewer.store.db (config attributes), never from an ini file."""

from __future__ import annotations

from alembic import context

from reviewer.store.db import engine_for
from reviewer.store.models import Base

config = context.config


def run() -> None:
    url = config.attributes["url"]
    if context.is_offline_mode():
        context.configure(url=url, target_metadata=Base.metadata, literal_binds=True, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    with engine_for(url).connect() as connection:
        context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True, compare_type=True)
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run()
