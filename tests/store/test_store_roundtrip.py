"""A saved project opens with exactly the document and blobs that were saved."""

from __future__ import annotations

import json
import os
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

import pytest
from store_helpers import query_sql, random_bytes, sample_document

import studio
from studio.store import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    ChainedBlobs,
    MemoryBlobs,
    ProjectFile,
    blob_id,
    dump_json,
    save_project,
)


def test_document_and_blobs_survive_a_round_trip(project_path: Path):
    big = random_bytes(4 * 1024 * 1024, seed=7)
    blobs = MemoryBlobs([big, b"", "شعار".encode(), random_bytes(1000, seed=8)])

    save_project(project_path, sample_document(), blobs, referenced=blobs.blob_ids())

    with ProjectFile.open(project_path) as project:
        assert project.document == sample_document()
        assert project.blob_ids() == blobs.blob_ids()
        for sha256 in blobs.blob_ids():
            assert project.read_blob(sha256) == blobs.read_blob(sha256)
        assert project.blob_size(blob_id(big)) == len(big)


def test_only_referenced_blobs_are_saved(project_path: Path):
    blobs = MemoryBlobs([b"logo", b"unused draft"])

    save_project(project_path, {}, blobs, referenced={blob_id(b"logo")})

    with ProjectFile.open(project_path) as project:
        assert project.blob_ids() == {blob_id(b"logo")}


def test_meta_names_format_version_studio_and_time(saved_project, project_path):
    with ProjectFile.open(project_path) as project:
        meta = project.meta
        assert project.schema_version == SCHEMA_VERSION

    assert meta["format"] == "helder-project"
    assert meta["schema_version"] == str(SCHEMA_VERSION)
    assert meta["app_version"] == studio.__version__
    assert meta["saved_at"].endswith("+00:00")


def test_other_tools_recognise_a_project_by_its_header(saved_project, project_path):
    header = project_path.read_bytes()[:100]

    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID == 0x48454C44
    assert int.from_bytes(header[60:64], "big") == SCHEMA_VERSION
    assert query_sql(project_path, "PRAGMA application_id") == [(APPLICATION_ID,)]


def test_template_is_stored_as_compact_canonical_json(saved_project, project_path):
    [(stored,)] = query_sql(
        project_path, "SELECT json FROM documents WHERE name = 'template'"
    )

    expected = json.dumps(
        sample_document(), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )
    assert stored == expected
    assert "مرحبًا" in stored


def test_a_saved_project_is_one_file(saved_project, project_path):
    with ProjectFile.open(project_path) as project:
        project.read_blob(next(iter(project.blob_ids())))

    save_project(project_path, {"again": True}, saved_project, referenced=set())

    assert os.listdir(project_path.parent) == [project_path.name]
    assert query_sql(project_path, "PRAGMA journal_mode") == [("delete",)]


def test_paths_with_spaces_hashes_and_accents_work(tmp_path: Path):
    path = tmp_path / "Herinnering #2 ?% – café.helder"
    blobs = MemoryBlobs([b"data"])

    save_project(path, {"ok": True}, blobs, referenced=blobs.blob_ids())

    with ProjectFile.open(str(path)) as project:
        assert project.document == {"ok": True}
        assert project.path == path


def test_unknown_blob_is_a_key_error(saved_project, project_path):
    with ProjectFile.open(project_path) as project:
        with pytest.raises(KeyError):
            project.read_blob("0" * 64)
        with pytest.raises(KeyError):
            project.blob_size("0" * 64)


def test_a_closed_project_refuses_reads(saved_project, project_path):
    project = ProjectFile.open(project_path)
    project.close()
    project.close()

    with pytest.raises(ValueError, match="is closed"):
        project.blob_ids()


def test_dump_json_is_canonical_and_readable():
    text = dump_json({"b": [1, 2], "a": {"ar": "مرحبا", "z": None}})

    assert text == (
        '{\n  "a": {\n    "ar": "مرحبا",\n    "z": null\n  },\n'
        '  "b": [\n    1,\n    2\n  ]\n}\n'
    )
    assert dump_json({"a": 1, "b": 2}) == dump_json({"b": 2, "a": 1})


@pytest.mark.parametrize(
    ("document", "error", "message"),
    [
        ({"amount": Decimal("12.50")}, TypeError, r"\$\.amount is a Decimal.*'12\.50'"),
        ({"terms": (2, 3)}, TypeError, r"\$\.terms is a tuple"),
        ({"x": [{1: "a"}]}, TypeError, r"key 1 at \$\.x\[0\] is a int"),
        ({"x": float("nan")}, ValueError, r"\$\.x is nan"),
        ({"x": {1, 2}}, TypeError, r"\$\.x is a set"),
    ],
)
def test_values_that_are_not_json_are_refused(document, error, message, project_path):
    with pytest.raises(error, match=message):
        dump_json(document)
    with pytest.raises(error, match=message):
        save_project(project_path, document, MemoryBlobs(), referenced=set())
    assert not project_path.exists()


def test_memory_blobs_are_named_by_their_sha256():
    blobs = MemoryBlobs()

    sha256 = blobs.add(bytearray(b"logo"))

    assert sha256 == blob_id(b"logo")
    assert sha256 == "3598ce6f965b2481fe26316c06b30950c46ac7f8e7229f104aa78f579997668d"
    assert sha256 in blobs and len(blobs) == 1
    assert blobs.read_blob(sha256) == b"logo"


def test_chained_blobs_read_from_the_first_source_that_holds_one():
    first, second = MemoryBlobs([b"a"]), MemoryBlobs([b"a", b"b"])
    chain = ChainedBlobs(first, second)

    assert chain.blob_ids() == {blob_id(b"a"), blob_id(b"b")}
    assert chain.read_blob(blob_id(b"b")) == b"b"
    with pytest.raises(KeyError):
        chain.read_blob(blob_id(b"c"))


class Kind(StrEnum):
    TEXT = "text"


def test_subclasses_of_json_types_are_saved_as_plain_values(project_path: Path):
    save_project(project_path, {"kind": Kind.TEXT}, MemoryBlobs(), referenced=set())

    with ProjectFile.open(project_path) as project:
        assert project.document == {"kind": "text"}
