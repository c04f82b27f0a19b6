""""Lees voor" in the editor: one button and one key (F9) read the open part aloud, or the item of advice in view.

Of a part it reads the question, the help and the example, and the family's own text; the sentence being read is
marked in the family's text as a marker pen would, and stands in large letters above the part with pause, stop and
the pace. Of advice it reads the item, who gave it, and the family's answer. Choosing another part, going to the
advice or back, or leaving the plan stops the reading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QListView, QMessageBox, QPushButton, QTextEdit, QVBoxLayout, QWidget

from ui.advice.advice_read_aloud import advice_pieces
from ui.common.messages import open_message
from ui.common.read_aloud_box import ReadAloudBox
from ui.common.screen_language import current_language
from ui.common.speech import Piece, Reading, ReadState, Speaker
from ui.common.wording import template_text
from wijkteam.errors import UserError
from wijkteam.sentences import utf16_position
from wijkteam.services.dto import SectionDoc

if TYPE_CHECKING:
    from ui.editor.editor_roles import EditorRoles
    from ui.editor.open_part_column import OpenPartColumn
    from ui.editor.section_panel import SectionPanel
    from wijkteam.services.plans import PlanService

READ_ALOUD_KEYS = ("F9",)
#: ``Piece.key`` of the family's own text: its sentences are marked in the text field.
FAMILY_TEXT = "text"
#: The colour of a marker pen, behind the sentence being read.
MARK_COLOUR = "#FFF1A8"


class ReadAloudHost(Protocol):
    """What reading aloud needs of the editor."""

    @property
    def panel(self) -> SectionPanel: ...

    @property
    def open_part(self) -> OpenPartColumn: ...

    @property
    def section_list(self) -> QListView: ...

    @property
    def roles(self) -> EditorRoles: ...

    @property
    def plans(self) -> PlanService: ...

    @property
    def plan_id(self) -> int | None: ...

    def current_section(self) -> SectionDoc | None: ...


def part_pieces(section: SectionDoc, text: str, plan_language: str, tr: QObject) -> list[Piece]:
    """What "Lees voor" reads of a part: the question, help, example and the family's text, in that order."""
    screens = current_language()
    pieces = [Piece(template_text(section.title), screens, "title")]
    if section.question:
        pieces.append(Piece(template_text(section.question), screens, "question"))
    if section.help:
        words = QCoreApplication.translate("EditorReadAloud", "Hulp.")
        pieces += [Piece(words, screens), Piece(template_text(section.help), screens, "help")]
    if section.example:
        words = QCoreApplication.translate("EditorReadAloud", "Voorbeeld.")
        pieces += [Piece(words, screens), Piece(template_text(section.example), screens, "example")]
    if text.strip():
        words = QCoreApplication.translate("EditorReadAloud", "Uw eigen tekst.")
        pieces += [Piece(words, screens), Piece(text, plan_language, FAMILY_TEXT)]
    else:
        pieces.append(Piece(QCoreApplication.translate("EditorReadAloud", "Hier is nog niets geschreven."), screens))
    return pieces


