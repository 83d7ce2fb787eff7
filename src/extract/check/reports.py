"""Machine-readable check reports: JUnit XML (one test case per golden) and JSON."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from extract.check.run import CheckResult
from extract.io import write_atomic


def junit_xml(result: CheckResult) -> str:
    """JUnit XML as CI servers render it: a failure per drifted golden, an error per unreadable one."""
    suite = ET.Element("testsuite", name="extract check", tests=str(len(result.documents)),
                       failures=str(len(result.drifted)), errors=str(len(result.errors)))
    for document in result.documents:
        case = ET.SubElement(suite, "testcase", classname="golden", name=document.doc_id,
                             file=str(document.golden))
        if document.error:
            ET.SubElement(case, "error", message=document.error).text = document.error
        elif document.lines:
            count = len(document.lines)
            message = f"{count} difference{'' if count == 1 else 's'}"
            ET.SubElement(case, "failure", message=message).text = "\n".join(document.lines)
    suites = ET.Element("testsuites")
    suites.append(suite)
    return ET.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"


def json_report(result: CheckResult) -> str:
    documents = [
        {
            "doc_id": d.doc_id,
            "golden": str(d.golden),
            "status": "error" if d.error else "drift" if d.lines else "same",
            "error": d.error,
            "differences": d.lines,
        }
        for d in result.documents
    ]
    report = {"exit_code": result.exit_code, "documents": documents}
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


def write_reports(result: CheckResult, junit: Path | None, json_path: Path | None) -> None:
    if junit is not None:
        write_atomic(junit, junit_xml(result))
    if json_path is not None:
        write_atomic(json_path, json_report(result))
