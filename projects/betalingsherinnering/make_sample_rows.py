"""Write the sample rows of the payment-reminder template as CSV and as xlsx.

    python projects/betalingsherinnering/make_sample_rows.py

Every person here is invented. The rows are a teaching file: most are fine, and
the others each show one mistake that real exports contain, so that a new user
sees every kind of message once. The CSV is written the way Dutch Excel writes
"CSV UTF-8": semicolons and a byte-order mark. The workbook holds the same rows
with the cell types a real workbook would have (numbers, dates), except where a
mistake only exists as text, and one real formula that the CSV cannot have.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
# The columns are the template's fields, in the order it lists them.
HEADER = [
    field["name"]
    for field in json.loads((HERE / "project.json").read_text("utf-8"))["fields"]
]
INJECTION = '=HYPERLINK("https://betaal-snel.example/","Klik hier")'


@dataclass(frozen=True)
class Typed:
    """A cell written as ``text`` in the CSV and as ``value`` in the workbook."""

    text: str
    value: object


@dataclass(frozen=True)
class Formula:
    """A real formula in the workbook; the CSV holds the typed-in amount."""

    text: str
    formula: str


def _amount(text: str, value: float) -> Typed:
    return Typed(text, value)


def _date(text: str) -> Typed:
    day, month, year = (int(part) for part in text.split("-"))
    return Typed(text, dt.date(year, month, day))


ROWS: list[list[object]] = [
    ["K-1001", "Sanne", "de Vries", "nl", _amount("12,50", 12.5),
     _date("15-01-2027"), "F2026-0001", "sanne.devries@voorbeeld.nl"],
    ["K-1002", "Mehmet", "Yılmaz", "tr", "1.234,56",
     _date("20-01-2027"), "F2026-0002", "m.yilmaz@voorbeeld.nl"],
    ["K-1003", "Agnieszka", "Wójcik", "pl", "1234.56",
     "2027-01-22", "F2026-0003", "agnieszka.wojcik@voorbeeld.pl"],
    ["K-1004", "يوسف", "العلوي", "ar", _amount("250,00", 250),
     _date("25-01-2027"), "F2026-0004", "youssef.alaoui@voorbeeld.nl"],
    ["K-1005", "Fatima", "El Idrissi", "ar", _amount("0,01", 0.01),
     _date("31-01-2027"), "F2026-0005", ""],
    ["K-1006", "Johanna Wilhelmina", "van den Berg-Hoogendoorn tot Oud-Zuylen",
     "nl", _amount("99.999,99", 99999.99), _date("01-02-2027"), "F2026-0006",
     "j.w.vandenberg@voorbeeld.nl"],
    ["K-1007", "Emre", "Demir", "tr", "1.234",
     _date("03-02-2027"), "F2026-0007", "emre.demir@voorbeeld.nl"],
    ["K-1008", "Katarzyna", "Nowak", "pl", "1.234,567",
     _date("05-02-2027"), "F2026-0008", "k.nowak@voorbeeld.pl"],
    ["K-1009", "", "Bakker", "nl", _amount("89,95", 89.95),
     _date("08-02-2027"), "F2026-0009", "bakker@voorbeeld.nl"],
    ["K-1010", "<b>Lotte</b>", "Visser", "nl", _amount("45,00", 45),
     _date("10-02-2027"), "F2026-0010", "lotte.visser@voorbeeld.nl"],
    ["K-1011", "Daan", "Smit\x07", "nl", _amount("60,00", 60),
     _date("12-02-2027"), "F2026-0011", "daan.smit@voorbeeld.nl"],
    ["K-1012", INJECTION, "Mulder", "nl", _amount("30,00", 30),
     _date("14-02-2027"), "F2026-0012", "mulder@voorbeeld.nl"],
    ["K-1013", "Sevda", "Kaya", "tr", _amount("310,40", 310.4),
     "31-02-2027", "F2026-0013", "sevda.kaya@voorbeeld.nl"],
    ["K-1014", "Thomas", "Meijer", "de", _amount("75,00", 75),
     _date("16-02-2027"), "F2026-0014", "t.meijer@voorbeeld.nl"],
    ["K-1015", "Noor", "de Jong", "", _amount("150,00", 150),
     _date("18-02-2027"), "F2026-0015", "noor.dejong@voorbeeld.nl"],
    ["K-1016", "Piotr", "Kowalski", "pl", "€ 45,00",
     _date("19-02-2027"), "F2026-0016", ""],
    ["K-1002", "Zeynep", "Çelik", "tr", _amount("220,00", 220),
     _date("20-02-2027"), "F2026-0017", "zeynep.celik@voorbeeld.nl"],
    ["K-1018", "Bram", "Bos", "nl", "0,00",
     _date("21-02-2027"), "F2026-0018", "bram.bos@voorbeeld.nl"],
    ["K-1019", "خديجة", "بنعلي", "ar", _amount("1.875,25", 1875.25),
     _date("22-02-2027"), "F2026-0019", "khadija.benali@voorbeeld.nl"],
    [],
    ["K-1020", "Ruben", "Hendriks", "en", _amount("512,75", 512.75),
     Typed("2027-02-15 14:30", dt.datetime(2027, 2, 15, 14, 30)), "F2026-0020",
     "ruben.hendriks@voorbeeld.nl"],
    ["K-1021", "Sophie", "van Dijk", "nl", Formula("125,00", "=SUM(100,25)"),
     _date("24-02-2027"), "F2026-0021", "sophie.vandijk@voorbeeld.nl"],
    ["K-1022", "Łukasz", "Wiśniewski", "pl", _amount("99999.99", 99999.99),
     _date("25-02-2027"), "F2026-0022", "lukasz.wisniewski@voorbeeld.pl"],
    ["K-1023", "Ömer", "Aydın", "TR", _amount("18,20", 18.2),
     _date("26-02-2027"), "F2026-0023", "Omer.Aydin@Voorbeeld.NL"],
    ["K-1024", "Mohamed", "Amrani", "ar", _amount("640,00", 640),
     _date("27-02-2027"), "F2026-0024", "m.amrani@voorbeeld.nl"],
]  # fmt: skip

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def csv_text(cell: object) -> str:
    if isinstance(cell, Typed | Formula):
        return cell.text
    return str(cell)


def write_csv(path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADER)
        writer.writerows([csv_text(cell) for cell in row] for row in ROWS)


def write_xlsx(path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Herinneringen"
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append([None] * len(row))
        for column, cell in enumerate(row, start=1):
            _set(sheet.cell(row=sheet.max_row, column=column), cell)
    workbook.save(path)


def _set(target, cell: object) -> None:
    """Write one cell; text stays text even when it begins with '='."""
    if isinstance(cell, Formula):
        target.value = cell.formula
        return
    value = cell.value if isinstance(cell, Typed) else cell
    if isinstance(value, dt.date):
        target.value = value
        target.number_format = (
            "DD-MM-YYYY" if not isinstance(value, dt.datetime) else "DD-MM-YYYY HH:MM"
        )
        return
    if isinstance(value, str):
        if not value:
            return
        # Excel's own escape for control characters, which XML cannot hold.
        target.value = _CONTROL.sub(lambda m: f"_x{ord(m.group()):04X}_", value)
        target.data_type = "s"
        return
    target.value = value


def main() -> None:
    write_csv(HERE / "sample-rows.csv")
    write_xlsx(HERE / "sample-rows.xlsx")


if __name__ == "__main__":
    main()
