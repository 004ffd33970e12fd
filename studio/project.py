"""A project as the studio holds it: the template and where its asset bytes are.

A project comes from a project file (``.helder``, SQLite) or from a project folder
(``project.json`` in canonical JSON beside an ``assets`` folder), which is the form
the bundled samples take in the repository and the form a text dump takes for review.
Opening never changes anything on disk; only :meth:`Project.save` writes.

A project may hold sample rows (:attr:`Project.sample_data`): inside a project
file they are its ``sample_data`` document, beside a project folder they are a
``sample-rows.xlsx`` or ``.csv`` file. They are personal data: saved only into
the project file, never into an exported folder, a dump or a log.
"""

from __future__ import annotations

import json
import logging
import mimetypes
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from studio.data.sample_table import (
    DOCUMENT_NAME,
    SAMPLE_DATA_NAMES,
    SampleTable,
    read_sample_file,
)
from studio.data.source import DataFileError
from studio.model.serialize import canonical_json, template_from_dict, template_to_dict
from studio.model.template import AssetRef, MediaType, Template
from studio.model.validate import errors
from studio.problems import InvalidError
from studio.store import (
    BlobSource,
    ChainedBlobs,
    MemoryBlobs,
    ProjectFile,
    ProjectFileError,
    blob_id,
    save_project,
)

logger = logging.getLogger(__name__)

PROJECT_SUFFIX = ".helder"
DUMP_NAME = "project.json"


class ProjectError(Exception):
    """A project that cannot be opened or saved; the message names the file."""


