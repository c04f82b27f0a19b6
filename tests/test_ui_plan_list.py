"""Many plans on the start view: the next date in words, search, sort, and removing a plan with a way back."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from models import AgreementStatus, PlanType
from ui.common.theme import WARNING
from ui.common.wording import format_changed, format_due_day
from ui.start.plan_filter import PlanFilterProxyModel
from ui.start.plan_table_model import (
    COL_CHANGED,
    COL_FAMILY,
    COL_NEXT,
    COL_TITLE,
    OVERDUE_ROLE,
    SORT_ROLE,
    OverviewTableModel,
    search_key,
)
from ui.window.main_window import MainWindow
from wijkteam.deadlines import DueKind
from wijkteam.services import FAMILY, Services
from wijkteam.services.overview import PlanOverview

TODAY = date(2025, 3, 12)
NOW = datetime(2025, 3, 12, 15, 0, tzinfo=UTC)


# ------------------------------------------------------------------------------ without a window or a database


def test_dates_that_matter_read_naturally() -> None:
    assert format_due_day(TODAY, TODAY) == "vandaag"
    assert format_due_day(TODAY + timedelta(days=1), TODAY) == "morgen"
    assert format_due_day(TODAY + timedelta(days=3), TODAY) == "15 maart (over 3 dagen)"
    assert format_due_day(TODAY + timedelta(days=7), TODAY) == "19 maart"
    assert format_due_day(date(2026, 1, 5), TODAY) == "5 januari 2026"
    assert format_due_day(TODAY - timedelta(days=1), TODAY) == "gisteren, voorbij"
    assert format_due_day(date(2025, 2, 27), TODAY) == "27 februari, voorbij"
    assert format_changed(datetime(2025, 3, 9, 10, 0), NOW) == "3 dagen geleden"


def _row(plan_id: int, family: str, next_day: date | None, kind: DueKind | None = None, what: str = "") -> PlanOverview:
    return PlanOverview(plan_id, PlanType.FAMILIEGROEPSPLAN, f"Plan {plan_id}", family, "concept", NOW,
                        next_date=next_day, next_label="", next_kind=kind, next_what=what)


def test_the_table_model_says_voorbij_in_words_and_colour_and_sorts_by_date(qtbot: QtBot) -> None:
    model = OverviewTableModel(now=NOW, today=TODAY)
    model.set_rows([
        _row(1, "Familie Jansen", None),
        _row(2, "Familie Yılmaz", TODAY - timedelta(days=3), DueKind.AFSPRAAK, "Oma bellen"),
        _row(3, "Familie de Boer", TODAY + timedelta(days=10), DueKind.EVALUATIE),
    ])
    assert model.columnCount() == 5
    assert model.index(1, COL_NEXT).data() == "9 maart, voorbij\nAfspraak: Oma bellen"
    assert model.index(1, COL_NEXT).data(Qt.ItemDataRole.ForegroundRole) == QColor(WARNING)
    assert model.index(2, COL_NEXT).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(0, COL_NEXT).data() == "nog geen datum"
    assert model.count_overdue() == 1
    proxy = PlanFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(COL_NEXT)
    assert [proxy.index(r, COL_FAMILY).data() for r in range(3)] == [
        "Familie Yılmaz", "Familie de Boer", "Familie Jansen"
    ]
    # The model sorts its own rows (the proxy hands sorting down): a plan without a date sorts after every date.
    assert model.index(0, COL_FAMILY).data() == "Familie Yılmaz"
    assert model.index(2, COL_NEXT).data(SORT_ROLE) > model.index(1, COL_NEXT).data(SORT_ROLE)
    proxy.set_search("YILMAZ")
    assert proxy.rowCount() == 1
    assert search_key("Łukasz Çelik Öztürk") == "lukasz celik ozturk"


def test_a_search_stays_right_when_the_rows_are_sorted_or_replaced(qtbot: QtBot) -> None:
    model = OverviewTableModel(now=NOW, today=TODAY)
    rows = [_row(1, "Familie Jansen", None), _row(2, "Familie Yılmaz", TODAY, DueKind.AFSPRAAK, "Bellen"),
            _row(3, "Familie Janssens", TODAY + timedelta(days=2), DueKind.EVALUATIE)]
    model.set_rows(rows)
    proxy = PlanFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.set_search("jans")

    def shown() -> list[str]:
        return [proxy.index(r, COL_FAMILY).data() for r in range(proxy.rowCount())]

    def by_source_rows() -> list[str]:
        return [model.index(r, COL_FAMILY).data() for r in proxy.source_rows()]

    assert shown() == ["Familie Jansen", "Familie Janssens"] == by_source_rows()
    proxy.sort(COL_NEXT)  # the model moves its rows: what matched moves with them
    assert shown() == ["Familie Janssens", "Familie Jansen"] == by_source_rows()
    model.set_rows([rows[1], rows[0]])  # other rows: the search is worked out again for them
    assert shown() == ["Familie Jansen"] == by_source_rows()
    proxy.set_search("")
    assert sorted(shown()) == ["Familie Jansen", "Familie Yılmaz"] and shown() == by_source_rows()


# ----------------------------------------------------------------------------------------------- in the window


def _type_unicode(widget: QWidget, text: str) -> None:
    # keyClicks with non-ASCII text aborts the process inside Qt; one event per character works.
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def _add_plans(services: Services) -> dict[str, int]:
    today = date.today()
    plans, agreements = services.plans, services.agreements
    ids = {
        "yilmaz": plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, title="Thuis weer rustig",
                                    family_name="Familie Yılmaz"),
        "vries": plans.create_plan(PlanType.PERSOONLIJK_PLAN, FAMILY, title="Mijn scootmobiel",
                                   family_name="Wim de Vries", melding_date=today - timedelta(days=4)),
        "boer": plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, title="Samen sterk",
                                  family_name="Familie de Boer"),
        "ozturk": plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, title="Rust in huis",
                                    family_name="Familie Öztürk"),
        "smit": plans.create_plan(PlanType.PERSOONLIJK_PLAN, FAMILY, title="Zelf blijven koken",
                                  family_name="Gerda Smit"),
    }
    agreements.add_agreement(ids["yilmaz"], FAMILY, "Jesse belt de mentor", due_date=today - timedelta(days=3))
    agreements.add_agreement(ids["boer"], FAMILY, "Oma haalt Elif op", due_date=today - timedelta(days=30),
                             status=AgreementStatus.GEDAAN)
    plans.update_plan(ids["boer"], FAMILY, evaluation_date=today + timedelta(days=20))
    plans.update_plan(ids["ozturk"], FAMILY, evaluation_date=today + timedelta(days=1))
    return ids


def _column(window: MainWindow, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> list[object]:
    model = window.start_view.model
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


def _show(window: MainWindow, services: Services) -> dict[str, int]:
    ids = _add_plans(services)
    window.show_start()
    return ids


def test_the_list_shows_the_next_date_in_words_soonest_first(window: MainWindow, services: Services) -> None:
    _show(window, services)
    start = window.start_view
    assert _column(window, COL_FAMILY) == [
        "Familie Yılmaz", "Familie Öztürk", "Wim de Vries", "Familie de Boer", "Gerda Smit"
    ]
    next_dates = _column(window, COL_NEXT)
    assert str(next_dates[0]).endswith(", voorbij\nAfspraak: Jesse belt de mentor")
    assert next_dates[1] == "morgen\nEvaluatie"
    assert str(next_dates[2]).endswith("(over 3 dagen)\nPlan inleveren")
    assert next_dates[4] == "nog geen datum"  # no date sorts last
    assert _column(window, COL_NEXT, OVERDUE_ROLE) == [True, False, False, False, False]
    accessible = start.model.index(0, COL_NEXT).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "voorbij – Afspraak: Jesse belt de mentor" in accessible
    assert start.plans.summary_label.text() == "U heeft 5 plannen. Bij 1 plan is een datum voorbij."
    header = start.table.horizontalHeader()
    assert header.model().headerData(COL_NEXT, Qt.Orientation.Horizontal) == "Eerstvolgende datum"
    assert header.visualIndex(COL_FAMILY) == 0  # the family's name first


def test_search_keeps_the_plans_with_every_word_typed(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    _show(window, services)
    start = window.start_view
    start.table.setFocus()
    qtbot.keyClick(start, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = start.plans.search_edit
    assert search.hasFocus()
    assert search.placeholderText() == "Zoek op naam of titel"

    qtbot.keyClicks(search, "familie")
    assert len(_column(window, COL_FAMILY)) == 3
    qtbot.keyClicks(search, " rust")  # every word must match, in name or title
    assert _column(window, COL_TITLE) == ["Thuis weer rustig", "Rust in huis"]
    assert start.plans.summary_label.text() == "2 van de 5 plannen gevonden."

    search.clear()
    qtbot.keyClicks(search, "ozturk")  # no accents needed to find Öztürk
    assert _column(window, COL_FAMILY) == ["Familie Öztürk"]
    search.clear()
    _type_unicode(search, "Yıl")
    assert _column(window, COL_FAMILY) == ["Familie Yılmaz"]
    assert start.plans.current_plan_id() is not None  # the one that is found is chosen, ready for Enter

    search.clear()
    qtbot.keyClicks(search, "xyz")
    assert start.model.rowCount() == 0
    assert start.plans.no_match_label.isVisible()
    assert start.plans.no_match_label.text() == "Geen plan gevonden met „xyz”. Probeer een ander woord."
    assert not start.table.isVisible() and not start.open_button.isVisible()
    search.clear()
    assert start.model.rowCount() == 5 and start.table.isVisible()


def test_fewer_rows_found_move_nothing_under_the_list(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    """While someone searches, the table keeps its height: what lies under it (the buttons, the new-plan cards)
    stays where it was, so a key redraws the table alone, not the whole page."""
    _show(window, services)
    start = window.start_view
    search = start.plans.search_edit
    height, below = start.table.height(), start.open_button.mapTo(window, QPoint(0, 0))
    qtbot.keyClicks(search, "rust")
    assert start.model.rowCount() == 2
    assert start.table.height() == height and start.open_button.mapTo(window, QPoint(0, 0)) == below
    search.clear()
    assert start.model.rowCount() == 5 and start.table.height() == height


def _click_header(qtbot: QtBot, window: MainWindow, column: int) -> None:
    header = window.start_view.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_clicking_a_header_sorts_and_the_choice_is_remembered(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    _show(window, services)
    start = window.start_view
    _click_header(qtbot, window, COL_TITLE)
    titles = ["Mijn scootmobiel", "Rust in huis", "Samen sterk", "Thuis weer rustig", "Zelf blijven koken"]
    assert _column(window, COL_TITLE) == titles
    assert start.plans.order_combo.currentText() == "Plan"
    _click_header(qtbot, window, COL_TITLE)
    assert _column(window, COL_TITLE) == titles[::-1]

    start.plans.order_combo.setCurrentIndex(start.plans.order_combo.findData(COL_CHANGED))
    start.plans.order_combo.activated.emit(start.plans.order_combo.currentIndex())
    assert _column(window, COL_FAMILY)[0] == "Familie Öztürk"  # its evaluation date was the last change

    _click_header(qtbot, window, COL_FAMILY)
    again = MainWindow(services)
    qtbot.addWidget(again)
    family = [again.start_view.model.index(r, COL_FAMILY).data() for r in range(again.start_view.model.rowCount())]
    assert family == ["Familie de Boer", "Familie Öztürk", "Familie Yılmaz", "Gerda Smit", "Wim de Vries"]


def _delete_box(window: MainWindow) -> QMessageBox:
    box = window.start_view.plans.delete_box
    assert box is not None and box.isVisible()
    return box


def _button(box: QMessageBox, text: str) -> QAbstractButton:
    return next(b for b in box.buttons() if b.text().replace("&", "") == text)


def test_removing_asks_first_and_can_be_undone(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    ids = _show(window, services)
    start = window.start_view
    start.table.setFocus()
    start.table.select_row(0)
    qtbot.keyClick(start.table, Qt.Key.Key_Delete)
    box = _delete_box(window)
    assert box.text() == "Het plan „Thuis weer rustig” weghalen?"
    assert box.informativeText() == "Weet u het zeker? U kunt het plan daarna nog terugzetten."
    assert box.defaultButton().text().replace("&", "") == "Nee, laten staan"
    box.defaultButton().click()
    assert len(services.overview.list_overview()) == 5  # "no" keeps it

    qtbot.mouseClick(start.plans.delete_button, Qt.MouseButton.LeftButton)
    _button(_delete_box(window), "Ja, weghalen").click()
    assert ids["yilmaz"] not in {p.id for p in services.overview.list_overview()}
    assert "Familie Yılmaz" not in _column(window, COL_FAMILY)
    assert start.plans.undo_bar.isVisible()
    assert start.plans.undo_bar.label.text() == "Het plan „Thuis weer rustig” is weggehaald."
    assert start.plans.current_plan_id() == ids["ozturk"]  # the next plan takes its place
    assert start.plans.deleted_button.isVisible()
    assert start.plans.deleted_button.text().replace("&", "") == "Weggehaalde plannen (1)…"

    qtbot.mouseClick(start.plans.undo_button, Qt.MouseButton.LeftButton)
    assert ids["yilmaz"] in {p.id for p in services.overview.list_overview()}
    assert start.plans.current_plan_id() == ids["yilmaz"]
    assert not start.plans.undo_bar.isVisible() and not start.plans.deleted_button.isVisible()


def test_ctrl_z_brings_the_plan_back(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    ids = _show(window, services)
    start = window.start_view
    start.table.setFocus()
    start.table.select_row(start.model.rowCount() - 1)
    start.plans.ask_delete()
    _button(_delete_box(window), "Ja, weghalen").click()
    assert ids["smit"] not in {p.id for p in services.overview.list_overview()}
    assert start.table.hasFocus()
    qtbot.keyClick(start.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ids["smit"] in {p.id for p in services.overview.list_overview()}


def test_a_removed_plan_can_be_put_back_later(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    ids = _show(window, services)
    services.plans.delete_plan(ids["boer"], FAMILY)
    services.plans.delete_plan(ids["smit"], FAMILY)
    window.show_start()
    start = window.start_view
    assert start.plans.deleted_button.text().replace("&", "") == "Weggehaalde plannen (2)…"
    qtbot.mouseClick(start.plans.deleted_button, Qt.MouseButton.LeftButton)
    dialog = start.plans.deleted_dialog
    assert dialog is not None and dialog.isVisible()
    titles = [dialog.model.index(r, COL_TITLE).data() for r in range(dialog.model.rowCount())]
    assert titles == ["Zelf blijven koken", "Samen sterk"]  # most recently removed first
    dialog.table.selectRow(1)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: start.plans.deleted_dialog is None)
    assert ids["boer"] in {p.id for p in services.overview.list_overview()}
    assert start.plans.current_plan_id() == ids["boer"]
    assert start.plans.deleted_button.text().replace("&", "") == "Weggehaalde plannen (1)…"


def test_the_last_plan_removed_leaves_the_empty_state_and_the_way_back(
    window: MainWindow, services: Services
) -> None:
    pid = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, title="Enige plan")
    window.show_start()
    start = window.start_view
    start.plans.ask_delete()
    _button(_delete_box(window), "Ja, weghalen").click()
    assert start.empty_label.isVisible() and not start.table.isVisible()
    assert start.plans.undo_button.hasFocus()  # nothing left to choose: the keyboard is on the way back
    start.plans.undo_button.click()
    assert start.plans.current_plan_id() == pid
    QApplication.processEvents()
    assert start.table.isVisible()


def test_more_explanation_on_request(qtbot: QtBot, window: MainWindow) -> None:
    card = window.start_view.personal_card
    assert not card.more_label.isVisible()
    qtbot.mouseClick(card.more_button, Qt.MouseButton.LeftButton)
    assert card.more_label.isVisible()
    text = card.more_label.text()
    for words in ("Een recht, geen plicht", "7 dagen", "de gemeente beslist", "6 weken"):
        assert words in text
    family_text = window.start_view.family_card.more_label.text()
    for words in ("Een recht, geen plicht", "eerst de kans", "U kiest de vorm", "geen verplicht formulier"):
        assert words.lower() in family_text.lower()
    assert card.more_button.text().startswith("Minder uitleg")


def test_typing_in_the_search_box_keeps_it_in_sight_and_the_arrows_follow_the_row(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    for number in range(30):  # more plans than fit on a laptop's screen: the page scrolls
        name = "Familie Jansen" if number % 3 else "Familie Visser"
        services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, title=f"Plan {number}", family_name=name)
    window.resize(1366, 768)
    window.show_start()
    view = window.start_view
    scroll = view.scroll_area.verticalScrollBar()
    table, search = view.plans.table, view.plans.search_edit
    qtbot.waitUntil(lambda: table.model().rowCount() == 30)
    visser = next(row for row in range(30) if table.model().index(row, COL_FAMILY).data() == "Familie Visser")
    table.selectRow(visser)
    search.setFocus()
    for key in "jansen":  # the chosen plan drops out and another row becomes the current one
        QTest.keyClick(search, key)
        QApplication.processEvents()
        assert scroll.value() == 0, f"the page scrolled away from the search box after {key!r}"
    assert table.model().rowCount() == 20
    table.setFocus()
    for _ in range(19):
        QTest.keyClick(table, Qt.Key.Key_Down)
    QApplication.processEvents()
    assert scroll.value() > 0  # the last row, reached with the arrows, is in sight
    row = table.visualRect(table.currentIndex())
    bottom = table.viewport().mapTo(view.scroll_area.widget(), row.bottomLeft()).y()
    assert scroll.value() <= bottom <= scroll.value() + view.scroll_area.viewport().height()


def test_a_fit_that_comes_after_the_rows_were_deleted_does_nothing(window: MainWindow) -> None:
    import shiboken6

    table = window.start_view.plans.table
    shiboken6.delete(window.start_view.plans.source_model)  # as when the window is taken down, part by part
    fits = table.fits
    table.fit_height()  # a timer that was still waiting: no error, no work
    assert table.fits == fits
