"""Saving writes exactly what it is given, refuses what it must not overwrite."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest
from store_helpers import (
    cut_off_a_save,
    folder_snapshot,
    query_sql,
    random_bytes,
    run_sql,
)

from studio.store import (
    ChainedBlobs,
    MemoryBlobs,
    ProjectFile,
    ProjectFileError,
    blob_id,
    save_project,
    schema,
)


class CountingBlobs(MemoryBlobs):
    """Remembers which blobs a save read, to show that kept blobs are not copied."""

    def __init__(self, blobs=()):
        super().__init__(blobs)
        self.read: list[str] = []

    def read_blob(self, sha256: str) -> bytes:
        self.read.append(sha256)
        return super().read_blob(sha256)


def saved_state(path: Path) -> tuple[dict, dict[str, bytes]]:
    with ProjectFile.open(path) as project:
        blobs = {sha256: project.read_blob(sha256) for sha256 in project.blob_ids()}
        return project.document, blobs


def test_saving_in_place_keeps_old_blobs_and_drops_unreferenced_ones(
    saved_project: MemoryBlobs, project_path: Path
):
    kept, dropped, _ = sorted(saved_project.blob_ids())
    new_assets = CountingBlobs([b"new logo"])

    save_project(
        project_path,
        {"version": 2},
        new_assets,
        referenced={kept, blob_id(b"new logo")},
    )

    document, blobs = saved_state(project_path)
    assert document == {"version": 2}
    assert blobs == {
        kept: saved_project.read_blob(kept),
        blob_id(b"new logo"): b"new logo",
    }
    assert new_assets.read == [blob_id(b"new logo")]
    assert dropped not in blobs


def test_dropped_blobs_give_their_space_back(project_path: Path):
    blobs = MemoryBlobs([random_bytes(3_000_000, seed=1)])
    save_project(project_path, {}, blobs, referenced=blobs.blob_ids())
    full_size = project_path.stat().st_size

    save_project(project_path, {}, blobs, referenced=set())

    assert full_size > 3_000_000
    assert project_path.stat().st_size < 100_000


def test_saving_while_the_project_is_open_reads_through_the_open_view(
    saved_project: MemoryBlobs, project_path: Path
):
    # Large new assets make SQLite spill pages, taking the exclusive lock, while
    # the chain still holds the open view of the very file being saved.
    new_assets = MemoryBlobs(random_bytes(2_000_000, seed) for seed in (10, 11, 12))
    with ProjectFile.open(project_path) as project:
        chain = ChainedBlobs(project, new_assets)
        referenced = project.blob_ids() | new_assets.blob_ids()

        save_project(project_path, {"v": 3}, chain, referenced=referenced)

        assert project.blob_ids() == referenced

    assert saved_state(project_path)[0] == {"v": 3}


def test_save_as_copies_blobs_from_the_open_project(saved_project, project_path):
    copy = project_path.with_name("Kopie.helder")
    with ProjectFile.open(project_path) as project:
        save_project(copy, {"copy": 1}, project, referenced=project.blob_ids())

    assert saved_state(copy) == (
        {"copy": 1},
        {
            sha256: saved_project.read_blob(sha256)
            for sha256 in saved_project.blob_ids()
        },
    )


def test_save_as_over_another_project_replaces_it(saved_project, tmp_path: Path):
    other = tmp_path / "Ander.helder"
    save_project(
        other, {"other": True}, MemoryBlobs([b"x"]), referenced={blob_id(b"x")}
    )

    save_project(other, {"mine": True}, MemoryBlobs([b"y"]), referenced={blob_id(b"y")})

    assert saved_state(other) == ({"mine": True}, {blob_id(b"y"): b"y"})


def test_save_as_leaves_no_temporary_file(tmp_path: Path):
    save_project(tmp_path / "Nieuw.helder", {}, MemoryBlobs(), referenced=set())

    assert os.listdir(tmp_path) == ["Nieuw.helder"]


def test_missing_referenced_blob_is_refused_and_nothing_is_written(
    saved_project, project_path: Path
):
    absent = blob_id(b"never added")
    before = folder_snapshot(project_path.parent)

    with pytest.raises(ProjectFileError) as caught:
        save_project(
            project_path,
            {"v": 2},
            MemoryBlobs([b"new"]),
            referenced=saved_project.blob_ids() | {absent, blob_id(b"new")},
        )

    assert str(caught.value) == (
        f"{project_path} was not saved: blob {absent} is referenced but is in "
        "neither the file nor the assets being saved"
    )
    assert folder_snapshot(project_path.parent) == before


def test_missing_blobs_refuse_a_new_file_and_leave_nothing(tmp_path: Path):
    path = tmp_path / "Nieuw.helder"
    absent = sorted([blob_id(b"a"), blob_id(b"b")])

    with pytest.raises(ProjectFileError) as caught:
        save_project(path, {}, MemoryBlobs(), referenced=set(absent))

    assert str(caught.value) == (
        f"{path} was not saved: blob {absent[0]} is referenced but is in neither "
        "the file nor the assets being saved (and 1 more)"
    )
    assert os.listdir(tmp_path) == []


class LyingBlobs(MemoryBlobs):
    def read_blob(self, sha256: str) -> bytes:
        return b"something else"


def test_blob_bytes_that_do_not_match_their_id_are_refused(tmp_path: Path):
    path = tmp_path / "Nieuw.helder"
    source = LyingBlobs([b"logo"])

    with pytest.raises(ProjectFileError) as caught:
        save_project(path, {}, source, referenced={blob_id(b"logo")})

    assert str(caught.value) == (
        f"{path} was not saved: the bytes given for blob {blob_id(b'logo')} "
        "do not match it"
    )
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "is not a Helder project (not an SQLite database)"),
        (b"my notes", "is not a Helder project (not an SQLite database)"),
    ],
)
def test_a_strangers_file_is_never_overwritten(project_path, content, reason):
    project_path.write_bytes(content)
    before = folder_snapshot(project_path.parent)

    with pytest.raises(ProjectFileError) as caught:
        save_project(project_path, {}, MemoryBlobs(), referenced=set())

    assert str(caught.value) == f"{project_path} {reason}, so it was not overwritten"
    assert folder_snapshot(project_path.parent) == before


def test_another_applications_database_is_never_overwritten(project_path: Path):
    run_sql(project_path, "CREATE TABLE accounts (iban TEXT)")
    before = folder_snapshot(project_path.parent)

    with pytest.raises(ProjectFileError) as caught:
        save_project(project_path, {}, MemoryBlobs(), referenced=set())

    assert str(caught.value) == (
        f"{project_path} is not a Helder project (an SQLite database of another "
        "application), so it was not overwritten"
    )
    assert folder_snapshot(project_path.parent) == before


def test_a_project_from_a_newer_studio_is_never_overwritten(
    saved_project, project_path: Path
):
    run_sql(
        project_path,
        "UPDATE meta SET value = '2' WHERE key = 'schema_version'",
        "PRAGMA user_version = 2",
    )
    before = folder_snapshot(project_path.parent)

    with pytest.raises(ProjectFileError) as caught:
        save_project(project_path, {}, MemoryBlobs(), referenced=set())

    assert str(caught.value) == (
        f"{project_path} was saved by a newer Helder Studio (project format 2; "
        "this studio reads up to 1), so it was not overwritten"
    )
    assert folder_snapshot(project_path.parent) == before


def test_a_folder_is_never_overwritten(tmp_path: Path):
    with pytest.raises(ProjectFileError) as caught:
        save_project(tmp_path, {}, MemoryBlobs(), referenced=set())

    assert str(caught.value) == f"{tmp_path} is not a file, so it was not overwritten"


def test_saving_into_a_missing_folder_is_refused(tmp_path: Path):
    path = tmp_path / "weg" / "Nieuw.helder"

    with pytest.raises(ProjectFileError) as caught:
        save_project(path, {}, MemoryBlobs(), referenced=set())

    assert str(caught.value) == f"{path} was not saved (its folder does not exist)"


def test_a_locked_project_is_refused_and_left_as_it_was(
    saved_project, project_path: Path, monkeypatch
):
    monkeypatch.setattr(schema, "BUSY_TIMEOUT_S", 0.2)
    other = sqlite3.connect(project_path, isolation_level=None, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        with pytest.raises(ProjectFileError) as caught:
            save_project(project_path, {"v": 2}, MemoryBlobs(), referenced=set())
    finally:
        other.execute("ROLLBACK")
        other.close()

    assert str(caught.value).startswith(f"{project_path} is in use by another program")
    assert time.monotonic() - started < 5
    assert saved_state(project_path)[0] != {"v": 2}


def test_stale_temporary_files_are_removed_on_the_next_save(tmp_path: Path):
    dead_pid = 2**22 + 12345  # above Linux's pid_max, so no process has it
    stale = tmp_path / f".Oud.helder.{dead_pid}-0123abcd.tmp"
    old = tmp_path / f".Oud.helder.{os.getpid()}-89abcdef.tmp"
    running = tmp_path / f".Oud.helder.{os.getpid()}-00000000.tmp"
    stale_journal = tmp_path / f".Oud.helder.{dead_pid}-0123abcd.tmp-journal"
    strangers = [tmp_path / ".notes.tmp", tmp_path / f".x.{dead_pid}-zz.tmp"]
    for path in [stale, stale_journal, old, running, *strangers]:
        path.write_bytes(b"half a project")
    os.utime(old, (time.time() - 2 * 3600,) * 2)

    save_project(tmp_path / "Ander.helder", {}, MemoryBlobs(), referenced=set())

    assert not stale.exists() and not stale_journal.exists() and not old.exists()
    assert running.exists()
    assert all(path.exists() for path in strangers)


def test_saved_at_is_updated_by_each_save(saved_project, project_path: Path):
    run_sql(project_path, "UPDATE meta SET value = 'earlier' WHERE key = 'saved_at'")

    save_project(project_path, {}, saved_project, referenced=set())

    [(saved_at,)] = query_sql(
        project_path, "SELECT value FROM meta WHERE key = 'saved_at'"
    )
    assert saved_at != "earlier"


def test_saving_over_a_cut_off_save_rolls_it_back_first(
    saved_project: MemoryBlobs, project_path: Path
):
    cut_off_a_save(project_path)
    kept = min(saved_project.blob_ids())

    save_project(project_path, {"v": 2}, saved_project, referenced={kept})

    assert saved_state(project_path) == (
        {"v": 2},
        {kept: saved_project.read_blob(kept)},
    )
    assert os.listdir(project_path.parent) == [project_path.name]
