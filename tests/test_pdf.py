"""The printed plan: content, scripts, safety against markup, atomic writing.

PlanDoc objects are built by hand: no database, no Qt. Checks read the PDF back with poppler-utils.
"""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import subprocess
import unicodedata
from datetime import date, datetime
from pathlib import Path

import pytest

from models import AdviceAnswer, AdviceKind, PlanType, Role
from wijkteam import pdf
from wijkteam.errors import UserError
from wijkteam.pdf import PdfError, dutch_date, export_plan_pdf
from wijkteam.services.dto import AdviceDoc, AgreementDoc, GoalDoc, ParticipantDoc, PlanDoc, SectionDoc

POLISH = "Zażółć gęślą jaźń"
TURKISH = "Iğdır'da şişli İstanbul ılık"
ARABIC = "نحن عائلة سعيدة ونريد أن نعيش بسلام"
TIGRINYA = "ሰላም ንኹልኹም"
HOSTILE = "<img src='/etc/passwd'/> <font name=x>boe</font> <i>open & <a href='file:///etc/passwd'>klik</a>"
TODAY = date(2026, 10, 14)

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)

_BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


# --- building plans -----------------------------------------------------------------------------------------


def section(
    key: str, title: str, position: int, text: str = "", kind: str = "text", skipped: bool = False
) -> SectionDoc:
    return SectionDoc(
        id=position + 1,
        key=key,
        title=title,
        position=position,
        text=text,
        done=bool(text),
        skipped=skipped,
        custom=False,
        kind=kind,
    )


def make_plan(**changes: object) -> PlanDoc:
    sections = (
        section("deelnemers", "Wie deden mee", 0, "Mama, papa, oma en de buurvrouw.", "people"),
        section("hoofdvraag", "Onze hoofdvraag", 1, "Hoe zorgen we dat het thuis weer fijn wordt?"),
        section(
            "situatie", "Onze situatie", 2, f"Papa is zijn werk kwijt.\nTante schrijft: {POLISH}.\n{TURKISH}"
        ),
        section("zorgen", "Onze zorgen", 3, f"Jesse gaat niet naar school.\n{ARABIC}"),
        section("kinderen", "Wat de kinderen zeggen", 4, "Dit deel slaan we over.", skipped=True),
        section("gaat_goed", "Wat gaat goed", 5, ""),
        section("doelen", "Wat willen we bereiken", 6, "", "goals"),
        section("afspraken", "Onze afspraken", 7, "", "agreements"),
        section("netwerk", "Ons netwerk", 8, "", "network"),
        section("handtekeningen", "Handtekeningen", 9, "", "signatures"),
    )
    participants = (
        ParticipantDoc(1, "Sanne de Vries", Role.GEZIN, relation="moeder", sector="gezin", closeness=1),
        ParticipantDoc(2, "Oma Ria", Role.NETWERK, relation="oma", sector="familie", closeness=1),
        ParticipantDoc(
            3,
            "Geheime Buurman",
            Role.NETWERK,
            relation="buurman",
            sector="vrienden_buren",
            consent_named=False,
        ),
        ParticipantDoc(
            4, "Karin Prof", Role.PROFESSIONAL, relation="wijkteam", organisation="Wijkteam Noord"
        ),
    )
    goals = (GoalDoc(1, "Jesse gaat elke dag naar school.", 0), GoalDoc(2, "Er is minder ruzie thuis.", 1))
    agreements = (
        AgreementDoc(
            1,
            "Oma brengt Jesse naar school.",
            goal_id=1,
            who=("Oma Ria",),
            who_ids=(2,),
            when_text="Elke maandag",
            due_date=date(2026, 12, 18),
            how_we_know="Jesse is op school.",
            checker="Sanne de Vries",
            status="bezig",
        ),
        AgreementDoc(
            2, "Mama belt de mentor.", goal_id=1, who=("Sanne de Vries",), who_ids=(1,), status="gedaan"
        ),
        AgreementDoc(
            3,
            "Bij ruzie gaan de kinderen naar oma.",
            goal_id=2,
            who=("Oma Ria", "Geheime Buurman"),
            who_ids=(2, 3),
            is_safety=True,
            status="nog_niet_begonnen",
        ),
    )
    advice = (
        AdviceDoc(
            1,
            AdviceKind.ADVIES,
            "Karin Prof",
            "Wijkteam Noord",
            "Meld u aan bij de schuldhulp.",
            date(2026, 10, 12),
            answer=AdviceAnswer.DEELS,
            reason="We doen het eerste gesprek met oom Dennis.",
        ),
        AdviceDoc(
            2,
            AdviceKind.VOORWAARDE,
            "Petra Jansen",
            "Jeugdbescherming",
            "Er is altijd een volwassene om te bellen.",
            date(2026, 10, 11),
            legal_basis="Ondertoezichtstelling, art. 1:255 BW",
            section_id=8,
            section_title="Onze afspraken",
            answer=AdviceAnswer.OVERGENOMEN,
            reason="Oma is altijd bereikbaar.",
        ),
    )
    plan = PlanDoc(
        id=1,
        plan_type=PlanType.FAMILIEGROEPSPLAN,
        title="Ons familiegroepsplan",
        family_name="Familie De Vries",
        status="vastgesteld",
        created_at=datetime(2026, 10, 1),
        updated_at=datetime(2026, 10, 14),
        evaluation_date=date(2026, 11, 9),
        plan_b="Dan bellen we oom Dennis.",
        sections=sections,
        participants=participants,
        goals=goals,
        agreements=agreements,
        advice=advice,
        included_private_notes=("Oma zei: samen komen we er wel uit.",),
    )
    return dataclasses.replace(plan, **changes)  # type: ignore[arg-type]


