"""``python -m studio.bench server``: figures per endpoint beside the bare floor."""

from __future__ import annotations

import re
import subprocess
import sys

from delivery_helpers import exported_package

from studio.resources import ROOT


def test_the_server_benchmark_prints_percentiles_beside_a_bare_server(tmp_path):
    (tmp_path / "sample-320x180.zip").write_bytes(exported_package())

    result = subprocess.run(
        [sys.executable, "-m", "studio.bench", "server", "--quick"]
        + ["--cache", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )

    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert "server: 200 keep-alive clients on loopback" in text
    assert "goal: p99 under 20 ms" in text
    for load in ("paced", "flat out"):
        assert re.search(rf"{load}: [\d,]+ req/s \(bare aiohttp [\d,]+ req/s\)", text)
    figures = r"p50 +[\d.]+  p95 +[\d.]+  p99 +[\d.]+ ms"
    for endpoint in ("view page GET /v/<token>", "data GET .../data"):
        lines = [line for line in text.splitlines() if endpoint in line]
        assert len(lines) == 2
        assert all(re.search(rf"{figures} +bare: {figures}", line) for line in lines)
