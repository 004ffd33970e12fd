"""Encoding: raw frames become an MP4 or a GIF through ffmpeg.

The renderer hands over one frame at a time as BGRA bytes (a premultiplied-alpha
``QImage``'s memory on a little-endian machine, rows without padding). Frames are
written straight into the stdin of the ffmpeg binary that ``imageio-ffmpeg`` ships,
so memory stays flat however long the video is, and ffmpeg encodes while the next
frame is being painted.

Every export is written to a hidden ``.part`` file beside the output and renamed
onto the output only when ffmpeg succeeded. A cancelled or failed export leaves no
file under the output name, and a file already there stays as it was.

Audio is mixed with moviepy into one WAV first (:func:`mix_audio`); the encoder then
pads or trims that WAV to the video's length, because the frames decide how long a
video is.
"""

from __future__ import annotations

import functools
import logging
import math
import re
import subprocess
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import imageio_ffmpeg

from studio.render.files import staged

logger = logging.getLogger(__name__)

AUDIO_RATE = 48_000
BYTES_PER_PIXEL = 4  # BGRA
STDERR_TAIL = 25  # lines of ffmpeg's stderr kept for error messages

Progress = Callable[[int, int], None]
X264_PRESETS = (
    *("ultrafast", "superfast", "veryfast", "faster", "fast"),
    *("medium", "slow", "slower", "veryslow", "placebo"),
)


class ExportError(RuntimeError):
    """An export failed; the message carries the end of ffmpeg's own report."""


class ExportCancelled(Exception):
    """The export was cancelled; nothing was written under the output name.

    Deliberately not an :class:`ExportError`, so that code reporting failures does
    not show a cancel as one.
    """


@dataclass
class VideoSpec:
    """Size, rate and length of a video, and the H.264 quality settings."""

    width: int
    height: int
    fps: float
    frame_count: int
    crf: int = 20
    preset: str = "veryfast"
    # The same frames give the same bytes: one encoder thread and no version tags
    # (a package must come out byte for byte the same from the same template).
    reproducible: bool = False

    def __post_init__(self) -> None:
        for name in ("width", "height"):
            value = getattr(self, name)
            if not isinstance(value, int) or value < 2 or value % 2:
                raise ValueError(
                    f"video {name} must be an even whole number of pixels, at "
                    f"least 2 (H.264 with 4:2:0 colour needs it); got {value!r}"
                )
        if not self.fps > 0 or not math.isfinite(self.fps):
            raise ValueError(f"frame rate must be above 0; got {self.fps!r}")
        if not isinstance(self.frame_count, int) or self.frame_count < 1:
            raise ValueError(
                f"frame count must be at least 1; got {self.frame_count!r}"
            )
        if not 0 <= self.crf <= 51:
            raise ValueError(f"crf must be from 0 to 51; got {self.crf!r}")
        if self.preset not in X264_PRESETS:
            raise ValueError(
                f"preset must be one of {', '.join(X264_PRESETS)}; got {self.preset!r}"
            )

    @property
    def frame_bytes(self) -> int:
        return self.width * self.height * BYTES_PER_PIXEL

    @property
    def duration(self) -> float:
        """Seconds, from the frame count: the length the audio is fitted to."""
        return self.frame_count / self.fps


@dataclass
class AudioClip:
    """A sound placed on the video's timeline.

    A voice-over plays once from ``start`` seconds; a music bed (``loop``) repeats
    until the video ends. ``fade_out`` seconds fade to silence where the clip stops,
    which for a bed is the end of the video.
    """

    data: bytes
    suffix: str  # ".wav", ".mp3" ...: tells ffmpeg how to read ``data``
    start: float
    volume: float = 1.0
    loop: bool = False
    fade_out: float = 0.0

    def __post_init__(self) -> None:
        if self.start < 0:
            raise ValueError(f"audio start must be 0 s or later; got {self.start!r}")
        if self.volume < 0:
            raise ValueError(f"audio volume must be 0 or more; got {self.volume!r}")
        if self.fade_out < 0:
            raise ValueError(f"fade-out must be 0 s or more; got {self.fade_out!r}")
        if not self.data:
            raise ValueError("audio clip has no data")


@dataclass(frozen=True)
class MediaInfo:
    """What ffmpeg reports about a media file. Video fields are None without video."""

    duration: float
    width: int | None
    height: int | None
    fps: float | None
    video_codec: str | None
    pix_fmt: str | None
    audio_codec: str | None
    audio_rate: int | None
    audio_layout: str | None = None  # "mono", "stereo", "5.1(side)" ...


