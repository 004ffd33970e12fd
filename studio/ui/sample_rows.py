"""Sample rows for the canvas: a sample data file kept beside a project folder.

The bundled samples carry their rows as ``sample-rows.xlsx`` or ``.csv`` next to
``project.json``; rows that fail their checks are left out (the data check
command lists why).
"""

from __future__ import annotations

import logging

from studio.data.check import load_rows
from studio.data.source import DataFileError
from studio.project import Project

logger = logging.getLogger(__name__)

SAMPLE_DATA_NAMES = ("sample-rows.xlsx", "sample-rows.csv")


def sample_rows_beside(project: Project) -> dict[str, dict]:
    """The usable rows of a sample data file in the project's folder, if any."""
    folder = project.source
    if folder is None or not folder.is_dir():
        return {}
    for name in SAMPLE_DATA_NAMES:
        path = folder / name
        if path.is_file():
            try:
                return load_rows(
                    project.template.fields,
                    path,
                    row_id_field=project.template.settings.row_id_field,
                    region=project.template.settings.region,
                )
            except DataFileError as error:
                logger.warning("sample rows not loaded: %s", error)
    return {}
