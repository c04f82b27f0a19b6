"""The dates and moments Ons Plan accepts, and arithmetic on them that cannot overflow.

Python's dates end at 9999-12-31: ``date(9999, 12, 30) + timedelta(days=7)`` raises, and so does turning
``9999-12-31T23:59:59-23:59`` into UTC. No real plan comes near those edges, so every date and moment is checked
against a range no real plan leaves where it enters the app (plan files, advice files, the services, the CLI, the
date fields of the window). What is derived from a date (the 7 days after a melding, the check-in, the end of a
calendar event) goes through ``add_days``, which saturates instead of raising, for a value stored before these checks.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from wijkteam.errors import QT_TRANSLATE_NOOP, InvalidInputError

FIRST_YEAR = 1900
LAST_YEAR = 2199
FIRST_DAY = date(FIRST_YEAR, 1, 1)
LAST_DAY = date(LAST_YEAR, 12, 31)
#: The largest difference from UTC of any time zone in use (Kiribati is +14:00, Baker Island -12:00).
MAX_OFFSET = timedelta(hours=14)

MSG_OUT_OF_RANGE = f"Deze datum kan niet: kies een datum tussen {FIRST_YEAR} en {LAST_YEAR}."
MSG_NOT_A_DATE = QT_TRANSLATE_NOOP("Errors", "Dit is geen geldige datum.")
MSG_WRITE_DATE = QT_TRANSLATE_NOOP("Errors", "Schrijf de datum zo: 2025-03-31.")


class DateRangeError(InvalidInputError):
    """A date or moment outside the years the app accepts. The message is one Dutch sentence."""


def date_in_range(day: date) -> bool:
    """Whether a day lies in the years the app accepts. A datetime counts by its own calendar day."""
    return FIRST_DAY <= (day.date() if isinstance(day, datetime) else day) <= LAST_DAY


def moment_in_range(moment: datetime) -> bool:
    """Whether a moment lies in the accepted years, both on its own clock and in UTC, with a real offset.

    A moment without a zone counts as UTC, as SQLite hands back what the app stored in UTC.
    """
    offset = moment.utcoffset() or timedelta(0)
    if abs(offset) > MAX_OFFSET or not date_in_range(moment.date()):
        return False
    # Safe now: the wall clock lies far from Python's limits and the offset is at most 14 hours.
    return date_in_range((moment.replace(tzinfo=None) - offset).date())


def check_date(value: object) -> date:
    """A plain date in the accepted years, or DateRangeError (InvalidInputError) with one Dutch sentence.

    A datetime is refused: it is a date to Python, but would be stored with a time nobody chose.
    """
    if not isinstance(value, date) or isinstance(value, datetime):
        raise InvalidInputError(MSG_NOT_A_DATE)
    if not date_in_range(value):
        raise DateRangeError(MSG_OUT_OF_RANGE)
    return value


def check_optional_date(value: object) -> date | None:
    return None if value is None else check_date(value)


def parse_day(text: str) -> date:
    """A date typed as ``2025-03-31`` (for the command line). Raises InvalidInputError with one Dutch sentence."""
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInputError(MSG_WRITE_DATE) from None
    return check_date(day)


def to_utc(moment: datetime) -> datetime:
    """The same moment in UTC. Raises DateRangeError, never OverflowError, for a moment outside the range."""
    if not moment_in_range(moment):
        raise DateRangeError(MSG_OUT_OF_RANGE)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def add_days(day: date, days: int) -> date:
    """``day`` plus ``days``, held at the first or last day Python knows instead of raising OverflowError."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


# ------------------------------------------------------------------------------------------ values stored earlier


def stored_date(value: object) -> date | None:
    """A date column's raw value as SQLAlchemy reads it, or None when it cannot be read or lies outside the range."""
    if isinstance(value, date) and not isinstance(value, datetime):
        day: date = value
    elif isinstance(value, str):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            return None
    else:
        return None
    return day if date_in_range(day) else None


def stored_moment(value: object) -> datetime | None:
    """A datetime column's raw value as SQLAlchemy reads it (UTC, without a zone), or None when it is no good."""
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return None
    else:
        return None
    return moment if moment_in_range(moment) else None
