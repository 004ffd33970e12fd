"""WebVTT captions: exact text, shown as text, one caption at a time."""

import pytest

from studio.render.captions import Cue, split_cue, split_long, webvtt, write_webvtt


def test_a_small_case_is_written_exactly():
    cues = [
        Cue(2.5, 5.0, "Er staat € 12,50 open.\nBetaal vóór 1 juli."),
        Cue(0.0, 2.5, "Hallo Jan,"),
        Cue(3725.0417, 3726.0, "Tot ziens"),
    ]
    assert webvtt(cues) == (
        "WEBVTT\n"
        "\n"
        "00:00:00.000 --> 00:00:02.500\n"
        "Hallo Jan,\n"
        "\n"
        "00:00:02.500 --> 00:00:05.000\n"
        "Er staat € 12,50 open.\n"
        "Betaal vóór 1 juli.\n"
        "\n"
        "01:02:05.042 --> 01:02:06.000\n"
        "Tot ziens\n"
    )


def test_markup_in_a_name_is_shown_as_text():
    text = webvtt([Cue(0, 1, "Hallo <b>Jan</b> & Co --> klaar")])
    assert text.splitlines()[3] == "Hallo &lt;b&gt;Jan&lt;/b&gt; &amp; Co --&gt; klaar"


def test_blank_lines_inside_a_cue_are_dropped_so_the_cue_stays_whole():
    assert webvtt([Cue(0, 1, "een\r\n\r\ntwee\n")]).endswith(
        "00:00:01.000\neen\ntwee\n"
    )


def test_an_overlap_is_refused_naming_the_cue():
    cues = [Cue(0, 3, "een"), Cue(5, 6, "drie"), Cue(2.5, 4, "twee")]
    with pytest.raises(ValueError) as caught:
        webvtt(cues)
    assert str(caught.value) == (
        "cue 3 (00:00:02.500 --> 00:00:04.000) starts before cue 1 ends at "
        "00:00:03.000; captions may not overlap"
    )


def test_cues_that_touch_are_fine():
    assert webvtt([Cue(0, 2, "een"), Cue(2, 4, "twee")]).count(" --> ") == 2


@pytest.mark.parametrize(
    "cue, message",
    [
        (Cue(2, 1, "x"), "cue 1 (00:00:02.000 --> 00:00:01.000) must start at 0 s"),
        (Cue(0, 1, " \n "), "cue 1 (00:00:00.000 --> 00:00:01.000) has no text"),
    ],
)
def test_a_cue_without_time_or_text_is_refused(cue, message):
    with pytest.raises(
        ValueError, match=message.replace("(", r"\(").replace(")", r"\)")
    ):
        webvtt([cue])


def test_short_text_stays_on_one_line():
    assert split_long("Hallo Jan,") == "Hallo Jan,"


def test_two_lines_are_balanced():
    text = "U kunt het bedrag in één keer betalen of in termijnen."
    assert split_long(text) == "U kunt het bedrag in één\nkeer betalen of in termijnen."
    assert all(len(line) <= 42 for line in split_long(text).splitlines())


def test_line_breaks_in_the_text_are_kept_and_long_words_are_not_cut():
    assert split_long("Kort.\nNog kort.") == "Kort.\nNog kort."
    assert split_long("een schuldhulpverleningstraject", 10) == (
        "een\nschuldhulpverleningstraject"
    )


def test_a_long_cue_becomes_cues_of_two_lines_timed_by_length():
    text = (
        "Lukt betalen nu niet? Dat kan gebeuren. Kies dan voor hulp. "
        "Wij bellen u terug, of u praat met ons in de chat."
    )
    parts = split_cue(Cue(10.0, 20.0, text), max_chars=30)

    assert all(part.text.count("\n") <= 1 for part in parts)
    assert " ".join(p.text.replace("\n", " ") for p in parts) == text
    assert parts[0].start == 10.0 and parts[-1].end == 20.0
    assert all(a.end == b.start for a, b in zip(parts, parts[1:], strict=False))
    webvtt(parts)  # the parts never overlap


def test_write_webvtt_replaces_the_file_whole(tmp_path):
    output = tmp_path / "nl.vtt"
    output.write_text("old", encoding="utf-8")
    write_webvtt([Cue(0, 1, "Hallo")], output)
    assert output.read_bytes() == b"WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHallo\n"
    assert [p.name for p in tmp_path.iterdir()] == ["nl.vtt"]


def test_a_refused_write_leaves_the_old_file(tmp_path):
    output = tmp_path / "nl.vtt"
    output.write_text("old", encoding="utf-8")
    with pytest.raises(ValueError):
        write_webvtt([Cue(0, 2, "a"), Cue(1, 3, "b")], output)
    assert output.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["nl.vtt"]
