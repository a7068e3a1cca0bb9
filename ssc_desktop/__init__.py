"""SSC Desktop: the offline catalogue of Southern solutions for UN country offices."""

__version__ = "0.1.0"
