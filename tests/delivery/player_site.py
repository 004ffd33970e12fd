"""A small delivery site for the player tests: the player's files, view payloads,
H.264 scene media with Range support, captions, and the act and events routes,
which record what the page sends.

It runs aiohttp on loopback in a thread of its own, so that the tests can drive
Chromium synchronously while the site answers.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import threading
import time
import wave
from collections.abc import Callable
from pathlib import Path

import numpy as np
from aiohttp import web
from player_payload import PACKAGE, PAYMENT_PAGE, SCENES, answer_for, caption_text

from studio.render.encode import VideoSpec, encode_aac, encode_mp4, ffmpeg_exe
from studio.resources import ASSETS, ROOT

PLAYER = ROOT / "studio" / "delivery" / "player"
PLAYER_TYPES = {".js": "text/javascript", ".css": "text/css"}
# The page's policy: nothing inline, nothing from elsewhere.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "media-src 'self'; font-src 'self'; connect-src 'self'; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'none'"
)
MEDIA_SIZE = (320, 180)
FPS = 25

# A background a scene, so that a screenshot shows which scene is playing.
SCENE_COLOURS = {
    "welkom": (0xF6, 0xF3, 0xEC),
    "bedrag": (0xF1, 0xF5, 0xF9),
    "herinnering": (0xE0, 0x40, 0x40),  # never shown: its condition fails
    "keuze": (0xF6, 0xF3, 0xEC),
    "betalen": (0xEE, 0xF6, 0xEE),
    "termijnen": (0xF3, 0xF0, 0xF8),
    "hulp": (0xFB, 0xF4, 0xE6),
    "bedankt": (0xEE, 0xF6, 0xEE),
}


def _scene_frames(colour: tuple[int, int, int], count: int):
    """BGRA frames: the scene's colour and a band that moves across, frame by frame."""
    width, height = MEDIA_SIZE
    red, green, blue = colour
    for index in range(count):
        frame = np.empty((height, width, 4), np.uint8)
        frame[...] = (blue, green, red, 255)
        left = (index * 6) % width
        frame[height - 8 :, left : left + 24] = (0x5F, 0x3A, 0x1F, 255)
        yield frame.tobytes()


def make_scene_media(folder: Path) -> Path:
    """Each scene's base video (real H.264 through the studio's encoder) and poster."""
    folder.mkdir(parents=True, exist_ok=True)
    for scene_id, duration, _ in SCENES:
        video = folder / f"{scene_id}.nl.mp4"
        spec = VideoSpec(*MEDIA_SIZE, FPS, duration)
        encode_mp4(_scene_frames(SCENE_COLOURS[scene_id], duration), spec, video)
        subprocess.run(
            [ffmpeg_exe(), "-v", "error", "-i", str(video), "-frames:v", "1"]
            + ["-y", str(folder / f"{scene_id}.nl.jpg")],
            check=True,
        )
    _make_music(folder / "music.m4a")
    return folder


