"""The timeline dock: the transport buttons and the time, over the scenes in
sequence and the current scene's layers on tracks, with their in and out points
and their keyframes.

The parts live beside this module: the rows in ``timeline_rows``, their look in
``timeline_paint``, the interactive tracks in ``timeline_tracks`` and the scene
strip in ``timeline_strip``. Their names are importable from here as well.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.ui.document import Document
from studio.ui.timeline_paint import (
    KEY_COLOR,
    KEY_SIZE,
    KIND_COLORS,
    MARGIN,
    NAME_WIDTH,
    PLAYHEAD_COLOR,
    PLAYHEAD_REACH,
    RULER_HEIGHT,
    tick_steps,
)
from studio.ui.timeline_rows import (
    LAYER_ROW,
    PROPERTY_ROW,
    KeyRef,
    Row,
    TrackRows,
    animated_properties,
)
from studio.ui.timeline_strip import SceneStrip
from studio.ui.timeline_tracks import (
    ADDING,
    COMMAND_MODIFIERS,
    GRIP,
    KEY_REACH,
    MAX_PIXELS_PER_FRAME,
    MENU_EASINGS,
    ZOOM_STEP,
    TrackView,
)
from studio.ui.transport import Transport

__all__ = [
    "ADDING",
    "COMMAND_MODIFIERS",
    "GRIP",
    "KEY_COLOR",
    "KEY_REACH",
    "KEY_SIZE",
    "KIND_COLORS",
    "LAYER_ROW",
    "MARGIN",
    "MAX_PIXELS_PER_FRAME",
    "MENU_EASINGS",
    "NAME_WIDTH",
    "PLAYHEAD_COLOR",
    "PLAYHEAD_REACH",
    "PROPERTY_ROW",
    "RULER_HEIGHT",
    "ZOOM_STEP",
    "KeyRef",
    "Row",
    "SceneStrip",
    "TimelinePanel",
    "TrackRows",
    "TrackView",
    "animated_properties",
    "tick_steps",
    "timecode",
]


def timecode(frame: int, fps: int) -> str:
    """``mm:ss:ff``: minutes, seconds and the frame within the second."""
    seconds, frames = divmod(max(0, frame), fps)
    minutes, seconds = divmod(seconds, 60)
    return f"{minutes:02d}:{seconds:02d}:{frames:02d}"


class TimelinePanel(QWidget):
    """The timeline dock: transport controls, the scene strip and the tracks.

    Give it the transport the rest of the window uses, or it makes its own.

    Signals
    -------
    sig_keyframe_selected
        The keyframe in focus changed: (layer id, property, frame), or None.
    sig_message
        Something to show in the status bar: a refused edit, no sound output.
    """

    sig_keyframe_selected = Signal(object)
    sig_message = Signal(str)

    def __init__(
        self,
        document: Document,
        transport: Transport | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("timeline_panel")
        self.document = document
        self.transport = transport or Transport(document, self)
        self.scene_strip = SceneStrip(document, self)
        self.tracks = TrackView(document, self)
        self.time_label = QLabel(objectName="timeline_time")
        self.time_label.setTextFormat(Qt.TextFormat.PlainText)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.time_label.setFont(fixed)
        self._make_actions()
        self._lay_out()
        self.tracks.sig_keyframe_selected.connect(self.sig_keyframe_selected)
        self.tracks.sig_message.connect(self.sig_message)
        self.transport.sig_message.connect(self.sig_message)
        self.transport.sig_playing_changed.connect(self._playing_changed)
        for signal in (document.sig_frame_changed, document.sig_scene_changed):
            signal.connect(self._show_time)
        document.sig_changed.connect(self._show_time)
        self._show_time()

    def _action(self, name: str, text: str, slot, icon=None, keys=()) -> QAction:
        """An action for a button; its keys work while the tracks have the focus
        (window shortcuts on the same keys stay the window's elsewhere)."""
        action = QAction(text, self)
        action.setObjectName(name)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if keys:
            native = QKeySequence.SequenceFormat.NativeText
            action.setToolTip(f"{text} ({QKeySequence(keys[0]).toString(native)})")
        action.triggered.connect(slot)
        for key in keys:
            self.tracks.key_commands[key] = action.trigger
        return action

    def _make_actions(self) -> None:
        pixmap, key = QStyle.StandardPixmap, Qt.Key
        self.start_action = self._action(
            "go_to_start",
            self.tr("Go to start"),
            self.go_to_start,
            pixmap.SP_MediaSkipBackward,
            [key.Key_Home],
        )
        self.back_action = self._action(
            "step_back",
            self.tr("One frame back"),
            lambda: self.step(-1),
            pixmap.SP_MediaSeekBackward,
            [key.Key_Left, key.Key_Comma],
        )
        self.play_action = self._action(
            "play",
            self.tr("Play"),
            self.transport.toggle,
            pixmap.SP_MediaPlay,
            [key.Key_Space],
        )
        self.forward_action = self._action(
            "step_forward",
            self.tr("One frame forward"),
            lambda: self.step(1),
            pixmap.SP_MediaSeekForward,
            [key.Key_Right, key.Key_Period],
        )
        self.tracks.key_commands[key.Key_End] = self.go_to_end
        self.zoom_out_action = self._action(
            "zoom_out", self.tr("Zoom out"), self.tracks.zoom_out, keys=[key.Key_Minus]
        )
        self.zoom_fit_action = self._action(
            "zoom_fit", self.tr("Fit"), self.tracks.zoom_to_fit, keys=[key.Key_0]
        )
        self.zoom_fit_action.setToolTip(self.tr("Show the whole scene (0)"))
        self.zoom_in_action = self._action(
            "zoom_in", self.tr("Zoom in"), self.tracks.zoom_in, keys=[key.Key_Plus]
        )
        self.zoom_out_action.setText("\u2212")  # a minus sign, as wide as the plus
        self.zoom_in_action.setText("+")

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setObjectName(f"{action.objectName()}_button")
        button.setAutoRaise(True)
        return button

    def _lay_out(self) -> None:
        controls = QHBoxLayout()
        controls.setContentsMargins(4, 2, 4, 2)
        for action in (
            self.start_action,
            self.back_action,
            self.play_action,
            self.forward_action,
        ):
            controls.addWidget(self._button(action))
        controls.addSpacing(8)
        controls.addWidget(self.time_label)
        controls.addStretch(1)
        zoom = QLabel(self.tr("Zoom"))
        controls.addWidget(zoom)
        for action in (self.zoom_out_action, self.zoom_fit_action, self.zoom_in_action):
            controls.addWidget(self._button(action))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(controls)
        layout.addWidget(self.scene_strip)
        layout.addWidget(self.tracks, 1)

    # -- transport --------------------------------------------------------------

    def go_to_start(self) -> None:
        self.document.set_frame(0)

    def go_to_end(self) -> None:
        scene = self.document.scene
        if scene is not None:
            self.document.set_frame(scene.duration - 1)

    def step(self, frames: int) -> None:
        self.transport.pause()
        self.document.set_frame(self.document.frame + frames)

    def _playing_changed(self, playing: bool) -> None:
        icon = (
            QStyle.StandardPixmap.SP_MediaPause
            if playing
            else (QStyle.StandardPixmap.SP_MediaPlay)
        )
        self.play_action.setIcon(self.style().standardIcon(icon))
        text = self.tr("Pause") if playing else self.tr("Play")
        self.play_action.setText(text)
        space = QKeySequence(Qt.Key.Key_Space)
        native = space.toString(QKeySequence.SequenceFormat.NativeText)
        self.play_action.setToolTip(f"{text} ({native})")

    def _show_time(self, *_args) -> None:
        scene = self.document.scene
        if scene is None:
            self.time_label.setText("")
            return
        fps = self.document.template.fps
        frame = self.document.frame
        self.time_label.setText(
            self.tr("{time} / {length}   frame {frame}").format(
                time=timecode(frame, fps),
                length=timecode(scene.duration, fps),
                frame=frame,
            )
        )

    # -- what tests, benchmarks and other panels use ------------------------------

    def x_of_frame(self, frame: float) -> float:
        """Where ``frame`` lies, in the coordinates of ``tracks.viewport()``."""
        return self.tracks.x_of_frame(frame)

    def frame_at_x(self, x: float) -> int:
        return self.tracks.frame_at_x(x)

    def track_rect(self, layer_id: str, prop: str | None = None) -> QRect:
        return self.tracks.track_rect(layer_id, prop)

    def bar_rect(self, layer_id: str) -> QRectF:
        return self.tracks.bar_rect(layer_id)

    def keyframe_point(self, layer_id: str, name: str | None, frame: int) -> QPoint:
        return self.tracks.keyframe_point(layer_id, name, frame)

    def selected_keyframes(self) -> set[KeyRef]:
        return set(self.tracks.keys)
