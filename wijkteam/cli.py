"""Commands on the same entry point as the window, for scripts, tests and peer supporters with many plans.

No Qt here. Exit codes: 0 success, 1 failure (one Dutch sentence on stderr), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from wijkteam import APP_NAME, __version__
from wijkteam.errors import UserError
from wijkteam.paths import AppPaths

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


class DutchArgumentParser(argparse.ArgumentParser):
    """argparse with its complaints said in one Dutch sentence."""

    def error(self, message: str) -> NoReturn:
        if "invalid choice" in message:
            text = "Deze opdracht bestaat niet."
        elif "required" in message:
            text = "Er ontbreekt iets in de opdracht."
        elif "unrecognized arguments" in message:
            text = "Dit begrijp ik niet: " + message.split(":", 1)[-1].strip() + "."
        elif "invalid" in message and "value" in message:
            text = "Een plannummer is een getal, zoals 3."
        else:
            text = "De opdracht klopt niet."
        self.exit(EXIT_USAGE, f"{self.prog}: {text} Typ '{self.prog} --help' voor uitleg.\n")


def build_parser() -> DutchArgumentParser:
    parser = DutchArgumentParser(
        prog="wijkteam",
        description=f"{APP_NAME}: schrijf uw eigen familiegroepsplan of persoonlijk plan.",
        epilog="Zonder opdracht opent het venster.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}",
                        help="toon de versie en stop")
    parser.add_argument("--data-dir", metavar="MAP", help="map met uw plannen (anders: WIJKTEAM_DATA_DIR of de "
                        "standaardmap van uw computer)")
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=DutchArgumentParser)
    sub.add_parser("demo", help="voeg twee voorbeeldplannen toe, één van elke soort")
    sub.add_parser("list", help="toon alle plannen: NUMMER, SOORT en TITEL, gescheiden door tabs")
    export = sub.add_parser("export-pdf", help="bewaar een plan als PDF")
    export.add_argument("plan_id", metavar="ID", type=int, help="het nummer van het plan (zie 'list')")
    export.add_argument("target", metavar="BESTAND", type=Path, help="het PDF-bestand om te maken")
    plan_file = sub.add_parser("export", help="bewaar een plan als planbestand (.wijkplan), om te delen of te bewaren")
    plan_file.add_argument("plan_id", metavar="ID", type=int, help="het nummer van het plan (zie 'list')")
    plan_file.add_argument("target", metavar="BESTAND", type=Path, help="het planbestand om te maken")
    plan_file.add_argument("--with-private", action="store_true",
                           help="neem ook de eigen notities van het gezin mee (anders blijven die hier)")
    import_ = sub.add_parser("import", help="voeg een plan uit een planbestand toe; toont het nieuwe NUMMER")
    import_.add_argument("source", metavar="BESTAND", type=Path, help="het planbestand om te lezen")
    return parser


def cmd_demo(services: object, args: argparse.Namespace) -> int:
    from wijkteam.demo import add_demo_plans
    from wijkteam.services import Services

    assert isinstance(services, Services)
    ids = add_demo_plans(services)
    print("Twee voorbeeldplannen toegevoegd: " + ", ".join(str(i) for i in ids))
    return EXIT_OK


def cmd_list(services: object, args: argparse.Namespace) -> int:
    from wijkteam.services import Services

    assert isinstance(services, Services)
    for plan in services.plans.list_plans():
        print(f"{plan.id}\t{plan.plan_type.value}\t{plan.title}")
    return EXIT_OK


def cmd_export_pdf(services: object, args: argparse.Namespace) -> int:
    from wijkteam.services import Services

    assert isinstance(services, Services)
    target = services.export.export_pdf(args.plan_id, args.target)
    print(f"Plan {args.plan_id} is bewaard als PDF: {target}")
    return EXIT_OK


def cmd_export(services: object, args: argparse.Namespace) -> int:
    from wijkteam.services import Services

    assert isinstance(services, Services)
    target = services.planfiles.export_plan(args.plan_id, args.target, with_private=args.with_private)
    extra = ", met de eigen notities" if args.with_private else ""
    print(f"Plan {args.plan_id} is bewaard als planbestand{extra}: {target}")
    return EXIT_OK


def cmd_import(services: object, args: argparse.Namespace) -> int:
    from wijkteam.services import Services

    assert isinstance(services, Services)
    # Only the number, so a script can use it: plan=$(wijkteam import plan.wijkplan)
    print(services.planfiles.import_plan(args.source))
    return EXIT_OK


COMMANDS: dict[str, Callable[[object, argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "list": cmd_list,
    "export-pdf": cmd_export_pdf,
    "export": cmd_export,
    "import": cmd_import,
}


def run_command(args: argparse.Namespace, paths: AppPaths) -> int:
    """Open the database, run one command, and turn a UserError into its Dutch sentence with exit 1."""
    from wijkteam.db import open_database
    from wijkteam.services import Services

    try:
        engine = open_database(paths.database, paths.backups)
    except UserError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_FAILURE
    try:
        return COMMANDS[args.command](Services.for_engine(engine), args)
    except UserError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_FAILURE
    finally:
        engine.dispose()
