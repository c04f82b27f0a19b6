"""A copy without names ("Kopie zonder namen"): the plan as the family may show it to someone outside.

Every person of the plan becomes their relation or role ("moeder", "oma", "jeugdbeschermer"), the same person always
the same word, in every field and in free text. Contact details, the family's name and births go; private notes and
children's drawings never go along. The report says what was replaced, and lists the words with a capital that are
still in the text and may be names (of someone who is not in the plan, a school, a street), so the family can check.

``anonymise_plan`` works on a ``PlanDoc`` (for the PDF), ``anonymise_plan_file`` on a plan file's content; both are
pure functions. No Qt here, no database.
"""

from __future__ import annotations

from wijkteam.anonymise.anonymiser import Anonymiser, AnonymousReport
from wijkteam.anonymise.names import Found, Person
from wijkteam.anonymise.plan_doc import anonymise_plan
from wijkteam.anonymise.plan_file import anonymise_plan_file

__all__ = ["Anonymiser", "AnonymousReport", "Found", "Person", "anonymise_plan", "anonymise_plan_file"]
