"""French verb forms that tell the time of a clause: compound tenses and the near future.

Source: French grammar. The passé composé is "avoir"/"être" in the present and a past
participle ("a présidé", "s'est tenu"); the near future is "aller" and an infinitive
("va inaugurer"). The morphologizer tags each word alone ("a": present), so the pair is
read here. Lemmas are lower case.
"""

from __future__ import annotations

#: the auxiliary of the compound past of most verbs ("a présidé", "ont signé")
HAVE = "avoir"

#: "être" and a participle is a past only for a pronominal verb ("s'est tenu") or one of
#: the verbs conjugated with "être" ("est arrivé"); otherwise it is a passive in the
#: present ("est reporté", "est prévu").
BE = "être"
REFLEXIVE_PRONOUNS: frozenset[str] = frozenset(
    {"se", "s'", "s’", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"}
)
BE_PERFECT_LEMMAS: frozenset[str] = frozenset(
    """aller arriver venir revenir devenir partir repartir entrer rentrer sortir rester
    retourner tomber monter descendre passer naître mourir décéder parvenir intervenir
    survenir""".split()
)

#: the verb of the near future ("va inaugurer", "vont signer")
NEAR_FUTURE_VERB = "aller"

#: at most this many words between the auxiliary and its participle or infinitive
#: ("a en effet présidé", "s'est ensuite tenu")
COMPOUND_REACH = 3

#: a plan seen from the past: these in the imperfect with an infinitive ("devait inaugurer
#: l'usine le 5 février", "allait débuter") say nothing of the date's side of the reference
#: date (named rule `planned_in_past`): the plan may still lie ahead ("la ministre devait
#: inaugurer l'usine le 5 février" written on 1 February)
PLAN_VERBS: frozenset[str] = frozenset({"devoir", "aller"})

#: verbs that set a time limit: after them, even in the past, "jusqu'au 15 mars" is a deadline
#: still ahead ("leur a donné jusqu'au 15 mars", "a prolongé l'offre jusqu'au 30 juin");
#: after another past verb it is the end of a past event ("s'est tenu jusqu'au 8 mars");
#: named rule `deadline_ahead`
DEADLINE_VERBS: frozenset[str] = frozenset(
    """donner accorder laisser fixer prolonger proroger repousser reporter étendre octroyer
    imposer exiger demander sommer ordonner avoir disposer décider annoncer""".split()
)
