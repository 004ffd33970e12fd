"""The fields of the sample template, and helpers that write messy files."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from studio.project import Project
from studio.resources import SAMPLE_PROJECT
from studio.values.fields import Field


def sample_fields() -> list[Field]:
    """The fields of the bundled payment-reminder template, as it defines them."""
    return Project.open(SAMPLE_PROJECT).template.fields


@pytest.fixture
def fields() -> list[Field]:
    return sample_fields()


def write_csv(path: Path, rows: list[list[str]], *, delimiter=";", bom=True) -> Path:
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as out:
        csv.writer(out, delimiter=delimiter).writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[object]], *, start="A1") -> Path:
    """A workbook with ``rows`` from cell ``start``; text stays text, even '=…'."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    top = sheet[start]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            cell = sheet.cell(row=top.row + r, column=top.column + c, value=value)
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"
    workbook.save(path)
    return path


@pytest.fixture
def write():
    """The file writers, so tests need not import from a conftest module."""

    class Writers:
        csv = staticmethod(write_csv)
        xlsx = staticmethod(write_xlsx)

    return Writers
