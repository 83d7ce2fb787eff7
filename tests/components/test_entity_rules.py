"""The entities component alone, as spaCy tests its components: a French pipeline with the
model's NER and `extract_entities` only (no dates, figures, events, paragraph breaks), one
marked sentence per row (`tests/markup.py`): each name tagged with its label and, when a
rule decides it, the rule its evidence must name. Untagged words must be no name."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.components.entities.engine import rules_of
from extract.components.entities.matcher import CANDIDATE_RULES, DOCUMENT_RULES
from markup import parse_marked

OTHER_RULE_COMPONENTS = ("extract_paragraph_breaks", "extract_dates", "extract_figures", "extract_events")
DOCS = Path(__file__).resolve().parents[2] / "docs" / "entities.md"

ROWS = [
    "Mme <per rule=person_evidenced>Odile Ferrand</per> a quitté la réunion avant midi.",
    "Le conseil a reçu M. <per rule=person_evidenced>Barnabé Lestrade</per> jeudi.",
    (
        "<org rule=acronym_definition>Compagnie fluviale de Lorraine</org> (<org>CFL</org>) "
        "a signé mardi ; la <org rule=acronym_mention>CFL</org> paiera."
    ),
    "Les élus de <org rule=titled_territory>La Norvège solidaire</org> ont voté contre.",
    "Les Suisses ont voté dimanche.",
    "Le colonel <per rule=person_evidenced>Vautrin</per> commande la garnison.",
    "La société <org rule=cued_name:ORG>Meunerie Fabrol SA</org> recrute.",
    "Les négociations se tiendront en <loc rule=strong_label:LOC>Norvège</loc> cet hiver.",
    "Le Sud reste sec selon les prévisions.",
    "Le ministre de la santé <per rule=complemented_title>Samir Ayari</per> a présidé la réunion.",
    "L'ancien ministre <per rule=former_title>Ahmed Benali</per> a dénoncé la réforme.",
    (
        "La présidente de la Fondation <per rule=name_after_function_complement>Nicole Perrin-Vuille</per> "
        "ouvrira la foire à <loc>Berne</loc>."
    ),
    "Deux potiers exposent, <per>Fatou Kiné Sarr</per> et <per rule=particle_tail>Abdoulaye N’diaye</per>.",
    "Mme <per rule=particle_tail>Lalla Fatima Zahra Idrissi</per> a inauguré le centre.",
    (
        "Le ministre de l'Intérieur, <per>Karim Slaoui</per>, et le ministre de la Justice, "
        "<per>Younes Berrada</per>, ont signé."
    ),
    (
        "Le président de la Ligue, le ministre de la Jeunesse, <per rule=chained_titles>Kouadio Yao "
        "Serge</per>, a parlé."
    ),
    (
        "<per>Marc Dubois</per> visitera une usine à <loc>Lyon</loc>. Dimanche, le ministre de "
        "l'agriculture inaugurera la foire de <loc>Lille</loc>."
    ),
    (
        "Trois romanciers sont invités : <per rule=listed_with_people>KarimBenhaddou</per> le tunisien, "
        "<per>Paul Verhaegen</per> le belge et <per>Awa Sarr</per> la sénégalaise."
    ),
    (
        "La fondation honore deux potières, <per>Fatou Binta Sarr</per> et "
        "<per rule=listed_given_name>Mamadou N’gom</per>."
    ),
    # a quoted theme names nothing: no person, nor the continent in it (quoted_theme)
    "Le festival s'ouvre sous le thème “Musiciens d’Afrique et défis du numérique”.",
    (
        "Tel est l'avis du ministre de l'agriculture <per rule=complemented_title>Paul Favre</per>, qui "
        "parlera samedi à <loc>Genève</loc>."
    ),
    (
        "<per rule=affiliation>Claire Vasseur</per>, consultante pour le compte de la "
        "<org>Banque mondiale</org>, a donné le chiffre."
    ),
    # place_code_in_brackets: a canton's code after a commune is no name; the commune stays
    "Le conseiller fédéral se rendra à <loc>Sion</loc> (VS) puis à <loc>Morges</loc> (VD) jeudi.",
    # acronym: a place's name and a code that cannot stand for it define nothing
    "Le conseiller fédéral visitera une scierie à <loc>Delémont</loc> (JU) mercredi.",
    (
        "La conseillère inaugurera une fromagerie à <loc>Morat</loc> (FR), "
        "puis une école à <loc>Soleure</loc> (SO)."
    ),
    # ... while the model's organisation keeps its English acronym
    (
        "<org rule=acronym_definition>Fonds international de garantie agricole</org> "
        "(<org rule=acronym_mention>IAGF</org>) couvrira le projet."
    ),
    # governing_organ: the organ names its body; alone it names none; a city's council stays whole
    (
        "Le Conseil d'administration de la <org rule=governing_organ>Compagnie minière de Tarfaya</org> "
        "s'est réuni à <loc>Rabat</loc>."
    ),
    "Le Conseil d'administration s'est réuni mardi sous la présidence du directeur.",
    "Le maire de <loc>Nantes</loc> siège au <org>Conseil de Paris</org> depuis 2020.",
    # programme_name: a plan and its acronym are no organisation, nor the country in its name
    "Le Plan Guinée Avenir (PGA) prévoit des investissements ; le PGA, lancé en 2019, sera évalué en mai.",
    "Le Programme d'appui aux entreprises rurales sera prolongé d'un an.",
    (
        "Le <org rule=acronym_definition>Programme alimentaire mondial</org> "
        "(<org rule=acronym_mention>PAM</org>) a livré des vivres."
    ),
    # institution_seat: the seat as an actor is the institution, after "à" the place
    "<org rule=institution_seat>Matignon</org> a confirmé jeudi le calendrier de la réforme.",
    "Le Premier ministre a reçu les syndicats à <loc rule=institution_seat>Matignon</loc> mardi.",
    # organisation_phrase: a ministry with the state's adjective and its listed portfolios
    (
        "Le <org rule=organisation_phrase>ministère tunisien de l'Industrie, des Mines et de "
        "l'Énergie</org> a publié les chiffres."
    ),
    "Le <org rule=organisation_phrase>ministère belge de la santé</org> a publié la liste.",
    "Le ministère public a requis trois ans de prison.",
    # cued_name: an apposed type noun makes an organisation of the model's place
    (
        "Le groupe a annoncé que <org rule=cued_name:ORG>Kelvio</org>, filiale du groupe "
        "<org>Arnova</org>, ouvrira une usine à <loc>Tanger</loc>."
    ),
    "La <org rule=organisation_phrase>CCI Occitanie</org> organise jeudi un salon de l'apprentissage.",
    # cued_name: a type noun's description may hold a participle ("spécialisée dans …"), not an agent
    (
        "Le site a été racheté par le laboratoire suisse spécialisé dans les vaccins vétérinaires "
        "<org rule=cued_name:ORG>Zelmag</org>."
    ),
    "La société dirigée par <per>Dupont</per> emploie 30 personnes.",
    # listed_after_type_noun: the members of a list a plural type noun opens
    (
        "Le salon accueillera des constructeurs invités, comme "
        "<org rule=listed_after_type_noun>Kordia</org>, <org rule=listed_after_type_noun>Vestmar</org> "
        "et <org>Brenlow</org>, venus présenter leurs modèles."
    ),
    (
        "Les embauches ont eu lieu dans des sociétés telles que "
        "<org rule=listed_after_type_noun>Norvalis</org> (<loc>Rennes</loc>) ; "
        "<org rule=listed_after_type_noun>Tecmaro</org> (<loc>Quimper</loc>), installée près du port "
        "depuis 2012 ; ou encore <org rule=listed_after_type_noun>Altefer Composites</org> "
        "(<loc>Lorient</loc>)."
    ),
    "Des entreprises comme <loc>Paris</loc> et <loc>Lyon</loc> attirent les investisseurs.",
    # without_description: a type noun right before the name describes it; a court keeps its name
    "Le projet est porté par le groupe <org>Ecovert</org>, un producteur d'huile d'olive.",
    "Le <org rule=strong_label:ORG>tribunal cantonal de Neuchâtel</org> a tranché.",
    # acronym: "(ACR, devenu …)" defines ACR too
    (
        "Le <org rule=acronym_definition>Centre régional de formation de Settat</org> "
        "(<org rule=acronym_mention>CRFS</org>, devenu institut en 2004) a été fondé en 1981."
    ),
    # institution_seat: neither actor nor place said so, the model's label stays
    "Elle connaît bien les couloirs du <loc>quai d'Orsay</loc>, selon ses proches.",
    # portfolio_word: a portfolio alone is no name; the ministry is one
    "Le ministre de l'Intérieur a reçu les walis ; l'Intérieur a démenti l'information.",
    (
        "Le <org rule=organisation_phrase>ministère de l'Équipement, du Transport, de la Logistique "
        "et de l'Eau</org> a lancé l'appel d'offres."
    ),
    # royal_protocol: protocol names no one and no place; the royal household's body acting is one
    "Sa Majesté le Roi, Amir Al Mouminine, a présidé la cérémonie.",
    "Le <org rule=royal_protocol>Cabinet royal</org> a publié un communiqué.",
    "Le chef de l'État a reçu l'ambassadeur à Dar Al Makhzen.",
    # sports_club: the teams of a match report; a person the model saw stays one
    (
        "Le <org rule=sports_club>Raja</org> s'est imposé face au "
        "<org rule=sports_club>Wydad de Casablanca</org> dimanche."
    ),
    "<per>Nadal</per> s'est imposé face à <loc>Djokovic</loc> en finale.",
    # portfolio: a place right after a minister's function and before another portfolio
    (
        "Le ministre de l'Europe et des Affaires étrangères a reçu son homologue à <loc>Dakar</loc> ; "
        "le ministre de l'Économie du <loc>Maroc</loc> l'accompagne."
    ),
    # institutions as the press names them
    "Le texte a été publié au <org>Bulletin officiel</org> la semaine dernière.",
    "La <org rule=organisation_phrase>Chambre des conseillers</org> a adopté le projet de loi mardi.",
    "L'<org rule=organisation_phrase>Ambassade de France au Maroc</org> a publié un communiqué.",
    "Le <org>Conseil économique, social et environnemental</org> a rendu son avis.",
    # common_word: "États" alone; currency_or_notion: a disease's acronym
    "Les délégués de 54 Etats se retrouveront à <loc>Genève</loc> en mars.",
    "Le nombre de cas de COVID-19 a reculé cette semaine.",
    # money_subject: a name that invests millions is a company's; a person or a place stays one
    (
        "Le groupe <org>Vardel</org> consacrera 800 millions d'euros à son site de <loc>Dunkerque</loc>, "
        "<org rule=money_subject>Corvane</org> 300 millions en <loc>Normandie</loc> et "
        "<org rule=money_subject>Helyos</org> injectera 45 millions d'euros dans son laboratoire."
    ),
    "<per>Jean Dupont</per> a investi 3 millions d'euros dans la start-up.",
    "<loc>Casablanca</loc> recevra 2 milliards de dirhams d'investissements.",
    # acronym: capitals spelling an organisation's initials are its acronym, an event's are not
    (
        "<org>Société Nationale des Transports</org> a publié ses comptes ; "
        "la <org rule=acronym_mention>SNT</org> emploie 2000 personnes."
    ),
    # quoted_theme: the words of a quoted theme or slogan name nothing; the same name outside does
    "Le congrès s'est ouvert sous le thème « L'Europe bâtit demain » à <loc>Lyon</loc>.",
    "La campagne, placée sous le slogan « Tanger, ville propre », commence lundi à <loc>Tanger</loc>.",
    # bare_acronym: capitals that are no French word, no notion, no numeral, subject of a verb
    "<org rule=bare_acronym>IDRAL</org> arrive en tête du classement des employeurs de la région.",
    "Le PIB a progressé de 3 % et le titre IV prévoit la suite.",
    # lists_share_type: a list with a company makes companies of its unproven members, everywhere
    (
        "Les patrons de <org>Danone</org>, <org rule=lists_share_type>Ostera</org> et "
        "<org rule=lists_share_type>Brindel</org> ont signé ; "
        "<org rule=lists_share_type>Ostera</org> a confirmé."
    ),
    # lists_share_type: a person with a given name listed among companies stays a person, everywhere
    (
        "Les patrons de <org>Danone</org>, <per>Fabien Marty</per> et <org>Michelin</org> ont signé. "
        "Plus tard, <per>Fabien Marty</per> a confirmé."
    ),
]


@pytest.fixture(scope="module")
def entities_only(nlp):
    with nlp.select_pipes(disable=[p for p in OTHER_RULE_COMPONENTS if p in nlp.pipe_names]):
        yield nlp


@pytest.mark.parametrize("row", ROWS)
def test_names_labels_and_deciding_rules(entities_only, row: str):
    marked = parse_marked(row)
    doc = entities_only(marked.text)
    found = {(e.start_char, e.end_char): e.label_ for e in doc.ents}
    expected = {(m.start, m.end): m.tag.upper() for m in marked.marks}
    assert found == expected
    for mark in marked.marks:
        if "rule" in mark.attrs:
            assert mark.attrs["rule"] in doc._.entity_evidence[(mark.start, mark.end)]


def test_every_rule_is_named_once_documented_and_listed():
    rules = rules_of(DOCUMENT_RULES) + rules_of(CANDIDATE_RULES)
    names = [r.name for r in rules]
    assert len(names) == len(set(names))
    listing = DOCS.read_text(encoding="utf-8")
    for rule in rules:
        assert rule.decides, rule.name
        assert f"`{rule.name}`" in listing, rule.name
