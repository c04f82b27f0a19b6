"""While something is read aloud: the sentence being read, in large letters, with pause, stop and the pace.

The sentence itself stands here, so a person who reads with difficulty sees and hears the same words, whatever is
being read: the question of a part, its help, the family's own text or an item of advice.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.common.settings import settings
from ui.common.speech import Reading, ReadState, Speaker
from ui.common.theme import set_role
from ui.common.wording import fmt

#: The sentence stands out from the rest of the screen, as a marker pen would make it.
SENTENCE_STYLE = "QLabel { background: #FFF1A8; color: #1F2A30; border-radius: 6px; padding: 6px 10px; }"


class ReadAloudBox(QWidget):
    """Shows while ``speaker`` reads for this box (``active``); hidden otherwise, and then it takes no room at all.

    ``margins`` (left, top, right, bottom) keep it in line with what is under it; on this widget, not on a layout
    around it, since an empty layout still takes its margins.
    """

    def __init__(self, speaker: Speaker, margins: tuple[int, int, int, int] = (0, 0, 0, 0),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frame = QFrame()
        set_role(self.frame, "helpbox")
        self.frame.setAccessibleName(self.tr("Voorlezen"))
        self._speaker = speaker
        self.active = False
        self.heading = QLabel(self.tr("Wordt voorgelezen:"))
        set_role(self.heading, "help-heading")
        self.position_label = QLabel()
        set_role(self.position_label, "muted")
        self.sentence_label = QLabel()
        self.sentence_label.setWordWrap(True)
        self.sentence_label.setTextFormat(Qt.TextFormat.PlainText)
        self.sentence_label.setStyleSheet(SENTENCE_STYLE)
        font = QFont(self.sentence_label.font())
        font.setPointSize(font.pointSize() + 3)
        self.sentence_label.setFont(font)
        self.pause_button = QPushButton(self.tr("Pauze"))
        self.pause_button.setToolTip(self.tr("Even stoppen. Met Verder hoort u de zin opnieuw."))
        self.pause_button.clicked.connect(self._on_pause_button_clicked)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop met voorlezen"))
        self.stop_button.clicked.connect(self._on_stop_button_clicked)
        self.calm_check = QCheckBox(self.tr("Rustig voorlezen"))
        self.calm_check.setToolTip(self.tr("Langzamer voorlezen. Dit wordt onthouden."))
        self.calm_check.setChecked(settings.read_aloud_calm)
        self.calm_check.toggled.connect(self._on_calm_check_toggled)

        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.heading)
        top.addWidget(self.position_label)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        buttons.addWidget(self.calm_check)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(*margins)
        outer.addWidget(self.frame)
        layout = QVBoxLayout(self.frame)
        layout.setContentsMargins(16, 8, 16, 10)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.sentence_label)
        layout.addLayout(buttons)
        self.setVisible(False)
        speaker.reading.connect(self._on_speaker_reading)
        speaker.state_changed.connect(self._on_speaker_state_changed)

    def focus_chain(self) -> list[QWidget]:
        return [self.pause_button, self.stop_button, self.calm_check]

    def show_for(self, active: bool) -> None:
        """Whether what the speaker reads now belongs here."""
        self.active = active
        self.calm_check.blockSignals(True)
        self.calm_check.setChecked(settings.read_aloud_calm)  # as chosen in the other box, too
        self.calm_check.blockSignals(False)
        self._show_state(self._speaker.state)

    # ----------------------------------------------------------------- helpers

    def _show_state(self, state: ReadState) -> None:
        self.setVisible(self.active and state is not ReadState.IDLE)
        paused = state is ReadState.PAUSED
        self.pause_button.setText(self.tr("▶ Verder") if paused else self.tr("Pauze"))
        self.pause_button.setAccessibleName(self.tr("Verder voorlezen") if paused else self.tr("Pauze"))
        self.heading.setText(self.tr("Gepauzeerd bij:") if paused else self.tr("Wordt voorgelezen:"))

    # ------------------------------------------------------------------- slots

    def _on_speaker_reading(self, reading: Reading) -> None:
        if not self.active:
            return
        self.sentence_label.setText(reading.sentence.text)
        self.position_label.setText(fmt(self.tr("zin %1 van %2"), reading.number + 1, reading.count))

    def _on_speaker_state_changed(self, state: ReadState) -> None:
        self._show_state(state)

    def _on_pause_button_clicked(self) -> None:
        if self._speaker.state is ReadState.PAUSED:
            self._speaker.resume()
        else:
            self._speaker.pause()

    def _on_stop_button_clicked(self) -> None:
        self._speaker.stop()

    def _on_calm_check_toggled(self, calm: bool) -> None:
        settings.read_aloud_calm = calm
        self._speaker.apply_rate()
