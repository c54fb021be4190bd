"""Registers ``glossator gui`` with the core command line (through an entry point, so the
core never imports this package). Qt is imported only when the command runs."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    help_text = "Open the desktop application."
    p = sub.add_parser("gui", help=help_text, description=help_text, parents=[common])
    p.add_argument("--open", metavar="DOC", help="open this document (number or title)")
    p.add_argument(
        "--screenshot",
        metavar="FILE.png",
        help="render the window to a PNG file and exit (works offscreen)",
    )
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from glossator.store import default_db_path
    from gui.app import run

    return run(
        default_db_path(getattr(args, "db", None)),
        open_document=args.open,
        screenshot=args.screenshot,
    )
