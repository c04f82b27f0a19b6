"""Commands on the same entry point as the window, for scripts, tests and peer supporters with many plans.

No Qt here. Exit codes: 0 success, 1 failure (one Dutch sentence on stderr), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from wijkteam import APP_NAME, __version__
from wijkteam.errors import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UserError
from wijkteam.paths import AppPaths
from wijkteam.terminal import terminal_line, terminal_safe

if TYPE_CHECKING:
    from wijkteam.services.dto import Actor


#: Who gives a command (``--role``), as in ``models.Role``. The family by default: the laptop is theirs, and the
#: window starts with the family at the keyboard too.
ROLES = ("gezin", "netwerk", "ondersteuner", "professional")


class DutchArgumentParser(argparse.ArgumentParser):
    """argparse with its complaints said in one Dutch sentence."""

    def error(self, message: str) -> NoReturn:
        if message.startswith("argument --role"):
            text = "Kies als rol: " + ", ".join(ROLES[:-1]) + " of " + ROLES[-1] + "."
        elif "invalid choice" in message:
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
    parser.add_argument("--role", metavar="ROL", choices=ROLES, default=ROLES[0],
                        help="wie de opdracht geeft: gezin (standaard), netwerk, ondersteuner of professional. "
                        "Alleen het gezin kan de eigen notities meenemen.")
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=DutchArgumentParser)
    sub.add_parser("demo", help="voeg twee voorbeeldplannen toe, één van elke soort")
    sub.add_parser("list", help="toon alle plannen: NUMMER, SOORT en TITEL, gescheiden door tabs")
    export = sub.add_parser("export-pdf", help="bewaar een plan als PDF")
    export.add_argument("plan_id", metavar="ID", type=int, help="het nummer van het plan (zie 'list')")
    export.add_argument("target", metavar="BESTAND", type=Path, help="het PDF-bestand om te maken")
    export.add_argument("--tweetalig", action="store_true",
                        help="zet bij de woorden van de PDF ook het Nederlands (als het plan een andere taal heeft)")
    export.add_argument("--zonder-namen", action="store_true", help=HELP_WITHOUT_NAMES)
    plan_file = sub.add_parser("export", help="bewaar een plan als planbestand (.wijkplan), om te delen of te bewaren")
    plan_file.add_argument("plan_id", metavar="ID", type=int, help="het nummer van het plan (zie 'list')")
    plan_file.add_argument("target", metavar="BESTAND", type=Path, help="het planbestand om te maken")
    plan_file.add_argument("--with-private", action="store_true",
                           help="neem ook de eigen notities van het gezin mee (anders blijven die hier); alleen "
                           "voor het gezin")
    plan_file.add_argument("--zonder-namen", action="store_true", help=HELP_WITHOUT_NAMES)
    import_ = sub.add_parser("import", help="voeg een plan uit een planbestand toe; toont het nieuwe NUMMER")
    import_.add_argument("source", metavar="BESTAND", type=Path, help="het planbestand om te lezen")
    _add_advice_commands(sub)
    _add_follow_up_commands(sub)
    from wijkteam.cli_vault import add_vault_commands

    add_vault_commands(sub)
    return parser


HELP_WITHOUT_NAMES = ("een kopie zonder namen: iedereen heet naar wie hij is voor het gezin (moeder, oma, buurvrouw); "
                      "zonder contactgegevens, eigen notities en tekeningen")


def _left_words(services: object, plan_id: int) -> None:
    """After a copy without names: the words with a capital still in it, for the family to check."""
    from wijkteam.services import Services

    assert isinstance(services, Services)
    left = services.export.without_names_report(plan_id).left
    if left:
        print("Kijk deze woorden na. Het kunnen namen zijn: " + ", ".join(terminal_line(word) for word in left) + ".")
    else:
        print("Er staan geen andere woorden in die op een naam lijken.")


def actor_for(args: argparse.Namespace) -> Actor:
    """Who gives this command, from ``--role``: the services check it as they check the window's role."""
    from models import Role
    from wijkteam.services.dto import FAMILY, Actor

    role = Role(getattr(args, "role", ROLES[0]))
    return FAMILY if role == Role.GEZIN else Actor(role)


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
        print(f"{plan.id}\t{plan.plan_type.value}\t{terminal_line(plan.title)}")
    _name_damaged(services, "Plan {id} ({title}) kan niet worden gelezen; bewaar wat er nog van te lezen is met "
                  "'wijkteam export {id} BESTAND'.")
    return EXIT_OK


