"""``helder variants``, ``helder check story`` and the story in ``helder info``."""

import json
import shutil
from decimal import Decimal

import pytest

from studio.cli import main
from studio.data.check import load_rows
from studio.project import Project
from studio.render.timeline import PathError, build_timeline
from studio.resources import SAMPLE_PROJECT
from studio.values.money import Money

ROWS = SAMPLE_PROJECT / "sample-rows.csv"
TRUNK = ["welkom", "bedrag", "uitleg", "keuze"]
SAMPLE_VARIANTS = [
    ("keuze-betalen,pay", ["betalen", "bedankt"], None),
    ("keuze-betalen,betalen-hulp", ["betalen", "hulp"], None),
    ("keuze-termijnen,plan:2", ["termijnen", "bedankt"], "20.00"),
    ("keuze-termijnen,plan:3", ["termijnen", "bedankt"], "30.00"),
    ("keuze-termijnen,plan:6", ["termijnen", "bedankt"], "60.00"),
    ("keuze-termijnen,termijnen-hulp", ["termijnen", "hulp"], None),
    ("keuze-hulp", ["hulp"], None),
]


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def edit_copy(tmp_path, change) -> object:
    """A copy of the sample whose project.json ``change`` has edited."""
    folder = tmp_path / "kopie"
    shutil.copytree(SAMPLE_PROJECT, folder)
    dump = folder / "project.json"
    document = json.loads(dump.read_text(encoding="utf-8"))
    layers = {
        layer["id"]: layer for scene in document["scenes"] for layer in scene["layers"]
    }
    change(document, layers)
    dump.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return folder


def _break_the_story(document, layers):
    """Help leads to a scene that is not there; nothing goes on to the thank-you."""
    layers["keuze-hulp"]["action"]["target"] = "nergens"
    del layers["betalen-ideal"]["action"]["then"]
    del layers["termijnen-keuze"]["then"]


@pytest.fixture
def broken(tmp_path):
    return edit_copy(tmp_path, _break_the_story)


def test_variants_lists_every_path_in_a_numbered_table(capsys):
    code, out, err = run(capsys, "variants", SAMPLE_PROJECT)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "7 paths × 2 languages (nl, en) = 14 variants",
        "every path starts welkom → bedrag → uitleg → keuze",
        "",
        "#  path                            ending  rows              then",
        "1  keuze-betalen,pay               end     all               "
        "betalen → bedankt",
        "2  keuze-betalen,betalen-hulp      end     all               betalen → hulp",
        "3  keuze-termijnen,plan:2          end     amount ≥ €\xa020,00  "
        "termijnen → bedankt",
        "4  keuze-termijnen,plan:3          end     amount ≥ €\xa030,00  "
        "termijnen → bedankt",
        "5  keuze-termijnen,plan:6          end     amount ≥ €\xa060,00  "
        "termijnen → bedankt",
        "6  keuze-termijnen,termijnen-hulp  end     all               termijnen → hulp",
        "7  keuze-hulp                      end     all               hulp",
    ]


def test_variants_as_json(capsys):
    code, out, _ = run(capsys, "variants", SAMPLE_PROJECT, "--json")
    assert code == 0
    listing = json.loads(out)
    assert [
        (v["path"], v["scenes"][len(TRUNK) :], v["min_amount"]) for v in listing
    ] == [(path, list(rest), low) for path, rest, low in SAMPLE_VARIANTS]
    assert [v["number"] for v in listing] == list(range(1, 8))
    assert all(v["scenes"][: len(TRUNK)] == TRUNK for v in listing)
    assert all(v["ending"] == "end" and not v["conditional"] for v in listing)
    assert all(v["languages"] == ["nl", "en"] for v in listing)


