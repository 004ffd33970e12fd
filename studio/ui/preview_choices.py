"""Choosing in the preview: the canvas answers clicks and keys as the video does.

While the transport plays, or holds at a decision, the choices the viewer sees
(each button, and each option of a plan picker) can be pressed on the canvas, or
reached with Tab and taken with Enter or their number. A choice goes where the
video goes: a scene it leads to plays from its start; an action that leaves the
video (paying, a plan, the chat, a call, a link) is said in the status bar in
plain words, host names only and never a row's values, and the video goes on with
the scene the action names, or ends.

The decisions taken in a run are remembered, so that the preview can go back to
the last one.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QPolygonF, QTransform

from studio.model.layers import (
    Action,
    ActionKind,
    ChoiceLayer,
    PlanPickerLayer,
)
from studio.model.story import hold_frame, shown_choices
from studio.model.template import Scene
from studio.render.resolve import resolve_row
from studio.render.timeline import Timeline
from studio.ui import canvas_geometry as geometry
from studio.ui.document import Document
from studio.values.errors import ValueProblem
from studio.values.formatting import format_phone
from studio.values.links import parse_link

__all__ = ["ChoiceSpot", "PreviewChoices", "hold_frame", "shown_choices"]

if TYPE_CHECKING:
    from studio.ui.transport import Transport

logger = logging.getLogger(__name__)

HIGHLIGHT_MS = 250  # the chosen button lights up this long before the video goes on
MIN_OPACITY = 0.05  # a choice fainter than this has not faded in yet: not pressable
_FIELD_TARGET = re.compile(r"\{[a-z][a-z0-9_]*\}")
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


# -- what the viewer can press -------------------------------------------------


@dataclass(frozen=True)
class ChoiceSpot:
    """One thing the viewer can press: a button, or one option of a plan picker."""

    layer: ChoiceLayer
    option: int | None  # the option's place in the picker; None for a button
    terms: int | None  # the plan it chooses, for a plan option or a plan button
    box: QRectF  # in the layer's own box
    matrix: QTransform  # the layer's box to canvas pixels, at the frame
    depth: int  # the layer's place in the scene: higher is drawn over lower

    @property
    def key(self) -> tuple[str, int | None]:
        return (self.layer.id, self.option)

    @property
    def action(self) -> Action:
        return self.layer.action

    def polygon(self) -> QPolygonF:
        """The spot's outline on the canvas."""
        return self.matrix.map(QPolygonF(self.box))

    def contains(self, point: QPointF) -> bool:
        """Whether the canvas ``point`` falls on the spot."""
        inverse, invertible = self.matrix.inverted()
        return invertible and self.box.contains(inverse.map(point))


def choice_spots(
    scene: Scene, frame: int, choices: list[ChoiceLayer], timeline: Timeline
) -> list[ChoiceSpot]:
    """What can be pressed at ``frame``, in keyboard order: a picker's options
    one by one, as many as the row's amount offers."""
    depth = {layer.id: index for index, layer in enumerate(scene.layers)}
    row = timeline.row
    spots = []
    for layer in choices:
        if not layer.visible_at(frame, scene.duration):
            continue
        if layer.transform.opacity.at(frame) < MIN_OPACITY:
            continue
        matrix = geometry.layer_matrix(layer, frame)
        width, height = layer.transform.size.at(frame)
        if isinstance(layer, PlanPickerLayer):
            count = len(row.plan_labels.get(layer.label, []))
            boxes = layer.option_boxes(count, width, height)
            for index, (x, y, w, h) in enumerate(boxes):
                terms = row.plans[index].terms
                box = QRectF(x, y, w, h)
                spots.append(
                    ChoiceSpot(layer, index, terms, box, matrix, depth[layer.id])
                )
        else:
            terms = (
                layer.action.terms
                if layer.action.kind is ActionKind.CHOOSE_PLAN
                else None
            )
            box = QRectF(0, 0, width, height)
            spots.append(ChoiceSpot(layer, None, terms, box, matrix, depth[layer.id]))
    return spots


