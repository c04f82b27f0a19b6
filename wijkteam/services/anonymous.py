"""What a copy without names of a plan replaces (``wijkteam.anonymise``), read before the family writes one.

The plan file holds more than the PDF (process notes, the steps ticked off, frozen versions), so what it replaces is
what both replace: the family sees every word that may still be a name, whichever copy they choose.
"""

from __future__ import annotations

from wijkteam.anonymise import AnonymousReport, anonymise_plan_file
from wijkteam.services.base import Service
from wijkteam.services.planfiles import PlanFileService


class WithoutNamesService(Service):
    def report(self, plan_id: int) -> AnonymousReport:
        """What the copy without names says otherwise, and the words left that look like names. Raises UserError."""
        with self._session() as session:
            plan = self._plan(session, plan_id)
            content = PlanFileService._plan_content(session, plan, with_private=False)
        return anonymise_plan_file(content)[1]
