"""How fast, and in how much memory, a large sample-row file is read and checked.

Each measurement runs in a fresh Python process, because most of the memory of
a workbook read lives in calamine's Rust heap, which ``tracemalloc`` cannot see;
the peak resident set size of the child process covers both.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import pickle
import random
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import openpyxl

from studio.values.fields import Field

HEADER = [
    "customer_id",
    "first_name",
    "last_name",
    "language",
    "amount_due",
    "due_date",
    "invoice_number",
    "email",
]
_FIRST = ["Sanne", "Mehmet", "Agnieszka", "يوسف", "Daan", "Zeynep", "Łukasz", "Noor"]
_LAST = ["de Vries", "Yılmaz", "Wójcik", "العلوي", "Smit", "Çelik", "Nowak", "Bakker"]
_LANGUAGES = ["nl", "nl", "nl", "en", "tr", "pl", "ar", ""]
# One row in fifty is bad in a way real exports are: the ambiguous amount, a
# missing name, a date that does not exist, and an injected formula.
_BAD = [
    (4, "1.234"),
    (1, ""),
    (5, "31-02-2027"),
    (2, '=HYPERLINK("https://example.invalid")'),
]

_CHILD = r"""
import json, pickle, resource, sys, time
mode, path, fields_file = sys.argv[1:4]
started = time.perf_counter()
if mode == "check":
    from studio.data.check import check_file
    with open(fields_file, "rb") as stream:
        fields = pickle.load(stream)
    result = check_file(fields, path, row_id_field=fields[0].name)
    rows, counts = len(result.verdicts), result.counts
else:
    import openpyxl
    workbook = openpyxl.load_workbook(path, read_only=True)
    rows = sum(1 for _ in workbook.worksheets[0].iter_rows(values_only=True)) - 1
    counts = {}
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
sys.stdout.write(
    json.dumps({"seconds": seconds, "rows": rows, "counts": counts, "peak": peak})
)
"""


def make_benchmark_xlsx(path: str | os.PathLike[str], rows: int = 100_000) -> Path:
    """Write a workbook shaped like the sample rows, with ``rows`` data rows."""
    path = Path(path)
    chance = random.Random(20270115)
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Herinneringen")
    sheet.append(HEADER)
    start = dt.date(2027, 1, 1)
    for number in range(rows):
        row = _benchmark_row(number, chance, start)
        if number % 50 == 49:
            column, value = _BAD[(number // 50) % len(_BAD)]
            row[column] = value
        sheet.append(row)
    workbook.save(path)
    return path


def _benchmark_row(number: int, chance: random.Random, start: dt.date) -> list:
    first = chance.choice(_FIRST)
    cents = chance.randint(1, 9_999_999)
    amount = cents / 100 if number % 5 else f"{cents // 100},{cents % 100:02d}"
    return [
        f"K-{number + 1:06d}",
        first,
        chance.choice(_LAST),
        chance.choice(_LANGUAGES),
        amount,
        start + dt.timedelta(days=number % 365),
        f"F2027-{number + 1:07d}",
        f"klant{number + 1}@voorbeeld.nl" if number % 3 else "",
    ]


def bench_import(path: str | os.PathLike[str], fields: Sequence[Field]) -> dict:
    """Seconds and peak memory of checking ``path``, and of plain openpyxl reading.

    Returns ``{"check_file": {...}, "openpyxl_read_only": {...}}``, each with
    ``seconds`` (inside the child, imports excluded), ``peak_rss_mb`` (the whole
    child process), ``rows`` and, for the check, ``counts`` by status.
    """
    path = Path(path)
    fields_file = path.with_suffix(".fields.pickle")
    fields_file.write_bytes(pickle.dumps(list(fields)))
    try:
        return {
            "check_file": _measure("check", path, fields_file),
            "openpyxl_read_only": _measure("openpyxl", path, fields_file),
        }
    finally:
        fields_file.unlink(missing_ok=True)


def _measure(mode: str, path: Path, fields_file: Path) -> dict:
    completed = subprocess.run(
        [sys.executable, "-c", _CHILD, mode, str(path), str(fields_file)],
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(completed.stdout.strip().splitlines()[-1])
    # Linux reports ru_maxrss in kilobytes, macOS in bytes.
    unit = 1 if sys.platform == "darwin" else 1024
    report["peak_rss_mb"] = round(report.pop("peak") * unit / (1024 * 1024), 1)
    report["seconds"] = round(report["seconds"], 2)
    return report
