"""Across articles: one key per entity over a batch, reprints marked, batch indexes written.

`link_output(OUT)` runs after the records of a batch are written (the end of
`extract.batch.run`); see `link.py` for what it writes.
"""

from extract.linking.link import LinkSummary, link_output, linked_records

__all__ = ["LinkSummary", "link_output", "linked_records"]
