"""Unexpected errors: written to logs/dutyroom.log, shown once in Chinese, the app keeps going."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ui.errors_hook import LOG_BACKUPS, LOG_MAX_BYTES, ErrorHook, LazyLogHandler


def raised(message: str) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise ValueError(message)
    except ValueError:
        return sys.exc_info()  # type: ignore[return-value]


@pytest.fixture
def hook(qtbot, tmp_path: Path) -> Iterator[ErrorHook]:  # type: ignore[no-untyped-def]
    installed = ErrorHook(tmp_path / "logs")
    installed.install()
    yield installed
    installed.uninstall()


def test_install_replaces_and_uninstall_restores_the_hook(hook: ErrorHook) -> None:
    assert sys.excepthook is hook
    hook.uninstall()
    assert sys.excepthook is not hook


def test_the_traceback_goes_to_the_rotating_log(hook: ErrorHook, tmp_path: Path) -> None:
    hook(*raised("数据库被拔掉了"))  # type: ignore[arg-type]
    text = (tmp_path / "logs" / "dutyroom.log").read_text(encoding="utf-8")
    assert "unexpected error" in text
    assert "ValueError: 数据库被拔掉了" in text
    assert "Traceback" in text


def test_the_log_file_is_opened_by_the_first_record_and_rotates(tmp_path: Path) -> None:
    import logging

    handler = LazyLogHandler(tmp_path / "logs")
    assert (tmp_path / "logs").is_dir() and not handler.opened  # nothing written at start
    record = logging.LogRecord("dutyroom", logging.WARNING, __file__, 1, "x" * 1000, None, None)
    for _ in range(LOG_MAX_BYTES // 1000 + 10):
        handler.handle(record)
    handler.close()
    assert handler.opened is False  # closed again
    names = sorted(p.name for p in (tmp_path / "logs").iterdir())
    assert names[:2] == ["dutyroom.log", "dutyroom.log.1"] and len(names) <= LOG_BACKUPS + 1


def test_a_log_file_that_cannot_be_opened_does_not_raise(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import logging

    handler = LazyLogHandler(tmp_path / "logs")
    (tmp_path / "logs" / "dutyroom.log").mkdir()  # a folder where the file should be
    handler.handle(logging.LogRecord("dutyroom", logging.ERROR, __file__, 1, "boom", None, None))
    assert not handler.opened
    assert "Logging error" in capsys.readouterr().err  # logging's own report, not an exception


def test_one_non_modal_box_for_a_burst_of_errors(qtbot, hook: ErrorHook) -> None:
    hook(*raised("first"))  # type: ignore[arg-type]
    box = hook.message_box
    assert box is not None
    qtbot.addWidget(box)
    assert box.isVisible()
    assert not box.isModal()
    assert "意外错误" in box.text()
    assert "first" in box.detailedText()
    hook(*raised("second"))  # type: ignore[arg-type]
    hook(*raised("third"))  # type: ignore[arg-type]
    assert hook.message_box is box
    assert hook.repeated == 2
    assert "2 次" in box.informativeText()


def test_after_the_box_is_closed_the_next_error_opens_a_new_one(qtbot, hook: ErrorHook) -> None:
    hook(*raised("first"))  # type: ignore[arg-type]
    first = hook.message_box
    qtbot.addWidget(first)
    first.accept()
    assert hook.message_box is None
    hook(*raised("again"))  # type: ignore[arg-type]
    assert hook.message_box is not None
    qtbot.addWidget(hook.message_box)
    assert "again" in hook.message_box.detailedText()
