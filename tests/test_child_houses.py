"""Drie Huizen: a child's three houses. Only the family writes them; a house the child keeps back never leaves the app
(PDF, plan file, advice text, frozen versions), whoever asks; a drawing is a clean PNG or JPEG of a few MB."""

from __future__ import annotations

import base64
import hashlib
import json
import struct
import subprocess
import zlib
from contextlib import closing
from pathlib import Path

import pytest

from models import HouseKind, PlanType, Role
from tests import dbfile
from wijkteam import advicefile, drawings, planfile
from wijkteam.errors import InvalidInputError, NotAllowedError
from wijkteam.planfile import PlanFileError
from wijkteam.services import FAMILY, Actor, Services

SUPPORTER = Actor(Role.ONDERSTEUNER, "Marieke")
PROFESSIONAL = Actor(Role.PROFESSIONAL, "Joost van Dam")
NETWORK = Actor(Role.NETWERK, "Oma Ria")
OTHERS = [SUPPORTER, PROFESSIONAL, NETWORK]
KEPT = "Ik ben bang als papa boos wordt."
SHARED_WORDS = {
    ("Sam", HouseKind.GOEDE_DINGEN): "Voetbal met opa op zaterdag.",
    ("Sam", HouseKind.DROMEN): "Een hond die Bram heet.",
    ("Noor", HouseKind.ZORGEN): "Mama is vaak moe.",
    ("Noor", HouseKind.GOEDE_DINGEN): "Tekenen op school.",
    ("Noor", HouseKind.DROMEN): "Juf worden.",
}


def png(width: int = 40, height: int = 30, *, extra: tuple[tuple[bytes, bytes], ...] = ()) -> bytes:
    """A real RGB PNG, built by hand, with any ``extra`` chunks (metadata) after the header."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    rows = b"".join(
        b"\x00" + b"".join(bytes((x * 6 % 256, y * 8 % 256, 128)) for x in range(width)) for y in range(height))
    parts = [b"\x89PNG\r\n\x1a\n", chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))]
    parts += [chunk(kind, body) for kind, body in extra]
    parts += [chunk(b"IDAT", zlib.compress(rows)), chunk(b"IEND", b"")]
    return b"".join(parts)


@pytest.fixture
def db_path(data_dir: Path, services: Services) -> Path:
    return data_dir / "wijkteam.sqlite"


@pytest.fixture
def plan(services: Services) -> tuple[int, dict[str, int], dict[tuple[str, HouseKind], int]]:
    """A plan with two children, all six houses written, five shared and Sam's house of zorgen kept back."""
    plan_id = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, family_name="Familie de Vries")
    services.people.add_participant(plan_id, FAMILY, "Petra de Vries", Role.GEZIN, relation="moeder")
    children = {name: services.people.add_participant(plan_id, FAMILY, name, Role.GEZIN, relation="kind")
                for name in ("Sam", "Noor")}
    houses: dict[tuple[str, HouseKind], int] = {}
    for name, child in children.items():
        ids = services.houses.add_child(plan_id, child, FAMILY)
        for kind, house in zip((HouseKind.ZORGEN, HouseKind.GOEDE_DINGEN, HouseKind.DROMEN), ids, strict=True):
            houses[(name, kind)] = house
            services.houses.update_text(house, SHARED_WORDS.get((name, kind), KEPT), FAMILY)
            services.houses.set_shared(house, (name, kind) != ("Sam", HouseKind.ZORGEN), FAMILY)
    services.houses.set_drawing(houses[("Noor", HouseKind.DROMEN)], png(), FAMILY)
    return plan_id, children, houses


def _dump(db_path: Path) -> list[str]:
    with closing(dbfile.connect(db_path)) as con:
        return list(con.iterdump())


