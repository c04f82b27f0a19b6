"""Item models and wording, without a database or a window."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from models import PlanType, SectionState
from ui.common.autosave import AutoSaver
from ui.common.pdf_export import default_pdf_name, with_pdf_suffix
from ui.common.wording import days_left, days_left_text, fmt, format_changed, format_day
from ui.editor.section_list_model import STATE_ROLE, STATE_TEXT_ROLE, SectionListModel
from ui.start.plan_table_model import COL_CHANGED, COL_FAMILY, COL_TITLE, COL_TYPE, PLAN_ID_ROLE, PlanTableModel
from wijkteam.errors import UserError
from wijkteam.services.dto import PlanSummary, SectionDoc

NOW = datetime(2025, 3, 12, 15, 0, tzinfo=UTC)


def _summary(plan_id: int, plan_type: PlanType, title: str, family: str, updated: datetime) -> PlanSummary:
    return PlanSummary(plan_id, plan_type, title, family, "concept", updated, updated)


def test_plan_table_shows_plain_words(qtbot: QtBot) -> None:
    model = PlanTableModel(now=NOW)
    with qtbot.waitSignal(model.modelReset):
        model.set_rows([
            _summary(7, PlanType.FAMILIEGROEPSPLAN, "Ons plan", "Familie Yılmaz", NOW),
            _summary(9, PlanType.PERSOONLIJK_PLAN, "Mijn plan", "", datetime(2025, 1, 2, 10, 0, tzinfo=UTC)),
        ])
    assert model.rowCount() == 2
    assert model.columnCount() == 4
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Plan", "Naam", "Soort plan", "Laatst veranderd"]
    row0 = [model.index(0, c).data() for c in (COL_TITLE, COL_FAMILY, COL_TYPE)]
    assert row0 == ["Ons plan", "Familie Yılmaz", "Familiegroepsplan"]
    assert model.index(0, COL_CHANGED).data().startswith("vandaag, ")
    assert model.index(1, COL_TYPE).data() == "Persoonlijk plan"
    assert model.index(1, COL_CHANGED).data() == "2 januari 2025"
    assert model.index(1, COL_TITLE).data(PLAN_ID_ROLE) == 9
    assert model.row_of(9) == 1


def test_changed_dates_read_naturally() -> None:
    naive_utc = datetime(2025, 3, 11, 9, 30)  # as SQLite hands it back
    assert format_changed(naive_utc, NOW).startswith("gisteren, ")
    assert format_day(date(2025, 5, 1)) == "1 mei 2025"


def test_section_list_shows_state_in_words_and_symbols() -> None:
    sections = [
        SectionDoc(1, "a", "Onze hoofdvraag", 0, "", False, False, False),
        SectionDoc(2, "b", "Onze situatie", 1, "Het gaat goed.", False, False, False),
        SectionDoc(3, "c", "Wat gaat goed", 2, "", True, False, False),
    ]
    model = SectionListModel()
    model.set_sections(sections)
    texts = [model.index(r).data(STATE_TEXT_ROLE) for r in range(3)]
    assert texts == ["○ nog leeg", "◐ begonnen", "✓ klaar"]
    assert model.index(1).data(Qt.ItemDataRole.AccessibleTextRole) == "Onze situatie, begonnen"
    model.update_section(1, text="Iets")
    assert model.index(0).data(STATE_ROLE) == SectionState.BEGONNEN
    model.update_section(1, done=True)
    assert model.index(0).data(STATE_TEXT_ROLE) == "✓ klaar"


def test_days_left_for_a_persoonlijk_plan() -> None:
    today = date(2025, 3, 12)
    assert days_left(date(2025, 3, 9), today) == 4
    assert days_left_text(date(2025, 3, 9), today) == "Nog 4 dagen om uw plan in te leveren (tot en met 16 maart 2025)."
    assert days_left_text(date(2025, 3, 6), today).startswith("Nog 1 dag ")
    assert days_left_text(date(2025, 3, 5), today) == "Vandaag is de laatste dag om uw plan in te leveren."
    assert days_left_text(today - timedelta(days=20), today) == (
        "De 7 dagen zijn voorbij. U kunt het plan nog steeds geven."
    )


def test_placeholders_and_file_names() -> None:
    # %10 is the tenth value, not the first with a 0 after it; a placeholder without a value stays as it is.
    assert fmt("%1 en %2, niet %10", "a", "b") == "a en b, niet %10"
    assert fmt("%1 %10", *"abcdefghij") == "a j"
    # In one pass: what a family typed stays as it was, also a "%1" or a "%2" in it.
    assert fmt("%1, %2", "Sanne", "50%1") == "Sanne, 50%1"
    assert fmt("%2 en %1", "korting van 10%2", "Jesse %1") == "Jesse %1 en korting van 10%2"
    assert fmt("100% zeker, %1", "Oma") == "100% zeker, Oma"
    assert default_pdf_name('Plan: "Jesse" / 2025?') == "Plan Jesse 2025.pdf"
    assert default_pdf_name("  ") == "Ons plan.pdf"
    assert with_pdf_suffix(Path("/tmp/plan")) == Path("/tmp/plan.pdf")
    assert with_pdf_suffix(Path("/tmp/plan.PDF")) == Path("/tmp/plan.PDF")


def test_autosaver_waits_for_a_pause_and_keeps_text_when_refused(qtbot: QtBot) -> None:
    stored: list[tuple[int, str]] = []
    refuse = [False]

    def save(section_id: int, text: str) -> None:
        if refuse[0]:
            raise UserError("Uw plannen kunnen niet worden bewaard, want de schijf is vol.")
        stored.append((section_id, text))

    saver = AutoSaver(save, delay_ms=50)
    text = ["a"]
    for letter in "abc":
        text[0] = letter
        saver.schedule(1, lambda: text[0])
    assert stored == []
    with qtbot.waitSignal(saver.saved):
        pass
    assert stored == [(1, "c")]  # three changes, one write

    refuse[0] = True
    saver.schedule(1, lambda: "d")
    with qtbot.waitSignal(saver.failed) as blocker:
        saver.flush()
    assert blocker.args == ["Uw plannen kunnen niet worden bewaard, want de schijf is vol."]
    assert saver.pending
    refuse[0] = False
    assert saver.flush()
    assert stored[-1] == (1, "d")
    assert not saver.pending
