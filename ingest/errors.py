"""Named errors, on the lowest floor so every layer can raise them; only the CLI and the UI turn them into
messages for people. `exit_code` is the command line's status for each kind."""


class NoticesError(Exception):
    """Base class: every error the project raises on purpose."""

    exit_code = 2


class RejectedFile(NoticesError):
    """A file that cannot be ingested (empty, corrupt, encrypted, undecodable, unsupported, too big)."""

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


class BadInput(NoticesError):
    """A value typed into a command or a form that cannot be used (a date that is no date, a top-k of 0)."""


class LLMError(NoticesError):
    """The generative answerer's endpoint failed or answered something unusable."""


class EmbeddingsError(NoticesError):
    """The embeddings server (`--embeddings-url`) cannot be reached or answered something unusable."""


class StoreError(NoticesError):
    """The data dir cannot be used as it is: read-only, full, or a damaged catalog or vector store. The message
    says which command repairs it (`notices check`, `notices rebuild`)."""

    exit_code = 3


class DamagedStore(StoreError):
    """A catalog or vector store whose files are damaged (truncated, overwritten): `notices rebuild` mends it."""


class RecordConflict(StoreError):
    """What was to be written breaks a constraint of the catalog (two rows with one id): nothing was written; the
    catalog is whole."""


class Locked(NoticesError):
    """Another process is writing to the data dir (and the caller asked not to wait)."""

    exit_code = 75  # EX_TEMPFAIL: try again later
