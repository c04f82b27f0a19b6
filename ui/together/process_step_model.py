"""The steps of the process guide as one list: a heading per phase, then its steps as tick boxes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from models import Phase
from ui.common import theme
from ui.common.wording import fmt, format_day
from wijkteam.process_steps import PhaseDef
from wijkteam.services.dto import ProcessStepDoc

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
PHASE_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class _Row:
    phase: Phase
    number: int  # the phase's number, 1 to 5
    step: ProcessStepDoc | None  # None: the phase's heading


class ProcessStepListModel(QAbstractListModel):
    """Headings are shown but cannot be chosen; steps are tick boxes when ``editable``.

    A tick does not change the list by itself: ``toggle_requested`` asks the screen to store it, and the list follows
    what was stored (``set_steps``). A refused tick so never shows as done.
    """

    toggle_requested = Signal(str, bool)  # step key, done

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._phases: tuple[PhaseDef, ...] = ()
        self._rows: list[_Row] = []
        self.editable = False

    # ------------------------------------------------------------------ public

    def set_steps(self, phases: Sequence[PhaseDef], steps: Sequence[ProcessStepDoc]) -> None:
        """Take the steps as stored. The same steps in the same order only repaint: the cursor keeps its place."""
        rows: list[_Row] = []
        for number, phase in enumerate(phases, 1):
            rows.append(_Row(phase.phase, number, None))
            rows += [_Row(phase.phase, number, step) for step in steps if step.phase == phase.phase]
        same_shape = [(r.phase, r.step.key if r.step else None) for r in rows] == [
            (r.phase, r.step.key if r.step else None) for r in self._rows]
        self._phases = tuple(phases)
        if same_shape and rows:
            self._rows = rows
            self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def step_at(self, row: int) -> ProcessStepDoc | None:
        return self._rows[row].step if 0 <= row < len(self._rows) else None

    def phase_at(self, row: int) -> PhaseDef | None:
        if not 0 <= row < len(self._rows):
            return None
        return next((p for p in self._phases if p.phase == self._rows[row].phase), None)

    def row_of(self, key: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.step and r.step.key == key), -1)

    def first_open_row(self) -> int:
        """Where the walk goes on: the first step not yet done, or the last step when all are done."""
        steps = [(i, r.step) for i, r in enumerate(self._rows) if r.step is not None]
        return next((i for i, step in steps if not step.done), steps[-1][0] if steps else -1)

    # --------------------------------------------------------------- Qt model

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].step is None:
            # Not enabled, so the arrow keys pass it by; its colours are set in data(), so it is not drawn grey.
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsUserCheckable if self.editable else flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if row.step is None:
            return self._heading_data(row, role)
        step = row.step
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{step.label}\n{self._done_text(step)}" if step.done else step.label
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if step.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join([step.label, self._done_text(step) if step.done else self.tr("nog niet gedaan")])
        if role == KEY_ROLE:
            return step.key
        if role == PHASE_ROLE:
            return step.phase
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        step = self.step_at(index.row()) if index.isValid() else None
        if step is None or role != Qt.ItemDataRole.CheckStateRole or not self.editable:
            return False
        checked = _check_state(value) == Qt.CheckState.Checked
        if checked != step.done:
            self.toggle_requested.emit(step.key, checked)
        return False  # the list changes when the stored steps come back

    # ----------------------------------------------------------------- helpers

    def _heading_data(self, row: _Row, role: int) -> Any:
        phase = next((p for p in self._phases if p.phase == row.phase), None)
        if phase is None:
            return None
        steps = [r.step for r in self._rows if r.step and r.phase == row.phase]
        done = sum(1 for s in steps if s.done)
        if role == Qt.ItemDataRole.DisplayRole:
            return fmt(self.tr("%1. %2  ·  %3 van %4 gedaan"), row.number, phase.title, done, len(steps))
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return phase.explanation
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            font.setPointSizeF(theme.BASE_POINT_SIZE + 1.5)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(theme.HELP_BACKGROUND))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(theme.ACCENT_DARK))
        if role == PHASE_ROLE:
            return row.phase
        return None

    def _done_text(self, step: ProcessStepDoc) -> str:
        assert step.done_at is not None
        day = format_day(local_day(step.done_at))
        if step.done_by:
            return fmt(self.tr("✓ gedaan op %1, door %2"), day, step.done_by)
        return fmt(self.tr("✓ gedaan op %1"), day)


def local_day(moment: datetime) -> date:
    """The local day of a stored moment. SQLite hands back naive datetimes; the app stores them in UTC."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone().date()


def _check_state(value: Any) -> Qt.CheckState:
    # PySide6 hands the new state over as an enum member or as its number, depending on who set it.
    if isinstance(value, Qt.CheckState):
        return value
    return Qt.CheckState(int(value))
