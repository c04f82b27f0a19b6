"""The plan open for writing: the list of parts on the left, the open part on the right, saving as the family types."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models import PlanType
from ui.autosave import AutoSaver
from ui.messages import open_message
from ui.pdf_export import PdfExporter, default_pdf_folder, default_pdf_name, with_pdf_suffix
from ui.section_list_model import SectionItemDelegate, SectionListModel
from ui.section_panel import SectionPanel, text_font
from ui.theme import set_role
from ui.wording import days_left_text, fmt, plan_type_name
from wijkteam.errors import UserError
from wijkteam.services import FAMILY, Services
from wijkteam.services.dto import PlanDoc, SectionDoc

SETTINGS_PDF_FOLDER = "export/last_folder"


class EditorTopBar(QFrame):
    """The plan's title, the way back, and printing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "topbar")
        self.back_button = QPushButton(self.tr("← &Terug naar mijn plannen"))
        self.back_button.setToolTip(self.tr("Terug naar mijn plannen (Esc)"))
        self.title_label = QLabel()
        set_role(self.title_label, "plan-title")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.kind_label = QLabel()
        set_role(self.kind_label, "muted")
        self.deadline_label = QLabel()
        set_role(self.deadline_label, "deadline")
        self.deadline_label.setWordWrap(True)
        self.pdf_button = QPushButton(self.tr("&Afdrukken als PDF"))
        set_role(self.pdf_button, "primary")
        self.pdf_button.setToolTip(self.tr("Maak een PDF om te printen of te delen (Ctrl+P)"))

        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title_label)
        titles.addWidget(self.kind_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.setSpacing(20)
        layout.addWidget(self.back_button)
        layout.addLayout(titles, 1)
        layout.addWidget(self.deadline_label)
        layout.addWidget(self.pdf_button)

    def show_plan(self, plan: PlanDoc) -> None:
        self.title_label.setText(plan.title)
        kind = plan_type_name(plan.plan_type)
        self.kind_label.setText(fmt(self.tr("%1 · %2"), kind, plan.family_name) if plan.family_name else kind)
        show_deadline = plan.plan_type == PlanType.PERSOONLIJK_PLAN and plan.melding_date is not None
        self.deadline_label.setVisible(show_deadline)
        if show_deadline and plan.melding_date is not None:
            self.deadline_label.setText(days_left_text(plan.melding_date))


class EditorView(QWidget):
    back_requested = Signal()
    title_changed = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._plan: PlanDoc | None = None
        self._documents: dict[int, QTextDocument] = {}
        self._loading = False
        self.pdf_done_box: QMessageBox | None = None
        self.busy_dialog: QProgressDialog | None = None

        self.top_bar = EditorTopBar()
        self.top_bar.back_button.clicked.connect(self._on_back_button_clicked)
        self.top_bar.pdf_button.clicked.connect(self._on_pdf_button_clicked)

        self.model = SectionListModel(self)
        self.section_list = QListView()
        self.section_list.setModel(self.model)
        self.section_list.setItemDelegate(SectionItemDelegate(self.section_list))
        self.section_list.setAccessibleName(self.tr("Delen van het plan"))
        self.section_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.section_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.section_list.setMinimumWidth(240)
        self.section_list.setResizeMode(QListView.ResizeMode.Adjust)  # titles wrap again when the list is resized
        self.section_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.section_list.selectionModel().currentChanged.connect(self._on_section_list_current_changed)
        list_heading = QLabel(self.tr("&Delen van het plan"))
        set_role(list_heading, "muted")
        list_heading.setBuddy(self.section_list)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(20, 16, 8, 16)
        left_layout.addWidget(list_heading)
        left_layout.addWidget(self.section_list, 1)

        self.panel = SectionPanel()
        self.panel.done_toggled.connect(self._on_panel_done_toggled)
        self.panel.previous_requested.connect(self._on_panel_previous_requested)
        self.panel.next_requested.connect(self._on_panel_next_requested)
        self.panel.text_edit.textChanged.connect(self._on_text_edit_text_changed)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        # When the window is small the open part scrolls, rather than squeezing the text field and buttons.
        self.panel.setObjectName("scrollContent")
        panel_scroll = QScrollArea()
        panel_scroll.setWidgetResizable(True)
        panel_scroll.setFrameShape(QFrame.Shape.NoFrame)
        panel_scroll.setWidget(self.panel)
        panel_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the list straight to the help and text
        panel_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Keeps the splitter from squeezing the open part below what its buttons need; the list gives way instead.
        panel_scroll.setMinimumWidth(self.panel.minimumSizeHint().width() + 16)
        self.splitter.addWidget(panel_scroll)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 940])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.splitter, 1)

        self.setTabOrder(self.top_bar.back_button, self.top_bar.pdf_button)
        self.setTabOrder(self.top_bar.pdf_button, self.section_list)
        self.setTabOrder(self.section_list, self.panel.help_button)

        self.autosaver = AutoSaver(self._save_text, self)
        self.autosaver.saving.connect(self._on_autosaver_saving)
        self.autosaver.saved.connect(self._on_autosaver_saved)
        self.autosaver.failed.connect(self._on_autosaver_failed)
        self.exporter = PdfExporter(self._export_pdf, self)
        self.exporter.ended.connect(self._on_exporter_ended)
        self.exporter.finished.connect(self._on_exporter_finished)
        self.exporter.failed.connect(self._on_exporter_failed)
        self._add_shortcuts()

    # ------------------------------------------------------------------ public

    @property
    def plan_id(self) -> int | None:
        return self._plan.id if self._plan else None

    def open_plan(self, plan_id: int) -> None:
        """Show a plan from the start. Raises UserError when it cannot be read."""
        self.autosaver.flush()
        plan = self._services.plans.get_plan(plan_id)
        self._plan = plan
        self._forget_documents()
        self.top_bar.show_plan(plan)
        self.model.set_sections(list(plan.sections))
        self.panel.set_status(self.tr("Uw tekst wordt vanzelf bewaard."))
        self.panel.setEnabled(self.model.rowCount() > 0)
        if self.model.rowCount():
            self._go_to_row(0)
        self.title_changed.emit(plan.title)

    def current_section(self) -> SectionDoc | None:
        row = self.section_list.currentIndex().row()
        return self.model.section_at(row) if 0 <= row < self.model.rowCount() else None

    def flush(self) -> bool:
        return self.autosaver.flush()

    def leave(self) -> bool:
        """Save what waits before the plan is closed. If saving fails, the family decides whether to leave anyway."""
        if self.autosaver.flush():
            return True
        if self._confirm_leave_unsaved():
            self.autosaver.discard()
            return True
        return False

    def wait_for_export(self) -> None:
        self.exporter.wait()

    def focus_text(self) -> None:
        self.panel.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------ overridable asks

    def _confirm_leave_unsaved(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Tekst niet bewaard"),
            self.tr("Uw laatste tekst kon niet worden bewaard. Wilt u toch stoppen? Dan bent u die tekst kwijt."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _ask_pdf_path(self, suggested: Path) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Plan opslaan als PDF"), str(suggested), self.tr("PDF (*.pdf)")
        )
        return Path(chosen) if chosen else None

    def _open_file(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # ----------------------------------------------------------------- helpers

    def _add_shortcuts(self) -> None:
        def action(keys: list[str], slot: Callable[[], None]) -> QAction:
            act = QAction(self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.next_action = action(["Ctrl+PgDown", "Alt+Down"], self._on_next_action_triggered)
        self.previous_action = action(["Ctrl+PgUp", "Alt+Up"], self._on_previous_action_triggered)
        self.help_action = action(["F1"], self._on_help_action_triggered)
        self.pdf_action = action(["Ctrl+P"], self._on_pdf_button_clicked)
        self.back_action = action(["Esc", "Alt+Left"], self._on_back_button_clicked)

    def _export_pdf(self, plan_id: int, target: Path) -> Path:
        return self._services.export.export_pdf(plan_id, target)  # runs on the export thread

    def _save_text(self, section_id: int, text: str) -> None:
        self._services.plans.set_section_text(section_id, text, FAMILY)

    def _document_for(self, section: SectionDoc) -> QTextDocument:
        # One document per part keeps each part's own undo history while the family moves between parts.
        document = self._documents.get(section.id)
        if document is None:
            document = QTextDocument(self)
            document.setDefaultFont(text_font(self.font()))
            document.setDocumentMargin(10)
            document.setPlainText(section.text)
            self._documents[section.id] = document
        return document

    def _forget_documents(self) -> None:
        self.autosaver.discard()
        self._loading = True
        try:
            # The editor must never keep showing a document that is about to be deleted.
            self.panel.text_edit.setDocument(QTextDocument(self.panel.text_edit))
        finally:
            self._loading = False
        for document in self._documents.values():
            document.deleteLater()
        self._documents.clear()

    def _go_to_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.section_list.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def _show_row(self, row: int) -> None:
        section = self.model.section_at(row)
        document = self._document_for(section)
        self._loading = True
        try:
            self.panel.show_section(section, document, row, self.model.rowCount())
        finally:
            self._loading = False
        cursor = self.panel.text_edit.textCursor()
        if not cursor.hasSelection() and cursor.position() == 0:
            cursor.movePosition(cursor.MoveOperation.End)
            self.panel.text_edit.setTextCursor(cursor)

    def _start_export(self) -> None:
        if self._plan is None or self.exporter.is_busy():
            return
        if not self.autosaver.flush():
            return  # the status line says why; printing now would miss the newest text
        settings = QSettings()
        folder = Path(str(settings.value(SETTINGS_PDF_FOLDER, ""))) if settings.value(SETTINGS_PDF_FOLDER) else None
        if folder is None or not folder.is_dir():
            folder = default_pdf_folder()
        chosen = self._ask_pdf_path(folder / default_pdf_name(self._plan.title))
        if chosen is None:
            return
        target = with_pdf_suffix(chosen)
        settings.setValue(SETTINGS_PDF_FOLDER, str(target.parent))
        self.busy_dialog = QProgressDialog(self.tr("Het plan wordt klaargemaakt als PDF…"), "", 0, 0, self)
        self.busy_dialog.setCancelButton(None)
        self.busy_dialog.setWindowTitle(self.tr("Afdrukken als PDF"))
        self.busy_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.busy_dialog.setMinimumDuration(0)
        self.busy_dialog.show()
        self.panel.set_status(self.tr("Bezig met de PDF…"))
        self.exporter.start(self._plan.id, target)

    # ------------------------------------------------------------------- slots

    def _on_section_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # Save the part being left before another one opens, so nothing waits on a timer for a hidden part.
        self.autosaver.flush()
        if current.isValid():
            self._show_row(current.row())

    def _on_text_edit_text_changed(self) -> None:
        section = self.current_section()
        if self._loading or section is None:
            return
        document = self.panel.text_edit.document()
        self.autosaver.schedule(section.id, document.toPlainText)

    def _on_autosaver_saving(self) -> None:
        self.panel.set_status(self.tr("Bezig met bewaren…"))

    def _on_autosaver_saved(self, section_id: int, text: str) -> None:
        self.model.update_section(section_id, text=text)
        self.panel.set_status(self.tr("✓ Bewaard"))

    def _on_autosaver_failed(self, message: str) -> None:
        self.panel.set_status(f"⚠ {message}", warning=True)

    def _on_panel_done_toggled(self, done: bool) -> None:
        section = self.current_section()
        if section is None:
            return
        self.autosaver.flush()
        try:
            self._services.plans.set_section_done(section.id, done, FAMILY)
        except UserError as error:
            self.panel.set_done(not done)
            self.panel.set_status(f"⚠ {error}", warning=True)
            return
        self.model.update_section(section.id, done=done)
        self.panel.set_status(self.tr("✓ Bewaard"))

    def _on_panel_previous_requested(self) -> None:
        self._go_to_row(self.section_list.currentIndex().row() - 1)

    def _on_panel_next_requested(self) -> None:
        self._go_to_row(self.section_list.currentIndex().row() + 1)

    def _on_next_action_triggered(self) -> None:
        self._go_to_row(self.section_list.currentIndex().row() + 1)

    def _on_previous_action_triggered(self) -> None:
        self._go_to_row(self.section_list.currentIndex().row() - 1)

    def _on_help_action_triggered(self) -> None:
        self.panel.toggle_help()

    def _on_back_button_clicked(self) -> None:
        if self.leave():
            self.back_requested.emit()

    def _on_pdf_button_clicked(self) -> None:
        self._start_export()

    def _on_exporter_ended(self) -> None:
        if self.busy_dialog is not None:
            self.busy_dialog.close()
            self.busy_dialog.deleteLater()
            self.busy_dialog = None
        self.panel.set_status("")

    def _on_exporter_finished(self, path: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Afdrukken als PDF"),
                          self.tr("Het plan is opgeslagen als PDF."), QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(fmt(self.tr("U vindt het hier: %1"), path))
        open_button = box.addButton(self.tr("&Open de PDF"), QMessageBox.ButtonRole.AcceptRole)
        set_role(open_button, "primary")
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(open_button)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self._open_file(Path(path)) if button is open_button else None
        )
        box.finished.connect(self._on_pdf_done_box_finished)
        self.pdf_done_box = box
        box.open()

    def _on_pdf_done_box_finished(self, _result: int) -> None:
        self.pdf_done_box = None

    def _on_exporter_failed(self, message: str) -> None:
        open_message(self, message, warning=True)
