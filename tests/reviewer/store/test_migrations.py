"""The migrations and the models agree: `upgrade head` on an empty database yields exactly the models' schema."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from reviewer.store import open_database, upgrade
from reviewer.store.models import Base


def test_upgrade_head_matches_the_models(service_settings) -> None:
    engine = open_database(service_settings).engine
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
        tables = set(inspect(connection).get_table_names())
    assert differences == []
    assert {
        "cases",
        "source_files",
        "review_runs",
        "findings",
        "corrections",
        "signoffs",
        "batches",
        "users",
        "api_keys",
        "agencies",
        "register_versions",
        "register_entries",
        "alembic_version",
    } <= tables


def test_upgrade_is_repeatable_and_records_the_head(service_settings) -> None:
    upgrade(service_settings)  # already at head: nothing to do, no error
    with open_database(service_settings).engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == "0003"


def test_a_drifted_model_would_be_caught(service_settings) -> None:
    """The comparison above can fail: a column the migrations lack shows up as a difference."""
    from sqlalchemy import Column, Integer, MetaData, Table

    metadata = MetaData()
    for table in Base.metadata.sorted_tables:
        table.to_metadata(metadata)
    Table("cases", metadata, Column("not_migrated", Integer), extend_existing=True)
    with open_database(service_settings).engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    assert [d[0] for d in differences] == ["add_column"]
