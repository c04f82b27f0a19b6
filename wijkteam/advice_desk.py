"""Giving advice on a family's plan file, in the window, without keeping any of the plan.

``ReadingCopy.open`` reads the ``.wijkplan`` as strictly as the family's import does and puts it into a database that
lives only in memory (``wijkteam.db.open_memory_database``), with the ordinary services on top: the editor shows it
as it shows any plan, and the professional's advice goes in through ``AdviceService.add_advice`` with all its checks.
``save`` writes the advice given here to a ``.wijkadvies`` file, as ``wijkteam export-advice`` does; ``close`` drops
the database. The professional's own plans are never opened, and nothing of the family's plan reaches a disk.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from models import AdviceKind
from wijkteam import advicefile, planfile
from wijkteam.atomic import save_bytes
from wijkteam.formats.strict_json import dump_json
from wijkteam.services import Services
from wijkteam.services.dto import AdviceDoc

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SavedAdviceFile:
    path: Path
    items: int  # all items in the file now, those that were there before included


class ReadingCopy:
    """One family's plan, in memory, for one professional to read and give advice on."""

    def __init__(self, engine: Engine, document: dict[str, Any]) -> None:
        self._engine: Engine | None = engine
        self._plan = document["plan"]
        self.services = Services.for_engine(engine)
        self.plan_id = self.services.planfiles.import_document(document)
        # Advice the family had already received travels in their plan file; it is theirs, not given here.
        self._before = {doc.id for doc in self.services.advice.list_advice(self.plan_id)}
        self._saved: tuple[tuple[Any, ...], ...] = ()

    @classmethod
    def open(cls, source: Path | str) -> ReadingCopy:
        """Read a plan file. Raises PlanFileError with one Dutch sentence, as the import would; writes nothing."""
        from wijkteam.db import open_memory_database

        document = planfile.read_document(Path(source))
        engine = open_memory_database()
        try:
            return cls(engine, document)
        except SQLAlchemyError as exc:
            engine.dispose()
            # The checks above let nothing through that the database refuses; should it happen, one sentence.
            log.warning("A checked plan file did not fit the database in memory (%s)", type(exc).__name__)
            raise planfile.PlanFileError(planfile.MSG_NOT_PLAN_FILE) from None
        except BaseException:
            engine.dispose()
            raise

    @property
    def title(self) -> str:
        return str(self._plan["title"])

    def given_here(self) -> list[AdviceDoc]:
        """The advice the professional added in this window, oldest first; none once the copy is closed."""
        if self._engine is None:
            return []  # a new connection to the closed memory database would find it empty, without tables
        return [doc for doc in self.services.advice.list_advice(self.plan_id) if doc.id not in self._before]

    def items(self) -> list[dict[str, Any]]:
        """The advice given here as the items of an advice file, each checked as the file's reader checks it."""
        keys = {section.id: section.key for section in self.services.plans.get_plan(self.plan_id).sections}
        return [
            advicefile.make_item(
                advicefile.AdviceDraft(
                    author_name=doc.author_name, text=doc.text, kind=AdviceKind(doc.kind).value,
                    organisation=doc.organisation, legal_basis=doc.legal_basis,
                    section=keys.get(doc.section_id) if doc.section_id else None,
                    given_on=doc.given_on,
                ),
                self._plan,
            )
            for doc in self.given_here()
        ]

    @property
    def unsaved(self) -> bool:
        """True when advice was given (or changed) here since it was last saved."""
        return self._signature() != self._saved

    def _signature(self) -> tuple[tuple[Any, ...], ...]:
        return tuple((d.kind, d.author_name, d.organisation, d.legal_basis, d.section_id, d.text, d.given_on)
                     for d in self.given_here())

    def save(self, target: Path | str, *, now: datetime | None = None) -> SavedAdviceFile:
        """Write the advice given here to ``target``, completely or not at all.

        An existing file must be an advice file for this same plan: its items stay, and what is given here is added
        once (saving twice to the same file adds nothing twice). Anything else, a plan file too, is refused with one
        Dutch sentence (AdviceFileError) and left as it was.
        """
        items = self.items()
        if not items:
            raise advicefile.AdviceFileError(advicefile.MSG_NO_ADVICE)
        target = Path(target)
        kept: list[dict[str, Any]] = []
        if target.exists():
            existing = advicefile.read_document(target)
            fingerprint = advicefile.plan_fingerprint(self._plan["type"], self._plan["created_at"])
            if existing["for_plan"]["fingerprint"] != fingerprint:
                raise advicefile.AdviceFileError(advicefile.MSG_OTHER_PLAN)
            kept = [item for item in existing["advice"] if item not in items]
        if len(kept) + len(items) > advicefile.MAX_ITEMS:
            raise advicefile.AdviceFileError(advicefile.MSG_FULL)
        document = advicefile.new_document(self._plan, [*kept, *items], written_at=now or datetime.now().astimezone())
        advicefile.check_document(document)  # never a file the family's app would refuse
        written = save_bytes(target, dump_json(document), advicefile.WRITE_WORDS)
        self._saved = self._signature()
        log.info("Advice file written from the window: %s items", len(document["advice"]))
        return SavedAdviceFile(written, len(document["advice"]))

    def close(self) -> None:
        """Drop the plan: the memory database goes, and with it every row of the family's plan."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
