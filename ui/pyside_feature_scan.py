"""A cheaper form of the check PySide6 runs on every module imported after it.

PySide6's `__feature__` support (shibokensupport/feature.py, PYSIDE-2029) asks of each newly
imported module whether it "uses PySide" by searching its source for the text "PySide6", through
`inspect.getsource` — tokenising every file via linecache. That costs ~0.1 ms per module, ~8 ms of
the GUI start and more at each page's first visit. We never use `from __feature__ import`, but the
answer must stay the same for any module that might: this reads the same file as bytes and asks
the same question. Anything unexpected (no such function in a future PySide6, a module without a
.py file) leaves PySide6's own check in charge.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_FEATURE_MODULE = "shibokensupport.feature"


def install() -> bool:
    """Replace the scan if PySide6's feature module has the expected shape; True if replaced."""
    import shiboken6  # noqa: F401  (loads shibokensupport.feature)

    feature = sys.modules.get(_FEATURE_MODULE)
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original) or getattr(original, "_dutyroom", False):
        return False
    setattr(feature, "_mod_uses_pyside", _bytes_scan(original))  # noqa: B010
    return True


def _bytes_scan(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return False  # what the original answers for a module without a source file

    mod_uses_pyside._dutyroom = True  # type: ignore[attr-defined]
    return mod_uses_pyside
