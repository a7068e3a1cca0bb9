"""Package of the GUI: the only part of SSC Desktop that imports Qt (PySide6)."""
