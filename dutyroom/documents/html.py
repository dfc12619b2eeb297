"""HTML pieces every printed document shares, in the subset QTextDocument renders."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from dutyroom.documents.fonts import PRINT_FONT_CSS

# QTextDocument understands a CSS subset: tables with borders, font sizes, alignment.
_STYLE = (
    f"body{{font-family:{PRINT_FONT_CSS};font-size:10.5pt}}"
    "h1{font-size:16pt;text-align:center;margin:0 0 6px 0}"
    "h2{font-size:12pt;margin:6px 0 2px 0}"
    "p.meta{text-align:center;font-size:10pt;margin:0 0 8px 0}"
    "table{border-collapse:collapse;width:100%}"
    "th{background:#E8EDF5;font-weight:bold}"
    "td,th{border:1px solid #444;padding:2px 5px;vertical-align:top}"
    "td.sign{border:none;padding:10px 5px 2px 5px}"
    ".late{color:#B00000;font-weight:bold}"
)


def esc(value: object) -> str:
    return escape(str(value)).replace("\n", "<br/>")


def page(title: str, body: str) -> str:
    return (
        f"<html><head><meta charset='utf-8'/><title>{esc(title)}</title>"
        f"<style>{_STYLE}</style></head><body>{body}</body></html>"
    )


def table(headers: Sequence[str], rows: Iterable[Sequence[object]], *, empty: str = "无") -> str:
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = ["<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in rows]
    if not body:
        body = [f"<tr><td colspan='{len(headers)}'>{esc(empty)}</td></tr>"]
    return (
        '<table cellspacing="0" cellpadding="4" width="100%" border="1">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


def fields(pairs: Sequence[tuple[str, object]]) -> str:
    """A two-column label/value table (the header block of a sheet)."""
    rows = "".join(
        f"<tr><th width='18%' align='left'>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in pairs
    )
    return f'<table cellspacing="0" cellpadding="4" width="100%" border="1">{rows}</table>'


def signatures(*rows: Sequence[str]) -> str:
    """Signature lines: one row per side, one cell per signer with a rule to sign on and a date."""
    lines = []
    for labels in rows:
        width = 100 // max(1, len(labels))
        cells = "".join(
            f"<td class='sign' width='{width}%'>{esc(label)}（签名）：____________"
            "　____年__月__日</td>"
            for label in labels
        )
        lines.append(f"<tr>{cells}</tr>")
    return f'<table cellspacing="0" width="100%" border="0">{"".join(lines)}</table>'


def names(people: Iterable[str]) -> str:
    return "、".join(people) or "（未排班）"


def record_paragraph(record: str) -> str:
    """The chain head under the signatures, small: a later rewrite of history shows against it."""
    if not record:
        return ""
    return f"<p style='font-size:8pt;color:#555'>{esc(record)}</p>"
