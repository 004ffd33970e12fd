"""The project file: SQLite as the studio's application file format.

The store knows nothing of templates. It saves and opens one JSON document (a dict
of JSON types) and content-addressed binary blobs, and guarantees that a save cut
off at any moment leaves the previous or the new state, never a mix.
"""

from studio.store.blobs import BlobSource, ChainedBlobs, MemoryBlobs, blob_id
from studio.store.canonical import dump_json
from studio.store.errors import ProjectFileError
from studio.store.migrations import MIGRATIONS, SCHEMA_VERSION
from studio.store.project_file import ProjectFile
from studio.store.saving import save_project
from studio.store.schema import APPLICATION_ID, FORMAT_NAME

__all__ = [
    "APPLICATION_ID",
    "FORMAT_NAME",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "BlobSource",
    "ChainedBlobs",
    "MemoryBlobs",
    "ProjectFile",
    "ProjectFileError",
    "blob_id",
    "dump_json",
    "save_project",
]
