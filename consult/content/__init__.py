"""Consultation content: YAML definitions for the nine work strands, and their loader."""

from pathlib import Path

CONTENT_DIR = Path(__file__).resolve().parent
