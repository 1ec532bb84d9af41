"""Named errors. Library code raises them; only the CLI and the UI turn them into messages."""


class NoticesError(Exception):
    """Base class: every error the project raises on purpose."""


class RejectedFile(NoticesError):
    """A file that cannot be ingested (empty, corrupt, encrypted, undecodable, unsupported)."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ModelMismatch(NoticesError):
    """The index was built with another embedding model than the one asked for."""


class IndexMissing(NoticesError):
    """No index in the data dir yet."""


class NotFound(NoticesError):
    """A notice, source or id that the index does not hold."""


class ConfigError(NoticesError):
    """A setting that cannot work (bad URL, unknown model, unsafe host without auth...)."""


class LLMError(NoticesError):
    """The generative answerer's endpoint failed or answered something unusable."""
