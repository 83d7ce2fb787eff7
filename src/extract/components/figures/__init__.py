"""The extract_figures component: amounts, percentages, counts and quantities."""
