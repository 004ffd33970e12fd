"""The template as canonical JSON, and back, without loss.

Canonical means: keys sorted, UTF-8, no insignificant variation, so that two saves of
the same template give the same bytes and a text diff shows only what changed.
Reading is strict: an unknown key, a wrong type or a missing value is an error that
names where it is (``scene 'Groet' > layer 'Titel' > font_size``) and what is allowed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from studio.model.keyframes import Animated, Easing, EasingKind, Keyframe
from studio.model.layers import (
    LAYER_CLASSES,
    Action,
    ActionKind,
    Align,
    AudioLayer,
    ButtonLayer,
    ButtonStyle,
    FitRule,
    ImageFit,
    ImageLayer,
    Layer,
    LayerKind,
    PlanPickerLayer,
    ShapeKind,
    ShapeLayer,
    TextLayer,
    Transform,
    VerticalAlign,
    VideoLayer,
)
from studio.model.template import (
    AssetRef,
    MediaType,
    Music,
    Scene,
    Settings,
    Template,
    Transition,
    TransitionKind,
    TranslatableString,
    Translation,
    TranslationState,
)
from studio.problems import InvalidError, Problem
from studio.values.fields import Field
from studio.values.instalments import InstalmentRules

FORMAT = "helder-template"
FORMAT_VERSION = 1


def canonical_json(document: Any, *, indent: int | None = 2) -> str:
    """JSON text with sorted keys; ``indent=None`` gives the compact form."""
    separators = (",", ":") if indent is None else (",", ": ")
    text = json.dumps(
        document,
        sort_keys=True,
        ensure_ascii=False,
        indent=indent,
        separators=separators,
        allow_nan=False,
    )
    return text + "\n" if indent is not None else text


# -- writing ------------------------------------------------------------------


def template_to_dict(template: Template) -> dict:
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "name": template.name,
        "canvas": {"width": template.width, "height": template.height},
        "fps": template.fps,
        "source_language": template.source_language,
        "languages": list(template.languages),
        "scenes": [_scene_to_dict(scene) for scene in template.scenes],
        "fields": [field_to_dict(f) for f in template.fields],
        "strings": {k: _string_to_dict(s) for k, s in template.strings.items()},
        "assets": {k: _asset_to_dict(a) for k, a in template.assets.items()},
        "settings": _settings_to_dict(template.settings),
        **(
            {"music": {"asset": template.music.asset, "volume": template.music.volume}}
            if template.music
            else {}
        ),
    }


def field_to_dict(field: Field) -> dict:
    return field.to_dict()


def _scene_to_dict(scene: Scene) -> dict:
    out: dict[str, Any] = {
        "id": scene.id,
        "name": scene.name,
        "duration": scene.duration,
        "background": scene.background,
        "layers": [layer_to_dict(layer) for layer in scene.layers],
        "transition": {
            "kind": scene.transition.kind.value,
            "duration": scene.transition.duration,
        },
    }
    _put_optional(out, "condition", scene.condition)
    _put_optional(out, "caption", scene.caption)
    _put_optional(out, "next_scene", scene.next_scene)
    return out


def _put_optional(out: dict, key: str, value: Any) -> None:
    if value is not None:
        out[key] = value


def layer_to_dict(layer: Layer) -> dict:
    """Every property of the layer; optional ones that are unset are left out."""
    out: dict[str, Any] = {"kind": layer.kind.value, "id": layer.id, "name": layer.name}
    out["transform"] = _transform_to_dict(layer.transform)
    for name, value in _own_properties(layer).items():
        if name in ("kind", "id", "name", "transform"):
            continue
        if value is None and name in _NULLABLE_DEFAULT_NONE:
            continue
        out[name] = _plain(value)
    return out


_NULLABLE_DEFAULT_NONE = {
    "end",
    "condition",
    "max_lines",
    "language",
    "stroke",
    "tab_index",
    "then",
}


def _own_properties(layer: Layer) -> dict[str, Any]:
    return {name: getattr(layer, name) for name in layer.__dataclass_fields__}


def _plain(value: Any) -> Any:
    if isinstance(value, Action):
        out: dict[str, Any] = {"kind": value.kind.value}
        _put_optional(out, "target", value.target)
        _put_optional(out, "terms", value.terms)
        _put_optional(out, "then", value.then)
        return out
    if hasattr(value, "value") and isinstance(value, str):
        return str(value)
    return value


def _transform_to_dict(transform: Transform) -> dict:
    return {
        name: _animated_to_json(getattr(transform, name))
        for name in ("position", "size", "anchor", "rotation", "scale", "opacity")
    }


def _animated_to_json(prop: Animated) -> Any:
    if not prop.keyframes:
        return _value_to_json(prop.value)
    return {
        "value": _value_to_json(prop.value),
        "keyframes": [_keyframe_to_json(key) for key in prop.keyframes],
    }


def _keyframe_to_json(key: Keyframe) -> dict:
    out: dict[str, Any] = {"frame": key.frame, "value": _value_to_json(key.value)}
    if key.easing.kind is EasingKind.BEZIER:
        out["easing"] = {"bezier": list(key.easing.points or ())}
    else:
        out["easing"] = key.easing.kind.value
    return out


def _value_to_json(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def _string_to_dict(string: TranslatableString) -> dict:
    out: dict[str, Any] = {"source": string.source}
    if string.translations:
        out["translations"] = {
            lang: {"text": t.text, "state": t.state.value}
            for lang, t in string.translations.items()
        }
    if string.note:
        out["note"] = string.note
    return out


def _asset_to_dict(asset: AssetRef) -> dict:
    return {
        "name": asset.name,
        "media_type": asset.media_type.value,
        "sha256": asset.sha256,
        "size": asset.size,
    }


def _settings_to_dict(settings: Settings) -> dict:
    return {
        "row_id_field": settings.row_id_field,
        "amount_field": settings.amount_field,
        "region": settings.region,
        "instalments": settings.instalments.to_dict(),
        "safe_margin": settings.safe_margin,
        **({"link_hosts": list(settings.link_hosts)} if settings.link_hosts else {}),
        **{
            key: value
            for key, value in (
                ("thumbnail_scene", settings.thumbnail_scene),
                ("thumbnail_frame", settings.thumbnail_frame),
                ("payment_link", settings.payment_link),
                ("chat_link", settings.chat_link),
                ("due_date_field", settings.due_date_field),
            )
            if value is not None
        },
    }


# -- reading ------------------------------------------------------------------


class Reader:
    """Strict access to one JSON object, remembering where in the document it is."""

    def __init__(self, data: Any, where: str):
        if not isinstance(data, dict):
            raise InvalidError(
                Problem(where, f"expected an object, found {_json_type(data)}")
            )
        self.data = data
        self.where = where
        self.used: set[str] = set()

    def _problem(self, key: str, message: str) -> InvalidError:
        return InvalidError(Problem(f"{self.where} > {key}", message))

    def get(self, key: str, kind: type | tuple, default: Any = ...) -> Any:
        self.used.add(key)
        if key not in self.data:
            if default is ...:
                raise self._problem(key, "is missing")
            return default
        value = self.data[key]
        if value is None and default is None:
            return None
        if not _is_instance(value, kind):
            raise self._problem(
                key, f"expected {_type_name(kind)}, found {_json_type(value)}"
            )
        return value

    def number(self, key: str, default: Any = ...) -> float:
        value = self.get(key, (int, float), default)
        return float(value) if value is not None else None

    def choice(self, key: str, enum: type, default: Any = ...) -> Any:
        value = self.get(key, str, default)
        if value is None or not isinstance(value, str):
            return value
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(member.value for member in enum)
            raise self._problem(key, f"{value!r} is not one of: {allowed}") from None

    def child(self, key: str, default: Any = ...) -> Reader | None:
        value = self.get(key, dict, default)
        return None if value is None else Reader(value, f"{self.where} > {key}")

    def done(self) -> None:
        unknown = sorted(set(self.data) - self.used)
        if unknown:
            raise self._problem(unknown[0], "is not a known property here")


def _is_instance(value: Any, kind: type | tuple) -> bool:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if isinstance(value, bool) and bool not in kinds:
        return False
    return isinstance(value, kinds)


def _type_name(kind: type | tuple) -> str:
    names = {int: "an integer", float: "a number", str: "a text", bool: "true or false"}
    names |= {dict: "an object", list: "a list"}
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if set(kinds) == {int, float}:
        return "a number"
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text {value!r}" if len(value) < 40 else "a text"
    return "a list" if isinstance(value, list) else "an object"


def template_from_dict(data: Any) -> Template:
    """Build a template from its JSON form; raises InvalidError naming the place."""
    root = Reader(data, "template")
    if root.get("format", str) != FORMAT:
        raise root._problem("format", f"expected {FORMAT!r}")
    version = root.get("version", int)
    if version > FORMAT_VERSION:
        raise root._problem(
            "version",
            f"{version} is newer than this studio reads (up to {FORMAT_VERSION})",
        )
    canvas = root.child("canvas")
    template = Template(
        name=root.get("name", str),
        width=canvas.get("width", int),
        height=canvas.get("height", int),
        fps=root.get("fps", int),
        source_language=root.get("source_language", str),
        languages=_string_list(root, "languages"),
    )
    canvas.done()
    template.fields = _fields_from(root)
    template.strings = _strings_from(root)
    template.assets = _assets_from(root)
    template.scenes = [
        _scene_from(Reader(item, f"template > scenes[{index}]"))
        for index, item in enumerate(root.get("scenes", list))
    ]
    template.settings = _settings_from(root.child("settings"))
    music = root.child("music", None)
    if music is not None:
        template.music = Music(music.get("asset", str), music.number("volume", 0.25))
        music.done()
    root.done()
    return template


def _string_list(reader: Reader, key: str) -> list[str]:
    items = reader.get(key, list)
    for index, item in enumerate(items):
        if not isinstance(item, str):
            raise reader._problem(f"{key}[{index}]", "expected a text")
    return list(items)


def _fields_from(root: Reader) -> list[Field]:
    return [Field.from_dict(item) for item in root.get("fields", list)]


def _strings_from(root: Reader) -> dict[str, TranslatableString]:
    strings = {}
    for key, item in root.get("strings", dict).items():
        reader = Reader(item, f"string {key!r}")
        translations = {}
        for lang, value in (reader.get("translations", dict, {}) or {}).items():
            entry = Reader(value, f"string {key!r} > {lang}")
            translations[lang] = Translation(
                text=entry.get("text", str),
                state=entry.choice("state", TranslationState),
            )
            entry.done()
        strings[key] = TranslatableString(
            key=key,
            source=reader.get("source", str),
            translations=translations,
            note=reader.get("note", str, ""),
        )
        reader.done()
    return strings


def _assets_from(root: Reader) -> dict[str, AssetRef]:
    assets = {}
    for key, item in root.get("assets", dict).items():
        reader = Reader(item, f"asset {key!r}")
        assets[key] = AssetRef(
            id=key,
            name=reader.get("name", str),
            media_type=reader.choice("media_type", MediaType),
            sha256=reader.get("sha256", str),
            size=reader.get("size", int),
        )
        reader.done()
    return assets


def _settings_from(reader: Reader) -> Settings:
    instalments = reader.get("instalments", dict)
    settings = Settings(
        row_id_field=reader.get("row_id_field", str),
        amount_field=reader.get("amount_field", str, None),
        region=reader.get("region", str),
        instalments=InstalmentRules.from_dict(instalments),
        safe_margin=reader.number("safe_margin"),
        thumbnail_scene=reader.get("thumbnail_scene", str, None),
        thumbnail_frame=reader.get("thumbnail_frame", int, None),
        payment_link=reader.get("payment_link", str, None),
        chat_link=reader.get("chat_link", str, None),
        link_hosts=_string_list(reader, "link_hosts")
        if "link_hosts" in reader.data
        else [],
        due_date_field=reader.get("due_date_field", str, None),
    )
    reader.done()
    return settings


def _scene_from(reader: Reader) -> Scene:
    scene_id = reader.get("id", str)
    name = reader.get("name", str)
    reader.where = f"scene {name!r}"
    transition = reader.child("transition")
    scene = Scene(
        id=scene_id,
        name=name,
        duration=reader.get("duration", int),
        background=reader.get("background", str),
        condition=reader.get("condition", dict, None),
        caption=reader.get("caption", str, None),
        next_scene=reader.get("next_scene", str, None),
        transition=Transition(
            kind=transition.choice("kind", TransitionKind),
            duration=transition.get("duration", int),
        ),
    )
    transition.done()
    scene.layers = [
        layer_from_dict(item, where=f"scene {name!r} > layers[{index}]")
        for index, item in enumerate(reader.get("layers", list))
    ]
    reader.done()
    return scene


def layer_from_dict(data: Any, where: str = "layer") -> Layer:
    reader = Reader(data, where)
    kind = reader.choice("kind", LayerKind)
    name = reader.get("name", str)
    parent = where.rsplit(" > ", 1)[0] if " > " in where else ""
    reader.where = f"{parent} > layer {name!r}" if parent else f"layer {name!r}"
    common = {
        "id": reader.get("id", str),
        "name": name,
        "start": reader.get("start", int, 0),
        "end": reader.get("end", int, None),
        "transform": _transform_from(reader.child("transform")),
        "condition": reader.get("condition", dict, None),
        "hidden": reader.get("hidden", bool, False),
        "locked": reader.get("locked", bool, False),
    }
    layer = _LAYER_READERS[kind](reader, common)
    reader.done()
    assert isinstance(layer, LAYER_CLASSES[kind])
    return layer


def _text_from(reader: Reader, common: dict) -> TextLayer:
    return TextLayer(
        **common,
        text=reader.get("text", str),
        font=reader.get("font", str, "Noto Sans"),
        font_size=reader.number("font_size", 48.0),
        weight=reader.get("weight", int, 400),
        color=reader.get("color", str, "#1A1A1A"),
        align=reader.choice("align", Align, Align.START),
        vertical_align=reader.choice(
            "vertical_align", VerticalAlign, VerticalAlign.TOP
        ),
        line_height=reader.number("line_height", 1.25),
        fit=reader.choice("fit", FitRule, FitRule.SHRINK),
        max_lines=reader.get("max_lines", int, None),
        min_font_size=reader.number("min_font_size", 16.0),
    )


def _image_from(reader: Reader, common: dict) -> ImageLayer:
    return ImageLayer(
        **common,
        asset=reader.get("asset", str),
        fit=reader.choice("fit", ImageFit, ImageFit.CONTAIN),
    )


def _shape_from(reader: Reader, common: dict) -> ShapeLayer:
    return ShapeLayer(
        **common,
        shape=reader.choice("shape", ShapeKind, ShapeKind.RECTANGLE),
        fill=reader.get("fill", str, None) if "fill" in reader.data else "#FFFFFF",
        stroke=reader.get("stroke", str, None),
        stroke_width=reader.number("stroke_width", 0.0),
        corner_radius=reader.number("corner_radius", 0.0),
    )


def _button_from(reader: Reader, common: dict) -> ButtonLayer:
    action = reader.child("action")
    layer = ButtonLayer(
        **common,
        label=reader.get("label", str),
        action=Action(
            kind=action.choice("kind", ActionKind),
            target=action.get("target", str, None),
            terms=action.get("terms", int, None),
            then=action.get("then", str, None),
        ),
        style=reader.choice("style", ButtonStyle, ButtonStyle.PRIMARY),
        pause=reader.get("pause", bool, False),
        tab_index=reader.get("tab_index", int, None),
        font=reader.get("font", str, "Noto Sans"),
        font_size=reader.number("font_size", 36.0),
        weight=reader.get("weight", int, 700),
        fill=reader.get("fill", str, "#0B5FFF"),
        text_color=reader.get("text_color", str, "#FFFFFF"),
        corner_radius=reader.number("corner_radius", 16.0),
    )
    action.done()
    return layer


def _plan_picker_from(reader: Reader, common: dict) -> PlanPickerLayer:
    return PlanPickerLayer(
        **common,
        label=reader.get("label", str),
        then=reader.get("then", str, None),
        pause=reader.get("pause", bool, True),
        tab_index=reader.get("tab_index", int, None),
        font=reader.get("font", str, "Noto Sans"),
        font_size=reader.number("font_size", 32.0),
        weight=reader.get("weight", int, 700),
        fill=reader.get("fill", str, "#0B5FFF"),
        text_color=reader.get("text_color", str, "#FFFFFF"),
        corner_radius=reader.number("corner_radius", 16.0),
        gap=reader.number("gap", 16.0),
    )


def _video_from(reader: Reader, common: dict) -> VideoLayer:
    return VideoLayer(
        **common,
        asset=reader.get("asset", str),
        source_start=reader.get("source_start", int, 0),
        muted=reader.get("muted", bool, True),
        volume=reader.number("volume", 1.0),
        fit=reader.choice("fit", ImageFit, ImageFit.COVER),
    )


def _audio_from(reader: Reader, common: dict) -> AudioLayer:
    return AudioLayer(
        **common,
        asset=reader.get("asset", str),
        volume=reader.number("volume", 1.0),
        language=reader.get("language", str, None),
    )


_LAYER_READERS: dict[LayerKind, Callable[[Reader, dict], Layer]] = {
    LayerKind.TEXT: _text_from,
    LayerKind.IMAGE: _image_from,
    LayerKind.SHAPE: _shape_from,
    LayerKind.BUTTON: _button_from,
    LayerKind.VIDEO: _video_from,
    LayerKind.AUDIO: _audio_from,
    LayerKind.PLAN_PICKER: _plan_picker_from,
}

_PAIR_PROPERTIES = {"position", "size", "anchor", "scale"}


def _transform_from(reader: Reader) -> Transform:
    transform = Transform()
    for name in ("position", "size", "anchor", "rotation", "scale", "opacity"):
        if name in reader.data:
            reader.used.add(name)
            where = f"{reader.where} > {name}"
            setattr(transform, name, _animated_from(reader.data[name], name, where))
    reader.done()
    return transform


def _animated_from(data: Any, name: str, where: str) -> Animated:
    pair = name in _PAIR_PROPERTIES
    if not isinstance(data, dict):
        return Animated(_value_from(data, pair, where))
    reader = Reader(data, where)
    value = _value_from(reader.get("value", (int, float, list)), pair, where)
    keyframes = []
    for index, item in enumerate(reader.get("keyframes", list)):
        keyframes.append(_keyframe_from(item, pair, f"{where} > keyframes[{index}]"))
    reader.done()
    prop = Animated(value)
    for key in keyframes:
        if any(existing.frame == key.frame for existing in prop.keyframes):
            raise InvalidError(Problem(where, f"two keyframes at frame {key.frame}"))
        prop.set_keyframe(key)
    return prop


def _keyframe_from(data: Any, pair: bool, where: str) -> Keyframe:
    reader = Reader(data, where)
    frame = reader.get("frame", int)
    value = _value_from(reader.get("value", (int, float, list)), pair, where)
    easing = _easing_from(reader.get("easing", (str, dict), "linear"), where)
    reader.done()
    return Keyframe(frame, value, easing)


def _easing_from(data: Any, where: str) -> Easing:
    try:
        if isinstance(data, dict):
            reader = Reader(data, f"{where} > easing")
            points = reader.get("bezier", list)
            reader.done()
            if len(points) != 4 or not all(
                _is_instance(p, (int, float)) for p in points
            ):
                raise ValueError("a bezier easing needs four numbers x1, y1, x2, y2")
            return Easing(EasingKind.BEZIER, tuple(float(p) for p in points))
        kind = EasingKind(data)
        if kind is EasingKind.BEZIER:
            raise ValueError('write a bezier easing as {"bezier": [x1, y1, x2, y2]}')
        return Easing(kind)
    except ValueError as error:
        message = str(error)
        if "is not a valid" in message:
            allowed = ", ".join(
                k.value for k in EasingKind if k is not EasingKind.BEZIER
            )
            message = f"{data!r} is not an easing; use one of: {allowed}, or a bezier"
        raise InvalidError(Problem(f"{where} > easing", message)) from None


def _value_from(data: Any, pair: bool, where: str) -> Any:
    if pair:
        ok = isinstance(data, list) and len(data) == 2
        if not ok or not all(_is_instance(v, (int, float)) for v in data):
            raise InvalidError(Problem(where, "expected two numbers [x, y]"))
        return (float(data[0]), float(data[1]))
    if not _is_instance(data, (int, float)):
        raise InvalidError(
            Problem(where, f"expected a number, found {_json_type(data)}")
        )
    return float(data)


def template_to_json(template: Template) -> str:
    return canonical_json(template_to_dict(template))


def template_from_json(text: str) -> Template:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidError(
            Problem(
                f"line {error.lineno}, column {error.colno}", f"not JSON: {error.msg}"
            )
        ) from None
    return template_from_dict(data)
