"""PySide6 no longer reads the source of every module imported after it (``ui.window.feature_scan``)."""

from __future__ import annotations

import linecache
import sys
import textwrap
from pathlib import Path

import PySide6.QtCore
import pytest

from ui.window import feature_scan


def test_a_module_imported_after_qt_is_not_read_for_features(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert "shibokensupport.feature" in sys.modules  # what this stops is really there in this PySide6
    (tmp_path / "family_notes_module.py").write_text(textwrap.dedent('''
        VALUE = 1
    '''), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert feature_scan.skip()
    linecache.clearcache()
    import family_notes_module  # noqa: F401

    # Reading a module's source for the scan leaves it in the line cache; skipped, it is never read.
    assert not any(name.endswith("family_notes_module.py") for name in linecache.cache)
    assert PySide6.QtCore.QObject().objectName() == ""  # Qt keeps working
