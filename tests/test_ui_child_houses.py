"""Drie Huizen in the window: the part "Wat de kinderen zeggen" shows each child's three houses; the words save as
they are typed, a drawing comes in clean, the tick says calmly what stays with the child, and other roles see only
what the child shares."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from models import HouseKind, PlanType, Role
from tests.test_child_houses import png
from ui.people.child_houses_panel import CHILDREN_PART, ChildHousesPanel
from ui.people.drawing_file import read_drawing
from ui.window.main_window import MainWindow
from wijkteam import drawings
from wijkteam.errors import InvalidInputError
from wijkteam.services import FAMILY, Services

SHOTS = Path(__file__).resolve().parent.parent / "shots"


def _open_children_part(window: MainWindow, services: Services) -> tuple[int, ChildHousesPanel]:
    pid = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, family_name="Familie de Vries")
    services.people.add_participant(pid, FAMILY, "Petra", Role.GEZIN, relation="moeder")
    services.people.add_participant(pid, FAMILY, "Sam", Role.GEZIN, relation="zoon")
    services.people.add_participant(pid, FAMILY, "Noor", Role.GEZIN, relation="dochter")
    window.open_plan(pid)
    editor = window.editor_view
    row = next(i for i, s in enumerate(services.plans.get_plan(pid).sections) if s.key == CHILDREN_PART)
    editor.section_list.setCurrentIndex(editor.model.index(row))
    panel = editor.panel.child_houses
    assert panel.isVisible()
    return pid, panel


def _add(panel: ChildHousesPanel, name: str) -> None:
    panel.child_choice.setCurrentIndex(panel.child_choice.findText(name))
    panel.add_button.click()


def _jpeg_with_exif(path: Path) -> Path:
    """A real JPEG with an EXIF block that names a place, put in after the start of the file."""
    image = QImage(900, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 90)  # type: ignore[call-overload]
    raw = bytes(data.data())
    tiff = b"MM\x00*\x00\x00\x00\x08\x00\x00" + b"GPS Amsterdam 52.37N 4.89E" + b"\x00" * 8
    app1 = b"\xff\xe1" + (len(tiff) + 8).to_bytes(2, "big") + b"Exif\x00\x00" + tiff
    path.write_bytes(raw[:2] + app1 + raw[2:])
    return path


def test_the_family_makes_houses_writes_ticks_and_adds_a_clean_drawing(
        qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    pid, panel = _open_children_part(window, services)
    assert panel.empty.isVisible() and panel.child_choice.count() == 3
    _add(panel, "Sam")
    _add(panel, "Noor")
    assert [b.title.text() for b in panel.boxes][:3] == ["Huis van zorgen", "Huis van goede dingen",
                                                          "Huis van dromen"]
    assert panel.child_choice.findText("Sam") == -1

    first = panel.boxes[0]
    assert not first.shared.isChecked() and "blijft bij jou" in first.state.text()
    first.words.setPlainText("Ik ben bang als het ruzie is.")
    panel.flush()
    sam = {h.kind: h for h in services.houses.list_houses(pid, FAMILY) if h.child_name == "Sam"}
    assert sam[HouseKind.ZORGEN].text == "Ik ben bang als het ruzie is." and not sam[HouseKind.ZORGEN].shared

    dreams = panel.boxes[2]
    dreams.words.setPlainText("Een hond.")
    dreams.shared.setChecked(True)
    assert "komt in het plan" in dreams.state.text()
    picture = _jpeg_with_exif(tmp_path / "tekening.jpg")
    assert b"Amsterdam" in picture.read_bytes()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(picture), ""))
    dreams.add_drawing.click()
    qtbot.waitUntil(lambda: dreams.picture.isVisible())
    panel.flush()
    stored = {h.kind: h for h in services.houses.list_houses(pid, FAMILY) if h.child_name == "Sam"}[HouseKind.DROMEN]
    assert stored.shared and stored.text == "Een hond."
    assert stored.drawing is not None and b"Amsterdam" not in stored.drawing and b"Exif" not in stored.drawing
    assert drawings.size_of(stored.drawing) == (900, 600)

    # Another person at the keyboard sees only what the child shares, and cannot change it.
    first.words.setPlainText("Ik ben bang als het ruzie is. Echt.")
    window.session_role.switch_to(Role.PROFESSIONAL, "Joost van Dam")
    kept = {h.kind: h for h in services.houses.list_houses(pid, FAMILY) if h.child_name == "Sam"}[HouseKind.ZORGEN]
    assert kept.text == "Ik ben bang als het ruzie is. Echt."  # saved as the family, before the professional came
    assert [(b.house.child_name, b.house.kind) for b in panel.boxes] == [("Sam", HouseKind.DROMEN)]
    assert panel.boxes[0].words.isReadOnly() and not panel.boxes[0].shared.isVisibleTo(panel)
    assert not panel.add_button.isVisibleTo(panel)


def test_a_broken_or_huge_picture_is_refused_with_one_sentence(
        qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    pid, panel = _open_children_part(window, services)
    _add(panel, "Sam")
    broken = tmp_path / "kapot.png"
    broken.write_bytes(png()[:70])
    huge = tmp_path / "groot.jpg"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    fifo = tmp_path / "pijp.png"
    os.mkfifo(fifo)
    said: list[str] = []
    panel.failed.connect(said.append)
    box = panel.boxes[0]
    for path in (broken, huge, fifo):
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, p=path, **k: (str(p), ""))
        box.add_drawing.click()
    assert said[0] == "Dit bestand is geen plaatje dat Ons Plan kan lezen."
    assert said[1] == "Dit plaatje is groter dan 20 MB en wordt niet gebruikt."
    assert said[2].startswith("Dit is geen gewoon bestand")
    assert all(h.drawing is None for h in services.houses.list_houses(pid, FAMILY))
    assert not box.picture.isVisible()


def test_a_large_photo_is_scaled_and_kept_small(tmp_path: Path, qapp: object) -> None:
    noise = os.urandom(2000 * 1500 * 4)  # the worst case for a PNG: a photo-like picture of pure noise
    image = QImage(noise, 2000, 1500, QImage.Format.Format_RGB32)
    path = tmp_path / "foto.png"
    assert image.save(str(path))
    kept = read_drawing(path)
    assert max(drawings.size_of(kept)) == drawings.MAX_SIDE
    assert len(kept) <= drawings.MAX_DRAWING_BYTES
    with pytest.raises(InvalidInputError):
        read_drawing(tmp_path)


def test_the_houses_fit_a_laptop_screen(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    """Also the shot to look at: run once more with QT_FONT_DPI=192 for 200% text."""
    window.resize(1366, 768)
    pid, panel = _open_children_part(window, services)
    _add(panel, "Sam")
    for box, words in zip(panel.boxes, ("Als papa en mama ruzie maken.", "Voetbal met opa.", "Een hond."),
                          strict=True):
        box.words.setPlainText(words)
    panel.boxes[1].shared.setChecked(True)
    panel.boxes[2].shared.setChecked(True)
    services.houses.set_drawing(panel.boxes[2].house.id, png(120, 80), FAMILY)
    panel.reload()
    # The part is laid out again on Qt's next turn of the event loop: then it has all the room the houses need.
    qtbot.waitUntil(lambda: panel.height() >= panel.minimumSizeHint().height() > 300)
    window.editor_view.open_part.scroll_area.ensureWidgetVisible(panel.boxes[0].state)
    SHOTS.mkdir(exist_ok=True)
    size = "200" if os.environ.get("QT_FONT_DPI") == "192" else "100"
    window.grab().save(str(SHOTS / f"child_houses_{size}.png"))
    for box in panel.boxes:
        assert box.words.width() >= 200 and box.words.height() >= 3 * box.words.fontMetrics().lineSpacing()
        assert box.shared.width() >= box.shared.sizeHint().width()  # the tick's words are not cut off


def test_a_drawing_taken_away_and_a_house_shared_come_back_with_undo(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    pid, panel = _open_children_part(window, services)
    _add(panel, "Sam")
    house = panel.boxes[2].house.id
    services.houses.set_drawing(house, png(), FAMILY)
    panel.reload()
    stack = window.editor_view.undo.stack

    def stored() -> tuple[bytes | None, bool]:
        found = next(h for h in services.houses.list_houses(pid, FAMILY) if h.id == house)
        return found.drawing, found.shared

    panel.boxes[2].remove_drawing.click()
    assert stored() == (None, False) and stack.undoText() == "Tekening in huis van dromen van Sam"
    panel.boxes[2].shared.setChecked(True)
    assert stored() == (None, True)
    stack.undo()  # the choice first
    assert stored() == (None, False) and not panel.boxes[2].shared.isChecked()
    stack.undo()  # then the drawing comes back, and shows
    assert stored() == (png(), False) and panel.boxes[2].picture.isVisible()
    stack.redo()
    assert stored() == (None, False) and not panel.boxes[2].picture.isVisible()
    # Nobody else undoes the family's steps: a professional at the keyboard changes nothing.
    stack.undo()
    window.session_role.switch_to(Role.PROFESSIONAL, "Joost van Dam")
    stack.redo()
    assert stored() == (png(), False)
