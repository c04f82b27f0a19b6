"""Screens hear about changes through one signal, instead of calling each other's refresh methods: what one screen
changes, another shows, and neither knows the other."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from models import PlanType, Role
from ui.advice.advice_file_dialogs import AdviceFileFlow
from ui.advice.advice_panel import AdvicePanel
from ui.common.changes import PlanChange, PlanChanges, What
from ui.common.session_role import SessionRole
from ui.start.plan_table_model import PLAN_ID_ROLE
from ui.window.change_watcher import ChangeWatcher
from ui.window.main_window import MainWindow
from wijkteam.advicefile import AdviceDraft, add_to_file
from wijkteam.services import FAMILY, Actor, Services

KARIN = Actor(Role.PROFESSIONAL, "Karin de Vries")


def _heard(changes: PlanChanges) -> list[PlanChange]:
    heard: list[PlanChange] = []
    changes.changed.connect(heard.append)
    return heard


def _advice_file(services: Services, plan_id: int, folder: Path) -> Path:
    plan_file = services.planfiles.export_plan(plan_id, folder / "plan.wijkplan")
    target = folder / "advies.wijkadvies"
    for text in ("Vraag naar de boodschappendienst.", "Het buurtteam heeft een schuldhulpmaatje."):
        add_to_file(plan_file, target, AdviceDraft(author_name="Sevda Koç", text=text))
    return target


def _row(window: MainWindow, plan_id: int) -> object:
    model = window.start_view.plans.source_model
    return model.plan_at(model.row_of(plan_id))


def test_a_change_says_which_plan_what_and_who() -> None:
    screen = object()
    change = PlanChange(7, frozenset({What.ADVICE}), screen)
    assert change.about(7) and not change.about(8) and not change.about(None)
    assert PlanChange(None, frozenset({What.PLANS})).about(8)  # the whole list: every plan may have changed
    assert change.touches(What.ADVICE, What.PLANS) and not change.touches(What.SECTIONS)
    assert change.made_by(screen) and not change.made_by(object())
    assert change == PlanChange(7, frozenset({What.ADVICE}), None)  # who made it is not part of what changed


def test_advice_read_from_a_file_reaches_the_advice_panel_through_the_signal_only(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    plan_id = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY)
    other = services.plans.create_plan(PlanType.PERSOONLIJK_PLAN, FAMILY)
    changes = PlanChanges()
    heard = _heard(changes)
    panel = AdvicePanel(services, SessionRole(), changes=changes)
    qtbot.addWidget(panel)
    panel.set_plan(plan_id, services.plans.get_plan(plan_id).sections)
    panel.reload()
    assert panel.items == []
    host = QWidget()
    qtbot.addWidget(host)
    flow = AdviceFileFlow(services, host, changes=changes)  # the flow knows the channel, never the panel
    flow._ask_open_path = lambda _folder: _advice_file(services, plan_id, tmp_path)  # type: ignore[method-assign]
    flow.import_file(plan_id)
    assert [(c.plan_id, c.kinds, c.source) for c in heard] == [(plan_id, frozenset({What.ADVICE}), flow)]
    assert [item.text for item in panel.items] == ["Vraag naar de boodschappendienst.",
                                                   "Het buurtteam heeft een schuldhulpmaatje."]
    assert len(panel.cards) == 2

    services.advice.add_advice(plan_id, KARIN, "Nog een advies.")
    changes.announce(other, What.ADVICE)  # another plan's advice: nothing to read again here
    changes.announce(plan_id, What.PEOPLE)  # nothing the panel shows
    assert len(panel.items) == 2
    changes.announce(plan_id, What.ADVICE, source=panel)  # its own change: shown already
    assert len(panel.items) == 2
    changes.announce(plan_id, What.ADVICE)
    assert len(panel.items) == 3


def test_advice_from_the_menu_shows_in_the_open_plan_without_the_window_passing_it_on(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    assert not hasattr(window, "refresh_advice")  # no screen is told to refresh: it hears the change
    plan_id = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY)
    target = _advice_file(services, plan_id, tmp_path)
    window.open_plan(plan_id)
    editor = window.editor_view
    assert not editor.top_bar.open_questions_label.isVisibleTo(editor)
    flow = window.together.advice_files
    flow._ask_open_path = lambda _folder: target  # type: ignore[method-assign]
    window.together.advice_file_action.trigger()
    assert len(editor.advice_panel.items) == 2
    assert editor.top_bar.open_questions_label.isVisibleTo(editor)
    assert "2" in editor.top_bar.open_questions_label.text()


def test_erasing_in_the_dialog_updates_the_count_in_the_list(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    first = services.plans.create_plan(PlanType.PERSOONLIJK_PLAN, FAMILY, family_name="Wim")
    second = services.plans.create_plan(PlanType.PERSOONLIJK_PLAN, FAMILY, family_name="Gerda")
    for plan_id in (first, second):
        services.plans.delete_plan(plan_id, FAMILY)
    window.show_start()
    panel = window.start_view.plans
    assert panel.deleted_button.text().replace("&", "") == "Weggehaalde plannen (2)…"
    panel.show_deleted()
    dialog = panel.deleted_dialog
    assert dialog is not None
    dialog.erase_button.click()
    erase = dialog.erase_dialog
    assert erase is not None
    erase.word_edit.setText("WISSEN")
    erase.erase_button.click()
    assert len(services.overview.list_deleted()) == 1
    # The dialog stays open; the list behind it heard the change and counts again.
    assert dialog.isVisible()
    assert panel.deleted_button.text().replace("&", "") == "Weggehaalde plannen (1)…"


def test_fixing_a_version_from_the_list_is_shown_in_the_list(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    from ui.together.versions_dialog import VersionsDialog

    plan_id = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, title="Thuis weer rustig")
    window.show_start()
    window.start_view.plans.select_plan(plan_id)
    before = _row(window, plan_id)
    window.together.versions_action.trigger()
    dialog = window.together.dialog
    assert isinstance(dialog, VersionsDialog)
    dialog._confirm_freeze = lambda number: True  # type: ignore[method-assign]
    dialog.freeze_button.click()
    after = _row(window, plan_id)
    assert after != before
    assert after == next(plan for plan in services.overview.list_overview() if plan.id == plan_id)
    assert window.start_view.current_plan_id() == plan_id  # the family's choice in the list stays


class _Window(QWidget):
    """Only what the watcher may use of the window: where changes go, and which plan is open."""

    def __init__(self) -> None:
        super().__init__()
        self.changes = PlanChanges(self)
        self.open_plan: int | None = None

    def open_plan_id(self) -> int | None:
        return self.open_plan


def test_the_watcher_announces_what_another_program_changed(qtbot: QtBot, services: Services) -> None:
    host = _Window()
    qtbot.addWidget(host)
    heard = _heard(host.changes)
    watcher = ChangeWatcher(host, services)
    watcher.start()
    watcher.stop()
    assert heard == []  # the first look only takes stock
    plan_id = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY)  # as ``wijkteam import`` would
    assert watcher.check()
    assert [(c.plan_id, c.kinds, c.source) for c in heard] == [(None, frozenset({What.PLANS}), watcher)]

    host.open_plan = plan_id
    assert not watcher.check()  # the plan opens: nothing new yet
    services.advice.add_advice(plan_id, KARIN, "Bel de school.")
    assert watcher.check()
    assert (heard[-1].plan_id, heard[-1].kinds) == (plan_id, frozenset({What.ADVICE}))
    assert len(heard) == 2


def test_a_plan_added_outside_the_window_shows_in_the_list(qtbot: QtBot, window: MainWindow,
                                                         services: Services) -> None:
    kept = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, title="Eerste")
    window.show_start()
    window.start_view.plans.select_plan(kept)
    watcher = ChangeWatcher(window, services)
    watcher.start()
    watcher.stop()
    added = services.plans.create_plan(PlanType.PERSOONLIJK_PLAN, FAMILY, title="Van de opdrachtregel")
    assert watcher.check()
    model = window.start_view.model
    assert {model.index(row, 0).data(PLAN_ID_ROLE) for row in range(model.rowCount())} == {kept, added}
    assert window.start_view.current_plan_id() == kept  # the choice stays


def test_the_editor_announces_what_it_saved_and_the_list_reads_it_when_shown_again(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    plan_id = services.plans.create_plan(PlanType.PERSOONLIJK_PLAN, FAMILY)
    window.show_start()
    before = _row(window, plan_id)
    heard = _heard(window.changes)
    window.open_plan(plan_id)
    editor = window.editor_view
    with qtbot.waitSignal(editor.autosaver.saved, timeout=5000):
        qtbot.keyClicks(editor.panel.text_edit, "Ik wil weer zelf boodschappen doen.")
        editor.autosaver.save_now()
    assert (plan_id, frozenset({What.SECTIONS}), editor) in [(c.plan_id, c.kinds, c.source) for c in heard]
    assert _row(window, plan_id) == before  # hidden behind the editor, the list waits
    window.stack.setCurrentWidget(window.start_view)  # shown again, without being told to refresh
    after = _row(window, plan_id)
    assert after != before
    assert after == next(plan for plan in services.overview.list_overview() if plan.id == plan_id)


def test_the_screen_that_made_a_change_reads_the_list_once(qtbot: QtBot, window: MainWindow,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    panel = window.start_view.plans
    reads: list[int | None] = []
    read = panel.refresh

    def counted(select_plan: int | None = None) -> None:
        reads.append(select_plan)
        read(select_plan)

    monkeypatch.setattr(panel, "refresh", counted)
    heard = _heard(window.changes)
    window.start_view._create_plan(PlanType.PERSOONLIJK_PLAN)
    [change] = heard
    assert change.kinds == frozenset({What.PLANS}) and change.made_by(window.start_view)
    assert reads == [change.plan_id]
