"""The studio window on the sample project, as a designer uses it."""

import subprocess
import sys
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDockWidget, QMessageBox

from studio.model.serialize import template_to_json
from studio.project import Project
from studio.resources import SAMPLE_PROJECT, TRANSLATIONS
from studio.ui import canvas_geometry as geometry
from studio.ui import theme
from studio.ui.app import install_translator
from studio.ui.main_window import MainWindow, open_window


@pytest.fixture
def window(qtbot):
    window = MainWindow(Project.open(SAMPLE_PROJECT))
    window.resize(1440, 900)
    window.show()
    qtbot.waitUntil(lambda: window.canvas.image is not None, timeout=5000)
    yield window
    if shiboken6.isValid(window):  # a test may have closed it (it deletes itself)
        window.document.undo_stack.setClean()
        window.close()


def answer_next_question(button) -> list:
    """Press ``button`` in the next message box that opens; returns its texts."""
    seen = []

    def press():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, press)
    return seen


def centre_of(window, layer_id) -> QPoint:
    document = window.document
    box = geometry.layer_bounds(document.scene.layer(layer_id), document.frame)
    return window.canvas.to_widget(box.center()).toPoint()


def drag(qtbot, widget, start: QPoint, end: QPoint, steps=5):
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, steps + 1):
        qtbot.mouseMove(widget, start + (end - start) * (step / steps))
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def test_the_window_shows_the_sample_in_every_panel(window):
    assert window.scenes.count() == 8
    assert window.scenes.item(0).text() == "Welkom  (6.4 s)"
    assert window.layers.rowCount() == 7
    assert window.fields.table.item(4, 0).text() == "amount_due"
    assert "Betalingsherinnering" in window.windowTitle()
    assert window.row_choice.currentText() == "K-1001"
    # it opens where the first scene has settled: its last frame
    assert window.canvas.image_frame == window.document.template.scenes[0].duration - 1


def test_choosing_a_scene_shows_it_on_the_canvas_the_layers_and_the_timeline(
    qtbot, window
):
    window.scenes.setCurrentRow(3)
    assert window.document.scene_id == window.document.template.scenes[3].id
    names = [window.layers.item(r, 2).text() for r in range(window.layers.rowCount())]
    assert names == [
        "Stem (en)",
        "Stem (nl)",
        "Geruststelling",
        "Hulp",
        "In termijnen",
        "Nu betalen",
        "Titel",
    ]
    assert window.timeline.scene_strip.block_rect(window.document.scene_id).isValid()


def test_selecting_in_the_layer_list_selects_on_the_canvas_and_in_the_inspector(window):
    window.layers.selectRow(2)  # the third layer from the top
    chosen = window.layers.layer_ids()[2]
    assert window.document.selection == (chosen,)
    assert window.inspector.editor_for("name") is not None
    window.document.select([])
    assert window.layers.selectedItems() == []


