"""The news scorer's matching rules, on invented gold and records (never the eval data)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tools.eval_news import fold, format_reports, format_rules, main, name_key, rule_counts, score_all

TEXT = "Le Figaro et la société Brivane ont signé jeudi 3 mars un accord de près de 2 millions d’euros."


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("L'Usine Verte", "l’usine verte"),
        ("Les Nouvelles-Le Courrier", "Nouvelles - Le Courrier"),
        ("la Banque  Populaire", "Banque populaire"),
    ],
    ids=["apostrophe-accent", "article-hyphen-spaces", "article-spaces-case"],
)
def test_names_fold_to_one_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_fold_keeps_inner_articles() -> None:
    assert fold("Banque de l’Habitat") == "banque de l'habitat"


def _gold() -> dict:
    return {
        "id": "d1",
        "text": TEXT,
        "published": None,
        "people": [],
        "organisations": [{"name": "Le Figaro", "acronym": None}, {"name": "Brivane", "acronym": None}],
        "locations": [],
        "dates": [{"text": "jeudi 3 mars", "value": "XXXX-03-03", "relation": "on"}],
        "figures": [
            {
                "text": "près de 2 millions d’euros",
                "kind": "money",
                "value": 2000000,
                "unit": "EUR",
                "qualifier": "approx",
            }
        ],
        "events": [],
    }


def _record() -> dict:
    start = TEXT.index("3 mars")
    money = TEXT.index("2 millions")
    return {
        "doc_id": "d1",
        "people": [],
        "organisations": [{"name": "Figaro", "acronym": None, "aliases": []}],
        "locations": [{"name": "Brivane"}],
        "dates": [
            {"text": "3 mars", "start": start, "end": start + 6, "value": "XXXX-03-03", "relation": "on"}
        ],
        "figures": [
            {
                "text": "2 millions d’euros",
                "start": money,
                "end": money + 18,
                "kind": "money",
                "value": 2000000.0,
                "unit": "EUR",
                "qualifier": "exact",
            }
        ],
        "events": [],
    }


def test_overlapping_texts_match_and_attributes_are_judged() -> None:
    scores, reports = score_all([_gold()], {"d1": _record()})
    assert (scores["dates"].tp, scores["dates"].exact) == (1, 0)
    assert scores["figures"].attributes["value"].correct == 1
    assert scores["figures"].attributes["qualifier"].correct == 0
    # A dropped leading article still matches ("Figaro"), but the pair is not counted as exact.
    assert (scores["organisations"].tp, scores["organisations"].exact) == (1, 0)
    assert [i.label for i in reports[0].spurious["locations"]] == ["Brivane"]


def test_missing_data_skips_cleanly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data", str(tmp_path / "absent.jsonl")]) == 0
    assert "skipped" in capsys.readouterr().out


def test_records_folder_is_scored_without_extracting(tmp_path: Path) -> None:
    data = tmp_path / "gold.jsonl"
    data.write_text(json.dumps(_gold(), ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "records.jsonl").write_text(
        json.dumps(_record(), ensure_ascii=False) + "\n", encoding="utf-8"
    )
    out = tmp_path / "scores.json"
    assert main(["--data", str(data), "--records", str(tmp_path), "--json", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["categories"]["dates"]["tp"] == 1


@pytest.mark.parametrize(
    ("location", "venue", "right"),
    [
        ("Nador", "Parc des expositions de Nador", True),
        (None, "Parc des expositions de Nador", True),
        ("Parc des expositions de Nador", None, True),
        ("Nador", "Palais des congrès", False),
    ],
    ids=["venue-answers", "venue-alone-answers", "location-answers", "other-venue"],
)
def test_gold_location_without_venue_is_answered_by_the_venue(
    location: str | None, venue: str | None, right: bool
) -> None:
    gold = _gold() | {
        "events": [{"name": "Salon du cuir", "edition": None, "start": None, "end": None,
                    "location": "Parc des expositions de Nador", "organisers": []}]
    }
    record = _record() | {
        "events": [{"name": "Salon du cuir", "aliases": [], "acronym": None, "edition": None, "start": None,
                    "end": None, "location": location, "venue": venue, "organisers": []}]
    }
    scores, _ = score_all([gold], {"d1": record})
    assert scores["events"].attributes["location"].correct == int(right)


def test_rules_count_what_they_decided_and_what_matched() -> None:
    record = _record()
    record["organisations"][0]["evidence"] = ["model:ORG", "cued_name:ORG"]
    record["locations"][0]["evidence"] = ["model:LOC"]
    _, reports = score_all([_gold()], {"d1": record})
    counts = rule_counts(reports)
    assert (counts["cued_name:ORG"].decided, counts["cued_name:ORG"].matched) == (1, 1)
    assert (counts["model:LOC"].decided, counts["model:LOC"].matched) == (1, 0)  # a body, not a place
    table = format_rules({"set": counts})
    assert "cued_name:ORG" in table and "0.000" in table
    # the missed body is shown with the rules that typed it otherwise
    assert "found as locations: model:LOC" in format_reports(reports)
