"""`dutyroom` subcommands of the leaders work (filled in by that work)."""

from __future__ import annotations

import argparse


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register this area's subcommands; each parser sets `handler`."""
