"""Drie Huizen in "Wat de kinderen zeggen": per child three houses, each with the child's own words, a drawing and
the child's choice "Dit mag in het plan".

The child writes with the family at the keyboard: only the family adds, writes and ticks. The words are saved as they
are typed (``AutoSaver``, as every other part); a drawing goes through ``drawing_file`` before the services see it.
Everyone else reads only the houses a child shares, without buttons.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QHideEvent, QPixmap, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from models import HouseKind, Role
from ui.common.autosave import AutoSaver
from ui.common.session_role import SessionRole
from ui.common.theme import set_role
from ui.common.wording import fmt
from ui.people.drawing_file import FILTER_PATTERNS, read_drawing
from ui.people.house_commands import HouseCommand, Store
from wijkteam.errors import UserError
from wijkteam.services import Actor, Services
from wijkteam.services.dto import ChildHouseDoc, ParticipantDoc

#: The template key of "Wat de kinderen zeggen" (``resources/templates/familiegroepsplan.json``).
CHILDREN_PART = "kinderen"
THUMBNAIL_HEIGHT = 72
#: The houses stand side by side down to this width each; narrower (large text), they stand one under the other.
HOUSE_MIN_WIDTH = 250


def house_name(kind: HouseKind) -> str:
    names = {
        HouseKind.ZORGEN: QCoreApplication.translate("ChildHouses", "Huis van zorgen"),
        HouseKind.GOEDE_DINGEN: QCoreApplication.translate("ChildHouses", "Huis van goede dingen"),
        HouseKind.DROMEN: QCoreApplication.translate("ChildHouses", "Huis van dromen"),
    }
    return names[kind]


def house_question(kind: HouseKind) -> str:
    questions = {
        HouseKind.ZORGEN: QCoreApplication.translate("ChildHouses", "Waar maak je je zorgen over?"),
        HouseKind.GOEDE_DINGEN: QCoreApplication.translate("ChildHouses", "Wat gaat er goed?"),
        HouseKind.DROMEN: QCoreApplication.translate("ChildHouses", "Wat wens je? Hoe is het als alles goed is?"),
    }
    return questions[kind]


class _WordsEdit(QPlainTextEdit):
    left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.left.emit()


class HouseBox(QFrame):
    """One house: its name, the child's words, the drawing and the tick."""

    def __init__(self, panel: ChildHousesPanel, house: ChildHouseDoc, editable: bool) -> None:
        super().__init__()
        set_role(self, "card")
        self.panel = panel
        self.house = house
        self.title = QLabel(house_name(house.kind))
        set_role(self.title, "heading")
        self.title.setWordWrap(True)
        self.words = _WordsEdit()
        self.words.setPlainText(panel.waiting_text(house.id) or house.text)
        self.words.setPlaceholderText(house_question(house.kind))
        self.words.setTabChangesFocus(True)
        self.words.setReadOnly(not editable)
        self.words.setAccessibleName(fmt(self.tr("%1 van %2"), house_name(house.kind), house.child_name))
        self.words.setAccessibleDescription(house_question(house.kind))
        line = self.words.fontMetrics().lineSpacing()
        self.words.setMinimumHeight(4 * line + 12)
        self.words.textChanged.connect(self._on_words_text_changed)
        self.words.left.connect(panel.save_now)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.add_drawing = QPushButton(self.tr("Tekening toevoegen…"))
        self.add_drawing.setToolTip(self.tr("Kies een plaatje of een foto van een tekening op papier"))
        self.add_drawing.clicked.connect(self._on_add_drawing_clicked)
        self.remove_drawing = QPushButton(self.tr("Tekening weghalen"))
        self.remove_drawing.clicked.connect(self._on_remove_drawing_clicked)
        self.shared = QCheckBox(self.tr("Dit mag in het plan"))
        self.shared.setChecked(house.shared)
        self.shared.setAccessibleDescription(
            fmt(self.tr("Het kind kiest of %1 in het plan komt"), house_name(house.kind).lower()))
        self.shared.toggled.connect(self._on_shared_toggled)
        self.state = QLabel()
        set_role(self.state, "muted")
        self.state.setWordWrap(True)
        for widget in (self.add_drawing, self.remove_drawing, self.shared):
            widget.setVisible(editable)
        self.state.setVisible(editable)

        # One under the other: side by side they make one house wider than the others, and clip at large text.
        buttons = QVBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.add_drawing, 0, Qt.AlignmentFlag.AlignLeft)
        buttons.addWidget(self.remove_drawing, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.words, 1)
        layout.addWidget(self.picture)
        layout.addLayout(buttons)
        layout.addWidget(self.shared)
        layout.addWidget(self.state)
        self._editable = editable
        self._show_drawing(house.drawing)
        self._show_state()

    def focus_chain(self) -> list[QWidget]:
        return [self.words, self.add_drawing, self.remove_drawing, self.shared]

    def _show_drawing(self, drawing: bytes | None) -> None:
        self._drawing = drawing
        pixmap = QPixmap()
        if drawing and pixmap.loadFromData(drawing):
            self.picture.setPixmap(pixmap.scaledToHeight(THUMBNAIL_HEIGHT, Qt.TransformationMode.SmoothTransformation))
            self.picture.setAccessibleName(fmt(self.tr("Tekening van %1"), self.house.child_name))
            self.picture.setVisible(True)
        else:
            self.picture.clear()
            self.picture.setVisible(False)
        self.add_drawing.setText(self.tr("Andere tekening…") if drawing else self.tr("Tekening toevoegen…"))
        self.remove_drawing.setVisible(self._editable_now() and bool(drawing))

    def _editable_now(self) -> bool:
        return getattr(self, "_editable", False)

    def _show_state(self) -> None:
        self.state.setText(self.tr("Dit komt in het plan. Anderen kunnen het lezen.") if self.shared.isChecked()
                           else self.tr("Dit blijft bij jou. Het komt niet in het plan en niemand anders ziet het."))

    # ------------------------------------------------------------------- slots

    def _on_words_text_changed(self) -> None:
        if self._editable_now():
            self.panel.words_changed(self.house.id, self.words.toPlainText)

    def _on_shared_toggled(self, checked: bool) -> None:
        if self.panel.set_shared(self.house.id, checked, what=self._what()):
            self._show_state()
        else:
            self.shared.blockSignals(True)
            self.shared.setChecked(not checked)
            self.shared.blockSignals(False)

    def _on_add_drawing_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Tekening kiezen"), str(Path.home()),
            fmt(self.tr("Plaatjes (%1)"), FILTER_PATTERNS))
        if not path:
            return
        try:
            drawing = read_drawing(Path(path))
        except UserError as error:
            self.panel.failed.emit(str(error))
            return
        if self.panel.set_drawing(self.house.id, drawing, self._drawing, what=self._what()):
            self._show_drawing(drawing)
            self.panel.said.emit(self.tr("De tekening is bewaard."))

    def _on_remove_drawing_clicked(self) -> None:
        if self.panel.set_drawing(self.house.id, None, self._drawing, what=self._what()):
            self._show_drawing(None)

    def _what(self) -> str:
        return fmt(self.tr("%1 van %2"), house_name(self.house.kind).lower(), self.house.child_name)


