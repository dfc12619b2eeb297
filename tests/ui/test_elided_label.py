"""The log clocks' entry text: it ends in "…" where it does not fit, and never widens a row."""

from __future__ import annotations

from ui.elided_label import ElidedLabel

TEXT = "县气象台发布暴雨橙色预警，请各乡镇做好防范，加强值守"


def test_a_narrow_label_ends_in_an_ellipsis_and_keeps_its_whole_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = ElidedLabel(TEXT)
    qtbot.addWidget(label)
    full = label.fontMetrics().horizontalAdvance(TEXT)
    assert label.minimumSizeHint().width() < full // 4  # it gives way in a layout
    label.resize(full // 2, 30)
    shown = label.shown_text()
    assert shown.endswith("…") and TEXT.startswith(shown[:-1]) and len(shown) < len(TEXT)
    assert label.text() == TEXT and label.toolTip() == TEXT
    label.resize(full + 20, 30)
    assert label.shown_text() == TEXT
