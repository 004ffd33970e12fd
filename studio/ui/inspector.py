"""The inspector: the properties of the selected layers, to read and to edit.

The form is generated from the layer classes: each property's kind picks its
editor from the registry in :mod:`studio.ui.property_editors`. Values show as they
are at the playhead; every change goes through the document as one undo step. The
form is rebuilt only when the selection (or the kind of a selected layer) changes;
a playhead move or an edit updates the values in place.
"""

from __future__ import annotations

import logging
from dataclasses import fields, replace
from functools import partial
from typing import Any

from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.model.edits import (
    Batch,
    EditError,
    RemoveKeyframe,
    SetLayerProperty,
    SetText,
    SetTransform,
)
from studio.model.layers import Layer, LayerKind
from studio.ui.document import Document
from studio.ui.property_editors import (
    MIXED,
    Partial,
    PropertyEditor,
    PropertySpec,
    SummaryEditor,
    Target,
    editor_factory,
    layer_specs,
    transform_specs,
)

logger = logging.getLogger(__name__)

TOGGLE_SIZE = QSize(22, 22)
KEY_COLOR = "#F5B731"  # as the timeline draws its keyframes


def common_value(values: list[Any]) -> Any:
    """The value all share; MIXED where they differ (per number of a pair)."""
    first = values[0]
    if all(value == first for value in values[1:]):
        return first
    if all(isinstance(value, tuple) and len(value) == 2 for value in values):
        return tuple(common_value([value[i] for value in values]) for i in (0, 1))
    return MIXED


def _resolved(value: Any, old: Any) -> Any:
    return value.applied_to(old) if isinstance(value, Partial) else value


def _key_at(prop, frame: int):
    return next((key for key in prop.keyframes if key.frame == frame), None)


