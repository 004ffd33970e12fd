"""A view payload written by hand in the shape docs/package-format.md gives it.

It follows the sample journey (welkom, bedrag, keuze, then betalen, termijnen or
hulp, and bedankt) with shorter scenes, so that a browser test reaches the choice
in a few seconds. All texts are finished, as the delivery server sends them.
"""

from __future__ import annotations

import copy
from typing import Any

PACKAGE = "pkg-betalingsherinnering-1"
FPS = 25
# The scenes in template order: id, length in frames, next scene.
SCENES = [
    ("welkom", 50, "bedrag"),
    ("bedrag", 50, "herinnering"),
    ("herinnering", 50, "keuze"),  # its condition fails for this dossier
    ("keuze", 60, None),
    ("betalen", 50, None),
    ("termijnen", 60, None),
    ("hulp", 50, None),
    ("bedankt", 40, None),
]
PICKER_END = 55  # the plan picker's out point, before its scene's end

TEXTS = {
    "nl": {
        "greeting": "Hallo {name},",
        "amount": "€ 1.234,56",
        "due": "Graag betalen vóór 15 mei 2025.",
        "large": "Dat is veel geld. U hoeft het niet in één keer te betalen.",
        "pay_now": "Nu betalen",
        "plan": "Betalen in termijnen",
        "help": "Ik kan niet betalen, ik wil hulp",
        "pay_text": "U betaalt € 1.234,56 veilig met iDEAL.",
        "pay_button": "Betaal met iDEAL",
        "pay_help": "Lukt betalen toch niet? Vraag hulp",
        "plan_help": "Lukt dit niet? Vraag hulp",
        "options": [
            "In 2 keer: eerst € 617,28 op 15 mei 2025",
            "In 3 keer: eerst € 411,52 op 15 mei 2025",
            "In 6 keer: eerst € 205,76 op 15 mei 2025",
        ],
        "chat": "Chat met ons",
        "call": "Bel ons",
        "geldfit": "Hulp bij geldzorgen",
        "always": {
            "pay": "Nu betalen",
            "plan": "Betalen in termijnen",
            "help": "Ik wil hulp",
        },
        "caption": "Hallo {name}. We hebben een bericht over uw rekening.",
    },
    "ar": {
        "greeting": "مرحبا {name}،",
        "amount": "‏1.234,56 €",
        "due": "يرجى الدفع قبل 15 مايو 2025.",
        "large": "هذا مبلغ كبير. لست مضطرا لدفعه مرة واحدة.",
        "pay_now": "ادفع الآن",
        "plan": "الدفع على أقساط",
        "help": "لا أستطيع الدفع، أحتاج إلى مساعدة",
        "pay_text": "تدفع ‏1.234,56 € بأمان عبر iDEAL.",
        "pay_button": "ادفع عبر iDEAL",
        "pay_help": "لا تستطيع الدفع؟ اطلب المساعدة",
        "plan_help": "هذا صعب؟ اطلب المساعدة",
        "options": [
            "على دفعتين: أولا ‏617,28 € في 15 مايو 2025",
            "على 3 دفعات: أولا ‏411,52 € في 15 مايو 2025",
            "على 6 دفعات: أولا ‏205,76 € في 15 مايو 2025",
        ],
        "chat": "تحدث معنا",
        "call": "اتصل بنا",
        "geldfit": "مساعدة في المشاكل المالية",
        "always": {
            "pay": "ادفع الآن",
            "plan": "الدفع على أقساط",
            "help": "أحتاج إلى مساعدة",
        },
        "caption": "مرحبا {name}. لدينا رسالة بخصوص فاتورتك.",
    },
}

NAVY = "#1F3A5F"


def fade_in(start: int, end: int) -> dict:
    return {
        "value": 1.0,
        "keyframes": [
            {"frame": start, "value": 0.0, "easing": "ease-out"},
            {"frame": end, "value": 1.0, "easing": "linear"},
        ],
    }