def test_every_panel_can_be_hidden_and_shown_again(window):
    docks = window.findChildren(QDockWidget)
    assert {d.objectName() for d in docks} == {
        "scenes_dock",
        "layers_dock",
        "assets_dock",
        "inspector_dock",
        "fields_dock",
        "easing_dock",
        "timeline_dock",
        "texts_dock",
        "overflow_dock",
        "data_dock",
        "story_dock",
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
    row = [
        window.texts.item(r, 0).text() for r in range(window.texts.rowCount())
    ].index("brand")
    assert window.texts.item(row, 1).text() == "<b>Helder</b> & co"
    window.close()


def test_the_title_marks_unsaved_changes_until_saved(qtbot, window, tmp_path):
    assert not window.isWindowModified()
    window.document.select(["welkom-uitleg"])
    window.canvas.move_selection(10, 0)
    assert window.isWindowModified()
    assert "[*]" in window.windowTitle()
    assert window._save_to(tmp_path / "mijn.helder")
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("mijn.helder")
    window.document.undo_stack.undo()
    assert window.isWindowModified()


def test_a_new_user_moves_the_title_adds_a_keyframe_undoes_saves_and_reopens(
    qtbot, window, tmp_path
):
    document = window.document
    window.canvas.snapping = False
    start_x = document.scene.layer("welkom-groet").transform.position.keyframes[-1]
    # move the greeting at its settled frame: that keyframe moves
    document.set_frame(30)
    qtbot.waitUntil(lambda: window.canvas.image_frame == 30, timeout=5000)
    start = centre_of(window, "welkom-groet")
    drag(qtbot, window.canvas, start, start + QPoint(60, 0))
    moved = document.scene.layer("welkom-groet").transform.position.keyframes[-1]
    assert moved.frame == 30 and moved.value[0] > start_x.value[0] + 50
    # a keyframe on the brand's opacity, with the inspector's toggle, at frame 60
    document.select(["welkom-brand"])
    document.set_frame(60)
    toggle = window.inspector.keyframe_toggle("opacity")
    toggle.click()
    brand = document.scene.layer("welkom-brand")
    assert [k.frame for k in brand.transform.opacity.keyframes] == [60]
    document.undo_stack.undo()  # the keyframe goes, the move stays
    assert brand.transform.opacity.keyframes == []
    assert window._save_to(tmp_path / "probeer.helder")
    saved = template_to_json(document.template)
    reopened = Project.open(tmp_path / "probeer.helder")
    try:
        assert template_to_json(reopened.template) == saved
        greeting = reopened.template.scenes[0].layer("welkom-groet")
        assert greeting.transform.position.keyframes[-1] == moved
    finally:
        reopened.close()


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(qtbot, window):
    window.document.select(["welkom-uitleg"])
    window.canvas.move_selection(0, 5)
    asked = answer_next_question(QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert asked and "Betalingsherinnering" in asked[0]
    assert window.isVisible()
    answer_next_question(QMessageBox.StandardButton.Discard)
    assert window.close()


def test_a_second_window_on_the_same_project_is_told_it_is_open_elsewhere(
    qtbot, tmp_path
):
    first = Project.open(SAMPLE_PROJECT)
    first.save(tmp_path / "een.helder")
    window = open_window(first)
    told = answer_next_question(QMessageBox.StandardButton.Ok)
    second = open_window(Project.open(tmp_path / "een.helder"))
    assert second is None
    assert "is open in another Helder Studio window" in told[0]
    window.close()
    third = open_window(Project.open(tmp_path / "een.helder"))
    assert third is not None
    third.close()


def test_an_export_runs_beside_the_window_and_can_be_cancelled(qtbot, window, tmp_path):
    from studio.render.encode import probe
    from studio.ui.jobs import ExportJob

    job = ExportJob(window.document, tmp_path / "kort.mp4", size=(320, 180))
    steps = []
    job.sig_progress.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(job.sig_done, timeout=120_000):
        job.start()
    job.wait()
    info = probe(tmp_path / "kort.mp4")
    assert (info.width, info.height) == (320, 180)
    assert steps[-1][0] == steps[-1][1]
    stopped = ExportJob(window.document, tmp_path / "weg.mp4", size=(320, 180))
    with qtbot.waitSignal(stopped.sig_cancelled, timeout=60_000):
        stopped.start()
        stopped.cancel()
    stopped.wait()
    assert not (tmp_path / "weg.mp4").exists()


def test_the_export_dialog_exports_the_shown_variant_beside_the_window(
    qtbot, window, tmp_path
):
    from studio.render.encode import probe

    window.document.set_row("K-1002")
    window.document.set_language("en")
    window.export_video()
    dialog = window.export_dialog
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.variant.text() == "K-1002, in en"
    sizes = [dialog.size_choice.itemData(i) for i in range(dialog.size_choice.count())]
    dialog.size_choice.setCurrentIndex(sizes.index((640, 360)))
    dialog.output.setText(str(tmp_path / "k1002-en.mp4"))
    messages = []
    window.export_dialog.sig_finished.connect(messages.append)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_button.isEnabled() and not dialog.start_button.isEnabled()
    # the window goes on answering while it exports
    window.document.set_frame(3)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=120_000)
    assert messages == [f"Exported {tmp_path / 'k1002-en.mp4'}"]
    info = probe(tmp_path / "k1002-en.mp4")
    assert (info.width, info.height) == (640, 360)
    assert dialog.progress.value() == 100


def test_an_export_cancelled_from_the_dialog_leaves_no_file(qtbot, window, tmp_path):
    job = window.export_video(tmp_path / "weg.mp4")
    window.export_dialog.cancel_button.click()
    qtbot.waitUntil(lambda: window.export_dialog.job is None, timeout=60_000)
    assert job.cancelled
    assert window.export_dialog.status.text() == "Export cancelled"
    assert not (tmp_path / "weg.mp4").exists()


def test_an_export_to_a_missing_folder_says_so_and_starts_nothing(window, tmp_path):
    window.export_video()
    dialog = window.export_dialog
    dialog.output.setText(str(tmp_path / "nergens" / "film.mp4"))
    assert dialog.start() is None
    assert "does not exist" in dialog.status.text()


def test_switching_the_row_paints_the_other_row(qtbot, window):
    window.document.set_scene(window.document.template.scenes[1].id)
    window.document.set_frame(100)
    qtbot.waitUntil(lambda: window.canvas.image_frame == 100, timeout=5000)
    first = window.canvas.image.copy()
    window.row_choice.setCurrentIndex(window.row_choice.findText("K-1002"))
    qtbot.waitUntil(lambda: window.canvas.image != first, timeout=5000)
    assert window.document.row_id == "K-1002"


def test_light_and_dark_colour_the_whole_window():
    app = QApplication.instance()
    try:
        assert theme.apply_theme(app, "dark") == "dark"
        assert app.palette().window().color().name() == "#2b2d31"
        assert theme.apply_theme(app, "light") == "light"
        assert app.palette().window().color().name() == "#f2f3f5"
    finally:
        theme.apply_theme(app, "light")


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
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus == [
            "&Bestand",
            "Be&werken",
            "Beel&d",
            "&Laag",
            "S&cène",
            "&Schikken",
            "&Afspelen",
        ]
        assert window.fields.table.horizontalHeaderItem(0).text() == "Veld"
        titles = {d.windowTitle() for d in window.findChildren(QDockWidget)}
        assert {"Scènes", "Lagen", "Tijdlijn", "Velden", "Teksten"} <= titles
        window.document.select(["welkom-uitleg"])
        window.canvas.move_selection(1, 0)
        assert window.document.undo_stack.undoText() == "Verschuiven"
        window.document.undo_stack.setClean()
        window.close()
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


def test_large_media_are_read_beside_the_window_with_progress(
    qtbot, window, tmp_path, monkeypatch
):
    from PySide6.QtGui import QColor, QImage

    from studio.ui import media_import

    picture = QImage(64, 32, QImage.Format.Format_RGB32)
    picture.fill(QColor("#AA3355"))
    file = tmp_path / "groot.png"
    picture.save(str(file))
    monkeypatch.setattr(media_import, "IMPORT_IN_BACKGROUND", 10)
    assert window.canvas.import_files([file]) == []  # it is being read
    assert window.progress.isVisible()
    qtbot.waitUntil(lambda: window.job is None, timeout=10_000)
    layer = window.document.scene.layer("groot")
    assert layer.transform.size.value == (64.0, 32.0)
    assert window.document.undo_stack.undoText() == "Import media"


def test_a_new_empty_project_is_valid_and_saves(qtbot, tmp_path):
    from studio.model.validate import errors
    from studio.ui.main_window import _WINDOWS

    before = set(_WINDOWS)
    window = MainWindow(Project.open(SAMPLE_PROJECT))
    window.new_empty()
    (new,) = set(_WINDOWS) - before - {window}
    try:
        assert errors(new.project.template) == []
        assert [f.name for f in new.project.template.fields] == [
            "customer_id",
            "first_name",
            "amount_due",
            "due_date",
        ]
        assert new._save_to(tmp_path / "leeg.helder")
        assert new.windowTitle().startswith("leeg.helder")
    finally:
        new.close()
        window.close()


def test_texts_that_do_not_fit_are_listed_marked_and_shown_on_a_click(qtbot, window):
    from studio.values.stress import LONGEST

    panel = window.overflow
    cases = {(f.layer_id, f.row_id, f.language) for f in panel.overflows}
    assert ("welkom-groet", LONGEST, "nl") in cases
    assert ("welkom-groet", LONGEST, "en") in cases
    assert window.canvas.overflow_elsewhere == {"welkom-groet"}  # not for K-1001
    row = next(
        r
        for r, f in enumerate(panel.overflows)
        if (f.layer_id, f.row_id, f.language) == ("welkom-groet", LONGEST, "en")
    )
    panel.table.selectRow(row)
    document = window.document
    assert (document.row_id, document.language) == (LONGEST, "en")
    assert document.selection == ("welkom-groet",)
    assert window.row_choice.currentText() == "Stress: the longest values"
    assert window.canvas.overflow_here == {"welkom-groet"}


def test_an_edit_that_makes_a_box_too_small_is_listed_after_a_moment(qtbot, window):
    from studio.model.edits import SetTransform

    document = window.document
    document.edit(SetTransform("welkom-uitleg", "size", (200.0, 40.0)))
    qtbot.waitUntil(
        lambda: any(f.layer_id == "welkom-uitleg" for f in window.overflow.overflows),
        timeout=5000,
    )
    document.undo_stack.undo()
    qtbot.waitUntil(
        lambda: all(f.layer_id != "welkom-uitleg" for f in window.overflow.overflows),
        timeout=5000,
    )


def test_a_tooltip_of_a_row_value_shows_markup_as_typed():
    from PySide6.QtGui import QTextDocument

    from studio.ui.plain_text import as_plain_tooltip

    shown = QTextDocument()
    shown.setHtml(as_plain_tooltip("<b>Jan</b> & <script>x</script>"))
    assert shown.toPlainText() == "<b>Jan</b> & <script>x</script>"
