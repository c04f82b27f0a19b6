"""Text from files made terminal-safe, before the command line prints it.

A plan title from someone else's file may hold ``ESC [2J`` (clear the screen), a carriage return that writes over the
start of the line, other control codes (C0, DEL, C1), or direction overrides (U+202E) that make a terminal show text in
another order than it is. None of these ever reaches the terminal raw: line breaks and tabs become spaces (or stay,
where the output needs them), and every other code is left out.
"""

from __future__ import annotations

import re

# Line breaks of every kind: CR LF, CR, LF, vertical tab, form feed, the file/group/record separators, NEL, and the
# Unicode line and paragraph separators.
_LINE_BREAK = re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# Every other C0 code but the tab, DEL, the C1 codes, and the bidirectional embeddings, overrides and isolates.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str, *, keep_tabs: bool = False, keep_line_breaks: bool = False) -> str:
    """``text`` without any control code a terminal would act on.

    Tabs stay only with ``keep_tabs`` (a format that separates its columns with them passes the separators, not the
    text); line breaks become ``\\n`` with ``keep_line_breaks`` and a space otherwise.
    """
    text = _CONTROL.sub("", str(text))
    text = _LINE_BREAK.sub("\n" if keep_line_breaks else " ", text)
    return text if keep_tabs else text.replace("\t", " ")


def terminal_line(text: str) -> str:
    """One field of a line: terminal-safe, and white space folded, so the field stays on its line and in its column."""
    return " ".join(terminal_safe(text).split())
