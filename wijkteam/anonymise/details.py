"""Contact details and births in free text: found by their shape, replaced by a word in brackets.

Conservative where a shape is common (a date is only a date of birth next to "geboren"), thorough where it is not
(an e-mail address, a Dutch phone number, a postcode, a street with a house number, an IBAN).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from wijkteam.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Anonymise"

EMAIL = QT_TRANSLATE_NOOP("Anonymise", "e-mailadres")
PHONE = QT_TRANSLATE_NOOP("Anonymise", "telefoonnummer")
POSTCODE = QT_TRANSLATE_NOOP("Anonymise", "postcode")
ADDRESS = QT_TRANSLATE_NOOP("Anonymise", "adres")
WEBSITE = QT_TRANSLATE_NOOP("Anonymise", "website")
ACCOUNT = QT_TRANSLATE_NOOP("Anonymise", "rekeningnummer")
CITIZEN_NUMBER = QT_TRANSLATE_NOOP("Anonymise", "bsn")
BIRTH_DATE = QT_TRANSLATE_NOOP("Anonymise", "geboortedatum")
BIRTH_PLACE = QT_TRANSLATE_NOOP("Anonymise", "geboorteplaats")

_STREETS = ("straat|laan|weg|plein|gracht|kade|singel|dijk|pad|hof|dreef|steeg|markt|park|ring|allee|baan|boulevard|"
            "plantsoen|erf|wal|veld|burg|haven|poort|lei|dam|zijde|oord|hoven|akker|kamp|horst|donk|rode|straatje")
_MONTHS = ("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
           "jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec")
_DATE = (rf"(?:\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|"
         rf"\d{{1,2}}\s+(?:{_MONTHS})\.?(?:\s+\d{{4}})?|\d{{4}})")
_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
#: A place: a word, and up to two more with a capital ("Alphen aan den Rijn", "Bergen op Zoom").
_PLACE = rf"(?:[^\W\d_][\w'’-]*(?:\s+(?:(?:aan\s+(?:de|den|het)|op|in|bij)\s+)?[{_UPPER}][\w'’-]*){{0,2}})"

#: Each shape with its word, in the order they are tried: the longest and surest first.
_SHAPES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?!\w)"), EMAIL),
    (re.compile(r"(?i)(?<!\w)(?:https?://|www\.)[^\s<>\"']+"), WEBSITE),
    (re.compile(r"(?<!\w)[A-Z]{2}\d{2}\s?[A-Z]{4}(?:\s?\d){10}(?!\w)"), ACCOUNT),
    (re.compile(r"(?<![\w+])(?:\+|00)[1-9]\d{0,2}[\s.-]?(?:\(0\)[\s.-]?)?\d(?:[\s.-]?\d){6,10}(?!\w)"), PHONE),
    (re.compile(r"(?<![\w-])0\d(?:[\s.-]?\d){8}(?![\w-])"), PHONE),
    (re.compile(r"(?i)(?<!\w)(?:bsn|burgerservicenummer)\s*:?\s*\d(?:[\s.]?\d){7,8}(?!\w)"), CITIZEN_NUMBER),
    (re.compile(rf"(?<!\w)(?:[{_UPPER}][\w'’.-]*\s+){{0,3}}[{_UPPER}][\w'’-]+?(?:{_STREETS})\s+\d{{1,5}}"
                r"(?:\s?[a-zA-Z](?![\w])|-\d{1,4}|\s?(?:hoog|bis|huis)(?!\w))?(?!\d)"), ADDRESS),
    (re.compile(r"(?<!\w)[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}(?!\w)"), POSTCODE),
)

_KEYWORD = re.compile(r"(?<!\w)(?i:geboren|geb\.|born|doğdu|urodzon[ay]|urodził(?:a|)\s+się|ur\.|geboortedatum|"
                      r"geboortedag|geboorteplaats|date\s+of\s+birth|place\s+of\s+birth|data\s+urodzenia|"
                      r"miejsce\s+urodzenia|doğum\s+tarihi|doğum\s+yeri)(?!\w)")
#: What may follow the word: "op 3 maart 2012", ": 03-03-2012", "in Utrecht", "te Nador".
_DATE_AFTER = re.compile(rf"(?P<lead>\s*:?\s*(?:(?i:op|in|on|am|dnia)\s+)?)(?P<what>(?i:{_DATE}))(?!\w)")
_PLACE_AFTER = re.compile(rf"(?P<lead>\s*:\s*|\s+(?i:in|te|at|w)\s+)(?P<what>{_PLACE})")
#: What may come before it: "Ik ben in 1946 in Deventer geboren."
_BEFORE = re.compile(rf"(?<!\w)(?:(?i:op|in|te)\s+(?:(?i:{_DATE})|{_PLACE})\s+){{1,2}}(?=(?:(?i:is|werd|ben)\s+)?"
                     r"(?i:geboren)(?!\w))")
_PART_BEFORE = re.compile(rf"(?P<lead>(?i:op|in|te)\s+)(?P<what>(?i:{_DATE})|{_PLACE})(?=\s)")

Found = Callable[[str, str], None]


def bracket(word: str) -> str:
    return f"[{word}]"


def remove_details(text: str, translate: Callable[[str], str], found: Found) -> str:
    """``text`` without contact details and births; ``found(original, replacement)`` hears of each one."""
    for pattern, word in _SHAPES:
        def swap(match: re.Match[str], word: str = word) -> str:
            replacement = bracket(translate(word))
            found(match.group(0), replacement)
            return replacement

        text = pattern.sub(swap, text)
    return _remove_births(text, translate, found)


def _remove_births(text: str, translate: Callable[[str], str], found: Found) -> str:
    def swap(what: str) -> str:
        word = BIRTH_DATE if re.fullmatch(rf"(?i:{_DATE})", what) else BIRTH_PLACE
        replacement = bracket(translate(word))
        found(what, replacement)
        return replacement

    def before(match: re.Match[str]) -> str:
        return _PART_BEFORE.sub(lambda part: part.group("lead") + swap(part.group("what")), match.group(0))

    text = _BEFORE.sub(before, text)
    out: list[str] = []
    at = 0
    for keyword in _KEYWORD.finditer(text):
        if keyword.start() < at:
            continue
        out.append(text[at:keyword.end()])
        at = keyword.end()
        for _ in range(2):  # a date and a place, in either order
            part = _DATE_AFTER.match(text, at) or _PLACE_AFTER.match(text, at)
            if part is None or not part.group("what").strip() or part.group("what").startswith("["):
                break
            out.append(part.group("lead") + swap(part.group("what")))
            at = part.end()
    out.append(text[at:])
    return "".join(out)
