"""``ssc-desktop``, the command line: the top layer beside the window (``cli/main.py`` parses;
``cli/briefs.py`` and ``cli/sync.py`` add their commands)."""

from ssc_desktop.cli.main import build_parser, gui_main, main
from ssc_desktop.errors import CommandError

__all__ = ["CommandError", "build_parser", "gui_main", "main"]
