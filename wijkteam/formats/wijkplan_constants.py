"""The names and numbers of the plan file format, without pydantic: the models and the readers both use them.

``wijkteam.planfile`` offers them under the same names.
"""

from __future__ import annotations

FORMAT = "wijkplan"
VERSION = 3
#: Every version this app reads. Version 2 adds the children's houses (``child_houses``); a version 1 file has none.
#: Version 3 adds the two Jeugdwet dates of a familiegroepsplan (``offer_date``, ``term_date``), and a house's
#: ``drawing_sha256`` in a frozen version's snapshot, in place of the drawing itself.
READABLE_VERSIONS = (1, 2, 3)
SUFFIX = ".wijkplan"  # for file dialogs; a file with another name is read all the same

#: Checked with ``stat`` before reading, and again while reading (a pipe or a growing file has no honest size).
MAX_FILE_BYTES = 20 * 1024 * 1024
#: The format itself nests six containers deep (file, plan, versions, version, consents, consent).
MAX_DEPTH = 8
#: A frozen version holds a whole plan as JSON text, so it may be far longer than one text field.
MAX_SNAPSHOT = 10_000_000
#: A drawing in a child's house as base64 text: ``wijkteam.drawings.MAX_DRAWING_BYTES`` (3 MB) and a little room.
MAX_DRAWING_TEXT = 4 * 1024 * 1024 + 4
#: Positions and version numbers: far above any real plan, far below SQLite's 64-bit limit.
MAX_NUMBER = 1_000_000

#: Most items per list. Far above any real plan; they stop a hostile file from filling the database.
LIMITS = {
    "people": 2_000,
    "sections": 500,
    "goals": 2_000,
    "agreements": 5_000,
    "who": 2_000,
    "support": 20,
    "advice": 2_000,
    "process_steps": 500,
    "process_notes": 5_000,
    "private_notes": 5_000,
    "child_houses": 300,
    "versions": 1_000,
    "consents": 2_000,
    "history": 100_000,
}

#: File-local references: a prefix per kind and a number, such as "p1" or "g2". Never database IDs.
REF_PREFIXES = {
    "people": "p",
    "sections": "s",
    "goals": "g",
    "agreements": "a",
    "advice": "adv",
    "process_steps": "st",
    "process_notes": "n",
    "private_notes": "pn",
    "versions": "v",
}

#: Which list a history row's ``entity_ref`` points into, by the row's ``entity`` (a table name).
#: An answer to advice is recorded under the advice it answers (see ``PlanService.respond_to_advice``).
#: Rows about the plan itself (``entity`` "plan") and about anything else carry no reference.
HISTORY_ENTITIES = {
    "participant": "people",
    "section": "sections",
    "goal": "goals",
    "agreement": "agreements",
    "advice": "advice",
    "advice_response": "advice",
    "process_step": "process_steps",
    "process_note": "process_notes",
    "private_note": "private_notes",
    "plan_version": "versions",
}
