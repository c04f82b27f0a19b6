"""The appendix: what professionals told and advised, each set apart behind a rule, with the answer under it."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from models import AdviceAnswer, AdviceKind
from wijkteam.i18n import QT_TRANSLATE_NOOP
from wijkteam.pdf.flowables import RuledBlock
from wijkteam.pdf.labels import ADVICE_KIND_LABELS, ANSWER_LABELS, status_label
from wijkteam.pdf.words import choice, day, fill, word
from wijkteam.pdf.writer import PlanWriter
from wijkteam.services.dto import AdviceDoc

APPENDIX_START = 70 * mm


def appendix(w: PlanWriter, *, conditions_at: str | None = None) -> list[Flowable]:
    """``conditions_at``: the title of the part where the conditions printed already; then they are named, once."""
    advice = list(w.doc.advice)
    if not advice:
        return []
    s = w.s
    intro = (
        word(QT_TRANSLATE_NOOP("Pdf", "Hier staat wat professionals vertelden en adviseerden. Hun tekst staat apart, "
                                      "met een streep ervoor. Onder elk stuk staat wat ik ermee doe."))
        if w.personal
        else word(QT_TRANSLATE_NOOP("Pdf", "Hier staat wat professionals vertelden en adviseerden. Hun tekst staat "
                                           "apart, met een streep ervoor. Onder elk stuk staat wat wij ermee doen."))
    )
    free = (
        word(QT_TRANSLATE_NOOP("Pdf", "Informatie en advies zijn niet bindend. Ik beslis zelf wat ik ermee doe."))
        if w.personal
        else word(QT_TRANSLATE_NOOP("Pdf", "Informatie en advies zijn niet bindend. Wij beslissen zelf wat we ermee "
                                           "doen."))
    )
    groups = [
        (
            word(QT_TRANSLATE_NOOP("Pdf", "Voorwaarden (bindend)")),
            word(QT_TRANSLATE_NOOP("Pdf", "Een voorwaarde moet in het plan terugkomen. Een professional mag die alleen "
                                          "stellen als de wet dat toestaat. Daarom staat de wet erbij.")),
            [a for a in advice if a.kind == AdviceKind.VOORWAARDE],
        ),
        (word(QT_TRANSLATE_NOOP("Pdf", "Informatie en advies")), free,
         [a for a in advice if a.kind != AdviceKind.VOORWAARDE]),
    ]
    # No page of its own: a new page would often leave most of the last page of the plan empty. Room for the
    # heading, the sentence under it and the start of the first item is enough.
    out: list[Flowable] = [
        CondPageBreak(APPENDIX_START),
        w.say(word(QT_TRANSLATE_NOOP("Pdf", "Bijlage: informatie en advies van professionals")), s.h1),
        w.say(intro, s.body),
    ]
    if conditions_at is not None:
        out.append(KeepTogether([w.say(groups[0][0], s.h2), w.say(groups[0][1], s.note), w.rich(
            s.note, ("t", word(QT_TRANSLATE_NOOP("Pdf", "Ze staan bovenaan het deel")) + " "), ("u", conditions_at),
            ("t", "."))]))
        groups = groups[1:]
    for title, note, items in groups:
        for index, item in enumerate(items):
            lead = [w.say(title, s.h2), w.say(note, s.note)] if index == 0 else []
            # Advice and the family's answer belong on one page; a group title stays with its first item.
            out.append(KeepTogether(lead + advice_item(w, item)))
    return out


def advice_item(w: PlanWriter, item: AdviceDoc, *, must_meet: bool = False) -> list[Flowable]:
    """One item set apart behind a rule (the professional's words), with the family's answer under it.

    ``must_meet``: a condition at the top of the safety part, whose head says that the plan must meet it."""
    s = w.s
    label = choice(status_label(ADVICE_KIND_LABELS, item.kind))
    head: list[tuple[str, str]] = [("t", fill(QT_TRANSLATE_NOOP("Pdf", "%1 van"), label) + " "),
                                   ("u", item.author_name.strip() or "?")]
    if must_meet:
        head.append(("t", ". " + word(QT_TRANSLATE_NOOP("Pdf", "Ons plan moet hieraan voldoen."))))
    inner: list[Flowable] = [w.rich(s.advice_head, *head)]
    meta: list[tuple[str, str]] = []
    if item.organisation.strip():
        meta += [("u", item.organisation.strip()), ("t", " · ")]
    meta += [("t", day(item.given_on)), ("t", " · " + word(QT_TRANSLATE_NOOP("Pdf", "Gaat over:")) + " ")]
    meta.append(("u", item.section_title.strip()) if item.section_title.strip()
                else ("t", word(QT_TRANSLATE_NOOP("Pdf", "Het hele plan"))))
    inner.append(w.rich(s.meta, *meta))
    if item.kind == AdviceKind.VOORWAARDE:
        basis = item.legal_basis.strip()
        inner.append(
            w.rich(s.meta, ("b", word(QT_TRANSLATE_NOOP("Pdf", "Wettelijke grond:")) + " "),
                   ("u", basis) if basis else ("t", word(QT_TRANSLATE_NOOP("Pdf", "niet vermeld"))))
        )
    inner += w.text(item.text, s.body) if item.text.strip() else [
        w.say(word(QT_TRANSLATE_NOOP("Pdf", "(geen tekst)")), s.empty)]
    answer_label = (word(QT_TRANSLATE_NOOP("Pdf", "Mijn antwoord:")) if w.personal
                    else word(QT_TRANSLATE_NOOP("Pdf", "Ons antwoord:")))
    answered = ANSWER_LABELS.get(item.answer, ANSWER_LABELS[AdviceAnswer.OPEN])
    answer: list[Flowable] = [w.rich(s.answer, ("b", answer_label + " "), ("t", choice(answered)))]
    if item.reason.strip():
        answer += w.text(item.reason, s.body)
    return [RuledBlock(inner), *answer, Spacer(1, 10)]
