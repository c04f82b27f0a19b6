"""The people of the plan as a list the family can add to, change and clear up."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from models import Role
from ui.common.session_role import SessionRole
from ui.common.wording import fmt
from ui.people.person_dialog import PersonDialog
from ui.people.plan_parts_wording import closeness_names, role_names
from ui.people.rows_editor import RowsEditor
from wijkteam.network_map import Cell
from wijkteam.services.dto import ParticipantDoc

COL_NAME, COL_RELATION, COL_ROLE, COL_CLOSENESS, COL_NAMED = range(5)
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class PeopleTableModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ParticipantDoc] = []

    def set_rows(self, people: list[ParticipantDoc]) -> None:
        self.beginResetModel()
        self._rows = list(people)
        self.endResetModel()

    def person_at(self, row: int) -> ParticipantDoc:
        return self._rows[row]

    def id_at(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, person_id: int) -> int:
        return next((i for i, p in enumerate(self._rows) if p.id == person_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_NAMED:
            return QCoreApplication.translate("PlanParts", "Mag de naam van deze persoon in het plan staan?")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("PlanParts", "Naam"),
            QCoreApplication.translate("PlanParts", "Relatie"),
            QCoreApplication.translate("PlanParts", "Rol"),
            QCoreApplication.translate("PlanParts", "Hoe dichtbij"),
            QCoreApplication.translate("PlanParts", "Naam in plan"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self._rows[index.row()]
        if role == PERSON_ID_ROLE:
            return person.id
        if role == Qt.ItemDataRole.ToolTipRole and person.contact:
            return fmt(QCoreApplication.translate("PlanParts", "Bereikbaar: %1"), person.contact)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == COL_NAME:
            return person.name
        if column == COL_RELATION:
            # For a professional the organisation says more than a relation.
            return ", ".join(x for x in (person.relation, person.organisation) if x.strip())
        if column == COL_ROLE:
            return role_names().get(person.role, str(person.role))
        if column == COL_CLOSENESS:
            return closeness_names().get(person.closeness, "")
        if column == COL_NAMED:
            return (
                QCoreApplication.translate("PlanParts", "✓ Ja")
                if person.consent_named
                else QCoreApplication.translate("PlanParts", "— Nee")
            )
        return None


class PeopleEditor(RowsEditor):
    """Everyone around the plan. The same list serves "wie deden mee" and the network."""

    def __init__(self, session_role: SessionRole, parent: QWidget | None = None) -> None:
        super().__init__(
            PeopleTableModel(),
            self.tr("Persoon toe&voegen"),
            self.tr("Er staat nog niemand in het plan. Voeg de eerste persoon toe met de knop hieronder."),
            session_role,
            parent,
        )
        self.people_model: PeopleTableModel = self.model  # type: ignore[assignment]
        self.dialog: PersonDialog | None = None
        self.default_role = Role.NETWERK
        self.heading.setText(self.tr("Mensen in dit plan"))
        self.heading.setVisible(True)
        self.table.setAccessibleName(self.tr("Mensen in dit plan"))
        header = self.table.horizontalHeader()
        # Names are short; relations can be long ("coördinator, ervaringsdeskundige"): they get the room.
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(COL_NAME, 180)
        header.setSectionResizeMode(COL_RELATION, QHeaderView.ResizeMode.Stretch)
        # Short words in these columns: as wide as they need, the names and relations get the rest.
        for column in (COL_ROLE, COL_CLOSENESS, COL_NAMED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _load(self) -> None:
        self.people_model.set_rows(self.services.people.list_people(self.plan_id))

    def add_person(self, place: Cell | None = None) -> None:
        """The dialog for a new person; from the network map with the group and ring of the place chosen there."""
        if not self.read_only:
            self._open_dialog(None, place)

    def edit_person(self, person_id: int) -> None:
        if not self.read_only and self.people_model.row_of(person_id) >= 0:
            self.select_id(person_id)
            self._open_dialog(person_id)

    def _open_dialog(self, item_id: int | None, place: Cell | None = None) -> None:
        if self.dialog is not None:
            return
        person = self.people_model.person_at(self.people_model.row_of(item_id)) if item_id is not None else None
        saved: list[int] = []
        actor = self.actor

        def save(fields: dict[str, Any]) -> None:
            if person is None:
                saved.append(self.services.people.add_participant(
                    self.plan_id, actor, fields.pop("name"), fields.pop("role"), **fields))
            else:
                self.services.people.update_participant(person.id, actor, **fields)
                saved.append(person.id)

        dialog = PersonDialog(save, person, default_role=self.default_role, parent=self)
        if place is not None:
            dialog.preset_place(place.sector, place.closeness)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: self._on_dialog_finished(result, saved))
        self.dialog = dialog
        dialog.open()

    def _remove(self, item_id: int) -> None:
        self.services.people.remove_participant(item_id, self.actor)

    def _confirm_texts(self, item_id: int) -> tuple[str, str]:
        person = self.people_model.person_at(self.people_model.row_of(item_id))
        return (
            fmt(self.tr("Wilt u %1 weghalen uit het plan?"), person.name),
            self.tr("De afspraken blijven staan. Alleen deze naam gaat eruit."),
        )

    def _on_dialog_finished(self, result: int, saved: list[int]) -> None:
        self.dialog = None
        if result == PersonDialog.DialogCode.Accepted and saved:
            self._saved(saved[-1])
        else:
            self._focus_list()
