"""Synthetic frames and sounds for the encoding tests: no media files needed."""

import subprocess
import wave
from pathlib import Path

import numpy as np

from studio.render.encode import AUDIO_RATE, ffmpeg_exe

WIDTH, HEIGHT, FPS = 320, 180, 30


def gradient_frame(index: int, width: int = WIDTH, height: int = HEIGHT) -> bytes:
    """A BGRA frame whose gradient moves four pixels a frame."""
    x = (np.arange(width) * 255 // width + index * 4) % 256
    frame = np.empty((height, width, 4), np.uint8)
    frame[..., 0] = x[None, :]
    frame[..., 1] = (np.arange(height) * 255 // height)[:, None]
    frame[..., 2] = 96
    frame[..., 3] = 255
    return frame.tobytes()


def gradient_frames(count: int, width: int = WIDTH, height: int = HEIGHT):
    for index in range(count):
        yield gradient_frame(index, width, height)


def write_sine(
    path: Path,
    seconds: float,
    *,
    rate: int = 44_100,
    channels: int = 1,
    freq: float = 440.0,
    amplitude: float = 0.5,
) -> Path:
    t = np.arange(round(seconds * rate)) / rate
    samples = (amplitude * np.sin(2 * np.pi * freq * t) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(np.repeat(samples, channels).tobytes())
    return path


def read_wav(path: Path) -> tuple[np.ndarray, int]:
    """Samples as floats in -1..1, shape (frames, channels), and the rate."""
    with wave.open(str(path), "rb") as source:
        raw = source.readframes(source.getnframes())
        shape = (-1, source.getnchannels())
        samples = np.frombuffer(raw, "<i2").reshape(shape) / 32768
        return samples, source.getframerate()


def decode_audio(path: Path) -> np.ndarray:
    """The audio track of any media file as 48 kHz stereo floats."""
    command = [ffmpeg_exe(), "-v", "error", "-i", str(path), "-vn", "-f", "s16le"]
    command += ["-ac", "2", "-ar", str(AUDIO_RATE), "-"]
    raw = subprocess.run(command, capture_output=True, check=True).stdout
    return np.frombuffer(raw, "<i2").reshape(-1, 2) / 32768


def leftovers(folder: Path) -> list[str]:
    """Hidden part files an export may have left behind."""
    return sorted(p.name for p in folder.iterdir() if ".part." in p.name)
