"""The peer supporter's process guide: the five phases as steps to tick off with the family, notes on the process,
and the "maak het concreet" questions. Nothing here changes a word of the family's plan."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from models import Phase, PlanType, Role
from ui.common.changes import PlanChanges, What, own_changes
from ui.common.dialog_parts import SCREEN_MARGIN, on_parent_screen, scrolling_body, tall_combo
from ui.common.theme import set_role
from ui.common.wording import fmt, format_day
from ui.together.invitations_dialog import open_invitations
from ui.together.process_step_model import ProcessStepListModel, local_day
from wijkteam.errors import UserError
from wijkteam.process_steps import phases_for
from wijkteam.services import Actor, Services

if TYPE_CHECKING:
    from wijkteam.services.dto import ConcreteCheck, ProcessGuideDoc, ProcessNoteDoc

#: Item views ignore the theme's large tick boxes: give these the same size and some air.
_LIST_STYLE = ("QListView::item { padding: 7px 8px; } "
               "QListView::indicator { width: 22px; height: 22px; }")


#: Room beside the text: the tick box, its gap, and the item's padding.
_RESERVED_WIDTH = 60


class _WrappingDelegate(QStyledItemDelegate):
    """Qt measures a wrapped item as if the tick box were not there, and then cuts the text off with "…" when it
    paints. Measuring with the room that is really left keeps every word visible."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        view = self.parent()
        if isinstance(view, QAbstractItemView):
            narrowed = QStyleOptionViewItem(option)
            narrowed.rect = QRect(0, 0, max(view.viewport().width() - _RESERVED_WIDTH, 120), option.rect.height())
            return super().sizeHint(narrowed, index)
        return super().sizeHint(option, index)


def _wrapping(view: QListView) -> QListView:
    """Long lines wrap to the width of the list instead of hiding behind a sideways scroll bar."""
    view.setItemDelegate(_WrappingDelegate(view))
    view.setStyleSheet(_LIST_STYLE)
    view.setWordWrap(True)
    view.setUniformItemSizes(False)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return view


