"""Scrubbing and small-number suppression: pure functions, no Flask or database."""

from consult.privacy.scrub import scrub

__all__ = ["scrub"]
