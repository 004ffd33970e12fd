"""The transport: real-time playback of a scene, and the scene's sound mix."""

import array
import time

import pytest

from studio.model.edits import SetLayerProperty
from studio.project import Project
from studio.render.encode import AUDIO_RATE, ExportError
from studio.resources import SAMPLE_PROJECT
from studio.ui import transport as transport_module
from studio.ui.document import Document
from studio.ui.transport import Transport, mix_scene_sound, scene_clips

FPS = 25


class NoOutputs:
    @staticmethod
    def audioOutputs():  # noqa: N802 - Qt's name
        return []


class OneOutput:
    @staticmethod
    def audioOutputs():  # noqa: N802 - Qt's name
        return [object()]


@pytest.fixture
def document(qapp):
    document = Document(Project.open(SAMPLE_PROJECT))
    document.set_frame(0)  # a document opens on the settled last frame
    return document


@pytest.fixture
def transport(document, monkeypatch):
    monkeypatch.setattr(transport_module, "QMediaDevices", NoOutputs)
    transport = Transport(document)
    yield transport
    transport.pause()


def test_play_advances_the_frame_in_real_time_and_pause_stops_it(qtbot, transport):
    document = transport.document
    playing = []
    transport.sig_playing_changed.connect(playing.append)
    started = time.perf_counter()
    transport.play()
    assert transport.is_playing
    qtbot.waitUntil(lambda: document.frame >= 20, timeout=4000)
    elapsed = time.perf_counter() - started
    assert document.frame == pytest.approx(elapsed * FPS, abs=3)
    transport.pause()
    stopped_at = document.frame
    qtbot.wait(200)
    assert document.frame == stopped_at
    assert playing == [True, False]


def test_slow_frames_are_skipped_rather_than_slowing_playback(qtbot, transport):
    document = transport.document
    shown = []

    def slow_paint(frame):
        shown.append(frame)
        time.sleep(0.1)  # a repaint far slower than one frame

    document.sig_frame_changed.connect(slow_paint)
    started = time.perf_counter()
    transport.play()
    qtbot.waitUntil(lambda: document.frame >= 25, timeout=4000)
    elapsed = time.perf_counter() - started
    transport.pause()
    assert document.frame == pytest.approx(elapsed * FPS, abs=4)
    assert len(shown) < document.frame / 2


def test_playback_stops_on_the_last_frame_of_a_scene_that_waits(qtbot, transport):
    document = transport.document
    # the choice scene has no next scene: it holds for the viewer's choice
    waiting = next(s for s in document.template.scenes if s.next_scene is None)
    document.set_scene(waiting.id)
    last = document.scene.duration - 1
    document.set_frame(last - 6)
    transport.play()
    qtbot.waitUntil(lambda: not transport.is_playing, timeout=3000)
    assert document.frame == last


def test_play_on_the_last_frame_starts_again_from_the_first(qtbot, transport):
    document = transport.document
    transport.onward = False
    document.set_frame(document.scene.duration - 1)
    transport.play()
    assert document.frame == 0
    assert transport.is_playing


def test_a_looping_transport_goes_round_to_the_start(qtbot, transport):
    document = transport.document
    transport.loop = True
    document.set_frame(document.scene.duration - 4)
    transport.play()
    qtbot.waitUntil(lambda: 0 < document.frame < 20, timeout=3000)
    assert transport.is_playing


def test_scrubbing_while_playing_carries_on_from_the_new_frame(qtbot, transport):
    document = transport.document
    transport.play()
    qtbot.waitUntil(lambda: document.frame >= 3, timeout=3000)
    document.set_frame(100)
    qtbot.waitUntil(lambda: document.frame >= 104, timeout=3000)
    assert transport.is_playing


def test_switching_scene_stops_playback(qtbot, transport):
    transport.play()
    transport.document.set_scene("bedrag")
    assert not transport.is_playing


def test_toggle_plays_and_pauses(transport):
    transport.toggle()
    assert transport.is_playing
    transport.toggle()
    assert not transport.is_playing


def test_without_a_sound_output_playback_is_silent_and_says_so_once(qtbot, transport):
    messages = []
    transport.sig_message.connect(messages.append)
    transport.play()
    transport.pause()
    transport.play()
    qtbot.waitUntil(lambda: transport.document.frame >= 2, timeout=3000)
    assert messages == ["No sound output: playing without sound"]


