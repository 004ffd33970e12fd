"""The sample rows a window starts with: the project's own sample data, checked.

A project keeps its sample rows inside its file (beside a project folder they are
read from ``sample-rows.xlsx`` or ``.csv``, as the bundled samples keep them).
Rows that fail their checks are left out of the preview; the data panel shows why.
"""

from __future__ import annotations

import logging

from studio.data.check import DataCheck, usable_rows
from studio.data.sample_table import check_sample
from studio.data.source import DataFileError
from studio.project import Project

logger = logging.getLogger(__name__)


def checked_sample(project: Project) -> tuple[DataCheck | None, dict[str, dict]]:
    """The verdicts on the project's sample data, and its usable rows by id."""
    table = project.sample_data
    if table is None:
        return None, {}
    settings = project.template.settings
    try:
        check = check_sample(
            project.template.fields,
            table,
            settings.row_id_field,
            settings.region,
        )
    except DataFileError as error:
        logger.warning("sample rows not usable: %s", error)
        return None, {}
    return check, usable_rows(check)


def sample_rows_beside(project: Project) -> dict[str, dict]:
    """The usable sample rows of ``project``, by row id."""
    return checked_sample(project)[1]
