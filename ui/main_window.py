"""The one window of Ons Plan: the start view and the editor, one at a time."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from ui.editor_view import EditorView
from ui.messages import open_message
from ui.start_view import StartView
from wijkteam import APP_NAME
from wijkteam.errors import UserError
from wijkteam.services import Services

SETTINGS_GEOMETRY = "main_window/geometry"
SETTINGS_STATE = "main_window/state"
SETTINGS_SPLITTER = "editor/splitter"
SETTINGS_HELP = "editor/help_shown"
DEFAULT_SIZE = (1280, 800)


class MainWindow(QMainWindow):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(900, 600)

        self.start_view = StartView(services)
        self.editor_view = EditorView(services)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start_view)
        self.stack.addWidget(self.editor_view)
        self.setCentralWidget(self.stack)

        self.start_view.plan_opened.connect(self.open_plan)
        self.editor_view.back_requested.connect(self._on_editor_view_back_requested)
        self.editor_view.title_changed.connect(self._on_editor_view_title_changed)
        self._restore_settings()
        self.start_view.focus_first()

    def bring_to_front(self) -> None:
        """A second start of the app lands here: show this window instead."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def open_plan(self, plan_id: int) -> None:
        try:
            self.editor_view.open_plan(plan_id)
        except UserError as error:
            self.start_view.refresh()
            open_message(self, str(error), warning=True)
            return
        self.stack.setCurrentWidget(self.editor_view)
        self.editor_view.focus_text()

    def show_start(self) -> None:
        left = self.editor_view.plan_id if self.stack.currentWidget() is self.editor_view else None
        self.start_view.refresh(select_plan=left)
        self.stack.setCurrentWidget(self.start_view)
        self.setWindowTitle(APP_NAME)
        if left is None:
            self.start_view.focus_first()
        else:
            self.start_view.focus_plans()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.stack.currentWidget() is self.editor_view and not self.editor_view.leave():
            event.ignore()
            return
        self.editor_view.wait_for_export()  # the PDF thread must not outlive the database
        self._save_settings()
        event.accept()

    # ----------------------------------------------------------------- helpers

    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value(SETTINGS_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(*DEFAULT_SIZE)
        state = settings.value(SETTINGS_STATE)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = settings.value(SETTINGS_SPLITTER)
        if isinstance(splitter, QByteArray):
            self.editor_view.splitter.restoreState(splitter)
        help_shown = settings.value(SETTINGS_HELP, False, type=bool)
        self.editor_view.panel.help_button.setChecked(bool(help_shown))

    def _save_settings(self) -> None:
        settings = QSettings()
        settings.setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        settings.setValue(SETTINGS_STATE, self.saveState())
        settings.setValue(SETTINGS_SPLITTER, self.editor_view.splitter.saveState())
        settings.setValue(SETTINGS_HELP, self.editor_view.panel.help_button.isChecked())
        settings.sync()

    # ------------------------------------------------------------------- slots

    def _on_editor_view_back_requested(self) -> None:
        self.show_start()

    def _on_editor_view_title_changed(self, title: str) -> None:
        self.setWindowTitle(title)
