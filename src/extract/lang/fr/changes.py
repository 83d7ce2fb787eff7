"""French words that make a figure a change, not a level: "a reculé de 2,5 %", "en hausse de 12 %".

Source: usage of the French and Moroccan economic press. Keys are the record's `change`
values (`extract.schema.FigureChange`). Verbs and nouns are written as stems: a stem stands
for its conjugated forms and its noun ("recul" -> "a reculé", "recule", "en recul"), the
patterns adding the word's ending. A stem is followed by "de" before the figure ("a reculé
de 2,5 %"); only a percentage may follow it directly ("a gagné 3 %"). "à" after the verb
gives the level reached ("a grimpé à 5 %"): no change.
"""

from __future__ import annotations

#: change -> stems of the verbs and nouns written before the figure
CHANGE_STEMS_BEFORE: dict[str, tuple[str, ...]] = {
    "up": (
        "progress",  # progresser, progression
        "augment",  # augmenter, augmentation
        "hausse",  # en hausse de, une hausse de
        "rehauss",
        "relev",  # a relevé son taux de
        "grimp",
        "bondi",
        "bond",
        "accru",
        "accroissement",
        "croissance",
        "crû",
        "gagn",
        "renchéri",
        "flambé",
        "envol",
        "rebond",
        "monté",
        "redress",
        "amélior",
        "multipli",  # multiplié par
    ),
    "down": (
        "recul",
        "baiss",  # baisser, en baisse de
        "abaiss",
        "chut",
        "diminu",
        "fléchi",
        "cédé",
        "perdu",
        "décroch",
        "plong",
        "dégringol",
        "rétréci",
        "contract",  # se contracter, contraction
        "régress",
        "rédui",  # réduire, réduit de
        "réduction",
        "effondr",
        "repli",
        "glissé",
        "tombé",
        "divis",  # divisé par
        "dégrad",
    ),
}

#: change -> nouns written after the figure: "2,5 % de hausse", "12 % de baisse"
CHANGE_NOUNS_AFTER: dict[str, tuple[str, ...]] = {
    "up": ("hausse", "progression", "augmentation", "croissance", "plus"),
    "down": ("baisse", "recul", "repli", "diminution", "chute", "contraction", "moins"),
}

#: what may link a change word to its figure ("de", "par"); "à" is never one
CHANGE_LINKS: tuple[str, ...] = ("de", "d'", "par")

#: change -> stems of the verbs of a factor: "divisé par deux" halves (a fall of 50 %),
#: "multiplié par trois" triples (a rise of 200 %) (named rule `factor_change`; the figure is
#: the percentage of the change, approx when the factor does not divide 100 evenly)
FACTOR_STEMS: dict[str, tuple[str, ...]] = {"up": ("multipli",), "down": ("divis",)}
#: the word between the verb and its factor
FACTOR_LINK: str = "par"
#: the word right before the verb: an auxiliary or a pronoun ("a été divisé", "ont
#: divisé", "s'est multiplié"); "le total divisé par 2" is arithmetic, no change
FACTOR_VERB_LEADS: tuple[str, ...] = (
    "été", "a", "ont", "avait", "avaient", "aura", "auront", "est", "sont", "sera", "seront",
    "se", "s'", "pourrait", "devrait", "va", "vont",
)
