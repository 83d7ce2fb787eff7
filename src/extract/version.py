"""The package's version, in one place (`extract --version`, `Record.extractor.version`)."""

__version__ = "0.1.0"
