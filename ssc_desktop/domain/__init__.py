"""The domain: the solution record and the controlled vocabularies. Pure Python, no I/O but reading
the shipped vocabulary files."""
