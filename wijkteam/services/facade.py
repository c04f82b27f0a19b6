"""The façade handed to the screens: they get services, never sessions.

Importing this module is cheap: the service classes, and with them SQLAlchemy, load only when services are made.
``Services.open`` goes one step further and opens the database on first use, so the window can show itself first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from wijkteam.services.advice import AdviceService
    from wijkteam.services.advicefiles import AdviceFileService
    from wijkteam.services.agreements import AgreementService
    from wijkteam.services.changes import ChangeService
    from wijkteam.services.erase import EraseService
    from wijkteam.services.export import ExportService
    from wijkteam.services.houses import HouseService
    from wijkteam.services.overview import OverviewService
    from wijkteam.services.people import PeopleService
    from wijkteam.services.planfiles import PlanFileService
    from wijkteam.services.plans import PlanService
    from wijkteam.services.private_notes import PrivateNoteService
    from wijkteam.services.process import ProcessService
    from wijkteam.services.versions import VersionService


class LazyEngine:
    """Opens (and migrates) the database the first time an engine is asked for, with the key of ``key``.

    ``key`` is asked for only then: the window shows itself and asks the passphrase before the database is opened.
    """

    def __init__(self, database: Path, backups: Path, key: Callable[[], bytes]) -> None:
        self.database = database
        self.backups = backups
        self._key = key
        self._engine: Engine | None = None

    def __call__(self) -> Engine:
        if self._engine is None:
            from wijkteam import preload

            preload.wait()  # see wijkteam.preload: one thread imports the database layer at a time
            from wijkteam.db import open_database

            self._engine = open_database(self.database, self.backups, self._key())
        return self._engine

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None


@dataclass(frozen=True)
class Services:
    plans: PlanService
    people: PeopleService
    agreements: AgreementService
    advice: AdviceService
    process: ProcessService
    export: ExportService
    planfiles: PlanFileService
    overview: OverviewService
    advicefiles: AdviceFileService
    private_notes: PrivateNoteService
    versions: VersionService
    erase: EraseService
    changes: ChangeService
    houses: HouseService
    _lazy: LazyEngine | None = field(default=None, repr=False, compare=False)

    @classmethod
    def for_engine(cls, engine: Engine | LazyEngine) -> Services:
        from wijkteam.services.advice import AdviceService
        from wijkteam.services.advicefiles import AdviceFileService
        from wijkteam.services.agreements import AgreementService
        from wijkteam.services.changes import ChangeService
        from wijkteam.services.erase import EraseService
        from wijkteam.services.export import ExportService
        from wijkteam.services.houses import HouseService
        from wijkteam.services.overview import OverviewService
        from wijkteam.services.people import PeopleService
        from wijkteam.services.planfiles import PlanFileService
        from wijkteam.services.plans import PlanService
        from wijkteam.services.private_notes import PrivateNoteService
        from wijkteam.services.process import ProcessService
        from wijkteam.services.versions import VersionService

        plans = PlanService(engine)
        return cls(
            plans=plans,
            people=PeopleService(engine),
            agreements=AgreementService(engine),
            advice=AdviceService(engine),
            process=ProcessService(engine),
            export=ExportService(plans),
            planfiles=PlanFileService(engine),
            overview=OverviewService(engine),
            advicefiles=AdviceFileService(engine),
            private_notes=PrivateNoteService(engine),
            versions=VersionService(engine),
            erase=EraseService(engine),
            changes=ChangeService(engine),
            houses=HouseService(engine),
            _lazy=engine if isinstance(engine, LazyEngine) else None,
        )

    @classmethod
    def open(cls, database: Path, backups: Path, key: Callable[[], bytes]) -> Services:
        """Services whose database opens on first use, or at once with ``connect()``; ``key`` is asked for then.

        What comes back stands in for ``Services`` (same attributes and methods) until a service is first used.
        """
        return cast("Services", LazyServices(LazyEngine(database, backups, key)))

    def connect(self) -> None:
        """Open the database now. Raises StorageError (one Dutch sentence) if it cannot be opened."""
        if self._lazy is not None:
            self._lazy()

    def dispose(self) -> None:
        if self._lazy is not None:
            self._lazy.dispose()


class LazyServices:
    """Stands in for ``Services`` until the first service is used; then the real services are made."""

    def __init__(self, engine: LazyEngine) -> None:
        self._engine = engine
        self._services: Services | None = None

    def _real(self) -> Services:
        if self._services is None:
            from wijkteam import preload

            preload.wait()
            self._services = Services.for_engine(self._engine)
        return self._services

    def connect(self) -> None:
        self._real().connect()

    def dispose(self) -> None:
        self._engine.dispose()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real(), name)
