"""Loaded by schemathesis before it runs (see schemathesis.toml)."""

import hypothesis.internal.lambda_sources as lambda_sources

_describe = lambda_sources._lambda_description


def _describe_or_not(f):
    # CPython 3.11's ast.parse raises a spurious SystemError ("AST constructor
    # recursion depth mismatch") when Hypothesis parses a large module to name
    # a lambda in a strategy's repr; the name is only for display.
    try:
        return _describe(f)
    except SystemError:
        return "lambda: <unknown>"


lambda_sources._lambda_description = _describe_or_not
