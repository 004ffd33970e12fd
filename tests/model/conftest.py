"""A template that uses every kind of layer, easing and setting the model has."""

from decimal import Decimal

import pytest

from studio.model.keyframes import Animated, Easing, EasingKind, Keyframe
from studio.model.layers import (
    Action,
    ActionKind,
    Align,
    AudioLayer,
    ButtonLayer,
    FitRule,
    ImageLayer,
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
    Scene,
    Settings,
    Template,
    Transition,
    TransitionKind,
    TranslatableString,
    Translation,
    TranslationState,
)
from studio.values.fields import Field, FieldKind
from studio.values.instalments import InstalmentRules

SHA = "ab" * 32


def make_full_template() -> Template:
    moving = Transform(
        position=Animated(
            (10.0, 20.0),
            [
                Keyframe(0, (0.0, 0.0), Easing(EasingKind.EASE_OUT)),
                Keyframe(
                    12, (100.5, 40.0), Easing(EasingKind.BEZIER, (0.2, -0.4, 0.6, 1.4))
                ),
                Keyframe(24, (200.0, 40.0), Easing(EasingKind.HOLD)),
            ],
        ),
        size=Animated((800.0, 120.0)),
        anchor=Animated((0.5, 0.5)),
        rotation=Animated(
            0.0,
            [
                Keyframe(0, -5.0, Easing(EasingKind.EASE_IN)),
                Keyframe(20, 5.0, Easing(EasingKind.EASE_IN_OUT)),
            ],
        ),
        scale=Animated((1.0, 1.0)),
        opacity=Animated(1.0, [Keyframe(0, 0.0), Keyframe(10, 1.0)]),
    )
    intro = Scene(
        "intro",
        "Groet",
        100,
        background="#F4F7FB",
        caption="caption",
        next_scene="choice",
        layers=[
            TextLayer(
                id="title",
                name="Titel",
                text="hello",
                transform=moving,
                font_size=72.0,
                weight=700,
                align=Align.CENTER,
                vertical_align=VerticalAlign.MIDDLE,
                fit=FitRule.MAX_LINES,
                max_lines=2,
                min_font_size=24.0,
                color="#1F3A5F",
                condition={"!!": [{"var": "first_name"}]},
            ),
            ImageLayer(id="logo", name="Logo", asset="logo", start=5, end=90),
            ShapeLayer(
                id="bar",
                name="Balk",
                shape=ShapeKind.ROUNDED_RECTANGLE,
                fill="#F5B700",
                stroke="#1F3A5F80",
                stroke_width=2.0,
                corner_radius=6.0,
            ),
            ShapeLayer(
                id="rule",
                name="Lijn",
                shape=ShapeKind.LINE,
                fill=None,
                stroke="#000000",
                stroke_width=3.0,
            ),
            VideoLayer(
                id="clip",
                name="Film",
                asset="clip",
                source_start=12,
                muted=False,
                volume=0.5,
            ),
            AudioLayer(id="voice", name="Stem", asset="voice_nl", language="nl"),
            AudioLayer(id="music", name="Muziek", asset="music", volume=0.3),
        ],
    )
    choice = Scene(
        "choice",
        "Kies",
        75,
        transition=Transition(TransitionKind.CROSSFADE, 10),
        condition={">=": [{"var": "amount_due"}, 1000]},
        layers=[
            ButtonLayer(
                id="pay", name="Betalen", label="pay", action=Action(ActionKind.PAY)
            ),
            ButtonLayer(
                id="plan",
                name="Termijnen",
                label="plan",
                action=Action(ActionKind.CHOOSE_PLAN, terms=3),
            ),
            ButtonLayer(
                id="back",
                name="Terug",
                label="pay",
                action=Action(ActionKind.GO_TO_SCENE, "intro"),
            ),
            ButtonLayer(
                id="link",
                name="Link",
                label="pay",
                action=Action(ActionKind.OPEN_LINK, "https://example.org/help"),
            ),
            ButtonLayer(
                id="call",
                name="Bel",
                label="pay",
                action=Action(ActionKind.CALL, "{phone}"),
            ),
            ButtonLayer(
                id="chat", name="Chat", label="pay", action=Action(ActionKind.OPEN_CHAT)
            ),
        ],
    )
    strings = {
        "hello": TranslatableString(
            "hello",
            "Hallo {first_name}, {{niet}} vergeten",
            {
                "en": Translation(
                    "Hello {first_name}, {{don't}} forget", TranslationState.REVIEWED
                )
            },
            note="Greeting",
        ),
        "caption": TranslatableString(
            "caption",
            "Er staat {amount_due} open.",
            {"en": Translation("{amount_due} is open.", TranslationState.INITIAL)},
        ),
        "pay": TranslatableString("pay", "Nu betalen", {"en": Translation("Pay now")}),
        "plan": TranslatableString(
            "plan",
            "In termijnen",
            {"en": Translation("In parts", TranslationState.FINAL)},
        ),
    }
    assets = {
        "logo": AssetRef("logo", "logo.svg", MediaType.SVG, SHA, 512),
        "clip": AssetRef("clip", "clip.mp4", MediaType.MP4, "cd" * 32, 10_000),
        "voice_nl": AssetRef("voice_nl", "stem.wav", MediaType.WAV, "ef" * 32, 2048),
        "music": AssetRef("music", "muziek.mp3", MediaType.MP3, "01" * 32, 4096),
    }
    fields = [
        Field("customer_id", FieldKind.TEXT, max_length=20),
        Field("first_name", FieldKind.PERSON_NAME, max_length=50, personal=True),
        Field(
            "amount_due",
            FieldKind.MONEY,
            currency="EUR",
            minimum=Decimal("0.01"),
            personal=True,
        ),
        Field("phone", FieldKind.PHONE, required=False, personal=True),
    ]
    return Template(
        name="Herinnering",
        width=1280,
        height=720,
        fps=30,
        source_language="nl",
        languages=["nl", "en"],
        scenes=[intro, choice],
        fields=fields,
        strings=strings,
        assets=assets,
        settings=Settings(
            instalments=InstalmentRules(Decimal("25.00"), 6, (2, 3, 6)),
            safe_margin=0.08,
            payment_link="https://pay.example.org/ideal?amount={amount_due}&ref={customer_id}",
            link_hosts=["pay.example.org", "example.org"],
        ),
    )


@pytest.fixture
def full_template() -> Template:
    return make_full_template()
