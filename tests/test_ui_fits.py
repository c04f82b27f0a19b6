"""Every screen and dialog fits the screens families have: 1366x768, 1280x720, and 1920x1080 with 200% text.

The headless platform of the tests has these screens beside its own (``tests/fixtures/screens.json``, loaded by
``conftest.py``). The 200% screen is a 1920x1080 screen whose text is set to 192 dots per inch. Qt 6 turns that into
a device pixel ratio of 2, exactly as it does with ``QT_FONT_DPI=192`` (on X11 and headless alike): every size grows
with the text, and a window has 960x540 of Qt's own pixels to fit in. ``test_the_200_screen_is_qt_font_dpi_192``
holds that against a real ``QT_FONT_DPI=192`` process. So the walk runs in this process, on a real screen of that
kind, in a few seconds, instead of in a process of its own per size.

The walk opens each screen as a family finds it, the window filling the screen (the first start) and the dialogs
over it; ``tests/fits.py`` says what does not fit. With ``WIJKTEAM_SHOTS`` set to a folder, each screen is saved
there as a picture too, to look at.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from models import PlanType
from tests import fits
from ui.editor.editor_view import EditorView
from ui.window.main_window import MainWindow
from wijkteam.demo import add_demo_plans
from wijkteam.errors import UserError
from wijkteam.services import FAMILY, Services

SCREENS = ["1366x768", "1280x720", "1920x1080 200%"]


def _screen(name: str) -> QScreen:
    found = next((s for s in QGuiApplication.screens() if s.name() == name), None)
    assert found is not None, "the screens of tests/fixtures/screens.json are missing: QT_QPA_PLATFORM was set"
    return found


class Walk:
    """One walk over the screens on one screen: what did not fit, per screen."""

    def __init__(self, qtbot: QtBot, screen: str) -> None:
        self.qtbot = qtbot
        self.screen_name = screen
        self.found: list[str] = []
        self.language = ""  # in the file names of the pictures, beside the screen
        shots = os.environ.get("WIJKTEAM_SHOTS")
        self.shots = Path(shots) if shots else None

    @property
    def screen(self) -> QScreen:
        return _screen(self.screen_name)

    def check(self, widget: QWidget, what: str) -> None:
        for _ in range(3):  # a list fitted to its rows asks for a new layout once more
            QApplication.processEvents()
        self.found += [f"{self.screen.name()} · {what}: {p}" for p in fits.problems(widget)]
        if self.shots is not None:
            self.shots.mkdir(parents=True, exist_ok=True)
            tag = self.screen.name().split()[0] + ("-200" if "200" in self.screen.name() else "") + (
                f"-{self.language}" if self.language else "")
            widget.grab().save(str(self.shots / f"{what.replace(' ', '_').replace('/', '-')}-{tag}.png"))

    def dialog(self, dialog: QDialog, what: str, then: Callable[[QDialog], None] | None = None) -> None:
        self.qtbot.addWidget(dialog)
        dialog.show()
        self.qtbot.waitExposed(dialog)
        self.check(dialog, what)
        if then is not None:
            then(dialog)
            self.check(dialog, what + " after")
        dialog.reject()


@pytest.fixture(params=SCREENS)
def walk(request: pytest.FixtureRequest, qtbot: QtBot) -> Walk:
    return Walk(qtbot, request.param)


@pytest.fixture
def placed(walk: Walk, qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.move(walk.screen.availableGeometry().topLeft())  # a window shows on the screen where it lies
    win.show_at_start()  # the first start: settings of this test alone hold no size yet
    qtbot.waitExposed(win)
    yield win
    win.editor_view._confirm_leave_unsaved = lambda: True
    win.close()


def _refuse(*_args: object, **_kwargs: object) -> None:
    raise UserError("Dit kan nu niet: de schijf is vol. Maak ruimte en probeer het opnieuw.")


def _click(text: str) -> Callable[[QDialog], None]:
    """Press the button ``text`` (its Dutch words; in another language, the dialog's save button, which it is)."""
    def press(dialog: QDialog) -> None:
        button = next((b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == text), None)
        (button or dialog.save_button).click()  # type: ignore[attr-defined]
    return press


def test_every_screen_fits(walk: Walk, placed: MainWindow, services: Services) -> None:
    _walk_every_screen(walk, placed, services)
    assert not walk.found, "\n".join(walk.found)


@pytest.fixture
def in_language(request: pytest.FixtureRequest, language: Callable[[str], None]) -> str:
    """The whole application in the language of the parameter for one test (back in Dutch after it)."""
    language(request.param)
    return str(request.param)


@pytest.mark.parametrize("in_language", ["en", "tr", "pl", "ar"], indirect=True)
def test_every_screen_fits_in_every_language(in_language: str, qtbot: QtBot, services: Services) -> None:
    """Turkish and Polish words are longer than Dutch ones, Arabic runs right to left: at 200% text, the tightest
    screen, every screen and dialog holds what it holds in Dutch."""
    walk = Walk(qtbot, "1920x1080 200%")
    walk.language = in_language
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.move(walk.screen.availableGeometry().topLeft())
    win.show_at_start()
    qtbot.waitExposed(win)
    try:
        _walk_every_screen(walk, win, services)
    finally:
        win.editor_view._confirm_leave_unsaved = lambda: True
        win.close()
    assert not walk.found, "\n".join(walk.found)


def _walk_every_screen(walk: Walk, win: MainWindow, services: Services) -> None:
    walk.check(win, "start empty")
    family, personal = add_demo_plans(services)
    win.show_start()
    walk.check(win, "start with plans")
    from ui.start.new_plan_dialogs import NewFamilyPlanDialog, NewPersonalPlanDialog
    walk.dialog(NewFamilyPlanDialog(win), "new family plan")
    # With the Jeugdwet dates filled in: the days left show under them.
    jeugdwet = NewFamilyPlanDialog(win)
    jeugdwet.jeugdwet.set_values(date.today() - timedelta(days=3), date.today() + timedelta(weeks=6))
    walk.dialog(jeugdwet, "new family plan with dates")
    walk.dialog(NewPersonalPlanDialog(win), "new personal plan")
    from ui.start.deleted_plans_dialog import DeletedPlansDialog
    gone = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, title="Weg", family_name="Familie Weg")
    services.plans.delete_plan(gone, FAMILY)
    walk.dialog(DeletedPlansDialog(services, win), "deleted plans")

    for plan_id, tag in ((family, "family"), (personal, "personal")):
        win.open_plan(plan_id)
        editor = win.editor_view
        editor.section_list.setCurrentIndex(editor.model.index(0))
        for row in range(editor.model.rowCount()):
            if row:  # on to the next part as a family does: scrolled down to "Volgend deel", and clicked
                bar = editor.open_part.scroll_area.verticalScrollBar()
                bar.setValue(bar.maximum())
                editor.panel.next_button.click()
            section = editor.current_section()
            assert section is not None
            walk.check(win, f"editor {tag} {row:02d} {section.key}")
            # Above the text of the safety part stand the conditions the plan must meet: they show when it opens,
            # and the family scrolls to its text under them, as under the banner of a skipped part.
            conditions = editor.open_part.conditions_box
            _opens_at_title(walk, editor, f"editor {tag} {section.key}", whole=conditions.isHidden(),
                            also=[] if conditions.isHidden() else [
                                conditions.heading, *(conditions.cards[:1] if "200%" not in walk.screen_name else [])])
    # A part that is skipped, with its banner over the open part.
    editor.section_list.setCurrentIndex(editor.model.index(1))
    editor.section_actions.skip_action.trigger()
    walk.check(win, "editor skipped part")
    _opens_at_title(walk, editor, "editor skipped part", whole=False)
    bar, title = editor.skipped_bar, editor.panel.title_label
    if QRect(bar.mapToGlobal(QPoint(0, 0)), bar.size()).intersects(QRect(title.mapToGlobal(QPoint(0, 0)),
                                                                          title.size())):
        walk.found.append(f"{walk.screen_name} · editor skipped part: the banner lies over the title")
    editor.wmo_hint.fold_button.setChecked(True)
    walk.check(win, "editor wmo unfolded")
    _dialogs(walk, win, services, family)


