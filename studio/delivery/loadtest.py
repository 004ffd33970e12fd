"""The delivery server under load, beside a bare aiohttp server under the same load.

``python -m studio.bench server`` publishes the sample package to a real
``helder serve`` on loopback, makes one view, and has 200 clients ask for the view
page and the data payload for a few seconds, each on a keep-alive connection of
its own. The same clients then ask the same of a bare aiohttp server whose one
handler answers a constant body: the floor any aiohttp server stands on, on this
machine at this moment. Each server runs in a process of its own, so that the
load generator (raw asyncio sockets, lighter than aiohttp's client) does not share
its interpreter. The clients ask as a browser does, accepting gzip.

Two loads: paced, each client asking ten times a second (2,000 requests a second
in all, a busy hour of debtors opening their mails), and flat out, each client
asking again as soon as it has its answer (what the machine can do; latency there
is mostly queueing).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from aiohttp import web

from studio.delivery.app import run_loop
from studio.resources import ROOT, SAMPLE_PROJECT

CLIENTS = 200
SECONDS = 4.0
PACED_INTERVAL = 0.1  # seconds between one client's requests
TOKEN = "bench-token-not-secret"
GOAL_P99_MS = 20.0


# -- the bare server ------------------------------------------------------------

_CONSTANT = b'{"ok":true}'


async def _constant(request: web.Request) -> web.Response:
    return web.Response(body=_CONSTANT, content_type="application/json")


def _run_baseline(port: int) -> None:
    app = web.Application()
    app.router.add_get("/{tail:.*}", _constant)

    async def serve() -> None:
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", port, reuse_address=True).start()
        await asyncio.Event().wait()  # until the bench ends the process

    run_loop(serve())


# -- the load -------------------------------------------------------------------


async def _client(host, port, paths, until, interval, times) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    requests = [
        f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\n"
        "Accept-Encoding: gzip, deflate, br\r\n\r\n".encode()
        for path in paths
    ]
    turn = 0
    try:
        while (now := time.perf_counter()) < until:
            index = turn % len(paths)
            started = time.perf_counter()
            writer.write(requests[index])
            head = await reader.readuntil(b"\r\n\r\n")
            length = _content_length(head)
            if length:
                await reader.readexactly(length)
            times[index].append(time.perf_counter() - started)
            turn += 1
            if interval:
                await asyncio.sleep(max(0.0, now + interval - time.perf_counter()))
    finally:
        writer.close()


def _content_length(head: bytes) -> int:
    for line in head.split(b"\r\n"):
        if line[:15].lower() == b"content-length:":
            return int(line[15:])
    return 0


async def load(
    host: str, port: int, paths: list[str], clients: int, seconds: float, interval
) -> list[list[float]]:
    """Seconds each request took, per path; clients start spread over 100 ms."""
    times: list[list[float]] = [[] for _ in paths]
    until = time.perf_counter() + seconds

    async def one(number: int) -> None:
        await asyncio.sleep(0.1 * number / clients)
        await _client(host, port, paths, until, interval, times)

    await asyncio.gather(*(one(n) for n in range(clients)))
    return times


def percentiles(samples: list[float]) -> dict[str, float]:
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return {"p50": cuts[49] * 1000, "p95": cuts[94] * 1000, "p99": cuts[98] * 1000}


# -- the run --------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for(port: int, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("the server ended before it answered")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing answered on port {port}")


def _start(arguments: list[str], port: int, env: dict) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-m", *arguments],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    _wait_for(port, process)
    return process


def _sample_package(cache: Path, out: Callable[[str], None]) -> Path:
    package = cache / "sample-320x180.zip"
    if not package.exists():
        out(f"  exporting {package.name} (once; kept in {cache}) ...")
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "studio.cli", "export", str(SAMPLE_PROJECT)]
            + ["-o", str(package), "--size", "320x180"],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=ROOT,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
    return package


def _signer(package: Path) -> str:
    """The public key that signed ``package``: the benchmark trusts what it sends,
    whichever key exported the cached package."""
    with zipfile.ZipFile(package) as archive:
        return json.loads(archive.read("signature.json"))["public_key"]


def _view(url: str, package_id: str) -> str:
    import urllib.request

    dossier = {
        "customer_id": "K-1001",
        "first_name": "Sanne",
        "last_name": "de Vries",
        "amount_due": "1234.56",
        "due_date": "2027-01-15",
        "invoice_number": "F2026-0001",
    }
    body = {"package": package_id, "language": "nl", "dossier": dossier}
    request = urllib.request.Request(
        f"{url}/api/views",
        data=json.dumps(body).encode(),
        headers={
            "Authorization": f"Bearer {TOKEN}",
            "Content-Type": "application/json",
        },
    )
    with urllib.request.urlopen(request, timeout=30) as answer:
        return json.loads(answer.read())["link"]


def _measure(port: int, paths: list[str], clients: int, seconds: float) -> dict:
    found = {}
    for name, interval in (("paced", PACED_INTERVAL), ("flat out", None)):
        times = run_loop(load("127.0.0.1", port, paths, clients, seconds, interval))
        found[name] = {
            "rate": sum(len(t) for t in times) / seconds,
            "paths": [percentiles(t) for t in times],
        }
    return found


def bench_server(
    out: Callable[[str], None], cache: Path, *, quick: bool = False
) -> dict:
    from studio.publishing import publish

    seconds = 1.5 if quick else SECONDS
    package = _sample_package(cache, out)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory(prefix="helder-bench-server-") as folder:
        port = _free_port()
        ours = _start(
            ["studio.cli", "serve", "--data", folder, "--port", str(port)]
            + ["--token", TOKEN, "--trust", _signer(package)],
            port,
            env,
        )
        try:
            url = f"http://127.0.0.1:{port}"
            link = _view(url, publish(package, url, TOKEN).package)
            measured = _measure(port, [link, link + "/data"], CLIENTS, seconds)
        finally:
            ours.terminate()
            ours.wait(10)
    port = _free_port()
    bare = _start(["studio.delivery.loadtest", "--baseline", str(port)], port, env)
    try:
        floor = _measure(port, ["/v/page", "/v/page/data"], CLIENTS, seconds)
    finally:
        bare.terminate()
        bare.wait(10)
    _report(out, measured, floor, seconds)
    return {"server": measured, "baseline": floor}


def _report(out, measured: dict, floor: dict, seconds: float) -> None:
    out(
        f"server: {CLIENTS} keep-alive clients on loopback, {seconds:.1f} s a load "
        f"(goal: p99 under {GOAL_P99_MS:.0f} ms)"
    )
    for load_name in measured:
        ours, bare = measured[load_name], floor[load_name]
        out(
            f"  {load_name}: {ours['rate']:,.0f} req/s "
            f"(bare aiohttp {bare['rate']:,.0f} req/s)"
        )
        for label, index in (("view page GET /v/<token>", 0), ("data GET .../data", 1)):
            mine, base = ours["paths"][index], bare["paths"][index]
            figures = "  ".join(f"{k} {mine[k]:6.2f}" for k in ("p50", "p95", "p99"))
            floor_figures = "  ".join(
                f"{k} {base[k]:6.2f}" for k in ("p50", "p95", "p99")
            )
            out(f"    {label:<26} {figures} ms   bare: {floor_figures} ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m studio.delivery.loadtest")
    parser.add_argument("--baseline", type=int, metavar="PORT", required=True)
    args = parser.parse_args(argv)
    _run_baseline(args.baseline)
    return 0


if __name__ == "__main__":
    sys.exit(main())