class ChildHousesPanel(QWidget):
    changed = Signal()
    failed = Signal(str)
    said = Signal(str)

    def __init__(self, session_role: SessionRole, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session_role = session_role
        self._services: Services | None = None
        self._plan_id: int | None = None
        self._read_only = False
        self._stack: QUndoStack | None = None
        self.boxes: list[HouseBox] = []
        self.autosaver = AutoSaver(self._save_words, self, capture=lambda: (self._services,
                                                                            self._session_role.actor))
        self.autosaver.failed.connect(self.failed)
        # Words typed are saved as the person who typed them; then the houses show as the next person may see them:
        # a house the child keeps back must not stay on the screen when someone else takes the keyboard.
        session_role.about_to_change.connect(self.flush)
        session_role.changed.connect(self._on_session_role_changed)

        self.heading = QLabel(self.tr("Drie Huizen"))
        set_role(self.heading, "heading")
        self.intro = QLabel()
        set_role(self.intro, "muted")
        self.intro.setWordWrap(True)
        self.child_choice = QComboBox()
        self.child_choice.setAccessibleName(self.tr("Kind dat eigen huizen krijgt"))
        self.add_button = QPushButton(self.tr("Huizen maken"))
        self.add_button.setToolTip(self.tr("Maak drie huizen voor dit kind"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.empty = QLabel()
        set_role(self.empty, "empty")
        self.empty.setWordWrap(True)
        for label in (self.heading, self.intro, self.empty):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.rows = QWidget()
        self.rows_layout = QVBoxLayout(self.rows)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(10)

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.child_choice)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        # No scroll area of its own: the open part scrolls as a whole (``OpenPartColumn``).
        layout.addWidget(self.rows)

    # ------------------------------------------------------------------ public

    def set_plan(self, services: Services, plan_id: int) -> None:
        if (self._services, self._plan_id) != (services, plan_id):
            self.autosaver.flush()
        self._services, self._plan_id = services, plan_id

    def set_read_only(self, read_only: bool) -> None:
        if read_only != self._read_only:
            self.autosaver.flush()
            self._read_only = read_only
            self.reload()

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = [self.child_choice, self.add_button]
        for box in self.boxes:
            chain += box.focus_chain()
        return chain

    def flush(self) -> bool:
        return self.autosaver.flush()

    def save_now(self) -> None:
        self.autosaver.save_now()

    def waiting_text(self, house_id: int) -> str | None:
        return self.autosaver.waiting_text(house_id)

    @property
    def editable(self) -> bool:
        return not self._read_only and self._session_role.is_family

    def reload(self) -> None:
        if self._services is None or self._plan_id is None:
            return
        self.autosaver.save_now()
        try:
            houses = self._services.houses.list_houses(self._plan_id, self._session_role.actor)
            people = self._services.people.list_people(self._plan_id)
        except UserError as error:
            self.failed.emit(str(error))
            return
        self._clear()
        by_child: dict[int, list[ChildHouseDoc]] = {}
        for house in houses:
            by_child.setdefault(house.participant_id, []).append(house)
        for child_houses in by_child.values():
            row = self._child_row(child_houses)
            self.rows_layout.addWidget(row)
            row.show()  # at once, not on Qt's next turn: the part measures its height with the houses in it
        self._fill_choice(people, set(by_child))
        editable = self.editable
        self.intro.setText(
            self.tr("Elk kind kan drie huizen vullen: zorgen, goede dingen en dromen. Het kind schrijft of tekent "
                    "zelf. Het kind kiest per huis of het in het plan komt.") if editable
            else self.tr("U ziet alleen de huizen die de kinderen willen delen."))
        self.empty.setText(self.tr("Er zijn nog geen huizen. Kies een kind en klik op 'Huizen maken'.") if editable
                           else self.tr("De kinderen delen nog geen huizen."))
        self.empty.setVisible(not by_child)
        self.rows.setVisible(bool(by_child))

    # ------------------------------------------------------------ the services

    def words_changed(self, house_id: int, read_text: object) -> None:
        self.autosaver.schedule(house_id, read_text)  # type: ignore[arg-type]

    def set_undo_stack(self, stack: QUndoStack) -> None:
        self._stack = stack

    def set_shared(self, house_id: int, shared: bool, *, what: str = "") -> bool:
        """The child's choice for one house, as one step of the plan's history that Ctrl+Z takes back."""
        return self._push(fmt(self.tr("Keuze voor %1"), what), self._store_shared, house_id, not shared, shared)

    def set_drawing(self, house_id: int, drawing: bytes | None, old: bytes | None = None, *, what: str = "") -> bool:
        return self._push(fmt(self.tr("Tekening in %1"), what), self._store_drawing, house_id, old, drawing)

    def _push(self, text: str, store: Store, house_id: int, old: object, new: object) -> bool:
        if self._stack is None:
            return store(house_id, new)
        command = HouseCommand(text, store, self.reload, house_id, old, new)
        self._stack.push(command)
        return command.stored

    def _store_shared(self, house_id: int, shared: object) -> bool:
        return self._call(lambda services, actor: services.houses.set_shared(house_id, bool(shared), actor))

    def _store_drawing(self, house_id: int, drawing: object) -> bool:
        value = drawing if isinstance(drawing, bytes) else None
        return self._call(lambda services, actor: services.houses.set_drawing(house_id, value, actor))

    def _call(self, action: object) -> bool:
        if self._services is None or not self.editable:
            return False
        try:
            action(self._services, self._session_role.actor)  # type: ignore[operator]
        except UserError as error:
            self.failed.emit(str(error))
            return False
        self.changed.emit()
        return True

    @staticmethod
    def _save_words(key: object, text: str, captured: tuple[Services | None, Actor]) -> None:
        services, actor = captured
        if services is not None and isinstance(key, int):
            services.houses.update_text(key, text, actor)

    # ----------------------------------------------------------------- helpers

    def _clear(self) -> None:
        self.boxes = []
        while self.rows_layout.count():
            item = self.rows_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _child_row(self, houses: list[ChildHouseDoc]) -> QWidget:
        row = QWidget()
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        name = QLabel(fmt(self.tr("De huizen van %1"), houses[0].child_name))
        set_role(name, "lead")
        name.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(name)
        grid = _HouseRow()
        for house in houses:
            box = HouseBox(self, house, self.editable)
            self.boxes.append(box)
            grid.add(box)
        layout.addWidget(grid)
        return row

    def _fill_choice(self, people: list[ParticipantDoc], have: set[int]) -> None:
        self.child_choice.clear()
        for person in people:
            if person.role == Role.GEZIN and person.id not in have:
                self.child_choice.addItem(person.name, person.id)
        can_add = self.editable and self.child_choice.count() > 0
        self.child_choice.setVisible(can_add)
        self.add_button.setVisible(can_add)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.autosaver.save_now()
        super().hideEvent(event)

    # ------------------------------------------------------------------- slots

    def _on_session_role_changed(self, _actor: object) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._clear()

    def _on_add_button_clicked(self) -> None:
        child = self.child_choice.currentData()
        if self._services is None or self._plan_id is None or child is None or not self.editable:
            return
        plan_id, name = self._plan_id, self.child_choice.currentText()
        if self._call(lambda services, actor: services.houses.add_child(plan_id, child, actor)):
            self.reload()
            self.said.emit(fmt(self.tr("%1 heeft nu drie huizen."), name))


class _HouseRow(QWidget):
    """Three houses side by side; one under the other when the row is narrower than they need side by side.

    Its smallest width is that of one house, so a part with large text never grows wider than its column: the
    houses stack instead (the layout itself does not set the row's minimum, see ``minimumSizeHint``).
    """

    def __init__(self) -> None:
        super().__init__()
        self._boxes: list[QWidget] = []
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(10)
        self._layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._stacked = False

    def add(self, box: QWidget) -> None:
        self._boxes.append(box)
        self._layout.addWidget(box, 1)

    def side_by_side_width(self) -> int:
        widths = [max(HOUSE_MIN_WIDTH, box.minimumSizeHint().width()) for box in self._boxes]
        return sum(widths) + self._layout.spacing() * max(0, len(widths) - 1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        narrowest = max((box.minimumSizeHint().width() for box in self._boxes), default=0)
        return QSize(narrowest, self._layout.minimumSize().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self.side_by_side_width(), self._layout.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        stacked = self.width() < self.side_by_side_width()
        if stacked != self._stacked:
            self._stacked = stacked
            self._layout.setDirection(QHBoxLayout.Direction.TopToBottom if stacked
                                      else QHBoxLayout.Direction.LeftToRight)
            self.updateGeometry()  # the height changes with the direction
