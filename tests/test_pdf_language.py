"""The printed plan's own words follow the plan's language, from the same .ts files as the screens, optionally with
the Dutch beside them; the family's words print as they wrote them."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from models import PlanType
from wijkteam import ts_files
from wijkteam.services import FAMILY, Services

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")

WORDS = {
    "Pdf": {"Soort plan": "Plan türü", "Afgedrukt op %1": "Yazdırma tarihi: %1", "Pagina %1 van %2": "Sayfa %1 / %2",
            "Concept": "Taslak", "Nog niet ingevuld.": "Henüz doldurulmadı."},
    "Vocabulary": {"Familiegroepsplan": "Aile planı", "november": "Kasım", "december": "Aralık"},
}


def _ts(language: str, words: dict[str, dict[str, str]]) -> str:
    contexts = "".join(
        f"<context><name>{name}</name>"
        + "".join(f"<message><source>{src}</source><translation>{dst}</translation></message>"
                  for src, dst in messages.items())
        + "</context>" for name, messages in words.items())
    return f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="{language}">{contexts}</TS>'


@pytest.fixture
def turkish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "wijkteam_tr.ts").write_text(_ts("tr", WORDS), encoding="utf-8")
    (folder / "wijkteam_ar.ts").write_text(_ts("ar", {"Pdf": {"Concept": "مسودة", "Soort plan": "نوع الخطة"}}),
                                           encoding="utf-8")
    monkeypatch.setattr(ts_files, "TRANSLATIONS", folder)
    ts_files.table.cache_clear()
    yield
    ts_files.table.cache_clear()


def _text(pdf: Path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


def _plan(services: Services, language: str) -> int:
    pid = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, title="Evde huzur",
                                     family_name="Yılmaz ailesi", language=language)
    return pid


@needs_poppler
@pytest.mark.usefixtures("turkish")
def test_a_turkish_plan_prints_its_own_words_in_turkish(services: Services, tmp_path: Path) -> None:
    pid = _plan(services, "tr")
    text = _text(services.export.export_pdf(pid, tmp_path / "plan.pdf"))
    assert "Plan türü:" in text and "Aile planı" in text and "Taslak" in text and "Sayfa 1 /" in text
    assert "Henüz doldurulmadı." in text
    assert "Soort plan" not in text and "Pagina 1 van" not in text and "Nog niet ingevuld." not in text
    assert "Evde huzur" in text and "Yılmaz ailesi" in text  # the family's words as they wrote them
    # Words without a translation yet print in Dutch, never as a gap.
    assert "Status:" in text


@needs_poppler
@pytest.mark.usefixtures("turkish")
def test_two_languages_put_the_dutch_beside_the_familys_language(services: Services, tmp_path: Path) -> None:
    pid = _plan(services, "tr")
    text = _text(services.export.export_pdf(pid, tmp_path / "plan.pdf", bilingual=True))
    assert "Plan türü / Soort plan:" in text and "Henüz doldurulmadı. / Nog niet ingevuld." in text
    assert "Sayfa 1 /" in text  # the footer holds one language: there is no room for two


@needs_poppler
@pytest.mark.usefixtures("turkish")
def test_a_dutch_plan_and_the_command_line_switch(services: Services, tmp_path: Path) -> None:
    pid = _plan(services, "nl")
    text = _text(services.export.export_pdf(pid, tmp_path / "plan.pdf", bilingual=True))
    assert "Soort plan:" in text and " / Soort plan" not in text  # Dutch once, also when asked for two


@needs_poppler
@pytest.mark.usefixtures("turkish")
def test_an_arabic_plan_prints_right_to_left_words_in_a_font_that_has_them(services: Services,
                                                                          tmp_path: Path) -> None:
    pid = _plan(services, "ar")
    pdf = services.export.export_pdf(pid, tmp_path / "plan.pdf")
    assert services.export.unprintable(pid) == []
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert rows and all(row[-5] == "yes" for row in rows)  # every font embedded: no letter left to the reader
    # Shaped letters come out of the PDF as presentation forms; NFKC gives the letters back.
    text = unicodedata.normalize("NFKC", _text(pdf))
    assert "مسودة" in text and "نوع الخطة" in text
    assert "Soort plan" not in text
