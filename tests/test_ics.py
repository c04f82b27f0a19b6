"""Follow-up: the calendar file (RFC 5545) read back field by field, and the commands export-ics and due."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from models import AgreementStatus, PlanStatus, PlanType, Role
from tests import dbfile
from tests.cli import run
from wijkteam import cli
from wijkteam.db import open_database
from wijkteam.errors import UserError
from wijkteam.ics import (
    CHECK_IN_DAYS,
    CalendarEvent,
    calendar_text,
    escape_text,
    fold,
    plan_events,
)
from wijkteam.services import FAMILY, Services

NOW = datetime(2025, 3, 12, 14, 5, 9, tzinfo=UTC)


# ------------------------------------------------------------------------------------------------ reading it back


def unfold(text: str) -> list[str]:
    """RFC 5545 3.1: a CRLF followed by one space or tab continues the line before."""
    assert "\n" not in text.replace("\r\n", ""), "every line ends in CRLF"
    assert text.endswith("\r\n")
    return text.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n")[:-1]


def unescape(value: str) -> str:
    out: list[str] = []
    chars = iter(value)
    for char in chars:
        if char == "\\":
            following = next(chars)
            out.append("\n" if following in "nN" else following)
        else:
            out.append(char)
    return "".join(out)


def events(text: str) -> list[dict[str, str]]:
    """Each VEVENT as a dictionary of its properties (name with parameters -> unescaped value), alarms left out."""
    found: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    depth = 0
    for line in unfold(text):
        name, _, value = line.partition(":")
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            assert current is not None
            found.append(current)
            current = None
        elif line == "BEGIN:VALARM":
            depth += 1
        elif line == "END:VALARM":
            depth -= 1
        elif current is not None and depth == 0:
            current[name] = unescape(value)
    return found


# ----------------------------------------------------------------------------------------------------- the format


def test_escaping_of_text_values() -> None:
    assert escape_text("a,b;c\\d") == "a\\,b\\;c\\\\d"
    assert escape_text("een\r\ntwee\ndrie\rvier") == "een\\ntwee\\ndrie\\nvier"
    assert escape_text("nul\x00 en bel\x07") == "nul en bel"
    assert unescape(escape_text("Oma, opa; en \\ papa\nsamen")) == "Oma, opa; en \\ papa\nsamen"


@pytest.mark.parametrize("text", ["a" * 200, "ł" * 120, "Anneanne Ayşe 👵🏽 " * 12, "مرحبا بكم " * 20, "x" * 75])
def test_folding_keeps_every_line_within_75_octets_and_every_character_whole(text: str) -> None:
    line = f"SUMMARY:{text}"
    folded = fold(line)
    physical = folded.split("\r\n")
    assert all(len(part.encode("utf-8")) <= 75 for part in physical)
    assert all(part.startswith(" ") for part in physical[1:])
    assert folded.replace("\r\n ", "") == line
    for part in physical:
        part.encode("utf-8").decode("utf-8")  # no character cut in two


def test_a_whole_calendar_reads_back() -> None:
    event = CalendarEvent(uid="u1@ons-plan", day=date(2025, 3, 31), summary="Afspraak: Oma, opa; samen",
                          description="Wat: veel\nWie: Łukasz, Ayşe " + "lang " * 40)
    text = calendar_text([event], now=NOW, name="Ons Plan: Familie Yılmaz")
    lines = unfold(text)
    assert lines[:5] == ["BEGIN:VCALENDAR", "VERSION:2.0", lines[2], "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    assert lines[2].startswith("PRODID:-//Ons Plan//")
    assert lines[-1] == "END:VCALENDAR"
    assert "X-WR-CALNAME:Ons Plan: Familie Yılmaz" in lines
    assert all(len(raw.encode("utf-8")) <= 75 for raw in text.split("\r\n"))
    (found,) = events(text)
    assert found == {
        "UID": "u1@ons-plan",
        "DTSTAMP": "20250312T140509Z",
        "DTSTART;VALUE=DATE": "20250331",
        "DTEND;VALUE=DATE": "20250401",
        "SUMMARY": "Afspraak: Oma, opa; samen",
        "DESCRIPTION": event.description,
        "TRANSP": "TRANSPARENT",
    }
    assert lines.count("BEGIN:VALARM") == 1 and "TRIGGER:PT9H" in lines


# ---------------------------------------------------------------------------------------------- events of a plan


@dataclass(frozen=True)
class _Agreement:
    id: int
    what: str
    due_date: date | None
    status: str = AgreementStatus.NOG_NIET_BEGONNEN.value
    who: tuple[str, ...] = ()
    when_text: str = ""
    how_we_know: str = ""
    checker: str = ""
    is_safety: bool = False


@dataclass(frozen=True)
class _Plan:
    id: int = 3
    title: str = "Samen weer rust thuis"
    family_name: str = "Familie Yılmaz"
    status: str = PlanStatus.VASTGESTELD.value
    created_at: datetime = datetime(2025, 2, 1, 9, 30, 0, 123456)
    meeting_date: date | None = date(2025, 3, 1)
    evaluation_date: date | None = date(2025, 6, 1)
    agreements: tuple[_Agreement, ...] = field(default=())


def test_events_of_a_plan() -> None:
    plan = _Plan(agreements=(
        _Agreement(7, "Oma Ria brengt Jesse naar school.", date(2025, 3, 20), who=("Ria", "Jesse"),
                   how_we_know="Jesse is op school", checker="Sanne", is_safety=True),
        _Agreement(8, "Al gedaan", date(2025, 3, 5), status=AgreementStatus.GEDAAN.value),
        _Agreement(9, "Anders gelopen", date(2025, 3, 6), status=AgreementStatus.ANDERS_GELOPEN.value),
        _Agreement(10, "Zonder datum", None),
    ))
    found = plan_events(plan)
    assert [(e.day, e.summary) for e in found] == [
        (date(2025, 3, 20), "Afspraak: Oma Ria brengt Jesse naar school."),
        (date(2025, 3, 1) + timedelta(days=CHECK_IN_DAYS), "Even kijken hoe het gaat: Samen weer rust thuis "
                                                           "(Familie Yılmaz)"),
        (date(2025, 6, 1), "Evaluatie: Samen weer rust thuis (Familie Yılmaz)"),
    ]
    assert found[0].description.splitlines() == [
        "Wat: Oma Ria brengt Jesse naar school.", "Wie: Ria, Jesse", "Hoe weten we dat het lukt: Jesse is op school",
        "Wie checkt: Sanne", "Dit is een veiligheidsafspraak.", "", "Uit het plan: Samen weer rust thuis "
        "(Familie Yılmaz)",
    ]
    # The same plan and agreement give the same UID, also when the database hands the time back without a zone.
    again = plan_events(_Plan(created_at=plan.created_at.replace(tzinfo=UTC), agreements=plan.agreements))
    assert [e.uid for e in again] == [e.uid for e in found]
    assert len({e.uid for e in found}) == 3 and all(e.uid.endswith("@ons-plan") for e in found)
    other = plan_events(_Plan(id=4, agreements=plan.agreements))
    assert not {e.uid for e in other} & {e.uid for e in found}
    assert plan_events(_Plan(status=PlanStatus.AFGESLOTEN.value, agreements=plan.agreements)) == []
    assert plan_events(_Plan(meeting_date=None, evaluation_date=None)) == []


def test_the_service_makes_the_calendar_of_a_stored_plan(services: Services) -> None:
    plan = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, family_name="Familie Yılmaz")
    ria = services.people.add_participant(plan, FAMILY, "Oma Ria", Role.NETWERK)
    agreement = services.agreements.add_agreement(plan, FAMILY, "Oma brengt Jesse, op maandag; ook bij regen.",
                                                  who_ids=(ria,), due_date=date(2025, 4, 1))
    first = events(services.versions.calendar(plan, NOW))
    assert [e["SUMMARY"] for e in first] == ["Afspraak: Oma brengt Jesse, op maandag; ook bij regen."]
    assert f"-afspraak-{agreement}@" in first[0]["UID"]
    assert "Wie: Oma Ria" in first[0]["DESCRIPTION"]
    services.plans.update_plan(plan, FAMILY, evaluation_date=date(2025, 6, 1))
    second = events(services.versions.calendar(plan, NOW))
    assert second[0]["UID"] == first[0]["UID"] and len(second) == 2


# ------------------------------------------------------------------------------------------------------ commands


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A data folder with one plan that has dates due, one with nothing due, and one without any date."""
    folder = tmp_path / "data"
    folder.mkdir()
    engine = open_database(folder / "wijkteam.sqlite", folder / "backups", dbfile.key_for(folder / "wijkteam.sqlite"))
    services = Services.for_engine(engine)
    today = date.today()
    plan = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, title="Rust thuis",
                                      family_name="Familie Yılmaz")
    services.agreements.add_agreement(plan, FAMILY, "Oma belt\tde school.", due_date=today - timedelta(days=2))
    services.plans.update_plan(plan, FAMILY, evaluation_date=today)
    later = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, title="Later")
    services.agreements.add_agreement(later, FAMILY, "Volgende week.", due_date=today + timedelta(days=7))
    services.plans.create_plan(PlanType.PERSOONLIJK_PLAN, FAMILY, title="Zonder datums")
    engine.dispose()
    return folder


