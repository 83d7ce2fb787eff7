"""Review round trip: records to Label Studio tasks, reviewed annotations back to goldens."""

from extract.review.files import export_tasks, import_goldens
from extract.review.labelstudio import ReviewError, import_annotations, label_config, record_task

__all__ = [
    "ReviewError",
    "export_tasks",
    "import_annotations",
    "import_goldens",
    "label_config",
    "record_task",
]
