"""``helder render`` and ``helder captions``: one variant to pixels, sound and text.

Separate from ``studio.cli_support`` because these need Qt and the encoder, which
the other commands should not pay for at start-up.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from studio.cli_support import CommandError, load_project, parse_mapping, usable_row
from studio.project import Project
from studio.render.encode import ExportCancelled, ExportError
from studio.render.errors import RenderError
from studio.render.timeline import PathError, Timeline, build_timeline

MIN_SIZE, MAX_SIZE = 16, 7680


def parse_size(text: str | None, *, even: bool) -> tuple[int, int] | None:
    if text is None:
        return None
    match = re.fullmatch(r"(\d+)[x×](\d+)", text.strip())
    if not match:
        raise CommandError(f"--size {text!r}: write it as WIDTHxHEIGHT, e.g. 960x540")
    width, height = int(match.group(1)), int(match.group(2))
    for side in (width, height):
        if not MIN_SIZE <= side <= MAX_SIZE:
            raise CommandError(
                f"--size {text}: each side must be {MIN_SIZE} to {MAX_SIZE} pixels"
            )
    if even and (width % 2 or height % 2):
        raise CommandError(
            f"--size {text}: an MP4 needs an even width and height (H.264, 4:2:0)"
        )
    return width, height


class Progress:
    """Progress on stderr: one updating line on a terminal, else every tenth."""

    def __init__(self, what: str):
        self.what = what
        self.started = time.perf_counter()
        self.tty = sys.stderr.isatty()
        self.reported = -1

    def __call__(self, done: int, total: int) -> None:
        percent = 100 * done // max(1, total)
        if self.tty:
            sys.stderr.write(f"\r{self.what}: {done}/{total} frames ({percent}%)")
            if done == total:
                sys.stderr.write("\n")
        elif percent // 10 > self.reported // 10 or done == total:
            sys.stderr.write(f"{self.what}: {done}/{total} frames ({percent}%)\n")
        self.reported = percent
        sys.stderr.flush()


def _timeline(project: Project, args: argparse.Namespace, values: dict) -> Timeline:
    try:
        return build_timeline(
            project.template,
            values,
            args.lang,
            args.path,
            keep_placeholders=not values,
        )
    except PathError as error:
        raise CommandError(str(error)) from None


def render(args: argparse.Namespace) -> int:
    from studio.render import export

    project = load_project(args.project)
    values = usable_row(
        project.template, args.data, args.row, args.lang, parse_mapping(args.map)
    )
    timeline = _timeline(project, args, values)
    output = Path(args.output)
    try:
        if args.at is not None:
            _expect(output, ".png", "--at renders a PNG")
            frame = _frame_at(timeline, args.at)
            size = parse_size(args.size, even=False)
            export.export_frame(timeline, project.asset_bytes, frame, output, size=size)
        elif args.thumbnail:
            _expect(output, ".png", "--thumbnail renders a PNG")
            size = parse_size(args.size, even=False)
            export.export_thumbnail(timeline, project.asset_bytes, output, size=size)
        elif args.gif:
            _expect(output, ".gif", "--gif renders a GIF")
            width = parse_size(args.size, even=True)
            export.export_gif(
                timeline,
                project.asset_bytes,
                output,
                **({"width": width[0]} if width else {}),
            )
        else:
            _expect(
                output,
                ".mp4",
                "a video is written as MP4 (or give --at, --thumbnail or --gif)",
            )
            export.export_video(
                timeline,
                project.asset_bytes,
                output,
                size=parse_size(args.size, even=True),
                progress=Progress(f"rendering {output.name}"),
            )
    except (RenderError, ExportError) as error:
        raise CommandError(str(error)) from None
    except ExportCancelled:
        raise KeyboardInterrupt from None
    sys.stdout.write(f"wrote {output}\n")
    return 0


def _expect(output: Path, suffix: str, why: str) -> None:
    if output.suffix.lower() != suffix:
        raise CommandError(f"-o {output}: {why}; name the file *{suffix}")


def _frame_at(timeline: Timeline, seconds: float) -> int:
    frame = round(seconds * timeline.fps)
    if not 0 <= frame < timeline.frame_count:
        raise CommandError(
            f"--at {seconds:g}: this variant runs from 0 to "
            f"{(timeline.frame_count - 1) / timeline.fps:.2f} s"
        )
    return frame


def captions(args: argparse.Namespace) -> int:
    from studio.render.captions import write_webvtt
    from studio.render.export import caption_cues

    project = load_project(args.project)
    if bool(args.data) != bool(args.row):
        raise CommandError("give --data and --row together, or neither")
    values = {}
    if args.data:
        values = usable_row(
            project.template, args.data, args.row, args.lang, parse_mapping(args.map)
        )
    elif args.lang not in project.template.languages:
        raise CommandError(
            f"--lang {args.lang}: this template has "
            f"{', '.join(project.template.languages)}"
        )
    output = Path(args.output)
    _expect(output, ".vtt", "captions are written as WebVTT")
    write_webvtt(caption_cues(_timeline(project, args, values)), output)
    sys.stdout.write(f"wrote {output}\n")
    return 0