class EditorReadAloud(QObject):
    def __init__(self, view: QWidget, host: ReadAloudHost, parent: QObject | None = None) -> None:
        super().__init__(parent or view)
        self._host = host
        self._view = view
        self.speaker = Speaker(self)
        self.message_box: QMessageBox | None = None
        self._reading: tuple[str, int] | None = None  # ("part", section id) or ("advice", item id)
        panel, advice_panel = host.panel, host.roles.advice_panel

        self.read_button = QPushButton(self.tr("Lees voor"))
        self.read_button.setToolTip(self._tooltip())
        self.read_button.clicked.connect(self._on_read_button_clicked)
        panel.help_row.insertWidget(1, self.read_button)  # beside "Hulp en voorbeeld"
        self.part_box = ReadAloudBox(self.speaker, (28, 8, 28, 0))
        self.advice_box = ReadAloudBox(self.speaker, (28, 8, 28, 0))
        # Above what scrolls: pause and stop stay in view, wherever the part or the advice is scrolled to.
        for holder, box in ((host.open_part, self.part_box), (advice_panel, self.advice_box)):
            holder_layout = holder.layout()
            assert isinstance(holder_layout, QVBoxLayout)
            holder_layout.insertWidget(max(holder_layout.indexOf(holder.scroll_area), 0), box)
        chain = [panel.help_button, self.read_button, *self.part_box.focus_chain()]
        for first, second in zip(chain, chain[1:], strict=False):
            view.setTabOrder(first, second)

        self.action = QAction(self.tr("Lees voor"), view)
        self.action.setShortcuts([QKeySequence(keys) for keys in READ_ALOUD_KEYS])
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.triggered.connect(self._on_action_triggered)
        view.addAction(self.action)

        self.speaker.reading.connect(self._on_speaker_reading)
        self.speaker.state_changed.connect(self._on_speaker_state_changed)
        self.speaker.unavailable.connect(self._on_speaker_unavailable)
        advice_panel.read_requested.connect(self._on_advice_panel_read_requested)
        host.roles.side.currentChanged.connect(self._on_side_current_changed)
        host.section_list.selectionModel().currentChanged.connect(self._on_section_list_current_changed)
        view.installEventFilter(self)

    # ------------------------------------------------------------------ public

    def toggle(self) -> None:
        """The key: stop what is being read, or read what is in view."""
        if self.speaker.state is not ReadState.IDLE:
            self.speaker.stop()
        elif self._host.roles.side.advice_shown():
            card = self._advice_card_in_view()
            if card is not None:
                self.read_advice(card)
        else:
            self.read_part()

    def read_part(self) -> None:
        section = self._host.current_section()
        if section is None:
            return
        text = self._host.panel.text_edit.toPlainText()
        self._start(("part", section.id), part_pieces(section, text, self._plan_language(), self), self.part_box)

    def read_advice(self, advice_id: int) -> None:
        item = next((i for i in self._host.roles.advice_panel.items if i.id == advice_id), None)
        if item is not None:
            self._start(("advice", advice_id), advice_pieces(item, self._plan_language()), self.advice_box)

    # ----------------------------------------------------------------- helpers

    def _start(self, what: tuple[str, int], pieces: list[Piece], box: ReadAloudBox) -> None:
        self.speaker.stop()
        self._reading = what
        self.part_box.show_for(box is self.part_box)
        self.advice_box.show_for(box is self.advice_box)
        if not self.speaker.read(pieces):
            self._reading = None

    def _plan_language(self) -> str:
        plan_id = self._host.plan_id
        if plan_id is None:
            return current_language()
        try:
            return self._host.plans.get_plan(plan_id).language
        except UserError:
            return current_language()

    def _advice_card_in_view(self) -> int | None:
        cards = self._host.roles.advice_panel.cards
        focused = self._view.focusWidget()
        for card in cards:
            if focused is not None and card.isAncestorOf(focused):
                return card.item.id
        return cards[0].item.id if cards else None

    def _mark(self, reading: Reading | None) -> None:
        """The sentence being read, marked in the family's text; no mark for other pieces."""
        edit = self._host.panel.text_edit
        selections: list[QTextEdit.ExtraSelection] = []
        if reading is not None and reading.piece.key == FAMILY_TEXT:
            text = edit.toPlainText()
            start, end = reading.sentence.start, reading.sentence.end
            if text[start:end] == reading.sentence.text:  # the family may have typed on meanwhile
                cursor = QTextCursor(edit.document())
                cursor.setPosition(utf16_position(text, start))
                cursor.setPosition(utf16_position(text, end), QTextCursor.MoveMode.KeepAnchor)
                mark = QTextEdit.ExtraSelection()
                mark.cursor = cursor
                mark_format = QTextCharFormat()
                mark_format.setBackground(QColor(MARK_COLOUR))
                mark.format = mark_format
                selections.append(mark)
                bar = edit.verticalScrollBar()
                rect = edit.cursorRect(cursor)
                if rect.top() < 0 or rect.bottom() > edit.viewport().height():
                    bar.setValue(bar.value() + rect.top() - edit.viewport().height() // 3)
        edit.setExtraSelections(selections)

    def marked_text(self) -> str:
        """The text marked in the family's field now (empty: none)."""
        selections = self._host.panel.text_edit.extraSelections()
        return selections[0].cursor.selectedText() if selections else ""

    # ------------------------------------------------------------------- slots

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._view and event.type() == QEvent.Type.Hide:
            self.speaker.stop()  # back to the list of plans, or the window locks
        return super().eventFilter(watched, event)

    def _on_read_button_clicked(self) -> None:
        if self.speaker.state is not ReadState.IDLE and self._reading and self._reading[0] == "part":
            self.speaker.stop()
        else:
            self.read_part()

    def _on_action_triggered(self) -> None:
        self.toggle()

    def _on_advice_panel_read_requested(self, advice_id: int) -> None:
        if self.speaker.state is not ReadState.IDLE and self._reading == ("advice", advice_id):
            self.speaker.stop()
        else:
            self.read_advice(advice_id)

    def _tooltip(self) -> str:
        return self.tr("Lees de vraag, de hulp en uw tekst voor (F9)")

    def _on_speaker_reading(self, reading: Reading) -> None:
        self._mark(reading)
        if reading.number > 0:  # the engine finished a sentence: whatever it said before no longer holds
            self.read_button.setToolTip(self._tooltip())

    def _on_speaker_state_changed(self, state: ReadState) -> None:
        reading = state is not ReadState.IDLE
        part = reading and self._reading is not None and self._reading[0] == "part"
        self.read_button.setText(self.tr("Stop met voorlezen") if part else self.tr("Lees voor"))
        if part:
            self.read_button.setToolTip(self.tr("Stop met voorlezen (F9)"))
        elif not reading and self.read_button.toolTip() == self.tr("Stop met voorlezen (F9)"):
            self.read_button.setToolTip(self._tooltip())
        for card in self._host.roles.advice_panel.cards:  # the item being read says so on its own button
            being_read = reading and self._reading == ("advice", card.item.id)
            card.read_button.setText(self.tr("Stop met voorlezen") if being_read else self.tr("Lees voor"))
        if not reading:
            self._reading = None
            self._mark(None)

    def _on_speaker_unavailable(self, sentence: str) -> None:
        self.read_button.setToolTip(sentence)
        if self.message_box is None:
            self.message_box = open_message(self._view, sentence)
            self.message_box.finished.connect(self._on_message_box_finished)

    def _on_message_box_finished(self, _result: int) -> None:
        self.message_box = None

    def _on_side_current_changed(self, _index: int) -> None:
        self.speaker.stop()

    def _on_section_list_current_changed(self, *_args: object) -> None:
        self.speaker.stop()
