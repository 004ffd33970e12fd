"""Resolving: a template, one sample row and a language become finished text.

Every value the viewer reads is formatted here, once, with the language's rules, and
every template text has its ``{field}`` placeholders filled. The renderer, the
command line and later the package all take these finished strings, so that the
studio and the web player never format a value differently.
"""

from __future__ import annotations

import datetime
import logging
from dataclasses import dataclass, field

from studio.model.layers import PLAN_PLACEHOLDERS, PlanPickerLayer
from studio.model.template import Template, fill_placeholders
from studio.values.conditions import condition_data, evaluate
from studio.values.formatting import format_date, format_money, format_value
from studio.values.instalments import offered_terms, plan
from studio.values.money import Money

logger = logging.getLogger(__name__)


class ResolveError(ValueError):
    """The row or language cannot be resolved for this template."""


@dataclass
class PlanOption:
    terms: int
    amounts: list[str]  # formatted, first to last
    first_due: str = ""  # the first term's due date, formatted; empty without one

    @property
    def summary(self) -> str:
        if len(set(self.amounts)) == 1:
            return f"{self.terms} × {self.amounts[0]}"
        return f"{self.terms} × {self.amounts[-1]} ({' + '.join(self.amounts)})"


@dataclass
class ResolvedRow:
    language: str
    values: dict[str, str]  # field name -> text as shown
    texts: dict[str, str]  # string key -> finished text in this language
    plans: list[PlanOption] = field(default_factory=list)
    fallbacks: list[str] = field(default_factory=list)  # keys shown in the source
    # A plan picker's label, finished once for each offered plan, in plan order.
    plan_labels: dict[str, list[str]] = field(default_factory=dict)


def resolve_row(
    template: Template,
    values: dict[str, object],
    language: str,
    *,
    keep_placeholders: bool = False,
) -> ResolvedRow:
    """Format ``values`` (parsed, typed) and fill every text of the template.

    With ``keep_placeholders``, a field without a value stays ``{name}`` in the
    texts: the form in which texts leave the studio for a player that fills them.
    """
    if language not in template.languages:
        raise ResolveError(
            f"language {language!r} is not in this template; "
            f"it has {', '.join(template.languages)}"
        )
    shown = {}
    for f in template.fields:
        value = values.get(f.name)
        if value is not None:
            shown[f.name] = format_value(f, value, language)
        else:
            shown[f.name] = f"{{{f.name}}}" if keep_placeholders else ""
    resolved = ResolvedRow(language, shown, {})
    resolved.plans = _plans(template, values, language)
    picker_labels = {
        layer.label
        for scene in template.scenes
        for layer in scene.layers
        if isinstance(layer, PlanPickerLayer)
    }
    for key, string in template.strings.items():
        text = string.text_for(language, template.source_language)
        if text is None:
            text = string.source
            resolved.fallbacks.append(key)
        if key in picker_labels:
            labels = [
                fill_placeholders(text, {**shown, **_plan_values(option)})
                for option in resolved.plans
            ]
            resolved.plan_labels[key] = labels
            # As one text (for the checks that every text fits): the first plan.
            empty = dict.fromkeys(PLAN_PLACEHOLDERS, "")
            resolved.texts[key] = (
                labels[0] if labels else fill_placeholders(text, {**shown, **empty})
            )
        else:
            resolved.texts[key] = fill_placeholders(text, shown)
    return resolved


def _plan_values(option: PlanOption) -> dict[str, str]:
    return {
        "terms": str(option.terms),
        "term_amount": option.amounts[0],
        "first_due": option.first_due,
    }


def _plans(
    template: Template, values: dict[str, object], language: str
) -> list[PlanOption]:
    name = template.settings.amount_field
    total = values.get(name) if name else None
    if not isinstance(total, Money):
        return []
    rules = template.settings.instalments
    due_field = template.settings.due_date_field
    due = values.get(due_field) if due_field else None
    first_due = format_date(due, language) if isinstance(due, datetime.date) else ""
    options = []
    for terms in offered_terms(total, rules):
        amounts = [format_money(m, language) for m in plan(total, terms, rules)]
        options.append(PlanOption(terms, amounts, first_due))
    return options


def condition_holds(template: Template, logic: dict | None, values: dict) -> bool:
    if logic is None:
        return True
    return bool(evaluate(logic, condition_data(template.fields, values)))