# --- reading PDFs back --------------------------------------------------------------------------------------


def run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def normalize(text: str) -> str:
    """Arabic presentation forms back to letters, direction marks out, all white space as single spaces."""
    return " ".join(_BIDI_MARKS.sub("", unicodedata.normalize("NFKC", text)).split())


def text_of(path: Path) -> str:
    return normalize(run("pdftotext", str(path), "-"))


def drawn_text_of(path: Path) -> str:
    """The text in the order the pages draw it: a table row by row, each row cell by cell.

    pdftotext's own reading order guesses columns and mixes the cells of one row with the next rows; this order
    keeps a row together. Right-to-left lines come out in visual order here, so check those with ``text_of``.
    """
    return normalize(run("pdftotext", "-raw", str(path), "-"))


def export(doc: PlanDoc, folder: Path, name: str = "plan.pdf") -> Path:
    target = folder / name
    export_plan_pdf(doc, target, today=TODAY)
    return target


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    path = export(make_plan(), tmp_path_factory.mktemp("pdf"))
    return path, text_of(path) if shutil.which("pdftotext") else ""


# --- content ------------------------------------------------------------------------------------------------


def test_dutch_date_needs_no_locale() -> None:
    assert dutch_date(date(2026, 11, 3)) == "3 november 2026"
    assert dutch_date(date(2027, 1, 1)) == "1 januari 2027"
    assert dutch_date(date(2027, 3, 15)) == "15 maart 2027"


def test_writes_a_pdf(full: tuple[Path, str]) -> None:
    path, _ = full
    assert path.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in path.parent.iterdir()] == ["plan.pdf"]


@needs_poppler
def test_cover_shows_type_family_status_and_dates(full: tuple[Path, str]) -> None:
    _, text = full
    for expected in (
        "Ons familiegroepsplan",
        "Familiegroepsplan",
        "Familie De Vries",
        "Status: Concept",  # stored as "vastgesteld", but without a version state nothing is agreed
        "Afgedrukt op: 14 oktober 2026",
        "Evaluatie: 9 november 2026",
    ):
        assert expected in text