def _opens_at_title(walk: Walk, editor: EditorView, what: str, *, whole: bool = True,
                    also: Sequence[QWidget] = ()) -> None:
    """A part opens at its title; on a laptop a part of text alone shows its text and "Volgend deel" whole too
    (``whole``; under the banner of a skipped part the family scrolls to them). ``also``: more that must show."""
    viewport = editor.open_part.scroll_area.viewport()
    shown = viewport.rect()
    panel = editor.panel
    wanted = [panel.title_label, *also]
    alone = panel.text_edit.maximumHeight() >= 16_777_215  # no list under the text: the text takes all the room
    if whole and alone and "200%" not in walk.screen_name:
        wanted += [panel.text_edit, panel.next_button]
    for widget in wanted:
        place = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
        if not shown.contains(place):
            walk.found.append(f"{walk.screen_name} · {what}: {fits.name(widget)} does not show when the part opens")


def _dialogs(walk: Walk, win: MainWindow, services: Services, family: int) -> None:
    from ui.advice.advice_dialog import AddAdviceDialog
    from ui.people.agreement_dialog import AgreementDialog
    from ui.people.person_dialog import PersonDialog
    from ui.together.due_dialog import DueDialog

    win.open_plan(family)
    plan = services.plans.get_plan(family)
    walk.dialog(PersonDialog(_refuse, plan.participants[0], parent=win), "person",
                _click("Bewaren"))
    walk.dialog(AgreementDialog(_refuse, plan.agreements[0], plan.goals, plan.participants, parent=win),
                "agreement", _click("Bewaren"))
    walk.dialog(AddAdviceDialog(_refuse, "Marieke, wijkteam", plan.sections, parent=win), "advice",
                _click("Advies toevoegen"))
    win.editor_view.edit_details()
    details = win.editor_view.details_dialog
    assert details is not None
    walk.qtbot.waitExposed(details)
    walk.check(details, "over dit plan")
    details.reject()
    for name in ("process_action", "eigen_tijd_action", "versions_action"):
        getattr(win.together, name).trigger()
        dialog = win.together.dialog
        assert dialog is not None
        walk.qtbot.waitExposed(dialog)
        walk.check(dialog, name)
        if name == "versions_action":  # two versions, names ticked: "Wie is akkoord?"
            services.versions.freeze(family, FAMILY)
            services.plans.set_section_text(plan.sections[1].id, "Anders nu.", FAMILY)
            version = services.versions.freeze(family, FAMILY)
            for person in services.versions.consent_people(family):
                services.versions.record_consent(version, person.id, FAMILY)
            dialog.refresh()  # type: ignore[attr-defined]
            walk.check(dialog, "versions twice")
        dialog.reject()
    walk.dialog(DueDialog(services, date.today() + timedelta(days=400), win), "due")
    from ui.together.invitations_dialog import InvitationsDialog

    walk.dialog(InvitationsDialog(services, family, FAMILY, win), "invitations")
    from ui.advice.advice_dialog import AnswerDialog
    from ui.editor.section_actions import TitleDialog
    from ui.people.goals_editor import GoalDialog
    from ui.start.deleted_plans_dialog import EraseDialog
    from ui.start.plan_file_dialogs import PrivateNotesDialog
    from ui.together.role_dialog import RoleDialog
    from ui.window.crash_dialog import CrashDialog

    advice = services.advice.list_advice(family)[0]
    walk.dialog(AnswerDialog(_refuse, advice, win), "answer", _click("Antwoord bewaren"))
    walk.dialog(GoalDialog(_refuse, plan.goals[0], win), "goal", _click("Bewaren"))
    walk.dialog(TitleDialog("Eigen deel toevoegen", "Hoe heet het nieuwe deel?", "Toevoegen", parent=win), "title")
    walk.dialog(RoleDialog(win.session_role, win), "role")
    walk.dialog(PrivateNotesDialog(plan.title, 2, win), "private notes")
    walk.dialog(EraseDialog(plan.title, win), "erase")
    walk.dialog(CrashDialog("Traceback (most recent call last):\n" * 40, "/tmp/crash.txt", win), "crash")
    from ui.window.anonymous_copy import AnonymousCopyDialog
    report = services.export.without_names_report(family)
    walk.dialog(AnonymousCopyDialog(services, family, report, FAMILY, win), "copy without names")


