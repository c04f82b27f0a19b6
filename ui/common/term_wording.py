"""Wording of the Jeugdwet helper: the family's right to make its own plan (art. 4.1.2), and the days to the day agreed
for it. As calm as the Wmo 7-day clock: a right, not a duty, so a day that passed is no alarm."""

from __future__ import annotations

from datetime import date
from functools import cache

from PySide6.QtCore import QCoreApplication, QObject

from ui.common.wording import fmt, format_day
from wijkteam.deadlines import term_days_left


class TermCounts(QObject):
    """Texts with a count (see ``ui.common.wording.Counts`` for why they sit in a class)."""

    def days_left(self, days: int) -> str:
        """%1 is the agreed day."""
        return self.tr("Nog %n dagen tot de afgesproken datum voor uw plan (%1).", "", days)


@cache
def term_counts() -> TermCounts:
    return TermCounts()


def right_explained() -> str:
    """The right in plain words, with its article: shown once where the family meets the dates."""
    return QCoreApplication.translate(
        "TermWording",
        "U mag als familie zelf een plan maken: een familiegroepsplan. Dat staat in de Jeugdwet, artikel 4.1.2. "
        "De jeugdhulpaanbieder of de gecertificeerde instelling moet u die kans eerst geven. "
        "U krijgt daar redelijk de tijd voor. Spreek samen een datum af. "
        "Is die datum voorbij? Dan mag u het plan nog steeds maken. Het is uw recht, geen plicht.",
    )


def term_text(offer_date: date | None, term_date: date | None, today: date | None = None) -> str:
    """One calm sentence about the agreed day, or about the offer while no day is agreed; empty without either."""
    if term_date is not None:
        left = term_days_left(term_date, today)
        if left > 0:
            return fmt(term_counts().days_left(left), format_day(term_date))
        if left == 0:
            return QCoreApplication.translate(
                "TermWording", "Vandaag is de afgesproken datum voor uw plan. U mag het ook later nog maken.")
        return QCoreApplication.translate(
            "TermWording", "De afgesproken datum is voorbij. U mag het plan nog steeds maken.")
    if offer_date is not None:
        return fmt(QCoreApplication.translate(
            "TermWording", "U kreeg op %1 het aanbod om zelf een plan te maken. Er is nog geen datum afgesproken."),
            format_day(offer_date))
    return ""
