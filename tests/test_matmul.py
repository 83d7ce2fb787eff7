"""numpy's BLAS and blis give exactly the same records; numpy is the configured default."""

from __future__ import annotations

import pytest

from extract.matmul import Matmul, set_matmul

TEXTS = [
    "Le ministre de l’Économie, Karim Alami, a annoncé à Rabat un plan de 2 milliards de dirhams.",
    "La 3e édition du Salon international de l’agriculture se tiendra du 3 au 5 mars à Meknès.",
    "Selon la Banque mondiale, la croissance atteindrait près de 3,5 % d’ici 2027 au Sénégal.",
]


def _uses_blis(extractor) -> set[bool]:
    return {
        node.ops.use_blis
        for _, component in extractor.nlp.pipeline
        if hasattr(getattr(component, "model", None), "walk")
        for node in component.model.walk()
    }


@pytest.fixture
def blis_matmul(extractor):
    assert set_matmul(extractor.nlp, Matmul.BLIS) > 0
    yield
    set_matmul(extractor.nlp, Matmul.NUMPY)


def _records(extractor):
    return [extractor.extract(t, doc_id=f"t{i}").model_dump() for i, t in enumerate(TEXTS)]


def test_default_matmul_is_numpy(extractor):
    assert _uses_blis(extractor) == {False}


def test_blis_matmul_changes_no_record(extractor, request):
    with_numpy = _records(extractor)
    request.getfixturevalue("blis_matmul")
    assert _uses_blis(extractor) == {True}
    assert _records(extractor) == with_numpy