def ffmpeg_exe() -> str:
    return imageio_ffmpeg.get_ffmpeg_exe()


# --- running ffmpeg ------------------------------------------------------------


class _Ffmpeg:
    """One ffmpeg process; the tail of its stderr is kept for error messages.

    Used as a context manager: leaving the block with an exception kills ffmpeg.
    """

    def __init__(self, args: list[str], *, stdin: bool = False):
        command = [ffmpeg_exe(), "-hide_banner", "-nostats", "-loglevel", "warning"]
        logger.debug("ffmpeg %s", " ".join(args))
        self.proc = subprocess.Popen(
            [*command, *args],
            stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        self.tail: deque[str] = deque(maxlen=STDERR_TAIL)
        # stderr must be drained all along, or ffmpeg blocks once the pipe is full.
        self._drain = threading.Thread(target=self._read_stderr, daemon=True)
        self._drain.start()

    def _read_stderr(self) -> None:
        for line in iter(self.proc.stderr.readline, b""):
            self.tail.append(line.decode("utf-8", "replace").rstrip())

    def __enter__(self) -> _Ffmpeg:
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if kind is not None and self.proc.poll() is None:
            self.proc.kill()
        if self.proc.stdin is not None and not self.proc.stdin.closed:
            try:
                self.proc.stdin.close()
            except BrokenPipeError:
                pass  # ffmpeg is gone; there is nobody left to flush to
        self.proc.wait()
        self._drain.join()
        self.proc.stderr.close()

    def write(self, data: memoryview) -> None:
        try:
            self.proc.stdin.write(data)
        except BrokenPipeError:
            raise self.failure("ffmpeg stopped reading frames") from None

    def finish(self, cancel: threading.Event | None = None) -> None:
        """Wait for ffmpeg to end on its own; raise if it failed or on cancel."""
        if self.proc.stdin is not None:
            try:
                self.proc.stdin.close()
            except BrokenPipeError:
                raise self.failure("ffmpeg stopped reading frames") from None
        while True:
            try:
                self.proc.wait(timeout=0.1)
                break
            except subprocess.TimeoutExpired:
                _check_cancel(cancel)
        if self.proc.returncode != 0:
            raise self.failure("ffmpeg failed")

    def failure(self, what: str) -> ExportError:
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self._drain.join(timeout=5)
        report = "\n".join(self.tail) or "(ffmpeg wrote nothing)"
        return ExportError(f"{what} (exit code {self.proc.returncode}):\n{report}")


def _run(args: list[str], cancel: threading.Event | None = None) -> None:
    with _Ffmpeg(args) as ffmpeg:
        ffmpeg.finish(cancel)


def _check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise ExportCancelled("export cancelled")


def _feed(
    ffmpeg: _Ffmpeg,
    frames: Iterable[bytes],
    spec: VideoSpec,
    progress: Progress | None,
    cancel: threading.Event | None,
    starts: Sequence[int] | None = None,
) -> None:
    """Write every frame into ffmpeg's stdin, checking each one's size.

    With ``starts``, frame k is shown from output frame ``starts[k]`` until the
    next one starts; the last is sent once more to close the video's last frame.
    """
    total = spec.frame_count
    expected = total if starts is None else len(starts)
    # About a hundred reports per export, and at least one a second of video.
    step = max(1, min(total // 100, round(spec.fps)))
    done, reported = 0, 0
    for frame in frames:
        _check_cancel(cancel)
        if done == expected:
            raise ExportError(f"more frames than the {expected} this export expects")
        data = memoryview(frame).cast("B")
        if data.nbytes != spec.frame_bytes:
            raise ExportError(
                f"frame {done} has {data.nbytes} bytes; a {spec.width}x{spec.height} "
                f"BGRA frame has {spec.frame_bytes}"
            )
        ffmpeg.write(data)
        done += 1
        if done == expected and starts is not None and starts[-1] != total - 1:
            # Sent now: a caller may reuse or free the frame's memory once it
            # asks for the next.
            ffmpeg.write(data)
        shown = done if starts is None else (starts[done] if done < expected else total)
        if progress is not None and (shown - reported >= step or shown == total):
            progress(shown, total)
            reported = shown
    if done != expected:
        raise ExportError(f"got {done} frames; this export expects {expected}")


def _stream(
    args: list[str],
    frames: Iterable[bytes],
    spec: VideoSpec,
    progress: Progress | None,
    cancel: threading.Event | None,
    starts: Sequence[int] | None = None,
) -> None:
    with _Ffmpeg(args, stdin=True) as ffmpeg:
        _feed(ffmpeg, frames, spec, progress, cancel, starts)
        ffmpeg.finish(cancel)
        _check_cancel(cancel)


# --- MP4 -----------------------------------------------------------------------


def _number(value: float) -> str:
    return f"{value:.6f}".rstrip("0").rstrip(".")


def _raw_input(spec: VideoSpec) -> list[str]:
    size = f"{spec.width}x{spec.height}"
    rate = _number(spec.fps)
    return ["-f", "rawvideo", "-pix_fmt", "bgra", "-s", size, "-r", rate, "-i", "-"]


# BGRA to limited-range 4:2:0 with the BT.709 matrix, and tagged so, because
# players guess at untagged video (HD as BT.709, SD as BT.601). The tags go on the
# frames: the -color_primaries and -color_trc options alone leave them unknown.
_TO_YUV = (
    "scale=out_color_matrix=bt709:out_range=tv,format=yuv420p,"
    "setparams=colorspace=bt709:color_primaries=bt709:color_trc=bt709"
)


def _h264_output(spec: VideoSpec) -> list[str]:
    """H.264 High, 4:2:0, BT.709: what every browser and phone plays.

    A keyframe every two seconds keeps seeking in the web player quick.
    """
    gop = max(1, round(spec.fps * 2))
    return [
        *("-vf", _TO_YUV, "-c:v", "libx264"),
        *("-preset", spec.preset, "-crf", str(spec.crf)),
        *("-pix_fmt", "yuv420p", "-g", str(gop), "-movflags", "+faststart"),
        *(REPRODUCIBLE if spec.reproducible else ()),
    ]


# Output options that make an encode repeatable: x264's result depends on its
# thread count, which otherwise follows the machine's cores, and ffmpeg writes its
# own version into the file.
REPRODUCIBLE = (
    *("-threads", "1", "-fflags", "+bitexact"),
    *("-flags:v", "+bitexact", "-flags:a", "+bitexact", "-map_metadata", "-1"),
)


def _check_starts(starts: Sequence[int], spec: VideoSpec) -> list[int]:
    starts = list(starts)
    ascending = all(a < b for a, b in zip(starts, starts[1:], strict=False))
    if not starts or starts[0] != 0 or not ascending or starts[-1] >= spec.frame_count:
        raise ExportError(
            f"frame starts must rise from 0 to below {spec.frame_count}; "
            f"got {len(starts)} starts ending at {starts[-1] if starts else None}"
        )
    return starts


def _hold_expression(starts: list[int]) -> str:
    """``setpts`` that puts input frame N at output frame ``starts[N]``.

    Holds come in few runs, so the table is written as the few stretches in which
    ``starts[N] - N`` is the same.
    """
    stretches: list[tuple[int, int]] = []
    for index, start in enumerate(starts):
        offset = start - index
        if not stretches or stretches[-1][1] != offset:
            stretches.append((index, offset))
    expression = f"N+{stretches[-1][1]}"
    for (_, offset), (until, _) in zip(
        reversed(stretches[:-1]), reversed(stretches[1:]), strict=True
    ):
        expression = f"if(lt(N\\,{until})\\,N+{offset}\\,{expression})"
    return f"setpts=({expression})/(FRAME_RATE*TB)"


def _with_holds(video: list[str], starts: list[int], spec: VideoSpec) -> list[str]:
    """The output arguments with frames placed by ``starts`` and repeated after
    their colour conversion, so that a repeat costs the encoder alone."""
    index = video.index("-vf") + 1
    chain = f"{_hold_expression(starts)},{video[index]},fps=fps={_number(spec.fps)}"
    return [*video[:index], chain, *video[index + 1 :]]


def _audio_args(audio_wav: Path, spec: VideoSpec) -> tuple[list[str], list[str]]:
    """Input and output arguments that fit the audio to exactly the video's length."""
    length = _number(spec.duration)
    fit = f"apad=whole_dur={length},atrim=end={length}"
    inputs = ["-i", str(audio_wav)]
    outputs = [
        *("-map", "0:v:0", "-map", "1:a:0", "-af", fit),
        # The fast coder takes half the time of the default at 128 kb/s, with no
        # difference a voice-over and a soft music bed let one hear.
        *("-c:a", "aac", "-aac_coder", "fast", "-b:a", "128k"),
        *("-ar", str(AUDIO_RATE), "-ac", "2"),
    ]
    return inputs, outputs


def encode_mp4(
    frames: Iterable[bytes],
    spec: VideoSpec,
    output: Path,
    *,
    audio_wav: Path | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    starts: Sequence[int] | None = None,
) -> Path:
    """Encode ``spec.frame_count`` BGRA frames (and optionally a WAV) to an MP4.

    Frames may be ``bytes`` or anything exposing a contiguous buffer (``memoryview``,
    a numpy array). With ``starts`` (ascending output frame numbers, the first 0),
    only frames that change are sent: frame k holds from ``starts[k]`` until the
    next, and ffmpeg repeats it, after converting it once. Raises
    :class:`ExportCancelled` when ``cancel`` is set, :class:`ExportError` when a
    frame has the wrong size, the frame count is wrong or ffmpeg fails; any
    exception leaves no file under ``output``.
    """
    output = Path(output)
    started = time.perf_counter()
    audio_in, audio_out = _audio_args(Path(audio_wav), spec) if audio_wav else ([], [])
    video = _h264_output(spec)
    if starts is not None:
        starts = _check_starts(starts, spec)
        # The last frame is sent again at the very end, to say how long it holds.
        placed = (
            starts
            if starts[-1] == spec.frame_count - 1
            else starts + [spec.frame_count - 1]
        )
        video = _with_holds(video, placed, spec)
    with staged(output, ".part.mp4") as part:
        args = [*_raw_input(spec), *audio_in, *video, *audio_out]
        _stream(
            [*args, "-frames:v", str(spec.frame_count), "-f", "mp4", "-y", str(part)],
            frames,
            spec,
            progress,
            cancel,
            starts,
        )
    logger.info(
        "exported %s (%d frames, %.1f s of video) in %.1f s",
        output,
        spec.frame_count,
        spec.duration,
        time.perf_counter() - started,
    )
    return output


# --- GIF -----------------------------------------------------------------------


def _gif_attempts(width: int, fps: float) -> Iterator[tuple[int, float, int]]:
    """(width, fps, colours) from best to smallest.

    Colours go first because flat motion graphics lose little with fewer of them,
    then frame rate, and width last, because width is what keeps the words legible.
    """
    colours = 256
    while True:
        yield width, fps, colours
        if colours > 128:
            colours = 128
        elif fps > 6:
            fps = max(6, fps - 2)
        elif width > 240:
            width = max(240, int(width * 0.85) // 2 * 2)
        elif colours > 32:
            colours //= 2
        elif width > 160:
            width = 160
        else:
            return


def _keep_first(fps: float) -> str:
    """An ``fps`` filter that never drops the first frame: the thumbnail shows it.

    ffmpeg's fps filter keeps the last frame that falls into each output slot;
    rounding up puts the first frame in a slot of its own.
    """
    return f"fps={_number(fps)}:round=up"


def _gif_filter(width: int, fps: float, colours: int) -> str:
    return (
        f"{_keep_first(fps)},scale={width}:-1:flags=lanczos,split[a][b];"
        f"[a]palettegen=max_colors={colours}:stats_mode=full[p];"
        "[b][p]paletteuse=dither=bayer:bayer_scale=5:diff_mode=rectangle"
    )


def encode_gif(
    frames: Iterable[bytes],
    spec: VideoSpec,
    output: Path,
    *,
    max_bytes: int = 1_000_000,
    width: int = 480,
    fps: float = 10,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Path:
    """Encode a looping GIF of at most ``max_bytes``, smaller until it fits.

    The frames are first streamed into a lossless intermediate at the largest size
    wanted, so each smaller attempt re-reads a small file instead of re-rendering.
    The first frame is never dropped. Raises :class:`ExportError` when even the
    smallest attempt is too large.
    """
    output = Path(output)
    width = min(width, spec.width)
    fps = min(fps, spec.fps)
    with tempfile.TemporaryDirectory(prefix="helder-gif-") as work:
        master = Path(work) / "master.mkv"
        shrink = f"{_keep_first(fps)},scale={width}:-2:flags=lanczos"
        args = [*_raw_input(spec), "-vf", shrink, "-c:v", "ffv1", "-pix_fmt", "bgr0"]
        _stream([*args, "-y", str(master)], frames, spec, progress, cancel)
        with staged(output, ".part.gif") as part:
            _fit_gif(master, part, width, fps, max_bytes, cancel)
    logger.info("exported %s (%d bytes)", output, output.stat().st_size)
    return output


def _fit_gif(
    master: Path,
    part: Path,
    width: int,
    fps: float,
    max_bytes: int,
    cancel: threading.Event | None,
) -> None:
    size = 0
    for attempt in _gif_attempts(width, fps):
        graph = _gif_filter(*attempt)
        args = ["-i", str(master), "-filter_complex", graph, "-loop", "0"]
        _run([*args, "-f", "gif", "-y", str(part)], cancel)
        size = part.stat().st_size
        logger.debug("GIF at %d px, %s fps, %d colours: %d bytes", *attempt, size)
        if size <= max_bytes:
            return
    raise ExportError(
        f"the GIF is {size} bytes even at {attempt[0]} px, {_number(attempt[1])} fps "
        f"and {attempt[2]} colours; the limit is {max_bytes} bytes"
    )


# --- audio ---------------------------------------------------------------------


def mix_audio(
    clips: Iterable[AudioClip], duration: float, output_wav: Path
) -> Path | None:
    """Mix the clips into a 48 kHz stereo 16-bit WAV of exactly ``duration`` s.

    Returns None when there is nothing to mix. Sound past ``duration`` is cut off;
    a clip starting at or after it is left out.
    """
    clips = [clip for clip in clips if clip.start < duration]
    if not clips:
        return None
    output_wav = Path(output_wav)
    opened = []
    with tempfile.TemporaryDirectory(prefix="helder-audio-") as work:
        try:
            placed = [
                _place(
                    _audio_source(clip, Path(work) / f"clip{n}", opened), clip, duration
                )
                for n, clip in enumerate(clips)
            ]
            with staged(output_wav, ".part.wav") as part:
                _write_mix(placed, duration, part)
        finally:
            for source in opened:
                source.close()
    logger.debug("mixed %d audio clips into %.2f s", len(clips), duration)
    return output_wav


def _write_mix(placed: list, duration: float, wav: Path) -> None:
    from moviepy import CompositeAudioClip

    samples = round(duration * AUDIO_RATE)
    # Half a sample more, because moviepy truncates duration * rate.
    mix = CompositeAudioClip(placed).with_duration((samples + 0.5) / AUDIO_RATE)
    mix.write_audiofile(
        str(wav), fps=AUDIO_RATE, nbytes=2, codec="pcm_s16le", logger=None
    )


def _audio_source(clip: AudioClip, stem: Path, opened: list):
    """The clip's sound decoded to a 48 kHz stereo WAV, opened with moviepy."""
    from moviepy import AudioFileClip

    suffix = clip.suffix if clip.suffix.startswith(".") else f".{clip.suffix}"
    original = stem.with_suffix(suffix)
    original.write_bytes(clip.data)
    decoded = stem.with_name(f"{stem.name}-48k.wav")
    _decode_stereo(original, decoded)
    source = AudioFileClip(str(decoded), fps=AUDIO_RATE)
    source.reader.close = functools.partial(_close_reader, source.reader)
    opened.append(source)
    return source


def _decode_stereo(original: Path, decoded: Path) -> None:
    """Decode to 48 kHz stereo 16-bit PCM before moviepy sees the sound.

    Two reasons: ffmpeg's own mono-to-stereo puts a mono voice 3 dB lower on each
    side, where a voice-over should keep its level; and moviepy seeks on every
    repeat of a loop, which is exact in a WAV but not in an MP3 or AAC file.
    """
    layout = probe(original).audio_layout
    if layout is None:
        raise ExportError(f"{original.suffix} audio clip holds no sound ffmpeg reads")
    to_stereo = "pan=stereo|c0=c0|c1=c0," if layout == "mono" else ""
    _run(
        [
            *("-i", str(original), "-vn", "-af", f"{to_stereo}aresample={AUDIO_RATE}"),
            *("-ac", "2", "-c:a", "pcm_s16le", "-f", "wav", "-y", str(decoded)),
        ]
    )


def _close_reader(reader) -> None:
    """Stop a moviepy audio reader's ffmpeg and close its pipes.

    moviepy 2.2 leaves the pipes open when that ffmpeg has already reached the end
    of the file, which happens on every repeat of a looped clip; the open pipes
    then surface as ResourceWarnings.
    """
    proc, reader.proc = reader.proc, None
    if proc is None:
        return
    if proc.poll() is None:
        proc.terminate()
    proc.stdout.close()
    proc.stderr.close()
    proc.wait()


def _place(source, clip: AudioClip, duration: float):
    """Loop or cut the clip to the time it has, fade it, set volume and start."""
    from moviepy import afx

    room = duration - clip.start
    if clip.loop:
        source = source.with_effects([afx.AudioLoop(duration=room)])
    elif source.duration > room:
        source = source.subclipped(0, room)
    effects = []
    if clip.fade_out > 0:
        effects.append(afx.AudioFadeOut(min(clip.fade_out, source.duration)))
    if clip.volume != 1.0:
        effects.append(afx.MultiplyVolume(clip.volume))
    if effects:
        source = source.with_effects(effects)
    return source.with_start(clip.start)


# --- probing -------------------------------------------------------------------

_DURATION = re.compile(r"Duration: (\d+):(\d\d):(\d\d(?:\.\d+)?)")
_VIDEO = re.compile(r"Stream #.*?: Video: (\w+)[^,]*, (\w+)")
_SIZE = re.compile(r", (\d+)x(\d+)")
_FPS = re.compile(r"([\d.]+) fps")
_TBR = re.compile(r"([\d.]+) tbr")
_AUDIO = re.compile(r"Stream #.*?: Audio: (\w+).*?, (\d+) Hz, ([^,\s]+)")


def probe(path: Path) -> MediaInfo:
    """Read duration, size, rate and codecs from ``ffmpeg -i``'s report.

    ``imageio-ffmpeg`` ships no ffprobe. The container's duration has a precision
    of 10 ms. Raises :class:`ExportError` when ffmpeg cannot read the file.
    """
    result = subprocess.run(
        [ffmpeg_exe(), "-hide_banner", "-i", str(path)],
        capture_output=True,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    report = result.stderr.decode("utf-8", "replace")
    duration = _DURATION.search(report)
    if duration is None:
        tail = "\n".join(report.splitlines()[-STDERR_TAIL:])
        raise ExportError(f"ffmpeg cannot read {path}:\n{tail}")
    hours, minutes, seconds = duration.groups()
    video = _video_info(report)
    audio = _AUDIO.search(report)
    return MediaInfo(
        duration=int(hours) * 3600 + int(minutes) * 60 + float(seconds),
        **video,
        audio_codec=audio.group(1) if audio else None,
        audio_rate=int(audio.group(2)) if audio else None,
        audio_layout=audio.group(3) if audio else None,
    )


def _video_info(report: str) -> dict:
    line = next((ln for ln in report.splitlines() if _VIDEO.search(ln)), None)
    if line is None:
        keys = ("width", "height", "fps", "video_codec", "pix_fmt")
        return dict.fromkeys(keys)
    codec, pix_fmt = _VIDEO.search(line).groups()
    size = _SIZE.search(line)
    rate = _FPS.search(line) or _TBR.search(line)
    return {
        "width": int(size.group(1)) if size else None,
        "height": int(size.group(2)) if size else None,
        "fps": float(rate.group(1)) if rate else None,
        "video_codec": codec,
        "pix_fmt": pix_fmt,
    }


# --- benchmark floor and baseline ---------------------------------------------


def floor_encode(spec: VideoSpec, output: Path) -> float:
    """Wall seconds for ffmpeg alone to encode a scene like the baseline's.

    ffmpeg draws the scene itself (a background and a card sliding in), then does
    the same BGRA conversion and H.264 encode as :func:`encode_mp4`: no Python
    rendering and no pipe, so no export of ours can be faster. Busy test patterns
    such as ``testsrc2`` cost x264 far more than flat motion graphics and would
    put the floor above real exports.
    """
    output = Path(output)
    w, h, rate = spec.width, spec.height, _number(spec.fps)
    scene = (
        f"color=c=0xF6F3EC:s={w}x{h}:r={rate}[bg];"
        f"color=c=white:s={w // 2}x{h // 2}:r={rate}[card];"
        f"[bg][card]overlay=x='{w // 4}*min(1,t)':y={h // 4},format=bgra"
    )
    started = time.perf_counter()
    with staged(output, ".part.mp4") as part:
        args = ["-f", "lavfi", "-i", scene, "-frames:v", str(spec.frame_count)]
        _run([*args, *_h264_output(spec), "-f", "mp4", "-y", str(part)])
    return time.perf_counter() - started


def moviepy_baseline(spec: VideoSpec, output: Path) -> float:
    """Wall seconds for the same kind of scene built the plain way with moviepy.

    A background colour, a card sliding in, a bobbing badge and a button bar, each
    an ``ImageClip`` moved by a lambda, composited per frame by moviepy and written
    with the same H.264 settings. No ``TextClip``: the studio never uses it.
    """
    from moviepy import ColorClip, CompositeVideoClip

    output = Path(output)
    started = time.perf_counter()
    size = (spec.width, spec.height)
    background = ColorClip(size, color=(246, 243, 236), duration=spec.duration)
    scene = CompositeVideoClip([background, *_baseline_layers(spec)], size=size)
    with staged(output, ".part.mp4") as part:
        scene.write_videofile(
            str(part),
            fps=spec.fps,
            codec="libx264",
            preset=spec.preset,
            audio=False,
            ffmpeg_params=["-crf", str(spec.crf), "-movflags", "+faststart"],
            pixel_format="yuv420p",
            logger=None,
        )
    scene.close()
    return time.perf_counter() - started


def _baseline_layers(spec: VideoSpec) -> list:
    import numpy as np
    from moviepy import ImageClip

    w, h, length = spec.width, spec.height, spec.duration
    card = np.zeros((h // 2, w // 2, 4), np.uint8)
    card[...] = (255, 255, 255, 235)
    badge = np.zeros((h // 5, h // 5, 4), np.uint8)
    yy, xx = np.mgrid[: h // 5, : h // 5]
    radius = h // 10
    badge[(yy - radius) ** 2 + (xx - radius) ** 2 < radius**2] = (224, 86, 40, 255)
    button = np.zeros((h // 10, w // 4, 4), np.uint8)
    button[...] = (20, 110, 90, 255)

    def layer(pixels, position):
        clip = ImageClip(pixels, transparent=True, duration=length)
        return clip.with_position(position)

    return [
        layer(card, lambda t: (int(w / 4 * min(1.0, t)), h // 4)),
        layer(badge, lambda t: (w // 8, int(h / 8 + h / 40 * np.sin(2 * np.pi * t)))),
        layer(button, lambda t: (w // 2, int(h - (h / 4) * min(1.0, t / 2)))),
    ]


def h264_arguments(spec: VideoSpec) -> list[str]:
    """The video output arguments of every export, for measuring against them."""
    return _h264_output(spec)


def encode_aac(
    audio_wav: Path,
    duration: float,
    output: Path,
    *,
    cancel=None,
    reproducible: bool = False,
) -> Path:
    """The soundtrack as AAC in an M4A, padded or cut to exactly ``duration`` s.

    Encoded apart from the video, so that it can be made while the frames are.
    ``audio_wav`` may be any sound file ffmpeg reads. With ``reproducible``, the
    same sound gives the same bytes.
    """
    length = _number(duration)
    with staged(Path(output), ".part.m4a") as part:
        _run(
            [
                *("-i", str(audio_wav), "-vn"),
                *("-af", f"apad=whole_dur={length},atrim=end={length}"),
                *("-c:a", "aac", "-aac_coder", "fast", "-b:a", "128k"),
                *("-ar", str(AUDIO_RATE), "-ac", "2"),
                # A file of its own (a package's music) is played from the start
                # while it loads: its index goes first.
                *((*REPRODUCIBLE, "-movflags", "+faststart") if reproducible else ()),
                *("-f", "mp4", "-y", str(part)),
            ],
            cancel,
        )
    return Path(output)


def mux(video: Path, audio: Path | None, output: Path) -> Path:
    """Join an encoded video and soundtrack into ``output`` without re-encoding."""
    with staged(Path(output), ".part.mp4") as part:
        inputs = ["-i", str(video), *(["-i", str(audio)] if audio else [])]
        maps = ["-map", "0:v:0", *(["-map", "1:a:0"] if audio else [])]
        _run(
            [
                *inputs,
                *maps,
                "-c",
                "copy",
                "-movflags",
                "+faststart",
                "-f",
                "mp4",
                "-y",
                str(part),
            ]
        )
    return Path(output)
