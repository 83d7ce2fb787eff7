"""Developer tools: conformance runner, NER evaluation, benchmark. Not part of the package."""
