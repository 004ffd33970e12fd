"""Fixtures for the project file tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_helpers import random_bytes, sample_document

from studio.store import MemoryBlobs, save_project


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "Herinnering.helder"


@pytest.fixture
def saved_project(project_path: Path) -> MemoryBlobs:
    """A project at ``project_path`` with the sample document and three blobs."""
    blobs = MemoryBlobs(random_bytes(50_000, seed) for seed in range(3))
    save_project(project_path, sample_document(), blobs, referenced=blobs.blob_ids())
    return blobs
