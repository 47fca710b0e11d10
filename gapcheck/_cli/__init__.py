"""The ``gapcheck`` command: parse the command line, call the public API, print, set the exit status.

Exit status: 0 done; 1 the input has problems (all listed); 2 the command
line is wrong. Each group of commands lives in its own module and registers
itself here; none imports pandas until a command runs, so ``--help`` and
``--version`` answer at once.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from gapcheck._cli import _checklists, _compare, _profiles, _projecting, _scoring
from gapcheck._cli._common import print_issues
from gapcheck._errors import GapcheckError
from gapcheck._version import __version__

_COMMAND_GROUPS = (_checklists, _profiles, _scoring, _compare, _projecting)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gapcheck",
        description="Gap analysis of national cybercrime legislation against versioned checklists: the 2018 UN "
        "Expert Group recommendations (E/CN.15/2018/12, paras. 9 and 10) and the Budapest Convention (ETS 185).",
        epilog="Start with `gapcheck template -o profile.xlsx`, fill it in, then "
        "`gapcheck score profile.xlsx -o report.xlsx`.",
    )
    parser.add_argument("--version", action="version", version=f"gapcheck {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in _COMMAND_GROUPS:
        group.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    _tolerate_narrow_consoles()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return int(args.handler(args) or 0)
    except GapcheckError as exc:
        print(f"gapcheck: {exc}", file=sys.stderr)
        print_issues(exc.issues, sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("gapcheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a file that cannot be read or written: the user's to fix, not a bug
        print(f"gapcheck: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: say so plainly, without a traceback
        if os.environ.get("GAPCHECK_DEBUG"):
            raise
        print(
            f"gapcheck: internal error ({type(exc).__name__}: {exc}).\n"
            "This is a bug in gapcheck, not in your files. Run again with GAPCHECK_DEBUG=1 "
            "to see the details, and please report them.",
            file=sys.stderr,
        )
        return 3


def _tolerate_narrow_consoles() -> None:
    """Print on a console that cannot show every character (a Windows code page, an ASCII pipe).

    Names of jurisdictions and provisions come in any script; a character the console cannot encode is
    shown as ``?`` rather than stopping the command halfway through its output. On a UTF-8 console too, a
    lone surrogate (a file name of bytes that are not UTF-8, or an escape in a JSON file) is shown that way,
    where the console would otherwise refuse it.
    """
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        reconfigure = getattr(stream, "reconfigure", None)
        if (encoding != "utf8" or getattr(stream, "errors", None) in ("strict", "surrogateescape")) \
                and callable(reconfigure):
            reconfigure(errors="replace")
