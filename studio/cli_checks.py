"""``helder data stress`` and ``helder check overflow``: the edges of the data.

``data stress`` lists the synthetic rows at the edges of what the fields allow;
``check overflow`` lays out every text for those rows, the sample rows and the
rows of a data file, in every language, and lists each text that does not fit
its box (exit code 1). Only the overflow check needs Qt, to lay the texts out.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from studio.cli_support import check_data, load_project, parse_mapping
from studio.data.check import usable_rows
from studio.data.samples import sample_data_beside
from studio.values.money import Money
from studio.values.stress import stress_rows


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def data_stress(args: argparse.Namespace) -> int:
    template = load_project(args.project).template
    settings = template.settings
    rows = stress_rows(
        template.fields,
        template.languages,
        region=settings.region,
        row_id_field=settings.row_id_field,
    )
    language = template.source_language
    shown = {row.id: row.shown(template.fields, language) for row in rows.values()}
    if args.json:
        listing = [
            {
                "id": row.id,
                "description": row.description,
                "values": {name: _plain(value) for name, value in row.values.items()},
                "shown": shown[row.id],
            }
            for row in rows.values()
        ]
        _out(json.dumps(listing, ensure_ascii=False, indent=2))
        return 0
    width = max((len(f.name) for f in template.fields), default=0)
    for row in rows.values():
        _out(f"{row.id}: {row.description}")
        for name, text in shown[row.id].items():
            _out(f"  {name:<{width}}  {text}".rstrip())
    return 0


def _plain(value: object) -> object:
    """A typed value as JSON holds it: amounts as decimal text, dates in ISO form."""
    if isinstance(value, Money):
        return str(value.amount)
    if isinstance(value, date):
        return value.isoformat()
    return value


def check_overflow(args: argparse.Namespace) -> int:
    from studio.render.overflow import find_overflows

    project = load_project(args.project)
    rows, notes = _overflow_rows(project, args.data, parse_mapping(args.map))
    for note in notes:
        sys.stderr.write(f"helder: {note}\n")
    template = project.template
    overflows = find_overflows(template, rows)
    if args.json:
        listing = [_overflow_json(template, o, args.show_text) for o in overflows]
        _out(json.dumps(listing, ensure_ascii=False, indent=2))
    else:
        for line in _overflow_lines(template, overflows, args.show_text):
            _out(line)
        checked = f"{len(rows)} rows × {len(template.languages)} languages"
        if overflows:
            layers = len({(o.scene_id, o.layer_id) for o in overflows})
            _out(
                f"{len(overflows)} texts do not fit, in {layers} "
                f"{'layer' if layers == 1 else 'layers'} ({checked})"
            )
        else:
            _out(f"every text fits ({checked})")
    return 1 if overflows else 0


def _overflow_rows(project, data, mapping) -> tuple[dict, list[str]]:
    """The sample rows beside the project, the stress rows and those of ``data``.

    Rows are named by their row id; a row whose id is taken already (by a sample
    row or a stress row) is named ``FILE:ID``. Rows with errors are left out, and
    a note for each file says how many; notes wait until every file has been read,
    so that a file that cannot be read ends the command with one line.
    """
    template = project.template
    settings = template.settings
    beside = sample_data_beside(project)
    files = [(beside, None)] if beside else []
    if data and not (beside and Path(data).resolve() == beside.resolve()):
        files.append((Path(data), mapping))
    stress = stress_rows(
        template.fields,
        template.languages,
        region=settings.region,
        row_id_field=settings.row_id_field,
    )
    checks = [check_data(template, str(path), columns).check for path, columns in files]
    rows: dict[str, dict] = {}
    notes = []
    for check in checks:
        usable = usable_rows(check)
        for row_id, values in usable.items():
            taken = row_id in rows or row_id in stress
            rows[f"{Path(check.path).name}:{row_id}" if taken else row_id] = values
        left_out = len(check.verdicts) - len(usable)
        if left_out:
            notes.append(
                f"{check.path}: {left_out} of {len(check.verdicts)} rows have "
                f"errors and are not checked (helder data check lists why)"
            )
    rows.update((row.id, row.values) for row in stress.values())
    return rows, notes


def _overflow_lines(template, overflows, show_text: bool) -> list[str]:
    """One line per text that does not fit, under a heading per layer."""
    lines: list[str] = []
    width = max((len(o.row_id or "every row") for o in overflows), default=0)
    heading = None
    for found in overflows:
        if (found.scene_id, found.layer_id) != heading:
            heading = (found.scene_id, found.layer_id)
            scene = template.scene(found.scene_id).name
            lines.append(f"{scene} › {found.layer_name} ({found.layer_id})")
        row = found.row_id or "every row"
        lines.append(f"  {row:<{width}}  {found.language}  {found.detail}")
        if show_text:
            lines.append(f"    {json.dumps(found.text, ensure_ascii=False)}")
    return lines


def _overflow_json(template, found, show_text: bool) -> dict:
    shown = {
        "scene": found.scene_id,
        "scene_name": template.scene(found.scene_id).name,
        "layer": found.layer_id,
        "layer_name": found.layer_name,
        "row": found.row_id,
        "language": found.language,
        "reason": found.reason.value,
        "detail": found.detail,
    }
    if show_text:
        shown["text"] = found.text
    return shown