def test_render_follows_every_path_that_variants_prints_to_its_last_scene(
    tmp_path, capsys
):
    """The frame at the very end exists only if the whole path was followed."""
    _, out, _ = run(capsys, "variants", SAMPLE_PROJECT, "--json")
    project = Project.open(SAMPLE_PROJECT)
    row = load_rows(project.template.fields, ROWS, row_id_field="customer_id")
    for number, variant in enumerate(json.loads(out), start=1):
        timeline = build_timeline(
            project.template, row["K-1002"], "nl", variant["path"]
        )
        assert [play.scene.id for play in timeline.plays] == variant["scenes"]
        last_second = int((timeline.frame_count - 1) / timeline.fps * 100) / 100
        frame = tmp_path / f"variant-{number}.png"
        code, written, err = run(
            capsys,
            "render",
            SAMPLE_PROJECT,
            "--data",
            ROWS,
            "--row",
            "K-1002",
            "--lang",
            "nl",
            "--path",
            variant["path"],
            "--at",
            last_second,
            "--size",
            "64x36",
            "-o",
            frame,
        )
        assert (code, err) == (0, ""), variant["path"]
        assert written == f"wrote {frame}\n"
        assert frame.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("terms, lowest", [(2, "20.00"), (3, "30.00"), (6, "60.00")])
def test_a_plan_path_plays_from_the_amount_variants_names_and_not_a_cent_below(
    terms, lowest
):
    project = Project.open(SAMPLE_PROJECT)
    rows = load_rows(project.template.fields, ROWS, row_id_field="customer_id")
    path = f"keuze-termijnen,plan:{terms}"
    enough = {**rows["K-1002"], "amount_due": Money(Decimal(lowest), "EUR")}
    timeline = build_timeline(project.template, enough, "en", path)
    assert timeline.plays[-1].scene.id == "bedankt"
    assert timeline.ending_terms == terms
    short = Money(Decimal(lowest) - Decimal("0.01"), "EUR")
    with pytest.raises(PathError, match=f"'plan:{terms}' matches no choice"):
        build_timeline(project.template, {**enough, "amount_due": short}, "en", path)


def test_check_story_on_the_sample_finds_nothing_and_exits_0(capsys):
    code, out, err = run(capsys, "check", "story", SAMPLE_PROJECT)
    assert (code, out, err) == (0, "the story has no problems (8 scenes)\n", "")
    code, out, _ = run(capsys, "check", "story", SAMPLE_PROJECT, "--json")
    assert (code, json.loads(out)) == (0, [])


def test_check_story_lists_each_problem_on_one_line_and_exits_1(broken, capsys):
    code, out, _ = run(capsys, "check", "story", broken)
    assert code == 1
    assert out.splitlines() == [
        "unreachable        bedankt  -           Nobody reaches scene 'Bedankt': "
        "no scene or button leads to it.",
        "no_target          keuze    keuze-hulp  Button 'Hulp' in scene 'Kies' goes "
        "to scene 'nergens', which does not exist.",
        "help_out_of_reach  keuze    -           Scene 'Kies' asks for a choice, but "
        "help is not one step away: add a button to the chat, a call, or a help "
        "scene.",
        "3 problems (8 scenes)",
    ]


def test_check_story_as_json(broken, capsys):
    code, out, _ = run(capsys, "check", "story", broken, "--json")
    assert code == 1
    problems = json.loads(out)
    assert [(p["rule"], p["scene"], p["layer"]) for p in problems] == [
        ("unreachable", "bedankt", None),
        ("no_target", "keuze", "keuze-hulp"),
        ("help_out_of_reach", "keuze", None),
    ]
    assert problems[1]["message"] == (
        "Button 'Hulp' in scene 'Kies' goes to scene 'nergens', which does not exist."
    )


def test_variants_of_a_broken_story_leave_out_what_cannot_be_reached(broken, capsys):
    code, out, _ = run(capsys, "variants", broken, "--json")
    assert code == 0
    assert [v["path"] for v in json.loads(out)] == [
        "keuze-betalen,betalen-hulp",
        "keuze-termijnen,termijnen-hulp",
    ]


def test_a_loop_is_listed_as_a_path_that_loops(tmp_path, capsys):
    def loop_back(document, layers):
        layers["termijnen-keuze"]["then"] = "welkom"

    code, out, _ = run(capsys, "variants", edit_copy(tmp_path, loop_back), "--json")
    assert code == 0
    looped = {v["path"]: (v["ending"], v["min_amount"]) for v in json.loads(out)}
    assert looped["keuze-termijnen,plan:3"] == ("loops", "30.00")
    assert looped["keuze-betalen,pay"] == ("end", None)


