"""French language data: word tables and regex fragments, no logic.

Each module states where its data comes from. Patterns in the components compose these
tables; code never spells a French word itself.
"""
