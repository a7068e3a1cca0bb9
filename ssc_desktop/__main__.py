"""``python -m ssc_desktop`` runs the command line (and, with no command, the window)."""

from ssc_desktop.cli import main

raise SystemExit(main())
