"""A per-user cache of the code that `@dataclass` generates, so a start does not compile it again.

Python 3.11's `dataclasses` writes every generated method (`__init__`, `__repr__`, `__eq__`,
`__hash__`, and the frozen `__setattr__`/`__delattr__`) as source text and runs it through its own
`exec` call, one compile per method: the 47 dataclasses on the GUI's start path cost 24 ms, more
than anything else of ours (bench/startup.py). The text depends only on the class's fields and
options, so the compiled code can be kept: `install` gives the `dataclasses` module its own `exec`
that looks the text up first and compiles only what it has not seen. The lookup is by the whole
text, and the code objects are those `exec` would have compiled (same filename, no inherited
flags), so every class behaves exactly as without the cache; a file of another Python or a damaged
one is ignored. `dataclasses` finds `exec` as a global name, so if a later Python stops calling
it, the cache simply stays empty.

The file lives in the per-user cache folder on this computer (trusted like the program; never a
data folder given by --data-dir, which may be on a share: code is read from it) and is written
atomically after the first window is painted and at exit.
"""

from __future__ import annotations

import atexit
import builtins
import contextlib
import dataclasses
import logging
import marshal
import os
import sys
from pathlib import Path
from types import CodeType
from typing import Any

from dutyroom.paths import default_cache_dir

log = logging.getLogger(__name__)

# A file from another interpreter build is not read: marshal's format and bytecode differ.
_HEADER = f"dutyroom-dataclass-cache 1 {sys.implementation.cache_tag} {sys.version}".encode()
# Code of classes that no longer exist is dropped once the file would hold more than this.
MAX_ENTRIES = 4000

_installed: DataclassCache | None = None


def cache_file(folder: Path) -> Path:
    return folder / f"dataclasses-{sys.implementation.cache_tag}.marshal"


class DataclassCache:
    """Compiled dataclass methods by source text; `hits` and `compiled` count this process."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.hits = 0
        self.compiled = 0
        self._code: dict[str, CodeType] = _read(path)
        self._used: set[str] = set()
        self._dirty = False

    def __len__(self) -> int:
        return len(self._code)

    def exec(self, source: Any, globals: Any = None, locals: Any = None, /) -> None:
        """`builtins.exec` for `dataclasses`: source text is compiled once, ever."""
        if type(source) is str:
            code = self._code.get(source)
            if code is None:
                # What exec(source) compiles: filename "<string>", and the future flags of the
                # calling frame, which in dataclasses.py are none.
                code = compile(source, "<string>", "exec", dont_inherit=True)
                self._code[source] = code
                self.compiled += 1
                self._dirty = True
            else:
                self.hits += 1
            self._used.add(source)
            source = code
        builtins.exec(source, globals, locals)

    def save(self) -> bool:
        """Write the file if this process compiled something; never raises. True if written."""
        if not self._dirty:
            return False
        entries = self._code
        if len(entries) > MAX_ENTRIES:  # an old version's classes: keep what this run used
            entries = {text: code for text, code in entries.items() if text in self._used}
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(_HEADER + b"\n" + marshal.dumps(entries))
            os.replace(temporary, self.path)
        except (OSError, ValueError) as exc:
            log.debug("dataclass cache not written to %s: %s", self.path, exc)
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
            return False
        self._dirty = False
        return True


def _read(path: Path) -> dict[str, CodeType]:
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    header, _, body = data.partition(b"\n")
    if header != _HEADER:
        return {}
    try:
        entries = marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        log.debug("dataclass cache %s is damaged; ignored", path)
        return {}
    if not isinstance(entries, dict):
        return {}
    return {
        text: code
        for text, code in entries.items()
        if isinstance(text, str) and isinstance(code, CodeType)
    }


def install(folder: Path | None = None) -> DataclassCache:
    """Serve `dataclasses`' compiles from the cache in `folder` (default: the user's cache folder)
    for the rest of the process, and write new entries at exit. Installing twice keeps the first."""
    global _installed
    if _installed is None:
        _installed = DataclassCache(cache_file(folder or default_cache_dir()))
        dataclasses.exec = _installed.exec  # type: ignore[attr-defined]
        atexit.register(_installed.save)
    return _installed


def installed() -> DataclassCache | None:
    return _installed


def uninstall() -> None:
    """Back to the built-in exec (tests); the cache is not written."""
    global _installed
    if _installed is not None:
        atexit.unregister(_installed.save)
        _installed = None
    if "exec" in vars(dataclasses):
        del dataclasses.exec  # type: ignore[attr-defined]


def save_installed() -> None:
    """Write the installed cache now (the GUI calls it once its first frame is up)."""
    if _installed is not None:
        _installed.save()
