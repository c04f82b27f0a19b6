"""One plan's people and the words they get in a copy without names; the report of what it replaced."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from models import PlanType
from wijkteam import ts_files
from wijkteam.anonymise.details import CONTEXT, remove_details
from wijkteam.anonymise.names import Found, Names, Person, fold, name_like_words, tidy
from wijkteam.i18n import QT_TRANSLATE_NOOP
from wijkteam.limits import MAX_LINE

#: What the family's name becomes.
FAMILY_WORD = QT_TRANSLATE_NOOP("Anonymise", "het gezin")
CITIZEN_WORD = QT_TRANSLATE_NOOP("Anonymise", "de inwoner")
#: After the title of the copy, so whoever reads it knows "moeder" stands for a name (and an imported copy is told
#: apart from the plan itself).
MARK = QT_TRANSLATE_NOOP("Anonymise", "kopie zonder namen")


@dataclass(frozen=True)
class AnonymousReport:
    """What a copy without names says otherwise, and what the family should still check.

    ``replaced``: each name, the family's name and every contact detail or birth found, with what the copy says in
    its place (empty: left out). ``left``: words with a capital in free text that are no person of the plan.
    """

    replaced: tuple[Found, ...] = ()
    left: tuple[str, ...] = ()


def clip(text: str, most: int) -> str:
    """A text that grew past its limit (short names became longer words) ends with "…" at the limit."""
    return text if len(text) <= most else text[:most - 1].rstrip() + "…"


class Anonymiser:
    """One plan's people and the words they get; ``text`` makes any text of that plan a text without names."""

    def __init__(self, people: Sequence[Person], *, family_name: str, plan_type: str, language: str) -> None:
        translate = ts_files.translator(language)
        self.translate: Callable[[str], str] = lambda text: translate(CONTEXT, text)
        family_word = self.translate(CITIZEN_WORD if plan_type == PlanType.PERSOONLIJK_PLAN else FAMILY_WORD)
        self.names = Names(people, family_name, family_word, self.translate)
        self.family_name = tidy(family_name)
        self._details: dict[str, Found] = {}
        self._left: dict[str, str] = {}
        self._dropped: dict[str, Found] = {}

    @property
    def family_word(self) -> str:
        return self.names.family_word

    def label(self, index: int) -> str:
        return self.names.labels[index]

    def relation_rest(self, index: int) -> str:
        """What is left of a person's relation once its first words became their label ("14 jaar")."""
        return self.text(self.names.rest[index])

    def person(self, name: str) -> str:
        """The copy's word for a name in a field that holds just a name (an author, who checks), as the label is."""
        if not name.strip():
            return name
        return self.names.label_of(name) or self.text(name, capitals=False)

    def text(self, value: str, *, listed: bool = True, capitals: bool = True) -> str:
        """``value`` without names, contact details and births; with ``listed`` its name-like words are noted for the
        report (not for the template's own words, which the family did not write)."""
        if not value:
            return value
        out = self.names.replace(remove_details(value, self.translate, self._detail), capitals=capitals)
        for word in name_like_words(out, self.names.is_known) if listed else ():
            self._left.setdefault(fold(word), word)
        return out

    def title(self, title: str) -> str:
        """The plan's title in the copy: without names, and saying it is a copy without names."""
        mark = f"({self.translate(MARK)})"
        return clip(f"{self.text(title).strip()} {mark}".strip(), MAX_LINE)

    def dropped(self, original: str) -> None:
        """Something left out of the copy entirely (a person's contact details)."""
        if original.strip():
            self._dropped.setdefault(fold(original), Found(tidy(original), ""))

    def _detail(self, original: str, copy: str) -> None:
        self._details.setdefault(fold(original), Found(tidy(original), copy))

    def report(self) -> AnonymousReport:
        rows = self.names.people_found()
        if self.family_name and all(fold(row.original) != fold(self.family_name) for row in rows):
            rows.append(Found(self.family_name, self.family_word))
        seen = {fold(row.original) for row in rows}
        for row in [*self._dropped.values(), *self._details.values()]:
            if fold(row.original) not in seen:
                seen.add(fold(row.original))
                rows.append(row)
        return AnonymousReport(tuple(rows), tuple(self._left.values()))

