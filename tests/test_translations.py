"""The translations of the screens: every text extracted under its own context, the ``.ts`` files up to date with the
sources, every ``.qm`` compiled from its ``.ts``, and the app in the language chosen.

After changing a text: ``.venv/bin/python -m wijkteam.i18n_tools update``, then translate the new texts (English at
least: Qt Linguist, or ``fill``, see that module).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox

from wijkteam import i18n, i18n_tools
from wijkteam.errors import NotAllowedError
from wijkteam.services.base import MSG_ONLY_FAMILY

#: Translators fill these after the texts settle; remove a language here once its file is finished.
NOT_YET_TRANSLATED: set[str] = set()


@pytest.fixture(scope="module")
def extracted() -> list[i18n_tools.Message]:
    return i18n_tools.extract()


def test_every_translated_call_is_one_lupdate_reads() -> None:
    problems = [f"{call.path.relative_to(i18n_tools.ROOT)}:{call.line}: {call.problem}"
                for call in i18n_tools.all_calls() if call.problem]
    assert not problems, "\n".join(problems)


def test_the_check_tells_a_text_lupdate_reads_from_one_it_cannot(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "class Box:\n"
        "    def texts(self, name):\n"
        "        self.tr('Één plan')\n"
        "        één = 'ü'; self.tr(f'Voor {één}')\n"  # letters of two bytes before the call on its line
        "        self.tr(name)\n"
        "        ü = self.tr('Hallo')\n"  # the columns of ast count bytes
        "        self.tr(r'Rauw')\n",
        encoding="utf-8")
    calls = [(call.line, call.context, call.text, call.problem) for call in i18n_tools.translate_calls(sample)]
    assert calls == [(3, "Box", "Één plan", ""), (4, "Box", None, "the text is an f-string"),
                     (5, "Box", None, "the text is not one literal text"), (6, "Box", "Hallo", ""),
                     (7, "Box", "Rauw", "")]


def test_every_text_lands_under_its_own_context(extracted: list[i18n_tools.Message]) -> None:
    found = {(message.context, message.source) for message in extracted}
    calls = [call for call in i18n_tools.all_calls() if call.text is not None]
    lost = [f"{call.path.relative_to(i18n_tools.ROOT)}:{call.line}: {call.context} / {call.text!r}"
            for call in calls if (call.context, call.text) not in found]
    assert len(calls) > 800 and not lost, "\n".join(lost)
    assert not [message.source for message in extracted if not message.context]
    # The marked words and sentences of the core are there too, beside the screens.
    contexts = {message.context for message in extracted}
    assert {"Vocabulary", "Errors", "StartView", "MainWindow", "LanguageMenu"} <= contexts


def test_texts_with_a_count_have_plural_forms(extracted: list[i18n_tools.Message]) -> None:
    counted = [message for message in extracted if "%n" in message.source]
    assert len(counted) >= 10 and all(message.plural for message in counted)


def test_the_template_texts_are_marked_as_the_templates_say() -> None:
    assert i18n_tools.TEMPLATE_MODULE.read_text(encoding="utf-8") == i18n_tools.template_module(), \
        "run: .venv/bin/python -m wijkteam.i18n_tools update"
    from wijkteam import template_words

    assert "Onze situatie" in template_words.TEXTS and "a" not in template_words.TEXTS  # no Wmo letters


@pytest.mark.parametrize("language", i18n_tools.ALL)
def test_the_ts_file_is_up_to_date_with_the_sources(language: str) -> None:
    assert not i18n_tools.stale(language), "run: .venv/bin/python -m wijkteam.i18n_tools update"


@pytest.mark.parametrize("language", i18n_tools.ALL)
def test_the_qm_file_is_compiled_from_its_ts(language: str) -> None:
    # The content, not the file times: a fresh clone gives every file the same time.
    assert i18n_tools.qm_path(language).read_bytes() == i18n_tools.compiled(language), \
        "run: .venv/bin/python -m wijkteam.i18n_tools update"


def _languages() -> list[object]:
    xfail = pytest.mark.xfail(strict=True, reason="the translators fill this file")
    return [pytest.param(language, marks=[xfail] if language in NOT_YET_TRANSLATED else [])
            for language in i18n_tools.ALL]


@pytest.mark.parametrize("language", _languages())
def test_every_text_has_a_finished_translation(language: str) -> None:
    messages = i18n_tools.read_ts(i18n_tools.ts_path(language))
    unfinished = [f"{message.context}: {message.source}" for message in messages if not message.finished]
    assert messages and not unfinished, "\n".join(unfinished[:40])


def _placeholders(text: str) -> list[str]:
    return sorted(set(re.findall(r"%(?:\d{1,2}|n)", text)))


@pytest.mark.parametrize("language", i18n_tools.ALL)
def test_translations_keep_the_placeholders(language: str) -> None:
    wrong = []
    for message in i18n_tools.read_ts(i18n_tools.ts_path(language)):
        if not message.finished:
            continue
        wanted = [p for p in _placeholders(message.source) if p != "%n"]
        # A singular form may say "1" instead of %n; every form keeps the numbered values.
        for form in message.forms or (message.translation,):
            if [p for p in _placeholders(form) if p != "%n"] != wanted:
                wrong.append(f"{message.context}: {message.source!r} -> {form!r}")
    assert not wrong, "\n".join(wrong)


def test_the_english_stays_plain() -> None:
    messages = i18n_tools.read_ts(i18n_tools.ts_path("en"))
    long = [m.translation for m in messages if m.finished and not m.plural and max(
        (len(s.split()) for s in re.split(r"(?<=[.!?:;])\s+", m.translation)), default=0) > 20]
    assert not long, "\n".join(long)
    assert not [m.source for m in messages if m.finished and m.translation == m.source and len(m.source) > 25]


# ---------------------------------------------------------------------------------------------- the chosen language

@pytest.mark.parametrize(("chosen", "system", "expected"), [
    ("", ["en-GB", "nl-NL"], "en"), ("", ["de-DE", "pl-PL"], "pl"), ("", ["de-DE"], "nl"), ("", ["C"], "nl"),
    ("ar", ["en-US"], "ar"), ("tr_TR.UTF-8", [], "tr"), ("xx", ["en-US"], "en"), ("", [], "nl"),
])
def test_the_language_is_the_chosen_one_else_the_systems_else_dutch(chosen: str, system: list[str],
                                                                     expected: str) -> None:
    assert i18n.choose_language(chosen, system) == expected


def test_the_setting_remembers_a_language_and_ignores_nonsense(data_dir: object) -> None:
    from ui.common.settings import settings

    assert settings.language == ""
    settings.language = "pl"
    assert settings.language == "pl"
    settings.language = "klingon"
    assert settings.language == ""


def test_english_reaches_the_window_qt_itself_and_the_errors_of_the_core(language: object, window: object) -> None:
    from ui.window.main_window import MainWindow

    language("en")  # type: ignore[operator]
    english = MainWindow(window._services)  # type: ignore[attr-defined]
    try:
        menus = [action.text() for action in english.menuBar().actions()]
        assert menus == ["P&lan", "To&gether", "L&anguage"]
        texts = [label.text() for label in english.start_view.findChildren(QLabel)]
        assert "Here you write your own plan. You decide what is in it." in texts
        assert not [text for text in texts if re.search(r"\b(plannen|het|een|uw)\b", text)]
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Close)
        assert {b.text().replace("&", "") for b in buttons.buttons()} == {"Cancel", "Close"}
        assert str(NotAllowedError(MSG_ONLY_FAMILY)) == "Only the family can change the text of the plan."
        assert NotAllowedError(MSG_ONLY_FAMILY).dutch == MSG_ONLY_FAMILY
        assert QCoreApplication.translate("Counts", "%n dagen geleden", "", 1) == "1 day ago"
        assert QLocale().language() == QLocale.Language.English
    finally:
        english.close()
        english.deleteLater()


def test_dutch_counts_say_one_or_many(qapp: QApplication) -> None:
    from ui.common.wording import counts

    assert counts().days_ago(1) == "1 dag geleden" and counts().days_ago(3) == "3 dagen geleden"


def test_arabic_lays_the_window_out_right_to_left(language: object) -> None:
    language("ar")  # type: ignore[operator]
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().language() == QLocale.Language.Arabic


def test_the_language_menu_names_each_language_in_its_own_words_and_remembers_the_choice(window: object) -> None:
    from ui.common.settings import settings

    menu = window.language_menu  # type: ignore[attr-defined]
    names = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert names == ["Taal van de computer", "Nederlands", "English", "Türkçe", "Polski", "العربية"]
    assert menu.system_action.isChecked()
    menu.actions_by_code["en"].trigger()
    assert settings.language == "en" and menu.actions_by_code["en"].isChecked()
    box = window.findChild(QMessageBox, "messageBox")  # type: ignore[attr-defined]
    # Said in the language just chosen, so whoever chose it can read it.
    assert box is not None and box.text() == "The new language comes when you start Ons Plan again."
    box.close()
    assert menu.choose("nl") is None  # the window speaks Dutch already: nothing to restart for
    assert settings.language == "nl"


def test_the_environment_chooses_the_language_for_one_start(monkeypatch: pytest.MonkeyPatch, data_dir: object) -> None:
    from ui.common.settings import settings
    from ui.window.app import chosen_language

    settings.language = "pl"
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "ar")
    assert chosen_language() == "ar"
    monkeypatch.delenv(i18n.LANGUAGE_ENV)
    assert chosen_language() == "pl"


def test_an_error_is_read_in_the_language_of_the_screens_and_keeps_its_values() -> None:
    from wijkteam.errors import UserError
    from wijkteam.services.erase import MSG_NO_PLAN

    english = {("Errors", MSG_NO_PLAN): "There is no plan with number %1."}
    error = UserError(MSG_NO_PLAN, "50%1")
    assert str(error) == "Er is geen plan met nummer 50%1."  # one pass: a value's own %1 stays as it is
    i18n.set_translator(lambda context, text: english.get((context, text), text))
    try:
        assert str(error) == "There is no plan with number 50%1." and error.dutch == "Er is geen plan met nummer 50%1."
        assert str(UserError("Een zin die niemand vertaalde.")) == "Een zin die niemand vertaalde."
    finally:
        i18n.set_translator(QCoreApplication.translate)
