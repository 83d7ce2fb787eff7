"""The opt-in numpy matrix multiply gives exactly the records blis gives."""

from __future__ import annotations

import pytest

from extract.matmul import set_numpy_matmul

TEXTS = [
    "Le ministre de l’Économie, Karim Alami, a annoncé à Rabat un plan de 2 milliards de dirhams.",
    "La 3e édition du Salon international de l’agriculture se tiendra du 3 au 5 mars à Meknès.",
    "Selon la Banque mondiale, la croissance atteindrait près de 3,5 % d’ici 2027 au Sénégal.",
]


@pytest.fixture
def numpy_matmul(extractor):
    assert set_numpy_matmul(extractor.nlp, True) > 0
    yield
    set_numpy_matmul(extractor.nlp, False)


def _records(extractor):
    return [extractor.extract(t, doc_id=f"t{i}").model_dump() for i, t in enumerate(TEXTS)]


def test_numpy_matmul_changes_no_record(extractor, request):
    with_blis = _records(extractor)
    request.getfixturevalue("numpy_matmul")
    assert _records(extractor) == with_blis
