"""'Dit moet nu gebeuren': the dates that are today or have passed, per plan, with a way to open that plan.

Meant for when the app opens: ``due_items`` is one cheap look (two queries, however many plans), and the dialog shows
only when it found something. Dates remind and never block: nothing here stops anyone from doing anything.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.common.theme import set_role
from ui.common.wording import due_label, fmt, format_due_day
from wijkteam.errors import UserError
from wijkteam.services import Services
from wijkteam.services.dto import DueItem


def due_items(services: Services, today: date) -> list[DueItem]:
    """What is due today or has passed, across all plans. Empty when the plans cannot be read: a reminder is never
    worth a start-up error (opening the plans will say what is wrong)."""
    try:
        return services.versions.due(today)
    except UserError:
        return []


def plan_heading(item: DueItem) -> str:
    if item.family_name and item.plan_title:
        return f"{item.family_name}: {item.plan_title}"
    return item.family_name or item.plan_title


def group_by_plan(items: list[DueItem]) -> list[list[DueItem]]:
    """The items per plan; the plan with the oldest date first, and within a plan the oldest date first."""
    groups: dict[int, list[DueItem]] = {}
    for item in sorted(items, key=lambda item: (item.day, item.plan_id)):
        groups.setdefault(item.plan_id, []).append(item)
    return list(groups.values())


class DueDialog(QDialog):
    """Lists per plan what is due. "Open dit plan" emits ``open_plan_requested`` and closes the dialog."""

    open_plan_requested = Signal(int)

    def __init__(self, services: Services, today: date, parent: QWidget | None = None, *,
                 items: list[DueItem] | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.setWindowTitle(self.tr("Dit moet nu gebeuren"))
        self.setModal(True)
        self.setMinimumSize(760, 480)
        self.items = items if items is not None else due_items(services, today)
        self.open_buttons: dict[int, QPushButton] = {}

        heading = QLabel(self.tr("Dit moet nu gebeuren"))
        set_role(heading, "heading")
        lead = QLabel(self.tr("Deze datums zijn vandaag, of ze zijn al voorbij. Kijk samen wat er nodig is. "
                              "Is iets al gedaan? Zet het dan in het plan op gedaan."))
        lead.setWordWrap(True)

        content = QWidget()
        content.setObjectName("scrollContent")
        cards = QVBoxLayout(content)
        cards.setContentsMargins(0, 0, 8, 0)
        cards.setSpacing(12)
        for group in group_by_plan(self.items):
            cards.addWidget(self._card(group))
        if not self.items:
            empty = QLabel(self.tr("Er is nu niets te doen. Geen enkele datum is vandaag of voorbij."))
            set_role(empty, "empty")
            empty.setWordWrap(True)
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cards.addWidget(empty)
        cards.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.buttons = QDialogButtonBox()
        self.close_button = self.buttons.addButton(self.tr("&Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(lead)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        first = next(iter(self.open_buttons.values()), None)
        (first or self.close_button).setFocus(Qt.FocusReason.OtherFocusReason)

    def _card(self, group: list[DueItem]) -> QFrame:
        plan_id = group[0].plan_id
        card = QFrame()
        set_role(card, "card")
        title = QLabel(plan_heading(group[0]))
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        set_role(title, "plan-title")
        # No Alt-letter: with one button per plan it would point at several buttons at once.
        button = QPushButton(self.tr("Open dit plan"))
        button.setAccessibleName(fmt(self.tr("Open het plan %1"), plan_heading(group[0])))
        button.clicked.connect(lambda _checked=False, pid=plan_id: self._on_open_button_clicked(pid))
        self.open_buttons[plan_id] = button
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

        rows = QGridLayout()
        rows.setHorizontalSpacing(24)
        rows.setVerticalSpacing(6)
        rows.setColumnStretch(1, 1)
        for row, item in enumerate(group):
            when = QLabel(format_due_day(item.day, self._today))
            set_role(when, "status-warning" if item.is_overdue(self._today) else "status")
            what = QLabel(due_label(item.kind, item.what))
            what.setTextFormat(Qt.TextFormat.PlainText)
            what.setWordWrap(True)
            rows.addWidget(when, row, 0, Qt.AlignmentFlag.AlignTop)
            rows.addWidget(what, row, 1, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(card)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(rows)
        return card

    # ------------------------------------------------------------------- slots

    def _on_open_button_clicked(self, plan_id: int) -> None:
        self.open_plan_requested.emit(plan_id)
        self.accept()
