"""The recovery code on one printable page. It names no plan and no person: only the code and what it is for."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from wijkteam.atomic import write_file
from wijkteam.keystore import format_recovery_code
from wijkteam.paths import fonts_dir

MSG_CANNOT_WRITE = "De pagina met de herstelcode kan niet worden bewaard in deze map: {folder}."

LINES = (
    "Met deze code opent u uw plannen in Ons Plan als u uw wachtwoord vergeten bent.",
    "Niemand anders kan uw plannen openen. Ook de makers van Ons Plan niet.",
    "Bewaar dit papier op een veilige plek. Niet bij de laptop, en niet in de laptoptas.",
    "Maakt u later een nieuwe herstelcode? Dan werkt deze code niet meer. Gooi dit papier dan weg.",
)


def write_recovery_pdf(code: str, target: Path, made_on: date | None = None) -> Path:
    """Write the one-page PDF, completely or not at all. Raises StorageError with one Dutch sentence."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    from wijkteam.pdf.fonts import load_fonts
    from wijkteam.pdf.labels import dutch_date

    fonts = load_fonts(fonts_dir())
    target = Path(target)
    width, height = A4
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, pageCompression=1)
    page.setTitle("Herstelcode voor Ons Plan")
    page.setAuthor("Ons Plan")
    margin = 25 * mm
    y = height - 35 * mm
    page.setFont(fonts.bold, 22)
    page.drawString(margin, y, "Herstelcode voor Ons Plan")
    y -= 10 * mm
    page.setFont(fonts.regular, 11)
    page.drawString(margin, y, f"Gemaakt op {dutch_date(made_on or date.today())}")
    y -= 22 * mm
    page.setLineWidth(1.2)
    page.roundRect(margin, y - 8 * mm, width - 2 * margin, 26 * mm, 4 * mm)
    shown = format_recovery_code(code)
    size = min(20.0, (width - 2 * margin - 12 * mm) / stringWidth(shown, fonts.bold, 1))
    page.setFont(fonts.bold, size)
    page.drawCentredString(width / 2, y + 5 * mm - size * 0.35, shown)
    y -= 30 * mm
    page.setFont(fonts.regular, 13)
    for line in LINES:
        for part in _wrap(line, fonts.regular, 13, width - 2 * margin):
            page.drawString(margin, y, part)
            y -= 7 * mm
        y -= 3 * mm
    page.setFont(fonts.regular, 9)
    page.drawString(margin, 20 * mm, "Ons Plan werkt zonder internet. Deze code is nergens anders bewaard.")
    page.showPage()
    page.save()
    return write_file(target, [buffer.getvalue()], lambda _exc: MSG_CANNOT_WRITE.format(folder=target.parent))


def _wrap(text: str, font: str, size: float, room: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and stringWidth(candidate, font, size) > room:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines
