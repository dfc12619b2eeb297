"""Regenerate the English translation: ui/*.py → dutyroom_en.ts (lupdate) → .qm (lrelease).

    python resources/translations/update.py            # extract (translations kept), compile,
                                                       # and list the core's templates
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

The core (dutyroom/, no Qt) writes its messages with `t("模板{n}", n=…)` and `joined("；", …)`
(dutyroom/messages.py); lupdate does not read it at all, so the same kind of stubs carry every
such literal into the context "core", which ui.formatting.core_text translates at run time.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
UI = REPO / "ui"
CORE = REPO / "dutyroom"
TS = HERE / "dutyroom_en.ts"
QM = HERE / "dutyroom_en.qm"
# The core's templates that have placeholders: ui/stored_text.py recognises stored messages
# (duty-log lines, cancel reasons) by them, since storage keeps only the Chinese text.
TEMPLATES = HERE / "core_templates.json"
HELPER_NAMES = ("_tr",)
# dutyroom/messages.py: the calls whose first argument is a template of the "core" context.
CORE_CONTEXT = "core"
CORE_NAMES = ("t", "joined")


def tool(name: str) -> list[str]:
    """Qt's lupdate / lrelease as PySide6-Essentials ships them, inside the PySide6 package.

    Not `python -m PySide6.scripts.pyside_tool NAME`: that runs the wrapper's main(), which
    looks for a script beside itself and fails. Not only PATH either: a virtual environment that
    is not activated (README's commands) has pyside6-lupdate in its bin folder, not on PATH.
    """
    import PySide6

    shipped = Path(PySide6.__file__).resolve().parent / (name + (".exe" if os.name == "nt" else ""))
    if shipped.exists():
        return [str(shipped)]
    beside = Path(sys.executable).parent
    found = shutil.which(
        f"pyside6-{name}", path=os.pathsep.join([str(beside), os.environ.get("PATH", "")])
    )
    if found:
        return [found]
    raise SystemExit(f"{name} not found: install PySide6-Essentials (it ships lupdate/lrelease)")


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


def core_sources() -> list[Path]:
    return sorted(p for p in CORE.rglob("*.py") if "__pycache__" not in p.parts)


def core_messages(path: Path) -> list[tuple[int, str, str]]:
    """(line, "core", template) of every `t("literal", …)` / `joined("literal", …)` call."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str, str]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        if not (isinstance(node.func, ast.Name) and node.func.id in CORE_NAMES):
            continue
        first = node.args[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str) and first.value:
            found.append((first.lineno, CORE_CONTEXT, first.value))
    return found


def core_templates_text() -> str:
    """core_templates.json as it should be: every `t("…{x}…")` template of the core, sorted."""
    found = {text for path in core_sources() for _, _, text in core_messages(path) if "{" in text}
    return json.dumps(sorted(found), ensure_ascii=False, indent=0) + "\n"


def _stub_sources() -> list[tuple[Path, list[tuple[int, str, str]]]]:
    pairs = [(path, helper_messages(path)) for path in sources()]
    pairs += [(path, core_messages(path)) for path in core_sources()]
    return [(path, messages) for path, messages in pairs if messages]


def write_stubs(folder: Path) -> list[Path]:
    """Stub modules mirroring ui/ and dutyroom/, their QT_TRANSLATE_NOOP calls on the real lines."""
    stubs: list[Path] = []
    for path, messages in _stub_sources():
        lines: dict[int, list[str]] = {}
        for line, context, text in messages:
            source = json.dumps(text, ensure_ascii=False)
            call = f"QT_TRANSLATE_NOOP({json.dumps(context)}, {source})"
            lines.setdefault(line, []).append(call)
        body = [("; ".join(lines[n]) if n in lines else "") for n in range(1, max(lines) + 1)]
        stub = folder / path.relative_to(REPO)
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
            r'filename="' + re.escape(folder.name) + r"/",
            f'filename="{stub_prefix.as_posix()}/',
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
            if (
                not TEMPLATES.exists()
                or TEMPLATES.read_text(encoding="utf-8") != core_templates_text()
            ):
                problems.append(f"{TEMPLATES.name} is stale: run update.py")
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
        TEMPLATES.write_text(core_templates_text(), encoding="utf-8")
    print(lrelease(TS, QM).strip())
    left = unfinished(TS)
    if left:
        print(f"{len(left)} message(s) still untranslated", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