def _make_music(output: Path, seconds: float = 4.0, rate: int = 44_100) -> None:
    """A quiet hum to loop under the scenes, as AAC in an M4A."""
    samples = np.sin(2 * np.pi * 220.0 * np.arange(round(seconds * rate)) / rate)
    wav = output.with_suffix(".wav")
    with wave.open(str(wav), "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(2)
        sound.setframerate(rate)
        sound.writeframes((samples * 0.2 * 32767).astype("<i2").tobytes())
    encode_aac(wav, seconds, output)
    wav.unlink()


class PlayerSite:
    """The routes a player needs, with the payloads of the views it knows."""

    def __init__(self, media: Path):
        self.media = media
        self.payloads: dict[str, dict] = {}
        self.names: dict[str, str] = {}
        self.acts: list[dict] = []
        self.events: list[dict] = []
        self.media_asked: list[str] = []  # the media files the page asked for
        # Answers to presses by step or layer id, over the ones the payload implies.
        self.answers: dict[str, dict] = {}
        # Statuses to answer presses with instead, by step: a refusal, a failure.
        self.statuses: dict[str, int] = {}
        self.csp = CSP
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self.port = 0

    # -- views --

    def add_view(self, token: str, payload: dict, name: str = "Anna") -> str:
        self.payloads[token] = payload
        self.names[token] = name
        return self.url(f"/v/{token}")

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def wait_for(self, found: Callable[[], object], timeout: float = 10.0):
        """What ``found`` returns once it is truthy; fails after ``timeout``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = found()
            if value:
                return value
            time.sleep(0.05)
        raise AssertionError(f"nothing arrived in {timeout} s")

    def event_names(self) -> list[str]:
        return [event.get("event") for event in list(self.events)]

    # -- routes --

    def _app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/player/{name}", self._player_file)
        app.router.add_get("/v/{token}", self._page)
        app.router.add_get("/v/{token}/data", self._data)
        app.router.add_get("/v/{token}/captions/{scene}.vtt", self._captions)
        app.router.add_post("/v/{token}/act", self._act)
        app.router.add_get("/v/{token}/pay", self._pay)
        app.router.add_get("/provider/ideal", self._provider)
        app.router.add_post("/v/{token}/events", self._event)
        app.router.add_get(f"/p/{PACKAGE}/media/{{file}}", self._media)
        app.router.add_get(f"/p/{PACKAGE}/fonts/{{file}}", self._font)
        app.router.add_get("/blank", self._blank)
        app.router.add_get("/favicon.ico", self._no_icon)
        return app

    async def _player_file(self, request: web.Request) -> web.StreamResponse:
        path = PLAYER / request.match_info["name"]
        if path.suffix not in PLAYER_TYPES or not path.is_file():
            raise web.HTTPNotFound()
        return web.FileResponse(
            path, headers={"Content-Type": PLAYER_TYPES[path.suffix]}
        )

    def _view(self, request: web.Request) -> dict:
        payload = self.payloads.get(request.match_info["token"])
        if payload is None:
            raise web.HTTPNotFound(text='{"error": {"code": "no_view"}}')
        return payload

    async def _page(self, request: web.Request) -> web.StreamResponse:
        return web.FileResponse(
            PLAYER / "index.html",
            headers={
                "Content-Type": "text/html; charset=utf-8",
                "Content-Security-Policy": self.csp,
                "X-Content-Type-Options": "nosniff",
                "Cache-Control": "no-store",
            },
        )

    async def _blank(self, request: web.Request) -> web.StreamResponse:
        page = "<!doctype html><html><head><title>blank</title></head><body></body>"
        return web.Response(
            text=page,
            content_type="text/html",
            headers={"Content-Security-Policy": self.csp},
        )

    async def _no_icon(self, request: web.Request) -> web.StreamResponse:
        return web.Response(status=204)

    async def _data(self, request: web.Request) -> web.StreamResponse:
        return web.json_response(self._view(request))

    async def _captions(self, request: web.Request) -> web.StreamResponse:
        payload = self._view(request)
        name = self.names[request.match_info["token"]]
        # Cue text is markup of its own: the server escapes what it fills in.
        text = caption_text(payload["language"], name, request.match_info["scene"])
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        body = f"WEBVTT\n\n00:00.000 --> 00:05.000\n{text}\n"
        return web.Response(text=body, content_type="text/vtt")

    async def _act(self, request: web.Request) -> web.StreamResponse:
        payload = self._view(request)
        body = await request.json()
        self.acts.append(body)
        status = self.statuses.get(body.get("step"))
        if status is not None:
            refusal = {"error": {"code": "test", "message": "refused", "where": "step"}}
            return web.json_response(refusal, status=status)
        answer = self.answers.get(body.get("step")) or self.answers.get(
            body.get("layer")
        )
        if answer is None:
            answer = answer_for(payload, body, request.match_info["token"])
        return web.json_response(answer)

    async def _pay(self, request: web.Request) -> web.StreamResponse:
        self._view(request)
        raise web.HTTPSeeOther(PAYMENT_PAGE)

    async def _provider(self, request: web.Request) -> web.StreamResponse:
        return web.Response(text="<h1>iDEAL</h1>", content_type="text/html")

    async def _event(self, request: web.Request) -> web.StreamResponse:
        self._view(request)
        self.events.append(json.loads(await request.read()))
        return web.Response(status=204)

    async def _media(self, request: web.Request) -> web.StreamResponse:
        path = self.media / request.match_info["file"]
        self.media_asked.append(path.name)
        if not path.is_file():
            raise web.HTTPNotFound()
        kind = {".mp4": "video/mp4", ".m4a": "audio/mp4"}.get(path.suffix, "image/jpeg")
        return web.FileResponse(path, headers={"Content-Type": kind})

    async def _font(self, request: web.Request) -> web.StreamResponse:
        path = ASSETS / "fonts" / request.match_info["file"]
        if path.suffix != ".ttf" or not path.is_file():
            raise web.HTTPNotFound()
        return web.FileResponse(path, headers={"Content-Type": "font/ttf"})

    # -- running --

    def start(self) -> PlayerSite:
        ready = threading.Event()

        async def serve() -> None:
            self._runner = web.AppRunner(self._app(), access_log=None)
            await self._runner.setup()
            site = web.TCPSite(self._runner, "127.0.0.1", 0)
            await site.start()
            self.port = self._runner.addresses[0][1]
            ready.set()

        def run() -> None:
            self._loop = asyncio.new_event_loop()
            self._loop.run_until_complete(serve())
            self._loop.run_forever()
            self._loop.run_until_complete(self._runner.cleanup())
            self._loop.close()

        self._thread = threading.Thread(target=run, name="player-site", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("the player test site did not start")
        return self

    def stop(self) -> None:
        if self._loop is not None and self._thread is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)
