"""Opening checks a file thoroughly, refuses in one line, and changes nothing."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
from pathlib import Path

import pytest
from store_helpers import (
    cut_off_a_save,
    folder_snapshot,
    random_bytes,
    run_sql,
    sample_document,
)

from studio.store import (
    APPLICATION_ID,
    MemoryBlobs,
    ProjectFile,
    ProjectFileError,
    blob_id,
    save_project,
)


def refusal(path: Path) -> str:
    with pytest.raises(ProjectFileError) as caught:
        ProjectFile.open(path)
    message = str(caught.value)
    assert "\n" not in message
    assert caught.value.path == path
    return message


def test_missing_file_is_refused(tmp_path: Path):
    path = tmp_path / "weg.helder"

    assert refusal(path) == f"{path} does not exist"


def test_folder_is_refused(tmp_path: Path):
    assert refusal(tmp_path) == f"{tmp_path} is not a file"


@pytest.mark.parametrize(
    "content",
    [b"", b"hello\n", b"PK\x03\x04" + bytes(200)],
    ids=["empty", "text", "zip"],
)
def test_file_that_is_not_sqlite_is_refused(project_path: Path, content: bytes):
    project_path.write_bytes(content)

    assert refusal(project_path) == (
        f"{project_path} is not a Helder project (not an SQLite database)"
    )


def test_database_of_another_application_is_refused(project_path: Path):
    run_sql(project_path, "CREATE TABLE meta (key TEXT, value TEXT)")

    assert refusal(project_path) == (
        f"{project_path} is not a Helder project "
        "(an SQLite database of another application)"
    )


def test_database_with_our_id_but_no_meta_is_refused(project_path: Path):
    run_sql(
        project_path,
        f"PRAGMA application_id = {APPLICATION_ID}",
        "CREATE TABLE other (x)",
    )

    assert refusal(project_path) == (
        f"{project_path} is not a Helder project (it has no meta table)"
    )


def test_meta_with_another_format_is_refused(saved_project, project_path: Path):
    run_sql(project_path, "UPDATE meta SET value = 'other' WHERE key = 'format'")

    assert refusal(project_path) == (
        f"{project_path} is not a Helder project (wrong format in meta)"
    )


def test_project_from_a_newer_studio_is_refused(saved_project, project_path: Path):
    run_sql(
        project_path,
        "UPDATE meta SET value = '3' WHERE key = 'schema_version'",
        "PRAGMA user_version = 3",
    )

    assert refusal(project_path) == (
        f"{project_path} was saved by a newer Helder Studio "
        "(project format 3; this studio reads up to 1)"
    )


def test_header_and_meta_that_disagree_are_damage(saved_project, project_path):
    run_sql(project_path, "PRAGMA user_version = 7")

    assert refusal(project_path) == (
        f"{project_path} is damaged (its header and meta table disagree)"
    )


def test_unreadable_schema_version_is_damage(saved_project, project_path: Path):
    run_sql(project_path, "UPDATE meta SET value = 'one' WHERE key = 'schema_version'")

    assert refusal(project_path) == (
        f"{project_path} is damaged (project format 'one' is not valid)"
    )


def test_template_that_is_not_json_is_refused(saved_project, project_path: Path):
    run_sql(project_path, "UPDATE documents SET json = '{\"scenes\": [1,'")

    assert refusal(project_path) == (
        f"{project_path} is damaged (the template document is not valid JSON: "
        "Expecting value: line 1 column 15 (char 14))"
    )


def test_template_that_is_not_an_object_is_refused(saved_project, project_path):
    run_sql(project_path, "UPDATE documents SET json = '[1, 2]'")

    assert refusal(project_path) == (
        f"{project_path} is damaged (the template document is not valid JSON: "
        "it holds a JSON list, not an object)"
    )


def test_missing_template_is_refused(saved_project, project_path: Path):
    run_sql(project_path, "DELETE FROM documents")

    assert refusal(project_path) == (
        f"{project_path} is damaged (the template document is missing)"
    )


def test_missing_table_is_refused(saved_project, project_path: Path):
    run_sql(project_path, "DROP TABLE blobs")

    assert (
        refusal(project_path)
        == f"{project_path} is damaged (the blobs table is missing)"
    )


@pytest.fixture
def large_project(project_path: Path) -> Path:
    blobs = MemoryBlobs(random_bytes(20_000, seed) for seed in range(20))
    save_project(
        project_path, {"text": "x" * 20_000}, blobs, referenced=blobs.blob_ids()
    )
    return project_path


def overwrite(path: Path, offset: int, length: int) -> None:
    with path.open("r+b") as file:
        file.seek(offset)
        file.write(random.Random(1).randbytes(length))


def test_overwritten_schema_page_is_damage(large_project: Path):
    overwrite(large_project, 100, 4096 - 100)

    assert refusal(large_project) == (
        f"{large_project} is damaged (SQLite: database disk image is malformed)"
    )


def test_truncated_file_is_damage(large_project: Path):
    os.truncate(large_project, large_project.stat().st_size // 2)

    assert refusal(large_project) == (
        f"{large_project} is damaged (SQLite: database disk image is malformed)"
    )


def test_damage_inside_the_file_is_found_by_the_integrity_check(large_project: Path):
    pages = large_project.stat().st_size // 4096
    overwrite(large_project, (pages // 2) * 4096, 4096)

    message = refusal(large_project)

    assert message.startswith(f"{large_project} is damaged (integrity check: ")


def test_blob_whose_bytes_changed_is_refused_when_read(saved_project, project_path):
    sha256 = min(saved_project.blob_ids())
    run_sql(
        project_path,
        f"UPDATE blobs SET data = randomblob(50000) WHERE sha256 = '{sha256}'",
    )

    with ProjectFile.open(project_path) as project:
        with pytest.raises(ProjectFileError) as caught:
            project.read_blob(sha256)

    assert str(caught.value) == (
        f"{project_path} is damaged (blob {sha256} does not match its sha256)"
    )


def test_opening_and_reading_change_nothing(saved_project, project_path: Path):
    before = folder_snapshot(project_path.parent)

    with ProjectFile.open(project_path) as project:
        for sha256 in project.blob_ids():
            project.read_blob(sha256)
            project.blob_size(sha256)

    assert folder_snapshot(project_path.parent) == before


@pytest.mark.parametrize("content", [b"", b"not a project"])
def test_refusing_a_file_changes_nothing(project_path: Path, content: bytes):
    project_path.write_bytes(content)
    before = folder_snapshot(project_path.parent)

    refusal(project_path)

    assert folder_snapshot(project_path.parent) == before


def test_refusing_a_newer_project_changes_nothing(saved_project, project_path):
    run_sql(
        project_path,
        "UPDATE meta SET value = '2' WHERE key = 'schema_version'",
        "PRAGMA user_version = 2",
    )
    before = folder_snapshot(project_path.parent)

    refusal(project_path)

    assert folder_snapshot(project_path.parent) == before


def test_read_only_sqlite_cannot_roll_back_a_cut_off_save(saved_project, project_path):
    # Why opening may write: read-only SQLite refuses rather than roll back.
    cut_off_a_save(project_path)

    connection = sqlite3.connect(f"file:{project_path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as caught:
        connection.execute("SELECT count(*) FROM blobs").fetchall()
    connection.close()

    assert caught.value.sqlite_errorname == "SQLITE_READONLY_ROLLBACK"


def test_a_cut_off_save_is_rolled_back_on_open(saved_project, project_path: Path):
    cut_off_a_save(project_path)

    with ProjectFile.open(project_path) as project:
        assert project.document == sample_document()
        assert project.blob_ids() == saved_project.blob_ids()
        for sha256 in project.blob_ids():
            assert blob_id(project.read_blob(sha256)) == sha256

    assert os.listdir(project_path.parent) == [project_path.name]


def test_a_cut_off_save_is_rolled_back_when_a_blob_is_read(
    saved_project, project_path: Path
):
    with ProjectFile.open(project_path) as project:
        cut_off_a_save(project_path)

        assert project.blob_ids() == saved_project.blob_ids()


def test_a_cut_off_save_in_a_read_only_folder_is_refused(
    saved_project, project_path: Path, tmp_path: Path
):
    if os.name != "posix" or os.geteuid() == 0:
        pytest.skip("needs a POSIX user that file permissions apply to")
    cut_off_a_save(project_path)
    copy = tmp_path / "readonly"
    copy.mkdir()
    shutil.move(project_path, copy / project_path.name)
    shutil.move(f"{project_path}-journal", copy / f"{project_path.name}-journal")
    copy.chmod(0o500)
    try:
        message = refusal(copy / project_path.name)
    finally:
        copy.chmod(0o700)

    assert "has a save that was cut off and cannot be rolled back" in message
