"""The extract.events component."""