def _pdf_text(path: Path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


# ------------------------------------------------------------------------------------------------ the services


def test_the_family_sees_every_house_and_the_others_only_the_shared(services: Services, plan: tuple) -> None:
    plan_id, _children, _houses = plan
    family = services.houses.list_houses(plan_id, FAMILY)
    assert [(h.child_name, h.kind) for h in family] == [
        (name, kind) for name in ("Sam", "Noor") for kind in (HouseKind.ZORGEN, HouseKind.GOEDE_DINGEN,
                                                              HouseKind.DROMEN)]
    assert [h.text for h in family if not h.shared] == [KEPT]
    for actor in OTHERS:
        seen = services.houses.list_houses(plan_id, actor)
        assert {(h.child_name, h.kind): h.text for h in seen} == SHARED_WORDS
    assert KEPT not in [h.text for h in services.plans.get_plan(plan_id).child_houses]
    assert KEPT not in [h.text for h in services.plans.get_plan(plan_id, include_private=True, actor=FAMILY)
                        .child_houses]


@pytest.mark.parametrize("actor", OTHERS, ids=lambda a: a.role.value)
def test_no_other_role_writes_a_house_and_nothing_changes(services: Services, plan: tuple, db_path: Path,
                                                          actor: Actor) -> None:
    plan_id, children, houses = plan
    house = houses[("Sam", HouseKind.ZORGEN)]
    before = _dump(db_path)
    for attempt in (lambda: services.houses.update_text(house, "Anders", actor),
                    lambda: services.houses.set_shared(house, True, actor),
                    lambda: services.houses.set_drawing(house, png(), actor),
                    lambda: services.houses.remove_child(plan_id, children["Sam"], actor),
                    lambda: services.houses.add_child(plan_id, children["Sam"], actor)):
        with pytest.raises(NotAllowedError):
            attempt()
    assert _dump(db_path) == before


def test_only_someone_of_the_family_gets_houses(services: Services, plan: tuple) -> None:
    plan_id, _children, _houses = plan
    oma = services.people.add_participant(plan_id, FAMILY, "Oma Ria", Role.NETWERK)
    with pytest.raises(InvalidInputError):
        services.houses.add_child(plan_id, oma, FAMILY)


def test_the_history_says_a_house_changed_never_what_the_child_wrote(services: Services, plan: tuple,
                                                                    db_path: Path) -> None:
    with closing(dbfile.connect(db_path)) as con:
        summaries = [row[0] for row in con.execute("SELECT summary FROM change WHERE entity = 'child_house'")]
    assert "Huis van zorgen van Sam: blijft buiten het plan" not in summaries  # it never was shared
    assert "Huis van dromen van Noor: komt in het plan" in summaries
    assert not any("bang" in s or "Voetbal" in s for s in summaries)


def test_removing_the_child_removes_their_houses(services: Services, plan: tuple) -> None:
    plan_id, children, _houses = plan
    services.people.remove_participant(children["Sam"], FAMILY)
    assert {h.child_name for h in services.houses.list_houses(plan_id, FAMILY)} == {"Noor"}


# ---------------------------------------------------------------------------------------------------- drawings


def test_a_clean_drawing_is_kept_as_it_is(services: Services, plan: tuple) -> None:
    plan_id, _children, _houses = plan
    noor = {h.kind: h for h in services.houses.list_houses(plan_id, PROFESSIONAL) if h.child_name == "Noor"}
    assert noor[HouseKind.DROMEN].drawing == png()
    assert drawings.size_of(png()) == (40, 30)


@pytest.mark.parametrize("data", [
    png(extra=((b"tEXt", b"Author\x00Petra de Vries"), (b"eXIf", b"MM\x00*GPS 52.37N 4.89E"))),
    png(extra=((b"tIME", b"\x07\xea\x0c\x02\x03\x00\x00"),)),
    png(2000, 10),
    png()[:60],
    b"GIF89a" + b"\x00" * 40,
    b"\xff\xd8\xff\xe1\x00\x10Exif\x00\x00MM\x00*\x00\x00\x00\x08\xff\xd9",
    png() + b"\x00" * (drawings.MAX_DRAWING_BYTES + 1),
], ids=["png-text-exif", "png-time", "too-wide", "cut-off", "gif", "jpeg-exif", "too-big"])
def test_a_drawing_with_metadata_too_big_or_broken_is_refused_with_one_sentence(
        services: Services, plan: tuple, db_path: Path, data: bytes) -> None:
    _plan_id, _children, houses = plan
    before = _dump(db_path)
    with pytest.raises(InvalidInputError) as caught:
        services.houses.set_drawing(houses[("Sam", HouseKind.DROMEN)], data, FAMILY)
    sentence = caught.value.dutch
    assert sentence.count(".") == 1 and sentence.endswith(".") and "Traceback" not in sentence
    assert _dump(db_path) == before


# ------------------------------------------------------------------------------------------- every way out


def test_the_pdf_shows_the_shared_houses_and_not_the_kept_one(services: Services, plan: tuple,
                                                              tmp_path: Path) -> None:
    plan_id, _children, _houses = plan
    target = services.export.export_pdf(plan_id, tmp_path / "plan.pdf")
    text = _pdf_text(target)
    for words in SHARED_WORDS.values():
        assert words in text
    assert "De huizen van Sam" in text and "De huizen van Noor" in text
    assert "bang" not in text
    images = subprocess.run(["pdfimages", "-list", str(target)], capture_output=True, text=True, check=True).stdout
    assert len(images.strip().splitlines()) == 3  # a header, a rule and Noor's one drawing
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True, check=True).stdout
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])  # every font embedded


