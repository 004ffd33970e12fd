"""The ``helder`` command: the studio window and the project tools behind it.

A user mistake ends in one line on stderr that says what was wrong and where, and a
non-zero exit: 2 when the input cannot be used at all, 1 when ``data check`` found
rows with errors, ``check overflow`` found texts that do not fit or ``check story``
found a way a viewer could get stuck. Nothing in a project changes unless a command
says it writes.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from studio import __version__
from studio.cli_package import add_package_commands
from studio.cli_publish import add_publish_command
from studio.cli_serve import add_serve_commands
from studio.logsetup import setup_logging

logger = logging.getLogger(__name__)

EXIT_OK, EXIT_ROW_ERRORS, EXIT_UNUSABLE = 0, 1, 2


def out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="helder",
        description="Helder Studio: personalised, interactive payment-reminder videos.",
    )
    parser.add_argument("--version", action="version", version=f"helder {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    open_ = commands.add_parser("open", help="open the studio window")
    open_.add_argument(
        "project", nargs="?", help="project file or folder (default: sample)"
    )
    open_.set_defaults(run=_run_open)

    info = commands.add_parser("info", help="scenes, layers, fields and languages")
    info.add_argument("project")
    info.add_argument("--json", action="store_true", help="machine-readable output")
    info.set_defaults(run=_run_info)

    data = commands.add_parser("data", help="sample data files")
    data_commands = data.add_subparsers(dest="data_command", metavar="COMMAND")
    check = data_commands.add_parser("check", help="the verdict for every row")
    check.add_argument("project")
    check.add_argument("data", help=".xlsx or .csv file")
    _add_mapping(check)
    check.add_argument("--json", action="store_true", help="machine-readable output")
    check.set_defaults(run=_run_data_check)
    stress = data_commands.add_parser(
        "stress", help="synthetic rows at the edges of what the fields allow"
    )
    stress.add_argument("project")
    stress.add_argument("--json", action="store_true", help="machine-readable output")
    stress.set_defaults(run=_run_data_stress)
    data.set_defaults(run=lambda args: _missing_command(data))

    checks = commands.add_parser("check", help="checks over every row and language")
    check_commands = checks.add_subparsers(dest="check_command", metavar="COMMAND")
    overflow = check_commands.add_parser(
        "overflow", help="every text that does not fit its box"
    )
    overflow.add_argument("project")
    overflow.add_argument(
        "data", nargs="?", help="more rows to check: an .xlsx or .csv file"
    )
    _add_mapping(overflow)
    overflow.add_argument(
        "--show-text",
        action="store_true",
        help="show the texts that do not fit (they can hold personal data)",
    )
    overflow.add_argument("--json", action="store_true", help="machine-readable output")
    overflow.set_defaults(run=_run_check_overflow)
    story = check_commands.add_parser(
        "story", help="scenes nobody reaches, dead ends, choices that lead nowhere"
    )
    story.add_argument("project")
    story.add_argument("--json", action="store_true", help="machine-readable output")
    story.set_defaults(run=_run_check_story)
    checks.set_defaults(run=lambda args: _missing_command(checks))

    variants = commands.add_parser(
        "variants", help="every path through the story, in every language"
    )
    variants.add_argument("project")
    variants.add_argument("--json", action="store_true", help="machine-readable output")
    variants.set_defaults(run=_run_variants)

    values = commands.add_parser("values", help="one row's values as shown on screen")
    values.add_argument("project")
    values.add_argument("data", help=".xlsx or .csv file")
    values.add_argument("--row", required=True, help="the row id (e.g. customer_id)")
    values.add_argument("--lang", required=True, help="language code, e.g. nl or en")
    _add_mapping(values)
    values.add_argument("--json", action="store_true", help="machine-readable output")
    values.set_defaults(run=_run_values)

    render = commands.add_parser(
        "render", help="a frame, a video, the thumbnail or the teaser of one row"
    )
    render.add_argument("project")
    render.add_argument("--data", required=True, help=".xlsx or .csv file")
    render.add_argument("--row", required=True, help="the row id (e.g. customer_id)")
    render.add_argument("--lang", required=True, help="language code, e.g. nl or en")
    render.add_argument(
        "-o",
        "--output",
        required=True,
        help="FRAME.png, VIDEO.mp4, THUMB.png or TEASER.gif",
    )
    what = render.add_mutually_exclusive_group()
    what.add_argument(
        "--at", type=float, metavar="SECONDS", help="the moment to render as a PNG"
    )
    what.add_argument(
        "--thumbnail", action="store_true", help="the email thumbnail (PNG)"
    )
    what.add_argument(
        "--gif", action="store_true", help="a short looping teaser (GIF, under 1 MB)"
    )
    render.add_argument("--size", metavar="WxH", help="output size, e.g. 960x540")
    render.add_argument(
        "--path",
        metavar="CHOICES",
        help="branch choices to follow, e.g. plan:3 or keuze-hulp,chat",
    )
    _add_mapping(render)
    render.set_defaults(run=_run_render)

    captions = commands.add_parser("captions", help="WebVTT captions of one language")
    captions.add_argument("project")
    captions.add_argument("--lang", required=True, help="language code, e.g. nl or en")
    captions.add_argument("-o", "--output", required=True, help="CAPTIONS.vtt")
    captions.add_argument("--data", help="fill the captions from a row of this file")
    captions.add_argument("--row", help="the row id; without it, {fields} stay")
    captions.add_argument("--path", metavar="CHOICES", help="branch choices to follow")
    _add_mapping(captions)
    captions.set_defaults(run=_run_captions)

    project = commands.add_parser("project", help="project files")
    project_commands = project.add_subparsers(dest="project_command", metavar="COMMAND")
    dump = project_commands.add_parser("dump", help="print the canonical JSON")
    dump.add_argument("project")
    dump.set_defaults(run=_run_dump)
    save = project_commands.add_parser("save", help="save a project as a .helder file")
    save.add_argument("project", help="project file or folder")
    save.add_argument("output", help="the .helder file to write")
    save.set_defaults(run=_run_save)
    export = project_commands.add_parser(
        "export", help="write a project folder (project.json and assets)"
    )
    export.add_argument("project")
    export.add_argument("folder")
    export.set_defaults(run=_run_export)
    project.set_defaults(run=lambda args: _missing_command(project))
    add_package_commands(commands)
    add_publish_command(commands)
    add_serve_commands(commands)
    return parser


def _add_mapping(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=HEADER",
        help="read FIELD from the column HEADER (repeatable)",
    )


def _missing_command(parser: argparse.ArgumentParser) -> int:
    parser.print_usage(sys.stderr)
    return EXIT_UNUSABLE


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging(verbose=args.verbose, to_file=args.command in (None, "open"))
    run: Callable = getattr(args, "run", _run_open)
    if args.command is None:
        args.project = None
    try:
        return run(args)
    except KeyboardInterrupt:
        sys.stderr.write("helder: stopped\n")
        return 130
    except Exception as error:  # noqa: BLE001 - the one place that turns errors into exits
        return _report(error, args.verbose)


def _report(error: Exception, verbose: bool) -> int:
    from studio.cli_support import USER_ERRORS, error_text

    if isinstance(error, USER_ERRORS):
        sys.stderr.write(f"helder: {error_text(error)}\n")
        return EXIT_UNUSABLE
    logger.error("unexpected failure", exc_info=error)
    if not verbose:
        sys.stderr.write(
            f"helder: internal error: {error!r} (run with -v for details)\n"
        )
    return 3


def _run_open(args: argparse.Namespace) -> int:
    from studio.ui.app import run_studio

    return run_studio(args.project)


def _run_info(args: argparse.Namespace) -> int:
    from studio.cli_story import story_info, story_lines
    from studio.cli_support import describe_project, load_project, render_info

    project = load_project(args.project)
    info = describe_project(project.template)
    info["story"] = story_info(project.template)
    out(
        json.dumps(info, ensure_ascii=False, indent=2)
        if args.json
        else "\n".join([render_info(info), "", *story_lines(info["story"])])
    )
    return EXIT_OK


def _run_data_check(args: argparse.Namespace) -> int:
    from studio.cli_support import check_data, load_project, parse_mapping

    project = load_project(args.project)
    check = check_data(project.template, args.data, parse_mapping(args.map))
    if args.json:
        out(json.dumps(check.as_json(), ensure_ascii=False, indent=2))
    else:
        for line in check.lines():
            out(line)
    return check.exit_code


def _run_data_stress(args: argparse.Namespace) -> int:
    from studio.cli_checks import data_stress

    return data_stress(args)


def _run_check_overflow(args: argparse.Namespace) -> int:
    from studio.cli_checks import check_overflow

    return check_overflow(args)


def _run_check_story(args: argparse.Namespace) -> int:
    from studio.cli_story import story_check

    return story_check(args)


def _run_variants(args: argparse.Namespace) -> int:
    from studio.cli_story import variants

    return variants(args)


def _run_values(args: argparse.Namespace) -> int:
    from studio.cli_support import load_project, parse_mapping, row_values

    project = load_project(args.project)
    shown = row_values(
        project.template, args.data, args.row, args.lang, parse_mapping(args.map)
    )
    if args.json:
        out(json.dumps(shown.as_json(), ensure_ascii=False, indent=2))
    else:
        for line in shown.lines():
            out(line)
    return EXIT_OK


def _run_render(args: argparse.Namespace) -> int:
    from studio.cli_render import render

    return render(args)


def _run_captions(args: argparse.Namespace) -> int:
    from studio.cli_render import captions

    return captions(args)


def _run_dump(args: argparse.Namespace) -> int:
    from studio.cli_support import load_project

    sys.stdout.write(load_project(args.project).dump())
    return EXIT_OK


def _run_save(args: argparse.Namespace) -> int:
    from studio.cli_support import CommandError, load_project

    project = load_project(args.project)
    target = Path(args.output)
    if target.exists() and target.resolve() != (project.path or Path()).resolve():
        raise CommandError(f"{target}: already exists; choose a new file name")
    out(f"saved {project.save(target)}")
    return EXIT_OK


def _run_export(args: argparse.Namespace) -> int:
    from studio.cli_support import CommandError, load_project

    folder = Path(args.folder)
    if folder.exists() and any(folder.iterdir()):
        raise CommandError(f"{folder}: is not empty; choose a new or empty folder")
    out(f"wrote {load_project(args.project).export_folder(folder)}")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
