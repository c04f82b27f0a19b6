"""Versions and agreement: "plan vaststellen", who agreed to the latest version, and what changed since.

Only the family freezes the plan and ticks who agreed: they do it at the kitchen table, as each person says so. Other
roles see the same screen without the buttons working. The services refuse them too; the screen only says so kindly.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models import PlanStatus
from ui.common.changes import PlanChanges, What, own_changes
from ui.common.dialog_parts import SCREEN_MARGIN, on_parent_screen, scrolling_body
from ui.common.messages import open_message
from ui.common.theme import set_role
from ui.common.wording import fmt, format_day
from wijkteam.errors import UserError
from wijkteam.services import Actor, Services
from wijkteam.services.dto import ConsentDoc, ParticipantDoc, VersionDoc, VersionState

COL_NUMBER = 0
COL_DATE = 1
COL_CONSENT = 2
COLUMN_COUNT = 3


def _local(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes; the app stores UTC.
    return (moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment).astimezone()


def local_day(moment: datetime) -> date:
    return _local(moment).date()


def format_moment(moment: datetime) -> str:
    """``12 maart 2025, 14:05`` in local time. Two versions of one day differ in their time."""
    local = _local(moment)
    return fmt(QCoreApplication.translate("VersionsDialog", "%1, %2"), format_day(local.date()),
               local.strftime("%H:%M"))


class VersionTableModel(QAbstractTableModel):
    """Frozen versions, newest first: number, date, and how many people agreed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[VersionDoc] = []

    def set_rows(self, rows: list[VersionDoc]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda version: version.number, reverse=True)
        self.endResetModel()

    def version_at(self, row: int) -> VersionDoc:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Versie"), self.tr("Vastgesteld op"), self.tr("Akkoord"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        version = self._rows[index.row()]
        if index.column() == COL_NUMBER:
            return fmt(self.tr("Versie %1"), version.number)
        if index.column() == COL_DATE:
            return format_moment(version.created_at)
        count = len(version.consents)
        if count == 0:
            return self.tr("nog niemand")
        return self.tr("%n mensen", "", count)


