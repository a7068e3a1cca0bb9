"""Application services: what the window and the command line both call (Qt-free, typed).

The layer between the user interfaces (``gui``, ``cli``) and the features below (``sync``,
``briefs``, ``interchange``, ``catalogue``); see docs/architecture.md.
"""