def test_the_200_screen_is_qt_font_dpi_192(qtbot: QtBot) -> None:
    """A real QT_FONT_DPI=192 process on a 1920x1080 screen gives the 200% screen of the walk: its size in Qt's own
    pixels, its pixel ratio, and text and buttons of the same size."""
    probe = ("from PySide6.QtWidgets import QPushButton\n"
             "from ui.window.app import create_application\n"
             "app = create_application([])\n"
             "s = app.primaryScreen()\n"
             "b = QPushButton('Terug naar mijn plannen')\n"
             "print(s.availableGeometry().width(), s.availableGeometry().height(), s.devicePixelRatio(),"
             " b.sizeHint().width(), b.fontMetrics().height())\n")
    screens = Path(__file__).parent / "fixtures" / "one_screen_1920x1080.json"
    env = {**os.environ, "QT_FONT_DPI": "192", "QT_QPA_PLATFORM": f"offscreen:configfile={screens}"}
    out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=60, check=True)
    big = _screen("1920x1080 200%")
    button = QPushButton("Terug naar mijn plannen")
    button.setScreen(big)
    here = [big.availableGeometry().width(), big.availableGeometry().height(), big.devicePixelRatio(),
            QPushButton("Terug naar mijn plannen").sizeHint().width(), button.fontMetrics().height()]
    assert out.stdout.split() == [str(v) for v in here]