@dataclass
class Project:
    template: Template
    path: Path | None = None  # the .helder file; None until first saved
    source: Path | None = None  # where it was read from (a file or a folder)
    new_blobs: MemoryBlobs = field(default_factory=MemoryBlobs)  # not yet saved
    sample_data: SampleTable | None = None  # saved with the project, nowhere else
    _file: ProjectFile | None = None

    @property
    def blobs(self) -> BlobSource:
        if self._file is None:
            return self.new_blobs
        return ChainedBlobs(self.new_blobs, self._file)

    @classmethod
    def open(cls, path: str | Path, *, sample_data: bool = True) -> Project:
        """Open a project file or folder.

        With ``sample_data`` False its sample rows are not even read: for an
        export, which must hold none. Such a project is for reading only; saving
        it over its file would drop the rows.
        """
        path = Path(path)
        started = time.perf_counter()
        if path.is_dir() or path.name == DUMP_NAME:
            folder = path if path.is_dir() else path.parent
            project = cls._open_folder(folder, sample_data)
        else:
            project = cls._open_file(path, sample_data)
        logger.info(
            "opened %s in %.1f ms", path, (time.perf_counter() - started) * 1000
        )
        return project

    @classmethod
    def _open_file(cls, path: Path, with_rows: bool = True) -> Project:
        try:
            handle = ProjectFile.open(path)
        except ProjectFileError as error:
            raise ProjectError(str(error)) from None
        template = _template_from(handle.document, path)
        missing = template.referenced_blobs() - handle.blob_ids()
        if missing:
            handle.close()
            raise ProjectError(f"{path}: asset bytes {sorted(missing)[0]} are missing")
        sample_data = _sample_data_in(handle) if with_rows else None
        return cls(
            template, path=path, source=path, sample_data=sample_data, _file=handle
        )

    @classmethod
    def _open_folder(cls, folder: Path, with_rows: bool = True) -> Project:
        dump = folder / DUMP_NAME
        try:
            document = json.loads(dump.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ProjectError(f"{folder}: no {DUMP_NAME} in this folder") from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise ProjectError(f"{dump}: cannot be read: {error}") from None
        template = _template_from(document, dump)
        project = cls(template, source=folder)
        for asset in template.assets.values():
            project.new_blobs.add(_read_asset_file(folder, asset))
        if with_rows:
            project.sample_data = _sample_data_beside(folder, template)
        return project

    def asset_bytes(self, asset_id: str) -> bytes:
        return self.blobs.read_blob(self.template.assets[asset_id].sha256)

    def add_asset(self, file: str | Path, asset_id: str | None = None) -> AssetRef:
        """Import a media file; its bytes are stored once, under their sha256."""
        asset = self.store_media(file, asset_id)
        self.template.assets[asset.id] = asset
        return asset

    def store_media(
        self,
        file: str | Path,
        asset_id: str | None = None,
        data: bytes | None = None,
    ) -> AssetRef:
        """Keep a media file's bytes (``data``, when already read) and describe
        it, without adding it to the template: the studio adds it as an undoable
        edit. Raises ProjectError naming the file when it cannot be read or is
        not a kind we import."""
        file = Path(file)
        media_type = media_type_of(file)
        if data is None:
            try:
                data = file.read_bytes()
            except OSError as error:
                raise ProjectError(
                    f"{file}: cannot be read: {error.strerror}"
                ) from None
        asset_id = asset_id or _free_asset_id(self.template, file.stem)
        self.new_blobs.add(data)
        return AssetRef(asset_id, file.name, media_type, blob_id(data), len(data))

    def save(self, path: str | Path | None = None) -> Path:
        """Write the project file; the old file stays intact until the new is whole."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ProjectError("this project has no file yet: choose where to save it")
        if target.suffix != PROJECT_SUFFIX:
            raise ProjectError(
                f"{target}: a project file name ends in {PROJECT_SUFFIX}"
            )
        problems = errors(self.template)
        if problems:
            raise ProjectError(f"{target}: not saved: {problems[0]}")
        started = time.perf_counter()
        try:
            self._write(target)
        except ProjectFileError as error:
            raise ProjectError(str(error)) from None
        self._reopen(target)
        logger.info(
            "saved %s in %.1f ms", target, (time.perf_counter() - started) * 1000
        )
        return target

    def save_copy(self, target: str | Path) -> Path:
        """Write the whole project to ``target`` and go on editing the same file.

        For recovery copies: unlike :meth:`save` it writes a template that does
        not validate yet (work in progress is still work), and it neither
        changes :attr:`path` nor frees the bytes of newly imported media.
        """
        target = Path(target)
        try:
            self._write(target)
        except ProjectFileError as error:
            raise ProjectError(str(error)) from None
        return target

    def _write(self, target: Path) -> None:
        # Sample data left out is deleted from the file: removing it must remove it.
        documents = {}
        if self.sample_data is not None:
            documents[DOCUMENT_NAME] = self.sample_data.to_document()
        save_project(
            target,
            template_to_dict(self.template),
            self.blobs,
            referenced=self.template.referenced_blobs(),
            documents=documents,
        )

    def _reopen(self, target: Path) -> None:
        # The saved file now holds every blob; reading through it frees the memory
        # held for newly imported assets and lets a later save-as copy from it.
        handle = ProjectFile.open(target)
        if self._file is not None:
            self._file.close()
        self._file = handle
        self.new_blobs = MemoryBlobs()
        self.path = target

    def dump(self) -> str:
        return canonical_json(template_to_dict(self.template))

    def export_folder(self, folder: str | Path) -> Path:
        """Write the project as a folder: ``project.json`` and its assets by name."""
        folder = Path(folder)
        (folder / "assets").mkdir(parents=True, exist_ok=True)
        for asset in self.template.assets.values():
            (folder / "assets" / asset.name).write_bytes(self.asset_bytes(asset.id))
        (folder / DUMP_NAME).write_text(self.dump(), encoding="utf-8")
        return folder

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


def _template_from(document: object, origin: Path) -> Template:
    try:
        return template_from_dict(document)
    except InvalidError as error:
        raise ProjectError(f"{origin}: {error}") from None


def _sample_data_in(handle: ProjectFile) -> SampleTable | None:
    """The file's sample rows. Damaged ones (or a format this studio does not
    read) are left out with a warning rather than costing the template; the
    next save then leaves them out of the file, and they can be imported again."""
    try:
        document = handle.named_document(DOCUMENT_NAME)
        return None if document is None else SampleTable.from_document(document)
    except (ProjectFileError, ValueError) as error:
        # The reasons name places, never values: rows are personal data.
        logger.warning("%s: sample data not loaded: %s", handle.path, error)
        return None


def _sample_data_beside(folder: Path, template: Template) -> SampleTable | None:
    for name in SAMPLE_DATA_NAMES:
        path = folder / name
        if path.is_file():
            try:
                return read_sample_file(path, template.fields)
            except DataFileError as error:
                logger.warning("sample data not loaded: %s", error)
    return None


def _read_asset_file(folder: Path, asset: AssetRef) -> bytes:
    name = Path(asset.name)
    if name.name != asset.name or asset.name in ("", ".", ".."):
        raise ProjectError(f"{folder}: asset {asset.id!r} has an unsafe file name")
    file = folder / "assets" / asset.name
    try:
        data = file.read_bytes()
    except OSError:
        raise ProjectError(f"{file}: asset {asset.id!r} is missing") from None
    if blob_id(data) != asset.sha256:
        raise ProjectError(
            f"{file}: asset {asset.id!r} has changed since it was imported "
            "(its sha256 no longer matches)"
        )
    return data


_MEDIA_BY_SUFFIX = {
    ".png": MediaType.PNG,
    ".jpg": MediaType.JPEG,
    ".jpeg": MediaType.JPEG,
    ".svg": MediaType.SVG,
    ".mp4": MediaType.MP4,
    ".webm": MediaType.WEBM,
    ".mp3": MediaType.MP3,
    ".wav": MediaType.WAV,
    ".ogg": MediaType.OGG,
}


def media_type_of(file: Path) -> MediaType:
    media_type = _MEDIA_BY_SUFFIX.get(file.suffix.lower())
    if media_type is None:
        guessed = mimetypes.guess_type(file.name)[0] or "unknown"
        allowed = ", ".join(sorted(_MEDIA_BY_SUFFIX))
        raise ProjectError(f"{file}: {guessed} files cannot be imported; use {allowed}")
    return media_type


def _free_asset_id(template: Template, stem: str) -> str:
    base = re.sub(r"[^A-Za-z0-9_.-]+", "-", stem).strip("-.") or "asset"
    candidate, number = base[:60], 2
    while candidate in template.assets:
        candidate, number = f"{base[:56]}-{number}", number + 1
    return candidate
