"""The core reads the same translations as the screens, straight from the .ts files, without Qt."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from wijkteam import ts_files

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>Pdf</name>
    <message>
        <source>Afspraken</source>
        <translation>Anlaşmalar</translation>
    </message>
    <message>
        <source>Nog niet vertaald</source>
        <translation type="unfinished">Yarım</translation>
    </message>
    <message numerus="yes">
        <source>%n afspraken</source>
        <translation><numerusform>%n anlaşma</numerusform><numerusform>%n anlaşmalar</numerusform></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Afspraken</source>
        <translation>Sözler</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def translations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(ts_files, "TRANSLATIONS", tmp_path)
    ts_files.table.cache_clear()
    yield tmp_path
    ts_files.table.cache_clear()


def test_finished_translations_count_per_context_and_the_rest_stays_dutch(translations: Path) -> None:
    (translations / "wijkteam_tr.ts").write_text(TS, encoding="utf-8")
    tr = ts_files.translator("tr")
    assert tr("Pdf", "Afspraken") == "Anlaşmalar"
    assert tr("Vocabulary", "Afspraken") == "Sözler"
    assert tr("Pdf", "Nog niet vertaald") == "Nog niet vertaald"  # unfinished: Dutch
    assert tr("Pdf", "Nergens") == "Nergens"
    assert tr("Pdf", "%n afspraken") == "%n anlaşmalar"
    assert ts_files.translator("nl")("Pdf", "Afspraken") == "Afspraken"


def test_a_missing_or_broken_file_prints_dutch(translations: Path) -> None:
    assert ts_files.translator("pl")("Pdf", "Afspraken") == "Afspraken"
    (translations / "wijkteam_ar.ts").write_text("<TS><context>", encoding="utf-8")
    assert ts_files.translator("ar")("Pdf", "Afspraken") == "Afspraken"
    assert ts_files.translator("xx")("Pdf", "Afspraken") == "Afspraken"


def test_the_shipped_files_are_read() -> None:
    ts_files.table.cache_clear()
    for language in ("en", "tr", "pl", "ar"):
        assert ts_files.ts_path(language).is_file()
        ts_files.table(language)  # reads without an error


def test_the_pdf_words_follow_the_plans_language_and_can_carry_the_dutch(translations: Path) -> None:
    from datetime import date

    from wijkteam.pdf import words as pdf_words

    (translations / "wijkteam_tr.ts").write_text(TS, encoding="utf-8")
    turkish = pdf_words.Words.of("tr")
    assert turkish("Afspraken") == "Anlaşmalar"
    assert turkish.choice("Afspraken") == "Sözler"
    assert pdf_words.Words.of("tr", bilingual=True)("Afspraken") == "Anlaşmalar / Afspraken"
    assert pdf_words.Words.of("tr", bilingual=True)("Nog niet vertaald") == "Nog niet vertaald"  # never twice
    assert pdf_words.Words.of("nl", bilingual=True)("Afspraken") == "Afspraken"
    assert pdf_words.Words.of("pl").date(date(2026, 11, 3)) == "3-11-2026"
    assert pdf_words.Words.of("nl").date(date(2026, 11, 3)) == "3 november 2026"
    assert pdf_words.Words.of("xx").language == "nl"
    assert pdf_words.words() is pdf_words.DUTCH
    with pdf_words.using(turkish):
        assert pdf_words.words()("Afspraken") == "Anlaşmalar"
    assert pdf_words.words() is pdf_words.DUTCH
