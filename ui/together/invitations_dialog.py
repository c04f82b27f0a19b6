""""Wie nodigen we uit?": the family ticks, among the people of its network map, whom it invites to the meeting, and
prints the list to call around with. Ticking is the family's choice; anyone else at the keyboard reads it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QWidget,
)

from ui.common.dialog_parts import grow_to_fit, on_parent_screen, scrolling_body
from ui.common.messages import open_message
from ui.common.pdf_export import default_pdf_name, with_pdf_suffix
from ui.common.settings import settings
from ui.common.theme import set_role
from ui.common.wording import fmt, word
from ui.people.network_map_view import NetworkMapView
from wijkteam import network_map as nm
from wijkteam import vocabulary
from wijkteam.errors import UserError
from wijkteam.services import Actor, Services
from wijkteam.services.dto import ParticipantDoc

AskPath = Callable[[QWidget, Path], Path | None]


def ask_save_path(parent: QWidget, suggested: Path) -> Path | None:
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("InvitationsDialog", "Uitnodigingslijst afdrukken als PDF"),
        str(suggested), QCoreApplication.translate("InvitationsDialog", "PDF-bestand (*.pdf)"))
    return Path(chosen) if chosen else None


class InvitationsDialog(QDialog):
    def __init__(self, services: Services, plan_id: int, actor: Actor, parent: QWidget | None = None, *,
                 ask_path: AskPath = ask_save_path) -> None:
        super().__init__(parent)
        self._services, self._plan_id, self._actor, self._ask_path = services, plan_id, actor, ask_path
        self._loading = False
        self._centre = ""
        self.setWindowTitle(self.tr("Wie nodigen we uit?"))
        body, foot = scrolling_body(self, (28, 24, 28, 16), 10)
        heading = QLabel(self.tr("Wie nodigen we uit?"))
        set_role(heading, "heading")
        intro = QLabel(self.tr("Zet een vinkje bij wie u vraagt voor de bijeenkomst. Klik op de kaart, of kies "
                               "een naam in de lijst.") if actor.is_family else
                       self.tr("Het gezin kiest wie het uitnodigt. U kunt de lijst lezen en afdrukken."))
        intro.setWordWrap(True)
        self.people_list = QListWidget()
        self.people_list.setAccessibleName(self.tr("Mensen om uit te nodigen"))
        self.people_list.setSpacing(3)  # a row each, easy to hit with a finger on a touch pad
        self.people_list.itemChanged.connect(self._on_people_list_item_changed)
        # The same people on their network map, each with a tick box; the list is the plain alternative.
        self.map_view = NetworkMapView()
        self.map_view.set_inviting(actor.is_family)
        self.map_view.setMinimumHeight(220)
        self.map_view.invite_ticked.connect(self._on_map_view_invite_ticked)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Kaart of lijst"))
        self.tabs.addTab(self.map_view, self.tr("Op de &kaart"))
        self.tabs.addTab(self.people_list, self.tr("Als &lijst"))
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        self.error_label = QLabel()
        set_role(self.error_label, "status-warning")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        body.addWidget(heading)
        body.addWidget(intro)
        body.addWidget(self.tabs, 1)
        body.addWidget(self.count_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button: QPushButton = self.buttons.addButton(self.tr("Lijst &afdrukken als PDF…"),
                                                                QDialogButtonBox.ButtonRole.ActionRole)
        set_role(self.print_button, "primary")
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.buttons.rejected.connect(self.reject)
        foot.addWidget(self.error_label)
        foot.addWidget(self.buttons)
        self.reload()
        room = on_parent_screen(self)
        self.resize(min(760, room.width() - 40), min(700, room.height() - 40))
        grow_to_fit(self)
        chips = self.map_view.chips()
        (chips[0] if chips else self.people_list).setFocus()

    def reload(self) -> None:
        """The plan's people, grouped as on the map (the family first), each with a tick when invited."""
        self._loading = True
        try:
            self.people_list.clear()
            people = self._services.people.list_people(self._plan_id)
            for person in sorted(people, key=_map_order):
                item = QListWidgetItem(person_line(person))
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if self._actor.is_family:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags)
                item.setCheckState(Qt.CheckState.Checked if person.invited else Qt.CheckState.Unchecked)
                self.people_list.addItem(item)
            if self.people_list.count():
                self.people_list.setCurrentRow(0)
            plan = self._services.plans.get_plan(self._plan_id)
            self._centre = plan.family_name or plan.title
            self.map_view.show_people(people, self._centre)
            self._show_count()
        finally:
            self._loading = False

    def invited(self) -> list[int]:
        return [self.people_list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.people_list.count())
                if self.people_list.item(row).checkState() == Qt.CheckState.Checked]

    def _show_count(self) -> None:
        count = len(self.invited())
        self.count_label.setText(self.tr("%n mensen uitgenodigd.", "", count) if count
                                 else self.tr("Nog niemand gekozen."))
        self.print_button.setEnabled(count > 0)

    def _on_people_list_item_changed(self, item: QListWidgetItem) -> None:
        if not self._loading:
            self._store(item.data(Qt.ItemDataRole.UserRole), item.checkState() == Qt.CheckState.Checked)

    def _on_map_view_invite_ticked(self, person_id: int, invited: bool) -> None:
        self._store(person_id, invited)

    def _store(self, person_id: int, invited: bool) -> None:
        """One tick, on the map or in the list, stored for the person; both then show what is stored."""
        try:
            self._services.people.update_participant(person_id, self._actor, invited=invited)
        except UserError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            self.reload()  # as stored: nothing half done
            return
        self.error_label.hide()
        self._show_stored()

    def _show_stored(self) -> None:
        """The ticks as stored, in the list and on the map, without building either again (focus stays put)."""
        people = self._services.people.list_people(self._plan_id)
        invited = {person.id for person in people if person.invited}
        self._loading = True
        try:
            for row in range(self.people_list.count()):
                item = self.people_list.item(row)
                item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in invited
                                   else Qt.CheckState.Unchecked)
        finally:
            self._loading = False
        self.map_view.show_people(people, self._centre)
        self._show_count()

    def _on_print_button_clicked(self) -> None:
        try:
            title = self._services.plans.get_plan(self._plan_id).title
        except UserError as error:
            open_message(self, str(error), warning=True)
            return
        name = Path(default_pdf_name(title)).stem + self.tr(" - uitnodigingen") + ".pdf"
        chosen = self._ask_path(self, settings.pdf_folder / name)
        if chosen is None:
            return
        try:
            written = self._services.export.export_invitations(self._plan_id, with_pdf_suffix(chosen))
        except UserError as error:
            open_message(self, str(error), warning=True)
            return
        settings.pdf_folder = written.parent
        open_message(self, fmt(self.tr("De uitnodigingslijst is bewaard: %1"), written.name))


def _map_order(person: ParticipantDoc) -> tuple[int, int, str]:
    cell = nm.cell_of(nm.map_person(person))
    return nm.SECTORS.index(cell.sector), cell.closeness, person.name.casefold()


def person_line(person: ParticipantDoc) -> str:
    """``Oma Ria — familie, heel dichtbij``."""
    cell = nm.cell_of(nm.map_person(person))
    return fmt(QCoreApplication.translate("InvitationsDialog", "%1 — %2, %3"), person.name,
               word(vocabulary.SECTORS, cell.sector).lower(), word(vocabulary.CLOSENESS, cell.closeness).lower())


def open_invitations(services: Services, plan_id: int, actor: Actor, parent: QWidget) -> InvitationsDialog:
    dialog = InvitationsDialog(services, plan_id, actor, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
