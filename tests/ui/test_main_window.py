"""The studio window on the sample project, in English and in Dutch."""

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDockWidget

from studio.project import Project
from studio.resources import SAMPLE_PROJECT, TRANSLATIONS
from studio.ui.app import install_translator
from studio.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    window = MainWindow(Project.open(SAMPLE_PROJECT))
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_window_shows_the_sample_scenes_layers_and_fields(window):
    assert window.scenes.count() == 7
    assert window.scenes.item(0).text() == "Welkom  (6.4 s)"
    assert window.layers.rowCount() == 7
    assert window.fields.item(4, 0).text() == "amount_due"
    assert "Betalingsherinnering" in window.windowTitle()


def test_choosing_a_scene_shows_its_layers_top_first(window):
    window.scenes.setCurrentRow(3)
    names = [
        window.layers.item(row, 0).text() for row in range(window.layers.rowCount())
    ]
    assert names == [
        "Stem (en)",
        "Stem (nl)",
        "Geruststelling",
        "Hulp",
        "In termijnen",
        "Nu betalen",
        "Titel",
    ]


def test_every_panel_can_be_hidden_and_shown_again(window):
    docks = window.findChildren(QDockWidget)
    assert {d.objectName() for d in docks} == {
        "scenes_dock",
        "layers_dock",
        "fields_dock",
        "texts_dock",
    }
    for dock in docks:
        dock.toggleViewAction().trigger()
        assert dock.isHidden()
        dock.toggleViewAction().trigger()
        assert not dock.isHidden()


def test_text_that_looks_like_markup_is_shown_as_typed(qtbot):
    project = Project.open(SAMPLE_PROJECT)
    project.template.strings["brand"].source = "<b>Helder</b> & co"
    window = MainWindow(project)
    qtbot.addWidget(window)
    row = [
        window.texts.item(r, 0).text() for r in range(window.texts.rowCount())
    ].index("brand")
    assert window.texts.item(row, 1).text() == "<b>Helder</b> & co"
    assert window.texts.item(row, 1).data(0) == "<b>Helder</b> & co"


def test_save_writes_a_project_file_and_the_title_names_it(window, tmp_path):
    assert window._save_to(tmp_path / "mijn.helder")
    assert (tmp_path / "mijn.helder").exists()
    assert window.windowTitle().startswith("mijn.helder")


def build_dutch(folder: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run(
        [
            str(lrelease),
            "-silent",
            str(TRANSLATIONS / "helder_nl.ts"),
            "-qm",
            str(folder / "helder_nl.qm"),
        ],
        check=True,
    )


def test_the_dutch_interface_loads_and_translates(qtbot, tmp_path):
    build_dutch(tmp_path)
    app = QCoreApplication.instance()
    translator = install_translator(app, "nl", tmp_path)
    assert translator is not None
    try:
        window = MainWindow(Project.open(SAMPLE_PROJECT))
        qtbot.addWidget(window)
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus == ["&Bestand", "Beel&d"]
        assert window.fields.horizontalHeaderItem(0).text() == "Veld"
        assert {d.windowTitle() for d in window.findChildren(QDockWidget)} == {
            "Scènes",
            "Lagen",
            "Velden",
            "Teksten",
        }
    finally:
        app.removeTranslator(translator)


def test_every_interface_string_has_a_dutch_translation():
    text = (TRANSLATIONS / "helder_nl.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert text.count("<source>") == text.count("<translation>")


def test_the_dutch_sources_are_up_to_date_with_the_code(tmp_path):
    import xml.etree.ElementTree as ET

    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(
        str(p) for p in (TRANSLATIONS.parent / "studio" / "ui").glob("*.py")
    )
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(fresh)], check=True)

    def by_context(path):
        root = ET.parse(path).getroot()
        return {
            (context.findtext("name"), message.findtext("source"))
            for context in root.iter("context")
            for message in context.iter("message")
        }

    missing = by_context(fresh) - by_context(TRANSLATIONS / "helder_nl.ts")
    assert not missing, f"run pyside6-lupdate and translate: {sorted(missing)}"


def test_the_preview_paints_the_chosen_scene_for_the_chosen_row(window):
    window.scenes.setCurrentRow(1)  # Het bedrag
    preview = window.preview
    assert preview.row_choice.currentText() == "K-1001"
    first = preview.view.image.copy()
    preview.row_choice.setCurrentIndex(preview.row_choice.findText("K-1002"))
    second = preview.view.image
    assert first.size() == second.size() and first != second
    assert preview.renderer.timeline.row.values["amount_due"] == "€\xa01.234,56"


def test_scrubbing_the_preview_changes_the_frame_and_the_time(window):
    window.scenes.setCurrentRow(0)
    preview = window.preview
    settled = preview.view.image.copy()
    preview.slider.setValue(0)
    assert preview.view.image != settled
    assert preview.time_label.text().strip() == "0.00 s"


def test_without_a_row_the_preview_shows_the_placeholders(window):
    window.scenes.setCurrentRow(0)
    window.preview.row_choice.setCurrentIndex(0)
    texts = window.preview.renderer.timeline.row.texts
    assert texts["welkom.groet"] == "Hallo {first_name},"
