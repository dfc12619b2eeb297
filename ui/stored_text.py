"""Recognise a stored core message (plain Chinese text) by its template, to say it in English.

The core writes duty-log lines, cancel reasons and the like with `t("接报：{title}", …)`
(dutyroom/messages.py), but the database keeps only the Chinese text. To show such a line in the
UI language, `match()` finds the core template it was made from and its parameters:
"接报：Warehouse fire" → ("接报：{title}", {"title": "Warehouse fire"}). The templates come from
resources/translations/core_templates.json (written by update.py next to the .ts).

Only templates with Chinese literal text between their placeholders are tried (a bare
"{where}{detail}" would match anything), the one with the most literal text wins, and a line that
no template matches is left as it was stored.
"""

from __future__ import annotations

import json
import re
import string
from dataclasses import dataclass
from functools import lru_cache

from ui.resource_files import ResourceMissingError, resource_path

_HAN = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True, slots=True)
class _Pattern:
    template: str
    regex: re.Pattern[str]
    literal: str  # the longest literal piece: a cheap test before the regex
    weight: int  # how much literal text the template has (more is more specific)


def _compile(template: str) -> _Pattern | None:
    parts: list[str] = []
    literals: list[str] = []
    seen: set[str] = set()
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError:
        return None
    for literal, field, _spec, _conversion in parsed:
        if literal:
            parts.append(re.escape(literal))
            literals.append(literal)
        if field is None:
            continue
        if not field.isidentifier():
            return None
        parts.append(f"(?P={field})" if field in seen else f"(?P<{field}>.+?)")
        seen.add(field)
    text = "".join(literals)
    if not seen or not _HAN.search(text):
        return None
    regex = re.compile("^" + "".join(parts) + "$", re.S)
    return _Pattern(template, regex, max(literals, key=len), len(text))


@lru_cache(maxsize=1)
def _patterns() -> tuple[_Pattern, ...]:
    try:
        path = resource_path("translations", "core_templates.json")
        templates = json.loads(path.read_text(encoding="utf-8"))
    except (ResourceMissingError, OSError, ValueError):
        return ()
    compiled = (_compile(str(template)) for template in templates)
    found = [pattern for pattern in compiled if pattern is not None]
    return tuple(sorted(found, key=lambda p: -p.weight))


@lru_cache(maxsize=4096)
def match(text: str) -> tuple[str, dict[str, str]] | None:
    """(template, params) of the core template `text` was made from, or None."""
    if not _HAN.search(text):
        return None
    for pattern in _patterns():
        if pattern.literal not in text:
            continue
        found = pattern.regex.match(text)
        if found is not None:
            return pattern.template, found.groupdict()
    return None


def plain_fields(template: str) -> str:
    """The template with format specs and conversions dropped ({due:%H:%M} → {due}): stored
    parameters are text already formatted."""
    out: list[str] = []
    for literal, field, _spec, _conversion in string.Formatter().parse(template):
        out.append(literal.replace("{", "{{").replace("}", "}}"))
        if field is not None:
            out.append("{" + field + "}")
    return "".join(out)
