"""SQLite storage through SQLAlchemy 2: the source of truth for the catalogue."""
