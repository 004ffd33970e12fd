"""The template checks itself.

``validate(template)`` returns every problem at once, each naming the thing in the
designer's words, the bad value and what is allowed, so that the studio can list them
and the command line can refuse with the first. Errors make a template unusable;
warnings (a missing translation, say) are shown but do not stop a preview.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from studio.model.keyframes import Animated
from studio.model.layers import (
    PLAN_PLACEHOLDERS,
    ActionKind,
    AudioLayer,
    ButtonLayer,
    ImageLayer,
    Layer,
    PlanPickerLayer,
    ShapeKind,
    ShapeLayer,
    TextLayer,
    VideoLayer,
)
from studio.model.template import (
    ALLOWED_FPS,
    MediaType,
    Scene,
    Template,
    TransitionKind,
    placeholders,
)
from studio.problems import Level, Problem
from studio.resources import font_families
from studio.values.conditions import check_condition
from studio.values.fields import FieldKind, validate_field_definition
from studio.values.formatting import supported_languages
from studio.values.links import check_link

MAX_CANVAS = 7680
MAX_SCENE_SECONDS = 600
_COLOR = re.compile(r"#[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_HOST = re.compile(
    r"[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+"
)
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")

IMAGE_TYPES = {MediaType.PNG, MediaType.JPEG, MediaType.SVG}
VIDEO_TYPES = {MediaType.MP4, MediaType.WEBM}
AUDIO_TYPES = {MediaType.MP3, MediaType.WAV, MediaType.OGG}


def is_plain_id(text: object) -> bool:
    """Whether ``text`` may be the id of a scene, layer, asset or text."""
    return isinstance(text, str) and _ID.fullmatch(text) is not None


def validate(template: Template) -> list[Problem]:
    checks = (
        _check_canvas,
        _check_languages,
        _check_fields,
        _check_strings,
        _check_assets,
        _check_scenes,
        _check_settings,
    )
    return [problem for check in checks for problem in check(template)]


def errors(template: Template) -> list[Problem]:
    return [p for p in validate(template) if p.level is Level.ERROR]


def _check_links(t: Template) -> Iterator[Problem]:
    settings = t.settings
    for index, host in enumerate(settings.link_hosts):
        if not _HOST.fullmatch(host):
            yield Problem(
                f"template > settings > link_hosts[{index}]",
                f"{host!r} is not a plain host name such as 'pay.example.nl'",
            )
    for key in ("payment_link", "chat_link"):
        link = getattr(settings, key)
        if link is not None:
            message = check_link(link, settings.link_hosts, _field_kinds(t))
            if message:
                yield Problem(f"template > settings > {key}", message)


def _field_kinds(t: Template) -> dict[str, str]:
    return {f.name: f.kind.value for f in t.fields}


def _check_canvas(t: Template) -> Iterator[Problem]:
    if not t.name.strip():
        yield Problem("template", "the name is empty")
    for label, size in (("width", t.width), ("height", t.height)):
        if not 16 <= size <= MAX_CANVAS or size % 2:
            yield Problem(
                f"template > canvas {label}",
                f"{size} px is not allowed: use an even number from 16 to {MAX_CANVAS}",
            )
    if t.fps not in ALLOWED_FPS:
        allowed = ", ".join(str(fps) for fps in ALLOWED_FPS)
        yield Problem("template > fps", f"{t.fps} is not allowed: use {allowed}")


def _check_languages(t: Template) -> Iterator[Problem]:
    known = supported_languages()
    for lang in t.languages:
        if lang not in known:
            yield Problem(
                "template > languages",
                f"{lang!r} is not supported; supported are {', '.join(sorted(known))}",
            )
    if len(set(t.languages)) != len(t.languages):
        yield Problem("template > languages", "a language is listed twice")
    if t.source_language not in t.languages:
        yield Problem(
            "template > source_language",
            f"{t.source_language!r} is not one of the template's languages",
        )


def _check_fields(t: Template) -> Iterator[Problem]:
    seen: set[str] = set()
    for field in t.fields:
        if field.name in seen:
            yield Problem(f"field {field.name!r}", "the name is used twice")
        seen.add(field.name)
        yield from validate_field_definition(field)
    row_id = t.settings.row_id_field
    if row_id not in seen:
        yield Problem("template > settings > row_id_field", f"no field {row_id!r}")
    elif t.field(row_id).kind is not FieldKind.TEXT or not t.field(row_id).required:
        yield Problem(f"field {row_id!r}", "the row id must be a required text field")


def _check_strings(t: Template) -> Iterator[Problem]:
    field_names = {f.name for f in t.fields}
    picker_labels = {
        layer.label
        for scene in t.scenes
        for layer in scene.layers
        if isinstance(layer, PlanPickerLayer)
    }
    for key, string in t.strings.items():
        where = f"string {key!r}"
        try:
            names = set(placeholders(string.source))
        except ValueError as error:
            yield Problem(where, str(error))
            continue
        known = field_names | set(PLAN_PLACEHOLDERS if key in picker_labels else ())
        for name in sorted(names - known):
            yield Problem(where, f"{{{name}}} is not a field of this template")
        yield from _check_translations(t, where, string, names)


def _check_translations(t, where, string, source_names) -> Iterator[Problem]:
    for lang, translation in string.translations.items():
        here = f"{where} > {lang}"
        if lang not in t.languages or lang == t.source_language:
            yield Problem(here, f"{lang!r} is not a target language of the template")
            continue
        try:
            names = set(placeholders(translation.text))
        except ValueError as error:
            yield Problem(here, str(error))
            continue
        if names != source_names:
            missing = ", ".join(f"{{{n}}}" for n in sorted(source_names - names))
            extra = ", ".join(f"{{{n}}}" for n in sorted(names - source_names))
            detail = "; ".join(
                part
                for part in (
                    missing and f"missing {missing}",
                    extra and f"extra {extra}",
                )
                if part
            )
            yield Problem(here, f"placeholders differ from the source: {detail}")
    for lang in t.languages:
        if lang != t.source_language and lang not in string.translations:
            yield Problem(where, f"no {lang} translation yet", Level.WARNING)


def _check_assets(t: Template) -> Iterator[Problem]:
    for key, asset in t.assets.items():
        where = f"asset {key!r}"
        if key != asset.id or not _ID.fullmatch(key):
            yield Problem(where, "the id must be letters, digits, '_', '-' or '.'")
        if not _SHA256.fullmatch(asset.sha256):
            yield Problem(where, f"{asset.sha256!r} is not a sha256 in lower-case hex")
        if asset.size < 0:
            yield Problem(where, f"size {asset.size} is negative")


def _check_settings(t: Template) -> Iterator[Problem]:
    settings = t.settings
    if not re.fullmatch(r"[A-Z]{2}", settings.region):
        yield Problem(
            "template > settings > region",
            f"{settings.region!r} is not a two-letter country code such as 'NL'",
        )
    if not 0.0 <= settings.safe_margin <= 0.25:
        yield Problem(
            "template > settings > safe_margin",
            f"{settings.safe_margin} is outside 0 to 0.25 of the canvas",
        )
    if settings.thumbnail_scene is not None:
        ids = {scene.id: scene for scene in t.scenes}
        scene = ids.get(settings.thumbnail_scene)
        frame = settings.thumbnail_frame or 0
        if scene is None:
            yield Problem(
                "template > settings > thumbnail_scene",
                f"scene {settings.thumbnail_scene!r} does not exist",
            )
        elif not 0 <= frame < scene.duration:
            yield Problem(
                "template > settings > thumbnail_frame",
                f"frame {frame} lies outside scene {scene.name!r} (0 to "
                f"{scene.duration - 1})",
            )
    yield from _check_links(t)
    due = settings.due_date_field
    if due is not None:
        kinds = {f.name: f.kind for f in t.fields}
        if kinds.get(due) is not FieldKind.DATE:
            yield Problem(
                "template > settings > due_date_field", f"{due!r} is not a date field"
            )
    if t.music is not None:
        yield from _check_asset_use(t, t.music.asset, AUDIO_TYPES, "template > music")
        if not 0.0 <= t.music.volume <= 2.0:
            yield Problem(
                "template > music", f"volume {t.music.volume} is outside 0 to 2"
            )
    amount = settings.amount_field
    kinds = {f.name: f.kind for f in t.fields}
    if amount is not None and kinds.get(amount) is not FieldKind.MONEY:
        yield Problem(
            "template > settings > amount_field", f"{amount!r} is not a money field"
        )


def _check_scenes(t: Template) -> Iterator[Problem]:
    if not t.scenes:
        yield Problem("template", "has no scenes")
    counts = Counter(scene.id for scene in t.scenes)
    scene_ids, repeated = set(counts), {id_ for id_, n in counts.items() if n > 1}
    names: set[str] = set()
    layer_ids: set[str] = set()
    for index, scene in enumerate(t.scenes):
        where = f"scene {scene.name!r}"
        if not scene.name.strip() or scene.name in names:
            yield Problem(where, "needs a name of its own")
        names.add(scene.name)
        if scene.id in repeated or not _ID.fullmatch(scene.id):
            yield Problem(where, f"id {scene.id!r} is not unique or not a plain name")
        yield from _check_scene(t, scene, index, scene_ids)
        for layer in scene.layers:
            if layer.id in layer_ids or not _ID.fullmatch(layer.id):
                yield Problem(
                    f"{where} > layer {layer.name!r}",
                    f"id {layer.id!r} is not unique or not a plain name",
                )
            layer_ids.add(layer.id)
            yield from _check_layer(t, scene, layer, scene_ids)


def _check_scene(
    t: Template, scene: Scene, index: int, ids: set[str]
) -> Iterator[Problem]:
    where = f"scene {scene.name!r}"
    limit = MAX_SCENE_SECONDS * t.fps
    if not 1 <= scene.duration <= limit:
        yield Problem(
            where, f"duration {scene.duration} frames is outside 1 to {limit} frames"
        )
    if not _COLOR.fullmatch(scene.background):
        yield Problem(where, f"background {scene.background!r} is not #RRGGBB")
    if scene.next_scene is not None and scene.next_scene not in ids:
        yield Problem(where, f"next scene {scene.next_scene!r} does not exist")
    if scene.caption is not None and scene.caption not in t.strings:
        yield Problem(where, f"caption string {scene.caption!r} does not exist")
    yield from _check_transition(scene, index, t)
    if scene.condition is not None:
        for message in check_condition(scene.condition, {f.name for f in t.fields}):
            yield Problem(f"{where} > condition", message)


def _check_transition(scene: Scene, index: int, t: Template) -> Iterator[Problem]:
    where = f"scene {scene.name!r} > transition"
    transition = scene.transition
    if transition.kind is TransitionKind.CUT and transition.duration:
        yield Problem(where, "a cut takes no time; set the duration to 0")
    if transition.kind is TransitionKind.CROSSFADE:
        previous = t.scenes[index - 1].duration if index else 0
        longest = min(scene.duration, previous)
        if index == 0:
            yield Problem(where, "the first scene has nothing to crossfade from")
        elif not 1 <= transition.duration <= longest:
            yield Problem(
                where,
                f"{transition.duration} frames is outside 1 to {longest} frames "
                "(no longer than this scene or the one before)",
            )


def _check_layer(
    t: Template, scene: Scene, layer: Layer, ids: set[str]
) -> Iterator[Problem]:
    where = f"scene {scene.name!r} > layer {layer.name!r}"
    if not layer.name.strip():
        yield Problem(where, "needs a name")
    end = scene.duration if layer.end is None else layer.end
    if not 0 <= layer.start < end <= scene.duration:
        yield Problem(
            where,
            f"in point {layer.start} and out point {end} must satisfy "
            f"0 <= in < out <= {scene.duration} (the scene's length)",
        )
    yield from _check_transform(layer, scene, where)
    if layer.condition is not None:
        for message in check_condition(layer.condition, {f.name for f in t.fields}):
            yield Problem(f"{where} > condition", message)
    yield from _KIND_CHECKS[type(layer)](t, layer, where, ids)


def _check_transform(layer: Layer, scene: Scene, where: str) -> Iterator[Problem]:
    transform = layer.transform
    for name in ("position", "size", "anchor", "rotation", "scale", "opacity"):
        prop: Animated = getattr(transform, name)
        for key in prop.keyframes:
            if not 0 <= key.frame <= scene.duration:
                yield Problem(
                    f"{where} > {name}",
                    f"keyframe at frame {key.frame} lies outside the scene "
                    f"(0 to {scene.duration})",
                )
        values = [prop.value] + [key.value for key in prop.keyframes]
        yield from _check_range(name, values, f"{where} > {name}")


def _check_range(name: str, values: list, where: str) -> Iterator[Problem]:
    for value in values:
        if name == "opacity" and not 0.0 <= value <= 1.0:
            yield Problem(where, f"{value} is outside 0 to 1")
        elif name == "size" and (value[0] < 0 or value[1] < 0):
            yield Problem(where, f"{value[0]} x {value[1]} has a negative side")
        elif name == "scale" and not all(-100 <= v <= 100 for v in value):
            yield Problem(where, f"{value} is outside -100 to 100 times")


def _check_text(t: Template, layer: TextLayer, where: str, ids) -> Iterator[Problem]:
    if layer.text not in t.strings:
        yield Problem(where, f"text string {layer.text!r} does not exist")
    yield from _check_font(layer.font, layer.weight, layer.font_size, where)
    yield from _check_color(layer.color, "colour", where)
    if not 0.5 <= layer.line_height <= 3.0:
        yield Problem(where, f"line height {layer.line_height} is outside 0.5 to 3")
    if layer.max_lines is not None and layer.max_lines < 1:
        yield Problem(where, f"maximum lines {layer.max_lines} must be 1 or more")
    if not 1 <= layer.min_font_size <= layer.font_size:
        yield Problem(
            where,
            f"smallest size {layer.min_font_size} must lie between 1 and the font "
            f"size {layer.font_size}",
        )


def _check_font(family: str, weight: int, size: float, where: str) -> Iterator[Problem]:
    families = font_families()
    if family not in families:
        yield Problem(
            where,
            f"font {family!r} is not bundled; "
            f"bundled are {', '.join(sorted(families))}",
        )
    if weight not in range(100, 1000, 100):
        yield Problem(where, f"weight {weight} is not 100, 200 ... 900")
    if not 1 <= size <= 1000:
        yield Problem(where, f"font size {size} is outside 1 to 1000 px")


def _check_color(value: str | None, label: str, where: str) -> Iterator[Problem]:
    if value is not None and not _COLOR.fullmatch(value):
        yield Problem(where, f"{label} {value!r} is not #RRGGBB or #RRGGBBAA")


def _check_asset_use(
    t: Template, asset_id: str, kinds: set, where: str
) -> Iterator[Problem]:
    asset = t.assets.get(asset_id)
    if asset is None:
        yield Problem(where, f"asset {asset_id!r} does not exist")
    elif asset.media_type not in kinds:
        allowed = ", ".join(sorted(kind.value for kind in kinds))
        yield Problem(
            where, f"asset {asset_id!r} is {asset.media_type.value}; expected {allowed}"
        )


def _check_image(t: Template, layer: ImageLayer, where: str, ids) -> Iterator[Problem]:
    yield from _check_asset_use(t, layer.asset, IMAGE_TYPES, where)


def _check_video(t: Template, layer: VideoLayer, where: str, ids) -> Iterator[Problem]:
    yield from _check_asset_use(t, layer.asset, VIDEO_TYPES, where)
    if layer.source_start < 0:
        yield Problem(where, f"clip start {layer.source_start} is negative")
    if not 0.0 <= layer.volume <= 2.0:
        yield Problem(where, f"volume {layer.volume} is outside 0 to 2")


def _check_audio(t: Template, layer: AudioLayer, where: str, ids) -> Iterator[Problem]:
    yield from _check_asset_use(t, layer.asset, AUDIO_TYPES, where)
    if layer.language is not None and layer.language not in t.languages:
        yield Problem(where, f"language {layer.language!r} is not in the template")
    if not 0.0 <= layer.volume <= 2.0:
        yield Problem(where, f"volume {layer.volume} is outside 0 to 2")


def _check_shape(t: Template, layer: ShapeLayer, where: str, ids) -> Iterator[Problem]:
    yield from _check_color(layer.fill, "fill", where)
    yield from _check_color(layer.stroke, "stroke", where)
    if layer.stroke_width < 0:
        yield Problem(where, f"stroke width {layer.stroke_width} is negative")
    if layer.shape is ShapeKind.LINE and not layer.stroke:
        yield Problem(where, "a line needs a stroke colour")
    if layer.corner_radius < 0:
        yield Problem(where, f"corner radius {layer.corner_radius} is negative")


def _check_choice(t: Template, layer, where: str) -> Iterator[Problem]:
    """What buttons and plan pickers share: a label, a look, a keyboard place."""
    if layer.label not in t.strings:
        yield Problem(where, f"label string {layer.label!r} does not exist")
    yield from _check_font(layer.font, layer.weight, layer.font_size, where)
    yield from _check_color(layer.fill, "fill", where)
    yield from _check_color(layer.text_color, "text colour", where)
    yield from _check_tab_index(layer, where)


def _check_button(
    t: Template, layer: ButtonLayer, where: str, ids
) -> Iterator[Problem]:
    yield from _check_choice(t, layer, where)
    yield from _check_action(t, layer, f"{where} > action", ids)


def _check_plan_picker(
    t: Template, layer: PlanPickerLayer, where: str, ids
) -> Iterator[Problem]:
    yield from _check_choice(t, layer, where)
    if layer.gap < 0:
        yield Problem(where, f"gap {layer.gap} is negative")
    if layer.then is not None and layer.then not in ids:
        yield Problem(where, f"scene {layer.then!r} to go on with does not exist")
    if t.settings.amount_field is None:
        yield Problem(where, "the template has no amount field for plans to split")


def _check_tab_index(layer, where: str) -> Iterator[Problem]:
    if layer.tab_index is not None and not 1 <= layer.tab_index <= 99:
        yield Problem(where, f"keyboard order {layer.tab_index} is outside 1 to 99")


def _check_action(
    t: Template, layer: ButtonLayer, where: str, ids
) -> Iterator[Problem]:
    action = layer.action
    kinds = {f.name: f.kind for f in t.fields}
    if action.kind is ActionKind.GO_TO_SCENE:
        if action.target is None:
            yield Problem(where, "goes to no scene; choose the scene it leads to")
        elif action.target not in ids:
            yield Problem(where, f"scene {action.target!r} does not exist")
        if action.then is not None:
            yield Problem(where, "a button that goes to a scene has no scene after")
    elif action.then is not None and action.then not in ids:
        yield Problem(where, f"scene {action.then!r} to go on with does not exist")
    if action.kind is ActionKind.CHOOSE_PLAN:
        rules = t.settings.instalments
        if action.terms is None:
            yield Problem(where, "chooses no plan; set the number of terms")
        elif action.terms not in rules.allowed_terms or action.terms > rules.max_terms:
            allowed = ", ".join(
                str(n) for n in rules.allowed_terms if n <= rules.max_terms
            )
            yield Problem(
                where, f"{action.terms} terms is not offered; offered: {allowed}"
            )
    if action.kind is ActionKind.PAY and t.settings.payment_link is None:
        yield Problem(where, "pays, but the template has no payment link")
    if action.kind is ActionKind.CALL:
        yield from _check_phone_target(action, kinds, where)
    if action.kind is ActionKind.OPEN_LINK:
        message = check_link(
            action.target or "", t.settings.link_hosts, _field_kinds(t)
        )
        if message:
            yield Problem(where, message)


def _check_phone_target(action, kinds: dict, where: str) -> Iterator[Problem]:
    target = action.target or ""
    match = re.fullmatch(r"\{([a-z][a-z0-9_]*)\}", target)
    if match:
        if kinds.get(match.group(1)) is not FieldKind.PHONE:
            yield Problem(where, f"{target} is not a phone field")
    elif not target:
        yield Problem(where, "calls no number; set a number or a phone field")
    elif not re.fullmatch(r"\+[0-9]{8,15}", target):
        yield Problem(
            where, f"number {target!r} must be international, like +31201234567"
        )


_KIND_CHECKS = {
    TextLayer: _check_text,
    ImageLayer: _check_image,
    ShapeLayer: _check_shape,
    ButtonLayer: _check_button,
    PlanPickerLayer: _check_plan_picker,
    VideoLayer: _check_video,
    AudioLayer: _check_audio,
}
