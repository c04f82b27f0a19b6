"""Printing a plan. ReportLab is imported only when a PDF is really made."""

from __future__ import annotations

from pathlib import Path

from wijkteam.services.plans import PlanService


class ExportService:
    def __init__(self, plans: PlanService) -> None:
        self._plans = plans

    def export_pdf(self, plan_id: int, target: Path) -> Path:
        """Write the plan as a PDF. Raises UserError (NotFoundError, or PdfError for the file) with a Dutch sentence."""
        doc = self._plans.get_plan(plan_id)
        from wijkteam.pdf import export_plan_pdf

        export_plan_pdf(doc, Path(target))
        return Path(target)
