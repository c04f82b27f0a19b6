"""Dates and moments: the years a plan may use, checked where a date enters; arithmetic that cannot overflow; and text
from files made terminal-safe."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from models import AdviceKind, PlanType, Role
from tests import dbfile
from wijkteam import dates, ics, plan_diff, process_steps
from wijkteam.dates import add_days, check_date, date_in_range, moment_in_range, parse_day, to_utc
from wijkteam.deadlines import PlanRow, days_left, due_dates, melding_deadline
from wijkteam.errors import InvalidInputError
from wijkteam.services import FAMILY, Actor, Services
from wijkteam.services.dto import AgreementDoc, PlanDoc
from wijkteam.terminal import terminal_line, terminal_safe

LATE = date(9999, 12, 30)


def zone(hours: int, minutes: int = 0) -> timezone:
    sign = -1 if hours < 0 else 1
    return timezone(sign * timedelta(hours=abs(hours), minutes=minutes))


# ----------------------------------------------------------------------------------------------------- ranges


@pytest.mark.parametrize(("day", "inside"), [
    (date(1899, 12, 31), False), (date(1900, 1, 1), True), (date(2025, 3, 31), True), (date(2199, 12, 31), True),
    (date(2200, 1, 1), False), (date.min, False), (date.max, False),
])
def test_the_years_a_plan_may_use(day: date, inside: bool) -> None:
    assert date_in_range(day) is inside


@pytest.mark.parametrize(("moment", "inside"), [
    (datetime(2025, 3, 31, 14, 5, tzinfo=UTC), True),
    (datetime(2025, 3, 31, 14, 5), True),  # as SQLite hands it back: UTC without a zone
    (datetime(2025, 3, 31, 14, 5, tzinfo=zone(14)), True),
    (datetime(2025, 3, 31, 14, 5, tzinfo=zone(-14)), True),
    (datetime(2025, 3, 31, 14, 5, tzinfo=zone(14, 1)), False),
    (datetime(9999, 12, 31, 23, 59, 59, tzinfo=zone(-23, 59)), False),
    (datetime(2199, 12, 31, 23, 0, tzinfo=zone(-5)), False),  # 2200 in UTC
    (datetime(1900, 1, 1, 0, 30, tzinfo=zone(1)), False),  # 1899 in UTC
    (datetime.max.replace(tzinfo=zone(-1)), False),
    (datetime.min.replace(tzinfo=zone(1)), False),
])
def test_moments_in_the_years_with_a_real_offset(moment: datetime, inside: bool) -> None:
    assert moment_in_range(moment) is inside


def test_turning_an_extreme_moment_into_utc_refuses_instead_of_overflowing() -> None:
    with pytest.raises(dates.DateRangeError) as caught:
        to_utc(datetime.fromisoformat("9999-12-31T23:59:59-23:59"))
    assert str(caught.value) == dates.MSG_OUT_OF_RANGE
    assert to_utc(datetime(2025, 3, 31, 16, 5, tzinfo=zone(2))) == datetime(2025, 3, 31, 14, 5, tzinfo=UTC)


def test_a_typed_date_is_checked_in_one_sentence() -> None:
    assert parse_day(" 2025-03-31 ") == date(2025, 3, 31)
    for text, message in (("31-03-2025", dates.MSG_WRITE_DATE), ("morgen", dates.MSG_WRITE_DATE),
                          ("9999-12-31", dates.MSG_OUT_OF_RANGE), ("1899-12-31", dates.MSG_OUT_OF_RANGE)):
        with pytest.raises(InvalidInputError) as caught:
            parse_day(text)
        assert str(caught.value) == message
    for value in (datetime(2025, 3, 31, 12, 0), "2025-03-31", 20250331):
        with pytest.raises(InvalidInputError, match="geen geldige datum"):
            check_date(value)


# ------------------------------------------------------------------------------------- derived, never overflowing


def test_adding_days_holds_at_the_edges_of_the_calendar() -> None:
    assert add_days(date(2025, 3, 1), 7) == date(2025, 3, 8)
    assert add_days(LATE, 7) == date.max
    assert add_days(date.min, -1) == date.min
    assert add_days(date(2025, 3, 1), 10**12) == date.max


def test_the_seven_days_after_a_late_melding_do_not_overflow() -> None:
    assert melding_deadline(LATE) == date.max
    assert days_left(LATE, date(2025, 3, 1)) > 0
    plan = PlanRow(PlanType.PERSOONLIJK_PLAN, "concept", LATE, date.max, ())
    assert [due.day for due in due_dates(plan, date(2025, 3, 1))] == [date.max, date.max]


def test_check_in_and_calendar_leave_out_dates_outside_the_years() -> None:
    assert process_steps.suggested_check_in(LATE) == date.max
    agreement = AgreementDoc(id=1, what="Oma belt", due_date=date.max)
    plan = PlanDoc(id=1, plan_type=PlanType.FAMILIEGROEPSPLAN, title="Laat", family_name="", status="concept",
                   created_at=datetime(2025, 3, 1, tzinfo=UTC), updated_at=datetime(2025, 3, 1, tzinfo=UTC),
                   meeting_date=LATE, evaluation_date=date(2025, 6, 1), agreements=(agreement,))
    events = ics.plan_events(plan)
    assert [event.day for event in events] == [date(2025, 6, 1)]
    # The end of an all-day event on the very last day stays a date too.
    text = ics.calendar_text([ics.CalendarEvent("x@ons-plan", date.max, "Laatste dag")],
                             now=datetime(2025, 3, 1, tzinfo=UTC))
    assert "DTSTART;VALUE=DATE:99991231" in text and "DTEND;VALUE=DATE:99991231" in text


def test_what_changed_says_a_stored_date_it_cannot_read_as_it_is() -> None:
    assert plan_diff.dutch_date("2025-03-12") == "12 maart 2025"
    assert plan_diff.dutch_date("geen datum") == "geen datum"


# --------------------------------------------------------------------------------- the services, where dates enter


def _dump(data_dir: Path) -> list[str]:
    con = dbfile.connect(data_dir / "wijkteam.sqlite")
    try:
        return list(con.iterdump())
    finally:
        con.close()


@pytest.mark.parametrize("value", [date(9999, 12, 30), date(1899, 12, 31), date(2200, 1, 1), date.min])
def test_every_service_that_takes_a_date_refuses_one_outside_the_years(services: Services, data_dir: Path,
                                                                       value: date) -> None:
    plan_id = services.plans.create_plan(PlanType.PERSOONLIJK_PLAN, FAMILY, title="Plan")
    agreement = services.agreements.add_agreement(plan_id, FAMILY, "Oma belt")
    before = _dump(data_dir)
    professional = Actor(Role.PROFESSIONAL, "Sevda Koç")
    calls = [
        lambda: services.plans.create_plan(PlanType.PERSOONLIJK_PLAN, FAMILY, melding_date=value),
        lambda: services.plans.update_plan(plan_id, FAMILY, melding_date=value),
        lambda: services.plans.update_plan(plan_id, FAMILY, meeting_date=value),
        lambda: services.plans.update_plan(plan_id, FAMILY, evaluation_date=value),
        lambda: services.agreements.add_agreement(plan_id, FAMILY, "Papa belt", due_date=value),
        lambda: services.agreements.update_agreement(agreement, FAMILY, due_date=value),
        lambda: services.advice.add_advice(plan_id, professional, "Vraag hulp.", kind=AdviceKind.ADVIES,
                                           given_on=value),
    ]
    for call in calls:
        with pytest.raises(InvalidInputError) as caught:
            call()
        assert str(caught.value) == dates.MSG_OUT_OF_RANGE
    assert _dump(data_dir) == before
    services.plans.update_plan(plan_id, FAMILY, melding_date=date(1900, 1, 1), evaluation_date=date(2199, 12, 31))
    assert services.plans.get_plan(plan_id).evaluation_date == date(2199, 12, 31)


# ---------------------------------------------------------------------------------------------- the window


def test_the_date_fields_offer_only_the_years_a_plan_may_use(qtbot: QtBot) -> None:
    from PySide6.QtCore import QDate

    from ui.common.optional_date import OptionalDateField
    from ui.start.new_plan_dialogs import NewPersonalPlanDialog

    field = OptionalDateField("Op een vaste datum")
    qtbot.addWidget(field)
    assert (field.date_edit.minimumDate(), field.date_edit.maximumDate()) == (QDate(1900, 1, 1), QDate(2199, 12, 31))
    field.check.setChecked(True)
    field.date_edit.setDate(QDate(9999, 12, 30))
    assert field.value() == date(2199, 12, 31)
    field.date_edit.setDate(QDate(1200, 1, 1))
    assert field.value() == date(1900, 1, 1)

    dialog = NewPersonalPlanDialog()
    qtbot.addWidget(dialog)
    assert dialog.date_edit.minimumDate() == QDate(1900, 1, 1)
    dialog.date_edit.setDate(QDate(1000, 1, 1))
    assert dialog.melding_date() == date(1900, 1, 1)


@pytest.mark.parametrize("font_dpi", [None, 192])
def test_the_calendar_shows_whole_day_names(qtbot: QtBot, font_dpi: int | None) -> None:
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QTableView

    from ui.common.optional_date import OptionalDateField

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    if font_dpi:  # 200% text: the same font twice as large
        big = QFont(before)
        big.setPointSizeF(before.pointSizeF() * font_dpi / 96)
        app.setFont(big)
    try:
        field = OptionalDateField("Op een vaste datum")
        qtbot.addWidget(field)
        calendar = field.date_edit.calendarWidget()
        calendar.resize(calendar.sizeHint())
        calendar.show()
        qtbot.waitExposed(calendar)
        view = calendar.findChild(QTableView)
        assert view is not None
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        model = view.model()
        names = [model.index(0, column).data() for column in range(model.columnCount())]
        assert names == ["ma", "di", "wo", "do", "vr", "za", "zo"]
        for column in range(model.columnCount()):  # each day name fits its column: none is cut to "…"
            needed = view.itemDelegate().sizeHint(option, model.index(0, column)).width()
            assert needed <= view.columnWidth(column), (names[column], needed, view.columnWidth(column))
    finally:
        app.setFont(before)


def test_a_date_field_that_is_closed_looks_closed(qtbot: QtBot) -> None:
    from ui.common.optional_date import OptionalDateField

    def darkest_text(field: OptionalDateField) -> float:
        edit = field.date_edit
        edit.resize(240, 40)
        image = edit.grab().toImage()
        # Inside the frame, left of the arrow: only the date's own letters are drawn there.
        return min(image.pixelColor(x, y).lightnessF() for x in range(8, edit.width() // 2)
                   for y in range(8, edit.height() - 8))

    closed, open_ = OptionalDateField("Op een vaste datum"), OptionalDateField("Op een vaste datum")
    qtbot.addWidget(closed)
    qtbot.addWidget(open_)
    open_.check.setChecked(True)
    assert not closed.date_edit.isEnabled() and open_.date_edit.isEnabled()
    # The open field's date is in the dark text colour; the closed one's is grey, as every field that cannot be used.
    assert darkest_text(open_) < 0.3 < 0.45 < darkest_text(closed)


# -------------------------------------------------------------------------------------------- terminal-safe text


@pytest.mark.parametrize(("text", "safe"), [
    ("Wis\x1b[2J het scherm", "Wis[2J het scherm"),
    ("Titel\x1b]0;andere titel\x07", "Titel]0;andere titel"),
    ("C1\x9b31m rood\x85regel", "C131m rood regel"),
    ("Schrijf\rover", "Schrijf over"),
    ("regel\r\nregel\u2028regel", "regel regel regel"),
    ("\u202eexe.txt\u202c en \u2066isolaat\u2069", "exe.txt en isolaat"),
    ("kolom\tkolom", "kolom kolom"),
    ("Zażółć Iğdır نريد 👨‍👩‍👧 \u200f", "Zażółć Iğdır نريد 👨‍👩‍👧 \u200f"),
])
def test_terminal_safe_leaves_out_what_a_terminal_would_act_on(text: str, safe: str) -> None:
    assert terminal_safe(text) == safe


def test_terminal_safe_keeps_tabs_and_line_breaks_only_when_asked() -> None:
    text = "a\tb\r\nc\rd\u2029e\x1b[1A"
    assert terminal_safe(text, keep_tabs=True) == "a\tb c d e[1A"
    assert terminal_safe(text, keep_line_breaks=True) == "a b\nc\nd\ne[1A"
    assert terminal_line("  Oma \n belt\t\x1b[2J ") == "Oma belt [2J"
