"""Dutch wording shared by several screens: plan kinds, dates, and the 7-day clock of the Wmo persoonlijk plan."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from models import PlanType, SectionState

#: Wmo 2015 art. 2.3.2 lid 2: the citizen may hand in a persoonlijk plan within 7 days after the melding.
PERSONAL_PLAN_DAYS = 7

_CONTEXT = "Wording"


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def fmt(template: str, *values: object) -> str:
    """Fill Qt-style ``%1`` placeholders, so translated strings can put the values where their language needs them."""
    result = template
    # From high to low, so that %1 never eats the start of %10.
    for number in range(len(values), 0, -1):
        result = result.replace(f"%{number}", str(values[number - 1]))
    return result


def dutch_locale() -> QLocale:
    # Month names stay Dutch on a laptop set to another language: the app speaks Dutch throughout.
    return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


def plan_type_name(plan_type: PlanType) -> str:
    if plan_type == PlanType.PERSOONLIJK_PLAN:
        return tr("Persoonlijk plan")
    return tr("Familiegroepsplan")


def state_name(state: SectionState) -> str:
    if state == SectionState.KLAAR:
        return tr("klaar")
    if state == SectionState.BEGONNEN:
        return tr("begonnen")
    return tr("nog leeg")


#: A shape per state, so the state never depends on seeing colour.
STATE_SYMBOLS = {SectionState.LEEG: "○", SectionState.BEGONNEN: "◐", SectionState.KLAAR: "✓"}


def format_day(day: date) -> str:
    """``12 maart 2025``."""
    return dutch_locale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def format_changed(moment: datetime, now: datetime | None = None) -> str:
    """When a plan last changed, in local time: ``vandaag, 14:05``, ``gisteren, 09:12`` or ``12 maart 2025``."""
    if moment.tzinfo is None:
        # SQLite hands back naive datetimes; the app stores them in UTC.
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone()
    today = (now.astimezone() if now else datetime.now().astimezone()).date()
    clock = local.strftime("%H:%M")
    if local.date() == today:
        return fmt(tr("vandaag, %1"), clock)
    if local.date() == today - timedelta(days=1):
        return fmt(tr("gisteren, %1"), clock)
    return format_day(local.date())


def days_left(melding_date: date, today: date | None = None) -> int:
    """Days left to hand in a persoonlijk plan; 0 on the last day, negative once the 7 days have passed."""
    today = today or date.today()
    return (melding_date + timedelta(days=PERSONAL_PLAN_DAYS) - today).days


def days_left_text(melding_date: date, today: date | None = None) -> str:
    """One calm sentence about the 7 days. It informs and never blocks: a late plan may still be handed in."""
    left = days_left(melding_date, today)
    last_day = format_day(melding_date + timedelta(days=PERSONAL_PLAN_DAYS))
    if left > 1:
        return fmt(tr("Nog %1 dagen om uw plan in te leveren (tot en met %2)."), left, last_day)
    if left == 1:
        return fmt(tr("Nog 1 dag om uw plan in te leveren (tot en met %1)."), last_day)
    if left == 0:
        return tr("Vandaag is de laatste dag om uw plan in te leveren.")
    return tr("De 7 dagen zijn voorbij. U kunt het plan nog steeds geven.")