@needs_poppler
def test_every_section_heading_and_text_is_printed(full: tuple[Path, str]) -> None:
    _, text = full
    doc = make_plan()
    for sec in doc.sections:
        if sec.skipped:
            continue
        assert normalize(sec.title) in text
        for line in sec.text.splitlines():
            assert normalize(line) in text, line


@needs_poppler
def test_skipped_sections_are_left_out(full: tuple[Path, str]) -> None:
    _, text = full
    assert "Wat de kinderen zeggen" not in text
    assert "Dit deel slaan we over." not in text


@needs_poppler
def test_empty_section_says_not_filled_in(full: tuple[Path, str]) -> None:
    _, text = full
    assert "Wat gaat goed Nog niet ingevuld." in text


@needs_poppler
def test_structured_sections(full: tuple[Path, str]) -> None:
    path, text = full
    # people and network tables with roles in plain Dutch
    for expected in ("Sanne de Vries", "Oma Ria", "Netwerk", "Gezin", "Professional", "Vrienden en buren"):
        assert expected in text
    # goals, numbered
    assert "1. Jesse gaat elke dag naar school." in text
    assert "2. Er is minder ruzie thuis." in text
    # agreements: a row each under their goal, numbered on, with who, when (and the due date), status and who checks
    rows = drawn_text_of(path)
    rows = rows[rows.index("Onze afspraken") :]
    assert "Afspraak Wie Wanneer Status" in rows
    assert (
        "Doel 1: Jesse gaat elke dag naar school. "
        "1. Oma brengt Jesse naar school. Hoe weten we dat het lukt? Jesse is op school. "
        "Oma Ria Checkt: Sanne de Vries Elke maandag, uiterlijk 18 december 2026 Bezig "
        "2. Mama belt de mentor. Sanne de Vries — Gedaan "
        "Doel 2: Er is minder ruzie thuis. "
        "3. Veiligheidsafspraak Bij ruzie gaan de kinderen naar oma. Oma Ria, (naam niet genoemd) — Nog niet begonnen"
    ) in rows
    assert "Handtekening" in text and "Datum" in text


def test_agreements_without_a_goal_follow_under_their_own_heading(tmp_path: Path) -> None:
    doc = make_plan(
        agreements=(
            AgreementDoc(1, "Oma kookt op woensdag.", goal_id=2, who=("Oma Ria",), who_ids=(2,)),
            AgreementDoc(2, "Papa maakt de fiets.", position=1),
        ),
        advice=(),
    )
    rows = drawn_text_of(export(doc, tmp_path))
    assert "Doel 2: Er is minder ruzie thuis. 1. Oma kookt op woensdag. Oma Ria — Nog niet begonnen" in rows
    assert "Andere afspraken 2. Papa maakt de fiets. — — Nog niet begonnen" in rows
    assert "Doel 1:" not in rows  # a goal without agreements gets no empty group

    alone = drawn_text_of(export(make_plan(goals=(), agreements=doc.agreements[1:], advice=()), tmp_path, "b.pdf"))
    assert "1. Papa maakt de fiets." in alone and "Andere afspraken" not in alone


@needs_poppler
def test_people_without_consent_are_not_named(full: tuple[Path, str]) -> None:
    path, text = full
    assert "Geheime Buurman" not in text
    assert "(naam niet genoemd)" in text
    assert "Oma Ria, (naam niet genoemd)" in drawn_text_of(path)  # in the agreement's "Wie"


@needs_poppler
def test_private_notes_and_plan_b(full: tuple[Path, str]) -> None:
    _, text = full
    assert "Uit onze eigen tijd" in text
    assert "Oma zei: samen komen we er wel uit." in text
    # no plan-B section in this plan, so the plan's own plan B gets its heading, before the signatures
    assert "Als het anders loopt Dan bellen we oom Dennis." in text
    assert text.index("Als het anders loopt") < text.index("Handtekeningen")


