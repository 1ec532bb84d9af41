"""The one facade the CLI, the UI and the evaluator call: search, ask, list, ingest."""

from __future__ import annotations

from collections.abc import Iterator

from assistant.index import Index
from assistant.retriever import Retriever
from assistant.settings import Settings
from assistant.types import Answer, Filters, Hit
from ingest.errors import ConfigError

ANSWER_POOL = 8


class Assistant:
    """Open an index and answer over it. Heavy parts (model, Chroma) load on first use."""

    def __init__(self, settings: Settings | None = None, embeddings=None, index: Index | None = None):
        self.settings = settings or Settings.from_env()
        self.index = index or Index(self.settings, embeddings=embeddings)
        self.retriever = Retriever(self.index)
        self._answerer = None
        self._fit = None

    @property
    def fit(self):
        """What a question pins down about its notice, checked on every answer path (assistant/answer/constraints)."""
        if self._fit is None:
            from assistant.answer.constraints import NoticeFit

            self._fit = NoticeFit(self.index.catalog)
        return self._fit

    @property
    def answerer(self):
        if self._answerer is None:
            if self.settings.answerer == "llm":
                from assistant.answer.llm import LLMAnswerer

                self._answerer = LLMAnswerer(self.settings, self.index.catalog)
            elif self.settings.answerer == "extractive":
                from assistant.answer.extractive import ExtractiveAnswerer

                emb = self.index.embeddings
                self._answerer = ExtractiveAnswerer(self.index.catalog, self.retriever.vector,
                                                    getattr(emb, "embed_sentences", emb.embed_documents),
                                                    lambda term: self.index.lexical.rarity(term), self.fit)
            else:
                raise ConfigError(f"unknown answerer '{self.settings.answerer}': use 'extractive' or 'llm'")
        return self._answerer

    def search(self, query: str, k: int | None = None, filters: Filters | None = None,
               mode: str = "hybrid") -> list[Hit]:
        self.index.catch_up()
        return self.retriever.search(self._normalise(query), k or self.settings.top_k, filters, mode)

    def ask(self, question: str, history: list[tuple[str, str]] | None = None, filters: Filters | None = None,
            mode: str = "hybrid") -> Answer:
        """Answer `question`; `history` is [(question, answer)] of earlier turns, for follow-ups."""
        result = None
        for item in self.stream(question, history, filters, mode):
            result = item
        assert isinstance(result, Answer)
        return result

    def stream(self, question: str, history: list[tuple[str, str]] | None = None,
               filters: Filters | None = None, mode: str = "hybrid") -> Iterator[str | Answer]:
        """Text pieces as they come (the LLM streams; the other answers come whole), then the final Answer."""
        from assistant.question import resolve

        self.index.catch_up()
        resolved = self._normalise(resolve(question, history))
        if not filters:
            from assistant.answer import register

            listed = register.answer(self.index, resolved, self.fit.fits)
            if listed is not None:
                yield listed.answer
                yield listed
                return
        hits = self.retriever.search(resolved, ANSWER_POOL, filters, mode)
        if hits and not any(self.fit.fits(resolved, h.notice) for h in hits):
            # None of the passages found is in a notice holding what the question names ("Cụm công nghiệp Điềm Thụy
            # 2"): the meaning of its other words outranked the name. Look again among the notices that hold it.
            held = self.retriever.naming(resolved)
            if held:
                hits = self.retriever.search(resolved, ANSWER_POOL, filters, mode, within=held) or hits
        answerer = self.answerer
        if hasattr(answerer, "stream"):
            yield from answerer.stream(resolved, hits)
            return
        answer = answerer.answer(resolved, hits)
        yield answer.answer
        yield answer

    def _normalise(self, text: str) -> str:
        """A question typed without diacritics gets them back, and unit names typed in lower case are
        written as the archive writes them ("cong ty dien luc lao cai" -> "Công ty Điện lực Lào Cai")."""
        from assistant.tasks import register

        return register(self.index).spell_units(self.retriever.with_accents(text))

    def tasks(self, unit: str = "", due_before: str = "", due_after: str = "", overdue_as_of: str = "",
              notice: str = "") -> list[dict]:
        """The task register, filtered (see assistant.tasks.TaskQuery); soonest due first."""
        from assistant.tasks import TaskQuery, query

        self.index.catch_up()
        return query(self.index, TaskQuery(unit, due_before, due_after, overdue_as_of, notice))