def test_info_as_json_carries_the_story_graph_and_its_problems(broken, capsys):
    code, out, _ = run(capsys, "info", SAMPLE_PROJECT, "--json")
    assert code == 0
    story = json.loads(out)["story"]
    assert story["entry"] == "welkom"
    assert story["ends"] == ["hulp", "bedankt"]
    assert [s["id"] for s in story["scenes"]] == [
        *TRUNK,
        "betalen",
        "termijnen",
        "hulp",
        "bedankt",
    ]
    assert {
        "from": "keuze",
        "to": "hulp",
        "kind": "choice",
        "layer": "keuze-hulp",
        "step": "keuze-hulp",
    } in story["edges"]
    assert story["problems"] == []
    _, out, _ = run(capsys, "info", broken, "--json")
    assert json.loads(out)["story"]["problems"][1] == {
        "rule": "no_target",
        "scene": "keuze",
        "layer": "keuze-hulp",
        "message": "Button 'Hulp' in scene 'Kies' goes to scene 'nergens', which "
        "does not exist.",
    }


def test_info_shows_where_each_scene_leads(capsys):
    code, out, _ = run(capsys, "info", SAMPLE_PROJECT)
    assert code == 0
    story = out.split("\n\nstory ", 1)[1].splitlines()
    assert story == [
        "(starts at welkom):",
        "  welkom     → bedrag",
        "  bedrag     → uitleg",
        "  uitleg     → keuze",
        "  keuze      → betalen (keuze-betalen), termijnen (keuze-termijnen), "
        "hulp (keuze-hulp)",
        "  betalen    → bedankt (pay), hulp (betalen-hulp)",
        "  termijnen  → bedankt (plan:2, plan:3, plan:6), hulp (termijnen-hulp)",
        "  hulp       → end; leaves the video by chat, call, link",
        "  bedankt    → end",
        "problems: none",
    ]


def test_info_names_choices_that_lead_nowhere_and_the_problems(tmp_path, capsys):
    def damage(document, layers):
        _break_the_story(document, layers)
        layers["keuze-betalen"]["action"].pop("target")

    _, out, _ = run(capsys, "info", edit_copy(tmp_path, damage))
    lines = out.splitlines()
    assert (
        "  keuze      → nowhere (keuze-betalen: no scene chosen), termijnen "
        "(keuze-termijnen), nergens (keuze-hulp: no such scene)"
    ) in lines
    assert "  betalen    → hulp (betalen-hulp); leaves the video by pay" in lines
    problems = lines[lines.index("problems (5):") + 1 :]
    assert [line.split()[:3] for line in problems] == [
        ["unreachable", "betalen", "-"],
        ["unreachable", "bedankt", "-"],
        ["no_target", "keuze", "keuze-betalen"],
        ["no_target", "keuze", "keuze-hulp"],
        ["help_out_of_reach", "keuze", "-"],
    ]


@pytest.mark.parametrize(
    "args",
    [
        ["variants", "nergens.helder"],
        ["variants", "nergens.helder", "--json"],
        ["check", "story", "nergens.helder"],
        ["check", "story", "nergens.helder", "--json"],
    ],
)
def test_a_missing_project_exits_2_with_one_line(args, capsys):
    code, out, err = run(capsys, *args)
    assert (code, out) == (2, "")
    assert err == "helder: nergens.helder: no such project file or folder\n"


@pytest.mark.parametrize("command", [["variants"], ["check", "story"]])
def test_a_file_that_is_no_project_exits_2_with_one_line(command, tmp_path, capsys):
    junk = tmp_path / "rommel.helder"
    junk.write_bytes(b"not a project file at all")
    code, out, err = run(capsys, *command, junk)
    assert (code, out) == (2, "")
    lines = [line for line in err.splitlines() if line.startswith("helder: ")]
    assert len(lines) == 1 and lines[0].startswith(f"helder: {junk}")


def test_the_story_commands_never_change_the_project(broken, capsys):
    before = {p: p.read_bytes() for p in broken.rglob("*") if p.is_file()}
    run(capsys, "variants", broken)
    run(capsys, "check", "story", broken, "--json")
    run(capsys, "info", broken)
    after = {p: p.read_bytes() for p in broken.rglob("*") if p.is_file()}
    assert after == before