def _name_damaged(services: object, sentence: str) -> None:
    """One sentence on stderr per plan that cannot be read, so the lines on stdout stay what a script expects."""
    from wijkteam.services import Services

    assert isinstance(services, Services)
    for plan in services.overview.damaged_plans():
        title = terminal_line(plan.title or plan.family_name) or "zonder naam"
        print(sentence.format(id=plan.id, title=f"„{title}”"), file=sys.stderr)


def cmd_export_pdf(services: object, args: argparse.Namespace) -> int:
    from wijkteam.services import Services

    assert isinstance(services, Services)
    missing = services.export.unprintable(args.plan_id, without_names=args.zonder_namen)
    if missing:
        from wijkteam.pdf import unprintable_sentence

        print(unprintable_sentence(missing), file=sys.stderr)  # a warning: the PDF is still made
    target = services.export.export_pdf(args.plan_id, args.target, bilingual=True if args.tweetalig else None,
                                        without_names=args.zonder_namen)
    if args.zonder_namen:
        print(f"Plan {args.plan_id} is bewaard als PDF zonder namen: {target}")
        _left_words(services, args.plan_id)
        return EXIT_OK
    print(f"Plan {args.plan_id} is bewaard als PDF: {target}")
    return EXIT_OK


def cmd_export(services: object, args: argparse.Namespace) -> int:
    from wijkteam.services import Services

    assert isinstance(services, Services)
    if args.zonder_namen:
        return _export_without_names(services, args)
    if services.overview.is_damaged(args.plan_id):
        # Only what the family shares goes along: the notes they keep to themselves wait until the plan is sound.
        saved = services.overview.export_readable(args.plan_id, args.target)
        notes = ", zonder de eigen notities" if args.with_private else ""
        print(f"Plan {args.plan_id} kan niet helemaal worden gelezen; wat wel te lezen is, staat nu in dit "
              f"planbestand{notes}: {saved.path}")
        return EXIT_OK
    target = services.planfiles.export_plan(args.plan_id, args.target, actor=actor_for(args),
                                            with_private=args.with_private)
    extra = ", met de eigen notities" if args.with_private else ""
    print(f"Plan {args.plan_id} is bewaard als planbestand{extra}: {target}")
    return EXIT_OK


def _export_without_names(services: object, args: argparse.Namespace) -> int:
    from wijkteam.errors import InvalidInputError
    from wijkteam.services import Services

    assert isinstance(services, Services)
    if args.with_private:
        raise InvalidInputError("Een kopie zonder namen neemt nooit eigen notities mee. Laat --with-private weg.")
    if services.overview.is_damaged(args.plan_id):
        raise InvalidInputError("Dit plan kan niet helemaal worden gelezen. Daarom kan er geen kopie zonder namen "
                                "van worden gemaakt.")
    target = services.planfiles.export_plan(args.plan_id, args.target, actor=actor_for(args), without_names=True)
    print(f"Plan {args.plan_id} is bewaard als planbestand zonder namen: {target}")
    _left_words(services, args.plan_id)
    return EXIT_OK


def cmd_import(services: object, args: argparse.Namespace) -> int:
    from wijkteam.services import Services

    assert isinstance(services, Services)
    # Only the number, so a script can use it: plan=$(wijkteam import plan.wijkplan)
    print(services.planfiles.import_plan(args.source))
    return EXIT_OK


# ------------------------------------------------------------------------- advice from a distance (advice files)


