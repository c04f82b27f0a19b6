"""A calm box under the open part of a persoonlijk plan: which subjects the municipality asks about are in the plan.

It is a hint and never a block: the plan can always be printed and handed in. It sits under the open part rather than
under the list of parts: on a laptop screen the list needs that height to show more than a part or two. It opens
folded to one line, so the text field above it keeps its room on a small screen; a button unfolds the subjects.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
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
from ui.common.wording import fmt, template_text
from wijkteam.wmo import WmoSubject

COVERED_SYMBOL = "✓"
OPEN_SYMBOL = "○"
ROWS = 4  # a-d in the first column, e-g in the second


class WmoHint(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "helpbox")
        self.heading = QLabel(self.tr("Uw plan gaat over:"))
        set_role(self.heading, "help-heading")
        self.intro = QLabel(self.tr("Deze onderwerpen vraagt de gemeente. Ze zijn niet verplicht."))
        self.intro.setWordWrap(True)
        self.summary = QLabel()
        set_role(self.summary, "muted")
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        self.fold_button = QPushButton(self.tr("Toon de &onderwerpen"))
        self.fold_button.setCheckable(True)
        self.fold_button.toggled.connect(self._on_fold_button_toggled)
        grid_widget = QWidget()
        grid_widget.setObjectName("scrollContent")
        unfolded = QVBoxLayout(grid_widget)
        unfolded.setContentsMargins(0, 0, 0, 0)
        unfolded.setSpacing(4)
        unfolded.addWidget(self.intro)
        self._grid = QGridLayout()
        unfolded.addLayout(self._grid)
        # Unfolded on a short screen, the subjects scroll inside the box; the part above keeps its room.
        self.details = QScrollArea()
        self.details.setWidgetResizable(True)
        self.details.setFrameShape(QFrame.Shape.NoFrame)
        self.details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.details.setWidget(grid_widget)
        self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 2)
        self._grid.setContentsMargins(0, 2, 0, 0)
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(1, 1)
        self._grid.setColumnStretch(3, 1)
        self._grid.setColumnMinimumWidth(2, 24)
        self.symbol_labels: list[QLabel] = []
        self.subject_labels: list[QLabel] = []
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.heading)
        words.addWidget(self.count_label)
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addLayout(words, 1)
        top.addWidget(self.fold_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 10)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.details)
        self.subjects: tuple[WmoSubject, ...] = ()
        self._on_fold_button_toggled(False)

    @property
    def folded(self) -> bool:
        return not self.fold_button.isChecked()

    def _on_fold_button_toggled(self, unfolded: bool) -> None:
        self.details.setVisible(unfolded)
        self.heading.setVisible(unfolded)  # folded, the one sentence says it all
        self.count_label.setVisible(not unfolded)
        self.fold_button.setText(self.tr("&Verberg de onderwerpen") if unfolded else self.tr("Toon de &onderwerpen"))

    def show_subjects(self, subjects: tuple[WmoSubject, ...]) -> None:
        """Show the subjects; an empty tuple (not a persoonlijk plan) hides the box."""
        if subjects != self.subjects:
            self.subjects = subjects
            self._fill(subjects)
        self.setVisible(bool(subjects))

    def lines(self) -> list[str]:
        """What a person reads, line by line."""
        return [f"{s.text()} {t.text()}" for s, t in zip(self.symbol_labels, self.subject_labels, strict=True)]

    def _fill(self, subjects: tuple[WmoSubject, ...]) -> None:
        while len(self.symbol_labels) < len(subjects):
            row = len(self.symbol_labels)
            symbol, subject = QLabel(), QLabel()
            symbol.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            subject.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            subject.setWordWrap(True)
            subject.setTextFormat(Qt.TextFormat.PlainText)
            column = 0 if row < ROWS else 2
            self._grid.addWidget(symbol, row % ROWS, column)
            self._grid.addWidget(subject, row % ROWS, column + 1)
            self.symbol_labels.append(symbol)
            self.subject_labels.append(subject)
        # The key to the symbols takes the free place under the second column (or a row of its own).
        self._grid.removeWidget(self.summary)
        free = len(subjects) - ROWS
        if 0 <= free < ROWS:
            self._grid.addWidget(self.summary, free, 2, 1, 2)
        else:
            self._grid.addWidget(self.summary, ROWS, 0, 1, 4)
        for row, (symbol, subject) in enumerate(zip(self.symbol_labels, self.subject_labels, strict=True)):
            shown = row < len(subjects)
            symbol.setVisible(shown)
            subject.setVisible(shown)
            if not shown:
                continue
            item = subjects[row]
            symbol.setText(COVERED_SYMBOL if item.covered else OPEN_SYMBOL)
            set_role(symbol, "help-heading" if item.covered else "muted")
            subject.setText(fmt(self.tr("%1 · %2"), item.letter, template_text(item.description)))
            state = self.tr("staat in uw plan") if item.covered else self.tr("nog niet")
            subject.setAccessibleName(fmt(self.tr("%1, %2"), template_text(item.description), state))
        covered = sum(1 for s in subjects if s.covered)
        self.summary.setText(fmt(self.tr("%1 = staat erin, %2 = nog niet"), COVERED_SYMBOL, OPEN_SYMBOL))
        self.summary.setAccessibleName(fmt(self.tr("%1 van de %2 onderwerpen staan in uw plan."),
                                           covered, len(subjects)))
        self.count_label.setText(self.summary.accessibleName())
        self.setAccessibleName(self.heading.text())
        self.setAccessibleDescription(" ".join([self.intro.text(), *self.lines(), self.summary.accessibleName()]))
