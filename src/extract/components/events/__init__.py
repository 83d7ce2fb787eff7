"""The extract.events component: named gatherings and their facts.

`is_event_name(text)` tells other components whether a string names an event.
"""

from extract.components.events.names import is_event_name

__all__ = ["is_event_name"]