@needs_poppler
def test_plan_b_section_text_wins_over_plan_b_field(tmp_path: Path) -> None:
    doc = make_plan(
        sections=(section("plan_b", "Als het anders loopt", 0, "Dan gaan we naar oma."),),
        advice=(),
        included_private_notes=(),
    )
    text = text_of(export(doc, tmp_path))
    assert "Dan gaan we naar oma." in text
    assert "Dan bellen we oom Dennis." not in text
    assert text.count("Als het anders loopt") == 1


@needs_poppler
def test_advice_appendix_shows_conditions_first_and_the_familys_answer(full: tuple[Path, str]) -> None:
    _, text = full
    appendix = text[text.index("Bijlage: informatie en advies van professionals") :]
    assert appendix.index("Voorwaarden (bindend)") < appendix.index("Voorwaarde van Petra Jansen")
    assert appendix.index("Voorwaarde van Petra Jansen") < appendix.index("Advies van Karin Prof")
    for expected in (
        "Wettelijke grond: Ondertoezichtstelling, art. 1:255 BW",
        "Jeugdbescherming · 11 oktober 2026 · Gaat over: Onze afspraken",
        "Wijkteam Noord · 12 oktober 2026 · Gaat over: Het hele plan",
        "Ons antwoord: Overgenomen Oma is altijd bereikbaar.",
        "Ons antwoord: Deels overgenomen We doen het eerste gesprek met oom Dennis.",
    ):
        assert expected in appendix


@needs_poppler
def test_no_advice_means_no_appendix(tmp_path: Path) -> None:
    text = text_of(export(make_plan(advice=()), tmp_path))
    assert "Bijlage" not in text
    assert "Ons antwoord" not in text


@needs_poppler
def test_unanswered_advice_says_so(tmp_path: Path) -> None:
    item = AdviceDoc(1, AdviceKind.INFORMATIE, "Jeroen", "Gemeente", "Uitleg.", date(2026, 11, 5))
    text = text_of(export(make_plan(advice=(item,)), tmp_path))
    assert "Informatie van Jeroen" in text
    assert "Ons antwoord: Nog niet beantwoord" in text


@needs_poppler
def test_persoonlijk_plan_shows_melding_date(tmp_path: Path) -> None:
    doc = make_plan(
        plan_type=PlanType.PERSOONLIJK_PLAN,
        title="Mijn persoonlijk plan",
        family_name="Wim de Vries",
        status="concept",
        melding_date=date(2026, 11, 3),
    )
    text = text_of(export(doc, tmp_path))
    assert "Persoonlijk plan (Wmo)" in text
    assert "Datum van de melding: 3 november 2026" in text
    assert "Status: Concept" in text
    assert "Mijn antwoord: Overgenomen" in text


@needs_poppler
def test_footer_has_title_and_page_count(full: tuple[Path, str]) -> None:
    path, _ = full
    pages = int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", str(path)))[1])  # type: ignore[index]
    assert pages >= 2
    for number in (1, pages):
        page = normalize(run("pdftotext", "-f", str(number), "-l", str(number), str(path), "-"))
        assert f"Pagina {number} van {pages}" in page
        assert "Ons familiegroepsplan" in page


# --- fonts and scripts --------------------------------------------------------------------------------------


@needs_poppler
def test_all_fonts_are_embedded(full: tuple[Path, str]) -> None:
    path, _ = full
    rows = run("pdffonts", str(path)).splitlines()[2:]
    assert rows, "no fonts listed"
    names = " ".join(row.split()[0] for row in rows)
    assert "DejaVuSans" in names and "DejaVuSans-Bold" in names
    for row in rows:
        # name type encoding emb sub uni object-id: read from the right, a name never holds spaces here
        assert row.split()[-5] == "yes", row


@needs_poppler
def test_polish_turkish_and_arabic_survive(full: tuple[Path, str]) -> None:
    _, text = full
    assert POLISH in text
    assert TURKISH in text
    for word in ARABIC.split():
        assert word in text, word


