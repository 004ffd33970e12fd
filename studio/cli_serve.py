"""``helder serve``: the reference delivery server; ``helder views create``: a link.

Out of the box, ``helder serve`` works on the designer's own machine with nothing
to set up: it keeps its data in a folder of the user's own (below), makes a publish
token there on first start and prints it, and trusts the studio's own signing key
(made now if this machine has none yet), so that ``helder publish`` of a package
exported here is accepted. A server elsewhere is given ``--trust`` with the studio's
public key (``helder keys show``) and then trusts only the keys it is given.

The data folder is ``--data``, else ``HELDER_SERVER_DIR``, else
``$XDG_DATA_HOME/helder-studio/server`` (``~/.local/share/...``) on Linux,
``~/Library/Application Support/Helder Studio/server`` on macOS and
``%LOCALAPPDATA%\\Helder\\Helder Studio\\server`` on Windows.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import urllib.error
import urllib.request
from pathlib import Path

EXIT_REFUSED, EXIT_UNUSABLE = 1, 2
TOKEN_FILE = "publish-token"
DEFAULT_PORT = 8765


SERVE_HELP = """\
Out of the box this works on the designer's own machine: the data stay in a
folder of the user's own, a publish token is made there on first start and
printed, and the studio's own signing key is trusted, so that a package this
machine exported can be published with 'helder publish' at once. A server
elsewhere is given --trust with the studio's public key ('helder keys show')
and then trusts only the keys it is given.

Data folder: --data, else $HELDER_SERVER_DIR, else a folder of the user's own:
~/.local/share/helder-studio/server on Linux ($XDG_DATA_HOME when set),
~/Library/Application Support/Helder Studio/server on macOS,
%LOCALAPPDATA%\\Helder\\Helder Studio\\server on Windows.

Back office: 'helder views create' makes one debtor's link from a dossier."""


def out(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def default_data_dir() -> Path:
    chosen = os.environ.get("HELDER_SERVER_DIR")
    if chosen:
        return Path(chosen)
    if os.name == "nt":
        base = os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local"
        return Path(base) / "Helder" / "Helder Studio" / "server"
    if sys.platform == "darwin":
        support = Path.home() / "Library" / "Application Support"
        return support / "Helder Studio" / "server"
    data = os.environ.get("XDG_DATA_HOME", "")
    # The XDG specification says to ignore a relative path.
    base = Path(data) if os.path.isabs(data) else Path.home() / ".local" / "share"
    return base / "helder-studio" / "server"


def add_serve_commands(commands) -> None:
    serve = commands.add_parser(
        "serve",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        help="run the reference delivery server",
        description=SERVE_HELP,
    )
    serve.add_argument("--data", type=Path, help="data folder (see above)")
    serve.add_argument("--host", default="127.0.0.1", help="default 127.0.0.1")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help="default 8765")
    serve.add_argument(
        "--token", help="the publish token (default: the one saved in the data folder)"
    )
    serve.add_argument(
        "--trust",
        action="append",
        default=[],
        metavar="PUBLIC_KEY_BASE64",
        help="trust this signing key (repeatable); without it, the studio's own",
    )
    serve.add_argument("--chat-page", help="the chat for packages without a chat link")
    serve.add_argument("--public-url", help="e.g. https://video.example.nl")
    serve.add_argument(
        "--payments",
        choices=("test", "link"),
        default="test",
        help="test: a simulated iDEAL page where no money moves (default; not for "
        "real debtors); link: the package's own payment link, with no outcome back",
    )
    serve.set_defaults(run=run_serve)

    views = commands.add_parser("views", help="views on a delivery server")
    view_commands = views.add_subparsers(dest="views_command", metavar="COMMAND")
    create = view_commands.add_parser(
        "create",
        help="make one debtor's link from a dossier (prints the link)",
        description="POST the dossier to the server's /api/views and print the link.",
    )
    create.add_argument("--server", required=True, help="e.g. http://127.0.0.1:8765")
    create.add_argument(
        "--token", help="the server's token (default: $HELDER_PUBLISH_TOKEN)"
    )
    create.add_argument("--package", required=True, help="the package id")
    create.add_argument("--lang", required=True, help="language code, e.g. nl")
    create.add_argument("--dossier", required=True, type=Path, help="FILE.json")
    create.set_defaults(run=run_create_view)
    views.set_defaults(run=lambda args: _usage(views))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_usage(sys.stderr)
    return EXIT_UNUSABLE


