"""Xinyong: an open, reproducible, bilingual corpus of China's Social Credit System documents."""
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("xinyong")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.1.0"
