"""The cyclic garbage collector waits while the GUI starts.

Starting the window allocates some hundred thousand objects that all live on (modules, classes,
Qt's Python enums, widgets), and the collector scans them again and again as they come: about
50 collections, 7 ms of the first frame (bench/startup.py). The GUI pauses it before its first
import and resumes it once the first frame is painted; the garbage of those 200 ms waits that
long. Objects are not frozen (gc.freeze): widgets made at start and dropped later must still be
collected.
"""

from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Undo `pause()`; nothing if it did not pause (the collector was off for another reason)."""
    global _paused
    if _paused:
        _paused = False
        gc.enable()


def paused() -> bool:
    return _paused
