"""The network map in "Ons netwerk": the family drags people or moves them with the keyboard, Ctrl+Z puts them back,
everyone else only reads it, and a screen reader hears every person by name, group and ring."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from models import PlanType, Role, Sector
from ui.people.network_map_panel import NetworkMapPanel
from ui.people.people_editor import COL_CLOSENESS, COL_NAME
from ui.people.person_dialog import PersonDialog
from ui.window.main_window import MainWindow
from wijkteam import network_map as nm
from wijkteam.network_map import map_person
from wijkteam.services import FAMILY, Services

PEOPLE = [("Sanne", Role.GEZIN, Sector.GEZIN, 1), ("Kemal", Role.GEZIN, Sector.GEZIN, 1),
          ("Oma Ria", Role.NETWERK, Sector.FAMILIE, 1), ("Oom Dennis", Role.NETWERK, Sector.FAMILIE, 2),
          ("Buurvrouw Fatima", Role.NETWERK, Sector.VRIENDEN_BUREN, 2),
          ("Meester Dekker", Role.NETWERK, Sector.SCHOOL_WERK, 3),
          ("Priya", Role.PROFESSIONAL, Sector.PROFESSIONALS, 3)]


def _open_map(window: MainWindow, services: Services) -> tuple[int, NetworkMapPanel]:
    pid = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, family_name="Familie Yılmaz")
    for name, role, sector, closeness in PEOPLE:
        services.people.add_participant(pid, FAMILY, name, role, sector=sector, closeness=closeness)
    window.open_plan(pid)
    editor = window.editor_view
    row = next(i for i, s in enumerate(services.plans.get_plan(pid).sections) if s.kind == "network")
    editor.section_list.setCurrentIndex(editor.model.index(row))
    panel = editor.panel.network_map
    assert panel.isVisible() and editor.panel.people_editor.isVisible()
    return pid, panel


def _person(services: Services, pid: int, name: str):  # type: ignore[no-untyped-def]
    return next(p for p in services.people.list_people(pid) if p.name == name)


def _places(services: Services, pid: int) -> dict[str, tuple[float, float]]:
    people = services.people.list_people(pid)
    placed = nm.layout(map_person(p) for p in people)
    return {p.name: (placed[p.id].x, placed[p.id].y) for p in people}


def _inside(cell: nm.Cell) -> tuple[float, float]:
    """A point in the middle of a cell, in map coordinates."""
    start, end = nm.sector_span(cell.sector)
    inner, outer = nm.ring_span(cell.closeness)
    return nm.point((start + end) / 2 + 7, (inner + outer) / 2)


def _others_stayed(before: dict[str, tuple[float, float]], after: dict[str, tuple[float, float]], moved: str) -> bool:
    return {n: xy for n, xy in before.items() if n != moved} == {n: xy for n, xy in after.items() if n != moved}


# --------------------------------------------------------------------- the core


def test_a_drop_point_gives_its_cell_and_the_centre_or_outside_none() -> None:
    for cell, cell_slots in nm.slots().items():
        assert all(nm.cell_at(slot.x, slot.y) == cell for slot in cell_slots)
    assert nm.cell_at(0.0, 0.0) is None and nm.cell_at(0.05, -0.05) is None  # the family's own centre
    assert nm.cell_at(0.0, -1.2) is None and nm.cell_at(1.0, 1.0) is None  # beside the circle
    assert nm.cell_at(0.01, -0.3) == nm.Cell(Sector.GEZIN, 1)  # just right of the top: the first group
    assert nm.cell_at(-0.01, -0.9) == nm.Cell(Sector.PROFESSIONALS, 3)  # just left of the top: the last
    assert nm.cell_at(*nm.point(180, 0.6)) == nm.Cell(Sector.VRIENDEN_BUREN, 2)


# ------------------------------------------------------------------ the window


def test_a_drop_moves_one_person_and_undo_puts_them_back(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    pid, panel = _open_map(window, services)
    editor = window.editor_view
    dennis = _person(services, pid, "Oom Dennis")
    before = _places(services, pid)
    view = panel.view
    view.drop_person(dennis.id, view.scene_point(*_inside(nm.Cell(Sector.FAMILIE, 1))))
    assert _person(services, pid, "Oom Dennis").closeness == 1
    assert _others_stayed(before, _places(services, pid), "Oom Dennis")
    assert view.chip(dennis.id).accessibleName() == "Oom Dennis, familie, heel dichtbij"
    table = editor.panel.people_editor.people_model  # the list beside the map shows the same
    row = table.row_of(dennis.id)
    assert table.index(row, COL_CLOSENESS).data() == "Heel dichtbij"
    assert editor.undo.stack.undoText() == "Verplaatsen van Oom Dennis"

    moved_to = _places(services, pid)["Oom Dennis"]
    editor.undo.undo()
    assert _person(services, pid, "Oom Dennis").closeness == 2
    assert _places(services, pid) == before  # back on the very place, and nobody else moved
    assert view.chip(dennis.id).accessibleName() == "Oom Dennis, familie, dichtbij"
    assert table.index(row, COL_CLOSENESS).data() == "Dichtbij"
    assert editor.panel.status_label.text() == "Ongedaan gemaakt: Verplaatsen van Oom Dennis"
    editor.undo.redo()
    assert _person(services, pid, "Oom Dennis").closeness == 1
    assert _places(services, pid)["Oom Dennis"] == moved_to

    # The centre and the space outside the circle keep the person where they were.
    for point in ((0.0, 0.02), (1.3, 0.0)):
        view.drop_person(dennis.id, view.scene_point(*point))
        assert _person(services, pid, "Oom Dennis").closeness == 1
    assert editor.undo.stack.count() == 1


def test_the_mouse_drags_a_person_to_another_group(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    pid, panel = _open_map(window, services)
    fatima = _person(services, pid, "Buurvrouw Fatima")
    before = _places(services, pid)
    view = panel.view
    chip = view.chip(fatima.id)
    target = view.mapFromScene(view.scene_point(*_inside(nm.Cell(Sector.SCHOOL_WERK, 3))))
    start = chip.rect().center()
    QTest.mousePress(chip, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(chip, start + QPoint(QApplication.startDragDistance() + 4, 0))
    assert chip.is_dragged
    QTest.mouseMove(chip, chip.mapFrom(view.viewport(), target))
    QTest.mouseRelease(chip, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       chip.mapFrom(view.viewport(), target))
    moved = _person(services, pid, "Buurvrouw Fatima")
    assert (moved.sector, moved.closeness) == (Sector.SCHOOL_WERK.value, 3)
    assert _others_stayed(before, _places(services, pid), "Buurvrouw Fatima")
    placed = nm.layout(map_person(p) for p in services.people.list_people(pid))[fatima.id]
    # The chip stands on its new place of the layout (to the pixel), not where it was let go: its box is centred
    # there, and its label may go on to the right into free room.
    slot = view.mapFromScene(view.scene_point(placed.x, placed.y))
    box = max(12, int(nm.LABEL_WIDTH * view._radius) - 2)
    assert abs(chip.geometry().left() + box // 2 - slot.x()) <= 2
    assert abs(chip.geometry().center().y() - slot.y()) <= 2


def test_ctrl_and_the_arrows_move_the_chosen_person(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    pid, panel = _open_map(window, services)
    editor = window.editor_view
    dennis = _person(services, pid, "Oom Dennis")
    before = _places(services, pid)
    chip = panel.view.chip(dennis.id)
    chip.setFocus()
    qtbot.keyClick(chip, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # closer
    assert _person(services, pid, "Oom Dennis").closeness == 1
    assert _others_stayed(before, _places(services, pid), "Oom Dennis")
    assert editor.panel.status_label.text() == "Oom Dennis staat nu bij familie, heel dichtbij."
    qtbot.keyClick(chip, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # no closer than the closest
    assert editor.panel.status_label.text() == "Oom Dennis staat al heel dichtbij."
    qtbot.keyClick(chip, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)  # the next group, clockwise
    moved = _person(services, pid, "Oom Dennis")
    assert (moved.sector, moved.closeness) == (Sector.VRIENDEN_BUREN.value, 1)
    assert chip.hasFocus() or not window.isActiveWindow()  # the same person stays chosen for the next key
    assert editor.undo.stack.count() == 2
    editor.undo.undo()
    editor.undo.undo()
    back = _person(services, pid, "Oom Dennis")
    assert (back.sector, back.closeness) == (Sector.FAMILIE.value, 2)
    assert _others_stayed(before, _places(services, pid), "Oom Dennis")
    # The arrows alone go from person to person, in reading order.
    chips = panel.view.chips()
    qtbot.keyClick(chips[0], Qt.Key.Key_Right)
    assert QApplication.focusWidget() in (chips[1], None)


def test_for_a_supporter_the_map_is_only_for_reading(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    pid, panel = _open_map(window, services)
    window.session_role.switch_to(Role.ONDERSTEUNER, "Marieke Jansen")
    editor = window.editor_view
    assert not panel.add_button.isEnabled()
    assert panel.hint.text() == "U kunt de kaart bekijken. Alleen het gezin kan mensen verplaatsen."
    dennis = _person(services, pid, "Oom Dennis")
    view = panel.view
    chip = view.chip(dennis.id)
    assert not chip.movable and "Ctrl" not in chip.accessibleDescription()
    view.drop_person(dennis.id, view.scene_point(*_inside(nm.Cell(Sector.FAMILIE, 1))))
    qtbot.keyClick(chip, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert editor.panel.status_label.text() == "Alleen het gezin kan mensen verplaatsen."
    start = chip.rect().center()
    QTest.mousePress(chip, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(chip, start + QPoint(60, 60))
    assert not chip.is_dragged
    QTest.mouseRelease(chip, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(60, 60))
    assert _person(services, pid, "Oom Dennis").closeness == 2
    assert editor.undo.stack.count() == 0
    window.session_role.switch_to(Role.GEZIN, "")
    assert panel.add_button.isEnabled() and view.chip(dennis.id).movable


def test_every_person_is_a_named_control_reached_with_tab(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    pid, panel = _open_map(window, services)
    people = services.people.list_people(pid)
    words = {"Sanne": "Sanne, gezin, heel dichtbij", "Oma Ria": "Oma Ria, familie, heel dichtbij",
             "Meester Dekker": "Meester Dekker, school en werk, wat verder weg"}
    chips = panel.view.chips()
    assert len(chips) == len(PEOPLE)
    for person in people:
        chip = panel.view.chip(person.id)
        interface = QAccessible.queryAccessibleInterface(chip)
        assert interface is not None and interface.role() == QAccessible.Role.Button
        name = interface.text(QAccessible.Text.Name)
        assert name.startswith(person.name + ", ") and name.count(", ") >= 2
        assert words.get(person.name, name) == name
        assert chip.focusPolicy() & Qt.FocusPolicy.TabFocus and chip.isVisible()
        assert chip.toolTip().startswith(person.name)
    # Tab: the button, then every person in reading order, then the list.
    seen: list[QWidget] = []
    widget: QWidget = panel.add_button
    for _ in range(len(chips) + 1):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisible():
            widget = widget.nextInFocusChain()
        seen.append(widget)
    assert seen[:-1] == chips
    assert seen[-1] is window.editor_view.panel.people_editor.table


def test_adding_on_an_empty_place_presets_its_group_and_ring(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    pid, panel = _open_map(window, services)
    people = window.editor_view.panel.people_editor
    cell = nm.Cell(Sector.VRIENDEN_BUREN, 3)
    panel.view.add_requested.emit(cell)  # what a double click on an empty place of that cell asks
    dialog = people.dialog
    assert isinstance(dialog, PersonDialog) and dialog.isVisible()
    assert dialog.fields()["sector"] == Sector.VRIENDEN_BUREN.value and dialog.fields()["closeness"] == 3
    dialog.name_edit.setText("Buurman Wim")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: people.dialog is None)
    wim = _person(services, pid, "Buurman Wim")
    assert panel.view.cell_of(wim.id) == cell
    assert panel.view.chip(wim.id).accessibleName() == "Buurman Wim, vrienden en buren, wat verder weg"
    assert "Buurman Wim" in [people.people_model.index(r, COL_NAME).data() for r in range(people.model.rowCount())]


@pytest.mark.parametrize("width", [480, 900])
def test_the_map_fits_its_part_and_no_two_people_overlap(
    qtbot: QtBot, window: MainWindow, services: Services, width: int
) -> None:
    pid, panel = _open_map(window, services)
    for number in range(33):  # forty people in all
        services.people.add_participant(pid, FAMILY, f"Persoon {number}", Role.NETWERK,
                                        sector=nm.SECTORS[number % 5], closeness=1 + number % 3)
    panel.reload()
    panel.view.resize(width, int(width * 0.78))
    qtbot.waitUntil(lambda: panel.view.viewport().width() == width)
    panel.view.show_people(panel.view.people(), "Familie Yılmaz")
    chips = panel.view.chips()
    assert len(chips) == 40
    viewport = panel.view.viewport().rect()
    boxes = [c.geometry() for c in chips]
    assert all(viewport.contains(box) for box in boxes)
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    radius = panel.view.scene_point(1, 0).x()
    assert math.isclose(radius, min(viewport.width(), viewport.height()) / 2, rel_tol=0.45)
