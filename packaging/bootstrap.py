"""Set up a working copy of Helder Studio and run it, or run its tests.

    python3 packaging/bootstrap.py studio   # set up, open the studio on the sample
    python3 packaging/bootstrap.py test     # set up, run every test

Uses only the standard library, because it runs before anything is installed. Every
step checks first and does only what is missing, so running it again is quick:
system libraries Qt needs (Debian and Ubuntu, through apt-get; for the tests also
Chromium, which plays the web player), a virtual
environment in ``.venv`` with the pinned packages, and the compiled interface
translations (``.qm`` files are built here, never committed).
"""

from __future__ import annotations

import hashlib
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".helder-installed"
PYTHON_VERSION = (3, 11)

# What PySide6's wheels expect of a Debian system, for windows and for offscreen
# rendering; xvfb lets the studio run (and be screenshot) on a machine with no screen.
DEBIAN_PACKAGES = [
    "libegl1",
    "libgl1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libfontconfig1",
    "libdbus-1-3",
    "libglib2.0-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-shape0",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-randr0",
    "libxcb-xinerama0",
    "xvfb",
    "xauth",
]
# The tests also play the web player in a real browser: Debian's Chromium, which
# plays H.264 and which Playwright drives (it cannot download a browser here).
DEBIAN_TEST_PACKAGES = ["chromium"]


def say(message: str) -> None:
    sys.stderr.write(f"[setup] {message}\n")


def run(command: list[str], **kwargs) -> None:
    subprocess.run(command, check=True, **kwargs)


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def venv_tool(name: str) -> Path:
    folder = "Scripts" if os.name == "nt" else "bin"
    suffix = ".exe" if os.name == "nt" else ""
    return VENV / folder / f"{name}{suffix}"


def install_system_packages(extra: tuple[str, ...] = ()) -> None:
    if platform.system() != "Linux" or not shutil.which("dpkg-query"):
        return
    missing = [name for name in [*DEBIAN_PACKAGES, *extra] if not _installed(name)]
    if not missing:
        return
    prefix = [] if os.geteuid() == 0 else ["sudo"]
    if prefix and not shutil.which("sudo"):
        say(f"please install these system packages: {' '.join(missing)}")
        return
    say(f"installing system packages: {' '.join(missing)}")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    run(prefix + ["apt-get", "update", "-qq"], env=env)
    run(prefix + ["apt-get", "install", "-y", "-qq", *missing], env=env)


def _installed(package: str) -> bool:
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", package],
        capture_output=True,
        text=True,
    )
    return result.returncode == 0 and "install ok installed" in result.stdout


def find_python() -> str:
    if sys.version_info[:2] == PYTHON_VERSION:
        return sys.executable
    wanted = "python{}.{}".format(*PYTHON_VERSION)
    found = shutil.which(wanted) or (shutil.which("py") if os.name == "nt" else None)
    if not found:
        sys.exit(f"[setup] Helder Studio needs Python {wanted[6:]}; please install it")
    return found


def ensure_venv() -> None:
    if venv_python().exists():
        return
    say("creating the virtual environment in .venv")
    run([find_python(), "-m", "venv", str(VENV)])


def ensure_packages() -> None:
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    say("installing the pinned Python packages")
    python = str(venv_python())
    run([python, "-m", "pip", "install", "-q", "-e", f"{ROOT}[test]"])
    STAMP.write_text(wanted + "\n")


def build_translations() -> None:
    sources = sorted((ROOT / "translations").glob("*.ts"))
    stale = [ts for ts in sources if _older(ts.with_suffix(".qm"), ts)]
    if not stale:
        return
    say(f"building {len(stale)} interface translation(s)")
    for ts in stale:
        run(
            [
                str(venv_tool("pyside6-lrelease")),
                "-silent",
                str(ts),
                "-qm",
                str(ts.with_suffix(".qm")),
            ]
        )


def _older(target: Path, source: Path) -> bool:
    return not target.exists() or target.stat().st_mtime < source.stat().st_mtime


def set_up(*, for_tests: bool = False) -> None:
    install_system_packages(tuple(DEBIAN_TEST_PACKAGES) if for_tests else ())
    ensure_venv()
    ensure_packages()
    build_translations()


def open_studio(arguments: list[str]) -> int:
    command = [str(venv_tool("helder")), "open", *arguments]
    no_screen = platform.system() == "Linux" and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if no_screen and shutil.which("xvfb-run"):
        say("no screen found: starting the studio on a virtual screen (Xvfb)")
        command = ["xvfb-run", "-a", "-s", "-screen 0 1920x1080x24", *command]
    return subprocess.call(command)


def run_tests(arguments: list[str]) -> int:
    checks = [
        [str(venv_tool("lint-imports")), str(ROOT / "pyproject.toml")],
        [str(venv_tool("ruff")), "check", str(ROOT)],
        [str(venv_python()), "-m", "pytest", *arguments],
    ]
    for command in checks:
        say(
            " ".join(
                Path(command[0]).name if i == 0 else part
                for i, part in enumerate(command)
            )
        )
        code = subprocess.call(command, cwd=ROOT)
        if code:
            return code
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("studio", "test"):
        sys.stderr.write(__doc__ or "")
        return 2
    set_up(for_tests=argv[0] == "test")
    if argv[0] == "studio":
        return open_studio(argv[1:])
    return run_tests(argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
