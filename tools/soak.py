"""Soak test: memory over a long batch run (`make soak`, outside `make test`).

Generates N articles (20,000 by default) from templates of French news sentences with
invented people, companies, towns, figures and dates, extracts them with `extract.batch.run`
into a temporary folder, and samples the resident memory (VmRSS) every 1,000 documents.
Fails (exit 1) when the RSS grows by 10 % or more after the first 1,000 documents.

    python -m tools.soak [--docs 20000] [--every 1000] [--workers 2]

With `--workers N` the figure is the parent's RSS plus its workers' (shared pages counted
once per process, so it overstates; the growth is what matters).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

from extract import batch, load
from extract.schema import Record

# Invented names and places: none of them comes from an evaluation set.
FIRST_NAMES = [
    "Karim",
    "Nadia",
    "Youssef",
    "Salma",
    "Hicham",
    "Leïla",
    "Omar",
    "Imane",
    "Rachid",
    "Sofia",
    "Mehdi",
    "Zineb",
    "Anas",
    "Houda",
    "Tarik",
    "Meryem",
    "Driss",
    "Ghita",
]
LAST_NAMES = [
    "Berrada",
    "Alaoui",
    "Tazi",
    "Bennani",
    "Chraibi",
    "Fassi",
    "Lahlou",
    "Sqalli",
    "Amrani",
    "Kettani",
    "Belhaj",
    "Ouazzani",
    "Sebti",
    "Guessous",
    "Naciri",
    "Idrissi",
]
COMPANY_HEADS = ["Atlas", "Oasis", "Sahara", "Rif", "Argan", "Cèdre", "Zellige", "Médina", "Palmeraie"]
COMPANY_TAILS = ["Verre", "Énergie", "Logistique", "Textile", "Agro", "Digital", "Ciment", "Pharma"]
TOWNS = [
    "Rabat",
    "Tanger",
    "Agadir",
    "Oujda",
    "Meknès",
    "Safi",
    "Nador",
    "Fès",
    "Kénitra",
    "Tétouan",
    "Marrakech",
    "Casablanca",
    "El Jadida",
    "Béni Mellal",
    "Laâyoune",
    "Dakhla",
]
ROLES = [
    "directeur général",
    "présidente",
    "directrice financière",
    "secrétaire général",
    "ministre de l'Industrie",
    "gouverneur",
    "porte-parole",
]
MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
EVENTS = [
    "Le Salon international de l'agriculture",
    "Le Forum de l'investissement",
    "La Journée nationale de l'export",
    "Les Rencontres de l'industrie",
    "Le Sommet africain du numérique",
]
SENTENCES = [
    (
        "{town}, le {day} {month} {year} - La société {company} a annoncé un investissement de {amount} "
        "millions de dirhams dans une nouvelle usine."
    ),
    "Selon {person}, {role} de {company}, {jobs} emplois directs seront créés d'ici {target}.",
    (
        "Le chiffre d'affaires du groupe a progressé de {pct},{dec} % au premier semestre, à {amount} "
        "millions de dirhams."
    ),
    (
        "{event} se tiendra du {day} au {day2} {month} à {town}, avec plus de {jobs} exposants venus "
        "de {countries} pays."
    ),
    "{person} a rappelé mardi que {company} exporte désormais {pct} % de sa production vers l'Europe.",
    "Les travaux, lancés en {month} {year}, doivent s'achever dans {months} mois, a précisé {person}.",
    (
        "Le conseil d'administration de {company} se réunira le {day} {month} pour examiner le budget de "
        "{amount} millions d'euros."
    ),
    "À {town}, la coopérative emploie {jobs} femmes et vise un doublement de sa capacité en {target}.",
]


def article(rng: random.Random, number: int) -> str:
    """One invented article of 5 to 8 paragraphs; the number varies the figures."""

    def fill(template: str) -> str:
        return template.format(
            town=rng.choice(TOWNS),
            day=rng.randint(1, 14),
            day2=rng.randint(15, 28),
            month=rng.choice(MONTHS),
            year=rng.randint(2019, 2026),
            target=rng.randint(2027, 2035),
            months=rng.randint(6, 36),
            company=f"{rng.choice(COMPANY_HEADS)} {rng.choice(COMPANY_TAILS)}",
            person=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
            role=rng.choice(ROLES),
            amount=rng.randint(2, 900) + number % 7,
            jobs=rng.randint(20, 1500),
            pct=rng.randint(1, 60),
            dec=rng.randint(0, 9),
            countries=rng.randint(3, 40),
            event=rng.choice(EVENTS),
        )

    paragraphs = [fill(rng.choice(SENTENCES)) for _ in range(rng.randint(5, 8))]
    return "\n\n".join(paragraphs) + "\n"


def write_corpus(path: Path, count: int, seed: int = 13) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            handle.write(
                json.dumps({"id": f"soak-{number:05d}", "text": article(rng, number)}, ensure_ascii=False)
            )
            handle.write("\n")


def rss_kib(pid: int | str = "self") -> int:
    for line in Path(f"/proc/{pid}/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def children_rss_kib() -> int:
    own = Path("/proc/self/task")
    pids = [pid for task in own.iterdir() for pid in (task / "children").read_text().split()]
    total = 0
    for pid in pids:
        try:
            total += rss_kib(pid)
        except OSError:
            continue
    return total


class Sampler:
    """Called per record: notes (documents, seconds, RSS MB) every `every` documents."""

    def __init__(self, every: int) -> None:
        self.every = every
        self.count = 0
        self.started = time.perf_counter()
        self.samples: list[tuple[int, float, float]] = []

    def __call__(self, _: Record) -> None:
        self.count += 1
        if self.count % self.every == 0:
            rss = (rss_kib() + children_rss_kib()) / 1024
            self.samples.append((self.count, time.perf_counter() - self.started, rss))
            print(f"{self.count:>7} docs {self.samples[-1][1]:>7.0f} s  RSS {rss:7.1f} MB", flush=True)


def growth(samples: list[tuple[int, float, float]]) -> float:
    """RSS growth after the first sample (the first `every` documents), as a fraction."""
    first = samples[0][2]
    return max(rss for _, _, rss in samples) / first - 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--every", type=int, default=1_000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    extractor = load()
    print(f"pipeline loaded: RSS {rss_kib() / 1024:.1f} MB", flush=True)
    sampler = Sampler(args.every)
    with tempfile.TemporaryDirectory(prefix="extract-soak-") as tmp:
        corpus = Path(tmp) / "soak.jsonl"
        write_corpus(corpus, args.docs)
        try:
            summary = batch.run(
                [str(corpus)], Path(tmp) / "out", extractor=extractor, workers=args.workers, on_record=sampler
            )
        except batch.RunInterrupted as stop:  # a curve cut short is still a curve
            summary = stop.summary
            print(f"{stop} after {summary.documents} documents")
    print(summary.line())
    if len(sampler.samples) < 2:
        print("too few documents for a growth figure", file=sys.stderr)
        return 2
    rise = growth(sampler.samples)
    verdict = "ok" if rise < 0.10 else "FAIL"
    print(f"RSS growth after the first {args.every} documents: {rise * 100:.1f} % (target < 10 %): {verdict}")
    return 0 if rise < 0.10 and not summary.errors else 1


if __name__ == "__main__":
    sys.exit(main())
