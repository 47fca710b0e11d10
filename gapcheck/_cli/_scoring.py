"""Commands of this group (filled in as the features land)."""

from __future__ import annotations

import argparse


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this group's commands to the parser."""
