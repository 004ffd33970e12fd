"""Formula cells are found in the sheet XML, however the workbook spells them."""

import zipfile

import pytest

from studio.data import formulas
from studio.data.tables import open_table

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def raw_xlsx(path, sheet_data: str, prefix: str = "", tail: str = ""):
    """A minimal workbook around hand-written ``<sheetData>`` content."""
    p = f"{prefix}:" if prefix else ""
    xmlns = f'xmlns{":" + prefix if prefix else ""}="{MAIN}"'
    sheet = (
        f'<?xml version="1.0"?><{p}worksheet {xmlns}><{p}sheetData>{sheet_data}'
        f"</{p}sheetData>{tail}</{p}worksheet>"
    )
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
        ),
        "_rels/.rels": (
            f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="http://schemas'
            '.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets><sheet name="Blad1" '
            'sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="http://'
            'schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
            'Target="worksheets/sheet1.xml"/></Relationships>'
        ),
        "xl/worksheets/sheet1.xml": sheet,
    }
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return path


def formula_map(path) -> list[list[bool]]:
    with open_table(path) as table:
        return [[cell.formula for cell in row.cells] for row in table.rows()]


def values(path) -> list[list[object]]:
    with open_table(path) as table:
        return [[cell.value for cell in row.cells] for row in table.rows()]


HEAD = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c>'
    '<c r="B1" t="inlineStr"><is><t>b</t></is></c></row>'
)


def test_formula_cells_are_marked_and_keep_their_cached_value(tmp_path):
    path = raw_xlsx(
        tmp_path / "f.xlsx",
        HEAD + '<row r="2"><c r="A2"><v>5</v></c><c r="B2"><f>A2*2</f><v>10</v></c>'
        '</row><row r="3"><c r="A3"><f/><v>1</v></c><c r="B3"><v>2</v></c></row>',
    )
    assert formula_map(path) == [[False, True], [True, False]]
    assert values(path) == [[5.0, 10.0], [1.0, 2.0]]


def test_namespace_prefixes_are_understood(tmp_path):
    head = HEAD.replace("<row", "<x:row").replace("</row", "</x:row")
    head = head.replace("<c ", "<x:c ").replace("</c>", "</x:c>")
    head = head.replace("<is><t>", "<x:is><x:t>").replace("</t></is>", "</x:t></x:is>")
    path = raw_xlsx(
        tmp_path / "x.xlsx",
        head + '<x:row r="2"><x:c r="B2"><x:f t="normal">1+1</x:f><x:v>2</x:v></x:c>'
        "</x:row>",
        prefix="x",
    )
    assert formula_map(path) == [[False, True]]


def test_shared_and_array_formulas_cover_the_cells_they_compute(tmp_path):
    path = raw_xlsx(
        tmp_path / "a.xlsx",
        HEAD + '<row r="2"><c r="A2"><f t="shared" ref="A2:A3" si="0">1</f><v>1</v></c>'
        '<c r="B2"><f t="array" ref="B2:B4">SEQUENCE(3)</f><v>1</v></c></row>'
        '<row r="3"><c r="A3"><f t="shared" si="0"/><v>1</v></c><c r="B3"><v>2</v></c>'
        '</row><row r="4"><c r="A4"><v>9</v></c><c r="B4"><v>3</v></c></row>'
        '<row r="5"><c r="A5"><v>9</v></c><c r="B5"><v>4</v></c></row>',
    )
    assert formula_map(path) == [
        [True, True],
        [True, True],
        [False, True],
        [False, False],
    ]


def test_cells_without_positions_follow_the_previous_cell(tmp_path):
    path = raw_xlsx(
        tmp_path / "n.xlsx",
        HEAD + "<row><c><v>1</v></c><c><f>1+1</f><v>2</v></c></row>",
    )
    assert formula_map(path) == [[False, True]]


def test_formulas_outside_the_cells_are_not_cell_formulas(tmp_path):
    extension = (
        '<extLst><ext uri="x"><x14:dataValidations xmlns:x14="x" xmlns:xm="m">'
        "<x14:dataValidation><x14:formula1><xm:f>Blad2!$A$1:$A$5</xm:f>"
        "</x14:formula1></x14:dataValidation></x14:dataValidations></ext></extLst>"
    )
    path = raw_xlsx(
        tmp_path / "e.xlsx",
        HEAD + '<row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c></row>',
        tail=extension,
    )
    assert formula_map(path) == [[False, False]]


@pytest.mark.parametrize("chunk", [3, 7, 64])
def test_tags_split_across_chunks_are_still_found(tmp_path, monkeypatch, chunk):
    monkeypatch.setattr(formulas, "CHUNK", chunk)
    path = raw_xlsx(
        tmp_path / "c.xlsx",
        HEAD + '<row r="2"><c r="A2"><v>1</v></c><c r="B2"><f>A2+1</f><v>2</v></c>'
        '</row><row r="3"><c r="A3"><f>1</f><v>1</v></c><c r="B3"><v>2</v></c></row>',
    )
    assert formula_map(path) == [[False, True], [True, False]]


def test_column_letters_and_indices_agree():
    for index in (0, 25, 26, 701, 702, 16383):
        assert formulas.column_index(formulas.column_letters(index)) == index
    assert formulas.column_letters(27) == "AB"
