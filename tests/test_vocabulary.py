"""One vocabulary: every choice has one Dutch word, used alike by the PDF, the diff, the history and the CLI."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from models import AdviceAnswer, AdviceKind, AgreementStatus, PlanStatus, PlanType, Role, SectionState, Sector
from wijkteam import vocabulary
from wijkteam.deadlines import DueKind
from wijkteam.pdf import labels

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("enum", "words"), [
    (PlanType, vocabulary.PLAN_TYPES), (PlanStatus, vocabulary.PLAN_STATUSES), (Role, vocabulary.ROLES),
    (Sector, vocabulary.SECTORS), (AgreementStatus, vocabulary.AGREEMENT_STATUSES),
    (AdviceKind, vocabulary.ADVICE_KINDS), (AdviceKind, vocabulary.ADVICE_KINDS_WITH_ARTICLE),
    (AdviceAnswer, vocabulary.ADVICE_ANSWERS), (SectionState, vocabulary.SECTION_STATES),
    (DueKind, vocabulary.DUE_KINDS),
], ids=lambda value: getattr(value, "__name__", ""))
def test_every_choice_has_exactly_one_word(enum: type, words: dict[str, str]) -> None:
    assert set(words) == {member.value for member in enum}
    assert all(word.strip() == word and word for word in words.values())


def test_the_pdf_speaks_the_vocabulary() -> None:
    assert labels.ANSWER_LABELS is vocabulary.ADVICE_ANSWERS
    assert labels.ROLE_LABELS is vocabulary.ROLES
    assert labels.dutch_date(date(2026, 3, 3)) == "3 maart 2026"
    personal = PlanType.PERSOONLIJK_PLAN
    assert labels.PLAN_TYPE_LABELS[personal].startswith(vocabulary.PLAN_TYPES[personal])


def test_the_diff_says_the_same_answer_as_the_pdf() -> None:
    from wijkteam.plan_diff import differences

    before = {"advice": [{"ref": "adv1", "kind": "advies", "author_name": "Joost", "organisation": "", "text": "Rust.",
                          "legal_basis": "", "given_on": "2026-03-01", "section": None,
                          "response": {"answer": "overgenomen", "reason": "",
                                       "updated_at": "2026-03-02T10:00:00+00:00"}}]}
    after = {"advice": [{**before["advice"][0], "response": None}]}
    texts = [d.text for d in differences(before, after)]
    assert any(vocabulary.inline(vocabulary.ADVICE_ANSWERS[AdviceAnswer.OPEN]) in text for text in texts), texts


def test_labels_inside_sentences_and_unknown_values() -> None:
    assert vocabulary.inline("Nog niet beantwoord") == "nog niet beantwoord"
    assert vocabulary.label(vocabulary.AGREEMENT_STATUSES, "op_pauze") == "Op pauze"
    assert vocabulary.label(vocabulary.CLOSENESS, 1) == "Heel dichtbij"
    assert vocabulary.count(1, "dag", "dagen") == "1 dag" and vocabulary.count(0, "dag", "dagen") == "0 dagen"


@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None and not (ROOT / ".venv/bin/pyside6-lupdate").exists(),
                    reason="pyside6-lupdate is not installed")
def test_the_translation_tools_find_every_word(tmp_path: Path) -> None:
    tool = shutil.which("pyside6-lupdate") or str(ROOT / ".venv/bin/pyside6-lupdate")
    target = tmp_path / "vocabulary.ts"
    subprocess.run([tool, str(ROOT / "wijkteam" / "vocabulary.py"), "-ts", str(target)], check=True,
                   capture_output=True)
    ts = target.read_text(encoding="utf-8")
    assert "<name>Vocabulary</name>" in ts
    words = {w for mapping in (vocabulary.PLAN_TYPES, vocabulary.ROLES, vocabulary.SECTORS, vocabulary.CLOSENESS,
                               vocabulary.SUPPORT, vocabulary.AGREEMENT_STATUSES, vocabulary.ADVICE_KINDS,
                               vocabulary.ADVICE_ANSWERS, vocabulary.SECTION_STATES, vocabulary.DUE_KINDS)
             for w in mapping.values()} | set(vocabulary.MONTHS)
    missing = [w for w in words if f"<source>{w}</source>" not in ts]
    assert not missing


def test_the_screens_speak_the_vocabulary(qapp: object) -> None:
    from ui.advice.advice_wording import answer_name, kind_name
    from ui.common.wording import due_label, plan_type_name, state_name
    from ui.people.plan_parts_wording import closeness_names, role_names, sector_names, status_names, support_names

    assert {answer: answer_name(answer) for answer in AdviceAnswer} == dict(vocabulary.ADVICE_ANSWERS)
    assert kind_name(AdviceKind.VOORWAARDE).startswith(vocabulary.ADVICE_KINDS[AdviceKind.VOORWAARDE])
    assert role_names() == dict(vocabulary.ROLES) and sector_names() == dict(vocabulary.SECTORS)
    assert closeness_names() == dict(vocabulary.CLOSENESS) and support_names() == dict(vocabulary.SUPPORT)
    assert status_names() == dict(vocabulary.AGREEMENT_STATUSES)
    assert plan_type_name(PlanType.FAMILIEGROEPSPLAN) == vocabulary.PLAN_TYPES[PlanType.FAMILIEGROEPSPLAN]
    assert state_name(SectionState.LEEG) == "nog leeg"
    assert due_label(DueKind.INLEVEREN) == vocabulary.DUE_KINDS[DueKind.INLEVEREN]