def rise(x: float, y: float, start: int, end: int, by: float = 30.0) -> dict:
    return {
        "value": [x, y],
        "keyframes": [
            {
                "frame": start,
                "value": [x, y + by],
                "easing": {"bezier": [0.25, 0.1, 0.25, 1.0]},
            },
            {"frame": end, "value": [x, y], "easing": "linear"},
        ],
    }


def transform(position, size, *, opacity=1.0, anchor=(0.0, 0.0), scale=(1.0, 1.0)):
    return {
        "position": position if isinstance(position, dict) else list(position),
        "size": list(size),
        "anchor": list(anchor),
        "rotation": 0.0,
        "scale": scale if isinstance(scale, dict) else list(scale),
        "opacity": opacity,
    }


def text_layer(layer_id: str, z: int, text: str, place: dict, **style: Any) -> dict:
    return {
        "id": layer_id,
        "kind": "text",
        "start": 0,
        "end": None,
        "condition": None,
        "shown": True,
        "z": z,
        "transform": place,
        "text": text,
        "style": {
            "font": "Noto Sans",
            "size": 52.0,
            "weight": 400,
            "color": NAVY,
            "align": "start",
            "vertical_align": "top",
            "line_height": 1.25,
            "fit": "shrink",
            "max_lines": None,
            "min_size": 16.0,
            **style,
        },
    }


def label_style(size: float, color: str) -> dict:
    """A choice's label style, as the package writes it for the renderer's rule."""
    return {
        "font": "Noto Sans",
        "size": size,
        "weight": 700,
        "color": color,
        "align": "center",
        "vertical_align": "middle",
        "line_height": 1.2,
        "fit": "shrink",
        "max_lines": 3,
        "min_size": min(20.0, size),
    }


def button(
    layer_id: str,
    z: int,
    label: str,
    action: dict,
    place: dict,
    *,
    look: str = "primary",
    pause: bool = False,
    tab_index: int | None = None,
    size: float = 42.0,
) -> dict:
    # The step the story graph names the button by, as the package writes it.
    short = {"pay": "pay", "open_chat": "chat", "call": "call", "open_link": "link"}
    return {
        "id": layer_id,
        "kind": "button",
        "step": short.get(action.get("kind"), layer_id),
        "start": 0,
        "end": None,
        "condition": None,
        "shown": True,
        "z": z,
        "transform": place,
        "label": label,
        "action": {"kind": None, "target": None, "terms": None, "then": None, **action},
        "button_style": look,
        "pause": pause,
        "tab_index": tab_index,
        "fill": NAVY,
        "text_color": "#FFFFFF" if look == "primary" else NAVY,
        "corner_radius": 28.0 if look != "quiet" else 0.0,
        "padding": 24.0,
        "style": label_style(size, "#FFFFFF" if look == "primary" else NAVY),
    }


