"""The command line and the family's passphrase: unlocking, and the commands that look after the file itself.

The passphrase comes from ``WIJKTEAM_PASSPHRASE``, or is asked on a terminal without showing what is typed. On a new
data folder it is set that way, and the recovery code is printed once, on stderr, so that a script reading stdout (the
plan number of ``import``) still gets only what it expects. No command prints or logs the passphrase.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wijkteam.errors import EXIT_FAILURE, EXIT_OK, QT_TRANSLATE_NOOP, InvalidInputError, UserError
from wijkteam.instance_lock import InstanceLock
from wijkteam.keystore import check_new_passphrase, new_recovery_code
from wijkteam.paths import AppPaths
from wijkteam.vault import Vault, VaultState

log = logging.getLogger(__name__)

PASSPHRASE_ENV = "WIJKTEAM_PASSPHRASE"

MSG_NEED_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Errors",
    "Uw plannen zijn beveiligd met een wachtwoord. Start deze opdracht in een terminal: dan vraagt Ons Plan erom. "
    "Of zet het wachtwoord in WIJKTEAM_PASSPHRASE.",
)
MSG_NEED_NEW_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Errors",
    "Er is nog geen wachtwoord voor uw plannen. Open Ons Plan om er een te kiezen, of zet het in WIJKTEAM_PASSPHRASE.",
)
MSG_WINDOW_OPEN = QT_TRANSLATE_NOOP(
    "Errors", "Ons Plan is nu geopend. Sluit eerst het venster en probeer het dan opnieuw."
)
MSG_NOT_CONFIRMED = QT_TRANSLATE_NOOP("Errors", "Er is niets gewist: u typte niet WISSEN.")
MSG_RESTORE_NOT_CONFIRMED = QT_TRANSLATE_NOOP("Errors", "Er is niets teruggezet: u typte niet ja.")
MSG_NEED_YES = QT_TRANSLATE_NOOP(
    "Errors", "Zeg met --yes dat u het zeker weet; dan gaat het door. Er is nu niets veranderd."
)
RECOVERY_TEXT = (
    "Uw plannen zijn nu beveiligd met uw wachtwoord.\n"
    "Uw herstelcode is: {code}\n"
    "Schrijf deze code op en bewaar hem op een veilige plek, niet bij de laptop. Vergeet u uw wachtwoord, dan opent "
    "deze code uw plannen. Niemand anders kan ze openen. U ziet de code maar één keer."
)


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _ask(prompt: str) -> str:
    return getpass.getpass(prompt, stream=sys.stderr)


def open_vault(paths: AppPaths) -> Vault:
    """The vault of this data folder, opened with the passphrase; a new one is made on a new folder.

    Raises UserError with one sentence (a wrong passphrase, a wait after wrong tries, a missing key file).
    """
    vault = Vault(paths)
    state = vault.state
    secret = os.environ.get(PASSPHRASE_ENV)
    if state in (VaultState.NEW, VaultState.PLAINTEXT):
        if secret is None:
            if not _interactive():
                raise UserError(MSG_NEED_NEW_PASSPHRASE)
            secret = _ask("Kies een wachtwoord voor uw plannen: ")
            check_new_passphrase(secret)
            check_new_passphrase(secret, _ask("Typ het wachtwoord nog een keer: "))
        code = new_recovery_code()
        vault.create(secret, code)
        print(RECOVERY_TEXT.format(code=code), file=sys.stderr)
        return vault
    if secret is None:
        if not _interactive():
            raise UserError(MSG_NEED_PASSPHRASE)
        secret = _ask("Wachtwoord van uw plannen: ")
    vault.unlock(secret)
    return vault


# ------------------------------------------------------------------------------------------------------ commands


def add_vault_commands(sub: argparse._SubParsersAction[Any]) -> None:
    backup = sub.add_parser("backup", help="maak een reservekopie van al uw plannen (versleuteld), bijvoorbeeld op "
                            "een USB-stick")
    backup.add_argument("target", metavar="BESTAND", type=Path, help="het bestand om te maken (.wijkreserve)")
    restore = sub.add_parser("restore", help="zet een reservekopie terug; de plannen van nu worden eerst bewaard in "
                             "de map backups")
    restore.add_argument("source", metavar="BESTAND", type=Path, help="de reservekopie (.wijkreserve)")
    restore.add_argument("--yes", action="store_true", help="niet eerst vragen of u het zeker weet")
    sub.add_parser("check", help="kijk of het bestand met uw plannen in orde is")
    erase = sub.add_parser("erase", help="wis een plan definitief, met alles wat erin staat")
    erase.add_argument("plan_id", metavar="ID", type=int, help="het nummer van het plan (zie 'list')")
    erase.add_argument("--yes", action="store_true", help="niet eerst vragen of u het zeker weet")


def cmd_backup(args: argparse.Namespace, paths: AppPaths) -> int:
    from wijkteam.backup import SUFFIX, write_backup

    vault = open_vault(paths)
    target = args.target if args.target.suffix else args.target.with_suffix(SUFFIX)
    result = write_backup(vault, target)
    print(f"De reservekopie is bewaard: {result.path}. Hij opent met uw wachtwoord of uw herstelcode van nu.")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, paths: AppPaths) -> int:
    from wijkteam.backup import NeedSecretError, restore_backup

    with InstanceLock(paths.data_dir) as lock:
        if not lock.acquire():
            raise UserError(MSG_WINDOW_OPEN)
        vault = Vault(paths)
        if vault.state == VaultState.LOCKED:
            vault = open_vault(paths)
        if not args.yes:
            if not _interactive():
                raise UserError(MSG_NEED_YES)
            answer = input("De plannen van nu worden vervangen door die in de reservekopie. Ze worden eerst bewaard in "
                           "de map backups. Doorgaan? Typ ja: ")
            if answer.strip().lower() != "ja":
                raise UserError(MSG_RESTORE_NOT_CONFIRMED)
        secret = os.environ.get(PASSPHRASE_ENV)
        try:
            result = restore_backup(vault, args.source, secret)
        except NeedSecretError:
            if not _interactive():
                raise
            result = restore_backup(vault, args.source, _ask("Wachtwoord of herstelcode van de reservekopie: "))
    kept = f" Uw plannen van daarvoor staan in {result.kept}." if result.kept else ""
    print(f"De reservekopie is teruggezet.{kept}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace, paths: AppPaths) -> int:
    from wijkteam.db import MSG_DAMAGED, check_database, has_content

    vault = open_vault(paths)
    if has_content(paths.database) and not check_database(paths.database, vault.key):
        print(MSG_DAMAGED, file=sys.stderr)
        return EXIT_FAILURE
    print("Het bestand met uw plannen is in orde.")
    return EXIT_OK


def cmd_erase(args: argparse.Namespace, paths: AppPaths) -> int:
    """Erase a plan for good, after a confirmation in words. The family only (``--role``)."""
    from models import Role
    from wijkteam.db import open_database
    from wijkteam.services import FAMILY, Services
    from wijkteam.services.erase import MSG_NO_PLAN, MSG_ONLY_FAMILY_ERASE, backups_before

    if getattr(args, "role", Role.GEZIN.value) != Role.GEZIN.value:
        raise UserError(MSG_ONLY_FAMILY_ERASE)
    vault = open_vault(paths)
    engine = open_database(paths.database, paths.backups, vault.key)
    try:
        services = Services.for_engine(engine)
        plans = {plan.id: plan for plan in (*services.overview.list_overview(), *services.overview.list_deleted())}
        if args.plan_id not in plans:
            raise UserError(MSG_NO_PLAN, args.plan_id)
        if not args.yes:
            if not _interactive():
                raise InvalidInputError(MSG_NEED_YES)
            answer = input(f"Wilt u plan {args.plan_id} voor altijd wissen, met alles wat erin staat? Dit kan niet "
                           "ongedaan worden. Typ WISSEN: ")
            if answer.strip() != "WISSEN":
                raise UserError(MSG_NOT_CONFIRMED)
        services.erase.erase_plan(args.plan_id, FAMILY)
    finally:
        engine.dispose()
    copies = backups_before(paths.backups)
    print(f"Plan {args.plan_id} is definitief gewist.")
    where = f"De {copies} kopieën in de map backups en reservekopieën" if copies else "Reservekopieën"
    print(f"Let op: {where} die u eerder maakte, bijvoorbeeld op een USB-stick, bevatten het plan nog.")
    return EXIT_OK


#: Commands that look after the file itself. They open the vault themselves (restore even without the database open).
VAULT_COMMANDS: dict[str, Callable[[argparse.Namespace, AppPaths], int]] = {
    "backup": cmd_backup,
    "restore": cmd_restore,
    "check": cmd_check,
    "erase": cmd_erase,
}