def test_a_sound_that_cannot_be_mixed_is_reported_and_playback_goes_on(
    qtbot, document, monkeypatch
):
    monkeypatch.setattr(transport_module, "QMediaDevices", OneOutput)
    voice = document.template.scene("welkom").layer("welkom-stem-nl")
    voice.asset = "not-there"
    transport = Transport(document)
    with qtbot.waitSignal(transport.sig_message) as told:
        transport.play()
    assert told.args[0].startswith("The sound could not be mixed: ")
    assert "not-there" in told.args[0]
    qtbot.waitUntil(lambda: document.frame >= 2, timeout=3000)
    transport.pause()


# -- the sound mix ---------------------------------------------------------------


def test_the_first_scene_has_its_dutch_voice_and_the_music_bed(document):
    clips, seconds = scene_clips(document)
    assert seconds == 160 / FPS
    voice, music = clips
    assert voice.data == document.project.asset_bytes("stem-welkom-nl")
    assert voice.start == pytest.approx(4 / FPS)
    assert music.loop and music.volume == document.template.music.volume
    document.set_language("en")
    voice, _music = scene_clips(document)[0]
    assert voice.data == document.project.asset_bytes("stem-welkom-en")


def test_the_mix_of_the_first_scene_is_pcm_of_the_scene_length(document):
    sound = mix_scene_sound(*scene_clips(document))
    assert (sound.rate, sound.channels) == (AUDIO_RATE, 2)
    assert len(sound.pcm) == round(160 / FPS * AUDIO_RATE) * 4
    samples = array.array("h", sound.pcm)
    assert max(abs(s) for s in samples[: AUDIO_RATE * 2]) > 1000
    assert sound.offset(1.0) == AUDIO_RATE * 4


def test_the_mix_is_made_in_the_background_and_kept(qtbot, transport):
    with qtbot.waitSignal(transport.sig_sound_ready, timeout=60_000) as ready:
        transport.request_sound()
    sound = ready.args[0]
    assert sound.seconds == pytest.approx(160 / FPS)
    with qtbot.waitSignal(transport.sig_sound_ready, timeout=100) as again:
        transport.request_sound()
    assert again.args[0] is sound


def test_an_edit_that_leaves_the_sound_alone_needs_no_new_mix(
    qtbot, transport, monkeypatch
):
    document = transport.document
    with qtbot.waitSignal(transport.sig_sound_ready, timeout=60_000) as ready:
        transport.request_sound()
    document.edit(SetLayerProperty("welkom-groet", "font_size", 60.0))

    def no_mixing(*_args):
        raise ExportError("mixed again")

    monkeypatch.setattr(transport_module, "mix_scene_sound", no_mixing)
    with qtbot.waitSignal(transport.sig_sound_ready, timeout=100) as again:
        transport.request_sound()
    assert again.args[0] is ready.args[0]
    document.edit(SetLayerProperty("welkom-stem-nl", "volume", 0.5))
    with qtbot.waitSignal(transport.sig_message, timeout=10_000) as told:
        transport.request_sound()
    assert "mixed again" in told.args[0]


def test_an_output_that_cannot_play_the_mix_leaves_playback_silent(
    qtbot, document, monkeypatch
):
    class BrokenDevice:
        def isFormatSupported(self, _format):  # noqa: N802 - Qt's name
            return False

        def description(self):
            return "a broken sound card"

    class UnusableOutput(OneOutput):
        @staticmethod
        def defaultAudioOutput():  # noqa: N802 - Qt's name
            return BrokenDevice()

    monkeypatch.setattr(transport_module, "QMediaDevices", UnusableOutput)
    transport = Transport(document)
    with qtbot.waitSignal(transport.sig_message, timeout=60_000) as told:
        transport.play()
    assert told.args[0] == "No sound output: playing without sound"
    assert transport.is_playing
    transport.pause()


def test_playback_goes_on_into_the_scene_that_follows(qtbot, transport):
    document = transport.document
    first, second = document.template.scenes[:2]
    assert first.next_scene == second.id
    document.set_frame(first.duration - 5)
    transport.play()
    qtbot.waitUntil(lambda: document.scene_id == second.id, timeout=4000)
    assert transport.is_playing
    qtbot.waitUntil(lambda: document.frame >= 3, timeout=4000)
    transport.pause()


def test_choosing_another_scene_stops_playback(qtbot, transport):
    document = transport.document
    transport.play()
    document.set_scene(document.template.scenes[2].id)
    assert not transport.is_playing
