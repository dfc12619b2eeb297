"""Every paper of the judged shift (tests/paper_scenario.py), made with the real commands and read
back as text: what no office would accept must appear on none of them."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.paper_scenario import build, explosion_of, papers

pytestmark = pytest.mark.slow

# Internal words of the program that must never reach paper.
CODES = re.compile(
    r"\b(first_phone|first_written|general_written|followup|supplementary|final|pending|done|"
    r"cancelled|overdue|None|True|False|nan)\b"
)
PLACEHOLDERS = ("（待补充）", "待补充", "（标题待填）")
MICROSECONDS = re.compile(r"\d{2}:\d{2}:\d{2}\.\d+")


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[tuple[str, int]]]]:
    root = tmp_path_factory.mktemp("scenario")
    room = build(root / "data")
    explosion = explosion_of(room)
    room.close()
    out = root / "papers"
    yield out, papers(root / "data", out, explosion)


def text_of(path: Path) -> str:
    if path.suffix == ".pdf":
        done = subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
        )
        return done.stdout
    if path.suffix == ".xlsx":
        from openpyxl import load_workbook

        book = load_workbook(path)
        cells = [
            str(cell.value)
            for sheet in book.worksheets
            for row in sheet.iter_rows()
            for cell in row
            if cell.value is not None
        ]
        heads = [
            part.text or ""
            for sheet in book.worksheets
            for part in (sheet.oddHeader.center, sheet.oddFooter.center, sheet.oddFooter.left)
        ]
        return "\n".join(cells + heads)
    from docx import Document

    doc = Document(str(path))
    return "\n".join(p.text for p in doc.paragraphs)


def test_every_paper_is_made(made: tuple[Path, list[tuple[str, int]]]) -> None:
    _, results = made
    assert [name for name, code in results if code] == []


def test_no_paper_carries_codes_placeholders_or_microseconds(
    made: tuple[Path, list[tuple[str, int]]],
) -> None:
    out, results = made
    wrong = []
    for name, _ in results:
        text = text_of(out / name)
        assert text.strip(), name
        for found in CODES.findall(text):
            wrong.append(f"{name}: {found}")
        wrong += [f"{name}: {p}" for p in PLACEHOLDERS if p in text]
        wrong += [f"{name}: {m}" for m in MICROSECONDS.findall(text)]
    assert wrong == []
