"""PySide6 reads the source of every module imported after it, to see whether it asks for ``from __feature__ import``.

That is about a fifth of the time the database layer and the screens take to import (SQLAlchemy's files are large),
and it runs on the window's thread or competes with it. Ons Plan and what it uses never ask for a feature
(``snake_case``, ``true_property``), so the answer is always "no": ``skip`` gives it without reading the files.
Known upstream (a post-import hook on every import); if PySide6 changes its inner names, this quietly does nothing.
"""

from __future__ import annotations

import sys
import types


def skip() -> bool:
    """Stop the source scan; True when it was there to stop."""
    feature = sys.modules.get("shibokensupport.feature")
    if not isinstance(feature, types.ModuleType) or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False

    def uses_no_feature(_module: object) -> bool:
        return False

    feature._mod_uses_pyside = uses_no_feature  # type: ignore[attr-defined]
    return True
