"""What the story map shows, in the designer's words: the nodes, rows and edges
made from the story graph, and a sign for each kind of story problem.

Everything here is read from :func:`studio.model.story.story_graph` (its edges,
ends and the choices :func:`~studio.model.story.choices_of` gives); nothing
works out a way through the story on its own.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QIcon,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
)

from studio.model.layers import ActionKind, PlanPickerLayer
from studio.model.story import Choice, EdgeKind, StoryGraph, StoryRule
from studio.model.template import Scene, Template
from studio.ui.plain_text import as_plain_tooltip
from studio.ui.story_map_items import PROBLEM_COLOR, EdgeSpec, Link, NodeInfo, PortRow


class MapContent(QObject):
    """Turns a template and its story graph into what the map's items draw."""

    def nodes(self, template: Template, graph: StoryGraph) -> list[NodeInfo]:
        names = {scene.id: scene.name for scene in template.scenes}
        return [self.node(template, graph, scene, names) for scene in template.scenes]

    def node(
        self, template: Template, graph: StoryGraph, scene: Scene, names: dict
    ) -> NodeInfo:
        choices = graph.choices.get(scene.id, [])
        layers = _choice_layers(choices)
        rows = [self._choice_row(scene, c, layers, names) for c in choices]
        rows.append(self._next_row(graph, scene, names))
        badges = []
        if scene.id == graph.entry:
            badges.append(("entry", self.tr("entry")))
        if scene.id in graph.ends:
            badges.append(("end", self.tr("end")))
        if choices:
            badges.append(("decision", self.tr("choice")))
        if scene.condition is not None:
            badges.append(("conditional", self.tr("condition")))
        seconds = self.tr("{seconds:.1f} s").format(
            seconds=scene.duration / template.fps
        )
        tooltip = "\n".join([scene.name, *self._badge_meanings(badges)])
        return NodeInfo(
            scene.id,
            scene.name,
            seconds,
            tuple(badges),
            tuple(rows),
            as_plain_tooltip(tooltip),
        )

    def _choice_row(
        self, scene: Scene, choice: Choice, layers: list[str], names: dict
    ) -> PortRow:
        layer = scene.layer(choice.layer)
        picker = isinstance(layer, PlanPickerLayer)
        where = names.get(choice.target)
        if where is None:
            tip = self.tr("{name}: leads to no scene").format(name=layer.name)
        else:
            tip = self.tr("{name}: goes on to scene “{scene}”").format(
                name=layer.name, scene=where
            )
        return PortRow(
            Link(scene.id, choice.layer, picker),
            layer.name,
            choice.step if picker else self._action_word(choice.kind),
            where is not None,
            layers.index(choice.layer),
            as_plain_tooltip(tip + "\n" + self.tr("Drag to a scene to link it")),
            choice.conditional,
        )

    def _next_row(self, graph: StoryGraph, scene: Scene, names: dict) -> PortRow:
        taken = any(
            edge.kind in (EdgeKind.NEXT, EdgeKind.SKIP) for edge in graph.out(scene.id)
        )
        where = names.get(scene.next_scene)
        tag = ""
        if where is None:
            tip = self.tr(
                "Next scene: none; the video ends here unless a choice leads on"
            )
        elif taken:
            tip = self.tr("Next scene: “{scene}”").format(scene=where)
        else:
            tag = self.tr("unused")
            tip = self.tr(
                "Next scene: “{scene}”, but the scene waits for a choice, so it "
                "never goes on by itself"
            ).format(scene=where)
        return PortRow(
            Link(scene.id),
            self.tr("next"),
            tag,
            where is not None,
            None,
            as_plain_tooltip(tip + "\n" + self.tr("Drag to a scene to link it")),
        )

    def _badge_meanings(self, badges) -> list[str]:
        meanings = {
            "entry": self.tr("Entry: the video starts here"),
            "end": self.tr("End: nowhere to go from here"),
            "decision": self.tr("Choice: the viewer chooses here"),
            "conditional": self.tr("Condition: shown only to some rows"),
        }
        return [meanings[kind] for kind, _text in badges]

    def _action_word(self, kind: ActionKind) -> str:
        return {
            ActionKind.GO_TO_SCENE: self.tr("go to"),
            ActionKind.PAY: self.tr("pay"),
            ActionKind.CHOOSE_PLAN: self.tr("plan"),
            ActionKind.OPEN_CHAT: self.tr("chat"),
            ActionKind.CALL: self.tr("call"),
            ActionKind.OPEN_LINK: self.tr("link"),
        }[kind]

    def edges(self, template: Template, graph: StoryGraph) -> list[EdgeSpec]:
        found = []
        for edge in graph.edges:
            if edge.kind is not EdgeKind.CHOICE:
                found.append(
                    EdgeSpec(edge.source, edge.target, edge.kind, Link(edge.source))
                )
                continue
            scene = template.scene(edge.source)
            picker = isinstance(scene.layer(edge.layer), PlanPickerLayer)
            layers = _choice_layers(graph.choices[edge.source])
            found.append(
                EdgeSpec(
                    edge.source,
                    edge.target,
                    edge.kind,
                    Link(edge.source, edge.layer, picker),
                    edge.step or "",
                    layers.index(edge.layer),
                )
            )
        return found


def _choice_layers(choices: list[Choice]) -> list[str]:
    """The layers of a scene's choices, once each: a row's colour is its place."""
    return list(dict.fromkeys(choice.layer for choice in choices))


def rule_icon(rule: StoryRule) -> QIcon:
    """A small sign for each kind of problem, in the problem colour."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(PROBLEM_COLOR, 3)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    box = QRectF(5, 5, 22, 22)
    if rule is StoryRule.UNREACHABLE:  # a scene on its own, nothing leads in
        pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.drawEllipse(box)
    elif rule is StoryRule.NO_END:  # round and round
        painter.drawArc(box, 90 * 16, 290 * 16)
        painter.setBrush(PROBLEM_COLOR)
        painter.drawPolygon(QPolygonF([QPointF(16, 1), QPointF(22, 5), QPointF(16, 9)]))
    elif rule is StoryRule.NO_TARGET:  # an arrow into nothing
        painter.drawLine(QPointF(4, 16), QPointF(20, 16))
        painter.drawLine(QPointF(23, 9), QPointF(29, 23))
        painter.drawLine(QPointF(29, 9), QPointF(23, 23))
    elif rule is StoryRule.WAITS_FOREVER:  # paused for good
        painter.drawEllipse(box)
        painter.drawLine(QPointF(13, 11), QPointF(13, 21))
        painter.drawLine(QPointF(19, 11), QPointF(19, 21))
    else:  # help out of reach: a question with nobody to ask
        painter.drawEllipse(box)
        path = QPainterPath()
        path.moveTo(12.5, 13)
        path.cubicTo(12.5, 8.5, 19.5, 8.5, 19.5, 13)
        path.cubicTo(19.5, 16, 16, 16, 16, 19)
        painter.drawPath(path)
        painter.drawPoint(QPointF(16, 23))
    painter.end()
    return QIcon(pixmap)
