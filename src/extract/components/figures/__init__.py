"""The extract.figures component."""
