"""Reading aloud: F9 and "Lees voor" make a real speech engine speak the open part and the family's text.

The real test runs a speech-dispatcher of its own (its own socket, configuration and logs under ``tmp_path``): its
output module runs espeak-ng, writes the sound to nowhere (there is no sound card here) and notes the voice and
the text it was given, sentence by sentence. Qt's speech-dispatcher plugin finds it through ``SPEECHD_ADDRESS``.
Pause, stop and the marked sentence are tested with Qt's own test engine ("mock"), which speaks in steps of time.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from models import AdviceAnswer, PlanType, Role
from ui.common import speech
from ui.common.settings import settings
from ui.common.speech import CALM_RATE, Piece, Reading, ReadState, Speaker
from ui.editor.read_aloud import FAMILY_TEXT
from ui.window.main_window import MainWindow
from wijkteam.sentences import split_sentences, utf16_position
from wijkteam.services import FAMILY, Actor, Services

JOOST = Actor(Role.PROFESSIONAL, "Joost van Dam")
FAMILY_WORDS = "Wij willen rust in huis. Oma komt op dinsdag, bijv. na school!\nDan eten we samen."

# ----------------------------------------------------------------------------------------------- the sentences


@pytest.mark.parametrize(("text", "expected"), [
    ("Wij willen rust. Oma helpt, bijv. op dinsdag! Klaar?", ["Wij willen rust.", "Oma helpt, bijv. op dinsdag!",
                                                              "Klaar?"]),
    ("Punt een\n- punt twee\n\n---\nJ. de Vries komt.", ["Punt een", "- punt twee", "J. de Vries komt."]),
    ("  Zonder punt aan het eind  ", ["Zonder punt aan het eind"]),
    ("Om 1.5 uur. Zie art. 4.1.2 Jeugdwet. Wat?! Echt.\" Ja", ["Om 1.5 uur.", "Zie art. 4.1.2 Jeugdwet.", "Wat?!",
                                                              "Echt.\"", "Ja"]),
    ("", []),
    ("...\n- \n", []),
])
def test_a_text_is_cut_into_its_sentences(text: str, expected: list[str]) -> None:
    found = split_sentences(text)
    assert [s.text for s in found] == expected
    assert all(text[s.start:s.end] == s.text for s in found)  # where each stands, for the mark


def test_positions_count_as_qt_counts() -> None:
    text = "Blij 😀. Daarna."
    second = split_sentences(text)[1]
    assert utf16_position(text, second.start) == second.start + 1  # the emoji is two UTF-16 units


# ------------------------------------------------------------------------------------- a real speech engine


def _speech_dispatcher_config(root: Path) -> tuple[Path, Path]:
    """A configuration whose only output module runs espeak-ng and notes what it was asked to say."""
    conf, log = root / "conf", root / "log"
    (conf / "modules").mkdir(parents=True)
    log.mkdir()
    spoken, sound = root / "spoken.txt", root / "sound.txt"
    (conf / "speechd.conf").write_text(
        f'LogLevel 3\nLogDir "{log}"\n'
        'AddModule "recorder" "sd_generic" "recorder.conf"\nDefaultModule recorder\nDefaultLanguage "nl"\n'
        # No sound card here: ALSA's null device takes the sound the module opens at its start.
        'AudioOutputMethod "alsa"\nAudioALSADevice "null"\n', encoding="utf-8")
    # speech-dispatcher puts the text in quotes itself, with its own quotes escaped.
    synth = (f"echo $VOICE \\'$DATA\\' >> {spoken}; "
             f"espeak-ng -v $VOICE -s $RATE --stdout \\'$DATA\\' | wc -c >> {sound}")
    (conf / "modules" / "recorder.conf").write_text(
        f'GenericExecuteSynth "{synth}"\nGenericCmdDependency "espeak-ng"\n'
        'GenericLanguage "nl" "nl" "utf-8"\nGenericLanguage "tr" "tr" "utf-8"\n'
        'AddVoice "nl" "MALE1" "nl"\nAddVoice "tr" "MALE1" "tr"\nDefaultVoice "nl"\n'
        "GenericRateAdd 160\nGenericRateMultiply 80\nGenericRateForceInteger 1\n"
        # The module cuts text at its own marks ("bijv." too); Ons Plan gives it one sentence at a time already.
        'GenericDelimiters "|"\nGenericMaxChunkLength 2000\n', encoding="utf-8")
    return spoken, sound


@pytest.fixture
def speech_dispatcher(tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, Path]]:
    """A speech-dispatcher of this test alone. Yields the file of what it spoke and the file of its sound sizes."""
    missing = [name for name in ("speech-dispatcher", "espeak-ng") if shutil.which(name) is None]
    if missing:
        pytest.skip(f"{' and '.join(missing)} not installed (.ci/run installs them): no real speech engine here")
    root = tmp_path / "speechd"
    run = root / "run"
    run.mkdir(parents=True, mode=0o700)
    spoken, sound = _speech_dispatcher_config(root)
    socket = run / "speechd.sock"
    env = {**os.environ, "XDG_RUNTIME_DIR": str(run), "HOME": str(root)}
    process = subprocess.Popen(
        ["speech-dispatcher", "--run-single", "--timeout", "0", "--config-dir", str(root / "conf"),
         "--communication-method", "unix_socket", "--socket-path", str(socket), "--pid-file", str(run / "pid"),
         "--log-dir", str(root / "log")],
        env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        qtbot.waitUntil(lambda: socket.exists() or process.poll() is not None, timeout=10_000)
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
        monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{socket}")
        yield spoken, sound
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stderr:
            process.stderr.close()


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def _idle(speaker: Speaker) -> bool:
    return speaker.state is ReadState.IDLE


def test_f9_makes_the_engine_speak_the_part_and_the_familys_text(
    qtbot: QtBot, window: MainWindow, services: Services, speech_dispatcher: tuple[Path, Path]
) -> None:
    spoken, sound = speech_dispatcher
    pid = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY)
    window.open_plan(pid)
    editor = window.editor_view
    section = editor.current_section()
    assert section is not None and section.question and section.help
    editor.panel.text_edit.setPlainText(FAMILY_WORDS)
    read_aloud = editor.read_aloud

    qtbot.keyClick(editor.panel.text_edit, Qt.Key.Key_F9)
    assert read_aloud.speaker.engine is not None and read_aloud.speaker.engine.engine() == "speechd"
    qtbot.waitUntil(lambda: _idle(read_aloud.speaker), timeout=30_000)

    said = [line.split(" ", 1) for line in _lines(spoken)]
    voices, texts = {voice for voice, _ in said}, [text for _, text in said]
    assert voices == {"nl"}  # a Dutch voice, for a Dutch plan on Dutch screens
    question = [s.text for s in split_sentences(section.question)]
    family = ["Wij willen rust in huis.", "Oma komt op dinsdag, bijv. na school!", "Dan eten we samen."]
    assert texts[1:1 + len(question)] == question  # after the part's name
    assert texts[-len(family):] == family  # the family's own text comes last, sentence by sentence
    assert [s.text for s in split_sentences(section.help)][0] in texts
    assert all(int(size) > 1000 for size in _lines(sound))  # espeak-ng made sound of every sentence
    assert len(_lines(sound)) == len(texts)
    assert read_aloud.marked_text() == ""  # nothing stays marked once the reading ends


def test_advice_is_read_with_the_familys_answer_and_the_plans_language_for_what_they_wrote(
    qtbot: QtBot, window: MainWindow, services: Services, speech_dispatcher: tuple[Path, Path]
) -> None:
    spoken, _sound = speech_dispatcher
    pid = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY, language="tr")
    advice_id = services.advice.add_advice(pid, JOOST, "Een vaste slaapplek bij oma.", organisation="Buurtteam",
                                           given_on=date(2025, 3, 3))
    services.plans.respond_to_advice(advice_id, FAMILY, AdviceAnswer.OVERGENOMEN, "Annem yardım ediyor.")
    window.open_plan(pid)
    editor = window.editor_view
    editor.roles.show_advice()
    card = editor.advice_panel.cards[0]
    qtbot.mouseClick(card.read_button, Qt.MouseButton.LeftButton)
    assert editor.read_aloud.advice_box.isVisible() and not editor.read_aloud.part_box.isVisible()
    assert card.read_button.text() == "Stop met voorlezen"
    qtbot.waitUntil(lambda: _idle(editor.read_aloud.speaker), timeout=30_000)

    assert card.read_button.text() == "Lees voor"
    said = [tuple(line.split(" ", 1)) for line in _lines(spoken)]
    assert ("nl", "Advies.") in said
    assert ("nl", "Van Joost van Dam, Buurtteam, op 3 maart 2025.") in said
    assert ("tr", "Een vaste slaapplek bij oma.") in said  # the plan's language: what was written for the plan
    assert ("nl", "Antwoord van het gezin: Overgenomen.") in said
    assert said[-1] == ("tr", "Annem yardım ediyor.")


# ------------------------------------------------------------------------------------------ without an engine


def test_without_a_speech_engine_the_button_says_how_to_get_one(
    qtbot: QtBot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(speech, "available_engines", lambda: [])  # as on a computer without speech-dispatcher
    window.open_plan(services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY))
    read_aloud = window.editor_view.read_aloud
    qtbot.mouseClick(read_aloud.read_button, Qt.MouseButton.LeftButton)
    box = read_aloud.message_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == ("Deze computer kan nog niet voorlezen: "
                          "installeer de programma's speech-dispatcher en espeak-ng.")
    assert read_aloud.read_button.toolTip() == box.text()
    assert read_aloud.speaker.state is ReadState.IDLE and not read_aloud.part_box.isVisible()
    qtbot.mouseClick(read_aloud.read_button, Qt.MouseButton.LeftButton)
    assert read_aloud.message_box is box  # one box, not one more for every press
    box.accept()
    qtbot.waitUntil(lambda: read_aloud.message_box is None)


def test_an_engine_that_is_not_there_reads_nothing_and_says_so(qtbot: QtBot) -> None:
    speaker = Speaker(engine="geen-stem")
    with qtbot.waitSignal(speaker.unavailable) as said:
        assert not speaker.read([Piece("Een zin.", "nl")])
    assert "speech-dispatcher" in said.args[0]
    assert speaker.engine is None and speaker.state is ReadState.IDLE


# ------------------------------------------------------------------------- pause, stop and the marked sentence


def _with_test_engine(window: MainWindow, services: Services) -> None:
    window.open_plan(services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY))
    window.editor_view.read_aloud.speaker.engine_name = speech.TEST_ENGINE  # Qt's own engine that speaks in steps


def test_the_sentence_being_read_is_marked_and_pause_reads_it_again(
    qtbot: QtBot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The test engine takes a tenth of a second a word; at its fastest, half of that.
    monkeypatch.setattr(speech, "CALM_RATE", 1.0)
    _with_test_engine(window, services)
    editor = window.editor_view
    read_aloud, box = editor.read_aloud, editor.read_aloud.part_box
    editor.panel.text_edit.setPlainText(FAMILY_WORDS)
    heard: list[Reading] = []
    read_aloud.speaker.reading.connect(heard.append)
    marks: list[str] = []

    # At the second sentence of the family's text, as it begins: what is marked, then pause there.
    def at_second(reading: Reading) -> None:
        if reading.piece.key == FAMILY_TEXT and reading.sentence.text.startswith("Oma") and not marks:
            marks.append(read_aloud.marked_text())
            box.pause_button.click()
    read_aloud.speaker.reading.connect(at_second)

    qtbot.mouseClick(read_aloud.read_button, Qt.MouseButton.LeftButton)
    assert box.isVisible() and read_aloud.read_button.text() == "Stop met voorlezen"
    assert heard[0].piece.key == "title" and box.sentence_label.text() == heard[0].sentence.text
    qtbot.waitUntil(lambda: read_aloud.speaker.state is ReadState.PAUSED, timeout=20_000)
    assert marks == ["Oma komt op dinsdag, bijv. na school!"]
    assert read_aloud.marked_text() == "Oma komt op dinsdag, bijv. na school!"  # stays marked while paused
    assert box.sentence_label.text() == "Oma komt op dinsdag, bijv. na school!"
    assert box.pause_button.text() == "▶ Verder" and box.heading.text() == "Gepauzeerd bij:"
    count = len(heard)
    text_sentences = [r.sentence.text for r in heard if r.piece.key == FAMILY_TEXT]
    assert text_sentences == ["Wij willen rust in huis.", "Oma komt op dinsdag, bijv. na school!"]

    qtbot.mouseClick(box.pause_button, Qt.MouseButton.LeftButton)  # "Verder": the same sentence from its start
    assert read_aloud.speaker.state is ReadState.SPEAKING and box.pause_button.text() == "Pauze"
    assert heard[count].sentence.text == "Oma komt op dinsdag, bijv. na school!"
    qtbot.waitUntil(lambda: read_aloud.marked_text() == "Dan eten we samen.", timeout=20_000)
    assert box.position_label.text() == f"zin {heard[-1].number + 1} van {heard[-1].count}"
    qtbot.mouseClick(box.stop_button, Qt.MouseButton.LeftButton)
    assert read_aloud.speaker.state is ReadState.IDLE
    assert not box.isVisible() and read_aloud.marked_text() == ""
    assert read_aloud.read_button.text() == "Lees voor"


def test_the_key_stops_and_another_part_stops_the_reading(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    _with_test_engine(window, services)
    editor = window.editor_view
    speaker = editor.read_aloud.speaker
    qtbot.keyClick(editor.panel.text_edit, Qt.Key.Key_F9)
    assert speaker.state is ReadState.SPEAKING
    qtbot.keyClick(editor.panel.text_edit, Qt.Key.Key_F9)
    assert speaker.state is ReadState.IDLE
    qtbot.keyClick(editor.panel.text_edit, Qt.Key.Key_F9)
    editor.section_list.setCurrentIndex(editor.model.index(2))
    assert speaker.state is ReadState.IDLE and not editor.read_aloud.part_box.isVisible()
    qtbot.keyClick(editor.panel.text_edit, Qt.Key.Key_F9)
    editor.roles.show_advice()  # the advice in place of the part: reading the part stops
    assert speaker.state is ReadState.IDLE
    # In the advice, the key reads the item in view.
    qtbot.keyClick(editor.advice_panel, Qt.Key.Key_F9)
    assert speaker.state is ReadState.IDLE  # no item yet: nothing to read


def test_the_calm_pace_is_remembered(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    _with_test_engine(window, services)
    read_aloud = window.editor_view.read_aloud
    assert settings.read_aloud_calm
    qtbot.mouseClick(read_aloud.read_button, Qt.MouseButton.LeftButton)
    engine = read_aloud.speaker.engine
    assert engine is not None and engine.rate() == pytest.approx(CALM_RATE)
    check = read_aloud.part_box.calm_check
    assert check.isChecked()
    check.click()
    assert not settings.read_aloud_calm and engine.rate() == 0.0
    window.editor_view.roles.show_advice()
    read_aloud.advice_box.show_for(True)
    assert not read_aloud.advice_box.calm_check.isChecked()  # the choice made in the other box


def test_in_the_advice_the_key_reads_the_item_that_has_the_keyboard(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    pid = services.plans.create_plan(PlanType.FAMILIEGROEPSPLAN, FAMILY)
    first = services.advice.add_advice(pid, JOOST, "Eerst dit.", given_on=date(2025, 3, 3))
    second = services.advice.add_advice(pid, JOOST, "Dan dat.", given_on=date(2025, 3, 4))
    window.open_plan(pid)
    editor = window.editor_view
    editor.read_aloud.speaker.engine_name = speech.TEST_ENGINE
    editor.roles.show_advice()
    cards = {card.item.id: card for card in editor.advice_panel.cards}
    assert cards[first].answer_button is not None and cards[second].answer_button is not None
    cards[second].answer_button.setFocus()
    heard: list[Reading] = []
    editor.read_aloud.speaker.reading.connect(heard.append)
    qtbot.keyClick(cards[second].answer_button, Qt.Key.Key_F9)
    assert editor.read_aloud.advice_box.isVisible()
    assert cards[second].read_button.text() == "Stop met voorlezen" and cards[first].read_button.text() == "Lees voor"
    qtbot.waitUntil(lambda: any(r.piece.text == "Dan dat." for r in heard), timeout=20_000)
    assert not any(r.piece.text == "Eerst dit." for r in heard)
    qtbot.keyClick(cards[second].answer_button, Qt.Key.Key_F9)
    assert editor.read_aloud.speaker.state is ReadState.IDLE and not editor.read_aloud.advice_box.isVisible()


def test_an_engine_that_never_finishes_a_sentence_is_stopped_with_a_sentence(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As speech-dispatcher without a sound card: it says it speaks, and never that it is done.
    monkeypatch.setattr(speech, "STALL_SECONDS", 0.0)
    monkeypatch.setattr(speech, "STALL_SECONDS_PER_LETTER", 0.001)  # far less than the test engine's tenth a word
    speaker = Speaker(engine=speech.TEST_ENGINE)
    with qtbot.waitSignal(speaker.unavailable, timeout=10_000) as said:
        assert speaker.read([Piece("Een heel lange zin met veel woorden erin.", "nl")])
    assert said.args == ["Het voorlezen lukt niet: de computer geeft geen geluid. Staat het geluid aan?"]
    assert speaker.state is ReadState.IDLE


def test_the_speech_module_waits_until_reading_aloud_is_asked_for() -> None:
    # Qt's speech module brings Qt Multimedia along: the window and the editor show without either.
    code = ("import sys, ui.window.main_window, ui.editor.editor_view\n"
            "print(sorted(m for m in sys.modules if 'TextToSpeech' in m or 'Multimedia' in m))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
