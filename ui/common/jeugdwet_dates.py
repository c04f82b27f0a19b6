"""The two dates of the Jeugdwet helper, for a familiegroepsplan: the day of the offer to make the plan and the day
agreed for it, with the right explained once beside them (Jeugdwet art. 4.1.2).

Both may stay open. The agreed day can be typed as a date, or counted as a number of weeks after the offer. Under the
fields, the days left say it calmly: after the day the family may still make the plan. Used in "Over dit plan" and in
the dialog for a new familiegroepsplan.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from ui.common.dialog_parts import FIELD_HEIGHT
from ui.common.optional_date import OptionalDateField
from ui.common.term_wording import right_explained, term_text
from ui.common.theme import set_role
from wijkteam.deadlines import MAX_TERM_WEEKS, term_from_weeks, weeks_after


class JeugdwetDates(QFrame):
    """A calm box: the right in plain words, the offer, the agreed day (or weeks after the offer), the days left."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None, explain: bool = True) -> None:
        super().__init__(parent)
        set_role(self, "helpbox")
        self._today = today
        self.heading = QLabel(self.tr("Uw recht op een eigen plan"))
        set_role(self.heading, "help-heading")
        self.explain_label = QLabel(right_explained())
        self.explain_label.setWordWrap(True)
        self.explain_label.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setVisible(explain)
        self.explain_label.setVisible(explain)

        self.offer_field = OptionalDateField(self.tr("Op een vaste datum"))
        self.offer_field.check.setAccessibleName(self.tr("Datum van het aanbod"))
        self.offer_field.date_edit.setAccessibleName(self.tr("Datum van het aanbod"))
        self.term_field = OptionalDateField(self.tr("Op een vaste datum"))
        self.term_field.check.setAccessibleName(self.tr("Afgesproken datum voor het plan"))
        self.term_field.date_edit.setAccessibleName(self.tr("Afgesproken datum voor het plan"))
        self.weeks_spin = QSpinBox()
        self.weeks_spin.setRange(0, MAX_TERM_WEEKS)
        self.weeks_spin.setSpecialValueText("—")  # 0: no number of weeks chosen
        self.weeks_spin.setSuffix(self.tr(" weken"))
        self.weeks_spin.setAccessibleName(self.tr("Aantal weken na het aanbod"))
        self.weeks_spin.setMinimumWidth(140)
        self.weeks_spin.setMinimumHeight(FIELD_HEIGHT)
        self.weeks_label = QLabel(self.tr("Of &tel vanaf het aanbod:"))
        self.weeks_label.setBuddy(self.weeks_spin)
        self.days_label = QLabel()
        self.days_label.setWordWrap(True)
        set_role(self.days_label, "deadline")

        weeks_row = QHBoxLayout()
        weeks_row.setSpacing(12)
        weeks_row.addWidget(self.weeks_label)
        weeks_row.addWidget(self.weeks_spin)
        weeks_row.addStretch(1)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        offer_label = QLabel(self.tr("Aanbo&d gekregen op:"))
        offer_label.setBuddy(self.offer_field.check)
        term_label = QLabel(self.tr("Plan &klaar op:"))
        term_label.setBuddy(self.term_field.check)
        form.addRow(offer_label, self.offer_field)
        form.addRow(term_label, self.term_field)
        form.addRow("", weeks_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.explain_label)
        layout.addLayout(form)
        layout.addWidget(self.days_label)

        self.offer_field.changed.connect(self._on_offer_field_changed)
        self.term_field.changed.connect(self._on_term_field_changed)
        self.weeks_spin.valueChanged.connect(self._on_weeks_spin_value_changed)
        self.setTabOrder(self.offer_field.date_edit, self.term_field.check)
        self.setTabOrder(self.term_field.date_edit, self.weeks_spin)
        self._update()

    def set_values(self, offer_date: date | None, term_date: date | None) -> None:
        """Show stored dates without announcing a change."""
        self.offer_field.set_value(offer_date)
        self.term_field.set_value(term_date)
        self._update()

    def offer_date(self) -> date | None:
        return self.offer_field.value()

    def term_date(self) -> date | None:
        return self.term_field.value()

    def focus_chain(self) -> list[QWidget]:
        return [self.offer_field.check, self.offer_field.date_edit, self.term_field.check, self.term_field.date_edit,
                self.weeks_spin]

    def _update(self) -> None:
        offer, term = self.offer_date(), self.term_date()
        self.weeks_spin.setEnabled(offer is not None)
        self.weeks_label.setEnabled(offer is not None)
        weeks = weeks_after(offer, term) if offer is not None and term is not None else None
        self.weeks_spin.blockSignals(True)
        self.weeks_spin.setValue(weeks if weeks is not None and weeks <= MAX_TERM_WEEKS else 0)
        self.weeks_spin.blockSignals(False)
        text = term_text(offer, term, self._today)
        self.days_label.setText(text)
        self.days_label.setVisible(bool(text))

    def _on_offer_field_changed(self) -> None:
        self._update()
        self.changed.emit()

    def _on_term_field_changed(self) -> None:
        self._update()
        self.changed.emit()

    def _on_weeks_spin_value_changed(self, weeks: int) -> None:
        offer = self.offer_date()
        if offer is None or weeks <= 0:
            return
        self.term_field.set_value(term_from_weeks(offer, weeks))
        self._update()
        self.changed.emit()
