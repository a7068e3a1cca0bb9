"""Full-text search. ``engine`` is the only module that imports whoosh."""
