"""Plain Dutch (B1) in every text a person reads: short sentences and no officialese.

Checked: every text ``pyside6-lupdate`` extracts from ``ui/`` and ``wijkteam/``, the sentences of ``wijkteam/`` that
reach a person (``MSG_*`` and the texts given to an error), and every text of the plan templates.
"""

from __future__ import annotations

import re

import pytest

from wijkteam import i18n_tools

MAX_WORDS = 15

#: Words and phrases of official letters; each has an everyday word ("als", "met", "om te", "moeten", "over", ...).
OFFICIALESE = (
    "indien", "middels", "teneinde", "dienen te", "dient te", "dient u", "inzake", "alsmede", "reeds", "derhalve",
    "ten behoeve van", "conform", "betreffende", "omtrent", "hiertoe", "daartoe", "aldus", "tevens", "ingevolge",
    "onverwijld", "zulks", "doch", "alvorens", "ter zake", "thans", "voornoemd", "bovengenoemd", "desalniettemin",
    "niettegenstaande", "geschiedt", "ten aanzien van", "met betrekking tot", "in het kader van", "c.q.", "danwel",
    "vigerend", "gelieve", "hetgeen", "woonachtig", "retourneren", "verzoeke", "onderhavig", "mitsdien",
)


def sentences(text: str) -> list[str]:
    """The sentences of a text; a colon or semicolon ends one too, as a reader pauses there."""
    text = re.sub(r"<[^>]+>", " ", text).replace("&", "")  # markup and the keyboard marks of buttons
    return [part for part in re.split(r"(?<=[.!?:;])\s+|\n+", text) if part.strip()]


def too_long(text: str) -> list[str]:
    return [sentence for sentence in sentences(text) if len(sentence.split()) > MAX_WORDS]


def officialese(text: str) -> list[str]:
    plain = " " + re.sub(r"\s+", " ", text.lower()) + " "
    return [word for word in OFFICIALESE if re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", plain)]


@pytest.fixture(scope="module")
def texts() -> list[tuple[str, str]]:
    found = [(f"{message.context} (lupdate)", message.source) for message in i18n_tools.extract()]
    return found + i18n_tools.template_texts() + i18n_tools.core_messages()


def test_the_check_sees_every_kind_of_text(texts: list[tuple[str, str]]) -> None:
    where = {place.split(":")[0].split(" ")[0] for place, _ in texts}
    # The screens, the words of the vocabulary and of errors, both templates and the core's own sentences.
    assert {"StartView", "Vocabulary", "familiegroepsplan.json", "persoonlijk_plan.json"} <= where
    assert any(place.startswith("wijkteam/services/") for place in where)
    assert len(texts) > 900


def test_no_sentence_is_longer_than_fifteen_words(texts: list[tuple[str, str]]) -> None:
    long = [f"{where}: {sentence}" for where, text in texts for sentence in too_long(text)]
    assert not long, "\n".join(long)


def test_no_officialese(texts: list[tuple[str, str]]) -> None:
    found = [f"{where}: '{word}' in {text!r}" for where, text in texts for word in officialese(text)]
    assert not found, "\n".join(found)


@pytest.mark.parametrize(("text", "long", "words"), [
    ("Indien u dat wilt, kunt u middels deze knop het plan opslaan.", [], ["indien", "middels"]),
    ("Dit is een zin met meer dan vijftien woorden, omdat hij maar doorgaat en doorgaat zonder op te houden.",
     ["Dit is een zin met meer dan vijftien woorden, omdat hij maar doorgaat en doorgaat zonder op te houden."], []),
    ("Kort. Ook kort: en nog een stuk dat kort is.", [], []),
    ("U dient te tekenen. Reedsch is geen woord.", [], ["dient te"]),
])
def test_the_check_itself(text: str, long: list[str], words: list[str]) -> None:
    assert too_long(text) == long
    assert officialese(text) == words
