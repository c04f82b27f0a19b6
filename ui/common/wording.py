"""Wording shared by several screens: plan kinds, dates, counts, and the 7-day clock of the Wmo persoonlijk plan."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from models import PlanType, SectionState
from ui.common.screen_language import language_chosen
from wijkteam import template_words, vocabulary
from wijkteam.deadlines import PERSONAL_PLAN_DAYS, DueKind, days_left, melding_deadline
from wijkteam.i18n import fill

__all__ = [
    "PERSONAL_PLAN_DAYS", "STATE_SYMBOLS", "Counts", "counts", "days_left", "days_left_text", "due_label", "fmt",
    "format_changed", "format_day", "format_due_day", "next_date_text", "plan_type_name", "screen_locale", "state_name",
    "template_text", "word",
]


def fmt(template: str, *values: object) -> str:
    """Fill Qt-style ``%1`` placeholders, so translated strings can put the values where their language needs them.

    In one pass over the template: a value that holds ``%1`` itself (a family writes "50%1") stays as it was typed,
    and ``%10`` is the tenth value, never the first followed by a 0. A number without a value stays as it is.
    """
    return fill(template, *values)


class Counts(QObject):
    """The context of texts with a count (``%n``) outside a screen's own class.

    ``pyside6-lupdate`` reads the plural forms of a Python file only from ``self.tr`` in a class: with
    ``QCoreApplication.translate`` it takes a count for one only when it is a literal number.
    """

    def days_ago(self, days: int) -> str:
        return self.tr("%n dagen geleden", "", days)

    def in_days(self, days: int) -> str:
        """``%1 (over 3 dagen)``: %1 is the date."""
        return self.tr("%1 (over %n dagen)", "", days)

    def days_left(self, days: int) -> str:
        """%1 is the last day."""
        return self.tr("Nog %n dagen om uw plan in te leveren (tot en met %1).", "", days)


@cache
def counts() -> Counts:
    return Counts()


def screen_locale() -> QLocale:
    """The language of the screens for dates (month and day names), as chosen at start (``ui.window.app``); Dutch
    before a language was chosen, as the texts are."""
    if not language_chosen():
        return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    return QLocale()


def word(words: Mapping[Any, str], value: object) -> str:
    """The word of ``wijkteam.vocabulary`` for ``value``, in the language of the screens."""
    return QCoreApplication.translate(vocabulary.CONTEXT, vocabulary.label(words, value))


def template_text(text: str) -> str:
    """A text of the plan templates (a part's name, question, help or example) in the language of the screens.

    A part the family renamed has no translation, so it shows as they wrote it. The plan itself keeps its words.
    """
    return QCoreApplication.translate(template_words.CONTEXT, text) if text else text


def plan_type_name(plan_type: PlanType) -> str:
    return word(vocabulary.PLAN_TYPES, plan_type)


def state_name(state: SectionState) -> str:
    """``klaar``, ``begonnen``, ``nog leeg``: as it stands after the name of a part."""
    return vocabulary.inline(word(vocabulary.SECTION_STATES, state))


#: A shape per state, so the state never depends on seeing colour.
STATE_SYMBOLS = {SectionState.LEEG: "○", SectionState.BEGONNEN: "◐", SectionState.KLAAR: "✓"}


def format_day(day: date) -> str:
    """``12 maart 2025``."""
    return screen_locale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def format_short_day(day: date, today: date) -> str:
    """``12 maart``; with the year only when it is not this year."""
    if day.year == today.year:
        return screen_locale().toString(QDate(day.year, day.month, day.day), "d MMMM")
    return format_day(day)


def format_changed(moment: datetime, now: datetime | None = None) -> str:
    """When a plan last changed, in local time: ``vandaag, 14:05``, ``gisteren, 09:12``, ``3 dagen geleden`` or
    ``12 maart 2025``."""
    if moment.tzinfo is None:
        # SQLite hands back naive datetimes; the app stores them in UTC.
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone()
    today = (now.astimezone() if now else datetime.now().astimezone()).date()
    clock = local.strftime("%H:%M")
    days = (today - local.date()).days
    if days == 0:
        return fmt(QCoreApplication.translate("Wording", "vandaag, %1"), clock)
    if days == 1:
        return fmt(QCoreApplication.translate("Wording", "gisteren, %1"), clock)
    if 1 < days < 7:
        return counts().days_ago(days)
    return format_day(local.date())


def due_label(kind: DueKind, what: str = "") -> str:
    """What a date is for, in plain words: ``Plan inleveren``, ``Afspraak: oma bellen``, ``Evaluatie``."""
    label = word(vocabulary.DUE_KINDS, kind)
    return (
        fmt(QCoreApplication.translate("Wording", "%1: %2"), label, what)
        if kind == DueKind.AFSPRAAK and what
        else label
    )


def format_due_day(day: date, today: date) -> str:
    """A date that matters, said so the family sees at once how near it is. A passed date says so in words."""
    days = (day - today).days
    if days == 0:
        return QCoreApplication.translate("Wording", "vandaag")
    if days == 1:
        return QCoreApplication.translate("Wording", "morgen")
    if days == -1:
        return QCoreApplication.translate("Wording", "gisteren, voorbij")
    if days < 0:
        return fmt(QCoreApplication.translate("Wording", "%1, voorbij"), format_short_day(day, today))
    if days < 7:
        return fmt(counts().in_days(days), format_short_day(day, today))
    return format_short_day(day, today)


def next_date_text(day: date, kind: DueKind, what: str, today: date) -> str:
    """One line for the plan list: ``12 maart (over 3 dagen) – Plan inleveren``."""
    return fmt(QCoreApplication.translate("Wording", "%1 – %2"), format_due_day(day, today), due_label(kind, what))


def days_left_text(melding_date: date, today: date | None = None) -> str:
    """One calm sentence about the 7 days. It informs and never blocks: a late plan may still be handed in."""
    left = days_left(melding_date, today)
    last_day = format_day(melding_deadline(melding_date))
    if left > 0:
        return fmt(counts().days_left(left), last_day)
    if left == 0:
        return QCoreApplication.translate("Wording", "Vandaag is de laatste dag om uw plan in te leveren.")
    return QCoreApplication.translate("Wording", "De 7 dagen zijn voorbij. U kunt het plan nog steeds geven.")
