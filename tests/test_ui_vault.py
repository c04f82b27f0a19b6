"""The window and the passphrase: the first start, the lock (Ctrl+L and after a while without use), the way back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QVBoxLayout
from pytestqt.qtbot import QtBot

from models import PlanType
from ui.security.vault_controller import VaultController
from ui.window.main_window import MainWindow
from wijkteam import keystore
from wijkteam.db import is_plaintext
from wijkteam.keystore import KEY_FILENAME, KeyStore, new_recovery_code
from wijkteam.paths import AppPaths
from wijkteam.services import Services
from wijkteam.vault import Vault

PASSPHRASE = "onze kat heet Pluis"
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keystore, "KDF_MEMORY_KIB", 8 * 1024)
    monkeypatch.setattr(keystore, "KDF_ITERATIONS", 1)
    monkeypatch.setattr(keystore, "KDF_LANES", 1)
    monkeypatch.delenv("WIJKTEAM_PASSPHRASE", raising=False)


class Setup:
    def __init__(self, qtbot: QtBot, data_dir: Path) -> None:
        self.paths = AppPaths(data_dir, data_dir / "logs")
        self.vault = Vault(self.paths)
        self.services = Services.open(self.paths.database, self.paths.backups, lambda: self.vault.key)
        self.window = MainWindow(self.services, load_plans=False)
        qtbot.addWidget(self.window)
        self.controller = VaultController(self.window, self.vault, self.services)
        self.window.attach_vault(self.controller)
        self.controller.opened.connect(self.window.show_start)
        self.window.resize(1366, 768)
        self.window.show()
        qtbot.waitExposed(self.window)


@pytest.fixture
def setup(qtbot: QtBot, data_dir: Path) -> Iterator[Setup]:
    made = Setup(qtbot, data_dir)
    yield made
    made.controller.wait()
    made.window.close()
    made.services.dispose()


def _open_new(qtbot: QtBot, setup: Setup) -> str:
    """Through the first start as a family would: passphrase twice, the code, the code typed back."""
    setup.controller.start()
    steps = setup.controller.first_start.steps
    assert setup.window.stack.currentWidget() is setup.controller.first_start
    assert not setup.window.menuBar().isVisible()
    QTest.keyClicks(steps.first.edit, PASSPHRASE)
    QTest.keyClicks(steps.second.edit, PASSPHRASE)
    steps.next_button.click()
    code = steps.code_box.code_label.text()
    assert keystore.normalise_recovery_code(code) is not None
    assert " ".join(code) in steps.code_box.code_label.accessibleName()
    steps.written_button.click()
    QTest.keyClicks(steps.confirm_edit, code.lower())
    with qtbot.waitSignal(setup.controller.opened, timeout=30000):
        steps.done_button.click()
    return code


def test_the_first_start_sets_a_passphrase_and_shows_the_code_once(qtbot: QtBot, setup: Setup) -> None:
    setup.controller.start()
    steps = setup.controller.first_start.steps
    QTest.keyClicks(steps.first.edit, "kort")
    QTest.keyClicks(steps.second.edit, "kort")
    steps.next_button.click()
    assert "minstens 8" in steps.choose_status.text()
    steps.second.edit.setText(PASSPHRASE + "x")
    steps.first.edit.setText(PASSPHRASE)
    steps.next_button.click()
    assert "niet hetzelfde" in steps.choose_status.text()
    steps.second.edit.setText(PASSPHRASE)
    steps.next_button.click()
    code = steps.code_box.code_label.text()
    steps.written_button.click()
    QTest.keyClicks(steps.confirm_edit, "ABCDE-ABCDE-ABCDE-ABCDE-ABCDE")
    steps.done_button.click()
    assert "niet dezelfde" in steps.confirm_status.text()
    assert not (setup.paths.data_dir / KEY_FILENAME).exists()  # nothing stored before the code is typed back
    steps.confirm_edit.setText(code.replace("-", " "))
    with qtbot.waitSignal(setup.controller.opened, timeout=30000):
        steps.done_button.click()
    assert setup.window.stack.currentWidget() is setup.window.start_view
    assert setup.window.menuBar().isVisible()
    assert KeyStore(setup.paths.data_dir).unlock(code) == setup.vault.key
    assert not is_plaintext(setup.paths.database)


def test_locking_hides_every_plan_and_the_passphrase_opens_again(qtbot: QtBot, setup: Setup) -> None:
    _open_new(qtbot, setup)
    plan_id = setup.services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, title="Geheim plan",
                                               family_name="Familie Öztürk")
    setup.window.show_start()
    setup.window.open_plan(plan_id)
    assert setup.window.windowTitle() == "Geheim plan"
    other = QDialog(setup.window)
    QVBoxLayout(other).addWidget(QLabel("Familie Öztürk"))
    other.show()
    qtbot.addWidget(other)

    with qtbot.waitSignal(setup.controller.locked, timeout=3000):
        QTest.keyClick(setup.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert setup.controller.is_locked
    assert setup.window.stack.currentWidget() is setup.controller.unlock_view
    assert setup.window.windowTitle() == "Ons Plan"
    assert not setup.window.menuBar().isVisible()
    assert not other.isVisible()
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert shown == [setup.window]
    texts = " ".join(label.text() for label in setup.window.findChildren(QLabel) if label.isVisible())
    assert "Öztürk" not in texts and "Geheim" not in texts

    view = setup.controller.unlock_view
    QTest.keyClicks(view.field.edit, "fout wachtwoord")
    view.open_button.click()
    qtbot.waitUntil(lambda: "klopt niet" in view.status_label.text(), timeout=10000)
    assert setup.controller.is_locked
    view.field.edit.setText(PASSPHRASE)
    with qtbot.waitSignal(setup.controller.unlocked, timeout=10000):
        view.open_button.click()
    assert setup.window.stack.currentWidget() is setup.window.editor_view
    assert setup.window.windowTitle() == "Geheim plan"
    assert other.isVisible()


def test_the_window_locks_itself_after_a_while_without_use(qtbot: QtBot, setup: Setup) -> None:
    _open_new(qtbot, setup)
    setup.controller.idle_timer.setInterval(200)  # ten minutes, made short for the test
    setup.controller.idle_timer.start()
    with qtbot.waitSignal(setup.controller.locked, timeout=5000):
        pass
    assert setup.window.stack.currentWidget() is setup.controller.unlock_view


def test_after_a_few_wrong_tries_the_button_waits_and_says_how_long(qtbot: QtBot, setup: Setup) -> None:
    _open_new(qtbot, setup)
    setup.controller.lock()
    view = setup.controller.unlock_view
    for attempt in range(keystore.FREE_ATTEMPTS):
        view.field.edit.setText(f"fout {attempt}")
        view.open_button.click()
        qtbot.waitUntil(lambda: view.open_button.isEnabled() or "seconden" in view.status_label.text(),
                        timeout=10000)
        qtbot.waitUntil(lambda: not setup.controller._background.busy, timeout=10000)
    view.field.edit.setText(PASSPHRASE)
    view.open_button.click()
    qtbot.waitUntil(lambda: "seconden" in view.status_label.text(), timeout=10000)
    assert not view.open_button.isEnabled()
    assert setup.controller.is_locked


def test_a_second_start_on_the_same_folder_unlocks_instead_of_starting_again(qtbot: QtBot, setup: Setup) -> None:
    code = new_recovery_code()
    Vault(setup.paths).create(PASSPHRASE, code)
    setup.controller.start()
    assert setup.window.stack.currentWidget() is setup.controller.unlock_view
    assert setup.controller.unlock_view.title_label.text() == "Welkom terug"
    setup.controller.unlock_view.forgot_button.click()
    assert setup.controller.unlock_view.forgot_label.isVisible()
    QTest.keyClicks(setup.controller.unlock_view.field.edit, code)
    with qtbot.waitSignal(setup.controller.opened, timeout=10000):
        setup.controller.unlock_view.open_button.click()


def test_changing_the_passphrase_in_the_window(qtbot: QtBot, setup: Setup) -> None:
    from ui.security.security_dialog import ChangePassphraseDialog

    _open_new(qtbot, setup)
    dialog = ChangePassphraseDialog(setup.controller, setup.window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.current.edit.setText("verkeerd wachtwoord")
    dialog.new.edit.setText("een nieuw wachtwoord")
    dialog.repeat.edit.setText("een nieuw wachtwoord")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "klopt niet" in dialog.status_label.text(), timeout=10000)
    dialog.current.edit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.save_button.click()
    assert KeyStore(setup.paths.data_dir).unlock("een nieuw wachtwoord") == setup.vault.key


def test_erasing_a_removed_plan_for_good_needs_the_word(qtbot: QtBot, setup: Setup) -> None:
    from ui.start.deleted_plans_dialog import DeletedPlansDialog

    _open_new(qtbot, setup)
    plan_id = setup.services.plans.create_plan(PlanType.PERSOONLIJK_PLAN, family_name="Wim")
    setup.services.plans.delete_plan(plan_id, setup.window.session_role.actor)
    dialog = DeletedPlansDialog(setup.services, setup.window, actor=lambda: setup.window.session_role.actor)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.erase_button.click()
    erase = dialog.erase_dialog
    assert erase is not None and not erase.erase_button.isEnabled()
    QTest.keyClicks(erase.word_edit, "wissen")
    assert erase.erase_button.isEnabled()
    erase.erase_button.click()
    assert setup.services.overview.list_deleted() == []
    assert not dialog.table.isVisible()


def test_ctrl_l_in_a_question_locks_and_answers_it_with_no(qtbot: QtBot, setup: Setup) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    _open_new(qtbot, setup)
    seen: dict[str, object] = {}

    def press() -> None:
        box = QApplication.activeModalWidget()
        seen["asked"] = isinstance(box, QMessageBox)
        QTest.keyClick(box, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    QTimer.singleShot(0, press)
    answer = QMessageBox.question(setup.window, "Weghalen", "Wilt u dit plan weghalen?")
    assert seen["asked"] is True
    assert answer != QMessageBox.StandardButton.Yes
    assert setup.controller.is_locked
    setup.controller.unlock_view.field.edit.setText(PASSPHRASE)
    with qtbot.waitSignal(setup.controller.unlocked, timeout=10000):
        setup.controller.unlock_view.open_button.click()
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [setup.window]


def test_a_plan_file_read_while_the_window_locks_opens_only_after_unlocking(
    qtbot: QtBot, setup: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from ui.common import background

    _open_new(qtbot, setup)
    planfiles = setup.services.planfiles
    read = planfiles.import_plan
    gate = threading.Event()

    def slow(path: Path) -> int:
        gate.wait(10)
        return read(path)

    monkeypatch.setattr(planfiles, "import_plan", slow)
    flow = setup.window.plan_files
    flow._ask_open_path = lambda _folder: FIXTURES / "planfiles" / "minimal.wijkplan"  # type: ignore[method-assign]
    setup.window.open_file_action.trigger()
    assert flow.background.busy
    with qtbot.waitSignal(setup.controller.locked, timeout=3000):
        setup.controller.lock()
    gate.set()
    qtbot.waitUntil(lambda: bool(background._Hold.waiting), timeout=10000)
    assert [plan.title for plan in setup.services.plans.list_plans()] == ["Weer zelf naar de markt"]
    # Read and stored, but nothing of it shows over the lock: no plan opened, no message, no busy dialog.
    assert setup.window.stack.currentWidget() is setup.controller.unlock_view
    assert setup.window.windowTitle() == "Ons Plan"
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [setup.window]

    setup.controller.unlock_view.field.edit.setText(PASSPHRASE)
    with qtbot.waitSignal(setup.controller.unlocked, timeout=10000):
        setup.controller.unlock_view.open_button.click()
    assert setup.window.stack.currentWidget() is setup.window.editor_view
    assert setup.window.windowTitle() == "Weer zelf naar de markt"
    assert not flow.background.busy


def test_the_lock_hides_a_professionals_reading_copy_and_keeps_the_advice_being_written(
        qtbot: QtBot, setup: Setup, tmp_path: Path) -> None:
    from tests.test_advice_desk import add_advice, open_desk

    _open_new(qtbot, setup)
    # A plan file of another family, opened from the menu "Samen" to give advice on: it lives only in memory.
    other = setup.services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, title="Plan van familie Kaya",
                                             family_name="Kaya")
    plan_file = setup.services.planfiles.export_plan(other, tmp_path / "kaya.wijkplan")
    desk = open_desk(setup.window, plan_file, [], tmp_path / "advies.wijkadvies")
    add_advice(desk, qtbot, None, "Bel gerust als er iets is.")
    assert desk.isVisible() and desk.copy.unsaved

    desk.activateWindow()
    with qtbot.waitSignal(setup.controller.locked, timeout=3000):  # Ctrl+L from the professional's window too
        QTest.keyClick(desk.editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not desk.isVisible()
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [setup.window]

    setup.controller.unlock_view.field.edit.setText(PASSPHRASE)
    with qtbot.waitSignal(setup.controller.unlocked, timeout=10000):
        setup.controller.unlock_view.open_button.click()
    assert desk.isVisible() and desk.copy.unsaved  # back as it was, the advice not yet saved still there
    desk._ask_unsaved = lambda: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
    desk.close()
