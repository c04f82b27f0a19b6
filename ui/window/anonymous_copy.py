"""'Kopie zonder namen': before anything is written, the family sees what the copy says instead of each name, and which
words may still be names; then they save the copy as a PDF or as a plan file (``wijkteam.anonymise``).

Every role may save a copy, as every role may save the plan as a PDF or a plan file; the copy never holds more than
the family's own copy would: no private notes, no drawings, no history.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from ui.common.background import Background
from ui.common.dialog_parts import SCREEN_MARGIN, grow_to_fit, on_parent_screen, scrolling_body
from ui.common.messages import open_message, open_saved
from ui.common.pdf_export import unprintable_box, with_pdf_suffix
from ui.common.settings import settings
from ui.common.theme import set_role
from ui.common.wording import fmt
from wijkteam.anonymise import AnonymousReport, Found
from wijkteam.errors import UserError
from wijkteam.paths import with_suffix
from wijkteam.planfile import SUFFIX
from wijkteam.services import Actor, Services

COL_PLAN, COL_COPY = range(2)
#: The table shows this many rows without scrolling; more scroll inside it.
ROWS_SHOWN = 8


class ReplacementTableModel(QAbstractTableModel):
    """What the copy says instead: in the plan, and in the copy (an empty copy is left out)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Found] = []

    def set_rows(self, rows: list[Found]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("In het plan"), self.tr("In de kopie"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        row = self._rows[index.row()]
        if index.column() == COL_PLAN:
            return row.original
        return row.copy or self.tr("(gaat niet mee)")


class AnonymousCopyDialog(QDialog):
    """Shows the report of a copy without names, and saves the copy. ``saved`` gives the file written."""

    saved = Signal(str)

    def __init__(self, services: Services, plan_id: int, report: AnonymousReport, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._plan_id = plan_id
        self._actor = actor
        self.report = report
        self.done_box: QMessageBox | None = None
        self.unprintable_box: QMessageBox | None = None
        self._pdf_target = Path()
        self.background = Background(self)
        self.setWindowTitle(self.tr("Kopie zonder namen"))
        self.setModal(True)
        room = on_parent_screen(self)
        self.resize(min(900, room.width() - SCREEN_MARGIN), min(720, room.height() - SCREEN_MARGIN))

        heading = QLabel(self.tr("Kopie zonder namen"))
        set_role(heading, "heading")
        lead = QLabel(self.tr(
            "In deze kopie staat geen naam van de mensen in het plan. Iedereen heet naar wie hij is voor het gezin. "
            "Telefoonnummers, adressen en de naam van het gezin gaan niet mee. Eigen notities en tekeningen ook niet."
        ), wordWrap=True)
        table_label = QLabel(self.tr("Dit staat er in de kopie:"))
        set_role(table_label, "help-heading")
        self.model = ReplacementTableModel(self)
        self.model.set_rows(list(report.replaced))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Wat er in de kopie staat in plaats van de namen"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setShowGrid(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in (COL_PLAN, COL_COPY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        row_height = self.table.fontMetrics().lineSpacing() + 16
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        shown = max(1, min(ROWS_SHOWN, len(report.replaced)))
        # At most about 40% of the screen, so the words to check below show too with large text.
        rows_height = min(shown * row_height, max(2 * row_height, int(room.height() * 0.4) - row_height))
        self.table.setFixedHeight(header.sizeHint().height() + rows_height + 6)

        left_label = QLabel(self.tr("Kijk deze woorden na. Het kunnen namen zijn:") if report.left else self.tr(
            "Er staan geen andere woorden in die op een naam lijken."), wordWrap=True)
        set_role(left_label, "help-heading")
        self.left_words = QLabel(", ".join(report.left), wordWrap=True)
        self.left_words.setTextFormat(Qt.TextFormat.PlainText)
        self.left_words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.left_words.setAccessibleName(self.tr("Woorden die op een naam lijken"))
        self.left_words.setVisible(bool(report.left))
        check = QLabel(self.tr("Staat er nog een naam tussen? Pas die dan eerst aan in het plan. Deze woorden blijven "
                               "in de kopie staan."), wordWrap=True)
        set_role(check, "muted")
        check.setVisible(bool(report.left))

        self.buttons = QDialogButtonBox()
        self.pdf_button = QPushButton(self.tr("Opslaan als &PDF…"))
        set_role(self.pdf_button, "primary")
        self.file_button = QPushButton(self.tr("Opslaan als p&lanbestand…"))
        self.buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(self.tr("&Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.file_button.clicked.connect(self._on_file_button_clicked)

        layout, foot = scrolling_body(self, (28, 24, 28, 20), 12)
        layout.addWidget(heading)
        layout.addWidget(lead)
        layout.addWidget(table_label)
        layout.addWidget(self.table)
        layout.addWidget(left_label)
        layout.addWidget(self.left_words)
        layout.addWidget(check)
        layout.addStretch(1)
        foot.addWidget(self.buttons)
        self.pdf_button.setFocus(Qt.FocusReason.OtherFocusReason)
        grow_to_fit(self)

    # ---------------------------------------------------------------------------------------------- saving

    def _ask_path(self, title: str, suggested: Path, file_filter: str) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(self, title, str(suggested), file_filter)
        return Path(chosen) if chosen else None

    def save_pdf(self) -> None:
        # Not named after the plan's title: a title may hold a name, and a file's name travels with it.
        chosen = self._ask_path(self.tr("Kopie zonder namen opslaan als PDF"),
                                settings.pdf_folder / (self.tr("Kopie zonder namen") + ".pdf"), self.tr("PDF (*.pdf)"))
        if chosen is not None:
            self._make_pdf(with_pdf_suffix(chosen), check=True)

    def _make_pdf(self, target: Path, *, check: bool) -> None:
        """With ``check``, first the characters no font can print, if there are any (as for the plan's own PDF)."""
        export, plan_id = self._services.export, self._plan_id

        def job() -> Path | list[str]:
            missing = export.unprintable(plan_id, without_names=True) if check else []
            return missing or export.export_pdf(plan_id, target, without_names=True)

        self._pdf_target = target
        self._run(job, self.tr("De kopie wordt klaargemaakt als PDF…"))

    def save_plan_file(self) -> None:
        chosen = self._ask_path(self.tr("Kopie zonder namen opslaan als planbestand"),
                                settings.plan_file_folder / (self.tr("Kopie zonder namen") + SUFFIX),
                                fmt(self.tr("Ons Plan-bestand (*%1)"), SUFFIX))
        if chosen is not None:
            target = with_suffix(chosen, SUFFIX)
            actor = self._actor
            self._run(lambda: self._services.planfiles.export_plan(self._plan_id, target, actor=actor,
                                                                   without_names=True),
                      self.tr("De kopie wordt bewaard als planbestand…"))

    def _run(self, work: Callable[[], Path | list[str]], busy: str) -> None:
        if self.background.busy:
            return
        self.background.run(work, self._on_background_done, self._on_background_failed, busy=busy,
                            title=self.tr("Kopie zonder namen"), over=self)

    def _show_saved(self, path: Path) -> None:
        box = open_saved(self, self.tr("Kopie zonder namen"), self.tr("De kopie zonder namen is bewaard."), path)
        box.finished.connect(self._on_done_box_finished)
        self.done_box = box

    def done(self, result: int) -> None:
        self.background.wait()  # a copy being written is finished before the dialog (and maybe the app) goes
        super().done(result)

    # ------------------------------------------------------------------------------------------------ slots

    def _on_pdf_button_clicked(self) -> None:
        self.save_pdf()

    def _on_file_button_clicked(self) -> None:
        self.save_plan_file()

    def _on_background_done(self, written: Path | list[str]) -> None:
        if isinstance(written, list):  # characters no font has: named first, and the family chooses
            target = self._pdf_target
            self.unprintable_box = unprintable_box(self, written, lambda: self._make_pdf(target, check=False))
            return
        if written.suffix == SUFFIX:
            settings.plan_file_folder = written.parent
        else:
            settings.pdf_folder = written.parent
        self.saved.emit(str(written))
        self._show_saved(written)

    def _on_background_failed(self, error: UserError) -> None:
        open_message(self, str(error), warning=True)

    def _on_done_box_finished(self, _result: int) -> None:
        self.done_box = None


def open_anonymous_copy(parent: QWidget, services: Services, plan_id: int, actor: Actor) -> AnonymousCopyDialog | None:
    """Open the dialog for one plan; when the plan cannot be read, say why instead and return None."""
    try:
        report = services.export.without_names_report(plan_id)
    except UserError as error:
        open_message(parent, str(error), warning=True)
        return None
    dialog = AnonymousCopyDialog(services, plan_id, report, actor, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
