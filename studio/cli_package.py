"""``helder export``, ``helder package verify`` and ``helder keys``.

``export`` bakes a project into a signed package; ``package verify`` checks one
as a delivery server does and names every problem; ``keys`` shows and makes the
studio's signing key. Only ``export`` needs Qt, and only when it runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

EXIT_OK, EXIT_INVALID, EXIT_UNUSABLE = 0, 1, 2


def out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def add_package_commands(commands) -> None:
    export = commands.add_parser(
        "export", help="bake a project into a signed template package (zip)"
    )
    export.add_argument("project", help="project file (.helder) or folder")
    export.add_argument("-o", "--output", required=True, help="PACKAGE.zip")
    export.add_argument(
        "--size", metavar="WxH", help="size of the base media, e.g. 960x540"
    )
    export.set_defaults(run=run_export)

    package = commands.add_parser("package", help="template packages")
    package_commands = package.add_subparsers(dest="package_command", metavar="COMMAND")
    verify = package_commands.add_parser(
        "verify", help="check a package as a delivery server does"
    )
    verify.add_argument("package", help="PACKAGE.zip")
    verify.add_argument(
        "--public-key",
        metavar="KEY",
        help="trust this key (base64, or a file holding it) instead of the studio's",
    )
    verify.add_argument("--json", action="store_true", help="machine-readable output")
    verify.set_defaults(run=run_verify)
    package.set_defaults(run=lambda args: _usage(package))

    keys = commands.add_parser("keys", help="the studio's signing key")
    key_commands = keys.add_subparsers(dest="keys_command", metavar="COMMAND")
    show = key_commands.add_parser(
        "show", help="the public key and its id (made on first use)"
    )
    show.set_defaults(run=run_keys_show)
    create = key_commands.add_parser("create", help="make a new signing key")
    create.add_argument(
        "--force", action="store_true", help="replace the key that is there"
    )
    create.set_defaults(run=run_keys_create)
    where = key_commands.add_parser("path", help="the folder the key is kept in")
    where.set_defaults(run=run_keys_path)
    keys.set_defaults(run=lambda args: _usage(keys))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_usage(sys.stderr)
    return EXIT_UNUSABLE


# -- export -------------------------------------------------------------------


def run_export(args: argparse.Namespace) -> int:
    from studio.cli_render import Progress, parse_size
    from studio.cli_support import CommandError
    from studio.package.bake import export_package
    from studio.package.live import BakeError
    from studio.package.signing import KeyStoreError
    from studio.project import Project
    from studio.render.encode import ExportCancelled, ExportError
    from studio.render.errors import RenderError

    output = Path(args.output)
    if output.suffix.lower() != ".zip":
        raise CommandError(f"-o {output}: a package is a zip; name the file *.zip")
    size = parse_size(args.size, even=True)
    if not Path(args.project).exists():
        raise CommandError(f"{args.project}: no such project file or folder")
    # Without its sample rows: a package holds none, so none are even read.
    project = Project.open(args.project, sample_data=False)
    try:
        result = export_package(
            project, output, size=size, progress=Progress(f"exporting {output.name}")
        )
    except (BakeError, RenderError, ExportError, KeyStoreError) as error:
        raise CommandError(str(error)) from None
    except ExportCancelled:
        raise KeyboardInterrupt from None
    finally:
        project.close()
    out(f"wrote {output} ({result.size} bytes, signed with key {result.key_id})")
    return EXIT_OK


# -- verify -------------------------------------------------------------------


def run_verify(args: argparse.Namespace) -> int:
    from studio.cli_support import CommandError
    from studio.package.signing import KeyStoreError
    from studio.package.verify import check_package

    path = Path(args.package)
    if not path.is_file():
        raise CommandError(f"{path}: no such package file")
    trusted = None if args.public_key is None else [_public_key(args.public_key)]
    try:
        check = check_package(path, trusted)
    except KeyStoreError as error:
        raise CommandError(str(error)) from None
    if args.json:
        out(json.dumps(_report(path, check), ensure_ascii=False, indent=2))
    elif check.valid:
        template = check.package.manifest["template"]
        out(
            f"{path}: valid: template {template['id']} version {template['version']}, "
            f"{len(check.package.names)} entries, signed with key "
            f"{check.package.key_id}"
        )
    else:
        for problem in check.problems:
            out(f"{path}: {problem.code}: {' '.join(problem.message.split())}")
    return EXIT_OK if check.valid else EXIT_INVALID


def _public_key(text: str) -> bytes:
    from studio.cli_support import CommandError
    from studio.package.signing import parse_public_key

    data: str | bytes = text
    candidate = Path(text)
    if len(text) < 4096 and candidate.is_file():
        data = candidate.read_bytes()
    try:
        return parse_public_key(data)
    except ValueError as error:
        raise CommandError(f"--public-key: {error}") from None


def _report(path: Path, check) -> dict:
    report: dict = {"package": str(path), "valid": check.valid}
    if check.valid:
        report["template"] = check.package.manifest["template"]
        report["key_id"] = check.package.key_id
        report["entries"] = len(check.package.names)
    report["problems"] = [problem.as_json() for problem in check.problems]
    return report


# -- keys ---------------------------------------------------------------------


def _key_store(action):
    from studio.cli_support import CommandError
    from studio.package.signing import KeyStoreError

    try:
        return action()
    except KeyStoreError as error:
        raise CommandError(str(error)) from None


def run_keys_show(args: argparse.Namespace) -> int:
    from studio.package.signing import create_key, load_key

    key = _key_store(load_key)
    if key is None:
        key = _key_store(create_key)
        sys.stderr.write(f"helder: made a new signing key in {key.path}\n")
    out(f"public key: {key.public_base64}")
    out(f"key id: {key.id}")
    return EXIT_OK


def run_keys_create(args: argparse.Namespace) -> int:
    from studio.package.signing import create_key

    key = _key_store(lambda: create_key(replace=args.force))
    out(f"made signing key {key.id} in {key.path}")
    out(f"public key: {key.public_base64}")
    return EXIT_OK


def run_keys_path(args: argparse.Namespace) -> int:
    from studio.package.signing import key_folder

    out(str(key_folder()))
    return EXIT_OK
