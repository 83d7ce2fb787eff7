"""The review report: a static site of a run's records, each article with its extractions highlighted.

`write_report(out_dir, report_dir, inputs)` writes `index.html` (the batch at a glance),
`docs/<page>.html` (one page per article) and `assets/` (one stylesheet, one script); the
pages open from disk, with no server and no network.
"""

from extract.report.build import ReportError, ReportSummary, write_report

__all__ = ["ReportError", "ReportSummary", "write_report"]