def _diamond(filled: bool, colour: str, ratio: float) -> QPixmap:
    side = 14
    pixmap = QPixmap(QSize(side, side) * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    middle, reach = side / 2, side / 2 - 2
    points = [(0, -reach), (reach, 0), (0, reach), (-reach, 0)]
    shape = QPolygonF([QPointF(middle + x, middle + y) for x, y in points])
    painter.setPen(QPen(QColor(colour), 1.4))
    painter.setBrush(QColor(colour) if filled else Qt.BrushStyle.NoBrush)
    painter.drawPolygon(shape)
    painter.end()
    return pixmap


class KeyframeToggle(QToolButton):
    """A diamond beside a transform property: on when it has a key at the playhead.

    Hollow and muted while the property is constant, hollow in the keyframe
    colour when it is keyframed elsewhere, filled when a key sits at the playhead.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCheckable(True)
        self.setAutoRaise(True)
        self.setFixedSize(TOGGLE_SIZE)
        self.setIconSize(QSize(14, 14))
        self.animated = False
        self._paint_icon()
        self.set_state(False, False)

    def set_state(self, keyed: bool, animated: bool) -> None:
        self.blockSignals(True)
        self.setChecked(keyed)
        self.blockSignals(False)
        if animated != self.animated:
            self.animated = animated
            self._paint_icon()
        if keyed:
            self.setToolTip(self.tr("Delete the keyframe at the playhead"))
        else:
            self.setToolTip(self.tr("Add a keyframe at the playhead"))

    def _paint_icon(self) -> None:
        palette = self.palette()
        accent = KEY_COLOR
        muted = palette.color(QPalette.ColorRole.WindowText)
        muted.setAlpha(120)
        muted = muted.name(QColor.NameFormat.HexArgb)
        ratio = self.devicePixelRatioF()
        icon = QIcon()
        icon.addPixmap(_diamond(False, accent if self.animated else muted, ratio))
        on = _diamond(True, accent, ratio)
        icon.addPixmap(on, QIcon.Mode.Normal, QIcon.State.On)
        self.setIcon(icon)


class _Row:
    """One property in the form: its editor and, for a transform, its toggle."""

    def __init__(self, spec: PropertySpec, editor: PropertyEditor, toggle):
        self.spec = spec
        self.editor = editor
        self.toggle: KeyframeToggle | None = toggle


class Inspector(QWidget):
    """The properties of the document's selection.

    One layer shows all its properties; several show those they have in common,
    a value on which they differ as "—", and a change sets it on all of them as
    one undo step. A refused change shows the reason at the top of the panel and
    the editor goes back to the template's value.

    Signals
    -------
    sig_message
        A change was refused (the reason, for the status bar too).
    """

    sig_message = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("inspector")
        self.document = document
        self._rows: dict[str, _Row] = {}
        self._built_for: tuple = ()
        self._collapsed: set[str] = set()
        self._merge_key: tuple | None = None
        self._sections: dict[str, QWidget] = {}
        self._labels: list[QLabel] = []
        self._lay_out()
        document.sig_selection_changed.connect(self._selection_changed)
        document.sig_changed.connect(self._follow)
        document.sig_frame_changed.connect(self._frame_changed)
        document.sig_variant_changed.connect(self.refresh)
        self._rebuild()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(340, 640)

    # -- what tests and other panels reach -------------------------------------

    def editor_for(self, name: str) -> PropertyEditor | None:
        row = self._rows.get(name)
        return row.editor if row else None

    def keyframe_toggle(self, name: str) -> KeyframeToggle | None:
        row = self._rows.get(name)
        return row.toggle if row else None

    def message(self) -> str:
        """The reason the last change was refused; empty after a change that worked."""
        return self.message_label.text() if self.message_label.isVisibleTo(self) else ""

    # -- building the form -----------------------------------------------------

    def _lay_out(self) -> None:
        self.title = QLabel(objectName="inspector_title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.subtitle = QLabel(objectName="inspector_subtitle")
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setEnabled(False)  # muted
        self.message_label = QLabel(objectName="inspector_message")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        # One red that reads on light and dark panels alike.
        self.message_label.setStyleSheet(
            "QLabel { color: #D64541; background: rgba(214, 69, 65, 30);"
            " border: 1px solid rgba(214, 69, 65, 140); border-radius: 3px;"
            " padding: 4px 6px; }"
        )
        self.message_label.hide()
        self.hint = QLabel(self.tr("Select a layer on the canvas or in the timeline"))
        self.hint.setObjectName("inspector_hint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setEnabled(False)
        self.scroll = QScrollArea(objectName="inspector_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.message_label)
        layout.addWidget(self.hint, 1)
        layout.addWidget(self.scroll, 1)

    def _shape(self, layers: list[Layer]) -> tuple:
        """What the form depends on: the layer classes, not which layers they are
        (clicking from one text layer to another keeps the form and its scroll)."""
        return tuple(
            sorted({type(layer) for layer in layers}, key=lambda c: c.__name__)
        )

    def _selection_changed(self) -> None:
        self._finished()  # other layers: the next change is a new step
        self._show_message("")
        self._follow()

    def _follow(self) -> None:
        layers = self.document.selected_layers()
        if self._shape(layers) != self._built_for:
            self._rebuild()
        else:
            self.refresh()

    def _rebuild(self) -> None:
        layers = self.document.selected_layers()
        self._built_for = self._shape(layers)
        for row in self._rows.values():
            # A box that loses focus as it goes would report to the new selection.
            row.editor.blockSignals(True)
        self._rows = {}
        self._sections = {}
        self._labels = []
        self._merge_key = None
        self._show_message("")
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.hint.setVisible(not layers)
        self.scroll.setVisible(bool(layers))
        if not layers:
            self.title.setText(self.tr("Nothing selected"))
            self.subtitle.setText("")
            return
        content = QWidget(objectName="inspector_content")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 4, 0)
        column.setSpacing(2)
        for section, title, specs in self._sections_for(layers):
            if specs:
                column.addWidget(self._section(section, title, specs))
        column.addStretch(1)
        # One label column through all sections, so the editors line up.
        width = max(label.sizeHint().width() for label in self._labels)
        for label in self._labels:
            label.setFixedWidth(width)
        self.scroll.setWidget(content)
        logger.debug("inspector built for %s", [layer.id for layer in layers])
        self.refresh()

    def _sections_for(self, layers: list[Layer]) -> list[tuple[str, str, list]]:
        classes = self._built_for
        kinds = frozenset(layer.kind for layer in layers)
        base = {field.name for field in fields(Layer)}
        shared = self._shared_specs(classes)
        own = [spec for spec in shared if spec.name not in base]
        own = [replace(spec, layer_kinds=kinds) for spec in own]
        if len(kinds) == 1:
            kind_title = self._kind_title(next(iter(kinds)))
        else:
            kind_title = self.tr("Shared")
        # Sound has a transform in the model, but nothing of it shows or plays.
        moves = kinds != {LayerKind.AUDIO}
        return [
            ("layer", self.tr("Layer"), [s for s in shared if s.name in base]),
            ("transform", self.tr("Transform"), transform_specs() if moves else []),
            ("kind", kind_title, own),
        ]

    def _shared_specs(self, classes: tuple[type, ...]) -> list[PropertySpec]:
        """The properties every class has, with one kind (and enum) for all.

        Where one class allows None and another does not, the stricter kind wins,
        so that no layer gets a None it cannot take.
        """
        first, *others = (layer_specs(cls) for cls in classes)
        found = []
        for spec in first:
            alike = [spec]
            for specs in others:
                alike += [s for s in specs if s.name == spec.name]
            if len(alike) != len(classes):
                continue
            if len({s.value_type for s in alike}) != 1:
                continue
            plain = {s.kind.removeprefix("optional ") for s in alike}
            if len(plain) != 1:
                continue
            strict = min(alike, key=lambda s: s.kind.startswith("optional "))
            found.append(strict)
        # Read-only summaries after the editable rows.
        return sorted(found, key=lambda s: editor_factory(s.kind) is None)

    def _kind_title(self, kind: LayerKind) -> str:
        titles = {
            LayerKind.TEXT: self.tr("Text"),
            LayerKind.BUTTON: self.tr("Button"),
            LayerKind.SHAPE: self.tr("Shape"),
            LayerKind.IMAGE: self.tr("Image"),
            LayerKind.VIDEO: self.tr("Video"),
            LayerKind.AUDIO: self.tr("Audio"),
            LayerKind.PLAN_PICKER: self.tr("Plan picker"),
        }
        return titles[kind]

    def _section(self, section: str, title: str, specs: list) -> QWidget:
        """A titled part of the form that folds away (and stays folded while
        the inspector lives, whatever is selected)."""
        box = QWidget(objectName=f"section_{section}")
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 6, 0, 2)
        column.setSpacing(2)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        header = self._section_header(section, title)
        body = QWidget()
        form = QFormLayout(body)
        form.setContentsMargins(14, 2, 0, 4)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(5)
        form.setLabelAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in specs:
            self._add_row(form, spec)

        def fold(open_: bool) -> None:
            body.setVisible(open_)
            arrow = Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow
            header.setArrowType(arrow)
            (self._collapsed.discard if open_ else self._collapsed.add)(section)

        header.toggled.connect(fold)
        fold(header.isChecked())
        for widget in (rule, header, body):
            column.addWidget(widget)
        self._sections[section] = body
        return box

    def _section_header(self, section: str, title: str) -> QToolButton:
        header = QToolButton(objectName=f"section_header_{section}")
        header.setText(title)
        header.setCheckable(True)
        header.setChecked(section not in self._collapsed)
        header.setAutoRaise(True)
        header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        header.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        font = header.font()
        font.setBold(True)
        header.setFont(font)
        return header

    def _add_row(self, form: QFormLayout, spec: PropertySpec) -> None:
        factory = editor_factory(spec.kind)
        if factory is not None:
            editor = factory(spec, self.document)
        else:
            editor = SummaryEditor(spec, self.document)
        editor.setObjectName(f"editor_{spec.name}")
        label = QLabel(spec.label)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if not editor.wide:
            self._labels.append(label)
        self._labels.extend(editor.form_labels())
        toggle = None
        if spec.target is Target.TRANSFORM:
            toggle = KeyframeToggle()
            toggle.setObjectName(f"keyframe_{spec.name}")
            toggle.clicked.connect(partial(self._toggle_keyframe, spec.name))
        field = QWidget()
        line = QHBoxLayout(field)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(2)
        line.addWidget(editor, 1)
        if toggle is not None:
            line.addWidget(toggle, 0, Qt.AlignmentFlag.AlignTop)
        else:
            line.addSpacing(TOGGLE_SIZE.width() + 2)  # editors line up with those
        if editor.wide:
            form.addRow(label)
            form.addRow(field)
        else:
            form.addRow(label, field)
        editor.sig_edited.connect(partial(self._edited, spec.name))
        editor.sig_finished.connect(self._finished)
        self._rows[spec.name] = _Row(spec, editor, toggle)

    # -- showing the values ------------------------------------------------------

    def refresh(self, transform_only: bool = False) -> None:
        """Show the template's values at the playhead, in place."""
        layers = self.document.selected_layers()
        if not layers:
            return
        frame = self.document.frame
        for row in self._rows.values():
            if transform_only and row.spec.target is not Target.TRANSFORM:
                continue
            values = [self._value_of(row.spec, layer, frame) for layer in layers]
            row.editor.show_value(common_value(values))
            if row.toggle is not None:
                props = [layer.transform.property(row.spec.name) for layer in layers]
                keyed = all(_key_at(prop, frame) for prop in props)
                row.toggle.set_state(keyed, any(prop.is_animated for prop in props))
        if not transform_only:
            self._show_heading(layers)

    def _show_heading(self, layers: list[Layer]) -> None:
        locked = all(layer.locked for layer in layers)
        for section in ("transform", "kind"):
            body = self._sections.get(section)
            if body is not None:
                body.setEnabled(not locked)
        if len(layers) == 1:
            layer = layers[0]
            self.title.setText(layer.name)
            kind = self._kind_title(layer.kind)
            if locked:
                self.subtitle.setText(
                    self.tr("{kind} layer · locked").format(kind=kind)
                )
            else:
                self.subtitle.setText(self.tr("{kind} layer").format(kind=kind))
        else:
            self.title.setText(self.tr("{count} layers").format(count=len(layers)))
            self.subtitle.setText(
                self.tr("Their shared properties; “—” where they differ")
            )

    def _value_of(self, spec: PropertySpec, layer: Layer, frame: int) -> Any:
        if spec.target is Target.TRANSFORM:
            return layer.transform.property(spec.name).at(frame)
        return getattr(layer, spec.name)

    def _frame_changed(self, _frame: int) -> None:
        self._finished()  # a key at another frame is another undo step
        self.refresh(transform_only=True)

    def _refused(self, error: EditError) -> None:
        self._show_message(str(error))
        self.sig_message.emit(str(error))

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    # -- changing the template ---------------------------------------------------

    def _edited(self, name: str, value: Any) -> None:
        row = self._rows[name]
        layers = self.document.selected_layers()
        edits = self._edits_for(row.spec, value, layers)
        if not edits:
            self.refresh()  # the same value again: show it as the template has it
            return
        label = self.tr("Change {property}").format(property=row.spec.label)
        edit = edits[0] if len(edits) == 1 else Batch(tuple(edits), label)
        key = ("inspector", self.document.selection, name, self.document.frame)
        try:
            self.document.edit(edit, merge_key=key)
        except EditError as error:
            logger.debug("inspector edit refused: %s", error)
            self._refused(error)
            self.refresh()
            return
        self._merge_key = key
        self._show_message("")

    def _finished(self) -> None:
        if self._merge_key is not None:
            self._merge_key = None
            self.document.end_drag()

    def _edits_for(self, spec: PropertySpec, value: Any, layers: list[Layer]) -> list:
        label = self.tr("Change {property}").format(property=spec.label)
        if spec.target is Target.TEXT:
            return self._text_edits(spec, value, layers, label)
        if spec.target is Target.TRANSFORM:
            return self._transform_edits(spec, value, layers, label)
        edits = []
        for layer in layers:
            old = getattr(layer, spec.name)
            new = _resolved(value, old)
            if new != old or type(new) is not type(old):
                edits.append(SetLayerProperty(layer.id, spec.name, new, label=label))
        return edits

    def _transform_edits(self, spec, value, layers, label) -> list:
        """A keyframed property gets a key at the playhead (a new one where there
        is none, as in other animation tools); a constant one a new constant."""
        frame = self.document.frame
        edits = []
        for layer in layers:
            prop = layer.transform.property(spec.name)
            new = _resolved(value, prop.at(frame))
            if prop.is_animated:
                key = _key_at(prop, frame)
                if key is None or key.value != new:
                    edits.append(
                        SetTransform(layer.id, spec.name, new, frame=frame, label=label)
                    )
            elif new != prop.value:
                edits.append(SetTransform(layer.id, spec.name, new, label=label))
        return edits

    def _text_edits(self, spec, words, layers, label) -> list:
        template, language = self.document.template, self.document.language
        edits = []
        for key in dict.fromkeys(getattr(layer, spec.name) for layer in layers):
            string = template.strings.get(key)
            shown = (
                string.text_for(language, template.source_language) if string else None
            )
            if words != shown:
                edits.append(SetText(key, language, words, label=label))
        return edits

    def _toggle_keyframe(self, name: str) -> None:
        on = self._rows[name].toggle.isChecked()  # as the click left it
        frame = self.document.frame
        label = self.tr("Add keyframe") if on else self.tr("Delete keyframe")
        edits = []
        for layer in self.document.selected_layers():
            prop = layer.transform.property(name)
            keyed = _key_at(prop, frame) is not None
            if on and not keyed:
                value = prop.at(frame)
                edits.append(SetTransform(layer.id, name, value, frame, label=label))
            elif not on and keyed:
                edits.append(RemoveKeyframe(layer.id, name, frame, label=label))
        self._finished()
        if edits:
            edit = edits[0] if len(edits) == 1 else Batch(tuple(edits), label)
            try:
                self.document.edit(edit)
            except EditError as error:
                self._refused(error)
            else:
                self._show_message("")
        self.refresh(transform_only=True)
