"""Language data, one sub-package per language; no logic lives here."""
