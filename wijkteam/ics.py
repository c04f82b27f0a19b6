"""The plan's dates as an iCalendar file (RFC 5545), so the family finds them in the calendar on their phone.

Pure: plain values in, text out. Each agreement with a date that is not done yet, the evaluation date, and a check-in
about four weeks after the meeting (DOMAIN.md: plans stall when nobody looks back) become all-day events with a
reminder in the morning. The UID of an event stays the same for the same plan and agreement, so importing a newer
export updates the calendar instead of doubling every date.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Protocol

from models import AgreementStatus, PlanStatus
from wijkteam import APP_NAME, __version__
from wijkteam.dates import add_days, date_in_range
from wijkteam.deadlines import short_what

#: DOMAIN.md, phase 5: a check-in after about four weeks.
CHECK_IN_DAYS = 28
#: RFC 5545 3.1: lines longer than 75 octets are folded.
MAX_LINE_OCTETS = 75
#: The reminder rings at 09:00 on the day itself: an all-day event starts at midnight.
REMINDER = "PT9H"
SUMMARY_LIMIT = 60
UID_DOMAIN = "ons-plan"

#: Agreements that need no reminder any more: the same rule as ``deadlines.due_dates``.
_CLOSED = frozenset({AgreementStatus.GEDAAN.value, AgreementStatus.ANDERS_GELOPEN.value})

# Control characters mean nothing in a calendar and are not allowed in its text; a lone surrogate cannot be UTF-8.
_NOT_ALLOWED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_LINE_BREAKS = re.compile(r"\r\n|\r|\n")


class CalendarAgreement(Protocol):
    """What the calendar needs of an agreement. ``AgreementDoc`` fits."""

    @property
    def id(self) -> int: ...
    @property
    def what(self) -> str: ...
    @property
    def who(self) -> Sequence[str]: ...
    @property
    def when_text(self) -> str: ...
    @property
    def due_date(self) -> date | None: ...
    @property
    def how_we_know(self) -> str: ...
    @property
    def checker(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def is_safety(self) -> bool: ...


class CalendarPlan(Protocol):
    """What the calendar needs of a plan. ``PlanDoc`` fits."""

    @property
    def id(self) -> int: ...
    @property
    def title(self) -> str: ...
    @property
    def family_name(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def meeting_date(self) -> date | None: ...
    @property
    def evaluation_date(self) -> date | None: ...
    @property
    def agreements(self) -> Sequence[CalendarAgreement]: ...


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    day: date
    summary: str
    description: str = ""


# ------------------------------------------------------------------------------------------------------ events


def plan_key(plan: CalendarPlan) -> str:
    """A short key for the plan in UIDs. The moment the plan was made tells two laptops' "plan 1" apart."""
    created = plan.created_at
    # SQLite hands back naive datetimes; the app stores UTC. Both forms must give the same key.
    created = created.replace(tzinfo=UTC) if created.tzinfo is None else created.astimezone(UTC)
    return hashlib.sha256(f"{plan.id}|{created:%Y%m%dT%H%M%S%f}".encode()).hexdigest()[:16]


def plan_name(plan: CalendarPlan) -> str:
    title = " ".join(plan.title.split())
    family = " ".join(plan.family_name.split())
    if title and family:
        return f"{title} ({family})"
    return title or family or "Ons plan"


def plan_events(plan: CalendarPlan) -> list[CalendarEvent]:
    """Every date of ``plan`` worth a place in a calendar, earliest first. A closed plan has none."""
    if plan.status == PlanStatus.AFGESLOTEN.value:
        return []
    key = plan_key(plan)
    name = plan_name(plan)
    events: list[CalendarEvent] = []
    for agreement in plan.agreements:
        if agreement.due_date is None or agreement.status in _CLOSED:
            continue
        lines = [
            ("Wat", agreement.what.strip()),
            ("Wie", ", ".join(agreement.who)),
            ("Wanneer", agreement.when_text),
            ("Hoe weten we dat het lukt", agreement.how_we_know),
            ("Wie checkt", agreement.checker),
        ]
        text = "\n".join(f"{label}: {value}" for label, value in lines if value)
        if agreement.is_safety:
            text += "\nDit is een veiligheidsafspraak."
        events.append(CalendarEvent(
            uid=f"{key}-afspraak-{agreement.id}@{UID_DOMAIN}",
            day=agreement.due_date,
            summary=f"Afspraak: {short_what(agreement.what, SUMMARY_LIMIT)}",
            description=f"{text}\n\nUit het plan: {name}",
        ))
    if plan.meeting_date is not None:
        events.append(CalendarEvent(
            uid=f"{key}-tussendoor@{UID_DOMAIN}",
            day=add_days(plan.meeting_date, CHECK_IN_DAYS),
            summary=f"Even kijken hoe het gaat: {plan_name(plan)}",
            description="Het gesprek over het plan was ongeveer vier weken geleden. Lukken de afspraken? "
            f"Is er iets nodig? Bel of spreek elkaar even.\n\nUit het plan: {name}",
        ))
    if plan.evaluation_date is not None:
        events.append(CalendarEvent(
            uid=f"{key}-evaluatie@{UID_DOMAIN}",
            day=plan.evaluation_date,
            summary=f"Evaluatie: {plan_name(plan)}",
            description="Vandaag kijken we samen terug. Wat ging goed? Wat moet anders? Zijn er nieuwe afspraken "
            f"nodig?\n\nUit het plan: {name}",
        ))
    # A date outside the years a plan may use was stored before they were checked: it belongs in no calendar.
    return sorted((event for event in events if date_in_range(event.day)), key=lambda event: event.day)


# ------------------------------------------------------------------------------------------------------ format


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, every line break as ``\\n``."""
    value = _NOT_ALLOWED.sub("", value)
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return _LINE_BREAKS.sub(r"\\n", value)


def fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character."""
    if len(line.encode("utf-8")) <= MAX_LINE_OCTETS:
        return line
    parts: list[str] = []
    current: list[str] = []
    size = 0
    limit = MAX_LINE_OCTETS
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > limit:
            parts.append("".join(current))
            current, size = [], 0
            limit = MAX_LINE_OCTETS - 1  # a continuation line starts with one space
        current.append(char)
        size += octets
    parts.append("".join(current))
    return "\r\n ".join(parts)


def _stamp(moment: datetime) -> str:
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return moment.strftime("%Y%m%dT%H%M%SZ")


def _event_lines(event: CalendarEvent, stamp: str) -> list[str]:
    return [
        "BEGIN:VEVENT",
        f"UID:{escape_text(event.uid)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{event.day:%Y%m%d}",
        f"DTEND;VALUE=DATE:{add_days(event.day, 1):%Y%m%d}",  # the end of an all-day event is exclusive
        f"SUMMARY:{escape_text(event.summary)}",
        f"DESCRIPTION:{escape_text(event.description)}",
        "TRANSP:TRANSPARENT",  # a reminder, not a meeting: it does not make anyone look busy
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"DESCRIPTION:{escape_text(event.summary)}",
        f"TRIGGER:{REMINDER}",
        "END:VALARM",
        "END:VEVENT",
    ]


def calendar_text(events: Iterable[CalendarEvent], *, now: datetime, name: str = "") -> str:
    """The whole calendar file as text with CRLF line endings; encode it as UTF-8."""
    stamp = _stamp(now)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//{APP_NAME}//wijkteam {__version__}//NL",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    if name:
        lines.append(f"X-WR-CALNAME:{escape_text(name)}")
    for event in events:
        lines.extend(_event_lines(event, stamp))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
