"""The sample project and its usable sample rows, read once for rendering tests."""

from functools import cache

from studio.data.check import load_rows
from studio.project import Project
from studio.resources import SAMPLE_PROJECT


@cache
def sample() -> Project:
    return Project.open(SAMPLE_PROJECT)


@cache
def sample_rows() -> dict[str, dict]:
    return load_rows(
        sample().template.fields,
        SAMPLE_PROJECT / "sample-rows.csv",
        row_id_field="customer_id",
    )
