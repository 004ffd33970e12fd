"""Older files are upgraded in memory on open, and on disk only by a save."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_helpers import folder_snapshot, query_sql

from studio.store import (
    MIGRATIONS,
    SCHEMA_VERSION,
    MemoryBlobs,
    ProjectFile,
    ProjectFileError,
    migrations,
    save_project,
)


def rename_title(document: dict) -> dict:
    """The kind of step a real migration is: format 1 'title' became 'name'."""
    upgraded = dict(document)
    upgraded["name"] = upgraded.pop("title")
    return upgraded


@pytest.fixture
def format_1_file(project_path: Path) -> Path:
    """A project saved in format 1, opened by a studio that writes format 2."""
    save_project(
        project_path, {"title": "Herinnering"}, MemoryBlobs(), referenced=set()
    )
    return project_path


@pytest.fixture
def studio_at_format_2(monkeypatch):
    calls: list[dict] = []

    def step(document: dict) -> dict:
        calls.append(document)
        return rename_title(document)

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(migrations.MIGRATIONS, 1, step)
    return calls


def test_every_older_format_has_a_migration():
    assert all(version in MIGRATIONS for version in range(1, SCHEMA_VERSION))


def test_an_older_file_is_upgraded_on_open(format_1_file, studio_at_format_2):
    with ProjectFile.open(format_1_file) as project:
        assert project.document == {"name": "Herinnering"}
        assert project.schema_version == 1
        assert project.meta["schema_version"] == "1"


def test_upgrading_on_open_does_not_write_the_file(format_1_file, studio_at_format_2):
    before = folder_snapshot(format_1_file.parent)

    ProjectFile.open(format_1_file).close()

    assert folder_snapshot(format_1_file.parent) == before


def test_saving_writes_the_new_format(format_1_file, studio_at_format_2):
    with ProjectFile.open(format_1_file) as project:
        save_project(format_1_file, project.document, project, referenced=set())

    with ProjectFile.open(format_1_file) as project:
        assert project.schema_version == 2
        assert project.document == {"name": "Herinnering"}
    assert len(studio_at_format_2) == 1
    assert query_sql(format_1_file, "PRAGMA user_version") == [(2,)]


def test_a_missing_migration_is_refused(format_1_file, monkeypatch):
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 3)
    monkeypatch.setitem(migrations.MIGRATIONS, 2, rename_title)

    with pytest.raises(ProjectFileError) as caught:
        ProjectFile.open(format_1_file)

    assert str(caught.value) == (
        f"{format_1_file} cannot be upgraded from project format 1 "
        "(no migration to format 2)"
    )