def _live(words: dict, name: str) -> dict[str, list[dict]]:
    greeting = words["greeting"].replace("{name}", name)
    options = [
        {"terms": terms, "label": label, "step": f"plan:{terms}"}
        for terms, label in zip((2, 3, 6), words["options"], strict=True)
    ]
    return {
        "welkom": [
            text_layer(
                "welkom-groet",
                2,
                greeting,
                transform(
                    rise(160, 360, 8, 30, 40), (1050, 170), opacity=fade_in(8, 30)
                ),
                size=110.0,
                weight=700,
                max_lines=1,
                min_size=48.0,
            )
        ],
        "bedrag": [
            text_layer(
                "bedrag-bedrag",
                3,
                words["amount"],
                transform(
                    (160, 420),
                    (1150, 180),
                    anchor=(0.0, 0.5),
                    opacity=fade_in(4, 16),
                    scale={
                        "value": [1.0, 1.0],
                        "keyframes": [
                            {
                                "frame": 4,
                                "value": [0.85, 0.85],
                                "easing": "ease-in-out",
                            },
                            {"frame": 24, "value": [1.0, 1.0], "easing": "linear"},
                        ],
                    },
                ),
                size=150.0,
                weight=700,
                max_lines=1,
                min_size=60.0,
            ),
            text_layer(
                "bedrag-datum",
                5,
                words["due"],
                transform((160, 640), (1300, 90), opacity=fade_in(10, 22)),
                size=58.0,
                weight=700,
            ),
            {
                **text_layer(
                    "bedrag-groot",
                    6,
                    words["large"],
                    transform((160, 780), (1250, 140)),
                    size=44.0,
                    fit="wrap",
                ),
                "condition": {">=": [{"var": "amount_due"}, 50000]},
                "shown": False,
            },
        ],
        "herinnering": [],
        "keuze": [
            button(
                "keuze-betalen",
                1,
                words["pay_now"],
                {"kind": "go_to_scene", "target": "betalen"},
                transform(rise(160, 420, 6, 18), (500, 190), opacity=fade_in(6, 18)),
                pause=True,
                tab_index=1,
            ),
            button(
                "keuze-termijnen",
                2,
                words["plan"],
                {"kind": "go_to_scene", "target": "termijnen"},
                transform(rise(710, 420, 10, 22), (500, 190), opacity=fade_in(10, 22)),
                pause=True,
                tab_index=2,
            ),
            button(
                "keuze-hulp",
                3,
                words["help"],
                {"kind": "go_to_scene", "target": "hulp"},
                transform(rise(1260, 420, 14, 26), (500, 190), opacity=fade_in(14, 26)),
                pause=True,
                tab_index=3,
            ),
        ],
        "betalen": [
            text_layer(
                "betalen-tekst",
                3,
                words["pay_text"],
                transform((160, 420), (1100, 160), opacity=fade_in(4, 16)),
                size=56.0,
                fit="wrap",
            ),
            button(
                "betalen-hulp",
                4,
                words["pay_help"],
                {"kind": "go_to_scene", "target": "hulp"},
                transform((160, 850), (720, 90)),
                look="quiet",
                tab_index=2,
                size=36.0,
            ),
            button(
                "betalen-ideal",
                5,
                words["pay_button"],
                {"kind": "pay", "then": "bedankt"},
                transform((160, 640), (620, 170), opacity=fade_in(8, 20)),
                pause=True,
                tab_index=1,
            ),
        ],
        "termijnen": [
            button(
                "termijnen-hulp",
                4,
                words["plan_help"],
                {"kind": "go_to_scene", "target": "hulp"},
                transform((160, 920), (720, 90)),
                look="quiet",
                tab_index=2,
                size=36.0,
            ),
            {
                "id": "termijnen-keuze",
                "kind": "plan_picker",
                "start": 0,
                "end": PICKER_END,
                "condition": None,
                "shown": True,
                "z": 5,
                "transform": transform(
                    rise(160, 560, 6, 18), (1100, 330), opacity=fade_in(6, 18)
                ),
                "label": words["always"]["plan"],
                "options": options,
                "then": "bedankt",
                "pause": True,
                "tab_index": 1,
                "fill": NAVY,
                "text_color": "#FFFFFF",
                "corner_radius": 24.0,
                "gap": 20.0,
                "padding": 24.0,
                "max_row": 36.0 * 2.8,
                "style": label_style(36.0, "#FFFFFF"),
            },
        ],
        "hulp": [
            button(
                "hulp-chat",
                4,
                words["chat"],
                {"kind": "open_chat"},
                transform((160, 700), (340, 160)),
            ),
            button(
                "hulp-bel",
                5,
                words["call"],
                {"kind": "call", "target": "+31201234567"},
                transform((540, 700), (340, 160)),
            ),
            button(
                "hulp-geldfit",
                6,
                words["geldfit"],
                {"kind": "open_link", "target": "https://www.geldfit.nl"},
                transform((920, 700), (340, 160)),
            ),
        ],
        "bedankt": [],
    }


