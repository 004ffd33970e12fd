"""Sample rows kept beside a project folder, for previews and checks.

The bundled samples carry their rows as ``sample-rows.xlsx`` or ``.csv`` next to
``project.json``. Rows that fail their checks are left out (``helder data check``
lists why). The studio window copes with a damaged file by showing no rows; the
command line finds the file with :func:`sample_data_beside` and refuses a damaged
one with its message instead.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from studio.data.check import load_rows
from studio.data.source import DataFileError

if TYPE_CHECKING:
    from studio.project import Project

logger = logging.getLogger(__name__)

SAMPLE_DATA_NAMES = ("sample-rows.xlsx", "sample-rows.csv")


def sample_data_files(project: Project) -> list[Path]:
    """The sample data files in the project's folder, the preferred one first."""
    folder = project.source
    if folder is None or not folder.is_dir():
        return []
    return [folder / name for name in SAMPLE_DATA_NAMES if (folder / name).is_file()]


def sample_data_beside(project: Project) -> Path | None:
    """The sample data file the project's rows come from, if it has one."""
    files = sample_data_files(project)
    return files[0] if files else None


def sample_rows_beside(project: Project) -> dict[str, dict]:
    """The usable rows of a sample data file in the project's folder, if any.

    A file that cannot be read is passed over for the next one, with a warning.
    """
    template = project.template
    for path in sample_data_files(project):
        try:
            return load_rows(
                template.fields,
                path,
                row_id_field=template.settings.row_id_field,
                region=template.settings.region,
            )
        except DataFileError as error:
            logger.warning("sample rows not loaded: %s", error)
    return {}