class ProcessGuideDialog(QDialog):
    """``actor`` is who sits at the keyboard. The supporter and the family tick steps; only the supporter adds notes;
    everyone else reads along. The services refuse the rest as well: the screen only makes it clear up front."""

    def __init__(self, services: Services, plan_id: int, actor: Actor, parent: QWidget | None = None, *,
                 changes: PlanChanges | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._changes = own_changes(changes, self)
        self._plan_id = plan_id
        self._actor = actor
        self._phases = phases_for(PlanType.FAMILIEGROEPSPLAN)
        self._plan_type = PlanType.FAMILIEGROEPSPLAN
        self.setWindowTitle(self.tr("Het proces, stap voor stap"))
        room = on_parent_screen(self)
        # As large as a laptop allows, never larger than the screen: the steps scroll inside.
        self.resize(min(1180, room.width() - SCREEN_MARGIN), min(760, room.height() - SCREEN_MARGIN))

        title = QLabel(self.tr("Het proces, stap voor stap"))
        set_role(title, "title")
        self.lead_label = QLabel(self._lead_text())
        set_role(self.lead_label, "lead")
        self.lead_label.setWordWrap(True)

        self.model = ProcessStepListModel(self)
        self.model.editable = actor.role in (Role.ONDERSTEUNER, Role.GEZIN)
        self.model.toggle_requested.connect(self._on_model_toggle_requested)
        self.steps_view = QListView()
        self.steps_view.setModel(self.model)
        _wrapping(self.steps_view)
        self.steps_view.setAccessibleName(self.tr("Stappen van het proces"))
        steps_label = QLabel(self.tr("&Stappen"))
        set_role(steps_label, "heading")
        steps_label.setBuddy(self.steps_view)
        self.steps_view.selectionModel().currentChanged.connect(self._on_steps_view_current_changed)

        self.phase_box = QFrame()
        set_role(self.phase_box, "helpbox")
        self.phase_label = QLabel()
        self.phase_label.setWordWrap(True)
        QVBoxLayout(self.phase_box).addWidget(self.phase_label)
        self.check_in_label = QLabel()
        self.check_in_label.setWordWrap(True)
        set_role(self.check_in_label, "deadline")

        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(steps_label)
        left.addWidget(self.steps_view, 1)
        left.addWidget(self.phase_box)
        left.addWidget(self.check_in_label)

        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(self._build_concrete(), 1)
        right.addWidget(self._build_notes(), 1)

        columns = QHBoxLayout()
        columns.setSpacing(20)
        columns.addLayout(left, 11)
        columns.addLayout(right, 9)

        self.error_label = QLabel()
        set_role(self.error_label, "status-warning")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        buttons = QDialogButtonBox()
        # Whom to invite comes from the network map; the list to call around with prints from there.
        self.invite_button = buttons.addButton(self.tr("&Wie nodigen we uit?…"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.invite_button.setAutoDefault(False)
        self.invite_button.clicked.connect(self._on_invite_button_clicked)
        close_button = buttons.addButton(self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        close_button.setAutoDefault(False)
        buttons.rejected.connect(self.reject)

        layout, foot = scrolling_body(self, (28, 20, 28, 16), 10)
        layout.addWidget(title)
        layout.addWidget(self.lead_label)
        layout.addLayout(columns, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.error_label, 1)
        bottom.addWidget(buttons)
        foot.addLayout(bottom)

        self.reload()
        row = self.model.first_open_row()
        if row >= 0:
            self.steps_view.setCurrentIndex(self.model.index(row))
        self.steps_view.setFocus()

    # ------------------------------------------------------------------ public

    def reload(self) -> None:
        """Read steps, notes and agreements again: the family may have changed the agreements meanwhile."""
        try:
            guide = self._services.process.guide(self._plan_id)
        except UserError as error:
            self._show_error(str(error))
            return
        self._plan_type = guide.plan_type
        self._phases = phases_for(guide.plan_type)
        current = self.steps_view.currentIndex().row()
        self.model.set_steps(self._phases, guide.steps)
        if 0 <= current < self.model.rowCount():
            self.steps_view.selectionModel().setCurrentIndex(
                self.model.index(current), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._fill_concrete(guide.concrete, guide.agreement_count)
        self._fill_notes(guide.notes)
        self.check_in_label.setText(self._check_in_text(guide))
        self.lead_label.setText(self._lead_text())
        self._fill_phase_choice()
        self._on_steps_view_current_changed(self.steps_view.currentIndex(), QModelIndex())

    # ----------------------------------------------------------------- building

    def _build_concrete(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        heading = QLabel(self.tr("Maak het &concreet"))
        set_role(heading, "heading")
        hint = QLabel(self.tr("Vraag dit aan het gezin. Het gezin past de afspraken zelf aan."))
        set_role(hint, "muted")
        hint.setWordWrap(True)
        self.concrete_list = QListWidget()
        _wrapping(self.concrete_list)
        self.concrete_list.setAccessibleName(self.tr("Vragen over de afspraken"))
        heading.setBuddy(self.concrete_list)
        self.concrete_empty = QLabel()
        self.concrete_empty.setWordWrap(True)
        set_role(self.concrete_empty, "empty")
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.concrete_list, 1)
        layout.addWidget(self.concrete_empty)
        layout.addStretch(0)
        return box

    def _build_notes(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        heading = QLabel(self.tr("&Notities over het proces"))
        set_role(heading, "heading")
        self.notes_list = QListWidget()
        _wrapping(self.notes_list)
        self.notes_list.setAccessibleName(self.tr("Notities van de ondersteuner"))
        heading.setBuddy(self.notes_list)
        layout.addWidget(heading)
        layout.addWidget(self.notes_list, 1)

        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(self.tr("Schrijf een notitie over het proces, niet over de inhoud."))
        self.note_edit.setAccessibleName(self.tr("Nieuwe notitie"))
        self.note_edit.setFixedHeight(64)
        self.phase_combo = tall_combo(QComboBox())
        self.phase_combo.setAccessibleName(self.tr("Bij welke fase"))
        self.add_note_button = QPushButton(self.tr("Notitie &bewaren"))
        set_role(self.add_note_button, "primary")
        self.add_note_button.setToolTip(self.tr("Bewaren met Ctrl+Enter."))
        self.add_note_button.clicked.connect(self._on_add_note_button_clicked)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.note_edit)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self._on_add_note_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.phase_combo, 1)
        row.addWidget(self.add_note_button)
        self.notes_only_label = QLabel(self.tr("Alleen de ondersteuner schrijft hier notities. U kunt ze wel lezen."))
        set_role(self.notes_only_label, "muted")
        self.notes_only_label.setWordWrap(True)

        is_supporter = self._actor.role == Role.ONDERSTEUNER
        self.note_edit.setVisible(is_supporter)
        self.phase_combo.setVisible(is_supporter)
        self.add_note_button.setVisible(is_supporter)
        self.notes_only_label.setVisible(not is_supporter)
        layout.addWidget(self.note_edit)
        layout.addLayout(row)
        layout.addWidget(self.notes_only_label)
        return box

    # ----------------------------------------------------------------- filling

    def _fill_concrete(self, checks: tuple[ConcreteCheck, ...], count: int) -> None:
        self.concrete_list.clear()
        for check in checks:
            what = check.what or fmt(self.tr("Afspraak %1 (nog zonder 'wat')"), check.number)
            lines = [what, *(fmt(self.tr("  – %1"), question) for question in check.questions)]
            item = QListWidgetItem("\n".join(lines))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.concrete_list.addItem(item)
        if not count:
            self.concrete_empty.setText(self.tr("Er zijn nog geen afspraken. Het gezin maakt ze in het plan."))
        else:
            self.concrete_empty.setText(self.tr("✓ Alle afspraken zijn concreet: wat, wie, wanneer, hoe weten we "
                                                "dat het lukt, en wie checkt."))
        self.concrete_list.setVisible(bool(checks))
        self.concrete_empty.setVisible(not checks)

    def _fill_notes(self, notes: tuple[ProcessNoteDoc, ...]) -> None:
        self.notes_list.clear()
        titles = {p.phase: p.title for p in self._phases}
        for note in notes:
            day = format_day(local_day(note.created_at))
            where = titles.get(note.phase, "") if note.phase else self.tr("Het hele proces")
            head = " · ".join(part for part in (day, where, note.author_name) if part)
            item = QListWidgetItem(f"{head}\n{note.text}")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.notes_list.addItem(item)
        if not notes:
            item = QListWidgetItem(self.tr("Nog geen notities."))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.notes_list.addItem(item)
        self.notes_list.scrollToBottom()

    def _fill_phase_choice(self) -> None:
        chosen = self.phase_combo.currentData()
        self.phase_combo.clear()
        for number, phase in enumerate(self._phases, 1):
            self.phase_combo.addItem(fmt(self.tr("Bij fase %1: %2"), number, phase.title), phase.phase.value)
        self.phase_combo.addItem(self.tr("Over het hele proces"), "")
        index = self.phase_combo.findData(chosen)
        self.phase_combo.setCurrentIndex(max(index, 0))

    # ----------------------------------------------------------------- wording

    def _lead_text(self) -> str:
        if self._actor.role == Role.ONDERSTEUNER:
            return self.tr("Vink samen met het gezin af wat gedaan is. Met de pijltjes kiest u een stap, met de "
                           "spatiebalk vinkt u af. De tekst van het plan verandert hier niet: die is van het gezin.")
        if self._actor.role == Role.GEZIN:
            return self.tr("Hier ziet u hoe ver het proces is. U kunt zelf ook een stap afvinken, met de spatiebalk.")
        return self.tr("U kunt hier meekijken. Alleen de ondersteuner en het gezin vinken stappen af.")

    def _check_in_text(self, guide: ProcessGuideDoc) -> str:
        meeting = self.tr("het gesprek") if guide.plan_type == PlanType.PERSOONLIJK_PLAN else self.tr(
            "de bijeenkomst")
        if guide.check_in_date is None or guide.meeting_date is None:
            text = fmt(self.tr("Nog geen datum voor %1. Staat die in het plan, dan ziet u hier een voorstel voor de "
                               "check-in."), meeting)
        else:
            text = fmt(self.tr("Voorstel voor de check-in: %1. Dat is vier weken na %2 van %3."),
                       format_day(guide.check_in_date), meeting, format_day(guide.meeting_date))
        if guide.evaluation_date is not None:
            text += " " + fmt(self.tr("De evaluatie is op %1."), format_day(guide.evaluation_date))
        return text

    def _show_error(self, message: str) -> None:
        self.error_label.setText(f"⚠ {message}")
        self.error_label.setVisible(True)

    # ------------------------------------------------------------------- slots

    def _on_model_toggle_requested(self, key: str, done: bool) -> None:
        try:
            self._services.process.set_step_done(self._plan_id, key, done, self._actor)
        except UserError as error:
            self._show_error(str(error))
            return
        self._changes.announce(self._plan_id, What.PROCESS, source=self)
        self.error_label.setVisible(False)
        self.reload()

    def _on_steps_view_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        phase = self.model.phase_at(current.row()) if current.isValid() else None
        if phase is None:
            phase = self._phases[0]
        number = list(Phase).index(phase.phase) + 1
        self.phase_label.setText(fmt(self.tr("<b>Fase %1: %2.</b> %3"), number, html.escape(phase.title),
                                     html.escape(phase.explanation)))
        # A new note goes with the phase being walked, unless the supporter chose otherwise just now.
        if not self.note_edit.toPlainText().strip():
            self.phase_combo.setCurrentIndex(max(self.phase_combo.findData(phase.phase.value), 0))

    def _on_invite_button_clicked(self) -> None:
        self.invitations = open_invitations(self._services, self._plan_id, self._actor, self)

    def _on_add_note_button_clicked(self) -> None:
        text = self.note_edit.toPlainText()
        if not text.strip():
            self._show_error(self.tr("Schrijf eerst een notitie."))
            self.note_edit.setFocus()
            return
        try:
            self._services.process.add_note(self._plan_id, self._actor, text, phase=str(self.phase_combo.currentData()))
        except UserError as error:
            self._show_error(str(error))
            return
        self._changes.announce(self._plan_id, What.PROCESS, source=self)
        self.error_label.setVisible(False)
        self.note_edit.clear()
        self.reload()
        self.note_edit.setFocus()
