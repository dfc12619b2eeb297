"""设置 › 界面语言: 中文（简体） or English, a per-desk preference (QSettings LANGUAGE).

The translators are installed once at start-up (ui/app.py install_translations), so a new choice
takes effect after a restart; the section says so. Data (names, incident titles, the bureau name)
stays as it was entered; the core's messages follow the choice (ui.formatting.core_text).
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.settings import LANGUAGE, AppSettings

# (QSettings value, the name shown): each language in its own words, so anyone can find theirs.
LANGUAGES: tuple[tuple[str, str], ...] = (("zh_CN", "中文（简体）"), ("en", "English"))


class LanguageSection(QGroupBox):
    """Signals: none; a choice is saved at once (the file is synced when the app quits)."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("language_section")
        self.setTitle(self.tr("界面语言"))
        self._settings = settings
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("language_combo")
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        self._started_with = settings.get(LANGUAGE)
        index = self.language_combo.findData(self._started_with)
        self.language_combo.setCurrentIndex(max(index, 0))
        hint = QLabel(self.tr("重新启动程序后生效。"), self)
        hint.setObjectName("hint_label")
        self.feedback = QLabel(self)
        self.feedback.setObjectName("language_feedback_label")
        self.feedback.hide()
        row = QHBoxLayout()
        row.addWidget(self.language_combo)
        row.addWidget(hint, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.feedback)
        self.language_combo.currentIndexChanged.connect(self._on_language_index_changed)

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def _on_language_index_changed(self, _index: int) -> None:
        chosen = self.language()
        self._settings.set(LANGUAGE, chosen)
        self._settings.sync()
        changed = chosen != self._started_with
        self.feedback.setText(self.tr("已保存，重新启动程序后界面语言将改变。") if changed else "")
        self.feedback.setVisible(changed)
