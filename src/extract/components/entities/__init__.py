"""The extract.entities component: clean and correct the model's named entities."""
