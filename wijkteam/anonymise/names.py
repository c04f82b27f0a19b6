"""Names in free text: every person of the plan becomes their relation or role, the same person always the same word.

Names are matched as whole words, whatever their case or accents ("ria", "RİA", "Lukasz" for "Łukasz"): the text is
folded one character at a time, so a place found in the folded text is the same place in the family's own text.
A name is matched in full ("Ria Bakker"), by first name ("Ria") and by surname ("Bakker", "de Vries"); a relation word
before it goes with it ("oma Ria" becomes "oma"), and what follows it stays ("Ria's" becomes "oma's", "Ayşe'nin"
"anneanne'nin"). A first name or surname that two people share says nobody in particular: it becomes ``[naam]``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from wijkteam.anonymise.words import (
    COMMON_CAPITALISED,
    NAME_PARTICLES,
    OPENERS,
    RELATION_WORDS,
    SENTENCE_ENDS,
    WORD_SURNAMES,
)
from wijkteam.i18n import QT_TRANSLATE_NOOP

#: For a name that two people share, or a family's surname on its own.
SOMEONE = QT_TRANSLATE_NOOP("Anonymise", "naam")
#: Who someone is when the plan does not say their relation: their place at the table.
ROLE_WORDS = {
    "gezin": QT_TRANSLATE_NOOP("Anonymise", "iemand van het gezin"),
    "netwerk": QT_TRANSLATE_NOOP("Anonymise", "iemand van het netwerk"),
    "ondersteuner": QT_TRANSLATE_NOOP("Anonymise", "ondersteuner"),
    "professional": QT_TRANSLATE_NOOP("Anonymise", "professional"),
}
ANYONE = QT_TRANSLATE_NOOP("Anonymise", "iemand")

_FOLD = {"ı": "i", "İ": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "s", "æ": "a", "Æ": "a",
         "œ": "o", "Œ": "o", "ħ": "h", "’": "'", "‘": "'", "ʼ": "'", "`": "'", "\u00a0": " "}
_FAMILY_WORDS = frozenset({"familie", "fam", "fam.", "gezin", "family", "aile", "ailesi", "rodzina", "de", "het"})
_VOWELS = frozenset("aeiouy")
_ARTICLES = frozenset({"de", "het", "the"})
_LABEL_CUT = re.compile(r"[,;(/:]| - | – ")
_LABEL_WORDS_AT_MOST = 4


@functools.cache
def _fold_char(ch: str) -> str:
    if ch in _FOLD:
        return _FOLD[ch]
    base = unicodedata.normalize("NFD", ch)[0]
    low = base.lower()
    return low if len(low) == 1 else base


def fold(text: str) -> str:
    """``text`` for comparing: lower case, without accents, one character for each character (so places match)."""
    return "".join(_fold_char(ch) for ch in text)


def tidy(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


@dataclass(frozen=True)
class Person:
    """Someone of the plan as a copy without names needs them: the name, the place at the table, the relation."""

    name: str
    role: str = ""
    relation: str = ""


@dataclass(frozen=True)
class Found:
    """One thing the copy says otherwise: ``original`` in the plan, ``copy`` in the copy (empty: left out)."""

    original: str
    copy: str


def is_generic(name: str) -> bool:
    """A "name" that is a word for anyone ("Gezin", "ondersteuner"), as the app writes it when nobody gave one."""
    key = fold(tidy(name))
    return not key or key in RELATION_WORDS or key in COMMON_CAPITALISED or key in ROLE_WORDS


def sentence_start(text: str, at: int) -> bool:
    """True when a sentence starts at ``at``: only spaces, quotes or brackets since the last full stop."""
    index = at - 1
    while index >= 0 and text[index] in OPENERS:
        index -= 1
    return index < 0 or text[index] in SENTENCE_ENDS


def _name_parts(name: str) -> tuple[str, list[str], list[str]]:
    """The full name, the first names (and a nickname in brackets), and the surnames a text may use on their own."""
    nicknames = re.findall(r"\(([^()]+)\)", name)
    plain = tidy(re.sub(r"\([^()]*\)", " ", name))
    words = plain.split()
    firsts = [nick.strip() for nick in nicknames if nick.strip()]
    surnames: list[str] = []
    if len(words) > 1 and fold(words[0]) not in NAME_PARTICLES:
        firsts.insert(0, words[0])
        last = " ".join(words[1:])
        surnames.append(last)
        for piece in re.split(r"-", last) if "-" in last else []:
            surnames.append(piece.strip())
        for surname in list(surnames):
            bits = surname.split()
            while bits and fold(bits[0]) in NAME_PARTICLES:
                bits = bits[1:]
            if bits and len(bits) < len(surname.split()):
                surnames.append(" ".join(bits))
    elif words:
        firsts.insert(0, plain)
    return plain, firsts, surnames


class Names:
    """The people of one plan, their words in the copy, and the replacing of their names in any text."""

    def __init__(self, people: Sequence[Person], family_name: str, family_word: str,
                 translate: Callable[[str], str]) -> None:
        self._translate = translate
        self.people = list(people)
        self.family_word = family_word
        self.someone = f"[{translate(SOMEONE)}]"
        self.labels, self.rest = self._make_labels()
        self.found: dict[str, Found] = {}
        owners: dict[str, set[int]] = {}  # folded variant -> who it may be (-1: the family)
        shown: dict[str, str] = {}
        capital: set[str] = set()
        full: dict[str, int] = {}
        for index, person in enumerate(self.people):
            plain, firsts, surnames = _name_parts(person.name)
            if not plain:
                continue
            full[fold(plain)] = index
            for variant in [plain, *firsts, *surnames]:
                key = fold(variant)
                if len(key) < 2 or key in NAME_PARTICLES or key in RELATION_WORDS:
                    continue
                owners.setdefault(key, set()).add(index)
                shown.setdefault(key, variant)
                if key in WORD_SURNAMES or key in COMMON_CAPITALISED:
                    capital.add(key)
        family = tidy(family_name)
        self._family_key = fold(family)
        if family and self._family_key not in full:
            owners.setdefault(self._family_key, set()).add(-1)
            shown.setdefault(self._family_key, family)
            words = family.split()
            while words and fold(words[0]) in _FAMILY_WORDS:
                words = words[1:]
            for part in [" ".join(words), *re.split(r"[-\s]+", " ".join(words))]:
                key = fold(part)
                if len(key) >= 2 and key not in NAME_PARTICLES and key not in _FAMILY_WORDS:
                    owners.setdefault(key, set()).add(-2)  # the family's surname alone says nobody in particular
                    shown.setdefault(key, part)
                    if key in WORD_SURNAMES or key in COMMON_CAPITALISED:
                        capital.add(key)
        self._full = full
        self._owners = owners
        self._shown = shown
        self._capital = capital
        self.label_words = {word for label in self.labels for word in fold(label).split()}
        variants = sorted(owners, key=len, reverse=True)
        self._pattern = re.compile(
            r"(?<!\w)(?P<name>" + "|".join(re.escape(v) for v in variants)
            + r")(?P<s>s)?(?!\w)"
        ) if variants else None

    # -------------------------------------------------------------------------------------------------- labels

    def _make_labels(self) -> tuple[list[str], list[str]]:
        """Each person's word in the copy ("oma", "oma 2" when two share it), and what is left of the relation."""
        all_words = {fold(word) for person in self.people for word in re.split(r"[\s-]+", person.name) if word}
        all_words -= NAME_PARTICLES | RELATION_WORDS
        bases: list[str] = []
        rests: list[str] = []
        for person in self.people:
            relation = tidy(person.relation)
            cut = _LABEL_CUT.search(relation)
            head, rest = (relation[:cut.start()], relation[cut.start():]) if cut else (relation, "")
            words = head.split()
            for number, word in enumerate(words):
                if fold(word).strip(".,'") in all_words:
                    words = words[:number]
                    break
            while words and fold(words[-1]) in NAME_PARTICLES | {"bij", "met", "voor", "uit", "aan"}:
                words = words[:-1]
            if not words or len(words) > _LABEL_WORDS_AT_MOST:
                bases.append(self._translate(ROLE_WORDS.get(str(person.role), ANYONE)))
                rests.append(relation)
                continue
            bases.append(" ".join(words))
            rests.append(rest.strip(" ,;:/()-–").strip())
        counts: dict[str, int] = {}
        for base in bases:
            counts[fold(base)] = counts.get(fold(base), 0) + 1
        seen: dict[str, int] = {}
        labels = []
        for base in bases:
            key = fold(base)
            if counts[key] > 1:
                seen[key] = seen.get(key, 0) + 1
                labels.append(f"{base} {seen[key]}")
            else:
                labels.append(base)
        return labels, rests

    def label_of(self, name: str) -> str | None:
        """The copy's word for someone of the plan by their full name; None when nobody has that name."""
        index = self._full.get(fold(tidy(name)))
        return None if index is None else self.labels[index]

    # ---------------------------------------------------------------------------------------------------- text

    def replace(self, text: str, *, capitals: bool = True) -> str:
        """``text`` with every name of the plan's people (and the family's name) replaced. With ``capitals`` a word
        that starts a sentence starts with a capital; without, as in a field that holds only who checks."""
        if self._pattern is None or not text:
            return text
        text = unicodedata.normalize("NFC", text)
        folded = fold(text)
        out: list[str] = []
        at = 0
        for match in self._pattern.finditer(folded):
            word = self._word(text, match)
            if word is None:
                continue
            start = match.start("name")
            before = _WORD_BEFORE.search(text, max(at, start - 40), start)
            if before is not None and word != self.someone and self._goes_with(fold(before.group(1)), word):
                start = before.start()  # "oma Ria" is "oma", "de familie Yılmaz" is "het gezin"
            if capitals and text[start:start + 1].isupper() and sentence_start(text, start) and word[:1].islower():
                word = word[:1].upper() + word[1:]
            out.append(text[at:start])
            out.append(word + ("s" if match.group("s") else ""))
            at = match.end()
        out.append(text[at:])
        return "".join(out)

    def _word(self, text: str, match: re.Match[str]) -> str | None:
        """The copy's word for the name ``match`` found, or None when it is no name here."""
        key = match.group("name")
        original = text[match.start("name"):match.end("name")]
        if key in self._capital and not original[:1].isupper():
            return None
        if match.group("s") and (key[-1] in _VOWELS or key[-1] == "s"):
            return None  # "Jesses" is no form of "Jesse"
        owners = self._owners[key]
        if owners == {-1}:
            word = self.family_word
        elif len(owners) == 1 and min(owners) >= 0:
            word = self.labels[min(owners)]
        else:
            word = self.someone
        self._note(self._shown[key], word)
        return word

    def _goes_with(self, pre: str, label: str) -> bool:
        """Whether a relation word before a name is said by the label already ("oma Ria" -> "oma")."""
        if label == self.family_word and pre in _ARTICLES:
            return True
        if pre not in RELATION_WORDS:
            return False
        words = fold(label).split()
        return pre in words or any(len(pre) >= 3 and (w.endswith(pre) or w.startswith(pre)) for w in words)

    def _note(self, original: str, copy: str) -> None:
        self.found.setdefault(fold(original), Found(original, copy))

    # ------------------------------------------------------------------------------------------------- report

    def people_found(self) -> list[Found]:
        """Each person and the word they have in the copy, in the order of the plan; then the family's name."""
        rows = [Found(tidy(p.name), label) for p, label in zip(self.people, self.labels, strict=True) if p.name.strip()]
        # A first name on its own says the same as the full name above it: only what says otherwise is added.
        extra = [row for row in self.found.values() if row.copy not in self.labels]
        return rows + extra

    def is_known(self, word: str) -> bool:
        """A word that is no name to list: a relation word, a word of a label, or a common word."""
        key = fold(word).strip("'")
        return key in RELATION_WORDS or key in self.label_words or key in COMMON_CAPITALISED or key in NAME_PARTICLES


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_WORD_BEFORE = re.compile(r"(?<!\w)([^\W\d_]+)\s+\Z")


def name_like_words(text: str, known: Callable[[str], bool]) -> Iterable[str]:
    """Words with a capital that are not at the start of a sentence, no common word and no short abbreviation."""
    for match in _WORD.finditer(text):
        word = match.group(0).rstrip("'’-")
        if not word[:1].isupper() or sentence_start(text, match.start()):
            continue
        if text[match.start() - 1:match.start()] == "[":
            continue  # a word the copy put in brackets itself
        if word.isupper() and len(word) <= 5:
            continue  # CAK, AOW, OTS
        base = re.split(r"['’]", word)[0]
        if known(base) or all(known(part) for part in base.split("-") if part):
            continue
        yield base