@needs_poppler
def test_wrapped_arabic_paragraph_keeps_line_order_and_is_right_aligned(tmp_path: Path) -> None:
    first, last = "البداية", "النهاية"
    filler = " ".join(["كلمات عربية كثيرة"] * 9)
    doc = make_plan(sections=(section("s", "Arabisch", 0, f"{first} {filler} {last}"),), advice=())
    path = export(doc, tmp_path)
    lines = [normalize(line) for line in run("pdftotext", str(path), "-").splitlines() if pdf._has_rtl(line)]
    assert len(lines) >= 2, lines
    assert first in lines[0] and last not in lines[0]
    assert last in lines[-1] and first not in lines[-1]
    # right-aligned: the Arabic words end at the right margin, about 62 pt from the page edge of 595 pt
    boxes = re.findall(
        r'xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', run("pdftotext", "-bbox", str(path), "-")
    )
    arabic_right = max(float(x) for x, word in boxes if pdf._has_rtl(word))
    assert arabic_right > 595 - 62 - 8


@needs_poppler
def test_mixed_dutch_and_arabic_line_reads_left_to_right(tmp_path: Path) -> None:
    line = "Onze buurvrouw heet فاطمة الزهراء en zij helpt ons elke week."
    doc = make_plan(sections=(section("s", "Gemengd", 0, line),), advice=())
    text = text_of(export(doc, tmp_path))
    assert "Onze buurvrouw heet" in text
    assert "en zij helpt ons elke week." in text
    assert "فاطمة" in text and "الزهراء" in text


@needs_poppler
def test_tigrinya_prints_in_its_own_font(tmp_path: Path) -> None:
    doc = make_plan(
        title=f"Ons plan {TIGRINYA}",
        sections=(section("s", f"Titel {TIGRINYA}", 0, f"Oma zegt: {TIGRINYA}."),),
        advice=(),
    )
    path = export(doc, tmp_path)
    text = text_of(path)
    assert f"Titel {TIGRINYA}" in text
    assert f"Oma zegt: {TIGRINYA}." in text
    fonts = run("pdffonts", str(path))
    assert "NotoSansEthiopic-Regular" in fonts and "NotoSansEthiopic-Bold" in fonts


def test_visual_lines_wrap_before_reordering() -> None:
    fonts = pdf._load_fonts(pdf.fonts_dir())
    words = [f"{a}ا{b}" for a in "بتثجحخ" for b in "سشصضطظ"]  # 36 different words, letters only
    lines, rtl = pdf._visual_lines(" ".join(words), fonts, fonts.regular, 11, 200)
    assert rtl and len(lines) > 2
    # each printed line is reversed on its own: the first line holds the first words, read from the right
    printed = [normalize(line[::-1]).split() for line in lines]
    assert [word for line in printed for word in line] == words


# --- safety -------------------------------------------------------------------------------------------------


@needs_poppler
def test_hostile_markup_prints_literally_and_embeds_nothing(tmp_path: Path) -> None:
    sections = (
        section("a", HOSTILE, 0, HOSTILE),
        section("b", "Mensen " + HOSTILE, 1, HOSTILE, "people"),
        section("c", "Afspraken", 2, "", "agreements"),
        section("d", "Netwerk", 3, "", "network"),
        section("e", "Doelen", 4, "", "goals"),
        section("f", "Handtekeningen", 5, "", "signatures"),
    )
    doc = make_plan(
        title=HOSTILE,
        family_name=HOSTILE,
        meeting_place=HOSTILE,
        plan_b=HOSTILE,
        sections=sections,
        participants=(ParticipantDoc(1, HOSTILE, Role.GEZIN, relation=HOSTILE, support=(HOSTILE,)),),
        goals=(GoalDoc(1, HOSTILE),),
        agreements=(
            AgreementDoc(
                1, HOSTILE, goal_id=1, who=(HOSTILE,), when_text=HOSTILE, how_we_know=HOSTILE, checker=HOSTILE
            ),
        ),
        advice=(
            AdviceDoc(
                1,
                AdviceKind.VOORWAARDE,
                HOSTILE,
                HOSTILE,
                HOSTILE,
                date(2026, 1, 1),
                legal_basis=HOSTILE,
                section_title=HOSTILE,
                reason=HOSTILE,
            ),
        ),
        included_private_notes=(HOSTILE, "<i>nooit gesloten"),
    )
    path = export(doc, tmp_path)
    text = text_of(path)
    assert text.count("<img src='/etc/passwd'/>") >= 15
    assert "<font name=x>boe</font>" in text
    assert "<i>open & <a href='file:///etc/passwd'>klik</a>" in text
    assert "<i>nooit gesloten" in text
    assert run("pdfimages", "-list", str(path)).splitlines()[2:] == []
    raw = path.read_bytes()
    assert b"/Subtype /Image" not in raw and b"/XObject" not in raw
    assert b"/URI" not in raw and b"/Annots" not in raw
    assert len(raw) < 200_000


