"""A text cut into its sentences, each with where it stands in the text: read aloud one at a time, the sentence being
read can be marked where the family wrote it.

A sentence ends at ``.``, ``!``, ``?`` or ``…`` followed by a space, and at every new line (a list of points reads as
points). Short Dutch words with a full stop (``bijv.``, ``o.a.``, ``art.``) do not end one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Words with a full stop that do not end a sentence, lower case, without that stop.
ABBREVIATIONS = frozenset({
    "bijv", "bv", "bijvoorbeeld", "o.a", "d.w.z", "m.a.w", "enz", "etc", "e.d", "i.p.v", "t.o.v", "z.s.m", "a.u.b",
    "art", "nr", "mw", "mevr", "dhr", "dr", "mr", "ca", "incl", "excl", "evt", "resp", "vgl", "zgn", "p", "blz",
    "jan", "feb", "apr", "aug", "sep", "sept", "okt", "nov", "dec", "ma", "di", "wo", "do", "vr", "za", "zo",
})

_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)|\n")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


@dataclass(frozen=True)
class Sentence:
    """``text`` stands at ``start:end`` of the text it was cut from (Python string positions)."""

    text: str
    start: int
    end: int


def _is_abbreviation(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` closes a short word such as ``bijv.`` rather than a sentence."""
    if text[stop] != "." or stop + 1 < len(text) and text[stop + 1] in ".!?…":
        return False
    match = _WORD_BEFORE.search(text, 0, stop)
    if match is None:
        return False
    word = match.group(1).lower().strip(".")
    return word in ABBREVIATIONS or len(word) == 1 and word.isalpha()  # "J. de Vries", "a. b. c."


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` in order, without the spaces around them; empty ones are left out."""
    found: list[Sentence] = []
    begin = 0
    for match in _END.finditer(text):
        if match.group() != "\n" and _is_abbreviation(text, match.start()):
            continue
        _add(found, text, begin, match.end())
        begin = match.end()
    _add(found, text, begin, len(text))
    return found


def _add(found: list[Sentence], text: str, begin: int, end: int) -> None:
    piece = text[begin:end]
    stripped = piece.strip()
    if not stripped or not any(ch.isalnum() for ch in stripped):
        return  # a line of dashes or only a bullet says nothing aloud
    start = begin + len(piece) - len(piece.lstrip())
    found.append(Sentence(stripped, start, start + len(stripped)))


def utf16_position(text: str, position: int) -> int:
    """``position`` in ``text`` counted as Qt counts (UTF-16 units): an emoji before it counts twice there."""
    return len(text[:position].encode("utf-16-le")) // 2