def sample_payload(token: str, *, language: str = "nl", name: str = "Anna") -> dict:
    """The payload of one view, for the debtor called ``name``."""
    words = TEXTS[language]
    live = _live(words, name)
    media = language if language in ("nl",) else "nl"
    scenes = []
    for scene_id, duration, following in SCENES:
        scenes.append(
            {
                "id": scene_id,
                "duration": duration,
                "next_scene": following,
                "transition": {"kind": "cut", "duration": 0},
                "video": f"/p/{PACKAGE}/media/{scene_id}.{media}.mp4",
                "poster": f"/p/{PACKAGE}/media/{scene_id}.{media}.jpg",
                "captions": f"/v/{token}/captions/{scene_id}.vtt",
                "shown": scene_id != "herinnering",
                "live": live[scene_id],
            }
        )
    return {
        "package": PACKAGE,
        "language": language,
        "direction": "rtl" if language == "ar" else "ltr",
        "canvas": {"width": 1920, "height": 1080, "fps": FPS},
        "scenes": scenes,
        "entry": "welkom",
        "music": None,
        "fonts": [
            {"family": family, "src": f"/p/{PACKAGE}/fonts/{file}", "weight": weight}
            for family, file, weight in (
                ("Noto Sans", "NotoSans-Regular.ttf", 400),
                ("Noto Sans", "NotoSans-Bold.ttf", 700),
                ("Noto Sans Arabic", "NotoSansArabic-Regular.ttf", 400),
                ("Noto Sans Arabic", "NotoSansArabic-Bold.ttf", 700),
            )
        ],
        "always": dict(words["always"]),
        "events": f"/v/{token}/events",
        "act": f"/v/{token}/act",
    }


def caption_text(language: str, name: str, scene: str) -> str:
    """The cue of a scene's captions: the greeting, or the scene's own line."""
    if scene == "welkom":
        return TEXTS[language]["caption"].replace("{name}", name)
    return CAPTIONS[language][scene]


CAPTIONS = {
    "nl": {
        "bedrag": "Er staat nog € 1.234,56 open.",
        "herinnering": "Dit ziet u niet.",
        "keuze": "Wat wilt u doen?",
        "betalen": "U betaalt veilig met iDEAL.",
        "termijnen": "Kies in hoeveel keer u betaalt.",
        "hulp": "Goed dat u het zegt.",
        "bedankt": "Dank u wel!",
    },
    "ar": {
        "bedrag": "لا يزال هناك مبلغ ‏1.234,56 € مستحق.",
        "herinnering": "لن ترى هذا.",
        "keuze": "ماذا تريد أن تفعل؟",
        "betalen": "تدفع بأمان عبر iDEAL.",
        "termijnen": "اختر عدد الدفعات.",
        "hulp": "شكرا لأنك أخبرتنا.",
        "bedankt": "شكرا لك!",
    },
}


def find_layer(payload: dict, layer_id: str) -> tuple[dict, dict]:
    for scene in payload["scenes"]:
        for layer in scene["live"]:
            if layer["id"] == layer_id:
                return scene, layer
    raise KeyError(layer_id)


def answer_for(payload: dict, request: dict, token: str) -> dict:
    """What the delivery server answers a choice with (docs/package-format.md)."""
    if request["layer"] is None:
        return {
            "pay": {"open": f"/v/{token}/pay", "go": None},
            "plan": {"go": "termijnen"},
            "help": {"recorded": True, "go": "hulp"},
        }[request["step"]]
    _, layer = find_layer(payload, request["layer"])
    if layer["kind"] == "plan_picker":
        return {"recorded": True, "go": layer["then"]}
    action = layer["action"]
    kind, then = action["kind"], action.get("then")
    if kind == "go_to_scene":
        if action["target"] == "hulp":
            return {"recorded": True, "go": "hulp"}
        return {"go": action["target"]}
    if kind == "pay":
        return {"open": f"/v/{token}/pay", "go": then}
    if kind == "open_chat":
        return {
            "open": "https://hulp.helder-energie.example/chat?kenmerk=F-1",
            "go": then,
        }
    if kind == "call":
        return {"open": f"tel:{action['target']}", "go": then}
    if kind == "open_link":
        return {"open": action["target"], "go": then}
    return {"recorded": True, "go": then}


# Where the test site's pay route sends the viewer: the payment provider's page.
PAYMENT_PAGE = "/provider/ideal?kenmerk=F-1"


def with_changes(payload: dict, **changes: Any) -> dict:
    out = copy.deepcopy(payload)
    out.update(changes)
    return out