def test_the_first_start_fills_the_screen_and_later_opens_as_left(qtbot: QtBot, services: Services) -> None:
    laptop = _screen("1366x768")
    first = MainWindow(services)
    qtbot.addWidget(first)
    first.move(laptop.availableGeometry().topLeft())
    first.show_at_start()  # settings of this test alone: nothing remembered yet
    qtbot.waitExposed(first)
    assert first.isMaximized()
    qtbot.waitUntil(lambda: first.frameGeometry() == laptop.availableGeometry())  # once it moved to that screen
    first.showNormal()
    first.setGeometry(laptop.availableGeometry().x() + 50, 60, 1000, 640)
    placed = first.geometry()
    first.close()
    again = MainWindow(services)
    qtbot.addWidget(again)
    again.show_at_start()
    qtbot.waitExposed(again)
    assert not again.isMaximized() and again.geometry() == placed and again.screen().name() == "1366x768"
    again.close()


def test_the_first_start_the_lock_and_security_fit(walk: Walk, qtbot: QtBot, data_dir: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.security.vault_controller import VaultController
    from wijkteam import keystore
    from wijkteam.paths import AppPaths
    from wijkteam.vault import Vault

    # The lightest key derivation a key file may ask for: the walk is about the screens, not the key.
    monkeypatch.setattr(keystore, "KDF_MEMORY_KIB", 8 * 1024)
    monkeypatch.setattr(keystore, "KDF_ITERATIONS", 1)
    monkeypatch.setattr(keystore, "KDF_LANES", 1)
    monkeypatch.delenv("WIJKTEAM_PASSPHRASE", raising=False)
    paths = AppPaths(data_dir, data_dir / "logs")
    vault = Vault(paths)
    services = Services.open(paths.database, paths.backups, lambda: vault.key)
    win = MainWindow(services, load_plans=False)
    qtbot.addWidget(win)
    controller = VaultController(win, vault, services)
    win.attach_vault(controller)
    controller.opened.connect(win.show_start)
    win.move(walk.screen.availableGeometry().topLeft())
    win.show_at_start()
    qtbot.waitExposed(win)
    try:
        controller.start()
        walk.check(win, "first start")
        steps = controller.first_start.steps
        steps.first.edit.setText("onze kat heet Pluis")
        steps.second.edit.setText("onze kat heet Pluis")
        steps.next_button.click()
        walk.check(win, "first start code")
        code = steps.code_box.code_label.text()
        steps.written_button.click()
        walk.check(win, "first start code typed back")
        steps.confirm_edit.setText(code)
        with qtbot.waitSignal(controller.opened, timeout=30000):
            steps.done_button.click()
        win.security_action.trigger()
        dialog = win.security_dialog
        assert dialog is not None
        qtbot.waitExposed(dialog)
        walk.check(dialog, "security")
        dialog.reject()
        from ui.security.security_dialog import ChangePassphraseDialog, NewRecoveryCodeDialog

        walk.dialog(ChangePassphraseDialog(controller, win), "change passphrase")
        walk.dialog(NewRecoveryCodeDialog(controller, win), "new recovery code")
        controller.lock()
        walk.check(win, "lock screen")
    finally:
        controller.wait()
        win.close()
        services.dispose()
    assert not walk.found, "\n".join(walk.found)


def test_the_plan_list_comes_first_once_there_are_plans(walk: Walk, placed: MainWindow, services: Services) -> None:
    start = placed.start_view

    def top(widget: QWidget) -> int:
        return widget.mapTo(start, QPoint(0, 0)).y()

    assert top(start.family_button) < top(start.plans) and start.family_card.intro_label.isVisible()
    add_demo_plans(services)
    placed.show_start()
    QApplication.processEvents()
    # The list above the two buttons, which lost their explanations; its first rows show without scrolling.
    assert top(start.plans) < top(start.family_button)
    assert not start.family_card.intro_label.isVisible() and not start.personal_card.more_button.isVisible()
    viewport = start.scroll_area.viewport()
    table = start.table
    first_row = QRect(table.viewport().mapTo(viewport, QPoint(0, 0)), QSize(table.width(), table.rowHeight(0)))
    assert viewport.rect().contains(first_row), (walk.screen_name, first_row, viewport.rect())
    assert placed.focusWidget() is start.table  # the keyboard starts in the list too
