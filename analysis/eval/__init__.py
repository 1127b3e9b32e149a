"""Evaluation of theming against human labels; run with `make analysis-eval`."""
