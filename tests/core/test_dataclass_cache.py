"""The dataclass code cache: classes made from cached code behave exactly like ones compiled now."""

from __future__ import annotations

import dataclasses
import marshal
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import FrozenInstanceError, dataclass, field
from pathlib import Path

import pytest

from dutyroom import dataclass_cache
from dutyroom.dataclass_cache import DataclassCache, cache_file

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[DataclassCache]:
    dataclass_cache.uninstall()
    installed = dataclass_cache.install(tmp_path)
    yield installed
    dataclass_cache.uninstall()


def _classes() -> tuple[type, type]:
    """Fresh classes (each call compiles or looks up their methods again)."""

    @dataclass(frozen=True)
    class Point:
        x: int
        y: int = 0
        tags: tuple[str, ...] = field(default_factory=tuple)

    @dataclass(slots=True, kw_only=True, order=True)
    class Entry:
        at: str
        note: str = ""
        count: int = field(default=1, compare=False)

        def __post_init__(self) -> None:
            if self.count < 0:
                raise ValueError("count")

    return Point, Entry


def _exercise(point: type, entry: type) -> list[object]:
    p = point(1)
    results: list[object] = [repr(p), p == point(1, 0), p != point(2), hash(p) == hash(point(1))]
    with pytest.raises(FrozenInstanceError):
        p.x = 5
    e = entry(at="08:00", note="交接")
    results += [repr(e), e < entry(at="09:00"), e == entry(at="08:00", note="交接", count=3)]
    with pytest.raises(ValueError):
        entry(at="x", count=-1)
    with pytest.raises(TypeError):
        entry("08:00")  # keyword-only
    results.append(dataclasses.replace(p, y=7))
    results.append(dataclasses.asdict(p))
    return results


def test_cached_classes_behave_like_compiled_ones(cache: DataclassCache, tmp_path: Path) -> None:
    cold = _exercise(*_classes())
    assert cache.compiled > 0 and cache.hits == 0
    assert cache.save()
    dataclass_cache.uninstall()
    plain = _exercise(*_classes())

    warm_cache = dataclass_cache.install(tmp_path)
    assert len(warm_cache) == cache.compiled
    warm = _exercise(*_classes())
    assert warm_cache.compiled == 0 and warm_cache.hits == cache.compiled
    assert [repr(r) for r in cold] == [repr(r) for r in plain] == [repr(r) for r in warm]


def test_nothing_new_means_nothing_written(cache: DataclassCache, tmp_path: Path) -> None:
    assert not cache.save()
    assert not cache_file(tmp_path).exists()


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"garbage without a header",
        b"dutyroom-dataclass-cache 1 cpython-27 2.7\n" + marshal.dumps({}),
        None,  # the right header, a damaged body
    ],
)
def test_a_damaged_or_foreign_file_is_ignored(tmp_path: Path, content: bytes | None) -> None:
    if content is None:
        content = dataclass_cache._HEADER + b"\n" + marshal.dumps({"a": 1})[:-3]
    path = cache_file(tmp_path)
    path.write_bytes(content)
    assert len(DataclassCache(path)) == 0


def test_entries_that_are_not_code_are_dropped(tmp_path: Path) -> None:
    path = cache_file(tmp_path)
    code = compile("x = 1", "<string>", "exec")
    path.write_bytes(dataclass_cache._HEADER + b"\n" + marshal.dumps({"a": code, "b": 3, 4: code}))
    assert len(DataclassCache(path)) == 1


def test_an_unwritable_folder_only_loses_the_speed(cache: DataclassCache, tmp_path: Path) -> None:
    _classes()
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    cache.path = cache_file(blocker / "sub")
    assert not cache.save()  # no exception, nothing half-written
    assert list(tmp_path.glob("*.tmp")) == []


def test_a_real_start_writes_the_cache_and_the_next_one_compiles_nothing(tmp_path: Path) -> None:
    script = (
        "import atexit, sys\n"
        "from dutyroom.cli import main\n"
        "def report():\n"
        "    from dutyroom.dataclass_cache import installed\n"
        "    c = installed(); print(c.compiled, c.hits)\n"
        "atexit.register(report)\n"
        "sys.argv = ['dutyroom', '--data-dir', sys.argv[1], 'status']\n"
        "sys.exit(main())\n"
    )
    env = {**os.environ, "DUTYROOM_CACHE_DIR": str(tmp_path / "cache")}
    runs = []
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-c", script, str(tmp_path / "data")],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            timeout=60,
            check=True,
        )
        runs.append([int(n) for n in done.stdout.split()[-2:]])
    (compiled_first, _), (compiled_second, hits_second) = runs
    # The first run also migrated the new database (sqlite-utils' classes): the second did not.
    assert compiled_first > 20 and compiled_second == 0 and hits_second > 20


def test_the_cache_folder_is_per_user_or_the_environments(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from dutyroom.paths import ENV_CACHE_DIR, default_cache_dir

    monkeypatch.setenv(ENV_CACHE_DIR, str(tmp_path))
    assert default_cache_dir() == tmp_path
    monkeypatch.delenv(ENV_CACHE_DIR)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    if sys.platform.startswith("linux"):
        assert default_cache_dir() == tmp_path / "xdg" / "dutyroom"
    assert default_cache_dir() != tmp_path
