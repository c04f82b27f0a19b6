"""The one question asked before a new plan starts. Both questions may be left open."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.common.dialog_parts import BODY_NAME, grow_to_fit
from ui.common.jeugdwet_dates import JeugdwetDates
from ui.common.optional_date import FIRST_QDATE
from ui.common.theme import set_role
from ui.common.wording import days_left_text

#: Wide enough that the dates sit beside their labels, and the right above them reads in a few lines.
FAMILY_DIALOG_WIDTH = 680


class _NewPlanDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.setModal(True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(28, 24, 28, 20)
        self._layout.setSpacing(12)
        heading = QLabel(title)
        set_role(heading, "heading")
        self._layout.addWidget(heading)
        self.buttons = QDialogButtonBox()
        self.create_button: QPushButton = self.buttons.addButton(
            self.tr("&Maak het plan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        set_role(self.create_button, "primary")
        self.create_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _finish_layout(self) -> None:
        self._layout.addSpacing(8)
        self._layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        grow_to_fit(self)  # the wrapped sentences under the date count as one line until the width is known


class NewFamilyPlanDialog(_NewPlanDialog):
    """Asks the family's name for the plan's front page, and, if they know them, the day of the offer to make the
    plan and the day agreed for it (Jeugdwet art. 4.1.2)."""

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(self.tr("Nieuw familiegroepsplan"), parent)
        label = QLabel(self.tr("Hoe heet uw familie? Dit komt bovenaan het plan."))
        label.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Bijvoorbeeld: Familie Yılmaz"))
        self.name_edit.setMaxLength(200)
        label.setBuddy(self.name_edit)
        self.name_edit.setAccessibleName(self.tr("Naam van de familie"))
        self.jeugdwet = JeugdwetDates(today=today)
        # The fields scroll when the text is large: the dates and the right beside them take room.
        content = QWidget()
        content.setObjectName("scrollContent")
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 4, 0)
        body.setSpacing(12)
        for widget in (label, self.name_edit, _optional_note(), self.jeugdwet, _optional_note()):
            body.addWidget(widget)
        scroll = QScrollArea()
        scroll.setObjectName(BODY_NAME)  # ``grow_to_fit`` stops at the screen's edge, and this scrolls
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        self._layout.addWidget(scroll, 1)
        # The scroll area lies inside the dialog's margins: the dialog is as wide as its fields need, and its margins.
        margins = self._layout.contentsMargins()
        self.setMinimumWidth(max(FAMILY_DIALOG_WIDTH, content.minimumSizeHint().width() + margins.left()
                                 + margins.right() + scroll.verticalScrollBar().sizeHint().width()))
        self._finish_layout()

    def family_name(self) -> str:
        return " ".join(self.name_edit.text().split())

    def offer_date(self) -> date | None:
        return self.jeugdwet.offer_date()

    def term_date(self) -> date | None:
        return self.jeugdwet.term_date()


def _optional_note() -> QLabel:
    note = QLabel(QCoreApplication.translate("NewPlanDialog", "U mag dit leeg laten."))
    set_role(note, "muted")
    note.setWordWrap(True)
    return note


class NewPersonalPlanDialog(_NewPlanDialog):
    """Asks the citizen's name (for the list and the plan's front page) and the date of the melding, which starts the
    7 days to hand in a persoonlijk plan."""

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(self.tr("Nieuw persoonlijk plan"), parent)
        self._today = today or date.today()
        name_label = QLabel(self.tr("Wat is uw &naam? Die komt bovenaan het plan."))
        name_label.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Bijvoorbeeld: Gerda Smit"))
        self.name_edit.setMaxLength(200)
        self.name_edit.setAccessibleName(self.tr("Uw naam"))
        name_label.setBuddy(self.name_edit)
        self._layout.addWidget(name_label)
        self._layout.addWidget(self.name_edit)
        self._layout.addWidget(_optional_note())
        explain = QLabel(
            self.tr(
                "Heeft u zich gemeld bij de gemeente voor hulp? Dat heet een melding. "
                "Na de melding heeft u 7 dagen om een persoonlijk plan te geven."
            )
        )
        explain.setWordWrap(True)
        label = QLabel(self.tr("&Datum van de melding:"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMMM yyyy")
        today_q = QDate(self._today.year, self._today.month, self._today.day)
        self.date_edit.setMinimumDate(FIRST_QDATE)  # a melding is never in the future, nor before 1900
        self.date_edit.setMaximumDate(today_q)
        self.date_edit.setDate(today_q)
        self.date_edit.setAccessibleName(self.tr("Datum van de melding"))
        label.setBuddy(self.date_edit)
        self.unknown_check = QCheckBox(self.tr("Dit &weet ik niet, of ik heb me nog niet gemeld"))
        self.days_label = QLabel()
        self.days_label.setWordWrap(True)
        set_role(self.days_label, "deadline")
        self.date_edit.dateChanged.connect(self._on_date_edit_date_changed)
        self.unknown_check.toggled.connect(self._on_unknown_check_toggled)
        for widget in (explain, label, self.date_edit, self.unknown_check, self.days_label):
            self._layout.addWidget(widget)
        self._layout.setAlignment(self.date_edit, Qt.AlignmentFlag.AlignLeft)
        self.date_edit.setMinimumWidth(260)
        self._finish_layout()
        self._update_days()

    def citizen_name(self) -> str:
        return " ".join(self.name_edit.text().split())

    def melding_date(self) -> date | None:
        if self.unknown_check.isChecked():
            return None
        chosen = self.date_edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def _update_days(self) -> None:
        melding = self.melding_date()
        self.days_label.setVisible(melding is not None)
        if melding is not None:
            self.days_label.setText(days_left_text(melding, self._today))

    def _on_date_edit_date_changed(self, _date: QDate) -> None:
        self._update_days()

    def _on_unknown_check_toggled(self, checked: bool) -> None:
        self.date_edit.setEnabled(not checked)
        self._update_days()
