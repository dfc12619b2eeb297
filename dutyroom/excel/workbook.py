"""Opening a workbook someone hands us: every way it can be wrong becomes one Chinese sentence.

Bounded before and while parsing (a workbook is input from anywhere): the zip's declared sizes
are checked before openpyxl reads a byte of XML, the sheets' declared dimensions are ignored
(only cells actually present are read), and a sheet with rows beyond MAX_ROWS is refused.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dutyroom.errors import DutyRoomError
from dutyroom.messages import t

# Limits (README: 导入的限度). A year's roster is 366 rows and a bureau's people a few hundred.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024
MAX_ENTRIES = 2000
MAX_ROWS = 10_000
MAX_COLUMNS = 200

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
    visible: bool = True
    date1904: bool = False  # the Mac 1904 date system: serial numbers count from 1904-01-01


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


def _check_zip(path: Path) -> None:
    """Refuse what would take too long or too much memory to parse, from the zip's directory."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise WorkbookError(
            t(
                "{name} 有 {mb:.0f} MB，超过可导入的上限 {limit} MB：值班表和人员名单不会这么大",
                name=path.name,
                mb=size / 1024 / 1024,
                limit=MAX_FILE_BYTES // 1024 // 1024,
            )
        )
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise WorkbookError(
            t(
                "{name} 已损坏或不是 Excel 工作簿（{error}）",
                name=path.name,
                error=type(exc).__name__,
            )
        ) from exc
    unpacked = sum(entry.file_size for entry in entries)
    if len(entries) > MAX_ENTRIES or unpacked > MAX_UNCOMPRESSED_BYTES:
        raise WorkbookError(
            t(
                "{name} 解压后有 {mb:.0f} MB（{n} 个部件），"
                "超过可导入的上限 {limit} MB：文件异常，未导入",
                name=path.name,
                mb=unpacked / 1024 / 1024,
                n=len(entries),
                limit=MAX_UNCOMPRESSED_BYTES // 1024 // 1024,
            )
        )
    _check_no_dtd(path)


def _check_no_dtd(path: Path) -> None:
    """Excel and WPS never write a DTD; one in a part declares entities (expansion bombs, or
    text injected where the sheet shows none). Read in chunks: the sizes are bounded above."""
    marker = b"<!DOCTYPE"
    with zipfile.ZipFile(path) as archive:
        for entry in archive.infolist():
            if not entry.filename.endswith((".xml", ".rels", ".vml")):
                continue
            tail = b""
            with archive.open(entry) as part:
                while chunk := part.read(1 << 20):
                    if marker in (tail + chunk).upper():
                        raise WorkbookError(
                            t(
                                "{name} 含有 XML 实体声明（DTD），"
                                "不是 Excel 或 WPS 保存的文件，未导入",
                                name=path.name,
                            )
                        )
                    tail = chunk[-len(marker) :]


def read_sheets(path: Path, *, sheet: str | None = None) -> list[Sheet]:
    """The cell values of the visible worksheets, the active one first (read-only mode, cached
    formula results); with `sheet`, only that one, hidden or not. A formula without a cached
    result, a row beyond MAX_ROWS or a damaged part is refused with the sheet and cell named."""
    from openpyxl import load_workbook

    path = Path(path)
    _check_signature(path)
    _check_zip(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # hostile input to a third-party parser: any failure is "damaged"
        raise _damaged(path, exc) from exc
    try:
        chosen = _chosen(workbook, sheet, path)
        sheets = [_read(ws, workbook.epoch.year == 1904) for ws in chosen]
    except WorkbookError:
        raise
    except Exception as exc:
        raise _damaged(path, exc) from exc
    finally:
        workbook.close()  # read-only mode keeps the file open until closed (Windows locks it)
    if all(is_blank(row) for one in sheets for row in one.rows):
        raise WorkbookError(t("{name} 是空的工作簿，没有任何内容", name=path.name))
    _check_formulas(path, sheets)
    return sheets


def _damaged(path: Path, exc: BaseException) -> WorkbookError:
    return WorkbookError(
        t("{name} 已损坏或不是 Excel 工作簿（{error}）", name=path.name, error=type(exc).__name__)
    )


def _chosen(workbook: Any, name: str | None, path: Path) -> list[Any]:
    if name is not None:
        for ws in workbook.worksheets:
            if ws.title == name:
                return [ws]
        names = "、".join(ws.title for ws in workbook.worksheets)
        raise WorkbookError(
            t(
                "{file} 中没有名为“{name}”的工作表（有：{names}）",
                file=path.name,
                name=name,
                names=names,
            )
        )
    visible = [ws for ws in workbook.worksheets if ws.sheet_state == "visible"]
    active = workbook.active
    # The sheet the office last looked at comes first; a hidden sheet is a template or a copy.
    return sorted(visible, key=lambda ws: ws is not active)


def _read(ws: Any, date1904: bool) -> Sheet:
    ws.reset_dimensions()  # the declared A1:XFD1048576 of a hostile file is not read
    rows: list[Row] = []
    for cells in ws.iter_rows(max_col=MAX_COLUMNS):
        number = next((c.row for c in cells if getattr(c, "row", None)), None)
        if number is None:
            continue
        if number > MAX_ROWS:
            raise WorkbookError(
                t(
                    "工作表“{sheet}”第{row}行超出可导入的范围（最多{limit}行）："
                    "请删去多余的行后再导入",
                    sheet=ws.title,
                    row=number,
                    limit=MAX_ROWS,
                )
            )
        rows.extend(() for _ in range(number - 1 - len(rows)))
        rows.append(tuple(c.value for c in cells))
    return Sheet(ws.title, rows, ws.sheet_state == "visible", date1904)


def _check_formulas(path: Path, sheets: list[Sheet]) -> None:
    """A formula saved without its result (written by a script, never opened in Excel) reads as
    an empty cell: an empty shift imported as if it were the roster. Refused, cell named."""
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    workbook = load_workbook(path, read_only=True, data_only=False)
    try:
        for one in sheets:
            ws = workbook[one.name]
            ws.reset_dimensions()
            for cells in ws.iter_rows(max_row=len(one.rows), max_col=MAX_COLUMNS):
                for cell in cells:
                    if getattr(cell, "data_type", None) != "f":
                        continue
                    row = one.rows[cell.row - 1] if cell.row <= len(one.rows) else ()
                    cached = row[cell.column - 1] if cell.column <= len(row) else None
                    if cached is None:
                        raise WorkbookError(
                            t(
                                "工作表“{sheet}”{cell}单元格是公式，但文件中没有计算结果："
                                "请在 Excel 或 WPS 中打开并保存后再导入",
                                sheet=one.name,
                                cell=f"{get_column_letter(cell.column)}{cell.row}",
                            )
                        )
    except WorkbookError:
        raise
    except Exception as exc:
        raise _damaged(path, exc) from exc
    finally:
        workbook.close()


def _rows(ws: Any) -> Iterator[Row]:
    # min_row=1 keeps Excel row numbers: read-only sheets otherwise start at their first used row.
    yield from ws.iter_rows(min_row=1, values_only=True)


def is_blank(row: Row) -> bool:
    return all(value is None or not str(value).strip() for value in row)
