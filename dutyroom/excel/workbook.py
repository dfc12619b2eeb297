"""Opening a workbook someone hands us: every way it can be wrong becomes one Chinese sentence."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dutyroom.errors import DutyRoomError
from dutyroom.messages import t

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # old .xls, and also password-protected .xlsx
_SAVE_AS = t("请在 Excel 或 WPS 中打开后“另存为”Excel 工作簿（*.xlsx）再导入")

Row = tuple[Any, ...]


class WorkbookError(DutyRoomError):
    """The file cannot be read as a workbook at all (wrong format, damaged, empty)."""


@dataclass(frozen=True, slots=True)
class Sheet:
    name: str
    rows: list[Row]  # rows[0] is Excel row 1


def _looks_like_text(head: bytes) -> bool:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = head.decode(encoding)
        except UnicodeDecodeError:
            continue
        return "\x00" not in text
    return False


def _check_signature(path: Path) -> None:
    if not path.is_file():
        raise WorkbookError(t("文件不存在：{path}", path=path))
    with path.open("rb") as handle:
        head = handle.read(4096)
    if not head:
        raise WorkbookError(t("文件是空的（0 字节）：{name}", name=path.name))
    if head.startswith(_OLE_MAGIC):
        raise WorkbookError(
            t(
                "{name} 是旧版 .xls 格式或加了密码的工作簿，无法直接读取；{save_as}",
                name=path.name,
                save_as=_SAVE_AS,
            )
        )
    if head.startswith(_ZIP_MAGIC):
        return
    if _looks_like_text(head[:4000]):
        raise WorkbookError(
            t(
                "{name} 实际是 CSV 或文本文件（只是扩展名为 .xlsx）；{save_as}",
                name=path.name,
                save_as=_SAVE_AS,
            )
        )
    raise WorkbookError(t("{name} 不是 Excel 工作簿，无法读取", name=path.name))


def read_sheets(path: Path) -> list[Sheet]:
    """Every worksheet's cell values (read-only mode, cached formula results, not formulas)."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    path = Path(path)
    _check_signature(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise WorkbookError(
            t(
                "{name} 已损坏或不是 Excel 工作簿（{error}）",
                name=path.name,
                error=type(exc).__name__,
            )
        ) from exc
    try:
        sheets = [Sheet(ws.title, list(_rows(ws))) for ws in workbook.worksheets]
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError) as exc:
        raise WorkbookError(
            t("{name} 内容已损坏，无法读取（{error}）", name=path.name, error=type(exc).__name__)
        ) from exc
    finally:
        workbook.close()  # read-only mode keeps the file open until closed (Windows locks it)
    if all(is_blank(row) for sheet in sheets for row in sheet.rows):
        raise WorkbookError(t("{name} 是空的工作簿，没有任何内容", name=path.name))
    return sheets


def _rows(ws: Any) -> Iterator[Row]:
    # min_row=1 keeps Excel row numbers: read-only sheets otherwise start at their first used row.
    yield from ws.iter_rows(min_row=1, values_only=True)


def is_blank(row: Row) -> bool:
    return all(value is None or not str(value).strip() for value in row)
