"""Baking a package: the base media rendered by the studio's own renderer, signed.

For each scene and language: the scene alone at its own length, without its live
layers (the player draws those), as H.264 + AAC with the scene's voice-overs, and
its first frame as a poster; its captions in the template's own form. For each
language: the email thumbnail and the teaser, without live layers. Then the music
bed, the fonts the live layers use with their licences, the manifest, its
signature, and the zip.

Nothing here reads a sample row: every frame is rendered with no row at all, and
the layers that would show a debtor's data are left out rather than filled.
Encodes run with one encoder thread and without version tags, so that the same
template gives the same package byte for byte.
"""

from __future__ import annotations

import logging
import tempfile
import threading
import time
import wave
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QImage

from studio.model.template import Scene, Template
from studio.model.validate import errors
from studio.package.archive import write_package
from studio.package.live import BakeError, bake_problems, live_ids, package_fonts
from studio.package.manifest import (
    MUSIC_FILE,
    build_manifest,
    canonical_bytes,
    captions_name,
    describe_file,
    font_name,
    licence_name,
    poster_name,
    teaser_name,
    thumbnail_name,
    video_name,
)
from studio.package.signing import sign, studio_key
from studio.project import Project
from studio.render.captions import Cue, split_cue, webvtt
from studio.render.encode import (
    AUDIO_RATE,
    AudioClip,
    VideoSpec,
    encode_aac,
    encode_mp4,
    mix_audio,
    probe,
)
from studio.render.export import (
    THUMBNAIL_SIZE,
    changes,
    export_gif,
    export_thumbnail,
    frames_of,
)
from studio.render.frames import AssetBytes, FrameRenderer, read_asset
from studio.render.timeline import build_scene_timeline, build_timeline

logger = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
POSTER_QUALITY = 90
TEASER_WIDTH = 480


@dataclass(frozen=True)
class ExportedPackage:
    path: Path
    manifest: dict
    key_id: str
    size: int  # bytes of the zip


def check_bakeable(template: Template) -> None:
    """Raises BakeError with one line when the template cannot be exported."""
    problems = errors(template)
    if problems:
        raise BakeError(f"not exported: {problems[0]}")
    unbakeable = bake_problems(template)
    if unbakeable:
        raise BakeError(unbakeable[0])


