"""Eigen tijd: a calm full-screen mode in which the family decides alone and writes notes that stay their own.

The notes are saved as the family types (after a short pause, and at least once a second while they type on) and at
once when a note loses focus, the window loses focus or the family leaves: the same ``AutoSaver`` as the plan's text.
A note goes into the plan only when the family ticks "Ook in het plan zetten".
"""

from __future__ import annotations

from functools import partial

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
from ui.common import theme
from ui.common.autosave import AutoSaver, busy_sentence
from ui.common.changes import PlanChanges, What, own_changes
from ui.common.theme import set_role
from ui.common.wording import fmt
from ui.together.private_notes import NoteRef, PrivateNoteCard
from wijkteam.errors import UserError
from wijkteam.services import Actor, Services

#: Wide enough for a thought, narrow enough to read without turning one's head on a big screen.
COLUMN_WIDTH = 980

_CALM_STYLE = f"""
QDialog#eigenTijd, QWidget#eigenTijdPage {{ background: {theme.HELP_BACKGROUND}; }}
QLabel#eigenTijdTitle {{ font-size: 30pt; font-weight: bold; color: {theme.ACCENT_DARK}; }}
QLabel#eigenTijdMessage {{ font-size: 19pt; color: {theme.ACCENT_DARK}; }}
"""


def _write_note(services: Services, plan_id: int, actor: Actor, ref: NoteRef, text: str) -> None:
    """Store one note; on the autosave's writer thread, so it touches only the services and the plain ``ref``."""
    if ref.note_id is None:
        if not text.strip() and not ref.include:
            return  # nothing written yet: nothing to keep
        ref.note_id = services.plans.add_private_note(plan_id, actor, text, include=ref.include)
    else:
        services.private_notes.update_text(ref.note_id, text, actor)


class EigenTijdDialog(QDialog):
    """Only the family writes here. Another role sees one sentence and no notes: they are the family's own."""

    def __init__(self, services: Services, plan_id: int, actor: Actor, parent: QWidget | None = None, *,
                 changes: PlanChanges | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._changes = own_changes(changes, self)
        self._plan_id = plan_id
        self._actor = actor
        self._leave_anyway = False  # set after a failed save, so a second "Klaar" always lets the family go
        self._last_error = ""
        self.cards: list[PrivateNoteCard] = []
        self.delete_box: QMessageBox | None = None  # the open question "weggooien?", if any
        self.setObjectName("eigenTijd")
        self.setStyleSheet(_CALM_STYLE)
        self.setWindowTitle(self.tr("Eigen tijd"))

        self.autosaver = AutoSaver(partial(_write_note, services, plan_id, actor), self)
        self.autosaver.saving.connect(self._on_autosaver_saving)
        self.autosaver.saved.connect(self._on_autosaver_saved)
        self.autosaver.failed.connect(self._on_autosaver_failed)
        self.autosaver.waiting.connect(self._on_autosaver_waiting)

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
        """Save every note that waits. False when it could not be stored yet; those notes stay waiting for a retry."""
        ok = self.autosaver.flush()
        if ok and self.cards:
            self._show_status(self.tr("✓ Alles is bewaard."))
        return ok

    def done(self, result: int) -> None:
        # Esc, the window's close button and "Klaar met eigen tijd" all end here.
        if self._actor.role == Role.GEZIN and not self.flush() and not self._leave_anyway:
            self._leave_anyway = True
            if self.autosaver.busy:
                # Kept, and saved in the background as soon as the other program is done.
                self._show_status(fmt(self.tr("%1 Wilt u toch stoppen? Druk dan nog een keer op 'Klaar met eigen "
                                              "tijd'."), busy_sentence()))
                return
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
        self.autosaver.forget(card.ref)
        self.cards.remove(card)
        card.hide()
        card.deleteLater()
        if not self.cards:
            self._add_card().setFocus()
        else:
            self.cards[-1].setFocus()

    # ------------------------------------------------------------------ saving

    def _announce(self) -> None:
        self._changes.announce(self._plan_id, What.PRIVATE_NOTES, source=self)

    def _show_status(self, text: str, *, warning: bool = False) -> None:
        shown, role = (f"⚠ {text}" if warning else text), ("status-warning" if warning else "status")
        if shown == self.status_label.text() and role == self.status_label.property("role"):
            return  # the same line again (a save every second while typing): restyling it costs a frame
        self.status_label.setText(shown)
        set_role(self.status_label, role)

    # ------------------------------------------------------------------- slots

    def _on_card_text_edited(self, card: PrivateNoteCard) -> None:
        self._leave_anyway = False
        self.autosaver.schedule(card.ref, card.text)

    def _on_card_left(self) -> None:
        self.autosaver.save_now()  # the window does not wait for it

    def _on_autosaver_saving(self) -> None:
        self._show_status(self.tr("Wordt bewaard…"))

    def _on_autosaver_saved(self, _ref: NoteRef, _text: str) -> None:
        self._announce()
        if not self.autosaver.pending:
            self._show_status(self.tr("✓ Alles is bewaard."))

    def _on_autosaver_failed(self, message: str) -> None:
        self._last_error = message
        self._show_status(message, warning=True)

    def _on_autosaver_waiting(self, sentence: str) -> None:
        self._show_status(sentence)  # calm, not a warning: the notes are kept and saved later

    def _on_card_include_toggled(self, card: PrivateNoteCard, include: bool) -> None:
        # The words first: a new note is made with its newest text, and is never made twice.
        if not self.autosaver.flush(card.ref):
            card.set_include_quietly(not include)  # the status line says why
            return
        try:
            if card.note_id is None:
                card.note_id = self._services.plans.add_private_note(self._plan_id, self._actor, card.text(),
                                                                     include=include)
            else:
                self._services.private_notes.set_include(card.note_id, include, self._actor)
        except UserError as error:
            card.set_include_quietly(not include)
            self._show_status(str(error), warning=True)
            return
        self._announce()
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
        # First what waits for this card, and a new note being stored right now: then its id is known.
        self.autosaver.forget(card.ref)
        if card.note_id is not None:
            try:
                self._services.private_notes.delete(card.note_id, self._actor)
            except UserError as error:
                self._show_status(str(error), warning=True)
                return
            self._announce()
        self._remove_card(card)
        self._show_status(self.tr("Notitie weggegooid."))

    def _on_new_button_clicked(self) -> None:
        card = self._add_card()
        card.setFocus()
        QTimer.singleShot(0, lambda: self.scroll_area.ensureWidgetVisible(card))

    def _on_done_button_clicked(self) -> None:
        self.accept()