@dataclass(frozen=True)
class Decision:
    """A choice taken in the preview: the scene and frame it was taken at."""

    scene_id: str
    frame: int
    choice: tuple[str, int | None]  # the spot's key


# -- the preview's choices --------------------------------------------------------


class PreviewChoices(QObject):
    """The choices of the frame shown, while the transport previews.

    Signals
    -------
    sig_changed
        The focus ring or the highlight moved: the canvas paints again.
    sig_message(str)
        What a choice does, in plain words, for the status bar.
    sig_history_changed(bool)
        Whether there is a decision to go back to.
    """

    sig_changed = Signal()
    sig_message = Signal(str)
    sig_history_changed = Signal(bool)

    def __init__(
        self, document: Document, transport: Transport, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.document = document
        self.transport = transport
        self.focus: tuple[str, int | None] | None = None
        self.highlighted: ChoiceSpot | None = None
        self.history: list[Decision] = []
        self._pending: ChoiceSpot | None = None  # chosen, lit up, not yet followed
        self._timeline_key: tuple | None = None
        self._timeline: Timeline | None = None
        self._follow_timer = QTimer(self, singleShot=True, interval=HIGHLIGHT_MS)
        self._follow_timer.timeout.connect(self._follow)
        transport.sig_preview_changed.connect(self._preview_changed)
        document.sig_scene_changed.connect(self._scene_changed)

    @property
    def active(self) -> bool:
        """The canvas is previewing: its clicks and keys choose."""
        return self.transport.in_preview

    # -- finding -------------------------------------------------------------

    def timeline(self) -> Timeline:
        """The row's finished texts and plans and its conditions, made once for
        each revision, language and row."""
        document = self.document
        values = document.values
        key = (document.revision, document.language, document.row_id, id(values))
        if key != self._timeline_key or self._timeline is None:
            template = document.template
            row = resolve_row(
                template, values, document.language, keep_placeholders=not values
            )
            self._timeline = Timeline(template, document.language, values, row)
            self._timeline_key = key
        return self._timeline

    def spots(self) -> list[ChoiceSpot]:
        """What the viewer can press at the playhead, in keyboard order."""
        scene = self.document.scene
        if scene is None:
            return []
        timeline = self.timeline()
        choices = shown_choices(scene, timeline.shows)
        return choice_spots(scene, self.document.frame, choices, timeline)

    def spot_at(self, point: QPointF) -> ChoiceSpot | None:
        """The choice under a canvas point; the one drawn on top where they overlap."""
        hits = [spot for spot in self.spots() if spot.contains(point)]
        return max(hits, key=lambda spot: spot.depth) if hits else None

    def focused(self) -> ChoiceSpot | None:
        if self.focus is None:
            return None
        return next((s for s in self.spots() if s.key == self.focus), None)

    # -- the mouse and the keyboard -------------------------------------------

    def press(self, point: QPointF) -> bool:
        """A click at a canvas point: chooses the choice there, if any."""
        spot = self.spot_at(point)
        if spot is None:
            return False
        self.choose(spot)
        return True

    def move_focus(self, forward: bool = True) -> bool:
        """Tab and Shift+Tab: the focus ring goes to the next or previous choice,
        round from the last to the first."""
        spots = self.spots()
        if not spots or self._follow_timer.isActive():
            return False
        keys = [spot.key for spot in spots]
        if self.focus in keys:
            step = 1 if forward else -1
            index = (keys.index(self.focus) + step) % len(keys)
        else:
            index = 0 if forward else len(keys) - 1
        self.focus = keys[index]
        self.sig_changed.emit()
        return True

    def handle_key(self, key: int, modifiers) -> bool:
        """Enter chooses the focused choice, 1 to 9 the n-th, Escape ends the
        preview. True when the key was taken."""
        modifier = Qt.KeyboardModifier
        if modifiers & (modifier.ControlModifier | modifier.AltModifier):
            return False
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            spot = self.focused()
            if spot is not None:
                self.choose(spot)
            return True
        if key in _DIGITS:
            spots = self.spots()
            number = _DIGITS[key]
            if number <= len(spots):
                self.choose(spots[number - 1])
            return True
        if key == Qt.Key.Key_Escape:
            self.transport.pause()
            return True
        return False

    # -- following a choice -----------------------------------------------------

    def choose(self, spot: ChoiceSpot) -> None:
        """Take ``spot`` as the viewer would: it lights up, then the video follows."""
        if not self.active or self._follow_timer.isActive():
            return
        document = self.document
        self.history.append(Decision(document.scene_id, document.frame, spot.key))
        self.sig_history_changed.emit(True)
        logger.debug("preview: chose %s in scene %s", spot.key, document.scene_id)
        self.transport.hold(waiting=False)  # the clock waits out the highlight
        self.focus = spot.key
        self.highlighted = spot
        self._pending = spot
        self._follow_timer.start()
        self.sig_changed.emit()

    def _follow(self) -> None:
        spot, self._pending = self._pending, None
        self.highlighted = None
        self.focus = None
        self.sig_changed.emit()
        if spot is None:
            return
        message = self.describe(spot)
        if message:
            self.sig_message.emit(message)
        following = spot.action.next_scene()
        if following is None or not self.transport.play_scene(following):
            self.transport.pause()  # the video ends with this choice

    def back_to_last_choice(self) -> bool:
        """Return to the decision last taken, holding there for another choice."""
        self._follow_timer.stop()
        self._pending = None
        self.highlighted = None
        scene_ids = {scene.id for scene in self.document.template.scenes}
        while self.history:
            decision = self.history.pop()
            if decision.scene_id in scene_ids:
                self.transport.hold_at(decision.scene_id, decision.frame)
                self.focus = decision.choice
                self.sig_history_changed.emit(bool(self.history))
                self.sig_changed.emit()
                return True
        self.sig_history_changed.emit(False)
        self.sig_message.emit(self.tr("No choice to go back to"))
        return False

    def describe(self, spot: ChoiceSpot) -> str:
        """What the choice does outside the video, in plain words; empty for a
        choice that only goes to another scene."""
        action = spot.action
        settings = self.document.template.settings
        kind = action.kind
        if kind is ActionKind.PAY:
            host = _host(settings.payment_link)
            if host is None:
                return self.tr("Pay: the template has no payment page")
            return self.tr("Pay: opens the payment page on {host}").format(host=host)
        if kind is ActionKind.CHOOSE_PLAN:
            if spot.terms is None:
                return self.tr("A plan is chosen")
            return self.tr("Plan of %n terms chosen", "", spot.terms)
        if kind is ActionKind.OPEN_CHAT:
            host = _host(settings.chat_link)
            if host is None:
                return self.tr("Opens the help chat")
            return self.tr("Opens the help chat on {host}").format(host=host)
        if kind is ActionKind.CALL:
            return self._describe_call(action.target or "")
        if kind is ActionKind.OPEN_LINK:
            host = _host(action.target)
            if host is None:
                return self.tr("Opens a link that is not a valid address")
            return self.tr("Opens a page on {host}").format(host=host)
        return ""

    def _describe_call(self, target: str) -> str:
        if _FIELD_TARGET.fullmatch(target):
            # The row's own number is personal data: never shown here.
            return self.tr("Calls the row's phone number")
        if not target:
            return self.tr("Calls: no number is set")
        number = format_phone(target, self.document.language)
        return self.tr("Calls {number}").format(number=number)

    # -- following the transport ------------------------------------------------

    def _preview_changed(self, previewing: bool) -> None:
        if previewing:
            return
        self._follow_timer.stop()
        self._pending = None
        self.highlighted = None
        self.focus = None
        self.sig_changed.emit()

    def _scene_changed(self, _scene_id: str) -> None:
        self.focus = None
        if not self.transport.changing_scene and self.history:
            # The designer went to another scene: this run is over.
            self.history.clear()
            self.sig_history_changed.emit(False)
        self.sig_changed.emit()


def _host(link: str | None) -> str | None:
    """The host a link pattern goes to, or None when there is no valid link."""
    if not link:
        return None
    try:
        return parse_link(link).host
    except ValueProblem:
        return None
