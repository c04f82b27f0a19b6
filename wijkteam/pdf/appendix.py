"""The appendix: what professionals told and advised, each set apart behind a rule, with the answer under it."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from models import AdviceKind
from wijkteam.pdf.flowables import RuledBlock
from wijkteam.pdf.labels import ADVICE_KIND_LABELS, ANSWER_LABELS, dutch_date
from wijkteam.pdf.writer import PlanWriter
from wijkteam.services.dto import AdviceDoc


def appendix(w: PlanWriter) -> list[Flowable]:
    advice = list(w.doc.advice)
    if not advice:
        return []
    s = w.s
    intro = (
        "Hier staat wat professionals vertelden en adviseerden. "
        "Hun tekst staat apart, met een streep ervoor. "
        + (
            "Onder elk stuk staat wat ik ermee doe."
            if w.personal
            else "Onder elk stuk staat wat wij ermee doen."
        )
    )
    free = (
        "Informatie en advies zijn niet bindend. Ik beslis zelf wat ik ermee doe."
        if w.personal
        else "Informatie en advies zijn niet bindend. Wij beslissen zelf wat we ermee doen."
    )
    groups = [
        (
            "Voorwaarden (bindend)",
            "Een voorwaarde moet in het plan terugkomen. Een professional mag die alleen stellen "
            "als de wet dat toestaat. Daarom staat de wet erbij.",
            [a for a in advice if a.kind == AdviceKind.VOORWAARDE],
        ),
        ("Informatie en advies", free, [a for a in advice if a.kind != AdviceKind.VOORWAARDE]),
    ]
    out: list[Flowable] = [
        PageBreak(),
        Paragraph("Bijlage: informatie en advies van professionals", s.h1),
        Paragraph(escape(intro), s.body),
    ]
    for title, note, items in groups:
        for index, item in enumerate(items):
            lead = [Paragraph(escape(title), s.h2), Paragraph(escape(note), s.note)] if index == 0 else []
            # Advice and the family's answer belong on one page; a group title stays with its first item.
            out.append(KeepTogether(lead + _advice_item(w, item)))
    return out


def _advice_item(w: PlanWriter, item: AdviceDoc) -> list[Flowable]:
    s = w.s
    label = ADVICE_KIND_LABELS.get(item.kind, "Advies")
    inner: list[Flowable] = [
        w.rich(s.advice_head, ("t", f"{label} van "), ("u", item.author_name.strip() or "?"))
    ]
    meta: list[tuple[str, str]] = []
    if item.organisation.strip():
        meta += [("u", item.organisation.strip()), ("t", " · ")]
    meta += [("t", dutch_date(item.given_on)), ("t", " · Gaat over: ")]
    meta.append(("u", item.section_title.strip()) if item.section_title.strip() else ("t", "Het hele plan"))
    inner.append(w.rich(s.meta, *meta))
    if item.kind == AdviceKind.VOORWAARDE:
        basis = item.legal_basis.strip()
        inner.append(
            w.rich(s.meta, ("b", "Wettelijke grond: "), ("u", basis) if basis else ("t", "niet vermeld"))
        )
    inner += w.text(item.text, s.body) if item.text.strip() else [Paragraph("(geen tekst)", s.empty)]
    answer_label = "Mijn antwoord: " if w.personal else "Ons antwoord: "
    answer: list[Flowable] = [
        w.rich(s.answer, ("b", answer_label), ("t", ANSWER_LABELS.get(item.answer, "Nog niet beantwoord")))
    ]
    if item.reason.strip():
        answer += w.text(item.reason, s.body)
    return [RuledBlock(inner), *answer, Spacer(1, 10)]
