"""The names and numbers of the advice file format, without pydantic: the models and the readers both use them.

``wijkteam.advicefile`` offers them under the same names.
"""

from __future__ import annotations

from wijkteam.limits import MAX_TEXT

FORMAT = "wijkadvies"
VERSION = 1
SUFFIX = ".wijkadvies"

#: A real advice file is a few kilobytes; checked with ``stat`` before a byte is read.
MAX_FILE_BYTES = 5 * 1024 * 1024
#: Items in one file: far above a real conversation, far below what would flood the family's plan.
MAX_ITEMS = 100
#: File, advice list, item, section: nothing in the format nests deeper.
MAX_DEPTH = 4
#: A text file given with ``--text-file``: one advice text in the worst case of four bytes per character.
MAX_TEXT_FILE_BYTES = MAX_TEXT * 4

#: Keys that would carry the family's answer: named apart, since the family answers in their own app, not in a file.
ANSWER_KEYS = frozenset({"response", "answer", "reason", "antwoord"})
