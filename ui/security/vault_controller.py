"""The window and the family's passphrase: the first start, unlocking, locking, and the way back from a backup.

The controller owns three pages of the main window's stack (the first start, the lock, and a page for a missing key
file). While one of them shows, the menu is off and every other window of the app is hidden, so nothing of any plan
can be seen. Deriving the key takes a fifth of a second and encrypting an old database longer: both run off the
screen's thread (``ui.common.background``).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ui.common.background import Background, hold_outcomes_while, release_outcomes
from ui.common.changes import PlanChanges, What
from ui.common.messages import open_message
from ui.common.settings import settings
from ui.common.theme import set_role
from ui.security.lock_screen import UnlockView, centred_column
from wijkteam.errors import UserError
from wijkteam.keystore import KeyFileError, WaitError, WrongSecretError, new_recovery_code
from wijkteam.services import Services
from wijkteam.vault import Vault, VaultState

if TYPE_CHECKING:
    from ui.security.first_start import FirstStartView

log = logging.getLogger(__name__)

PASSPHRASE_ENV = "WIJKTEAM_PASSPHRASE"
LOCK_KEYS = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_L)

#: What counts as someone using the app: a key, a click, the wheel, a touch. Moving the mouse alone does not.
_USE_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
                         QEvent.Type.TouchBegin, QEvent.Type.InputMethod})


class VaultHost(Protocol):
    """What the lock needs from the main window: the stack its pages go on, the start view, the title and the menu.

    ``window()`` is Qt's own: the main window is its own top-level window, the parent of every question asked here.
    """

    @property
    def stack(self) -> QStackedWidget: ...

    @property
    def start_view(self) -> QWidget: ...

    @property
    def changes(self) -> PlanChanges: ...

    def default_title(self) -> str: ...

    def restore_title(self) -> None: ...

    def menuBar(self) -> QMenuBar: ...  # noqa: N802 - Qt's name

    def window(self) -> QWidget: ...


def flush_everything() -> bool:
    """Save what is still waiting in every text field, before the window locks or a backup is made."""
    from ui.common.autosave import flush_all

    return flush_all()


class MissingKeyView(QWidget):
    """An encrypted database whose key file is gone: say so, and offer the way back from a backup."""

    restore_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = title = QLabel(self.tr("De sleutel van uw plannen ontbreekt"))
        set_role(title, "title")
        title.setWordWrap(True)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        set_role(self.message_label, "lead")
        self.restore_button = QPushButton(self.tr("&Reservekopie terugzetten…"))
        set_role(self.restore_button, "primary")
        self.restore_button.clicked.connect(self.restore_requested)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setSpacing(14)
        column.addStretch(1)
        column.addWidget(title)
        column.addWidget(self.message_label)
        column.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(centred_column(content))


class VaultController(QObject):
    """``opened`` fires once the plans can be shown: after the first start, unlocking, or a restored backup."""

    opened = Signal()
    locked = Signal()
    unlocked = Signal()
    open_failed = Signal(str)  # the passphrase fitted, but the file could not be opened: one Dutch sentence

    def __init__(self, host: VaultHost, vault: Vault, services: Services) -> None:
        window = host.window()
        super().__init__(window)
        self._host = host
        self._window = window
        self.vault = vault
        self._services = services
        self._background = Background(self, held_while_locked=False)  # its work is what opens the lock
        hold_outcomes_while(self)  # a PDF or a plan file that is ready while locked shows after unlocking
        self._is_open = False  # the plans have been opened in this run
        self._is_locked = False
        self._hidden: list[QWidget] = []
        self._page_before: QWidget | None = None

        self.unlock_view = UnlockView()
        self.unlock_view.setAccessibleName(self.tr("Op slot"))
        self.unlock_view.unlock_requested.connect(self._on_unlock_view_unlock_requested)
        host.stack.addWidget(self.unlock_view)
        self._first_start: FirstStartView | None = None  # made when a data folder needs it: most starts unlock
        self._missing_key: MissingKeyView | None = None

        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self._on_idle_timer_timeout)
        self.apply_lock_minutes()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

        self.lock_action = QAction(self.tr("Op &slot zetten"), window)
        self.lock_action.setShortcut(QKeySequence(LOCK_KEYS))
        # The whole app: the family can lock at once when someone walks in (dialogs: see ``eventFilter``).
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock)
        window.addAction(self.lock_action)

    # ------------------------------------------------------------------ public

    @property
    def first_start(self) -> FirstStartView:
        if self._first_start is None:
            from ui.security.first_start import FirstStartView

            view = FirstStartView()
            view.finished.connect(self._on_first_start_finished)
            view.restore_requested.connect(self._on_restore_requested)
            self._host.stack.addWidget(view)
            self._first_start = view
        return self._first_start

    @property
    def missing_key(self) -> MissingKeyView:
        if self._missing_key is None:
            view = MissingKeyView()
            view.restore_requested.connect(self._on_restore_requested)
            self._host.stack.addWidget(view)
            self._missing_key = view
        return self._missing_key

    @property
    def is_locked(self) -> bool:
        return self._is_locked

    def holds_outcomes(self) -> bool:
        """Slow work that ends while the lock shows waits to tell its outcome (``ui.common.background``)."""
        return self._is_locked and self._window.isVisible()

    @property
    def is_open(self) -> bool:
        return self._is_open

    def start(self) -> None:
        """Right after the window shows: ask what this data folder needs, or use ``WIJKTEAM_PASSPHRASE``."""
        self._hide_plans()
        state = self.vault.state
        secret = os.environ.get(PASSPHRASE_ENV)
        if state == VaultState.NO_KEY:
            self._show_missing_key()
            return
        if secret is not None:
            self._open_with_environment(state, secret)
            return
        if state == VaultState.LOCKED:
            self._show_unlock(locked=False)
        else:
            self._show_first_start(upgrading=state == VaultState.PLAINTEXT)

    def lock(self) -> None:
        """Ctrl+L, or ten minutes without use: save everything, hide every window, show only the lock.

        A question that waits for an answer (a file dialog, "are you sure?") is answered with "cancel": nothing
        happens that the family did not finish asking for. Other dialogs come back after unlocking as they were.
        """
        if not self._is_open or self._is_locked or self._background.busy:
            return
        flush_everything()
        self._is_locked = True
        self._page_before = self._host.stack.currentWidget()
        self._hide_plans()
        self._show_unlock(locked=True)
        log.info("Window locked")
        self.locked.emit()

    def apply_lock_minutes(self) -> None:
        self.idle_timer.setInterval(settings.lock_minutes * 60 * 1000)
        if self._is_open and not self._is_locked:
            self.idle_timer.start()

    def wait(self) -> None:
        self._background.wait()

    # -------------------------------------------------------------- filtering

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _USE_EVENTS and self._is_open and not self._is_locked:
            self.idle_timer.start()
            # Ctrl+L locks from any window of the app, also from a dialog that waits for an answer (a modal dialog
            # blocks the shortcuts of the window behind it).
            if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                    and event.keyCombination().toCombined() == LOCK_KEYS.toCombined()
                    and isinstance(watched, QWidget) and watched.window() is not self._window):
                self.lock()
                return True
        return False

    # ------------------------------------------------------------------ pages

    def _hide_plans(self) -> None:
        """Nothing of any plan on screen: other windows hidden, the menu off, a title without a plan's name."""
        window = self._window
        for widget in QApplication.topLevelWidgets():
            if widget is not window and widget.isVisible() and widget not in self._hidden:
                self._hidden.append(widget)
                widget.hide()
        # Hidden, not only greyed out: its menus lead to plans, and a grey menu still looks like one to use.
        self._host.menuBar().setVisible(False)
        window.setWindowTitle(self._host.default_title())
        self.idle_timer.stop()

    def _show_plans_again(self) -> None:
        self._host.menuBar().setVisible(True)
        hidden, self._hidden = self._hidden, []
        for widget in hidden:
            # A question that waited in its own event loop (exec) ended with "cancel" when it was hidden, and Qt deleted
            # it: only what still exists comes back, such as a dialog opened with open(), with what was typed in it.
            if isValid(widget):
                widget.show()
        self.idle_timer.start()

    def _show_unlock(self, *, locked: bool) -> None:
        self.unlock_view.prepare(locked=locked)
        self._host.stack.setCurrentWidget(self.unlock_view)
        self.unlock_view.focus_field()

    def _show_first_start(self, *, upgrading: bool) -> None:
        self.first_start.prepare(upgrading=upgrading)
        self._host.stack.setCurrentWidget(self.first_start)
        self.first_start.steps.focus_first()

    def _show_cannot_open(self, message: str) -> None:
        """The passphrase fitted but the file did not open (damaged, or made by a newer version)."""
        log.error("Database cannot be opened: %s", message)
        self.missing_key.title_label.setText(self.tr("Uw plannen kunnen niet worden geopend"))
        self.missing_key.message_label.setText(message)
        self._host.stack.setCurrentWidget(self.missing_key)
        self.missing_key.restore_button.setFocus()
        self.open_failed.emit(message)

    def _show_missing_key(self, message: str = "") -> None:
        from wijkteam.keystore import KEY_FILENAME, MSG_KEY_MISSING

        self.missing_key.title_label.setText(self.tr("De sleutel van uw plannen ontbreekt"))
        self.missing_key.message_label.setText(message or MSG_KEY_MISSING.format(name=KEY_FILENAME))
        self._host.stack.setCurrentWidget(self.missing_key)
        self.missing_key.restore_button.setFocus()

    def _opened(self) -> None:
        self._is_open = True
        self._is_locked = False
        self._host.menuBar().setVisible(True)
        self.idle_timer.start()
        self.opened.emit()

    # ---------------------------------------------------------------- work

    def _stages(self) -> Callable[[str], None]:
        """What an upgrade does now, as the sentence the waiting page shows (called on the work's own thread)."""
        texts = {"database": self.tr("Even geduld: uw plannen worden op slot gezet…"),
                 "backups": self.tr("Even geduld: de oude kopieën in de map backups gaan ook op slot…")}
        return lambda stage: self._background.report(texts.get(stage, ""))

    def _open_with_environment(self, state: VaultState, secret: str) -> None:
        """The passphrase from the environment, as the command line takes it; a new folder prints its code once."""
        stages = self._stages()

        def work() -> None:
            if state in (VaultState.NEW, VaultState.PLAINTEXT):
                code = new_recovery_code()
                self.vault.create(secret, code, stages)
                from wijkteam.cli_vault import RECOVERY_TEXT

                print(RECOVERY_TEXT.format(code=code), file=sys.stderr)
            else:
                self.vault.unlock(secret, stages)
            self._services.connect()

        def failed(error: UserError) -> None:
            if self.vault.is_open:
                self._show_cannot_open(str(error))
            elif state == VaultState.LOCKED:
                self._show_unlock(locked=False)
                self._on_unlock_failed(error)
            else:
                self._show_first_start(upgrading=state == VaultState.PLAINTEXT)
                self.first_start.show_error(str(error))

        self.unlock_view.set_busy(True)
        self._background.run(work, lambda _result: self._opened(), failed, progress=self._on_unlock_progress)

    def _on_unlock_view_unlock_requested(self, secret: str) -> None:
        if self._is_locked:
            # The plans stay open behind the lock: checking the passphrase is enough.
            self._background.run(lambda: self.vault.verify(secret), lambda _r: self._on_relocked_open(),
                                 self._on_unlock_failed)
            return

        stages = self._stages()

        def work() -> None:
            self.vault.unlock(secret, stages)  # finishes an upgrade that was stopped half-way
            self._services.connect()

        self._background.run(work, lambda _result: self._opened(), self._on_unlock_failed,
                             progress=self._on_unlock_progress)

    def _on_unlock_progress(self, sentence: str) -> None:
        if sentence:
            self.unlock_view.show_status(sentence)

    def _on_relocked_open(self) -> None:
        self._is_locked = False
        page = self._page_before
        self._page_before = None
        self._host.stack.setCurrentWidget(page if page is not None else self._host.start_view)
        self._host.restore_title()
        self._show_plans_again()
        log.info("Window unlocked")
        self.unlocked.emit()
        release_outcomes()

    def _on_unlock_failed(self, error: UserError) -> None:
        if self.vault.is_open and not self._is_open:
            self._show_cannot_open(str(error))
        elif isinstance(error, WaitError):
            self.unlock_view.start_wait(error.seconds)
        elif isinstance(error, KeyFileError) and not self._is_open:
            self._show_missing_key(str(error))
        else:
            self.unlock_view.show_error(str(error))

    def _on_first_start_finished(self, passphrase: str, code: str) -> None:
        upgrading = self.vault.state == VaultState.PLAINTEXT
        self.first_start.set_busy(True, self.tr("Even geduld: uw plannen worden op slot gezet…") if upgrading
                                  else self.tr("Even geduld: Ons Plan maakt alles klaar…"))

        stages = self._stages()

        def work() -> None:
            self.vault.create(passphrase, code, stages)
            self._services.connect()

        def done(_result: Any) -> None:
            if self._first_start is not None:
                self._first_start.steps.reset()  # the passphrase and the code leave the fields
            self._opened()

        self._background.run(work, done, lambda error: self.first_start.show_error(str(error)),
                             progress=lambda sentence: self.first_start.set_busy(True, sentence) if sentence else None)

    # ------------------------------------------------------------- restoring

    def _on_restore_requested(self) -> None:
        """A backup at the first start or instead of a missing key file: the plans of a lost or older laptop."""
        source = self.ask_backup_file()
        if source is None:
            return
        self._restore(source, None)

    def ask_backup_file(self) -> Path | None:
        from wijkteam.backup import SUFFIX

        chosen, _filter = QFileDialog.getOpenFileName(self._window, self.tr("Reservekopie terugzetten"), "",
                                                      self.tr("Reservekopie van Ons Plan (*%1)").replace("%1", SUFFIX))
        return Path(chosen) if chosen else None

    def ask_backup_secret(self) -> str | None:
        text, ok = QInputDialog.getText(
            self._window, self.tr("Wachtwoord van de reservekopie"),
            self.tr("Typ het wachtwoord van toen u de reservekopie maakte. Of typ de herstelcode van toen."),
            QLineEdit.EchoMode.Password)
        return text if ok and text else None

    def restore_while_open(self, source: Path) -> None:
        """From "Beveiliging": the plans are closed first (the list shows, nothing waits to be saved)."""
        flush_everything()
        self._services.dispose()
        self._restore(source, None)

    def _restore(self, source: Path, secret: str | None) -> None:
        from wijkteam.backup import NeedSecretError, restore_backup

        def work() -> None:
            restore_backup(self.vault, source, secret)
            self._services.connect()

        def failed(error: UserError) -> None:
            if isinstance(error, NeedSecretError | WrongSecretError):
                again = self.ask_backup_secret()
                if again is not None:
                    if secret is not None:
                        open_message(self._window, str(error), warning=True)
                    self._restore(source, again)
                return
            open_message(self._window, str(error), warning=True)

        def done(_result: Any) -> None:
            self._host.changes.announce(None, What.PLANS, source=self)  # every plan may be another now
            self._opened()
            open_message(self._window, self.tr("De reservekopie is teruggezet. Uw plannen zijn weer open."))

        self._background.run(work, done, failed, busy=self.tr("De reservekopie wordt teruggezet…"),
                             title=self.tr("Reservekopie terugzetten"), over=self._window)

    # ------------------------------------------------------------------ slots

    def _on_idle_timer_timeout(self) -> None:
        self.lock()