def test_export_ics_writes_a_calendar(data: Path, tmp_path: Path) -> None:
    target = tmp_path / "datums.ics"
    result = run("export-ics", "1", str(target), data_dir=data)
    assert result.returncode == 0, result.stderr
    assert str(target) in result.stdout
    assert [e["SUMMARY"] for e in events(target.read_bytes().decode("utf-8"))] == [
        "Afspraak: Oma belt de school.", "Evaluatie: Rust thuis (Familie Yılmaz)"]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_export_ics_failure_gives_one_dutch_sentence_and_writes_nothing(data: Path, tmp_path: Path) -> None:
    target = tmp_path / "bestaat-niet" / "datums.ics"
    result = run("export-ics", "1", str(target), data_dir=data)
    assert result.returncode == 1
    expected = f"Het agendabestand kan niet worden bewaard, want de map bestaat niet: {target.parent}."
    assert result.stderr.strip() == expected
    assert not target.parent.exists()


def test_export_ics_refusals_in_the_service(services: Services, tmp_path: Path) -> None:
    empty = services.plans.create_plan(PlanType.PERSOONLIJK_PLAN, FAMILY)
    for plan, message in ((42, "Er is geen plan met nummer 42."),
                          (empty, "Er staan geen datums in dit plan die in een agenda kunnen.")):
        with pytest.raises(UserError) as error:
            services.versions.export_ics(plan, tmp_path / "datums.ics")
        assert str(error.value) == message
    assert not (tmp_path / "datums.ics").exists()


def test_export_ics_wrong_usage_exits_2(data: Path) -> None:
    result = run("export-ics", "een", "x.ics", data_dir=data)
    assert result.returncode == 2 and "--help" in result.stderr


def test_due_lists_one_line_per_item_across_plans(data: Path) -> None:
    today = date.today()
    result = run("due", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert [line.split("\t") for line in result.stdout.splitlines()] == [
        [(today - timedelta(days=2)).isoformat(), "1", "Familie Yılmaz: Rust thuis", "Afspraak: Oma belt de school.",
         "2 dagen voorbij"],
        [today.isoformat(), "1", "Familie Yılmaz: Rust thuis", "Evaluatie", "vandaag"],
    ]


def test_due_says_so_when_nothing_is_due(services: Services, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.cmd_due(services, argparse.Namespace(command="due")) == cli.EXIT_OK
    assert capsys.readouterr().out.strip() == "Er is nu niets te doen: geen datum is vandaag of voorbij."
