"""Golden checks: reviewed records re-extracted from their inputs and compared item by item."""

from extract.check.compare import DEFAULT_IGNORED, compare_records
from extract.check.reports import junit_xml, write_reports
from extract.check.run import CheckResult, DocumentCheck, check_goldens, update_goldens
from extract.check.sources import SourceError, resolve_source

__all__ = [
    "DEFAULT_IGNORED",
    "CheckResult",
    "DocumentCheck",
    "SourceError",
    "check_goldens",
    "compare_records",
    "junit_xml",
    "resolve_source",
    "update_goldens",
    "write_reports",
]
