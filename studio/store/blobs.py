"""Content-addressed binary assets: a blob is named by the sha256 of its bytes."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Protocol, runtime_checkable


def blob_id(data: bytes) -> str:
    """Return the id of ``data``: its sha256 as 64 lowercase hex digits."""
    return hashlib.sha256(data).hexdigest()


@runtime_checkable
class BlobSource(Protocol):
    """Somewhere the bytes of blobs can be read from when a project is saved.

    ``read_blob`` raises ``KeyError`` for an id it does not hold.
    """

    def blob_ids(self) -> set[str]: ...

    def read_blob(self, sha256: str) -> bytes: ...


class MemoryBlobs(BlobSource):
    """Blobs held in memory: assets added since the last save, and tests."""

    def __init__(self, blobs: Iterable[bytes] = ()):
        self._blobs: dict[str, bytes] = {}
        for data in blobs:
            self.add(data)

    def add(self, data: bytes) -> str:
        """Keep ``data`` and return its id; adding the same bytes twice is harmless."""
        data = bytes(data)
        sha256 = blob_id(data)
        self._blobs[sha256] = data
        return sha256

    def blob_ids(self) -> set[str]:
        return set(self._blobs)

    def read_blob(self, sha256: str) -> bytes:
        return self._blobs[sha256]

    def __contains__(self, sha256: object) -> bool:
        return sha256 in self._blobs

    def __len__(self) -> int:
        return len(self._blobs)


class ChainedBlobs(BlobSource):
    """Several sources seen as one; the first that holds a blob provides it.

    Saving an opened project under a new name needs the blobs of the open file and
    the assets added since: ``ChainedBlobs(new_assets, opened_project)``. Which
    source holds which blob is noted the first time the chain is asked, so make a
    chain for each save. Reads then go only to the source that holds the blob:
    asking the file being saved over for a blob it lacks would wait on the save's
    own write lock.
    """

    def __init__(self, *sources: BlobSource):
        self._sources = sources
        self._holders: dict[str, BlobSource] | None = None

    def blob_ids(self) -> set[str]:
        return set(self._index())

    def read_blob(self, sha256: str) -> bytes:
        source = self._index().get(sha256)
        if source is None:
            raise KeyError(sha256)
        return source.read_blob(sha256)

    def _index(self) -> dict[str, BlobSource]:
        if self._holders is None:
            holders: dict[str, BlobSource] = {}
            for source in reversed(self._sources):
                holders.update(dict.fromkeys(source.blob_ids(), source))
            self._holders = holders
        return self._holders
