"""Writes the sample's voice-overs and music bed into ``assets/``.

    python projects/betalingsherinnering/make_audio.py

The voice-overs are spoken by espeak-ng (Debian package ``espeak-ng``) and say
only what is the same for every viewer: the name, the amount and the date are on
screen, never in the baked voice. The music bed is synthesised here: a soft chord
progression of sine tones, so that its licence is this repository's. Both are
encoded to MP3 with the ffmpeg that imageio-ffmpeg ships.
"""

from __future__ import annotations

import io
import subprocess
import tempfile
import wave
from pathlib import Path

import imageio_ffmpeg
import numpy as np

ASSETS = Path(__file__).resolve().parent / "assets"
RATE = 44_100

VOICE_OVER = {
    "welkom": {
        "nl": "Hallo. We hebben een bericht over uw rekening. "
        "Het duurt maar een minuut.",
        "en": "Hello. We have a message about your bill. It only takes a minute.",
    },
    "bedrag": {
        "nl": "Er staat nog een bedrag open. U ziet het bedrag en de datum in beeld.",
        "en": "There is still an amount open. You can see the amount and the date.",
    },
    "uitleg": {
        "nl": "Betaalt u op tijd? Dan is alles in orde. Lukt dat niet? "
        "Dat kan gebeuren. Vertel het ons. Dan zoeken we samen een oplossing.",
        "en": "Do you pay on time? Then everything is fine. Can't you? "
        "That can happen. Tell us, and we will find a solution together.",
    },
    "keuze": {
        "nl": "Wat wilt u doen? Nu betalen, betalen in termijnen, of hulp vragen. "
        "Elke keuze is goed.",
        "en": "What would you like to do? Pay now, pay in instalments, or ask for "
        "help. Every choice is fine.",
    },
}
VOICES = {"nl": "nl", "en": "en-gb"}


def to_mp3(wav: bytes, target: Path, bitrate: str) -> None:
    subprocess.run(
        [
            imageio_ffmpeg.get_ffmpeg_exe(),
            "-v",
            "error",
            "-y",
            "-f",
            "wav",
            "-i",
            "-",
            "-codec:a",
            "libmp3lame",
            "-b:a",
            bitrate,
            "-map_metadata",
            "-1",
            "-fflags",
            "+bitexact",
            "-flags:a",
            "+bitexact",
            str(target),
        ],
        input=wav,
        check=True,
    )


def speak(text: str, language: str) -> bytes:
    with tempfile.NamedTemporaryFile(suffix=".wav") as out:
        subprocess.run(
            ["espeak-ng", "-v", VOICES[language], "-s", "150", "-w", out.name, text],
            check=True,
        )
        return Path(out.name).read_bytes()


def music_bed(seconds: float = 16.0) -> bytes:
    """Four gentle chords, two bars each, that loop without a click."""
    t = np.arange(int(seconds * RATE)) / RATE
    chords = [
        (261.63, 329.63, 392.00),
        (220.00, 261.63, 329.63),
        (174.61, 220.00, 261.63),
        (196.00, 246.94, 293.66),
    ]
    length = seconds / len(chords)
    signal = np.zeros_like(t)
    for index, chord in enumerate(chords):
        local = t - index * length
        inside = (local >= 0) & (local < length)
        envelope = np.sin(np.pi * np.clip(local / length, 0, 1)) ** 2
        for tone in chord:
            signal += inside * envelope * np.sin(2 * np.pi * tone * t) / len(chord)
    pcm = (signal * 0.3 * 32767).astype("<i2")
    stereo = np.repeat(pcm[:, None], 2, axis=1)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as stream:
        stream.setnchannels(2)
        stream.setsampwidth(2)
        stream.setframerate(RATE)
        stream.writeframes(stereo.tobytes())
    return buffer.getvalue()


def main() -> None:
    for scene, texts in VOICE_OVER.items():
        for language, text in texts.items():
            target = ASSETS / f"stem-{scene}-{language}.mp3"
            to_mp3(speak(text, language), target, "48k")
    to_mp3(music_bed(), ASSETS / "muziek.mp3", "96k")


if __name__ == "__main__":
    main()
