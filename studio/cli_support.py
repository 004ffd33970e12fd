"""What the ``helder`` commands compute, apart from parsing their arguments.

Kept out of ``studio.cli`` so that ``helder --help`` starts without importing the
whole studio, and so that tests can call these directly.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from studio.data.check import DataCheck, RowVerdict, check_file
from studio.data.source import DataFileError
from studio.model.template import Template
from studio.problems import InvalidError
from studio.project import Project, ProjectError
from studio.render.resolve import ResolvedRow, ResolveError, resolve_row
from studio.store import ProjectFileError


class CommandError(Exception):
    """A request that cannot be met as asked; the message says why."""


def error_text(error: BaseException) -> str:
    """One line for the user; an OSError as ``file: reason``."""
    if isinstance(error, OSError) and error.filename and error.strerror:
        return f"{error.filename}: {error.strerror}"
    return " ".join(str(error).split())


USER_ERRORS: tuple[type[BaseException], ...] = (
    CommandError,
    ProjectError,
    ProjectFileError,
    DataFileError,
    InvalidError,
    ResolveError,
    OSError,
)


def load_project(path: str | None) -> Project:
    if path is None:
        raise CommandError("name a project file (.helder) or a project folder")
    where = Path(path)
    if not where.exists():
        raise CommandError(f"{where}: no such project file or folder")
    return Project.open(where)


def parse_mapping(pairs: list[str]) -> dict[str, str] | None:
    mapping = {}
    for pair in pairs:
        field, sep, header = pair.partition("=")
        if not sep or not field.strip() or not header.strip():
            raise CommandError(f"--map {pair!r}: write it as FIELD=HEADER")
        mapping[field.strip()] = header.strip()
    return mapping or None


# -- info ---------------------------------------------------------------------


def describe_project(template: Template) -> dict[str, Any]:
    fps = template.fps
    return {
        "name": template.name,
        "canvas": {"width": template.width, "height": template.height, "fps": fps},
        "languages": template.languages,
        "source_language": template.source_language,
        "scenes": [
            {
                "id": scene.id,
                "name": scene.name,
                "frames": scene.duration,
                "seconds": round(scene.duration / fps, 3),
                "layers": dict(
                    sorted(Counter(layer.kind.value for layer in scene.layers).items())
                ),
            }
            for scene in template.scenes
        ],
        "fields": [
            {
                "name": f.name,
                "kind": f.kind.value,
                "required": f.required,
                "personal": f.personal,
            }
            for f in template.fields
        ],
    }


def render_info(info: dict[str, Any]) -> str:
    canvas = info["canvas"]
    languages = ", ".join(
        f"{lang} (source)" if lang == info["source_language"] else lang
        for lang in info["languages"]
    )
    lines = [
        info["name"],
        f"canvas {canvas['width']}×{canvas['height']} at {canvas['fps']} fps",
        f"languages: {languages}",
        "",
        f"scenes ({len(info['scenes'])}):",
    ]
    width = max((len(s["name"]) for s in info["scenes"]), default=0)
    for scene in info["scenes"]:
        layers = ", ".join(f"{n} {kind}" for kind, n in scene["layers"].items())
        lines.append(
            f"  {scene['name']:<{width}}  {scene['seconds']:6.2f} s  "
            f"{sum(scene['layers'].values())} layers ({layers or 'none'})"
        )
    lines += ["", f"fields ({len(info['fields'])}):"]
    width = max((len(f["name"]) for f in info["fields"]), default=0)
    for field in info["fields"]:
        notes = [
            n
            for n, on in (
                ("required", field["required"]),
                ("personal", field["personal"]),
            )
            if on
        ]
        line = f"  {field['name']:<{width}}  {field['kind']:<12} {', '.join(notes)}"
        lines.append(line.rstrip())
    return "\n".join(lines)


# -- data check ---------------------------------------------------------------


@dataclass
class CheckReport:
    check: DataCheck

    @property
    def exit_code(self) -> int:
        return self.check.exit_code

    def lines(self) -> list[str]:
        check = self.check
        counts = check.counts
        out = [f"{check.path}: {len(check.verdicts)} rows"]
        if check.ignored_columns:
            out.append(f"ignored columns: {', '.join(check.ignored_columns)}")
        for verdict in check.verdicts:
            out.append(
                f"row {verdict.row} ({verdict.row_id or 'no id'}): {verdict.status}"
            )
            out.extend(
                f"  {message.level.value}: {message}" for message in verdict.messages
            )
        out.append(
            f"{counts['ok']} ok, {counts['warnings']} with warnings, "
            f"{counts['errors']} with errors"
        )
        return out

    def as_json(self) -> dict[str, Any]:
        check = self.check
        return {
            "file": check.path,
            "kind": check.kind,
            "counts": check.counts,
            "ignored_columns": check.ignored_columns,
            "rows": [_verdict_json(v) for v in check.verdicts],
        }


def _verdict_json(verdict: RowVerdict) -> dict[str, Any]:
    return {
        "row": verdict.row,
        "id": verdict.row_id,
        "status": verdict.status,
        "messages": [
            {
                "level": m.level.value,
                "column": m.column_label,
                "header": m.header,
                "field": m.field,
                "value": m.value_text,
                "text": m.text,
                "message": str(m),
            }
            for m in verdict.messages
        ],
    }


def check_data(template: Template, data: str, mapping: dict | None) -> CheckReport:
    return CheckReport(
        check_file(
            template.fields,
            data,
            row_id_field=template.settings.row_id_field,
            mapping=mapping,
            region=template.settings.region,
        )
    )


# -- values -------------------------------------------------------------------


@dataclass
class ValuesReport:
    template: Template
    verdict: RowVerdict
    resolved: ResolvedRow

    def lines(self) -> list[str]:
        resolved = self.resolved
        out = [
            f"row {self.verdict.row} ({self.verdict.row_id}), "
            f"language {resolved.language}"
        ]
        out += [f"  warning: {m}" for m in self.verdict.messages]
        out.append("fields:")
        width = max(len(f.name) for f in self.template.fields)
        for field in self.template.fields:
            out.append(f"  {field.name:<{width}}  {resolved.values[field.name]}")
        if resolved.plans:
            out.append("instalment plans:")
            out += [f"  {plan.summary}" for plan in resolved.plans]
        out.append("texts:")
        width = max((len(k) for k in resolved.texts), default=0)
        for key, text in resolved.texts.items():
            marker = (
                "  (source language: no translation yet)"
                if key in resolved.fallbacks
                else ""
            )
            out.append(
                f"  {key:<{width}}  {json.dumps(text, ensure_ascii=False)}{marker}"
            )
        return out

    def as_json(self) -> dict[str, Any]:
        resolved = self.resolved
        return {
            "row": self.verdict.row,
            "id": self.verdict.row_id,
            "language": resolved.language,
            "warnings": [str(m) for m in self.verdict.messages],
            "values": resolved.values,
            "plans": [{"terms": p.terms, "amounts": p.amounts} for p in resolved.plans],
            "texts": resolved.texts,
            "untranslated": resolved.fallbacks,
        }


def usable_verdict(
    template: Template, data: str, row_id: str, language: str, mapping: dict | None
) -> RowVerdict:
    """The verdict on one row; refused, with the row's messages, when not usable."""
    if language not in template.languages:
        raise CommandError(
            f"--lang {language}: this template has {', '.join(template.languages)}"
        )
    check = check_data(template, data, mapping).check
    verdict = next((v for v in check.verdicts if v.row_id == row_id), None)
    if verdict is None:
        raise CommandError(
            f"{data}: no row with {template.settings.row_id_field} {row_id!r}"
        )
    if not verdict.usable:
        reasons = "; ".join(
            str(m) for m in verdict.messages if m.level.value == "error"
        )
        raise CommandError(
            f"{data}: row {verdict.row} ({row_id}) cannot be used: {reasons}"
        )
    return verdict


def usable_row(
    template: Template, data: str, row_id: str, language: str, mapping: dict | None
) -> dict[str, object]:
    return usable_verdict(template, data, row_id, language, mapping).values


def row_values(
    template: Template, data: str, row_id: str, language: str, mapping: dict | None
) -> ValuesReport:
    verdict = usable_verdict(template, data, row_id, language, mapping)
    return ValuesReport(
        template, verdict, resolve_row(template, verdict.values, language)
    )