class VersionsDialog(QDialog):
    frozen = Signal(int)  # the number of the new version
    consent_changed = Signal()

    def __init__(self, services: Services, plan_id: int, actor: Actor, parent: QWidget | None = None, *,
                 changes: PlanChanges | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._plan_id = plan_id
        self._actor = actor
        self._changes = own_changes(changes, self)
        self._state: VersionState | None = None
        self._quiet = False
        self.consent_checks: dict[int, QCheckBox] = {}
        self.setWindowTitle(self.tr("Versies en akkoord"))
        self.setModal(True)
        # Never larger than the screen (a laptop, or large text): the dialog scrolls inside, as one page.
        room = on_parent_screen(self)
        self.resize(min(1040, room.width() - SCREEN_MARGIN), min(680, room.height() - SCREEN_MARGIN))

        heading = QLabel(self.tr("Versies en akkoord"))
        set_role(heading, "heading")
        self.status_label = QLabel(wordWrap=True)
        set_role(self.status_label, "deadline")
        explain = QLabel(self.tr(
            "Vaststellen betekent: u legt het plan vast zoals het nu is, met de datum van vandaag. "
            "Daarna vinkt u aan wie het ermee eens is. U kunt het plan later nog veranderen. "
            "Dan stelt u het opnieuw vast, en zo krijgt u een nieuwe versie."
        ), wordWrap=True)
        self.freeze_button = QPushButton(self.tr("Plan &vaststellen…"))
        set_role(self.freeze_button, "primary")
        self.freeze_button.clicked.connect(self._on_freeze_button_clicked)
        self.role_note = QLabel(self.tr("Alleen het gezin kan het plan vaststellen en aanvinken wie akkoord is."),
                                wordWrap=True)
        set_role(self.role_note, "muted")
        self.role_note.setVisible(not actor.is_family)
        self.freeze_button.setEnabled(actor.is_family)
        top_row = QHBoxLayout()
        top_row.setSpacing(16)
        # The button as wide as its text; the note beside it takes the rest of the line.
        self.freeze_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        top_row.addWidget(self.freeze_button, 0, Qt.AlignmentFlag.AlignLeft)
        top_row.addWidget(self.role_note, 1)

        self.model = VersionTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Versies van het plan"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(42)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(COL_DATE, QHeaderView.ResizeMode.Stretch)
        for column in (COL_NUMBER, COL_CONSENT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Room for three versions; more scroll. The people below need the height more.
        self.table.setFixedHeight(header.sizeHint().height() + 3 * 42 + 6)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)

        self.consent_heading = self._section_label("")
        self.consent_hint = QLabel(wordWrap=True)
        set_role(self.consent_hint, "muted")
        consent_widget = QWidget()
        consent_widget.setObjectName("scrollContent")
        self.consent_box = QVBoxLayout(consent_widget)
        self.consent_box.setContentsMargins(0, 0, 0, 0)
        self.consent_box.setSpacing(2)
        self.consent_box.addStretch(1)
        # A family with a wide network has a long list: the whole dialog scrolls, no scroll bar of its own lies over
        # a name, and every name keeps its full height and width.

        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(self._section_label(self.tr("Versies")))
        left.addWidget(self.table)
        self.no_versions_label = QLabel(self.tr("Er is nog geen versie."))
        set_role(self.no_versions_label, "muted")
        left.addWidget(self.no_versions_label)
        left.addSpacing(8)
        left.addWidget(self.consent_heading)
        left.addWidget(self.consent_hint)
        left.addWidget(consent_widget, 1)

        self.changes_list = QListWidget()
        self.changes_list.setAccessibleName(self.tr("Wat is er veranderd sinds de laatste versie?"))
        self.changes_list.setWordWrap(True)
        self.changes_list.setSpacing(4)
        self.changes_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.changes_list.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.changes_empty = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        set_role(self.changes_empty, "empty")
        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(self._section_label(self.tr("Wat is er veranderd sinds de laatste versie?")))
        right.addWidget(self.changes_list, 1)
        right.addWidget(self.changes_empty)

        columns = QHBoxLayout()
        columns.setSpacing(28)
        columns.addLayout(left, 3)  # the names with their dates need the width more than the list of changes
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setStyleSheet("color: #D9D2C6;")
        columns.addWidget(line)
        columns.addLayout(right, 2)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout, foot = scrolling_body(self, (28, 24, 28, 20), 12)
        layout.addWidget(heading)
        layout.addWidget(self.status_label)
        layout.addWidget(explain)
        layout.addLayout(top_row)
        layout.addSpacing(4)
        layout.addLayout(columns, 1)
        foot.addWidget(self.buttons)
        self.refresh()

    @staticmethod
    def _section_label(text: str) -> QLabel:
        label = QLabel(text)
        set_role(label, "help-heading")
        label.setWordWrap(True)
        return label

    # ------------------------------------------------------------------ public

    def refresh(self) -> None:
        try:
            self._state = self._services.versions.state(self._plan_id)
            versions = self._services.versions.list_versions(self._plan_id)
        except UserError as error:
            self.status_label.setText(str(error))
            return
        self.model.set_rows(versions)
        self.table.setVisible(bool(versions))
        self.no_versions_label.setVisible(not versions)
        self._show_status(self._state)
        self._show_changes(self._state)
        self._select_row(0 if versions else -1)
        self._show_consents(versions[-1] if versions else None)

    def latest_version(self) -> VersionDoc | None:
        return self._state.last_version if self._state else None

    def changes(self) -> list[str]:
        return [self.changes_list.item(row).text() for row in range(self.changes_list.count())]

    # ------------------------------------------------------------ overridable asks

    def _confirm_freeze(self, number: int) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Plan vaststellen"),
                          fmt(self.tr("Wilt u het plan nu vaststellen als versie %1?"), number),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("messageBox")
        box.setInformativeText(self.tr(
            "Ons Plan bewaart het plan zoals het nu is, met de datum van vandaag. "
            "Daarna vinkt u aan wie het ermee eens is.\n\n"
            "U kunt het plan daarna nog steeds veranderen. Dan is het weer een concept, tot u het opnieuw vaststelt."
        ))
        yes = box.addButton(self.tr("&Ja, vaststellen"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Nee, nog niet"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)
        box.exec()
        agreed = box.clickedButton() is yes
        box.deleteLater()  # hidden by the lock, the question ends unanswered and must not come back empty
        return agreed

    # ----------------------------------------------------------------- helpers

    def _select_row(self, row: int) -> None:
        # Quietly: the caller shows the ticks of that version once. Blocking the selection model's signals instead
        # would keep the table itself from drawing the new selection.
        self._quiet = True
        try:
            if row >= 0:
                self.table.selectRow(row)
        finally:
            self._quiet = False

    def _show_status(self, state: VersionState) -> None:
        last = state.last_version
        if last is None:
            text = self.tr("Dit plan is nog niet vastgesteld. Het is een concept.")
        elif state.status == PlanStatus.AFGESLOTEN:
            text = fmt(self.tr("Dit plan is afgesloten. De laatste versie is versie %1."), last.number)
        elif state.is_draft:
            text = fmt(self.tr("Het plan is veranderd sinds versie %1. Het is weer een concept."), last.number)
        else:
            text = fmt(self.tr("Dit plan is vastgesteld: versie %1 van %2."), last.number,
                       format_day(local_day(last.created_at)))
        self.status_label.setText(text)
        enabled = self._actor.is_family and state.status != PlanStatus.AFGESLOTEN
        self.freeze_button.setEnabled(enabled)
        # The theme's primary look outranks its disabled look: a button that cannot be used must not invite a click.
        set_role(self.freeze_button, "primary" if enabled else "")

    def _show_changes(self, state: VersionState) -> None:
        self.changes_list.clear()
        for change in state.changes:
            self.changes_list.addItem(f"•  {change}")
        if state.last_version is None:
            empty = self.tr("Er is nog geen versie. Als u het plan vaststelt, ziet u hier later wat er is veranderd.")
        else:
            empty = fmt(self.tr("Niets. Het plan is hetzelfde als versie %1."), state.last_version.number)
        self.changes_empty.setText(empty)
        self.changes_list.setVisible(bool(state.changes))
        self.changes_empty.setVisible(not state.changes)

    def _show_consents(self, version: VersionDoc | None) -> None:
        while self.consent_box.count() > 1:  # the last item is the stretch that keeps the names at the top
            item = self.consent_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.consent_checks = {}
        if version is None:
            self.consent_heading.setText(self.tr("Wie is akkoord?"))
            self.consent_hint.setText(self.tr("Stel eerst het plan vast. Daarna vinkt u hier aan wie akkoord is."))
            return
        latest = self.latest_version()
        editable = self._actor.is_family and latest is not None and latest.id == version.id
        self.consent_heading.setText(fmt(self.tr("Wie is akkoord met versie %1?"), version.number))
        if editable:
            hint = self.tr("Vraag iedereen die meedoet of hij het eens is met wat over hem gaat. Vink dan zijn naam "
                           "aan.")
        elif latest is not None and latest.id != version.id:
            hint = self.tr("Dit is een oude versie. Akkoord geven kan alleen bij de nieuwste versie.")
        else:
            hint = self.tr("Het gezin vinkt aan wie akkoord is.")
        try:
            people = self._services.versions.consent_people(self._plan_id)
        except UserError as error:
            people = []
            hint = str(error)
        agreed = {consent.participant_id: consent for consent in version.consents}
        if not people and not agreed:
            hint = self.tr("Er staat nog niemand van het gezin of het netwerk in het plan.")
        self.consent_hint.setText(hint)
        shown = {person.id for person in people}
        for person in people:
            self._add_consent_check(person.id, self._person_text(person, agreed.get(person.id)), person.id in agreed,
                                    editable, version)
        for consent in version.consents:
            if consent.participant_id not in shown:  # agreed then, no longer among the people who agree now
                self._add_consent_check(consent.participant_id, self._consent_text(consent.name, consent), True,
                                        False, version)

    def _add_consent_check(self, person_id: int, text: str, checked: bool, editable: bool,
                           version: VersionDoc) -> None:
        check = QCheckBox(text)
        check.setChecked(checked)
        check.setEnabled(editable)
        check.toggled.connect(lambda on, pid=person_id, vid=version.id: self._on_consent_toggled(vid, pid, on))
        self.consent_box.insertWidget(self.consent_box.count() - 1, check)
        self.consent_checks[person_id] = check

    def _person_text(self, person: ParticipantDoc, consent: ConsentDoc | None) -> str:
        # A comma, not brackets: the family often writes brackets in the relation itself ("anneanne (oma)").
        name = fmt(self.tr("%1, %2"), person.name, person.relation) if person.relation else person.name
        return self._consent_text(name, consent)

    def _consent_text(self, name: str, consent: ConsentDoc | None) -> str:
        if consent is None:
            return name
        return fmt(self.tr("%1 – akkoord op %2"), name, format_day(local_day(consent.agreed_at)))

    # ------------------------------------------------------------------- slots

    def _on_freeze_button_clicked(self) -> None:
        last = self.latest_version()
        number = (last.number if last else 0) + 1
        if not self._confirm_freeze(number):
            return
        try:
            frozen = self._services.versions.freeze(self._plan_id, self._actor)
        except UserError as error:
            open_message(self, str(error), warning=True)
            return
        self._changes.announce(self._plan_id, What.VERSIONS, source=self)
        self.refresh()
        self.frozen.emit(frozen)

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._quiet:
            self._show_consents(self.model.version_at(current.row()))

    def _on_consent_toggled(self, version_id: int, person_id: int, on: bool) -> None:
        try:
            if on:
                self._services.versions.record_consent(version_id, person_id, self._actor)
            else:
                self._services.versions.withdraw_consent(version_id, person_id, self._actor)
        except UserError as error:
            check = self.consent_checks.get(person_id)
            if check is not None:
                check.blockSignals(True)
                check.setChecked(not on)
                check.blockSignals(False)
            open_message(self, str(error), warning=True)
            return
        self._changes.announce(self._plan_id, What.VERSIONS, source=self)
        # Read back, so the dates beside the names and the count in the table are what is stored.
        row = max(self.table.currentIndex().row(), 0)
        try:
            versions = self._services.versions.list_versions(self._plan_id)
        except UserError as error:
            open_message(self, str(error), warning=True)
            return
        self.model.set_rows(versions)
        self._select_row(row)
        self._show_consents(self.model.version_at(row))
        self.consent_changed.emit()
