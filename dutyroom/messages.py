"""Messages the core writes for people: Chinese text that keeps its template for a translation.

The core speaks Chinese (the domain's language), and the CLI, the documents and the JSON contracts
print its messages as they are. A message made with `t()` is still a plain `str` to all of them, but
it remembers the Chinese template and its parameters, so the UI (ui.formatting.core_text) can say it
in the user's language:

    raise ValidationError("title", t("标题过长（最多{n}个字）", n=MAX_TITLE))

Templates are ordinary `str.format` strings written as literals at the call, so that
resources/translations/update.py can find them (context "core"); a parameter may itself be a
`Text`, a core enum or a number (format specs such as `{loss:g}` are kept). `joined()` makes a
list message ("；"-separated grade reasons, "、"-separated names) whose separator is translated too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


class Text(str):
    """A formatted message (its `str` value, in Chinese) and what it was made of."""

    template: str
    params: Mapping[str, Any]

    def __new__(cls, template: str, params: Mapping[str, Any] | None = None) -> Text:
        values = dict(params or {})
        self = super().__new__(cls, template.format(**values) if values else template)
        self.template = template
        self.params = values
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.template, dict(self.params)))


class Joined(Text):
    """Messages joined by a separator; `template` is the separator, `params["items"]` the parts."""

    def __new__(cls, template: str, params: Mapping[str, Any] | None = None) -> Joined:
        items = tuple((params or {}).get("items", ()))
        self = str.__new__(cls, template.join(items))
        self.template = template
        self.params = {"items": items}
        return self

    @property
    def items(self) -> tuple[str, ...]:
        return tuple(self.params["items"])


def t(template: str, **params: Any) -> Text:
    """The Chinese message `template.format(**params)`, which remembers template and params."""
    return Text(template, params)


def joined(separator: str, items: Iterable[str]) -> Joined:
    """`separator.join(items)` that a UI can say with its own separator and translated items."""
    return Joined(separator, {"items": tuple(items)})