def publish_token(folder: Path, given: str | None) -> tuple[str, bool]:
    """The token to use and whether it was just made; a made one is saved."""
    from studio.delivery.security import new_token

    if given:
        return given, False
    path = folder / TOKEN_FILE
    if path.is_file():
        return path.read_text(encoding="ascii").strip(), False
    token = new_token()
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(handle, "w", encoding="ascii") as stream:
        stream.write(token + "\n")
    return token, True


def trusted_keys(given: list[str]) -> list[bytes]:
    from studio.package.signing import parse_public_key, studio_key

    if not given:
        return [studio_key().public]
    keys = []
    for text in given:
        try:
            keys.append(parse_public_key(text))
        except ValueError as error:
            raise SystemExit(f"helder: --trust {text[:12]}...: {error}") from None
    return keys


def run_serve(args: argparse.Namespace) -> int:
    from studio.delivery.app import run_loop, serve_forever
    from studio.delivery.context import ServerConfig
    from studio.delivery.payments import LinkPaymentProvider, TestPaymentProvider
    from studio.package.signing import key_id

    folder = (args.data or default_data_dir()).expanduser()
    folder.mkdir(parents=True, exist_ok=True)
    token, made = publish_token(folder, args.token)
    keys = trusted_keys(args.trust)
    config = ServerConfig(
        data_dir=folder,
        token=token,
        trusted_keys=keys,
        chat_page=args.chat_page,
        public_url=args.public_url,
    )
    payments = LinkPaymentProvider() if args.payments == "link" else None
    out(f"Helder delivery server on http://{args.host}:{args.port}")
    out(f"data: {folder}")
    out(f"trusted keys: {', '.join(key_id(key) for key in keys)}")
    if not args.token:
        state = "made and saved" if made else "saved"
        out(f"publish token ({state} in {folder / TOKEN_FILE}): {token}")
    out(f"payments: {(payments or TestPaymentProvider()).name}; stop with Ctrl+C")
    run_loop(serve_forever(config, args.host, args.port, payments=payments))
    return 0


def run_create_view(args: argparse.Namespace) -> int:
    token = args.token or os.environ.get("HELDER_PUBLISH_TOKEN", "")
    try:
        dossier = json.loads(args.dossier.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        sys.stderr.write(f"helder: {args.dossier}: cannot be read as JSON: {error}\n")
        return EXIT_UNUSABLE
    body = json.dumps(
        {"package": args.package, "language": args.lang, "dossier": dossier}
    ).encode()
    server = args.server.rstrip("/")
    request = urllib.request.Request(
        f"{server}/api/views",
        data=body,
        method="POST",
        headers={
            "Authorization": f"Bearer {token}",
            "Content-Type": "application/json",
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            answer = json.loads(response.read())
    except urllib.error.HTTPError as error:
        sys.stderr.write(f"helder: view not created: {_refusal(error)}\n")
        return EXIT_REFUSED
    except (OSError, ValueError) as error:
        sys.stderr.write(f"helder: {server}: no answer: {error}\n")
        return EXIT_UNUSABLE
    out(answer.get("url") or server + answer["link"])
    return 0


def _refusal(error: urllib.error.HTTPError) -> str:
    try:
        found = json.loads(error.read())["error"]
    except (ValueError, KeyError, TypeError):
        return f"the server answered {error.code}"
    where = f" at {found['where']}" if found.get("where") else ""
    return f"{found['message']} ({found['code']}){where}"
