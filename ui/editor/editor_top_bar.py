"""The bar above the open plan: the way back, the plan's title, the 7-day clock, undo and redo, and printing.

Its second row says who is at the keyboard, and leads to the information and advice of professionals, with how
many items still wait for the family's answer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from models import PlanType
from ui.advice.advice_wording import open_count_text
from ui.common.action_button import ActionButton
from ui.common.session_role import SessionRole
from ui.common.theme import set_role
from ui.common.wording import days_left_text, fmt, plan_type_name
from ui.together.role_bar import RoleBar
from wijkteam.services.dto import PlanDoc


class EditorTopBar(QFrame):
    def __init__(self, session_role: SessionRole, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "topbar")
        self.back_button = QPushButton(self.tr("← &Terug naar mijn plannen"))
        self.back_button.setToolTip(self.tr("Terug naar mijn plannen (Esc)"))
        self.title_label = QLabel()
        set_role(self.title_label, "plan-title")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)  # a long title takes two lines rather than being cut off
        self.kind_label = QLabel()
        set_role(self.kind_label, "muted")
        self.deadline_label = QLabel()
        set_role(self.deadline_label, "deadline")
        self.deadline_label.setWordWrap(True)
        # Wide enough for the sentence in two lines; squeezed it became five lines of three words.
        self.deadline_label.setMinimumWidth(280)
        self._undo_row = QHBoxLayout()
        self._undo_row.setSpacing(8)
        self.undo_button: ActionButton | None = None
        self.redo_button: ActionButton | None = None
        self.pdf_button = QPushButton(self.tr("&Afdrukken als PDF"))
        set_role(self.pdf_button, "primary")
        self.pdf_button.setToolTip(self.tr("Maak een PDF om te printen of te delen (Ctrl+P)"))

        self.role_bar = RoleBar(session_role)
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
        first = QHBoxLayout()
        first.setSpacing(16)
        first.addWidget(self.back_button)
        first.addLayout(titles, 1)
        first.addWidget(self.deadline_label)
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
        show_deadline = plan.plan_type == PlanType.PERSOONLIJK_PLAN and plan.melding_date is not None
        self.deadline_label.setVisible(show_deadline)
        if show_deadline and plan.melding_date is not None:
            self.deadline_label.setText(days_left_text(plan.melding_date))

    def show_open_questions(self, count: int, *, family: bool) -> None:
        """A count, never a block: the family can answer whenever they are ready."""
        text = open_count_text(count, family=family)
        self.open_questions_label.setText(fmt("○ %1", text) if text else "")
        self.open_questions_label.setVisible(bool(text))
        self.advice_button.setAccessibleDescription(text)
