"""``helder variants``, ``helder check story`` and the story part of ``helder info``.

``variants`` lists every way through the story graph, each as the ``--path`` that
``helder render`` and ``helder captions`` follow, so that a reviewer can render and
tick off each one in each language. ``check story`` lists what a viewer could get
stuck on (exit code 1). Nothing here needs Qt: the story is read from the model.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from decimal import Decimal
from typing import Any

from studio.cli_support import load_project
from studio.model.layers import PlanPickerLayer
from studio.model.story import (
    MAX_PATHS,
    Choice,
    StoryGraph,
    StoryPath,
    StoryProblem,
    check_story,
    graph_to_dict,
    story_graph,
    story_paths,
)
from studio.model.template import Template
from studio.values.fields import Field, FieldKind
from studio.values.formatting import format_money
from studio.values.money import Money, currency_precision

__all__ = [
    "problem_json",
    "problem_lines",
    "story_info",
    "story_lines",
    "story_check",
    "variant_list",
    "variant_lines",
    "variants",
]


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _json(data: object) -> None:
    _out(json.dumps(data, ensure_ascii=False, indent=2))


# -- problems -----------------------------------------------------------------


def problem_json(problem: StoryProblem) -> dict[str, Any]:
    return {
        "rule": problem.rule.value,
        "scene": problem.scene,
        "layer": problem.layer,
        "message": problem.message,
    }


def problem_lines(problems: list[dict[str, Any]], indent: str = "") -> list[str]:
    """One line a problem, in columns: rule, scene, layer (or -), message."""
    rows = [(p["rule"], p["scene"], p["layer"] or "-", p["message"]) for p in problems]
    widths = [max((len(row[i]) for row in rows), default=0) for i in range(3)]
    return [
        indent
        + "  ".join(cell.ljust(w) for cell, w in zip(row[:3], widths, strict=True))
        + "  "
        + row[3]
        for row in rows
    ]


# -- info ---------------------------------------------------------------------


def story_info(template: Template) -> dict[str, Any]:
    """The story graph as plain data, with what ``check story`` finds in it."""
    return {
        **graph_to_dict(template),
        "problems": [problem_json(p) for p in check_story(template)],
    }


def story_lines(story: dict[str, Any]) -> list[str]:
    """The text form for ``helder info``: each scene and where it leads."""
    lines = [f"story (starts at {story['entry'] or 'no scene'}):"]
    scenes = story["scenes"]
    width = max((len(scene["id"]) for scene in scenes), default=0)
    for scene in scenes:
        edges = [e for e in story["edges"] if e["from"] == scene["id"]]
        lead = _where_it_leads(scene, edges)
        mark = " (conditional)" if scene["conditional"] else ""
        lines.append(f"  {scene['id']:<{width}}  → {lead}{mark}")
    problems = story["problems"]
    if problems:
        lines.append(f"problems ({len(problems)}):")
        lines += problem_lines(problems, indent="  ")
    else:
        lines.append("problems: none")
    return lines


def _where_it_leads(scene: dict[str, Any], edges: list[dict[str, Any]]) -> str:
    """Each choice's scene with its steps, in keyboard order; then the next scene;
    then what leaves the video. A scene with nowhere to go says ``end``."""
    led = {(edge.get("layer"), edge["to"]) for edge in edges}
    groups: dict[tuple, list[str]] = {}
    leaving = []
    for choice in scene["choices"]:
        target = choice["target"]
        if target is None and choice["action"] != "go_to_scene":
            leaving.append(choice["step"])
        else:
            groups.setdefault((choice["layer"], target), []).append(choice["step"])
    parts = []
    for (layer, target), steps in groups.items():
        if target is None:
            parts.append(f"nowhere ({', '.join(steps)}: no scene chosen)")
        elif (layer, target) in led:
            parts.append(f"{target} ({', '.join(steps)})")
        else:
            parts.append(f"{target} ({', '.join(steps)}: no such scene)")
    for edge in edges:
        if edge["kind"] == "next":
            parts.append(edge["to"])
        elif edge["kind"] == "skip":
            parts.append(f"{edge['to']} (when its condition fails)")
    if not edges:
        parts.append("end")
    text = ", ".join(parts)
    if leaving:
        text += f"; leaves the video by {', '.join(leaving)}"
    return text


# -- variants -----------------------------------------------------------------


def variant_list(
    template: Template, limit: int = MAX_PATHS
) -> tuple[list[dict[str, Any]], bool]:
    """Every path with its scenes, ending and languages; and whether more were cut.

    ``min_amount`` is the smallest amount for which the path's plan choices are
    offered (a plan picker shows only the plans whose terms reach the minimum term
    amount), or None when the path chooses no plan from a picker.
    """
    paths = story_paths(template, limit + 1)
    graph = story_graph(template)
    listed = [
        {
            "number": number,
            "path": path.path,
            "scenes": list(path.scenes),
            "ending": path.ending,
            "conditional": path.conditional,
            "min_amount": _plain(_plan_minimum(template, graph, path)),
            "languages": list(template.languages),
        }
        for number, path in enumerate(paths[:limit], start=1)
    ]
    return listed, len(paths) > limit


def _plain(money: Money | None) -> str | None:
    return None if money is None else str(money.amount)


def _plan_minimum(
    template: Template, graph: StoryGraph, path: StoryPath
) -> Money | None:
    """The smallest amount that offers every plan the path picks from a picker."""
    field = _amount_field(template)
    if field is None:
        return None
    rules = template.settings.instalments
    precision = currency_precision(field.currency)
    # A term is at least the minimum term amount, in whole cents.
    term_cents = math.ceil(rules.min_term_amount.scaleb(precision))
    terms = [
        choice.terms
        for scene_id, choice in _chosen(graph, path)
        if choice.terms is not None
        and isinstance(template.scene(scene_id).layer(choice.layer), PlanPickerLayer)
    ]
    if not terms:
        return None
    return Money.from_cents(max(terms) * term_cents, field.currency)


def _amount_field(template: Template) -> Field | None:
    name = template.settings.amount_field
    if not name or name not in {f.name for f in template.fields}:
        return None
    field = template.field(name)
    return field if field.kind is FieldKind.MONEY else None


def _chosen(graph: StoryGraph, path: StoryPath) -> list[tuple[str, Choice]]:
    """Each step of the path with the scene that offers it, in path order.

    A step is the choice of a scene that leads to the scene the path shows next
    (or, from the last scene of a path that loops, back to one it showed); scenes
    passed on their own, with no step taken, are skipped over.
    """
    found = []
    steps = list(path.steps)
    following_scenes = [*path.scenes[1:], None]
    for scene_id, following in zip(path.scenes, following_scenes, strict=True):
        if not steps:
            break
        choice = next(
            (
                c
                for c in graph.choices[scene_id]
                if c.step == steps[0] and following in (None, c.target)
            ),
            None,
        )
        if choice is not None:
            found.append((scene_id, choice))
            steps.pop(0)
    return found


def variant_lines(template: Template, listed: list[dict[str, Any]]) -> list[str]:
    """A numbered table: path, ending, which rows see it, the scenes after the trunk.

    The scenes every path starts with (the trunk) are named once above the table,
    so that a row shows only where its path goes its own way.
    """
    languages = template.languages
    count = len(listed)
    trunk = _trunk([v["scenes"] for v in listed])
    lines = [
        f"{count} {'path' if count == 1 else 'paths'} × {len(languages)} "
        f"{'language' if len(languages) == 1 else 'languages'} "
        f"({', '.join(languages)}) = {count * len(languages)} variants",
        f"every path starts {' → '.join(trunk)}",
        "",
    ]
    rows = [
        (
            str(v["number"]),
            v["path"] or "(none)",
            v["ending"],
            _who_sees(template, v),
            " → ".join(v["scenes"][len(trunk) :]),
        )
        for v in listed
    ]
    header = ("#", "path", "ending", "rows", "then")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(4)]
    for row in [header, *rows]:
        cells = [row[0].rjust(widths[0])]
        cells += [cell.ljust(w) for cell, w in zip(row[1:4], widths[1:], strict=True)]
        lines.append("  ".join([*cells, row[4]]).rstrip())
    return lines


def _trunk(scene_lists: list[list[str]]) -> list[str]:
    """The scenes all paths share from the start, leaving each at least one."""
    shortest = min(len(scenes) for scenes in scene_lists)
    trunk = []
    for index in range(max(1, shortest - 1)):
        scene = scene_lists[0][index]
        if any(scenes[index] != scene for scenes in scene_lists):
            break
        trunk.append(scene)
    return trunk


def _who_sees(template: Template, variant: dict[str, Any]) -> str:
    """``all``, or what a row needs to see the path."""
    needs = []
    if variant["conditional"]:
        needs.append("some (conditions)")
    if variant["min_amount"] is not None:
        field = _amount_field(template)
        money = Money(Decimal(variant["min_amount"]), field.currency)
        needs.append(f"amount ≥ {format_money(money, template.source_language)}")
    return "; ".join(needs) or "all"


def variants(args: argparse.Namespace) -> int:
    template = load_project(args.project).template
    listed, cut = variant_list(template)
    if args.json:
        _json(listed)
    elif not listed:
        _out("no scenes: nothing plays")
    else:
        for line in variant_lines(template, listed):
            _out(line)
    if cut:
        sys.stderr.write(
            f"helder: the story has more than {MAX_PATHS} paths; the first "
            f"{MAX_PATHS} are listed\n"
        )
    return 0


# -- check story --------------------------------------------------------------


def story_check(args: argparse.Namespace) -> int:
    template = load_project(args.project).template
    problems = [problem_json(p) for p in check_story(template)]
    if args.json:
        _json(problems)
    else:
        for line in problem_lines(problems):
            _out(line)
        scenes = f"{len(template.scenes)} scenes"
        if problems:
            count = len(problems)
            _out(f"{count} {'problem' if count == 1 else 'problems'} ({scenes})")
        else:
            _out(f"the story has no problems ({scenes})")
    return 1 if problems else 0
