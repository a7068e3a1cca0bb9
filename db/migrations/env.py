"""Alembic environment for the SSC Desktop catalogue (SQLite).

The program passes its open connection in ``config.attributes["connection"]``; run by hand,
``alembic -x db=PATH upgrade head`` works too.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from ssc_desktop.storage.schema import Base

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        db_path = context.get_x_argument(as_dictionary=True).get("db", "catalogue.sqlite3")
        engine = create_engine(f"sqlite:///{db_path}")
        with engine.begin() as conn:
            context.configure(
                connection=conn, target_metadata=target_metadata, render_as_batch=True
            )
            with context.begin_transaction():
                context.run_migrations()
        return
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