def test_long_text_flows_over_pages(tmp_path: Path) -> None:
    long_text = ("Dit is een lange zin over wat we samen willen bereiken. " * 600)[:30_000]
    doc = make_plan(
        sections=(section("a", "Lang verhaal", 0, long_text), section("b", "Afspraken", 1, "", "agreements")),
        agreements=(AgreementDoc(1, long_text[:4000], how_we_know="x" * 3000),),
        advice=(),
    )
    path = export(doc, tmp_path)
    if shutil.which("pdfinfo"):
        pages = int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", str(path)))[1])  # type: ignore[index]
        assert pages >= 8


# --- writing the file ---------------------------------------------------------------------------------------


def test_missing_folder_raises_pdf_error(tmp_path: Path) -> None:
    target = tmp_path / "bestaat-niet" / "plan.pdf"
    with pytest.raises(PdfError) as caught:
        export_plan_pdf(make_plan(), target)
    assert str(caught.value) == pdf.MSG_FOLDER
    assert isinstance(caught.value, UserError) and isinstance(caught.value.__cause__, OSError)
    assert list(tmp_path.iterdir()) == []


def test_folder_that_is_a_file_raises_pdf_error(tmp_path: Path) -> None:
    blocker = tmp_path / "geen-map"
    blocker.write_text("x")
    with pytest.raises(PdfError, match="Kies een andere map"):
        export_plan_pdf(make_plan(), blocker / "plan.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["geen-map"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may write anywhere")
def test_read_only_folder_raises_pdf_error(tmp_path: Path) -> None:
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(PdfError, match="Kies een andere map"):
            export_plan_pdf(make_plan(), folder / "plan.pdf")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_failure_while_building_keeps_old_file_and_leaves_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"het oude plan")

    def broken_render(story: object, path: Path, *args: object) -> None:
        path.write_bytes(b"%PDF-half")
        raise RuntimeError("kapot halverwege")

    monkeypatch.setattr(pdf, "_render", broken_render)
    with pytest.raises(PdfError) as caught:
        export_plan_pdf(make_plan(), target)
    assert str(caught.value) == pdf.MSG_GENERAL
    assert isinstance(caught.value.__cause__, RuntimeError)
    assert target.read_bytes() == b"het oude plan"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_file_held_open_keeps_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"het oude plan")

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "in gebruik")

    monkeypatch.setattr(pdf.os, "replace", refuse)
    with pytest.raises(PdfError) as caught:
        export_plan_pdf(make_plan(), target)
    assert str(caught.value) == pdf.MSG_IN_USE
    assert target.read_bytes() == b"het oude plan"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_existing_file_is_replaced_on_success(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"het oude plan")
    export_plan_pdf(make_plan(advice=()), target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_missing_fonts_raise_pdf_error(tmp_path: Path) -> None:
    with pytest.raises(PdfError) as caught:
        export_plan_pdf(make_plan(), tmp_path / "plan.pdf", fonts=tmp_path / "geen-fonts")
    assert str(caught.value) == pdf.MSG_FONTS
    assert list(tmp_path.iterdir()) == []
