"""Eigen tijd: a calm full-screen mode in which the family decides alone and writes notes that stay their own.

The notes are saved as the family types (a short pause after the last key) and at once when a note loses focus or the
family leaves. A note goes into the plan only when the family ticks "Ook in het plan zetten".
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models import PlanType, Role
from ui import theme
from ui.autosave import DELAY_MS
from ui.private_notes import PrivateNoteCard
from ui.theme import set_role
from ui.wording import fmt
from wijkteam.errors import UserError
from wijkteam.services import Actor, Services

#: Wide enough for a thought, narrow enough to read without turning one's head on a big screen.
COLUMN_WIDTH = 980

_CALM_STYLE = f"""
QDialog#eigenTijd, QWidget#eigenTijdPage {{ background: {theme.HELP_BACKGROUND}; }}
QLabel#eigenTijdTitle {{ font-size: 30pt; font-weight: bold; color: {theme.ACCENT_DARK}; }}
QLabel#eigenTijdMessage {{ font-size: 19pt; color: {theme.ACCENT_DARK}; }}
"""


class EigenTijdDialog(QDialog):
    """Only the family writes here. Another role sees one sentence and no notes: they are the family's own."""

    def __init__(self, services: Services, plan_id: int, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._plan_id = plan_id
        self._actor = actor
        self._dirty: list[PrivateNoteCard] = []
        self._leave_anyway = False  # set after a failed save, so a second "Klaar" always lets the family go
        self._last_error = ""
        self.cards: list[PrivateNoteCard] = []
        self.delete_box: QMessageBox | None = None  # the open question "weggooien?", if any
        self.setObjectName("eigenTijd")
        self.setStyleSheet(_CALM_STYLE)
        self.setWindowTitle(self.tr("Eigen tijd"))

        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(DELAY_MS)
        self.save_timer.timeout.connect(self._on_save_timer_timeout)

        if actor.role != Role.GEZIN:
            self._build_closed()
            return
        plan_type = PlanType.FAMILIEGROEPSPLAN
        try:
            plan_type = services.plans.get_plan(plan_id).plan_type
            notes = services.private_notes.list_notes(plan_id, actor)
        except UserError as error:
            notes = []
            self._build_page(plan_type)
            self._show_status(str(error), warning=True)
        else:
            self._build_page(plan_type)
        for note in notes:
            self._add_card(note.id, note.text, note.include)
        if not self.cards:
            self._add_card()  # the family can start typing at once
        self.cards[0].setFocus()
        # Full screen as soon as it is shown, however the window opens it (show, open or exec).
        self.setWindowState(self.windowState() | Qt.WindowState.WindowFullScreen)

    # ------------------------------------------------------------------ public

    def flush(self) -> bool:
        """Save every note that waits. False when the service refused; those notes stay waiting for a retry."""
        self.save_timer.stop()
        ok = True
        for card in list(self._dirty):
            if self._save_card(card):
                self._dirty.remove(card)
            else:
                ok = False
        if ok and self.cards:
            self._show_status(self.tr("✓ Alles is bewaard."))
        return ok

    def done(self, result: int) -> None:
        # Esc, the window's close button and "Klaar met eigen tijd" all end here.
        if self._actor.role == Role.GEZIN and not self.flush() and not self._leave_anyway:
            self._leave_anyway = True
            self._show_status(fmt(self.tr("%1 Niet alles is bewaard. Druk nog een keer op 'Klaar met eigen tijd' "
                                          "om toch te stoppen."), self._last_error), warning=True)
            return
        super().done(result)

    # ----------------------------------------------------------------- building

    def _build_closed(self) -> None:
        sentence = QLabel(self.tr("Eigen tijd is van het gezin. Alleen het gezin kan hier schrijven en lezen. "
                                  "Geef de computer aan het gezin."))
        sentence.setWordWrap(True)
        set_role(sentence, "lead")
        self.closed_label = sentence
        close_button = QPushButton(self.tr("Sluiten"))
        close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.addWidget(sentence)
        layout.addWidget(close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(560, 180)

    def _build_page(self, plan_type: PlanType) -> None:
        if plan_type == PlanType.PERSOONLIJK_PLAN:
            message = self.tr("De ondersteuner gaat nu even weg. U beslist zelf, samen met wie u erbij wilt hebben.")
        else:
            message = self.tr("De ondersteuner en de hulpverleners gaan nu even weg. U beslist samen.")
        self.title_label = QLabel(self.tr("Dit is uw eigen tijd."))
        self.title_label.setObjectName("eigenTijdTitle")
        self.message_label = QLabel(message)
        self.message_label.setObjectName("eigenTijdMessage")
        self.message_label.setWordWrap(True)
        explain = QLabel(self.tr("Schrijf op wat u wilt onthouden. Deze notities zijn van u. Ze komen alleen in het "
                                 "plan als u dat zelf aanvinkt."))
        set_role(explain, "lead")
        explain.setWordWrap(True)

        self.cards_layout = QVBoxLayout()
        self.cards_layout.setSpacing(14)
        page = QWidget()
        page.setObjectName("eigenTijdPage")
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(self.cards_layout)
        self.new_button = QPushButton(self.tr("+ &Nieuwe notitie"))
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        page_layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        page_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(page)

        self.status_label = QLabel(self.tr("Klaar? Druk op de knop, of op Esc."))
        set_role(self.status_label, "status")
        self.status_label.setWordWrap(True)
        self.done_button = QPushButton(self.tr("Klaar met eigen tijd"))
        set_role(self.done_button, "choice")
        self.done_button.setAutoDefault(False)
        self.done_button.setToolTip(self.tr("Of druk op Esc."))
        self.done_button.clicked.connect(self._on_done_button_clicked)

        column = QVBoxLayout()
        column.setSpacing(12)
        column.addWidget(self.title_label)
        column.addWidget(self.message_label)
        column.addWidget(explain)
        column.addSpacing(8)
        column.addWidget(self.scroll_area, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.done_button)
        column.addLayout(bottom)
        holder = QWidget()
        holder.setMaximumWidth(COLUMN_WIDTH)
        holder.setLayout(column)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 36, 32, 28)
        outer.addStretch(1)
        outer.addWidget(holder, 100)
        outer.addStretch(1)

    def _add_card(self, note_id: int | None = None, text: str = "", include: bool = False) -> PrivateNoteCard:
        card = PrivateNoteCard(note_id, text, include)
        card.text_edited.connect(lambda: self._on_card_text_edited(card))
        card.include_toggled.connect(lambda checked: self._on_card_include_toggled(card, checked))
        card.delete_requested.connect(lambda: self._on_card_delete_requested(card))
        card.left.connect(self._on_card_left)
        self.cards_layout.addWidget(card)
        self.cards.append(card)
        return card

    def _remove_card(self, card: PrivateNoteCard) -> None:
        if card in self._dirty:
            self._dirty.remove(card)
        self.cards.remove(card)
        card.hide()
        card.deleteLater()
        if not self.cards:
            self._add_card().setFocus()
        else:
            self.cards[-1].setFocus()

    # ------------------------------------------------------------------ saving

    def _save_card(self, card: PrivateNoteCard) -> bool:
        text = card.text()
        try:
            if card.note_id is None:
                if not text.strip() and not card.include():
                    return True  # nothing written yet: nothing to keep
                card.note_id = self._services.plans.add_private_note(self._plan_id, self._actor, text,
                                                                     include=card.include())
            else:
                self._services.private_notes.update_text(card.note_id, text, self._actor)
        except UserError as error:
            self._last_error = str(error)
            self._show_status(self._last_error, warning=True)
            return False
        return True

    def _show_status(self, text: str, *, warning: bool = False) -> None:
        self.status_label.setText(f"⚠ {text}" if warning else text)
        set_role(self.status_label, "status-warning" if warning else "status")

    # ------------------------------------------------------------------- slots

    def _on_card_text_edited(self, card: PrivateNoteCard) -> None:
        if card not in self._dirty:
            self._dirty.append(card)
        self._leave_anyway = False
        self._show_status(self.tr("Wordt bewaard…"))
        self.save_timer.start()  # restarts: saving waits for a pause in typing

    def _on_card_left(self) -> None:
        if self._dirty:
            self.flush()

    def _on_save_timer_timeout(self) -> None:
        self.flush()

    def _on_card_include_toggled(self, card: PrivateNoteCard, include: bool) -> None:
        try:
            if card.note_id is None:
                card.note_id = self._services.plans.add_private_note(self._plan_id, self._actor, card.text(),
                                                                     include=include)
                if card in self._dirty:
                    self._dirty.remove(card)
            else:
                self._services.private_notes.set_include(card.note_id, include, self._actor)
        except UserError as error:
            card.set_include_quietly(not include)
            self._show_status(str(error), warning=True)
            return
        self._show_status(self.tr("✓ Deze notitie komt in het plan.") if include
                          else self.tr("✓ Deze notitie blijft alleen van u."))

    def _on_card_delete_requested(self, card: PrivateNoteCard) -> None:
        if card.note_id is None or not card.text().strip():
            self._delete_card(card)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Eigen tijd"),
                          self.tr("Wilt u deze notitie weggooien? Dat kan niet ongedaan worden."),
                          QMessageBox.StandardButton.NoButton, self)
        yes = box.addButton(self.tr("Weggooien"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Bewaren"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setObjectName("deleteNoteBox")
        # open(), not exec(): saving of the other notes carries on underneath.
        box.buttonClicked.connect(lambda button: self._delete_card(card) if button is yes else None)
        self.delete_box = box
        box.open()

    def _delete_card(self, card: PrivateNoteCard) -> None:
        if card.note_id is not None:
            try:
                self._services.private_notes.delete(card.note_id, self._actor)
            except UserError as error:
                self._show_status(str(error), warning=True)
                return
        self._remove_card(card)
        self._show_status(self.tr("Notitie weggegooid."))

    def _on_new_button_clicked(self) -> None:
        card = self._add_card()
        card.setFocus()
        QTimer.singleShot(0, lambda: self.scroll_area.ensureWidgetVisible(card))

    def _on_done_button_clicked(self) -> None:
        self.accept()

