"""Prompt and answer texts, kept as data (YAML beside this file) and rendered strictly."""

from __future__ import annotations

import string
from functools import cache
from importlib import resources


@cache
def load(name: str) -> dict:
    """The YAML file `name`.yaml of this package, parsed."""
    import yaml

    return yaml.safe_load(resources.files(__package__).joinpath(f"{name}.yaml").read_text("utf-8"))


class _Strict(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            raise KeyError(f"prompt variable '{key}' is missing")
        return super().get_value(key, args, kwargs)


def render(template: str, **variables: object) -> str:
    """Fill `{name}` fields; a missing variable is an error, never an empty string."""
    return _Strict().format(template, **variables)


def text(name: str, key: str, language: str, **variables: object) -> str:
    """Render prompts/`name`.yaml [key][language]."""
    return render(load(name)[key][language], **variables)
