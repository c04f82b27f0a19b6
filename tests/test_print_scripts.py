"""Every character the family types prints: Chinese, Japanese, Korean, Hebrew and emoji in fonts of their own, the
big fonts read only when a text needs them, and a character no font has named before printing."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics

from tests import cli
from tests.test_pdf import make_plan, section
from wijkteam import pdf
from wijkteam.paths import fonts_dir
from wijkteam.pdf.fonts import Fonts, load_fonts
from wijkteam.services import FAMILY, Services

CHINESE = "我们一家人希望孩子每天都能高高兴兴地去上学，周末一起吃饭。"
JAPANESE = "おばあちゃんは毎週月曜日にジェシーを学校へ送ります。"
KOREAN = "우리 가족은 매주 토요일에 함께 공원에 갑니다."
HEBREW = "אנחנו משפחה שמחה ורוצים לחיות בשלום"
EMOJI = "🎉👍😀🥰🫶✅🙏"
PRIVATE = "\ue000"  # a private-use character: no font means anything by it
HIEROGLYPH = "𓀀"  # a script no shipped font covers

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None, reason="poppler-utils is not installed"
)


def _every_script_plan() -> object:
    return make_plan(
        title=f"Ons plan 家族 {EMOJI[:2]}",
        family_name=f"Familie 김 {HEBREW.split()[0]}",
        sections=(
            section("zh", "Chinees 我们", 0, CHINESE * 3),
            section("ja", "日本語のタイトル", 1, JAPANESE),
            section("ko", "한국어 제목", 2, KOREAN),
            section("he", "עברית", 3, f"{HEBREW}\n{HEBREW} {HEBREW}"),
            section("emoji", f"Goed gedaan {EMOJI[0]}", 4, f"Samen gelukt {EMOJI} ❤️ 👨‍👩‍👧"),
        ),
        advice=(),
    )


def _fresh_fonts(tmp_path: Path) -> tuple[Path, Fonts]:
    """A copy of the font folder: a Fonts of its own, with no fallback read yet (ReportLab's registry is global)."""
    folder = tmp_path / "fonts"
    shutil.copytree(fonts_dir(), folder)
    return folder, load_fonts(folder)


def _pdffonts(path: Path) -> dict[str, bool]:
    rows = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout.splitlines()
    # name type encoding emb sub uni object ID; the name carries a subset prefix such as AAAAAA+.
    return {row.split()[0].split("+")[-1]: row.split()[-5] == "yes" for row in rows[2:]}


def _text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return " ".join(unicodedata.normalize("NFKC", out).split())


@needs_poppler
def test_cjk_hebrew_and_emoji_print_in_embedded_fonts(tmp_path: Path) -> None:
    folder, fonts = _fresh_fonts(tmp_path)
    doc = _every_script_plan()
    target = tmp_path / "schriften.pdf"
    pdf.export_plan_pdf(doc, target, fonts=folder)  # type: ignore[arg-type]

    embedded = _pdffonts(target)
    for name in ("DejaVuSans", "DroidSansFallback", "NotoEmoji-Regular", "NotoSansHebrew-Regular"):
        assert embedded.get(name) is True, embedded
    assert all(embedded.values()), embedded  # no font referenced without being in the file

    text = _text(target)
    assert unicodedata.normalize("NFKC", CHINESE) in text.replace(" ", "")  # wrapped: a line end reads as a space
    assert JAPANESE in text and KOREAN in text and "日本語のタイトル" in text
    assert all(word in text for word in HEBREW.split())
    assert f"Samen gelukt {EMOJI}" in text  # emoji also copy out of the PDF as themselves
    assert pdf.unprintable_characters(doc, folder) == []  # type: ignore[arg-type]


def test_every_character_has_a_glyph_in_the_font_chosen_for_it(tmp_path: Path) -> None:
    _folder, fonts = _fresh_fonts(tmp_path)
    for text in (CHINESE, JAPANESE, KOREAN, HEBREW, EMOJI, f"Mix: ja 日本 {EMOJI} שלום ሰላም Zażółć"):
        for bold in (False, True):
            runs = fonts.runs(text, bold=bold)
            assert "".join(run for _face, run in runs) == text
            for face, run in runs:
                font = pdfmetrics.getFont(face or (fonts.bold if bold else fonts.regular))
                missing = [ch for ch in run if ord(ch) not in font.face.charToGlyph]
                assert not missing, (face, missing)


def _face(fonts: Fonts, file: str, *, bold: bool = False) -> str:
    (fallback,) = [f.get() for f in fonts.fallbacks if f.spec.regular == file]
    assert fallback is not None
    return fallback.bold if bold else fallback.regular


def test_fonts_are_chosen_by_script(tmp_path: Path) -> None:
    _folder, fonts = _fresh_fonts(tmp_path)
    assert fonts.face_for("a") is None  # DejaVu Sans, the main font
    assert fonts.face_for("ж") is None
    for ch in "我あ우":
        assert fonts.face_for(ch) == _face(fonts, "DroidSansFallback.ttf")
        assert fonts.face_for(ch, bold=True) == _face(fonts, "DroidSansFallback.ttf")  # one face serves both
    # Hebrew and emoji in one look, also where DejaVu has the letter (א, 😀) itself.
    assert fonts.face_for("א") == _face(fonts, "NotoSansHebrew-Regular.ttf")
    assert fonts.face_for("א", bold=True) == _face(fonts, "NotoSansHebrew-Regular.ttf", bold=True)
    assert fonts.face_for("😀") == fonts.face_for("🎉") == _face(fonts, "NotoEmoji-Regular.ttf")
    assert fonts.face_for("ሰ") == _face(fonts, "NotoSansEthiopic-Regular.ttf")
    assert fonts.face_for(PRIVATE) is False


def test_the_big_fonts_are_read_only_when_a_text_needs_them(tmp_path: Path) -> None:
    folder, fonts = _fresh_fonts(tmp_path)
    plain = make_plan()  # Dutch, Polish, Turkish and Arabic: all in DejaVu
    pdf.export_plan_pdf(plain, tmp_path / "nl.pdf", fonts=folder)
    assert [fallback.loaded for fallback in fonts.fallbacks] == [False, False, False, False]
    assert pdf.unprintable_characters(plain, folder) == []
    assert not any(fallback.loaded for fallback in fonts.fallbacks)

    korean = make_plan(sections=(section("ko", "Korea", 0, KOREAN),), advice=())
    pdf.export_plan_pdf(korean, tmp_path / "ko.pdf", fonts=folder)
    assert [f.spec.regular for f in fonts.fallbacks if f.loaded] == ["DroidSansFallback.ttf"]


def test_a_missing_fallback_file_makes_its_letters_unprintable_not_the_export_fail(tmp_path: Path) -> None:
    folder = tmp_path / "fonts"
    shutil.copytree(fonts_dir(), folder)
    (folder / "DroidSansFallback.ttf").unlink()
    doc = make_plan(sections=(section("zh", "Chinees", 0, f"Oma: {CHINESE[:3]}"),), advice=())
    assert pdf.unprintable_characters(doc, folder) == list(CHINESE[:3])
    pdf.export_plan_pdf(doc, tmp_path / "zonder.pdf", fonts=folder)
    assert (tmp_path / "zonder.pdf").read_bytes().startswith(b"%PDF")


def test_characters_no_font_has_are_named_once_in_order(tmp_path: Path) -> None:
    folder, _fonts = _fresh_fonts(tmp_path)
    doc = make_plan(
        title=f"Plan {HIEROGLYPH}",
        sections=(section("a", "Deel", 0, f"Een teken {PRIVATE} hier, {HIEROGLYPH} daar en {PRIVATE} weer."),),
        advice=(),
    )
    assert pdf.unprintable_characters(doc, folder) == [HIEROGLYPH, PRIVATE]
    assert pdf.unprintable_sentence([PRIVATE, HIEROGLYPH]) == (
        f"Deze tekens kunnen niet worden afgedrukt: {PRIVATE} (U+E000), {HIEROGLYPH} (U+13000). "
        "De rest van het plan wel."
    )
    many = [chr(0xE000 + i) for i in range(13)]
    assert pdf.characters_named(many).endswith("(U+E009) en nog 3 andere")


def test_joiners_and_variation_selectors_are_never_named_nor_boxes(tmp_path: Path) -> None:
    _folder, fonts = _fresh_fonts(tmp_path)
    text = "ke\u2064rk ❤\ufe0f 👨\u200d👩\u200d👧 a\U000e0101b"
    assert fonts.missing(text) == []
    for face, run in fonts.runs(text):
        font = pdfmetrics.getFont(face or fonts.regular)
        assert all(ord(ch) in font.face.charToGlyph for ch in run), (face, run)


def test_cli_names_unprintable_characters_on_stderr_and_still_makes_the_pdf(
    services: Services, data_dir: Path, tmp_path: Path
) -> None:
    plan = services.plans.create_plan("familiegroepsplan", FAMILY, title=f"Plan van oma {CHINESE[:2]}")
    first = services.plans.get_plan(plan).sections[0].id
    services.plans.set_section_text(first, f"Oma's teken: {PRIVATE}. {KOREAN}", FAMILY)
    target = tmp_path / "oma.pdf"
    result = cli.run("export-pdf", str(plan), str(target), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == (
        f"Deze tekens kunnen niet worden afgedrukt: {PRIVATE} (U+E000). De rest van het plan wel."
    )
    assert target.read_bytes().startswith(b"%PDF")
    assert f"Plan {plan} is bewaard als PDF" in result.stdout

    services.plans.set_section_text(first, KOREAN, FAMILY)
    result = cli.run("export-pdf", str(plan), str(target), data_dir=data_dir)
    assert result.returncode == 0 and result.stderr == ""


@needs_poppler
def test_chinese_lines_never_start_with_a_closing_mark(tmp_path: Path) -> None:
    # Texts of many lengths, so that some line ends fall right before a "，" or "。".
    texts = tuple(section(f"s{i}", f"Deel {i}", i, "我" * i + CHINESE * 4) for i in range(14))
    target = tmp_path / "zh.pdf"
    pdf.export_plan_pdf(make_plan(sections=texts, advice=()), target)
    out = subprocess.run(["pdftotext", str(target), "-"], check=True, capture_output=True, text=True).stdout
    lines = [line.strip() for line in out.splitlines() if line.strip()]
    assert sum(1 for line in lines if "我们一家人" in line) > 14  # the text did wrap
    assert not [line for line in lines if line[0] in "，。）」"]


@needs_poppler
def test_line_breaks_stay_in_text_with_other_scripts(tmp_path: Path) -> None:
    doc = make_plan(sections=(section("a", "Deel", 0, "第一行\n第二行 🎉\nDerde regel 한국어\nቀዳማይ"),), advice=())
    target = tmp_path / "regels.pdf"
    pdf.export_plan_pdf(doc, target)
    out = subprocess.run(["pdftotext", str(target), "-"], check=True, capture_output=True, text=True).stdout
    lines = [line.strip() for line in out.splitlines()]
    assert lines[lines.index("第一行") :][:4] == ["第一行", "第二行 🎉", "Derde regel 한국어", "ቀዳማይ"]
