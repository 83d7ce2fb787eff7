"""The extract_paragraph_breaks component: a line break always ends a sentence."""
