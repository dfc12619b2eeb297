"""Instant contact search: by any part of the name or unit, by phone digits, by pinyin initials.

Everything a keystroke needs is computed once when the contacts load (`ContactIndex.build`), so a
search is a scan of short prepared strings: well under a millisecond for a county's directory.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from dutyroom.models import Contact, ContactKind

_NON_DIGITS = re.compile(r"\D+")
_PHONE_QUERY = re.compile(r"^[\d\s\-+()（）]+$")
_LETTERS = re.compile(r"^[a-z]+$")
MIN_DIGITS = 3  # fewer digits match too much to be useful (every number has a "0")


@cache
def _initials_function() -> Callable[[str], str]:
    """pypinyin's first letters when installed; without it initials search is simply off.
    Imported on first use (not at import): pypinyin's tables cost ~120 ms of start-up."""
    try:
        from pypinyin import Style, lazy_pinyin
    except ImportError:  # pragma: no cover - pypinyin is a declared dependency
        return lambda text: ""

    def initials(text: str) -> str:
        letters = lazy_pinyin(text, style=Style.FIRST_LETTER, errors="ignore")
        return "".join(letters).lower()

    return initials


def _initials(text: str) -> str:
    return _initials_function()(text)


def digits(text: str) -> str:
    return _NON_DIGITS.sub("", unicodedata.normalize("NFKC", text))


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


@dataclass(frozen=True, slots=True)
class _Entry:
    contact: Contact
    text: str  # name, unit, title, township, note: folded
    name: str
    numbers: tuple[str, ...]  # digits only, one per number
    initials: tuple[str, ...]  # of the name and of the unit


def _entry(contact: Contact) -> _Entry:
    fields = (contact.name, contact.unit, contact.title, contact.township, contact.note)
    numbers = tuple(d for d in (digits(contact.phone), digits(contact.mobile)) if d)
    initials = tuple(i for i in (_initials(contact.name), _initials(contact.unit)) if i)
    return _Entry(contact, _fold(" ".join(fields)), _fold(contact.name), numbers, initials)


class ContactIndex:
    """A searchable snapshot of the directory; rebuild it when the contacts change."""

    def __init__(self, entries: Iterable[_Entry]) -> None:
        self._entries = list(entries)

    @classmethod
    def build(cls, contacts: Iterable[Contact]) -> ContactIndex:
        return cls(_entry(c) for c in contacts)

    def __len__(self) -> int:
        return len(self._entries)

    def search(
        self, query: str, *, kind: ContactKind | None = None, limit: int = 200
    ) -> list[Contact]:
        """Contacts matching `query`, best first: name starts with it, then other matches."""
        text = _fold(query).strip()
        pool = [e for e in self._entries if kind is None or e.contact.kind is kind]
        if not text:
            return [e.contact for e in pool[:limit]]
        wanted = digits(text) if _PHONE_QUERY.match(text) else ""
        letters = text if _LETTERS.match(text) else ""
        found: list[tuple[int, int, Contact]] = []
        for order, entry in enumerate(pool):
            rank = self._rank(entry, text, wanted, letters)
            if rank is not None:
                found.append((rank, order, entry.contact))
        found.sort(key=lambda item: (item[0], item[1]))
        return [contact for _, _, contact in found[:limit]]

    @staticmethod
    def _rank(entry: _Entry, text: str, wanted: str, letters: str) -> int | None:
        if entry.name.startswith(text):
            return 0
        if text in entry.text:
            return 1
        if letters:
            # The name's initials before the unit's, a prefix before a part further in.
            for rank, initials in enumerate(entry.initials, start=2):
                if initials.startswith(letters):
                    return rank
            if any(letters in i for i in entry.initials):
                return 4
        if len(wanted) >= MIN_DIGITS and any(wanted in n for n in entry.numbers):
            return 5
        return None
