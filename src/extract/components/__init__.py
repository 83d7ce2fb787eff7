"""Our rule components, one folder each: factory.py (registration), matcher.py (logic),
patterns.py (data composed from `extract.lang.fr`), values.py (normalised value models).

Importing this package registers every factory with spaCy.
"""

from extract.components.dates import factory as _dates  # noqa: F401
from extract.components.entities import factory as _entities  # noqa: F401
from extract.components.events import factory as _events  # noqa: F401
from extract.components.figures import factory as _figures  # noqa: F401
from extract.components.paragraphs import factory as _paragraphs  # noqa: F401
