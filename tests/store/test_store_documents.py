"""Named documents beside the template: saved together, read back, and deleted
for good when a save no longer passes them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from store_helpers import (
    cut_off_a_save,
    folder_snapshot,
    query_sql,
    run_sql,
    sample_document,
)

from studio.store import (
    MemoryBlobs,
    ProjectFile,
    ProjectFileError,
    blob_id,
    save_project,
)

# Stands for a debtor's name: it must be findable while saved and gone after.
MARKER = "Wilhelmina-Oud-Zuylen"


def sample_rows(count: int = 300) -> dict:
    rows = [
        [n, 0, [f"K-{n:04d}", f"{MARKER} {n}", ["n", "12.5"]]] for n in range(count)
    ]
    return {"format": 1, "source": "rows.xlsx", "rows": rows}


def save(path: Path, blobs: MemoryBlobs, template: dict, **documents: dict) -> None:
    save_project(
        path, template, blobs, referenced=blobs.blob_ids(), documents=documents
    )


def test_named_documents_survive_a_round_trip(project_path: Path):
    blobs = MemoryBlobs([b"logo"])
    notes = {"text": "مرحبًا", "amount": "12.50", "nothing": None}

    save(project_path, blobs, sample_document(), sample_data=sample_rows(), notes=notes)

    with ProjectFile.open(project_path) as project:
        assert project.document == sample_document()
        assert project.document_names() == ["notes", "sample_data"]
        assert project.documents() == {"notes": notes, "sample_data": sample_rows()}
        assert project.named_document("sample_data") == sample_rows()
        assert project.named_document("template") == sample_document()
        assert project.named_document("absent") is None


def test_each_read_of_a_named_document_is_the_callers_own(project_path: Path):
    save(project_path, MemoryBlobs(), {}, sample_data=sample_rows(2))

    with ProjectFile.open(project_path) as project:
        first = project.named_document("sample_data")
        first["rows"].clear()

        assert project.named_document("sample_data") == sample_rows(2)


def test_a_file_without_named_documents_opens_as_before(saved_project, project_path):
    with ProjectFile.open(project_path) as project:
        assert project.document == sample_document()
        assert project.documents() == {}
        assert project.named_document("sample_data") is None


def test_a_document_not_passed_is_deleted_and_its_bytes_are_gone(
    saved_project: MemoryBlobs, project_path: Path
):
    save(project_path, saved_project, sample_document(), sample_data=sample_rows())
    assert MARKER.encode() in project_path.read_bytes()

    save(project_path, saved_project, sample_document())

    with ProjectFile.open(project_path) as project:
        assert project.documents() == {}
        assert project.document == sample_document()
    assert MARKER.encode() not in project_path.read_bytes()
    assert query_sql(project_path, "SELECT name FROM documents") == [("template",)]


def test_a_save_as_writes_the_documents_into_the_new_file(tmp_path: Path):
    path = tmp_path / "Nieuw.helder"

    save(path, MemoryBlobs([b"x"]), {"v": 1}, sample_data=sample_rows(3))

    with ProjectFile.open(path) as project:
        assert project.named_document("sample_data") == sample_rows(3)
        assert project.blob_ids() == {blob_id(b"x")}
    assert os.listdir(tmp_path) == ["Nieuw.helder"]


def test_a_save_as_over_another_project_leaves_none_of_its_documents(
    tmp_path: Path,
):
    other = tmp_path / "Ander.helder"
    save(other, MemoryBlobs(), {"other": True}, sample_data=sample_rows())

    save(other, MemoryBlobs(), {"mine": True}, notes={"n": 1})

    with ProjectFile.open(other) as project:
        assert project.documents() == {"notes": {"n": 1}}
    assert MARKER.encode() not in other.read_bytes()


@pytest.mark.parametrize(
    ("documents", "error", "message"),
    [
        ({"template": {}}, ValueError, "'template' is the template's name"),
        ({"": {}}, ValueError, "a document name must be non-empty text"),
        ({"rows": [1, 2]}, TypeError, "document 'rows' must be a dict, not list"),
        ({"rows": {"n": (1, 2)}}, TypeError, "document value at $.n is a tuple"),
    ],
)
def test_documents_that_cannot_be_saved_are_refused_before_writing(
    saved_project, project_path: Path, documents, error, message
):
    before = folder_snapshot(project_path.parent)

    with pytest.raises(error) as caught:
        save_project(
            project_path,
            {"v": 2},
            saved_project,
            referenced=saved_project.blob_ids(),
            documents=documents,
        )

    assert message in str(caught.value)
    assert folder_snapshot(project_path.parent) == before


def test_a_failed_save_changes_neither_template_nor_documents(
    saved_project: MemoryBlobs, project_path: Path
):
    save(project_path, saved_project, {"v": 1}, sample_data=sample_rows(5))

    with pytest.raises(ProjectFileError):
        save_project(
            project_path,
            {"v": 2},
            saved_project,
            referenced=saved_project.blob_ids() | {blob_id(b"never added")},
            documents={},
        )

    with ProjectFile.open(project_path) as project:
        assert project.document == {"v": 1}
        assert project.documents() == {"sample_data": sample_rows(5)}


def test_a_cut_off_save_rolls_back_the_documents_too(
    saved_project: MemoryBlobs, project_path: Path
):
    save(project_path, saved_project, sample_document(), sample_data=sample_rows(5))

    cut_off_a_save(project_path)

    with ProjectFile.open(project_path) as project:
        assert project.document == sample_document()
        assert project.documents() == {"sample_data": sample_rows(5)}


def test_a_damaged_named_document_costs_only_itself(
    saved_project: MemoryBlobs, project_path: Path
):
    save(project_path, saved_project, sample_document(), sample_data=sample_rows(5))
    run_sql(project_path, "UPDATE documents SET json = '[1' WHERE name = 'sample_data'")

    with ProjectFile.open(project_path) as project:
        assert project.document == sample_document()
        assert project.document_names() == ["sample_data"]
        with pytest.raises(ProjectFileError) as caught:
            project.named_document("sample_data")

    assert str(caught.value).startswith(
        f"{project_path} is damaged (document 'sample_data' is not valid JSON"
    )


def test_saving_in_place_while_open_replaces_the_documents(
    saved_project: MemoryBlobs, project_path: Path
):
    save(project_path, saved_project, {"v": 1}, sample_data=sample_rows(2))

    with ProjectFile.open(project_path) as project:
        save_project(
            project_path,
            {"v": 2},
            project,
            referenced=project.blob_ids(),
            documents={"sample_data": sample_rows(3)},
        )
        # The open view keeps the state it was opened on.
        assert project.named_document("sample_data") == sample_rows(2)

    with ProjectFile.open(project_path) as project:
        assert project.document == {"v": 2}
        assert project.named_document("sample_data") == sample_rows(3)
