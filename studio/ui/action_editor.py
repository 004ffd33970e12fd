"""The inspector's editor of what a button does, as choices instead of JSON.

A designer picks the kind of action (go to a scene, pay, choose a plan, open the
help chat, call, open a link) and, below it, only what that kind needs: the
scene, the number of terms, the number or phone field to call, the link; and for
every kind but going to a scene, the scene the video goes on with afterwards.
A number is read as a phone number is read from a sample row (national numbers
take the template's region); a link is checked as it is typed, against the
template's list of hosts and its fields, and one that does not pass is not
taken. Each change is one ``SetLayerProperty`` of the whole action, made by the
inspector; with several buttons selected a part on which they differ shows "—"
and a change of one part leaves each button the rest of its own.

:func:`install` puts :class:`ActionEditor` into the inspector's registry for the
``action`` kind; the main window calls it once at start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from studio.model.layers import Action, ActionKind, ButtonLayer
from studio.ui.document import Document
from studio.ui.plain_text import as_plain_tooltip
from studio.ui.property_editors import (
    MIXED,
    MIXED_TEXT,
    ChoiceEditor,
    Partial,
    PropertyEditor,
    PropertySpec,
    register_editor,
    scene_choices,
)
from studio.values.errors import ValueProblem
from studio.values.fields import Field, FieldKind
from studio.values.links import check_link
from studio.values.parsing import parse_value

_FIELD_TOKEN = re.compile(r"\{([a-z][a-z0-9_]*)\}")
_PROBLEM_STYLE = (
    "QLabel { color: #D64541; background: rgba(214, 69, 65, 30);"
    " border: 1px solid rgba(214, 69, 65, 140); border-radius: 3px;"
    " padding: 4px 6px; }"
)


def with_kind(action: Action, kind: ActionKind, terms: int | None) -> Action:
    """``action`` turned into one of ``kind`` that leads where it led.

    A button that went to a scene goes on there after paying (and back); a
    plan starts at ``terms``. What only the old kind had (a number, a link)
    is dropped.
    """
    if action.kind is kind:
        return action
    leads_to = action.next_scene()
    if kind is ActionKind.GO_TO_SCENE:
        return Action(kind, target=leads_to)
    chosen = terms if kind is ActionKind.CHOOSE_PLAN else None
    return Action(kind, terms=chosen, then=leads_to)


@dataclass(frozen=True)
class ActionPart(Partial):
    """One part of a button's action changed: ``kind``, ``target``, ``terms`` or
    ``then``. A new kind starts a plan at ``first_terms``."""

    part: str
    value: Any
    first_terms: int | None = None

    def applied_to(self, old: Action) -> Action:
        if self.part == "kind":
            return with_kind(old, self.value, self.first_terms)
        return replace(old, **{self.part: self.value})


def _common(values: list[Any]) -> Any:
    first = values[0] if values else MIXED
    return first if all(value == first for value in values[1:]) else MIXED


def offered_terms(document: Document) -> list[int]:
    rules = document.template.settings.instalments
    return [terms for terms in rules.allowed_terms if terms <= rules.max_terms]


class ActionEditor(PropertyEditor):
    """What a button does; the inspector shows it as rows of its own form."""

    wide = True

    def __init__(self, spec: PropertySpec, document: Document, parent=None):
        super().__init__(spec, parent)
        self.document = document
        self._labels: list[QLabel] = []
        self._shown_target = ""  # the typed number or link, as the template has it
        self._shown_for: tuple = ()
        self.kind_names = {
            ActionKind.GO_TO_SCENE: self.tr("Go to scene"),
            ActionKind.PAY: self.tr("Pay"),
            ActionKind.CHOOSE_PLAN: self.tr("Choose plan"),
            ActionKind.OPEN_CHAT: self.tr("Open help chat"),
            ActionKind.CALL: self.tr("Call"),
            ActionKind.OPEN_LINK: self.tr("Open link"),
        }
        self.kind = self._choice("kind", "kind", self._kind_items)
        self.scene = self._choice(
            "scene", "target", lambda: scene_choices(document, False)
        )
        self.terms = self._choice("terms", "terms", self._terms_items)
        self.phone = self._choice("phone", "target", self._phone_items)
        self.number = QLineEdit(objectName="action_number")
        self.link = QLineEdit(objectName="action_link")
        self.problem = QLabel(objectName="action_problem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(_PROBLEM_STYLE)
        self.then = self._choice("then", "then", lambda: scene_choices(document))
        self._lay_out()
        self.number.editingFinished.connect(self._number_finished)
        self.link.textEdited.connect(self._check_typed_link)
        self.link.editingFinished.connect(self._link_finished)

    def form_labels(self) -> list[QWidget]:
        return list(self._labels)

    def message(self) -> str:
        """What is wrong with the number or link typed; empty when nothing is."""
        return self.problem.text() if self.problem.isVisibleTo(self) else ""

    # -- building ----------------------------------------------------------------

    def _choice(self, name: str, part: str, choices) -> ChoiceEditor:
        """A list for one ``part`` of the action."""
        editor = ChoiceEditor(PropertySpec(part, "choice"), choices)
        editor.setObjectName(f"action_{name}")
        editor.sig_edited.connect(lambda value: self._part_chosen(editor, value))
        return editor

    def _lay_out(self) -> None:
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setHorizontalSpacing(10)
        self.form.setVerticalSpacing(5)
        self.form.setLabelAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.form.setFieldGrowthPolicy(
            QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow
        )
        for text, widget in (
            (self.tr("When pressed"), self.kind),
            (self.tr("Scene"), self.scene),
            (self.tr("Plan"), self.terms),
            (self.tr("Number to call"), self.phone),
            (self.tr("Number"), self.number),
            (self.tr("Link"), self.link),
            ("", self.problem),
            (self.tr("Then go to"), self.then),
        ):
            label = QLabel(text)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self._labels.append(label)
            self.form.addRow(label, widget)
            # Each row shows when the kind shown needs it; none flashes by first.
            self.form.setRowVisible(widget, widget is self.kind)

    def _kind_items(self) -> list[tuple[str, Any]]:
        return [(name, kind) for kind, name in self.kind_names.items()]

    def _terms_items(self) -> list[tuple[str, Any]]:
        # Plans have two terms or more: no plural form is needed.
        terms = offered_terms(self.document)
        return [(self.tr("{count} terms").format(count=n), n) for n in terms]

    def _phone_items(self) -> list[tuple[str, Any]]:
        fields = [f for f in self.document.template.fields if f.kind is FieldKind.PHONE]
        items = [(self.tr("A number"), "")]
        for field in fields:
            shown = self.tr("Phone field {name}").format(name=field.label or field.name)
            items.append((shown, "{" + field.name + "}"))
        return items

    # -- showing -------------------------------------------------------------------

    def show_value(self, value: Any) -> None:
        actions = self._actions(value)
        kinds = {action.kind for action in actions}
        kind = _common([action.kind for action in actions])
        target = _common([action.target for action in actions])
        self.kind.show_value(kind)
        self._show_scene(kind, target)
        self.terms.show_value(_common([action.terms for action in actions]))
        self._show_phone(kind, target)
        if kind in (ActionKind.CALL, ActionKind.OPEN_LINK):
            self._show_typed(
                self.number if kind is ActionKind.CALL else self.link, target
            )
        self.then.show_value(_common([action.then for action in actions]))
        visible = {
            self.scene: kind is ActionKind.GO_TO_SCENE,
            self.terms: kind is ActionKind.CHOOSE_PLAN,
            self.link: kind is ActionKind.OPEN_LINK,
            self.then: bool(kinds) and ActionKind.GO_TO_SCENE not in kinds,
        }
        for widget, shown in visible.items():
            self.form.setRowVisible(widget, shown)
        self._show_pay_note(kind)

    def _actions(self, value: Any) -> list[Action]:
        """The actions shown: the one value, or each selected button's own."""
        if value is not MIXED:
            return [value]
        return [
            layer.action
            for layer in self.document.selected_layers()
            if isinstance(layer, ButtonLayer)
        ]

    def _show_scene(self, kind: Any, target: Any) -> None:
        if kind is not ActionKind.GO_TO_SCENE:
            return
        self.scene.show_value(target)
        if target is None:
            self.scene.combo.setPlaceholderText(self.tr("Choose a scene"))

    def _show_phone(self, kind: Any, target: Any) -> None:
        calls = kind is ActionKind.CALL
        field = isinstance(target, str) and _FIELD_TOKEN.fullmatch(target)
        has_fields = len(self._phone_items()) > 1
        self.phone.show_value(target if field or target is MIXED else "")
        self.form.setRowVisible(self.phone, calls and has_fields)
        self.form.setRowVisible(self.number, calls and not field)

    def _show_typed(self, box: QLineEdit, target: Any) -> None:
        """Put the template's number or link in ``box``, unless the designer is
        still at one typed there that the template has not taken."""
        text = target if isinstance(target, str) else ""
        if _FIELD_TOKEN.fullmatch(text):
            text = ""
        selection = self.document.selection
        typed = box.text() != self._shown_target
        if not typed or text != self._shown_target or selection != self._shown_for:
            box.setText(text)
            self._show_problem("")
        self._shown_target, self._shown_for = text, selection
        if target is MIXED:
            box.setPlaceholderText(MIXED_TEXT)
        elif box is self.number:
            box.setPlaceholderText(self.tr("+31 20 123 4567, or 020 123 4567"))
        else:
            box.setPlaceholderText(self.tr("https://…?reference={field}"))
            hosts = ", ".join(self.document.template.settings.link_hosts)
            tip = self.tr("Hosts a link may go to: {hosts}").format(hosts=hosts or "—")
            box.setToolTip(as_plain_tooltip(tip))

    def _show_pay_note(self, kind: Any) -> None:
        if (
            kind is ActionKind.PAY
            and self.document.template.settings.payment_link is None
        ):
            self._show_problem(self.tr("The template has no payment link yet"))
        elif kind not in (ActionKind.CALL, ActionKind.OPEN_LINK):
            self._show_problem("")

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.form.setRowVisible(self.problem, bool(text))

    # -- choosing --------------------------------------------------------------------

    def _part_chosen(self, editor: ChoiceEditor, value: Any) -> None:
        part = editor.spec.name
        if editor is self.phone and value == "":
            value = None  # a number is to be typed: until then it calls none
        terms = offered_terms(self.document)
        self._choose(ActionPart(part, value, terms[0] if terms else None))

    def _settled(self, text: str) -> bool:
        """Whether a typed target needs no checking: it is back to what the
        template has, or empty (then the action has no target)."""
        if text == self._shown_target:
            self._show_problem("")
            return True
        if not text:
            self._show_problem("")
            self._choose(ActionPart("target", None))
            return True
        return False

    def _number_finished(self) -> None:
        text = self.number.text().strip()
        if self._settled(text):
            return
        number = Field("number", FieldKind.PHONE)
        region = self.document.template.settings.region
        try:
            parsed = parse_value(number, text, region=region)
        except ValueProblem as problem:
            self._show_problem(problem.message)
            return
        self._show_problem("")
        self.number.setText(parsed.value)
        self._choose(ActionPart("target", parsed.value))

    def _link_problem(self, text: str) -> str | None:
        template = self.document.template
        kinds = {field.name: field.kind.value for field in template.fields}
        return check_link(text, template.settings.link_hosts, kinds)

    def _check_typed_link(self, text: str) -> None:
        self._show_problem((self._link_problem(text) if text else None) or "")

    def _link_finished(self) -> None:
        text = self.link.text().strip()
        if self._settled(text):
            return
        problem = self._link_problem(text)
        self._show_problem(problem or "")
        if problem is None:
            self._choose(ActionPart("target", text))


def install() -> None:
    """Edit the inspector's ``action`` properties with :class:`ActionEditor`."""
    register_editor("action", ActionEditor)