def _add_advice_commands(sub: argparse._SubParsersAction[DutchArgumentParser]) -> None:
    show = sub.add_parser("show-plan", help="toon een planbestand als tekst, zonder het in te lezen (voor wie "
                          "advies geeft)")
    show.add_argument("source", metavar="PLANBESTAND", type=Path, help="het planbestand van het gezin")
    export = sub.add_parser("export-advice", help="schrijf advies bij een planbestand in een adviesbestand "
                            "(.wijkadvies); bestaat het al, dan komt het advies erbij")
    export.add_argument("plan_file", metavar="PLANBESTAND", type=Path, help="het planbestand van het gezin")
    export.add_argument("target", metavar="ADVIESBESTAND", type=Path, help="het adviesbestand om te maken of aan te "
                        "vullen")
    export.add_argument("--name", required=True, metavar="NAAM", help="uw naam: advies staat altijd op naam")
    export.add_argument("--organisation", default="", metavar="ORGANISATIE", help="uw organisatie")
    export.add_argument("--kind", default="advies", metavar="SOORT", help="informatie, advies (standaard) of "
                        "voorwaarde")
    export.add_argument("--legal-basis", default="", metavar="GROND", help="de wettelijke grond; nodig bij een "
                        "voorwaarde, bijvoorbeeld 'OTS, art. 1:255 BW'")
    export.add_argument("--section", metavar="DEEL", help="het deel van het plan waar het over gaat: de sleutel uit "
                        "'show-plan' of de titel (anders: het hele plan)")
    export.add_argument("--date", metavar="DATUM", help="de datum van het advies, zoals 2025-03-31 (anders: vandaag)")
    text = export.add_mutually_exclusive_group(required=True)
    text.add_argument("--text", metavar="TEKST", help="de tekst van het advies")
    text.add_argument("--text-file", metavar="BESTAND", type=Path, help="een tekstbestand (UTF-8) met het advies")
    import_ = sub.add_parser("import-advice", help="voeg het advies uit een adviesbestand toe aan een plan")
    import_.add_argument("plan_id", metavar="ID", type=int, nargs="?",
                         help="het nummer van uw plan (zie 'list'); zonder nummer zoekt Ons Plan het plan zelf")
    import_.add_argument("source", metavar="ADVIESBESTAND", type=Path, help="het adviesbestand om te lezen")


def _points(count: int) -> str:
    from wijkteam import vocabulary

    return vocabulary.count(count, "punt", "punten")


def cmd_show_plan(args: argparse.Namespace) -> int:
    from wijkteam.advicefile import plan_as_text
    from wijkteam.planfile import read_document

    text = plan_as_text(read_document(args.source))
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(errors="replace")  # a console without Arabic or Tigrinya still shows the rest
    print(text, end="")
    return EXIT_OK


def cmd_export_advice(args: argparse.Namespace) -> int:
    from wijkteam.advicefile import AdviceDraft, add_to_file, read_text_file
    from wijkteam.dates import parse_day

    given_on = parse_day(args.date) if args.date is not None else None  # a year from 1900 to 2199
    text = args.text if args.text is not None else read_text_file(args.text_file)
    draft = AdviceDraft(author_name=args.name, text=text, kind=args.kind, organisation=args.organisation,
                        legal_basis=args.legal_basis, section=args.section, given_on=given_on)
    saved = add_to_file(args.plan_file, args.target, draft)
    print(f"Het advies is bewaard in {saved.path} (nu {_points(saved.items)}), bij het plan "
          f"'{terminal_line(saved.plan_title)}'.")
    return EXIT_OK


def cmd_import_advice(services: object, args: argparse.Namespace) -> int:
    from wijkteam.services import Services

    assert isinstance(services, Services)
    plan_id = args.plan_id if args.plan_id is not None else services.advicefiles.find_plan(args.source)
    result = services.advicefiles.import_advice(plan_id, args.source)
    authors = ", ".join(terminal_line(author) for author in result.authors)  # names from someone else's file
    print(f"Aan plan {plan_id} toegevoegd: {_points(result.added)} van {authors}.")
    if result.already_there:
        print(f"Overgeslagen, want het stond al in het plan: {_points(result.already_there)}.")
    return EXIT_OK


#: Commands that only read and write files: they leave the database alone, and do not even open it.
FILE_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "show-plan": cmd_show_plan,
    "export-advice": cmd_export_advice,
}


# ---------------------------------------------------------------------------- follow-up: calendar and due dates


