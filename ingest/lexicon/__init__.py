"""The domain lexicon as data (YAML beside this file): unit heads, abbreviations, places. General to
Vietnamese administrative text, never written for one document."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def load(name: str) -> dict:
    """The YAML file `name`.yaml of this package, parsed."""
    import yaml

    return yaml.safe_load(resources.files(__package__).joinpath(f"{name}.yaml").read_text("utf-8"))
