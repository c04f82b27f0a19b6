"""What can go wrong while printing, each said in one short Dutch sentence."""

from __future__ import annotations

from wijkteam.atomic import WriteWords
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


#: Why the PDF could not be written, for the one map of reasons in ``wijkteam.atomic``. The family picked the file in
#: a dialog a moment ago, so these say what to do rather than which folder it was.
WRITE_WORDS = WriteWords(no_folder=MSG_FOLDER, is_folder=MSG_FOLDER, denied=MSG_FOLDER, disk_full=MSG_DISK_FULL,
                         in_use=MSG_IN_USE, failed=MSG_FOLDER)
