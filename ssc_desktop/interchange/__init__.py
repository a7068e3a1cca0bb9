"""Reading and writing catalogue files (JSON, CSV). Reading validates everything before any
caller writes anything; problems name the record and the field."""

from ssc_desktop.interchange.errors import FileProblem, ImportFileError
from ssc_desktop.interchange.reader import read_catalogue_file
from ssc_desktop.interchange.writer import write_catalogue_file

__all__ = ["FileProblem", "ImportFileError", "read_catalogue_file", "write_catalogue_file"]
