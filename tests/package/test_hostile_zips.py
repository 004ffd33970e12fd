"""Zips built to harm a reader are refused, each with its code and the entry named."""

import zlib

import pytest
from package_helpers import PNG, RawEntry, entries_of, small_package, zip_of

from studio.package.archive import MAX_ENTRIES
from studio.package.errors import PackageError
from studio.package.verify import check_package, read_package


@pytest.fixture(scope="module")
def valid(tmp_path_factory, studio_key):
    return small_package(tmp_path_factory.mktemp("small"), studio_key.private)


@pytest.fixture(scope="module")
def trusted(studio_key):
    return [studio_key.public]


def with_entry(valid: bytes, entry: RawEntry) -> bytes:
    """The valid package with one more entry after all of its own."""
    return zip_of([*entries_of(valid), entry])


def refused(data: bytes, trusted, code: str, where: str) -> PackageError:
    check = check_package(data, trusted)
    assert (code, where) in [(p.code, p.where) for p in check.problems], check.problems
    with pytest.raises(PackageError) as raised:
        read_package(data, trusted)
    assert (raised.value.code, raised.value.where) == (code, where)
    return raised.value


def test_the_small_package_itself_is_valid(valid, trusted):
    assert check_package(valid, trusted).problems == []
    assert zip_of(entries_of(valid)) == valid  # the hand-built zip is the same zip


@pytest.mark.parametrize(
    ("name", "why"),
    [
        (b"../x.txt", "leaves the package"),
        (b"a/../../x.txt", "leaves the package"),
        (b"media/./x.txt", "'.' part"),
        (b"/abs.txt", "absolute path"),
        (b"C:\\x.txt", "names a drive"),
        (b"C:x.txt", "names a drive"),
        (b"a\\..\\x.txt", "backslash"),
        (b"media//x.txt", "empty"),
        (b"media/x y.txt", "characters other than"),
        (b"media/\xc3\xa9.txt", "characters other than"),
        (b"media/x.txt\x00.mp4", "characters other than"),
        (b"a" * 197 + b".txt", "longer than 200"),
    ],
)
def test_a_name_that_is_not_a_plain_relative_path(valid, trusted, name, why):
    error = refused(
        with_entry(valid, RawEntry(name, b"x")),
        trusted,
        "zip_path",
        name.decode("utf-8", "backslashreplace").replace("\x00", "\\x00"),
    )
    assert why in error.message
    assert error.message.startswith("entry '")


def test_the_doc_example_message(valid, trusted):
    error = refused(
        with_entry(valid, RawEntry(b"../x", b"x")), trusted, "zip_path", "../x"
    )
    assert error.message == "entry '../x' leaves the package"


def test_two_entries_with_one_name(valid, trusted):
    entries = entries_of(valid)
    twin = next(e for e in entries if e.name == b"media/welkom.nl.mp4")
    data = zip_of([*entries, RawEntry(twin.name, twin.data)])
    refused(data, trusted, "zip_duplicate", "media/welkom.nl.mp4")


def test_two_names_that_differ_only_in_case(valid, trusted):
    data = with_entry(valid, RawEntry(b"media/Welkom.NL.mp4", b"x"))
    error = refused(data, trusted, "zip_duplicate", "media/Welkom.NL.mp4")
    assert "but for case" in error.message


def test_a_file_where_another_entry_needs_a_folder(valid, trusted):
    data = with_entry(valid, RawEntry(b"media/welkom.nl.mp4/x.txt", b"x"))
    refused(data, trusted, "zip_duplicate", "media/welkom.nl.mp4/x.txt")


def test_a_symbolic_link(valid, trusted):
    link = RawEntry(b"media/link.txt", b"/etc/passwd", external=0o120777 << 16)
    refused(with_entry(valid, link), trusted, "zip_link", "media/link.txt")


def test_a_device_or_pipe(valid, trusted):
    pipe = RawEntry(b"media/pipe.txt", b"", external=0o010644 << 16)
    refused(with_entry(valid, pipe), trusted, "zip_link", "media/pipe.txt")


def test_a_directory_entry(valid, trusted):
    folder = RawEntry(b"media/", b"", external=(0o040755 << 16) | 0x10)
    refused(with_entry(valid, folder), trusted, "zip_directory", "media/")


def test_a_directory_by_its_mode_alone(valid, trusted):
    folder = RawEntry(b"extra", b"", external=0o040755 << 16)
    refused(with_entry(valid, folder), trusted, "zip_directory", "extra")


def test_an_encrypted_entry(valid, trusted):
    secret = RawEntry(b"media/secret.txt", b"x", flags=0x1)
    refused(with_entry(valid, secret), trusted, "zip_encrypted", "media/secret.txt")


def test_a_method_other_than_stored_or_deflated(valid, trusted):
    bzip = RawEntry(b"media/x.txt", b"x", method=12)
    refused(with_entry(valid, bzip), trusted, "zip_method", "media/x.txt")


def test_extra_fields(valid, trusted):
    # An Info-ZIP Unicode path field would give the entry another name elsewhere.
    extra = b"\x75\x70\x08\x00\x01\x00\x00\x00\x00../x"
    entry = RawEntry(b"media/x.txt", b"x", extra=extra)
    refused(with_entry(valid, entry), trusted, "zip_extra", "media/x.txt")


def test_a_deflate_bomb(valid, trusted):
    bomb = RawEntry(b"media/bomb.txt", b"\x00" * 2_000_000, method=8)
    error = refused(with_entry(valid, bomb), trusted, "zip_bomb", "media/bomb.txt")
    assert "zip bomb" in error.message


