"""MP4 export: streamed BGRA frames become H.264 that browsers play, or nothing."""

import resource
import threading

import pytest
from render_media import (
    FPS,
    HEIGHT,
    WIDTH,
    decode_audio,
    gradient_frame,
    gradient_frames,
    leftovers,
    write_sine,
)

from studio.render.encode import (
    AUDIO_RATE,
    ExportCancelled,
    ExportError,
    VideoSpec,
    encode_mp4,
    probe,
)

FRAMES = 75  # 2.5 s


def spec(frames=FRAMES, **options):
    return VideoSpec(WIDTH, HEIGHT, FPS, frames, **options)


def test_the_video_has_the_size_rate_codec_and_length_asked_for(tmp_path):
    output = encode_mp4(gradient_frames(FRAMES), spec(), tmp_path / "out.mp4")

    info = probe(output)
    assert (info.width, info.height, info.fps) == (WIDTH, HEIGHT, FPS)
    assert (info.video_codec, info.pix_fmt) == ("h264", "yuv420p")
    assert info.duration == pytest.approx(FRAMES / FPS, abs=1 / FPS)
    assert info.audio_codec is None
    assert leftovers(tmp_path) == []


def test_frames_may_be_memoryviews_or_arrays(tmp_path):
    import numpy as np

    frames = [memoryview(gradient_frame(0)), np.zeros((HEIGHT, WIDTH, 4), np.uint8)]
    output = encode_mp4(frames, spec(2), tmp_path / "out.mp4")
    assert probe(output).video_codec == "h264"


def test_a_longer_soundtrack_is_cut_to_the_video(tmp_path):
    wav = write_sine(tmp_path / "long.wav", 5.0, rate=AUDIO_RATE, channels=2)
    output = encode_mp4(
        gradient_frames(FRAMES), spec(), tmp_path / "out.mp4", audio_wav=wav
    )

    info = probe(output)
    assert (info.audio_codec, info.audio_rate) == ("aac", AUDIO_RATE)
    assert info.duration == pytest.approx(FRAMES / FPS, abs=1 / FPS)
    samples = len(decode_audio(output))
    assert samples == pytest.approx(FRAMES / FPS * AUDIO_RATE, abs=AUDIO_RATE / FPS)


def test_a_shorter_soundtrack_is_padded_with_silence_to_the_video(tmp_path):
    wav = write_sine(tmp_path / "short.wav", 0.5, rate=AUDIO_RATE, channels=2)
    output = encode_mp4(
        gradient_frames(FRAMES), spec(), tmp_path / "out.mp4", audio_wav=wav
    )

    audio = decode_audio(output)
    assert len(audio) == pytest.approx(FRAMES / FPS * AUDIO_RATE, abs=AUDIO_RATE / FPS)
    assert abs(audio[: AUDIO_RATE // 4]).max() > 0.3
    assert abs(audio[AUDIO_RATE:]).max() < 0.01


def test_progress_is_reported_in_steps_and_ends_at_the_total(tmp_path):
    calls = []
    encode_mp4(
        gradient_frames(300),
        spec(300),
        tmp_path / "out.mp4",
        progress=lambda done, total: calls.append((done, total)),
    )
    assert calls[-1] == (300, 300)
    assert 5 <= len(calls) <= 100
    assert [done for done, _ in calls] == sorted({done for done, _ in calls})


def test_cancelling_midway_leaves_no_output_and_no_part_file(tmp_path):
    cancel = threading.Event()

    def frames():
        for index, frame in enumerate(gradient_frames(FRAMES)):
            if index == 30:
                cancel.set()
            yield frame

    with pytest.raises(ExportCancelled):
        encode_mp4(frames(), spec(), tmp_path / "out.mp4", cancel=cancel)
    assert list(tmp_path.iterdir()) == []


def test_an_interrupt_while_rendering_leaves_no_output(tmp_path):
    def frames():
        yield from gradient_frames(10)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        encode_mp4(frames(), spec(), tmp_path / "out.mp4")
    assert list(tmp_path.iterdir()) == []


def test_a_frame_of_the_wrong_size_is_refused_and_leaves_nothing(tmp_path):
    frames = [gradient_frame(0), gradient_frame(1, WIDTH, HEIGHT - 2)]
    with pytest.raises(ExportError) as caught:
        encode_mp4(frames, spec(2), tmp_path / "out.mp4")
    assert str(caught.value) == (
        "frame 1 has 227840 bytes; a 320x180 BGRA frame has 230400"
    )
    assert list(tmp_path.iterdir()) == []


def test_too_few_frames_are_refused(tmp_path):
    with pytest.raises(ExportError, match="got 10 frames; this export expects 75"):
        encode_mp4(gradient_frames(10), spec(), tmp_path / "out.mp4")
    assert list(tmp_path.iterdir()) == []


def test_a_failed_export_leaves_an_existing_file_untouched(tmp_path):
    existing = tmp_path / "out.mp4"
    existing.write_bytes(b"the export of yesterday")
    cancel = threading.Event()
    cancel.set()

    with pytest.raises(ExportCancelled):
        encode_mp4(gradient_frames(FRAMES), spec(), existing, cancel=cancel)
    with pytest.raises(ExportError):
        encode_mp4([b"short"], spec(1), existing)
    assert existing.read_bytes() == b"the export of yesterday"
    assert leftovers(tmp_path) == []


def test_ffmpeg_errors_carry_ffmpegs_own_words(tmp_path):
    broken = tmp_path / "broken.wav"
    broken.write_bytes(b"RIFF, but not really")
    with pytest.raises(ExportError) as caught:
        encode_mp4(gradient_frames(5), spec(5), tmp_path / "out.mp4", audio_wav=broken)
    assert "broken.wav" in str(caught.value)
    assert not (tmp_path / "out.mp4").exists()
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(
    "options, message",
    [
        ({"width": 321}, "video width must be an even whole number of pixels"),
        ({"height": 0}, "video height must be an even whole number of pixels"),
        ({"fps": 0}, "frame rate must be above 0; got 0"),
        ({"frame_count": 0}, "frame count must be at least 1; got 0"),
        ({"preset": "quick"}, "preset must be one of ultrafast, superfast"),
    ],
)
def test_a_bad_video_spec_is_refused_with_the_value(options, message):
    values = {"width": WIDTH, "height": HEIGHT, "fps": FPS, "frame_count": 10}
    with pytest.raises(ValueError, match=message):
        VideoSpec(**(values | options))


def test_memory_stays_flat_however_many_frames(tmp_path):
    frames = [gradient_frame(index) for index in range(30)]

    def stream(count):
        return (frames[index % 30] for index in range(count))

    encode_mp4(stream(300), spec(300, preset="ultrafast"), tmp_path / "warm.mp4")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    encode_mp4(stream(3000), spec(3000, preset="ultrafast"), tmp_path / "long.mp4")
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before

    # 3000 frames are 690 MB; holding even a twentieth of them would show.
    assert grown < 30_000
    assert probe(tmp_path / "long.mp4").duration == pytest.approx(100, abs=1 / FPS)
