"""Mixing voice-overs and a music bed into one soundtrack of the video's length."""

import numpy as np
import pytest
from render_media import (
    FPS,
    HEIGHT,
    WIDTH,
    decode_audio,
    gradient_frames,
    read_wav,
    write_sine,
)

from studio.render.encode import (
    AUDIO_RATE,
    AudioClip,
    VideoSpec,
    encode_mp4,
    mix_audio,
    probe,
)


@pytest.fixture
def sine_bytes(tmp_path):
    """Makes a sine WAV (mono, 44.1 kHz unless told) and returns its bytes."""

    def make(seconds: float, **options) -> bytes:
        path = write_sine(tmp_path / "source.wav", seconds, **options)
        return path.read_bytes()

    return make


def rms(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(samples**2)))


def test_nothing_to_mix_gives_no_soundtrack(tmp_path, sine_bytes):
    assert mix_audio([], 2.0, tmp_path / "mix.wav") is None
    late = AudioClip(sine_bytes(0.5), ".wav", start=2.0)
    assert mix_audio([late], 2.0, tmp_path / "mix.wav") is None
    assert list(tmp_path.glob("mix*")) == []


def test_the_mix_is_48_khz_stereo_and_exactly_as_long_as_the_video(
    tmp_path, sine_bytes
):
    voice = AudioClip(sine_bytes(0.5, rate=22_050), ".wav", start=0.0)
    duration = 61 / 30  # not a whole number of milliseconds

    samples, rate = read_wav(mix_audio([voice], duration, tmp_path / "mix.wav"))

    assert rate == AUDIO_RATE
    assert samples.shape == (round(duration * AUDIO_RATE), 2)


def test_a_voice_over_starts_where_it_is_placed(tmp_path, sine_bytes):
    voice = AudioClip(sine_bytes(0.5), ".wav", start=0.75)
    samples, _ = read_wav(mix_audio([voice], 2.0, tmp_path / "mix.wav"))

    onset = int(np.argmax(abs(samples[:, 0]) > 0.05))
    assert onset == pytest.approx(0.75 * AUDIO_RATE, abs=AUDIO_RATE * 0.002)
    assert abs(samples[: int(0.74 * AUDIO_RATE)]).max() == 0
    assert rms(samples[int(0.8 * AUDIO_RATE) : int(1.2 * AUDIO_RATE)]) > 0.3
    assert abs(samples[int(1.26 * AUDIO_RATE) :]).max() == 0


def test_a_voice_over_running_past_the_end_is_cut_off(tmp_path, sine_bytes):
    voice = AudioClip(sine_bytes(3.0), ".wav", start=1.0)
    samples, _ = read_wav(mix_audio([voice], 2.0, tmp_path / "mix.wav"))
    assert len(samples) == 2 * AUDIO_RATE
    assert rms(samples[-AUDIO_RATE // 10 :]) > 0.3


def test_a_music_bed_loops_to_the_end_and_fades_out(tmp_path, sine_bytes):
    bed = AudioClip(sine_bytes(0.4), ".wav", start=0.0, loop=True, fade_out=0.5)
    samples, _ = read_wav(mix_audio([bed], 3.0, tmp_path / "mix.wav"))

    second = AUDIO_RATE
    middle = rms(samples[int(1.5 * second) : int(2.0 * second)])
    assert middle > 0.3  # well past the 0.4 s the bed lasts
    assert rms(samples[int(2.6 * second) : int(2.75 * second)]) < middle * 0.75
    assert abs(samples[-100:]).max() < 0.02


def test_volume_scales_a_clip_and_clips_add_up(tmp_path, sine_bytes):
    quiet = AudioClip(sine_bytes(1.0, amplitude=0.4), ".wav", start=0.0, volume=0.5)
    samples, _ = read_wav(mix_audio([quiet], 1.0, tmp_path / "quiet.wav"))
    assert abs(samples[1000:40000]).max() == pytest.approx(0.2, abs=0.01)

    both = [quiet, AudioClip(sine_bytes(1.0, amplitude=0.4), ".wav", start=0.0)]
    samples, _ = read_wav(mix_audio(both, 1.0, tmp_path / "both.wav"))
    assert abs(samples[1000:40000]).max() == pytest.approx(0.6, abs=0.02)


def test_a_mixed_soundtrack_goes_into_the_mp4_at_the_videos_length(
    tmp_path, sine_bytes
):
    frames = 60
    clips = [
        AudioClip(sine_bytes(0.6, freq=300), ".wav", start=0.0, loop=True),
        AudioClip(sine_bytes(0.5, freq=900), "wav", start=0.5, volume=0.8),
    ]
    wav = mix_audio(clips, frames / FPS, tmp_path / "mix.wav")
    output = encode_mp4(
        gradient_frames(frames),
        VideoSpec(WIDTH, HEIGHT, FPS, frames),
        tmp_path / "out.mp4",
        audio_wav=wav,
    )

    info = probe(output)
    assert (info.audio_codec, info.audio_rate) == ("aac", AUDIO_RATE)
    assert info.duration == pytest.approx(2.0, abs=1 / FPS)
    assert len(decode_audio(output)) == pytest.approx(
        2 * AUDIO_RATE, abs=AUDIO_RATE / FPS
    )


@pytest.mark.parametrize(
    "options, message",
    [
        ({"start": -1.0}, "audio start must be 0 s or later; got -1.0"),
        ({"volume": -0.5}, "audio volume must be 0 or more; got -0.5"),
        ({"fade_out": -2}, "fade-out must be 0 s or more; got -2"),
        ({"data": b""}, "audio clip has no data"),
    ],
)
def test_a_bad_audio_clip_is_refused(options, message):
    values = {"data": b"RIFF", "suffix": ".wav", "start": 0.0}
    with pytest.raises(ValueError, match=message):
        AudioClip(**(values | options))