def _add_follow_up_commands(sub: argparse._SubParsersAction[DutchArgumentParser]) -> None:
    calendar = sub.add_parser("export-ics", help="bewaar de datums van een plan als agendabestand (.ics)")
    calendar.add_argument("plan_id", metavar="ID", type=int, help="het nummer van het plan (zie 'list')")
    calendar.add_argument("target", metavar="BESTAND", type=Path, help="het agendabestand om te maken")
    sub.add_parser("due", help="toon wat vandaag moet gebeuren of al voorbij is, in alle plannen: één regel per punt "
                   "met DATUM, NUMMER, PLAN, WAT en STAND (vandaag, of hoe lang al voorbij), gescheiden door tabs")


def cmd_export_ics(services: object, args: argparse.Namespace) -> int:
    from wijkteam.services import Services

    assert isinstance(services, Services)
    target = services.versions.export_ics(args.plan_id, args.target)
    print(f"De datums van plan {args.plan_id} zijn bewaard als agendabestand: {target}")
    return EXIT_OK


def cmd_due(services: object, args: argparse.Namespace) -> int:
    from datetime import date

    from wijkteam import vocabulary
    from wijkteam.deadlines import DueDate
    from wijkteam.services import Services

    assert isinstance(services, Services)
    today = date.today()
    items = services.versions.due(today)
    _name_damaged(services, "Plan {id} ({title}) kan niet worden gelezen, dus de datums ervan staan hier niet.")
    if not items:
        print("Er is nu niets te doen: geen datum is vandaag of voorbij.")
        return EXIT_OK
    for item in items:
        plan = f"{item.family_name}: {item.plan_title}" if item.family_name and item.plan_title else (
            item.family_name or item.plan_title)
        days = (today - item.day).days
        late = "vandaag" if days == 0 else f"{vocabulary.count(days, 'dag', 'dagen')} voorbij"
        label = DueDate(item.day, item.kind, item.what).label
        # One line per item, tabs between the parts: easy to read, and easy for a script to split.
        print("\t".join(terminal_line(part) for part in (item.day.isoformat(), str(item.plan_id), plan, label,
                                                              late)))
    return EXIT_OK


COMMANDS: dict[str, Callable[[object, argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "list": cmd_list,
    "export-pdf": cmd_export_pdf,
    "export": cmd_export,
    "import": cmd_import,
    "import-advice": cmd_import_advice,
    "export-ics": cmd_export_ics,
    "due": cmd_due,
}


#: What a command needs beyond the database layer, imported beside it while the key is derived.
PRELOAD: dict[str, tuple[str, ...]] = {"export-pdf": ("wijkteam.pdf",)}


def run_command(args: argparse.Namespace, paths: AppPaths) -> int:
    """Open the database (not for a file command), run one command, and turn a UserError into its Dutch sentence.

    The sentence may quote a file's name or content, so it is made terminal-safe before it is printed.
    """
    if args.command in FILE_COMMANDS:
        try:
            return FILE_COMMANDS[args.command](args)
        except UserError as exc:
            print(terminal_safe(str(exc)), file=sys.stderr)
            return EXIT_FAILURE
    from wijkteam.cli_vault import VAULT_COMMANDS, open_vault

    if args.command in VAULT_COMMANDS:
        try:
            return VAULT_COMMANDS[args.command](args, paths)
        except UserError as exc:
            print(terminal_safe(str(exc)), file=sys.stderr)
            return EXIT_FAILURE
    from wijkteam import preload

    preload.start(PRELOAD.get(args.command, ()))  # while the key is derived (or the passphrase typed)
    try:
        key = open_vault(paths).key
        preload.wait()
        from wijkteam.db import open_database

        engine = open_database(paths.database, paths.backups, key)
    except UserError as exc:
        print(terminal_safe(str(exc)), file=sys.stderr)
        return EXIT_FAILURE
    from wijkteam.services import Services

    try:
        return COMMANDS[args.command](Services.for_engine(engine), args)
    except UserError as exc:
        print(terminal_safe(str(exc)), file=sys.stderr)
        return EXIT_FAILURE
    finally:
        engine.dispose()
