"""The printed plan's own words (headings, labels, status, page numbers) in the plan's language, or in two.

The family's text prints as they wrote it; what the app adds around it follows the plan's language (``Plan.language``,
chosen in "Over dit plan"). With ``bilingual`` each word is followed by the Dutch one, since the municipality reads
Dutch: ``Anlaşmalar / Afspraken``. The words come from the same ``.ts`` files as the screens (``wijkteam.ts_files``):
the PDF's own under the context ``Pdf`` (marked with ``QT_TRANSLATE_NOOP("Pdf", ...)`` where they are written),
the words for choices under ``Vocabulary``. A word without a translation prints in Dutch.

One ``Words`` is active while a PDF is made (``using``); the parts of the PDF ask ``words()`` for it, so the language
need not be handed through every function. It is kept per thread (a context variable): two exports at once, from the
window and from its export thread, never mix their languages.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from wijkteam import i18n, ts_files, vocabulary

PDF = "Pdf"
VOCABULARY = "Vocabulary"
#: Between the word in the family's language and the Dutch one.
BILINGUAL_SEPARATOR = " / "
#: Languages whose month names read well after a day number in their nominative form; others print numeric dates.
_MONTH_NAMES = frozenset({"nl", "en", "tr"})


@dataclass(frozen=True)
class Words:
    language: str = i18n.SOURCE_LANGUAGE
    bilingual: bool = False
    _translate: i18n.Translate = field(default=ts_files.translator(i18n.SOURCE_LANGUAGE), repr=False, compare=False)

    @classmethod
    def of(cls, language: str, *, bilingual: bool = False) -> Words:
        code = language if language in i18n.LANGUAGES else i18n.SOURCE_LANGUAGE
        return cls(code, bilingual and code != i18n.SOURCE_LANGUAGE, ts_files.translator(code))

    @property
    def right_to_left(self) -> bool:
        return self.language in i18n.RIGHT_TO_LEFT

    def __call__(self, dutch: str, context: str = PDF) -> str:
        """``dutch`` in the plan's language; with ``bilingual`` followed by the Dutch when they differ."""
        own = self._translate(context, dutch)
        if self.bilingual and own != dutch:
            return f"{own}{BILINGUAL_SEPARATOR}{dutch}"
        return own

    def only(self, dutch: str, context: str = PDF) -> str:
        """The word in the plan's language alone, for where two would not fit (a footer, a table head)."""
        return self._translate(context, dutch)

    def choice(self, dutch: str) -> str:
        """A word of ``wijkteam.vocabulary`` (a role, a status, a sector)."""
        return self(dutch, VOCABULARY)

    def date(self, day: date) -> str:
        """``3 november 2026``; in Polish and Arabic ``3-11-2026``, where a month name needs a form of its own."""
        if self.language == i18n.SOURCE_LANGUAGE:
            return vocabulary.dutch_date(day)
        if self.language in _MONTH_NAMES:
            month = self._translate(VOCABULARY, vocabulary.MONTHS[day.month - 1])
            return f"{day.day} {month} {day.year}"
        return f"{day.day}-{day.month}-{day.year}"

    def fill(self, dutch: str, *values: object, context: str = PDF) -> str:
        """A sentence with ``%1`` placeholders, in the plan's language (the Dutch one after it with ``bilingual``)."""
        own = i18n.fill(self._translate(context, dutch), *values)
        plain = i18n.fill(dutch, *values)
        return f"{own}{BILINGUAL_SEPARATOR}{plain}" if self.bilingual and own != plain else own


DUTCH = Words()
_current: contextvars.ContextVar[Words] = contextvars.ContextVar("pdf_words", default=DUTCH)


def words() -> Words:
    """The words of the PDF being made now (Dutch outside ``using``)."""
    return _current.get()


@contextlib.contextmanager
def using(active: Words) -> Iterator[Words]:
    token = _current.set(active)
    try:
        yield active
    finally:
        _current.reset(token)


# Shorthands for the parts of the PDF. Mark each Dutch text where it is written, with two literal texts, so that
# ``pyside6-lupdate`` finds it: ``word(QT_TRANSLATE_NOOP("Pdf", "Afspraken"))``.


def word(dutch: str) -> str:
    return words()(dutch)


def only(dutch: str) -> str:
    """One language only, where two would not fit (a table's head)."""
    return words().only(dutch)


def fill(dutch: str, *values: object) -> str:
    return words().fill(dutch, *values)


def choice(dutch: str) -> str:
    return words().choice(dutch)


def day(value: date) -> str:
    return words().date(value)
