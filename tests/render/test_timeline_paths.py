"""Which scenes a variant plays, in which order, from which frame."""

import pytest
from sample_project import sample as _sample
from sample_project import sample_rows as _sample_rows

from studio.model.story import story_paths
from studio.render.timeline import PathError, build_timeline, parse_path


@pytest.fixture
def sample():
    return _sample()


@pytest.fixture
def sample_rows():
    return _sample_rows()


def scene_ids(timeline):
    return [play.scene.id for play in timeline.plays]


def test_without_a_path_the_video_runs_to_the_choice_and_ends_there(
    sample, sample_rows
):
    timeline = build_timeline(sample.template, sample_rows["K-1001"], "nl")
    assert scene_ids(timeline) == ["welkom", "bedrag", "uitleg", "keuze"]
    assert timeline.ending is None


def test_crossfades_overlap_the_scene_before(sample, sample_rows):
    timeline = build_timeline(sample.template, sample_rows["K-1001"], "nl")
    welkom, bedrag, uitleg, keuze = timeline.plays
    assert (welkom.start, welkom.end) == (0, 160)
    assert bedrag.start == 160 - 12 and bedrag.fade_in == 12
    assert uitleg.start == bedrag.end - 12
    assert keuze.start == uitleg.end - 10
    assert timeline.frame_count == keuze.end


def test_during_a_crossfade_both_scenes_are_drawn_the_new_one_fading_in(
    sample, sample_rows
):
    timeline = build_timeline(sample.template, sample_rows["K-1001"], "nl")
    moments = timeline.at(150)
    assert [m.play.scene.id for m in moments] == ["welkom", "bedrag"]
    assert moments[0].opacity == 1.0
    assert moments[1].frame == 2 and moments[1].opacity == pytest.approx(3 / 13)
    assert [m.play.scene.id for m in timeline.at(161)] == ["bedrag"]


@pytest.mark.parametrize(
    "path, scenes, ending",
    [
        (
            "plan:3",
            ["welkom", "bedrag", "uitleg", "keuze", "termijnen", "bedankt"],
            "termijnen-keuze",
        ),
        (
            "keuze-hulp,chat",
            ["welkom", "bedrag", "uitleg", "keuze", "hulp"],
            "hulp-chat",
        ),
        (
            "scene:betalen pay",
            ["welkom", "bedrag", "uitleg", "keuze", "betalen", "bedankt"],
            "betalen-ideal",
        ),
        ("keuze-betalen", ["welkom", "bedrag", "uitleg", "keuze", "betalen"], None),
    ],
)
def test_a_path_follows_the_branches_it_names(
    sample, sample_rows, path, scenes, ending
):
    timeline = build_timeline(sample.template, sample_rows["K-1002"], "nl", path)
    assert scene_ids(timeline) == scenes
    assert (timeline.ending.id if timeline.ending else None) == ending


def test_a_step_that_matches_no_button_names_the_scene_and_its_buttons(
    sample, sample_rows
):
    with pytest.raises(PathError) as caught:
        build_timeline(sample.template, sample_rows["K-1002"], "nl", "plan:4")
    assert str(caught.value) == (
        "--path step 'plan:4' matches no choice of scene 'Kies' (its choices: "
        "keuze-betalen, keuze-termijnen, keuze-hulp); the plans offered for this "
        "row's amount: plan:2, plan:3, plan:6"
    )


def test_a_step_after_the_end_is_refused(sample, sample_rows):
    with pytest.raises(PathError, match="'chat' is never reached"):
        build_timeline(sample.template, sample_rows["K-1001"], "nl", "pay,chat")


def test_a_malformed_step_is_refused():
    with pytest.raises(PathError, match="'plan:3:4' is not a button id"):
        parse_path("plan:3:4")


def test_a_scene_whose_condition_fails_is_passed_over(sample, sample_rows):
    template = sample.template
    template.scene("uitleg").condition = {"<": [{"var": "amount_due"}, 2000]}
    try:
        big = build_timeline(template, sample_rows["K-1002"], "nl")  # € 1.234,56
        small = build_timeline(template, sample_rows["K-1001"], "nl")  # € 12,50
    finally:
        template.scene("uitleg").condition = None
    assert "uitleg" not in scene_ids(big)
    assert "uitleg" in scene_ids(small)


def test_a_layer_condition_is_decided_by_the_row(sample, sample_rows):
    template = sample.template
    big = template.scene("bedrag").layer("bedrag-groot")
    assert build_timeline(template, sample_rows["K-1006"], "nl").shows(big)
    assert not build_timeline(template, sample_rows["K-1001"], "nl").shows(big)


def test_voice_overs_follow_the_language_and_start_with_their_scene(
    sample, sample_rows
):
    timeline = build_timeline(sample.template, sample_rows["K-1001"], "en")
    sounds = [(frame, layer.asset) for frame, layer in timeline.audio()]
    assert sounds[:2] == [(4, "stem-welkom-en"), (148 + 4, "stem-bedrag-en")]
    assert all(asset.endswith("-en") for _, asset in sounds)


def test_the_thumbnail_is_the_moment_the_template_names(sample, sample_rows):
    timeline = build_timeline(sample.template, sample_rows["K-1001"], "nl")
    assert timeline.thumbnail_frame() == 70


def test_every_path_of_the_story_builds_with_the_scenes_it_lists(sample, sample_rows):
    template = sample.template
    paths = story_paths(template)
    assert len(paths) == 7
    for path in paths:
        for language in template.languages:
            timeline = build_timeline(
                template, sample_rows["K-1002"], language, path.path
            )
            assert tuple(scene_ids(timeline)) == path.scenes, (path.path, language)


def test_a_small_amount_follows_every_path_but_the_plans(sample, sample_rows):
    """€ 12,50 allows no plan, so the picker offers none to choose."""
    template = sample.template
    for path in story_paths(template):
        if "plan:" in path.path:
            with pytest.raises(PathError, match="plans offered .*: none"):
                build_timeline(template, sample_rows["K-1001"], "nl", path.path)
        else:
            timeline = build_timeline(template, sample_rows["K-1001"], "nl", path.path)
            assert tuple(scene_ids(timeline)) == path.scenes
