"""The bar above the open plan: the way back, the plan's title, the 7-day clock (or the day agreed for a
familiegroepsplan), undo and redo, and printing.

Its second row says who is at the keyboard, and leads to the information and advice of professionals, with how
many items still wait for the family's answer. While the question "Wie zit er aan het toetsenbord?" waits, it takes
the place of who is at the keyboard in that row: they say the same, and a laptop screen has no height to spare.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from models import PlanType
from ui.advice.advice_wording import open_count_text
from ui.common.action_button import ActionButton
from ui.common.session_role import SessionRole
from ui.common.term_wording import term_text
from ui.common.theme import set_role
from ui.common.wording import days_left_text, fmt, plan_type_name
from ui.together.keyboard_question import KeyboardQuestion
from ui.together.role_bar import RoleBar
from wijkteam.services.dto import PlanDoc

#: The width of the bar from which the question who is at the keyboard fits beside the other buttons.
QUESTION_BESIDE_WIDTH = 1150


class EditorTopBar(QFrame):
    def __init__(self, session_role: SessionRole, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "topbar")
        self.back_button = QPushButton(self.tr("← &Terug naar mijn plannen"))
        self.back_button.setToolTip(self.tr("Terug naar mijn plannen (Esc)"))
        self.back_button.setAccessibleName(self.tr("Terug naar mijn plannen"))
        self.title_label = QLabel()
        set_role(self.title_label, "plan-title")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)  # a long title takes two lines rather than being cut off
        self.kind_label = QLabel()
        set_role(self.kind_label, "muted")
        self.kind_label.setWordWrap(True)
        self.deadline_label = QLabel()
        set_role(self.deadline_label, "deadline")
        self.deadline_label.setWordWrap(True)
        # Wide enough for the sentence in two or three lines; squeezed it became five lines of three words.
        self.deadline_label.setMinimumWidth(240)
        self._undo_row = QHBoxLayout()
        self._undo_row.setSpacing(8)
        self.undo_button: ActionButton | None = None
        self.redo_button: ActionButton | None = None
        self.pdf_button = QPushButton(self.tr("&Afdrukken als PDF"))
        set_role(self.pdf_button, "primary")
        self.pdf_button.setToolTip(self.tr("Maak een PDF om te printen of te delen (Ctrl+P)"))

        self.role_bar = RoleBar(session_role)
        self.keyboard_question = KeyboardQuestion(session_role)
        self.details_button = QPushButton(self.tr("&Over dit plan…"))
        self.details_button.setToolTip(self.tr("De naam, de titel, de datums en de plaats van het plan veranderen"))
        self.advice_button = QPushButton(self.tr("&Informatie en advies"))
        self.advice_button.setToolTip(self.tr("Wat professionals over het plan zeggen, en uw antwoorden"))
        # Plain words, no badge: a question for the family, not an alarm. It wraps when the window is narrow, so
        # the role bar beside it always stays whole.
        self.open_questions_label = QLabel()
        self.open_questions_label.setWordWrap(True)
        self.open_questions_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.open_questions_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.open_questions_label.setVisible(False)

        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title_label)
        titles.addWidget(self.kind_label)
        # Under the names rather than beside them: with large text the row keeps its buttons whole.
        titles.addWidget(self.deadline_label)
        first = QHBoxLayout()
        first.setSpacing(16)
        first.addWidget(self.back_button)
        first.addLayout(titles, 1)
        first.addLayout(self._undo_row)
        first.addWidget(self.pdf_button)
        second = QHBoxLayout()
        second.setSpacing(12)
        second.addWidget(self.role_bar)
        second.addWidget(self.open_questions_label, 1)
        second.addStretch(0)  # takes the room while no question waits, so the buttons keep their size
        second.addWidget(self.details_button)
        second.addWidget(self.advice_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 10)
        layout.setSpacing(10)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.keyboard_question)
        self._second = second
        self._layout = layout
        self.keyboard_question.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.keyboard_question and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self._show_role_bar()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        # Beside the buttons where the bar is wide enough for all of them; else in a row of its own. A narrow bar
        # (large text) says only "Terug", so the plan's title and its clock keep the room to stay readable.
        beside = event.size().width() >= QUESTION_BESIDE_WIDTH
        self.back_button.setText(self.tr("← &Terug naar mijn plannen") if beside else self.tr("← &Terug"))
        question = self.keyboard_question
        if beside != (self._second.indexOf(question) >= 0):
            (self._layout if beside else self._second).removeWidget(question)
            if beside:
                self._second.insertWidget(0, question)
            else:
                self._layout.addWidget(question)
            self._show_role_bar()

    def _show_role_bar(self) -> None:
        # The question beside the buttons takes the place of who is at the keyboard: they say the same.
        beside = self._second.indexOf(self.keyboard_question) >= 0
        self.role_bar.setVisible(not (beside and not self.keyboard_question.isHidden()))

    def set_undo_actions(self, undo: QAction, redo: QAction) -> tuple[ActionButton, ActionButton]:
        # Arrows only, so the plan's title and the 7-day clock keep their room; the tooltip says what will happen.
        buttons = []
        for action, arrow in ((undo, "↶"), (redo, "↷")):
            button = ActionButton(action, arrow)
            font = button.font()
            font.setPointSize(font.pointSize() + 4)
            button.setFont(font)
            self._undo_row.addWidget(button)
            buttons.append(button)
        self.undo_button, self.redo_button = buttons
        return self.undo_button, self.redo_button

    def show_plan(self, plan: PlanDoc) -> None:
        self.title_label.setText(plan.title)
        kind = plan_type_name(plan.plan_type)
        self.kind_label.setText(fmt(self.tr("%1 · %2"), kind, plan.family_name) if plan.family_name else kind)
        # The Wmo 7 days, or the day agreed for a familiegroepsplan: one calm sentence, never an alarm.
        if plan.plan_type == PlanType.PERSOONLIJK_PLAN:
            clock = days_left_text(plan.melding_date) if plan.melding_date is not None else ""
        else:
            clock = term_text(plan.offer_date, plan.term_date)
        self.deadline_label.setText(clock)
        self.deadline_label.setVisible(bool(clock))

    def show_open_questions(self, count: int, *, family: bool) -> None:
        """A count, never a block: the family can answer whenever they are ready."""
        text = open_count_text(count, family=family)
        self.open_questions_label.setText(fmt("○ %1", text) if text else "")
        self.open_questions_label.setVisible(bool(text))
        self.advice_button.setAccessibleDescription(text)
