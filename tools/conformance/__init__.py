"""Runner for the public Recognizers-Text French suite (numbers, money, percent, dates)."""