def export_package(
    project: Project,
    output: Path,
    *,
    size: tuple[int, int] | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> ExportedPackage:
    """Bake, sign and write the package of ``project`` to ``output`` (a zip).

    The zip is written beside ``output`` and renamed onto it when whole; on any
    error or cancel nothing is left under that name.
    """
    started = time.perf_counter()
    template = project.template
    check_bakeable(template)
    fonts = package_fonts(template)
    key = studio_key()
    with tempfile.TemporaryDirectory(prefix="helder-package-") as folder:
        work = Path(folder)
        files = bake_base_videos(
            template, project.asset_bytes, work, size, progress, cancel
        )
        files.update(_captions(template, work))
        files.update(_email_images(template, project.asset_bytes, work, size))
        if template.music is not None:
            files[MUSIC_FILE] = _music(template, project.asset_bytes, work, cancel)
        for font in fonts:
            files[font_name(font)] = font.path
            files[licence_name(font)] = font.licence
        listing = {name: describe_file(path) for name, path in files.items()}
        manifest = build_manifest(template, listing, fonts)
        manifest_bytes = canonical_bytes(manifest)
        signature = canonical_bytes(sign(manifest_bytes, key.private))
        write_package(Path(output), manifest_bytes, signature, files)
    written = Path(output).stat().st_size
    logger.info(
        "exported package %s (%d files, %d bytes, key %s) in %.1f s",
        output,
        len(files) + 2,
        written,
        key.id,
        time.perf_counter() - started,
    )
    return ExportedPackage(Path(output), manifest, key.id, written)


# -- the base videos ----------------------------------------------------------


def bake_base_videos(
    template: Template,
    asset_bytes: AssetBytes,
    work: Path,
    size: tuple[int, int] | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    *,
    posters: bool = True,
) -> dict[str, Path]:
    """Every scene in every language as its own video (and poster), by file name.

    The sound of each is mixed on a second thread ahead of the frames that need
    it, so that the encoder rarely waits for it.
    """
    width, height = _even(size or (template.width, template.height))
    jobs = [
        (scene, language)
        for language in template.languages
        for scene in template.scenes
    ]
    total = sum(scene.duration for scene, _ in jobs)
    (work / "media").mkdir(parents=True, exist_ok=True)
    files: dict[str, Path] = {}
    done = 0
    with ThreadPoolExecutor(1, thread_name_prefix="package-sound") as mixer:
        sounds = [
            mixer.submit(_scene_sound, template, scene, language, asset_bytes, work)
            for scene, language in jobs
        ]
        try:
            for (scene, language), sound in zip(jobs, sounds, strict=True):
                report = _offset(progress, done, total)
                files.update(
                    _bake_scene(
                        template,
                        scene,
                        language,
                        asset_bytes,
                        work,
                        (width, height),
                        sound,
                        report,
                        cancel,
                        posters,
                    )
                )
                done += scene.duration
        except BaseException:
            for sound in sounds:
                sound.cancel()
            raise
    return files


def _bake_scene(
    template,
    scene,
    language,
    asset_bytes,
    work,
    size,
    sound: Future,
    report,
    cancel,
    posters,
) -> dict[str, Path]:
    timeline = build_scene_timeline(
        template, scene, language, omit=live_ids(template, scene)
    )
    renderer = FrameRenderer(timeline, asset_bytes, size)
    spec = VideoSpec(size[0], size[1], template.fps, scene.duration, reproducible=True)
    video = work / video_name(scene, language)
    out = {video_name(scene, language): video}
    try:
        starts = changes(renderer, range(scene.duration))
        encode_mp4(
            frames_of(renderer, starts),
            spec,
            video,
            audio_wav=sound.result(),
            progress=report,
            cancel=cancel,
            starts=starts,
        )
        if posters:
            poster = work / poster_name(scene, language)
            _save_jpeg(renderer.render(0), poster)
            out[poster_name(scene, language)] = poster
    finally:
        renderer.media.close()
    return out


def _scene_sound(
    template: Template, scene: Scene, language: str, asset_bytes, work: Path
) -> Path:
    """The scene's voice-overs in ``language`` as one WAV, or silence: every base
    video has a sound track, so that the player treats them all alike."""
    timeline = build_scene_timeline(
        template, scene, language, omit=live_ids(template, scene)
    )
    clips = []
    for frame, layer in timeline.audio():
        asset, data = read_asset(template.assets, asset_bytes, layer.asset)
        clips.append(
            AudioClip(data, Path(asset.name).suffix, frame / template.fps, layer.volume)
        )
    duration = scene.duration / template.fps
    wav = work / "sound" / f"{scene.id}.{language}.wav"
    wav.parent.mkdir(parents=True, exist_ok=True)
    return mix_audio(clips, duration, wav) or _silence(duration, wav)


def _silence(duration: float, wav: Path) -> Path:
    with wave.open(str(wav), "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(AUDIO_RATE)
        out.writeframes(bytes(4 * round(duration * AUDIO_RATE)))
    return wav


def _save_jpeg(image: QImage, path: Path) -> None:
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    if not image.save(str(path), "JPG", POSTER_QUALITY):
        raise BakeError(f"{path.name}: the poster could not be written")


def _offset(progress: Progress | None, done: int, total: int) -> Progress | None:
    if progress is None:
        return None
    return lambda frames, _: progress(done + frames, total)


def _even(size: tuple[int, int]) -> tuple[int, int]:
    return (size[0] // 2 * 2, size[1] // 2 * 2)


# -- captions, email images, music --------------------------------------------


def _captions(template: Template, work: Path) -> dict[str, Path]:
    """Each scene's caption in each language, in the template's own form: the
    server fills the ``{field}`` placeholders per view."""
    files = {}
    for scene in template.scenes:
        if scene.caption is None:
            continue
        string = template.strings[scene.caption]
        for language in template.languages:
            text = string.text_for(language, template.source_language) or string.source
            cue = Cue(0.0, scene.duration / template.fps, text)
            try:
                document = webvtt(split_cue(cue))
            except ValueError as error:
                raise BakeError(
                    f"scene {scene.name!r}: the caption in {language} cannot be "
                    f"written: {error}"
                ) from None
            name = captions_name(scene, language)
            path = work / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(document, encoding="utf-8", newline="\n")
            files[name] = path
    return files


def _email_images(
    template: Template, asset_bytes, work: Path, size: tuple[int, int] | None
) -> dict[str, Path]:
    """The thumbnail and the teaser of each language, along the story as a
    viewer with no choices made sees it, without the live layers."""
    omit = frozenset().union(*(live_ids(template, s) for s in template.scenes))
    files = {}
    for language in template.languages:
        timeline = build_timeline(
            template, {}, language, keep_placeholders=True, omit=omit
        )
        thumbnail = work / thumbnail_name(language)
        export_thumbnail(
            timeline, asset_bytes, thumbnail, size=_even(size or THUMBNAIL_SIZE)
        )
        teaser = work / teaser_name(language)
        width = min(TEASER_WIDTH, size[0]) if size else TEASER_WIDTH
        export_gif(timeline, asset_bytes, teaser, width=width)
        files[thumbnail_name(language)] = thumbnail
        files[teaser_name(language)] = teaser
    return files


def _music(template: Template, asset_bytes, work: Path, cancel) -> Path:
    """The music bed once through, as AAC; the player loops it and sets its
    volume, so it is kept at full level here."""
    asset, data = read_asset(template.assets, asset_bytes, template.music.asset)
    source = work / f"music-source{Path(asset.name).suffix}"
    source.write_bytes(data)
    output = work / MUSIC_FILE
    output.parent.mkdir(parents=True, exist_ok=True)
    return encode_aac(
        source, probe(source).duration, output, cancel=cancel, reproducible=True
    )
