"""What the report owns in its folder: the files it wrote, listed in a manifest.

A report folder may be one a user named (`--to docs/`): the report deletes only files that
an earlier report listed in this folder's manifest and did not write again, and refuses to
write into a non-empty folder without a manifest unless told to (`--force`), where it
then deletes nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

from extract.io import write_atomic

MANIFEST = ".extract-report.json"
_FORMAT = "extract-report-manifest/1"


class NotOurFolder(ValueError):
    """A non-empty folder that no report wrote: writing there needs `--force`."""


def previous_files(report_dir: Path, *, force: bool) -> set[str]:
    """The files an earlier report listed here; refuse a foreign non-empty folder unless forced."""
    path = report_dir / MANIFEST
    if not report_dir.exists():
        return set()
    if not report_dir.is_dir():
        raise NotOurFolder(f"{report_dir} is not a folder")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") == _FORMAT and isinstance(data.get("files"), list):
            return {name for name in data["files"] if isinstance(name, str)}
    except (OSError, ValueError, AttributeError):
        pass
    if force or not any(report_dir.iterdir()):
        return set()
    raise NotOurFolder(
        f"{report_dir} is not empty and no report was written there ({MANIFEST} is missing): "
        "choose an empty folder, or give --force to write there (nothing of it is deleted)"
    )


def _owned(report_dir: Path, name: str) -> Path | None:
    """A listed file, if it is inside the folder (a manifest edited by hand cannot reach out)."""
    path = report_dir / name
    root = report_dir.resolve()
    return path if path.resolve().is_relative_to(root) and path.resolve() != root else None


def finish(report_dir: Path, written: set[Path], previous: set[str]) -> list[Path]:
    """Write the manifest of this report, then remove what the last one wrote and this one did not."""
    names = sorted(str(path.relative_to(report_dir)) for path in written)
    write_atomic(report_dir / MANIFEST, json.dumps({"format": _FORMAT, "files": names}, indent=1) + "\n")
    removed = []
    for name in sorted(previous - set(names)):
        path = _owned(report_dir, name)
        if path is not None and path.is_file() and not path.is_symlink():
            path.unlink()
            removed.append(path)
    return removed
