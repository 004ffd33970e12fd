"""A published package as the server works with it: its manifest, read once.

The manifest carries what the server needs to finish one view's texts: the fields,
the strings in every language, the settings that plans depend on, and the live
layers. From these the server rebuilds the part of a ``Template`` that resolving a
row uses (``studio.render.resolve.resolve_row``), so that a name, an amount or a
plan reads on the debtor's screen exactly as the studio showed it.

The story graph and the action allowlist come from the manifest as well; the server
runs no choice that the graph does not list.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field

from studio.model.layers import ActionKind, PlanPickerLayer
from studio.model.story import HELP_ACTIONS
from studio.model.template import (
    Scene,
    Settings,
    Template,
    TranslatableString,
    Translation,
)
from studio.values.fields import Field
from studio.values.instalments import InstalmentRules

logger = logging.getLogger(__name__)

HELP_STEPS = frozenset({"chat", "call"})
_HELP_KINDS = frozenset(kind.value for kind in HELP_ACTIONS)


@dataclass(frozen=True)
class StoryChoice:
    """One choice of the story graph: which scene holds it and what it does."""

    scene: str
    layer: str
    step: str
    action: str
    target: str | None
    conditional: bool
    terms: int | None = None
    address: str | None = None


@dataclass
class Published:
    """One stored package version, with its manifest read into handy forms."""

    id: str
    template_id: str
    version: int
    manifest: dict
    template: Template
    files: dict[str, dict]
    scenes: dict[str, dict]  # manifest scenes by id, in template order
    layers: dict[str, tuple[str, dict]]  # live layer id -> (scene id, layer)
    choices: dict[tuple[str, str], StoryChoice] = field(default_factory=dict)

    @property
    def actions(self) -> dict:
        return self.manifest.get("actions") or {}

    @property
    def story(self) -> dict:
        return self.manifest["story"]

    @property
    def languages(self) -> list[str]:
        return list(self.manifest["languages"])

    def direction(self, language: str) -> str:
        from studio.values.formatting import language_direction

        directions = self.manifest.get("directions") or {}
        return directions.get(language) or language_direction(language)

    def help_scenes(self) -> list[str]:
        """Scenes that offer help for sure: an unconditional chat or call choice."""
        return [
            scene_id
            for scene_id in self.scenes
            if any(
                c.scene == scene_id and c.action in _HELP_KINDS and not c.conditional
                for c in self.choices.values()
            )
        ]

    def scene_with(self, action: str) -> str | None:
        """The first scene (in template order) with a choice of kind ``action``."""
        for scene_id in self.scenes:
            for choice in self.choices.values():
                if choice.scene == scene_id and choice.action == action:
                    return scene_id
        return None

    def route_label(self, route: str) -> str | None:
        """The string key of the button that best names an always-reachable route.

        A button that goes to the route's scene (``Nu betalen`` on the decision)
        names it better than the button inside that scene (``Betaal met iDEAL``).
        """
        targets = self._route_scenes(route)
        for scene_id in self.scenes:
            for choice in self.choices.values():
                if choice.scene != scene_id or choice.conditional:
                    continue
                if choice.action == ActionKind.GO_TO_SCENE and choice.target in targets:
                    return self._label(choice.layer)
        for choice in self.choices.values():
            if choice.scene in targets and not choice.conditional:
                if route != "help" or choice.action in _HELP_KINDS:
                    return self._label(choice.layer)
        return None

    def _route_scenes(self, route: str) -> set[str]:
        if route == "help":
            return set(self.help_scenes())
        kind = ActionKind.PAY if route == "pay" else ActionKind.CHOOSE_PLAN
        return {c.scene for c in self.choices.values() if c.action == kind}

    def _label(self, layer_id: str) -> str | None:
        found = self.layers.get(layer_id)
        return found[1].get("label") if found else None


def published_from_row(row) -> Published:
    """A ``Published`` from a row of the ``packages`` table."""
    manifest = json.loads(row["manifest"])
    scenes = {scene["id"]: scene for scene in manifest["scenes"]}
    layers = {
        layer["id"]: (scene["id"], layer)
        for scene in manifest["scenes"]
        for layer in scene.get("live", [])
    }
    published = Published(
        id=row["id"],
        template_id=row["template"],
        version=row["version"],
        manifest=manifest,
        template=template_from_manifest(manifest),
        files=manifest["files"],
        scenes=scenes,
        layers=layers,
    )
    for scene in manifest["story"]["scenes"]:
        for choice in scene.get("choices", []):
            published.choices[(choice["layer"], choice["step"])] = StoryChoice(
                scene=scene["id"],
                layer=choice["layer"],
                step=choice["step"],
                action=choice["action"],
                target=choice.get("target"),
                conditional=bool(choice.get("conditional")),
                terms=choice.get("terms"),
                address=choice.get("address"),
            )
    return published


def template_from_manifest(manifest: dict) -> Template:
    """The part of the template that resolving a row needs, from a manifest.

    Fields, strings, languages, the plan settings and the plan pickers (whose label
    is filled once per plan); the rest of the design is baked into the media.
    """
    fields = [Field.from_dict(data) for data in manifest["fields"]]
    source = manifest["source_language"]
    strings = {}
    for key, texts in manifest["strings"].items():
        strings[key] = TranslatableString(
            key,
            texts.get(source, ""),
            {
                language: Translation(text)
                for language, text in texts.items()
                if language != source
            },
        )
    scenes = [
        Scene(
            scene["id"],
            scene.get("name", scene["id"]),
            scene["duration"],
            layers=[
                PlanPickerLayer(id=layer["id"], name=layer["id"], label=layer["label"])
                for layer in scene.get("live", [])
                if layer.get("kind") == "plan_picker"
            ],
            condition=scene.get("condition"),
            next_scene=scene.get("next_scene"),
        )
        for scene in manifest["scenes"]
    ]
    canvas = manifest.get("canvas", {})
    return Template(
        name=manifest["template"].get("name", manifest["template"]["id"]),
        width=canvas.get("width", 1920),
        height=canvas.get("height", 1080),
        fps=canvas.get("fps", 25),
        source_language=source,
        languages=list(manifest["languages"]),
        scenes=scenes,
        fields=fields,
        strings=strings,
        settings=_settings(manifest),
    )


def _settings(manifest: dict) -> Settings:
    actions = manifest.get("actions") or {}
    found = manifest["settings"]
    return Settings(
        amount_field=found.get("amount_field"),
        due_date_field=found.get("due_date_field"),
        region=found.get("region", "NL"),
        instalments=InstalmentRules.from_dict(found["instalments"]),
        payment_link=actions.get("payment_link"),
        chat_link=actions.get("chat_link"),
        link_hosts=list(actions.get("link_hosts") or []),
    )