def test_a_bomb_that_lies_about_its_size(valid, trusted):
    # Declares 1,000 bytes (a ratio below 200) but unpacks to a million.
    squeeze = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed = squeeze.compress(b"\x00" * 1_000_000) + squeeze.flush()
    liar = RawEntry(
        b"media/liar.txt", b"\x00" * 1_000_000, method=8, packed=packed, size=1000
    )
    data = with_entry(valid, liar)
    error = refused(data, trusted, "zip_bomb", "media/liar.txt")
    assert "more than the 1000 bytes it declares" in error.message


def test_too_many_entries(valid, trusted):
    many = [RawEntry(f"media/n{i}.txt".encode(), b"x") for i in range(MAX_ENTRIES)]
    data = zip_of([*entries_of(valid), *many])
    name = f"media/n{MAX_ENTRIES - len(entries_of(valid))}.txt"
    error = refused(data, trusted, "zip_too_big", name)
    assert f"at most {MAX_ENTRIES}" in error.message


def test_an_entry_larger_than_a_gibibyte(valid, trusted):
    huge = RawEntry(b"media/huge.txt", b"x", method=8, size=(1 << 30) + 1)
    error = refused(with_entry(valid, huge), trusted, "zip_too_big", "media/huge.txt")
    assert "1 GiB" in error.message


def test_a_local_header_that_names_another_file(valid, trusted):
    entries = entries_of(valid)
    entries[5].local_name = b"../../evil.sh"
    name = entries[5].name.decode()
    error = refused(zip_of(entries), trusted, "zip_corrupt", name)
    assert "../../evil.sh" in error.message


def test_entries_that_share_their_bytes(valid, trusted):
    # Two directory records pointing at one local header, as overlapping bombs do.
    entries = entries_of(valid)
    data = bytearray(zip_of(entries))
    second = data.index(b"PK\x01\x02", data.index(b"PK\x01\x02") + 1)
    offset_at = second + 42
    data[offset_at : offset_at + 4] = (0).to_bytes(4, "little")
    check = check_package(bytes(data), trusted)
    assert check.problems and check.problems[0].code in ("zip_bomb", "zip_corrupt")


@pytest.mark.parametrize("cut", [1, 10, 22, 1000, 0.5])
def test_a_truncated_file(valid, trusted, cut):
    keep = int(len(valid) * cut) if isinstance(cut, float) else len(valid) - cut
    refused(valid[:keep], trusted, "not_a_zip", "")


def test_bytes_after_the_end(valid, trusted):
    refused(valid + b"<html>", trusted, "zip_corrupt", "")


def test_a_prefix_before_the_first_entry(valid, trusted):
    # A file that is both an HTML page and a zip.
    polyglot = b"<html><script>alert(1)</script></html>" + valid
    check = check_package(polyglot, trusted)
    assert check.problems[0].code == "zip_corrupt"


@pytest.mark.parametrize("data", [b"", b"hello", PNG, b"PK\x03\x04" + b"\x00" * 40])
def test_not_a_zip(trusted, data):
    refused(data, trusted, "not_a_zip", "")


@pytest.mark.parametrize(
    "name", ["media/page.html", "media/player.js", "media/logo.svg", "media/a.wasm"]
)
def test_executable_or_markup_files(valid, trusted, name):
    data = with_entry(valid, RawEntry(name.encode(), b"<svg onload=alert(1)>"))
    error = refused(data, trusted, "file_type", name)
    assert "only .mp4" in error.message


def test_a_png_named_mp4(valid, trusted):
    entries = entries_of(valid)
    video = next(e for e in entries if e.name == b"media/welkom.nl.mp4")
    video.data = PNG
    error = refused(zip_of(entries), trusted, "file_type", "media/welkom.nl.mp4")
    assert "video/mp4" in error.message


def test_html_named_vtt(valid, trusted):
    entries = entries_of(valid)
    captions = next(e for e in entries if e.name == b"captions/welkom.nl.vtt")
    captions.data = b"<html><script>alert(1)</script>"
    captions.method = 8
    refused(zip_of(entries), trusted, "file_type", "captions/welkom.nl.vtt")


def test_a_file_not_in_the_manifest(valid, trusted):
    data = with_entry(valid, RawEntry(b"media/extra.txt", b"hello"))
    refused(data, trusted, "unlisted_file", "media/extra.txt")


def test_a_listed_file_that_is_missing(valid, trusted):
    entries = [e for e in entries_of(valid) if e.name != b"teaser.nl.gif"]
    check = check_package(zip_of(entries), trusted)
    assert ("missing_file", "teaser.nl.gif") in [
        (p.code, p.where) for p in check.problems
    ]


def test_the_manifest_must_come_first(valid, trusted):
    entries = entries_of(valid)
    entries[0], entries[1] = entries[1], entries[0]
    refused(zip_of(entries), trusted, "first_entry", "signature.json")


def test_every_problem_is_collected(valid, trusted):
    entries = entries_of(valid)
    extra = [
        RawEntry(b"../a.txt", b"x"),
        RawEntry(b"media/", b""),
        RawEntry(b"media/l.txt", b"x", external=0o120777 << 16),
    ]
    check = check_package(zip_of([*entries, *extra]), trusted)
    assert [(p.code, p.where) for p in check.problems] == [
        ("zip_path", "../a.txt"),
        ("zip_directory", "media/"),
        ("zip_link", "media/l.txt"),
    ]