def test_the_kept_house_is_in_no_plan_file_advice_text_or_version(services: Services, plan: tuple,
                                                                  tmp_path: Path) -> None:
    plan_id, _children, houses = plan
    version = services.versions.freeze(plan_id, FAMILY)
    assert KEPT not in json.dumps(services.versions.snapshot(version), ensure_ascii=False)

    plain = services.planfiles.export_plan(plan_id, tmp_path / "plan.wijkplan")
    content = plain.read_text(encoding="utf-8")
    assert "bang" not in content and "Voetbal met opa" in content
    document = planfile.read_document(plain)
    assert document["version"] == planfile.VERSION
    shown = advicefile.plan_as_text(document)
    assert "Voetbal met opa" in shown and "bang" not in shown

    # Taken back after the freeze: the frozen copy in a file loses it too.
    services.houses.set_shared(houses[("Sam", HouseKind.GOEDE_DINGEN)], False, FAMILY)
    later = services.planfiles.export_plan(plan_id, tmp_path / "later.wijkplan").read_text(encoding="utf-8")
    assert "Voetbal met opa" not in later and "Een hond die Bram heet" in later

    # The family's own full copy keeps the kept houses, and never as shared; its versions still hold none.
    own = services.planfiles.export_plan(plan_id, tmp_path / "own.wijkplan", actor=FAMILY, with_private=True)
    houses_in_file = planfile.read_document(own)["plan"]["child_houses"]
    assert [h["text"] for h in houses_in_file if not h["shared"]] == [KEPT, "Voetbal met opa op zaterdag."]
    assert "bang" not in planfile.read_document(own)["plan"]["versions"][0]["snapshot"]


def test_a_plan_file_carries_the_houses_and_their_drawing(services: Services, plan: tuple, tmp_path: Path) -> None:
    plan_id, _children, _houses = plan
    exported = services.planfiles.export_plan(plan_id, tmp_path / "plan.wijkplan")
    copy = services.planfiles.import_plan(exported)
    houses = {(h.child_name, h.kind): h for h in services.houses.list_houses(copy, FAMILY)}
    assert {key: h.text for key, h in houses.items()} == SHARED_WORDS
    assert houses[("Noor", HouseKind.DROMEN)].drawing == png()
    again = services.planfiles.export_plan(copy, tmp_path / "again.wijkplan")
    assert planfile.read_document(again)["plan"]["child_houses"] == \
        planfile.read_document(exported)["plan"]["child_houses"]


def test_a_child_whose_role_changed_keeps_their_houses_and_the_plan_still_exports(
        services: Services, plan: tuple, tmp_path: Path) -> None:
    plan_id, children, _houses = plan
    services.people.update_participant(children["Sam"], FAMILY, role=Role.NETWERK)
    exported = services.planfiles.export_plan(plan_id, tmp_path / "plan.wijkplan")
    copy = services.planfiles.import_plan(exported)
    assert len(services.houses.list_houses(copy, PROFESSIONAL)) == 5


def test_a_version_1_file_imports_with_no_houses(services: Services, plan: tuple, tmp_path: Path) -> None:
    plan_id, _children, _houses = plan
    document = planfile.read_document(services.planfiles.export_plan(plan_id, tmp_path / "plan.wijkplan"))
    document["version"] = 1
    with_houses = tmp_path / "v1-with-houses.wijkplan"
    with_houses.write_bytes(planfile.dump_document(document))
    with pytest.raises(PlanFileError):
        services.planfiles.import_plan(with_houses)
    del document["plan"]["child_houses"]
    for version in document["plan"]["versions"]:
        version["snapshot"] = ""
    old = tmp_path / "v1.wijkplan"
    old.write_bytes(planfile.dump_document(document))
    copy = services.planfiles.import_plan(old)
    assert services.houses.list_houses(copy, FAMILY) == []
    assert [p.name for p in services.people.list_people(copy)] == ["Petra de Vries", "Sam", "Noor"]


