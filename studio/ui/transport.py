"""The transport: plays the current scene in real time, with its sound.

The picture clock counts elapsed time, not timer ticks, so that a slow repaint
skips frames instead of slowing the scene down. Like the video, playback holds at
a decision: on the hold frame of a scene whose choices pause (see
:func:`hold_frame`) the clock stops and waits for a choice; the canvas then takes
clicks and keys as the viewer's (:mod:`studio.ui.preview_choices`).

The scene's sound (its voice-overs in the language shown, and the music bed) is
mixed on a worker thread the first time it is asked for, kept per scene, language,
sample row and template revision, and played through QtMultimedia; while it
plays, the picture follows the sound. Without a sound output the scene plays
silent.
"""

from __future__ import annotations

import hashlib
import logging
import tempfile
import threading
import wave
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QElapsedTimer,
    QIODevice,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtMultimedia import QAudio, QAudioFormat, QAudioSink, QMediaDevices

from studio.model.story import hold_frame, shown_choices
from studio.render.encode import AudioClip, ExportError, mix_audio
from studio.render.export import audio_clips
from studio.render.resolve import condition_holds, resolve_row
from studio.render.text import RenderError
from studio.render.timeline import ScenePlay, Timeline
from studio.ui.document import Document

logger = logging.getLogger(__name__)

TICK_MS = 8  # how often the clock is read; well under one frame at 60 fps
KEPT_SOUNDS = 4  # mixes kept, so that going back and forth between scenes is quick


