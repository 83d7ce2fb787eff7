"""Words that a canonical name leaves out, so that one entity written several ways gets one key.

Source: French and English typography of names in the press. "l'Office chérifien des
phosphates" and "Office Chérifien des Phosphates" name one body: the leading article belongs
to the sentence. "Procter & Gamble", "Procter and Gamble" and "Procter et Gamble" differ only
by the conjunction. A company's legal form ("SA", "SARL", "S.A.") is written by some outlets
and not others. Only whole words are removed, after case and accents are folded.
"""

from __future__ import annotations

#: articles that may open a name ("la Banque mondiale", "The Economist", "l'ONU")
LEADING_ARTICLES: frozenset[str] = frozenset("le la les l the".split())

#: conjunctions written inside names; "&" is the typographic form of both
CONJUNCTIONS: frozenset[str] = frozenset("et and &".split())

#: legal forms that close a company name; written or not, the company is the same
LEGAL_FORMS: frozenset[str] = frozenset("sa sas sasu sarl spa sal ag gmbh inc ltd llc plc".split())
