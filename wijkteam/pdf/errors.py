"""What can go wrong while printing, each said in one short Dutch sentence."""

from __future__ import annotations

import errno

from wijkteam.errors import UserError


class PdfError(UserError):
    """The PDF could not be made. The message is one short Dutch sentence that can be shown as it is.

    A ``UserError``, because the export service promises one to its callers.
    """


MSG_FOLDER = "Het bestand kan niet worden opgeslagen in deze map. Kies een andere map."
MSG_DISK_FULL = "De schijf is vol. Maak ruimte vrij of kies een andere map."
MSG_IN_USE = "Het bestand is misschien open in een ander programma. Sluit het en probeer het opnieuw."
MSG_FONTS = "De letters voor de PDF ontbreken. Installeer Ons Plan opnieuw."
MSG_GENERAL = "De PDF kon niet worden gemaakt. Probeer het nog een keer."


def message_for(exc: OSError, *, replacing: bool) -> str:
    """The sentence for a file error; ``replacing`` once the finished file is being put in its place."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return MSG_DISK_FULL
    # The folder took the temporary file, so a refusal now means the old file is held open (Windows).
    if replacing and isinstance(exc, PermissionError):
        return MSG_IN_USE
    return MSG_FOLDER
