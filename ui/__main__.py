"""`python -m ui [--data-dir DIR]`: start the duty room GUI."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dutyroom.paths import ENV_DATA_DIR, default_data_dir


def main(argv: list[str] | None = None) -> int:
    args = sys.argv if argv is None else argv
    parser = argparse.ArgumentParser(prog="python -m ui", description="应急管理局值班室值守系统")
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help=f"数据文件夹（默认读取环境变量 {ENV_DATA_DIR}，否则为本机用户数据目录）",
    )
    # Qt accepts its own options (-platform, -style …): leave unknown ones to QApplication.
    known, rest = parser.parse_known_args(args[1:])
    data_dir = (known.data_dir or default_data_dir()).expanduser()

    from ui.app import run  # Qt is imported only once the arguments are understood

    return run(data_dir, [args[0], *rest])


if __name__ == "__main__":
    sys.exit(main())
