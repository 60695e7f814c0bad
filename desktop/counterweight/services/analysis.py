"""Evaluation use-cases for the CLI and GUI (the engine behind a service face)."""

from __future__ import annotations

from pathlib import Path

from counterweight.domain import Decision, Normalization
from counterweight.engine import Evaluation, evaluate
from counterweight.services.projects import load_decision


def evaluate_decision(decision: Decision, normalization: Normalization | None = None) -> Evaluation:
    """Evaluate ``decision`` with its own method settings, or with ``normalization`` instead."""
    return evaluate(decision, normalization)


def evaluate_file(path: str | Path, normalization: Normalization | None = None) -> tuple[Decision, Evaluation]:
    """Read a project or exchange file (never modifying it) and evaluate it."""
    decision = load_decision(path)
    return decision, evaluate(decision, normalization)
