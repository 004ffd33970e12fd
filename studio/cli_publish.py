"""``helder publish``: send a package to a delivery server."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

EXIT_REFUSED, EXIT_UNUSABLE = 1, 2


def out(text: str) -> None:
    sys.stdout.write(text + "\n")


def add_publish_command(commands) -> None:
    publish = commands.add_parser(
        "publish", help="upload a package to a delivery server"
    )
    publish.add_argument("package", help="PACKAGE.zip from helder export")
    publish.add_argument("--server", required=True, help="e.g. http://127.0.0.1:8765")
    publish.add_argument(
        "--token",
        help="the server's publish token (default: $HELDER_PUBLISH_TOKEN)",
    )
    publish.add_argument(
        "--attempts", type=int, default=5, help="tries before giving up (default 5)"
    )
    publish.set_defaults(run=run_publish)


class _Progress:
    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.reported = -1

    def __call__(self, sent: int, total: int) -> None:
        percent = 100 * sent // max(1, total)
        if self.tty:
            sys.stderr.write(f"\rupload: {sent // 1024} of {total // 1024} KiB")
            sys.stderr.write(f" ({percent}%)" + ("\n" if sent == total else ""))
        elif percent // 25 > self.reported // 25 or sent == total:
            sys.stderr.write(f"upload: {percent}%\n")
        self.reported = percent


def run_publish(args: argparse.Namespace) -> int:
    from studio.publishing import PublishError, Retry, publish

    package = Path(args.package)
    if not package.is_file():
        sys.stderr.write(f"helder: {package}: no such package file\n")
        return EXIT_UNUSABLE
    token = args.token or os.environ.get("HELDER_PUBLISH_TOKEN", "")
    if args.attempts < 1:
        sys.stderr.write("helder: --attempts must be 1 or more\n")
        return EXIT_UNUSABLE
    try:
        result = publish(
            package,
            args.server,
            token,
            progress=_Progress(),
            retry=Retry(attempts=args.attempts),
        )
    except PublishError as error:
        where = f" at {error.where}" if error.where else ""
        sys.stderr.write(f"helder: {package.name}: not published: {error}{where}\n")
        return EXIT_UNUSABLE if error.code in ("server", "token") else EXIT_REFUSED
    state = "already there as" if result.existing else "published as"
    out(
        f"{package.name}: {state} package {result.package} "
        f"(template {result.template}, version {result.version})"
    )
    return 0
