"""Opening a sample-row file: an Excel workbook or a CSV file.

``open_table`` decides by the content what the file is and refuses, with one line
that says what to do, anything it cannot read safely. See :mod:`studio.data.source`
for what a table yields.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from studio.data.csvfile import open_csv
from studio.data.sniff import sniff
from studio.data.source import (
    Cell,
    DataFileError,
    Limits,
    SourceRow,
    Table,
)
from studio.data.xlsx import open_xlsx

__all__ = ["Cell", "DataFileError", "Limits", "SourceRow", "Table", "open_table"]

logger = logging.getLogger(__name__)


def open_table(
    path: str | os.PathLike[str],
    sheet: str | None = None,
    *,
    limits: Limits | None = None,
) -> Table:
    """Open ``path`` for reading its header and rows.

    ``sheet`` picks a worksheet by name; by default the first visible worksheet is
    read, the one a user sees on opening the file. CSV files have no sheets and
    ignore it. Raises :class:`DataFileError` for a file that cannot be used.
    """
    path = Path(path)
    limits = limits or Limits()
    if sniff(path, limits) == "xlsx":
        return open_xlsx(path, sheet, limits)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        logger.warning("%s is named like a workbook but holds text; read as CSV", path)
    return open_csv(path, limits)
