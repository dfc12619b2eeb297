"""The address book's search box: ContactIndex.search against a plain substring scan, in one run.

    python -m bench.directory [CONTACTS]   (default 2,000)

The floor is the least a search can do: one `in` test per contact over name, unit and mobile, in a
list comprehension. The index also folds case and width, matches pinyin initials and ranks the
results, so it costs more; the ratio says how much, on whatever machine runs it.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable

from dutyroom.contact_search import ContactIndex
from dutyroom.models import Contact, ContactKind

QUERIES = ("联系人19", "00001999", "lxr", "单位7")
RUNS = 50


def _median_ms(search: Callable[[str], object]) -> float:
    times = []
    for _ in range(RUNS):
        began = time.perf_counter()
        for query in QUERIES:
            search(query)
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    contacts = [
        Contact(f"联系人{i}", ContactKind.OTHER, f"单位{i % 50}", mobile=f"139{i:08d}")
        for i in range(count)
    ]
    began = time.perf_counter()
    index = ContactIndex.build(contacts)
    build_ms = (time.perf_counter() - began) * 1000

    def scan(query: str) -> list[Contact]:
        return [c for c in contacts if query in c.name or query in c.unit or query in c.mobile]

    floor = _median_ms(scan)
    indexed = _median_ms(index.search)
    print(f"{count} contacts, index built in {build_ms:.1f} ms")
    print(f"floor (substring scan, {len(QUERIES)} queries): {floor:.2f} ms")
    ratio = indexed / floor
    print(f"ContactIndex.search ({len(QUERIES)} queries): {indexed:.2f} ms = {ratio:.1f}× floor")


if __name__ == "__main__":
    main()
