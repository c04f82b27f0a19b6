"""A date a family may leave open: a tick box "op een vaste datum" and a date field that only counts when ticked."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QWidget

from ui.common.flow_layout import FlowLayout
from ui.common.wording import screen_locale
from wijkteam.dates import FIRST_DAY, LAST_DAY

#: The years a plan may use (``wijkteam.dates``): the field and its calendar offer no other.
FIRST_QDATE = QDate(FIRST_DAY.year, FIRST_DAY.month, FIRST_DAY.day)
LAST_QDATE = QDate(LAST_DAY.year, LAST_DAY.month, LAST_DAY.day)


def limit_dates(edit: QDateEdit) -> None:
    """Keep a date field, and the calendar it opens, within the years a plan may use."""
    edit.setDateRange(FIRST_QDATE, LAST_QDATE)


class OptionalDateField(QWidget):
    """A tick box rather than a special "no date" value inside the date field: clearer, and easy with the keyboard."""

    changed = Signal()

    def __init__(self, check_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(check_text)
        self.date_edit = QDateEdit()
        self.date_edit.setLocale(screen_locale())
        self.date_edit.setDisplayFormat("d MMMM yyyy")
        self.date_edit.setCalendarPopup(True)
        limit_dates(self.date_edit)
        self.date_edit.setDate(QDate.currentDate())
        self.date_edit.setMinimumWidth(220)
        self.date_edit.setEnabled(False)
        self.check.toggled.connect(self._on_check_toggled)
        self.date_edit.dateChanged.connect(self._on_date_edit_date_changed)
        # The date goes under the tick where the words are long (Turkish at 200% text), never off the screen.
        layout = FlowLayout(self, spacing=12)
        layout.addWidget(self.check)
        layout.addWidget(self.date_edit)
        self.setFocusProxy(self.check)
        self.setTabOrder(self.check, self.date_edit)

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        chosen = self.date_edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def set_value(self, value: date | None) -> None:
        """Show a stored date without announcing a change: only the family's own edits count as changes."""
        for widget in (self.check, self.date_edit):
            widget.blockSignals(True)
        try:
            self.check.setChecked(value is not None)
            self.date_edit.setEnabled(value is not None)
            if value is not None:
                self.date_edit.setDate(QDate(value.year, value.month, value.day))
        finally:
            for widget in (self.check, self.date_edit):
                widget.blockSignals(False)

    def _on_check_toggled(self, checked: bool) -> None:
        self.date_edit.setEnabled(checked)
        if checked:
            self.date_edit.setFocus()
        self.changed.emit()

    def _on_date_edit_date_changed(self, _day: QDate) -> None:
        if self.check.isChecked():
            self.changed.emit()
