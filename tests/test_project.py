"""A project opened from a folder or a file, saved, reopened: nothing lost."""

import json
import shutil

import pytest

from studio.model.serialize import template_to_dict
from studio.project import Project, ProjectError
from studio.resources import SAMPLE_PROJECT


@pytest.fixture
def sample_copy(tmp_path):
    folder = tmp_path / "sample"
    shutil.copytree(SAMPLE_PROJECT, folder)
    return folder


def test_the_sample_opens_from_its_folder_with_every_asset():
    project = Project.open(SAMPLE_PROJECT)
    assert project.template.name == "Betalingsherinnering"
    assert project.path is None
    for asset in project.template.assets.values():
        assert len(project.asset_bytes(asset.id)) == asset.size


def test_save_and_reopen_gives_the_same_template_and_assets(tmp_path):
    project = Project.open(SAMPLE_PROJECT)
    target = project.save(tmp_path / "herinnering.helder")
    reopened = Project.open(target)
    assert template_to_dict(reopened.template) == template_to_dict(project.template)
    assert (
        reopened.asset_bytes("logo")
        == (SAMPLE_PROJECT / "assets/logo.svg").read_bytes()
    )
    assert project.path == target
    reopened.close()
    project.close()


def test_saving_again_in_place_keeps_the_assets(tmp_path):
    project = Project.open(SAMPLE_PROJECT)
    target = project.save(tmp_path / "a.helder")
    project.template.name = "Tweede versie"
    project.save()
    reopened = Project.open(target)
    assert reopened.template.name == "Tweede versie"
    assert reopened.asset_bytes("house").startswith(b"<svg")
    reopened.close()
    project.close()


def test_an_imported_asset_is_kept_once_under_its_sha256(tmp_path):
    project = Project.open(SAMPLE_PROJECT)
    picture = tmp_path / "Foto van het team.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    asset = project.add_asset(picture)
    assert asset.id == "Foto-van-het-team"
    assert project.add_asset(picture).id == "Foto-van-het-team-2"
    target = project.save(tmp_path / "b.helder")
    reopened = Project.open(target)
    assert reopened.asset_bytes("Foto-van-het-team-2") == picture.read_bytes()
    reopened.close()
    project.close()


def test_a_file_of_an_unknown_kind_is_not_imported(tmp_path):
    project = Project.open(SAMPLE_PROJECT)
    other = tmp_path / "notes.docx"
    other.write_bytes(b"PK")
    with pytest.raises(ProjectError, match=r"notes\.docx: .* cannot be imported; use"):
        project.add_asset(other)


def test_a_changed_asset_file_in_a_folder_is_refused(sample_copy):
    (sample_copy / "assets" / "logo.svg").write_text("<svg/>")
    with pytest.raises(ProjectError) as caught:
        Project.open(sample_copy)
    assert str(caught.value) == (
        f"{sample_copy / 'assets' / 'logo.svg'}: asset 'logo' has changed since it "
        "was imported (its sha256 no longer matches)"
    )


def test_an_asset_name_that_leaves_the_folder_is_refused(sample_copy):
    dump = sample_copy / "project.json"
    data = json.loads(dump.read_text())
    data["assets"]["logo"]["name"] = "../../etc/passwd"
    dump.write_text(json.dumps(data))
    with pytest.raises(ProjectError, match="asset 'logo' has an unsafe file name"):
        Project.open(sample_copy)


def test_a_broken_dump_names_the_file_and_the_place(sample_copy):
    dump = sample_copy / "project.json"
    data = json.loads(dump.read_text())
    data["fps"] = "fast"
    dump.write_text(json.dumps(data))
    with pytest.raises(ProjectError) as caught:
        Project.open(sample_copy)
    assert str(caught.value) == (
        f"{dump}: template > fps: expected an integer, found the text 'fast'"
    )


def test_an_invalid_template_is_not_saved_and_the_old_file_stays(tmp_path):
    project = Project.open(SAMPLE_PROJECT)
    target = project.save(tmp_path / "c.helder")
    before = target.read_bytes()
    project.template.fps = 7
    with pytest.raises(
        ProjectError, match="not saved: template > fps: 7 is not allowed"
    ):
        project.save()
    assert target.read_bytes() == before
    project.close()


def test_a_project_file_name_must_end_in_helder(tmp_path):
    with pytest.raises(ProjectError, match=r"a project file name ends in \.helder"):
        Project.open(SAMPLE_PROJECT).save(tmp_path / "c.sqlite")


def test_export_to_a_folder_and_open_it_again(tmp_path):
    project = Project.open(SAMPLE_PROJECT)
    folder = project.export_folder(tmp_path / "out")
    again = Project.open(folder)
    assert again.dump() == project.dump()
    assert (folder / "project.json").read_text() == (
        SAMPLE_PROJECT / "project.json"
    ).read_text()
