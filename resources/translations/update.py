"""Regenerate the English translation: ui/*.py → dutyroom_en.ts (lupdate) → .qm (lrelease).

    python resources/translations/update.py            # extract (translations kept), compile
    python resources/translations/update.py --release  # only compile the .ts into the .qm
    python resources/translations/update.py --check    # exit 1 if the .ts or .qm is stale

Translate new messages in Qt Linguist (`pyside6-linguist resources/translations/dutyroom_en.ts`)
or by editing the .ts, then run the script again (it compiles the .qm).

lupdate finds `self.tr("…")`, `QCoreApplication.translate("Ctx", "…")` and
`QT_TRANSLATE_NOOP("Ctx", "…")`. Many ui modules call a local helper instead,
`def _tr(text): return QCoreApplication.translate("Ctx", text)`, which lupdate cannot see through;
for those this script writes stub files (one `QT_TRANSLATE_NOOP("Ctx", "…")` per `_tr("…")` call,
on the same line number) into a temporary folder, hands them to lupdate with the real sources and
points the stubs' locations back at the real files.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
UI = REPO / "ui"
TS = HERE / "dutyroom_en.ts"
QM = HERE / "dutyroom_en.qm"
HELPER_NAMES = ("_tr",)


def tool(name: str) -> list[str]:
    """pyside6-lupdate / pyside6-lrelease, or the same tool through `python -m`."""
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    return [sys.executable, "-m", "PySide6.scripts.pyside_tool", name]


def sources() -> list[Path]:
    return sorted(UI.glob("*.py"))


def _helper_context(node: ast.FunctionDef) -> str | None:
    """The context ("Ctx") when the helper is `return QCoreApplication.translate("Ctx", text)`."""
    if node.name not in HELPER_NAMES or len(node.body) < 1:
        return None
    last = node.body[-1]
    if not isinstance(last, ast.Return) or not isinstance(last.value, ast.Call):
        return None
    call = last.value
    func = call.func
    if not (isinstance(func, ast.Attribute) and func.attr == "translate") or len(call.args) < 2:
        return None
    context = call.args[0]
    if isinstance(context, ast.Constant) and isinstance(context.value, str):
        return context.value
    return None


def _called_name(call: ast.Call) -> str:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return ""


def helper_messages(path: Path) -> list[tuple[int, str, str]]:
    """(line, context, text) of every `_tr("literal")` call in a module with a fixed-context _tr."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    contexts = {
        node.name: ctx
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef) and (ctx := _helper_context(node)) is not None
    }
    found: list[tuple[int, str, str]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or _called_name(node) not in contexts or not node.args:
            continue
        first = node.args[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            found.append((first.lineno, contexts[_called_name(node)], first.value))
    return found


def write_stubs(folder: Path) -> list[Path]:
    """Stub modules mirroring ui/ whose QT_TRANSLATE_NOOP calls sit on the real line numbers."""
    stubs: list[Path] = []
    for path in sources():
        messages = helper_messages(path)
        if not messages:
            continue
        lines: dict[int, list[str]] = {}
        for line, context, text in messages:
            source = json.dumps(text, ensure_ascii=False)
            call = f"QT_TRANSLATE_NOOP({json.dumps(context)}, {source})"
            lines.setdefault(line, []).append(call)
        body = [("; ".join(lines[n]) if n in lines else "") for n in range(1, max(lines) + 1)]
        stub = folder / "ui" / path.name
        stub.parent.mkdir(parents=True, exist_ok=True)
        stub.write_text("\n".join(body) + "\n", encoding="utf-8")
        stubs.append(stub)
    return stubs


def lupdate(ts: Path) -> str:
    """Extract into `ts` (existing translations kept, vanished messages dropped)."""
    with tempfile.TemporaryDirectory(prefix="dutyroom-lupdate-", dir=HERE) as tmp:
        folder = Path(tmp)
        stubs = write_stubs(folder)
        command = [
            *tool("lupdate"),
            "-no-obsolete",
            "-locations",
            "relative",
            "-source-language",
            "zh_CN",
            "-target-language",
            "en",
            *[str(p) for p in sources()],
            *[str(p) for p in stubs],
            "-ts",
            str(ts),
        ]
        result = subprocess.run(command, capture_output=True, text=True, check=True)
        stub_prefix = Path(*[".."] * len(ts.parent.relative_to(REPO).parts))
        text = ts.read_text(encoding="utf-8")
        # The stubs' locations → the real files (the stub folder sits next to the .ts).
        text = re.sub(
            r'filename="' + re.escape(folder.name) + r"/ui/",
            f'filename="{stub_prefix.as_posix()}/ui/',
            text,
        )
        ts.write_text(text, encoding="utf-8")
    return result.stdout


def lrelease(ts: Path, qm: Path) -> str:
    command = [*tool("lrelease"), "-removeidentical", str(ts), "-qm", str(qm)]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def unfinished(ts: Path) -> list[str]:
    """Source texts still waiting for a translation."""
    text = ts.read_text(encoding="utf-8")
    pattern = re.compile(r"<source>(.*?)</source>\s*<translation type=\"unfinished\"", re.S)
    return pattern.findall(text)


def check() -> list[str]:
    """What is stale: messages in the sources missing from the .ts, unfinished ones, the .qm."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="dutyroom-check-") as tmp:
        # A copy next to the real .ts, so that lupdate's relative locations come out the same.
        lupdate_in_place = HERE / f".check-{Path(tmp).name}.ts"
        try:
            shutil.copyfile(TS, lupdate_in_place)
            lupdate(lupdate_in_place)
            problems += [f"untranslated: {s}" for s in unfinished(lupdate_in_place)]
            qm = Path(tmp) / QM.name
            lrelease(TS, qm)
            if not QM.exists() or QM.read_bytes() != qm.read_bytes():
                problems.append(f"{QM.name} is not the compiled {TS.name}: run update.py")
        finally:
            lupdate_in_place.unlink(missing_ok=True)
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only compile the .ts")
    parser.add_argument("--check", action="store_true", help="report stale files, change nothing")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    if not args.release:
        print(lupdate(TS).strip())
    print(lrelease(TS, QM).strip())
    left = unfinished(TS)
    if left:
        print(f"{len(left)} message(s) still untranslated", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
