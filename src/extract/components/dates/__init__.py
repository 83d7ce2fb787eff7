"""The extract.dates component."""
