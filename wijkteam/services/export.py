"""Printing a plan. ReportLab is imported only when a PDF is really made.

The window (on its export thread) and the CLI both come through ``ExportService.export_pdf``, so every PDF says the
same about itself: a concept, or which version, and who agreed to that version (see ``pdf.status``).
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from models import PlanStatus
from wijkteam.errors import InvalidInputError
from wijkteam.i18n import QT_TRANSLATE_NOOP
from wijkteam.services.dto import PlanDoc, PrintStateDoc, SignerDoc, VersionState

if TYPE_CHECKING:
    from wijkteam.anonymise import AnonymousReport
from wijkteam.services.plans import PlanService
from wijkteam.services.versions import VersionService, can_consent

MSG_NOBODY_INVITED = QT_TRANSLATE_NOOP("Errors", "Kies eerst wie u uitnodigt. Zet een vinkje bij die mensen.")


class ExportService:
    def __init__(self, plans: PlanService, versions: VersionService | None = None) -> None:
        self._plans = plans
        # The same database as the plans: the façade hands over only the plan service.
        self._versions = versions if versions is not None else VersionService(plans._engine_source)

    def export_pdf(self, plan_id: int, target: Path, *, today: date | None = None,
                   bilingual: bool | None = None, without_names: bool = False) -> Path:
        """Write the plan as a PDF, its own words in the plan's language, and also in Dutch when the family chose so
        for the plan (``bilingual`` overrides that choice for this PDF). ``without_names``: a copy without names
        (``wijkteam.anonymise``). Raises UserError (NotFoundError, or PdfError for the file) with a Dutch sentence."""
        doc = self.printable(plan_id, without_names=without_names)
        from wijkteam.pdf import export_plan_pdf

        export_plan_pdf(doc, Path(target), today=today,
                        bilingual=doc.print_bilingual if bilingual is None else bilingual)
        return Path(target)

    def unprintable(self, plan_id: int, *, without_names: bool = False) -> list[str]:
        """The characters of the plan that no font of the PDF can print, each once: to name before printing."""
        doc = self.printable(plan_id, without_names=without_names)
        from wijkteam.pdf import unprintable_characters

        return unprintable_characters(doc)

    def export_invitations(self, plan_id: int, target: Path, *, today: date | None = None) -> Path:
        """Write the invitation list (the people the family ticked to invite) as a PDF. Raises UserError."""
        doc = self._plans.get_plan(plan_id)
        if not any(p.invited for p in doc.participants):
            raise InvalidInputError(MSG_NOBODY_INVITED)
        from wijkteam.pdf.invitations import export_invitation_pdf

        export_invitation_pdf(doc, Path(target), today=today)
        return Path(target)

    def printable(self, plan_id: int, *, without_names: bool = False) -> PlanDoc:
        """The plan as it is printed, with what the print says about itself: concept or version, and who agreed."""
        doc = self._plans.get_plan(plan_id)
        # Read after the content: a change in between then makes the print a concept, never a claimed version.
        state = self._versions.state(plan_id)
        doc = dataclasses.replace(doc, print_state=print_state(state, doc))
        if without_names:
            from wijkteam.anonymise import anonymise_plan

            doc = anonymise_plan(doc)[0]
        return doc

    def without_names_report(self, plan_id: int) -> AnonymousReport:
        """What a copy without names replaces, and the words left in it that look like names. Raises UserError."""
        from wijkteam.services.anonymous import WithoutNamesService

        return WithoutNamesService(self._plans._engine_source).report(plan_id)


def print_state(state: VersionState, doc: PlanDoc) -> PrintStateDoc:
    """Only a consent to the last version counts, and only while the text is still that version."""
    last = state.last_version
    is_draft = state.is_draft or last is None
    agreed = {} if is_draft or last is None else {c.participant_id: c.agreed_at for c in last.consents}
    signers = tuple(
        SignerDoc(p.id, local_day(agreed[p.id]) if p.id in agreed else None)
        for p in doc.participants
        if can_consent(p)
    )
    return PrintStateDoc(
        is_draft=is_draft,
        closed=state.status == PlanStatus.AFGESLOTEN,
        version_number=last.number if last else None,
        version_day=local_day(last.created_at) if last else None,
        signers=signers,
    )


def local_day(moment: datetime) -> date:
    """The day on the family's clock. SQLite hands stored moments back without a zone; the app stores UTC."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone().date()