def test_a_hand_made_file_brings_no_metadata_in(services: Services, plan: tuple, tmp_path: Path) -> None:
    plan_id, _children, _houses = plan
    document = planfile.read_document(services.planfiles.export_plan(plan_id, tmp_path / "plan.wijkplan"))
    dirty = png(extra=((b"tEXt", b"GPS\x0052.37N"),))
    for house in document["plan"]["child_houses"]:
        house["drawing"] = base64.b64encode(dirty).decode("ascii")
    made = tmp_path / "made.wijkplan"
    made.write_bytes(planfile.dump_document(document))
    copy = services.planfiles.import_plan(made)
    assert all(h.drawing is None for h in services.houses.list_houses(copy, FAMILY))


def test_what_changed_since_the_last_version_names_a_changed_house_not_the_kept_one(services: Services,
                                                                                 plan: tuple) -> None:
    plan_id, _children, houses = plan
    services.versions.freeze(plan_id, FAMILY)
    services.houses.update_text(houses[("Noor", HouseKind.GOEDE_DINGEN)], "Mijn fiets.", FAMILY)
    services.houses.update_text(houses[("Sam", HouseKind.ZORGEN)], KEPT + " Nog steeds.", FAMILY)  # kept back
    changes = services.versions.changes_since_last_version(plan_id)
    assert changes == ["Het huis van goede dingen van Noor is aangepast."]
    assert services.versions.is_draft_since_last_version(plan_id)  # the plan changed: agree again


def _noise_png(seed: int, width: int = 400, height: int = 340) -> bytes:
    """A real PNG that does not compress: about ``width * height * 3`` bytes, like a photo of a drawing on paper."""
    import random

    noise = random.Random(seed)
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    rows = b"".join(b"\x00" + noise.randbytes(width * 3) for _ in range(height))
    return b"".join([b"\x89PNG\r\n\x1a\n", chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)),
                     chunk(b"IDAT", zlib.compress(rows, 1)), chunk(b"IEND", b"")])


def test_a_version_keeps_a_fingerprint_of_each_drawing_so_many_drawings_and_versions_still_make_a_file(
        services: Services, tmp_path: Path) -> None:
    plan_id = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, family_name="Familie Kaya")
    drawn: list[bytes] = []
    for name in ("Sam", "Noor", "Ilse"):
        child = services.people.add_participant(plan_id, FAMILY, name, Role.GEZIN, relation="kind")
        for house in services.houses.add_child(plan_id, child, FAMILY):
            drawn.append(_noise_png(len(drawn)))
            services.houses.set_drawing(house, drawn[-1], FAMILY)
            services.houses.set_shared(house, True, FAMILY)
    part = services.plans.get_plan(plan_id).sections[1].id
    for number in range(5):  # were each to carry the drawings again, the file would pass 20 MB
        services.plans.set_section_text(part, f"Zo staat het in versie {number + 1}.", FAMILY)
        services.versions.freeze(plan_id, FAMILY)
    snapshot = services.versions.snapshot(services.versions.list_versions(plan_id)[-1].id)
    assert [(h["drawing"], h["drawing_sha256"]) for h in snapshot["child_houses"]] == [
        (None, hashlib.sha256(d).hexdigest()) for d in drawn]
    assert services.versions.changes_since_last_version(plan_id) == []

    written = services.planfiles.export_plan(plan_id, tmp_path / "kaya.wijkplan")
    content = written.read_text(encoding="utf-8")
    assert sum(len(d) for d in drawn) > 3_600_000 and written.stat().st_size < 6_000_000
    assert all(content.count(base64.b64encode(d).decode("ascii")) == 1 for d in drawn)  # each drawing once
    again = services.planfiles.import_plan(written)
    assert services.versions.changes_since_last_version(again) == []  # the versions came along and still match
    assert [h.drawing for h in services.houses.list_houses(again, FAMILY)] == drawn
    services.houses.set_drawing(services.houses.list_houses(again, FAMILY)[4].id, drawn[0], FAMILY)
    assert services.versions.changes_since_last_version(again) == ["Het huis van goede dingen van Noor is aangepast."]