@dataclass(frozen=True)
class SceneSound:
    """A scene's mixed sound as interleaved signed 16-bit little-endian PCM."""

    pcm: bytes
    rate: int
    channels: int

    @property
    def bytes_per_second(self) -> int:
        return self.rate * self.channels * 2

    @property
    def seconds(self) -> float:
        return len(self.pcm) / self.bytes_per_second

    def offset(self, seconds: float) -> int:
        """The byte where ``seconds`` starts, on a whole sample of all channels."""
        sample = self.channels * 2
        start = int(max(0.0, seconds) * self.rate) * sample
        return min(start, len(self.pcm) // sample * sample)


def scene_clips(document: Document) -> tuple[list[AudioClip], float]:
    """The sounds of the current scene as the export would mix them, and the
    scene's length in seconds. Reads the asset bytes: call on the interface
    thread, where the project file is used."""
    template, scene = document.template, document.scene
    values, language = document.values, document.language
    row = resolve_row(template, values, language, keep_placeholders=not values)
    timeline = Timeline(template, language, values, row)
    timeline.plays.append(ScenePlay(scene, 0))
    return audio_clips(timeline, document.project.asset_bytes), timeline.seconds


def mix_scene_sound(clips: list[AudioClip], seconds: float) -> SceneSound | None:
    """Mix ``clips`` into PCM of exactly ``seconds``; None when there is no sound.

    Takes as long as ffmpeg needs to decode the clips: run it off the interface
    thread.
    """
    with tempfile.TemporaryDirectory(prefix="helder-sound-") as folder:
        wav = mix_audio(clips, seconds, Path(folder) / "scene.wav")
        if wav is None:
            return None
        with wave.open(str(wav), "rb") as reader:
            if reader.getsampwidth() != 2:
                raise ExportError("the scene's sound mix is not 16-bit PCM")
            return SceneSound(
                reader.readframes(reader.getnframes()),
                reader.getframerate(),
                reader.getnchannels(),
            )


class _Relay(QObject):
    """Carries finished mixes from worker threads to the interface thread.

    There is one for the application, never deleted, so that a worker outliving
    its transport still emits on a live object; the queued signal then finds no
    receiver, as Qt drops the connections of a deleted transport.
    """

    # key, content, SceneSound or None, error text
    sig_mixed = Signal(object, object, object, str)


_relay: _Relay | None = None


def _the_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


class _SoundOutput:
    """One scene's sound playing on the default output, from a given offset."""

    def __init__(self, sound: SceneSound, seconds: float, parent: QObject):
        device = QMediaDevices.defaultAudioOutput()
        audio_format = QAudioFormat()
        audio_format.setSampleRate(sound.rate)
        audio_format.setChannelCount(sound.channels)
        audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not device.isFormatSupported(audio_format):
            raise OSError(f"{device.description()} cannot play 16-bit PCM")
        self.sound = sound
        self.start_seconds = sound.offset(seconds) / sound.bytes_per_second
        self.buffer = QBuffer(parent)
        self.buffer.setData(QByteArray(sound.pcm))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.buffer.seek(sound.offset(seconds))
        self.sink = QAudioSink(device, audio_format, parent)
        self.sink.start(self.buffer)

    def position(self) -> float | None:
        """Seconds into the scene that are being heard now, once sound flows."""
        if self.sink.state() != QAudio.State.ActiveState:
            return None
        played = self.sink.processedUSecs() / 1e6
        queued = self.sink.bufferSize() - self.sink.bytesFree()
        heard = played - queued / self.sound.bytes_per_second
        return self.start_seconds + heard if heard > 0 else None

    def close(self) -> None:
        self.sink.stop()
        self.buffer.close()
        self.sink.deleteLater()
        self.buffer.deleteLater()


class Transport(QObject):
    """Play and pause the current scene of a document, with sound where there is
    an output for it.

    Signals
    -------
    sig_playing_changed
        The clock started (True) or stopped (False): stopped also when it holds
        at a decision.
    sig_preview_changed
        The preview began (True: playing, or holding at a decision) or ended
        (False: stopped, back to editing).
    sig_waiting
        Holding for the viewer's choice: the words to show, in the interface
        language; an empty string when it no longer waits.
    sig_message
        Something the user should know, in the interface language (no sound
        output, a mix that failed).
    sig_sound_ready
        A mix asked for with :meth:`request_sound` is done (a SceneSound, or None
        for a silent scene or a failed mix).
    """

    sig_playing_changed = Signal(bool)
    sig_preview_changed = Signal(bool)
    sig_waiting = Signal(str)
    sig_message = Signal(str)
    sig_sound_ready = Signal(object)

    def __init__(self, document: Document, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.loop = False  # play the scene again and again
        self.onward = True  # at a scene's end go on to the scene it leads to
        self._changing_scene = False
        self._holding = False  # stopped at a decision, still previewing
        self._waiting = False  # holding for a choice, and saying so
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._clock = QElapsedTimer()
        self._origin = 0.0  # scene seconds at which the clock was started
        self._moving = False  # the transport itself is moving the playhead
        self._output: _SoundOutput | None = None
        self._sounds: OrderedDict[tuple, SceneSound | None] = OrderedDict()
        # The same mixes by what went into them: most edits leave the sound alone.
        self._by_content: OrderedDict[tuple, SceneSound | None] = OrderedDict()
        self._mixing: set[tuple] = set()
        self._told_no_output = False
        _the_relay().sig_mixed.connect(self._mixed)
        document.sig_frame_changed.connect(self._frame_moved)
        document.sig_scene_changed.connect(self._scene_changed)
        document.sig_variant_changed.connect(self._variant_changed)

    @property
    def is_playing(self) -> bool:
        return self._timer.isActive()

    @property
    def is_holding(self) -> bool:
        """Stopped at a decision, as the video holds for the viewer's choice."""
        return self._holding

    @property
    def in_preview(self) -> bool:
        """Playing, or holding at a decision: the canvas answers as the video."""
        return self.is_playing or self._holding

    @property
    def changing_scene(self) -> bool:
        """The transport itself is going to another scene (playing on, following
        a choice, going back to one)."""
        return self._changing_scene

    def toggle(self) -> None:
        if self.is_playing:
            self.pause()
        else:
            self.play()

    def play(self) -> None:
        """Play from the playhead; from the start when it stands where the scene
        ends or holds, so that playing again shows the scene again."""
        scene = self.document.scene
        if self.is_playing or scene is None:
            return
        was_previewing = self.in_preview
        self._end_hold()
        hold = None if self.loop else self.hold_frame()
        if self.document.frame >= (scene.duration - 1 if hold is None else hold):
            self._move_playhead(0)
        self._start_clock(self.document.frame)
        self._timer.start()
        logger.debug("playing scene %s from frame %d", scene.id, self.document.frame)
        self.sig_playing_changed.emit(True)
        if not was_previewing:
            self.sig_preview_changed.emit(True)
        self._start_sound()

    def pause(self) -> None:
        """Stop playing, or holding at a decision: back to editing."""
        if not self.in_preview:
            return
        playing = self.is_playing
        self._timer.stop()
        self._stop_sound()
        self._end_hold()
        if playing:
            self.sig_playing_changed.emit(False)
        self.sig_preview_changed.emit(False)

    def hold(self, *, waiting: bool = True) -> None:
        """Stop the clock at the playhead and stay in the preview, as the video
        does at a decision; ``waiting`` says it waits for the viewer's choice."""
        playing, was_previewing = self.is_playing, self.in_preview
        self._timer.stop()
        self._stop_sound()
        self._holding = True
        if playing:
            self.sig_playing_changed.emit(False)
        if not was_previewing:
            self.sig_preview_changed.emit(True)
        if waiting != self._waiting:
            self._waiting = waiting
            self.sig_waiting.emit(self.tr("Waiting for a choice") if waiting else "")
        if waiting:
            logger.debug(
                "holding scene %s at frame %d",
                self.document.scene_id,
                self.document.frame,
            )

    def play_scene(self, scene_id: str) -> bool:
        """Play ``scene_id`` from its first frame, as a choice that leads there
        does; a scene whose condition fails for the row is passed over, as the
        video passes it. False when that leaves no scene to play."""
        scene = self._playable(scene_id)
        if scene is None:
            return False
        playing, was_previewing = self.is_playing, self.in_preview
        self._end_hold()
        self._go_on_to(scene)
        if not playing:
            self._timer.start()
            self.sig_playing_changed.emit(True)
        if not was_previewing:
            self.sig_preview_changed.emit(True)
        return True

    def hold_at(self, scene_id: str, frame: int) -> None:
        """Show ``frame`` of ``scene_id`` and hold there for a choice."""
        self._changing_scene = True
        try:
            self.document.set_scene(scene_id)
        finally:
            self._changing_scene = False
        self._move_playhead(frame)
        self.hold(waiting=True)

    def hold_frame(self) -> int | None:
        """Where the current scene holds for a choice of the shown row, or None."""
        scene = self.document.scene
        if scene is None:
            return None
        return hold_frame(scene, self._choices(scene))

    def _choices(self, scene):
        template, values = self.document.template, self.document.values
        return shown_choices(
            scene, lambda layer: condition_holds(template, layer.condition, values)
        )

    def _end_hold(self) -> None:
        self._holding = False
        if self._waiting:
            self._waiting = False
            self.sig_waiting.emit("")

    # -- the clock ------------------------------------------------------------

    def _start_clock(self, frame: int) -> None:
        self._origin = frame / self.document.template.fps
        self._clock.start()

    def _position(self) -> float:
        """Seconds into the scene: the sound's position while it is heard."""
        if self._output is not None:
            heard = self._output.position()
            if heard is not None:
                return heard
        return self._origin + self._clock.elapsed() / 1000

    def _tick(self) -> None:
        scene = self.document.scene
        if scene is None:
            self.pause()
            return
        frame = int(self._position() * self.document.template.fps + 1e-6)
        last = scene.duration - 1
        hold = None if self.loop else self.hold_frame()
        if hold is not None and frame >= hold:
            self._move_playhead(hold)
            self.hold()
            return
        if frame > last:
            if self.loop:
                self._restart_at(0)
                return
            following = self._next_scene() if self.onward else None
            if following is not None:
                self._go_on_to(following)
                return
            self._move_playhead(last)
            if any(c.visible_at(last, scene.duration) for c in self._choices(scene)):
                self.hold()  # the video ends here, its choices still on screen
            else:
                self.pause()
            return
        if frame > self.document.frame:
            self._move_playhead(frame)

    def _next_scene(self):
        """The scene this one leads to for the shown row, passing over scenes
        whose condition fails, as the video does; None where it waits for a
        choice or ends."""
        return self._playable(self.document.scene.next_scene)

    def _playable(self, scene_id: str | None):
        """``scene_id``, or the first scene after it whose condition holds for
        the shown row; None at the end of the video."""
        template = self.document.template
        values = self.document.values
        seen = set()
        while scene_id is not None and scene_id not in seen:
            seen.add(scene_id)
            try:
                scene = template.scene(scene_id)
            except KeyError:
                return None
            if not values or condition_holds(template, scene.condition, values):
                return scene
            scene_id = scene.next_scene
        return None

    def _go_on_to(self, scene) -> None:
        self._stop_sound()
        self._changing_scene = True
        try:
            self.document.set_scene(scene.id)
        finally:
            self._changing_scene = False
        self._move_playhead(0)
        self._start_clock(0)
        self._start_sound()

    def _scene_changed(self, _scene_id: str) -> None:
        # Another scene chosen by the user stops playback (and a hold); the
        # transport's own step to the next scene plays on.
        if not self._changing_scene:
            self.pause()

    def _move_playhead(self, frame: int) -> None:
        self._moving = True
        try:
            self.document.set_frame(frame)
        finally:
            self._moving = False

    def _restart_at(self, frame: int) -> None:
        self._stop_sound()
        self._move_playhead(frame)
        self._start_clock(self.document.frame)
        self._start_sound()

    def _frame_moved(self, frame: int) -> None:
        # Someone scrubbed while playing: carry on from where they put the
        # playhead. Scrubbing away from a decision ends the hold: editing again.
        if self._moving or self._changing_scene:
            return
        if self.is_playing:
            self._restart_at(frame)
        elif self._holding:
            self.pause()

    def _variant_changed(self) -> None:
        if self.is_playing:
            self._restart_at(self.document.frame)

    # -- the sound ------------------------------------------------------------

    def _sound_key(self) -> tuple:
        document = self.document
        return (
            id(self),
            document.scene_id,
            document.language,
            document.row_id,
            document.revision,
        )

    def _start_sound(self) -> None:
        if not QMediaDevices.audioOutputs():
            if not self._told_no_output:
                self._told_no_output = True
                self.sig_message.emit(self.tr("No sound output: playing without sound"))
            return
        key = self._sound_key()
        if key in self._sounds:
            self._play_sound(self._sounds[key])
        else:
            self.request_sound()

    def request_sound(self) -> None:
        """Mix the current scene's sound in the background, unless it is mixed or
        being mixed; :attr:`sig_sound_ready` tells when it is done."""
        key = self._sound_key()
        if key in self._sounds:
            self.sig_sound_ready.emit(self._sounds[key])
            return
        if key in self._mixing or self.document.scene is None:
            return
        self._mixing.add(key)
        try:
            clips, seconds = scene_clips(self.document)
        except (RenderError, ValueError) as error:
            self._mixed(key, None, None, str(error))
            return
        content = _content(clips, seconds)
        if content in self._by_content:
            self._mixed(key, content, self._by_content[content], "")
            return
        worker = threading.Thread(
            target=_mix_in_background,
            args=(_the_relay(), key, content, clips, seconds),
            name="scene-sound",
            daemon=True,
        )
        worker.start()

    def _mixed(self, key: tuple, content, sound: SceneSound | None, error: str) -> None:
        if key not in self._mixing:
            return  # another transport's mix
        self._mixing.discard(key)
        if error:
            logger.warning("the sound of scene %s was not mixed: %s", key[1], error)
            self.sig_message.emit(
                self.tr("The sound could not be mixed: {error}").format(error=error)
            )
        else:
            _keep(self._by_content, content, sound)
        _keep(self._sounds, key, sound)
        self.sig_sound_ready.emit(sound)
        if self.is_playing and key == self._sound_key() and self._output is None:
            self._play_sound(sound)

    def _play_sound(self, sound: SceneSound | None) -> None:
        if sound is None:
            return
        seconds = self._position()
        if seconds >= sound.seconds:
            return
        try:
            self._output = _SoundOutput(sound, seconds, self)
        except OSError as error:
            logger.warning("playing without sound: %s", error)
            self.sig_message.emit(self.tr("No sound output: playing without sound"))
            return
        # The picture now counts from where the sound starts.
        self._origin = self._output.start_seconds
        self._clock.start()

    def _stop_sound(self) -> None:
        if self._output is not None:
            self._output.close()
            self._output = None


def _keep(cache: OrderedDict, key, sound: SceneSound | None) -> None:
    cache[key] = sound
    cache.move_to_end(key)
    while len(cache) > KEPT_SOUNDS:
        cache.popitem(last=False)


def _content(clips: list[AudioClip], seconds: float) -> tuple:
    """What a mix is made of; two equal contents mix to the same sound."""
    parts = tuple(
        (
            hashlib.sha256(clip.data).hexdigest(),
            clip.suffix,
            clip.start,
            clip.volume,
            clip.loop,
            clip.fade_out,
        )
        for clip in clips
    )
    return (seconds, parts)


def _mix_in_background(
    relay: _Relay, key: tuple, content: tuple, clips, seconds: float
) -> None:
    try:
        sound = mix_scene_sound(clips, seconds)
    except (ExportError, OSError, ValueError) as error:
        relay.sig_mixed.emit(key, content, None, str(error))
        return
    except Exception as error:
        # Nothing raised here may vanish with the thread: the transport would
        # wait for the mix for ever.
        logger.exception("mixing the sound of scene %s failed", key[1])
        relay.sig_mixed.emit(key, content, None, str(error) or type(error).__name__)
        return
    relay.sig_mixed.emit(key, content, sound, "")
