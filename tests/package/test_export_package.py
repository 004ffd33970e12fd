"""The sample exported as a package, twice, as a user exports it."""

import csv
import hashlib
import io
import json
import zipfile

import pytest

from studio.package.bake import export_package
from studio.package.errors import PackageError
from studio.package.manifest import canonical_bytes
from studio.package.verify import check_package, read_package
from studio.project import Project
from studio.render.encode import probe
from studio.resources import SAMPLE_PROJECT

SIZE = (320, 180)


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    folder = tmp_path_factory.mktemp("exports")
    project = Project.open(SAMPLE_PROJECT, sample_data=False)
    try:
        first = export_package(project, folder / "first.zip", size=SIZE)
        second = export_package(project, folder / "second.zip", size=SIZE)
    finally:
        project.close()
    return first, second


@pytest.fixture(scope="module")
def package(exports):
    return exports[0].path.read_bytes()


def entries(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def test_manifest_first_signature_second_the_rest_sorted(package):
    names = list(entries(package))
    assert names[:2] == ["manifest.json", "signature.json"]
    assert names[2:] == sorted(names[2:])


def test_every_file_is_listed_with_its_size_and_sha256(package):
    files = entries(package)
    manifest = json.loads(files["manifest.json"])
    listed = manifest["files"]
    assert sorted(listed) == sorted(set(files) - {"manifest.json", "signature.json"})
    for name, entry in listed.items():
        assert entry["size"] == len(files[name])
        assert entry["sha256"] == hashlib.sha256(files[name]).hexdigest()
    assert files["manifest.json"] == canonical_bytes(manifest)


def test_the_package_holds_what_the_player_needs(package):
    names = set(entries(package))
    for scene in ("welkom", "bedrag", "keuze", "bedankt"):
        for language in ("nl", "en"):
            assert f"media/{scene}.{language}.mp4" in names
            assert f"media/{scene}.{language}.jpg" in names
            assert f"captions/{scene}.{language}.vtt" in names
    assert {"thumbnail.nl.png", "teaser.en.gif", "media/music.m4a"} <= names
    assert {"fonts/NotoSans-Bold.ttf", "fonts/NotoSans-Bold.license.txt"} <= names


def test_two_exports_are_byte_identical(exports):
    first, second = exports
    assert first.path.read_bytes() == second.path.read_bytes()


def test_the_package_verifies(package, studio_key):
    check = check_package(package, [studio_key.public])
    assert check.problems == []
    assert check.package.key_id == studio_key.id
    assert check.package.manifest["template"]["id"] == "betalingsherinnering"


def test_no_sample_row_value_is_in_any_entry(package):
    text = (SAMPLE_PROJECT / "sample-rows.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))[1:]
    values = {cell for row in rows for cell in row if len(cell) > 3}
    assert len(values) > 50
    for name, data in entries(package).items():
        for value in values:
            assert value.encode("utf-8") not in data, (name, value)


def test_a_base_video_is_one_scene_with_sound(exports, tmp_path):
    data = entries(exports[0].path.read_bytes())
    video = tmp_path / "bedrag.mp4"
    video.write_bytes(data["media/bedrag.nl.mp4"])
    info = probe(video)
    assert (info.width, info.height) == SIZE
    assert (info.video_codec, info.audio_codec) == ("h264", "aac")
    assert info.duration == pytest.approx(200 / 25, abs=0.08)


def test_captions_keep_their_placeholders(package):
    captions = entries(package)["captions/welkom.nl.vtt"].decode("utf-8")
    assert captions.startswith("WEBVTT\n")
    assert "{first_name}" in captions


def test_a_changed_manifest_byte_breaks_the_signature(package, studio_key):
    from package_helpers import entries_of, zip_of

    rebuilt = entries_of(package)
    manifest = bytearray(rebuilt[0].data)
    at = manifest.index(b'"fps": 25') + len(b'"fps": 2')
    manifest[at] = ord("4")
    rebuilt[0].data = bytes(manifest)
    with pytest.raises(PackageError) as raised:
        read_package(zip_of(rebuilt), [studio_key.public])
    assert (raised.value.code, raised.value.where) == ("signature", "signature.json")


def test_a_changed_media_byte_breaks_its_hash(package, studio_key):
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        info = archive.getinfo("media/uitleg.en.mp4")
    start = info.header_offset + 30 + len(info.filename) + 1000
    damaged = bytearray(package)
    damaged[start] ^= 0x01
    with pytest.raises(PackageError) as raised:
        read_package(bytes(damaged), [studio_key.public])
    assert (raised.value.code, raised.value.where) == ("hash", "media/uitleg.en.mp4")


def test_a_media_file_replaced_whole_breaks_its_hash(package, studio_key):
    from package_helpers import entries_of, zip_of

    rebuilt = entries_of(package)
    video = next(e for e in rebuilt if e.name == b"media/uitleg.en.mp4")
    video.data = video.data[:-1] + bytes([video.data[-1] ^ 1])
    with pytest.raises(PackageError) as raised:
        read_package(zip_of(rebuilt), [studio_key.public])
    assert (raised.value.code, raised.value.where) == ("hash", "media/uitleg.en.mp4")


def test_an_untrusted_key(package, tmp_path):
    from studio.package.signing import create_key

    stranger = create_key(tmp_path)
    with pytest.raises(PackageError) as raised:
        read_package(package, [stranger.public])
    assert raised.value.code == "untrusted_key"


def test_the_base_media_leave_the_live_layers_out(exports, tmp_path):
    """The poster of a scene with only live text over a plain background is the
    background alone where the text would be."""
    from PIL import Image

    data = entries(exports[0].path.read_bytes())
    poster = tmp_path / "keuze.jpg"
    poster.write_bytes(data["media/keuze.nl.jpg"])
    with Image.open(poster) as image:
        pixels = image.convert("L").getextrema()
    # keuze at its first frame shows its title (baked) fading in and no buttons:
    # nothing darker than the fading title.
    assert pixels[0] > 100
