"""Shared fixtures: the seed page and its gold reading."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_3c7ae53d10ee8564.txt"
SEED_GOLD = Path(__file__).parent / "cases" / "seed" / "000_3c7ae53d10ee8564.clean.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> str:
    return SEED_GOLD.read_text(encoding="utf-8")
