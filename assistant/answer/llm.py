"""The generative answerer: a LangChain chat model on an OpenAI-compatible endpoint (vLLM, llama.cpp server,
Ollama's /v1, OpenAI). The model cites passage numbers; every sentence is checked against the passage it
cites, and sentences without support are dropped (and listed in `Answer.extra["dropped"]`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant import question as q
from assistant.quotes import original_span
from assistant.types import Answer, Citation, Hit
from ingest.errors import ConfigError, LLMError
from ingest.spans import quotable_spans
from ingest.vn import fold
from prompts import text as prompt

ABSTAIN = "NOT_IN_ARCHIVE"
PASSAGES = 6
MIN_SUPPORT = 0.5  # share of a sentence's content words that its cited passage must contain
_MARK = re.compile(r"\[(\d{1,2})\]")
_SENTENCE = re.compile(r"(?<=[.!?…])\s+|\n+")


def _content(text: str) -> set[str]:
    return {t for t in re.findall(r"[\w/&\-]+", fold(_MARK.sub(" ", text))) if len(t) > 1} - q.STOP


def _sentences(raw: str) -> list[str]:
    """Sentences of the model's answer; markers written after the full stop ("... 2023. [1]") stay with it."""
    out: list[str] = []
    for piece in (p.strip() for p in _SENTENCE.split(raw)):
        if not piece:
            continue
        if out and re.fullmatch(r"(?:\[\d{1,2}\]\s*)+[.]?", piece):
            out[-1] += " " + piece
        else:
            out.append(piece)
    return out


class LLMAnswerer:
    """Streams the model's answer, then checks its citations against the retrieved passages."""

    def __init__(self, settings, catalog):
        if not settings.llm_base_url:
            raise ConfigError("the generative answerer needs NOTICES_LLM_BASE_URL (an OpenAI-compatible endpoint, "
                              "e.g. http://127.0.0.1:8000/v1, or Ollama's http://127.0.0.1:11434/v1)")
        from langchain_openai import ChatOpenAI

        self.catalog = catalog
        self.model = ChatOpenAI(base_url=settings.llm_base_url, model=settings.llm_model, temperature=0,
                                api_key=settings.llm_api_key or "not-needed", timeout=120, max_retries=1)

    def _messages(self, question: str, hits: list[Hit], lang: str) -> list[tuple[str, str]]:
        passages = "\n\n".join(
            f"[{i}] {Citation(i, h, '').official} — {h.chunk.section or h.chunk.part}:\n{h.chunk.text}"
            for i, h in enumerate(hits, 1))
        return [("system", prompt("llm", "system", lang, abstain_token=ABSTAIN)),
                ("human", prompt("llm", "user", lang, question=question, passages=passages))]

    def stream(self, question: str, hits: list[Hit]) -> Iterator[str | Answer]:
        """Text pieces as the model writes them, then the checked Answer."""
        lang = q.language(question)
        hits = hits[:PASSAGES]
        if not hits:
            yield Answer(prompt("answers", "abstain", lang), True, lang, question=question)
            return
        parts: list[str] = []
        try:
            for chunk in self.model.stream(self._messages(question, hits, lang)):
                piece = chunk.content if isinstance(chunk.content, str) else ""
                if piece:
                    parts.append(piece)
                    yield piece
        except Exception as exc:  # noqa: BLE001 - network and protocol errors of every client library
            raise LLMError(f"the LLM endpoint failed ({type(exc).__name__}: {exc}); check NOTICES_LLM_BASE_URL "
                           "or unset NOTICES_ANSWERER to use the extractive answerer") from exc
        yield self.check(question, "".join(parts), hits, lang)

    def answer(self, question: str, hits: list[Hit]) -> Answer:
        result = None
        for item in self.stream(question, hits):
            result = item
        assert isinstance(result, Answer)
        return result

    def check(self, question: str, raw: str, hits: list[Hit], lang: str) -> Answer:
        """Keep the sentences whose cited passages support them; renumber citations in order of use."""
        if ABSTAIN in raw or not raw.strip():
            return Answer(prompt("answers", "abstain", lang), True, lang, closest=tuple(hits[:3]), question=question,
                          extra={"raw": raw})
        kept, dropped = [], []
        citations: dict[int, Citation] = {}
        for sentence in _sentences(raw):
            marks = [int(m) for m in _MARK.findall(sentence)]
            valid = [m for m in marks if 1 <= m <= len(hits)]
            words = _content(sentence)
            support = [m for m in valid if words and
                       len(words & _content(hits[m - 1].chunk.text)) / len(words) >= MIN_SUPPORT]
            if not support:
                dropped.append(sentence)
                continue
            body = _MARK.sub("", sentence).rstrip()
            new_marks = []
            for m in support:
                if m not in citations:
                    citations[m] = self._cite(len(citations) + 1, hits[m - 1], body)
                new_marks.append(f"[{citations[m].n}]")
            kept.append(body + " " + "".join(new_marks))
        if not kept:
            return Answer(prompt("answers", "abstain", lang), True, lang, closest=tuple(hits[:3]), question=question,
                          extra={"raw": raw, "dropped": dropped})
        return Answer("\n".join(kept), False, lang, tuple(sorted(citations.values(), key=lambda c: c.n)),
                      question=question, extra={"raw": raw, "dropped": dropped})

    def _cite(self, n: int, hit: Hit, sentence: str) -> Citation:
        """The passage's sentence that best supports `sentence`, quoted verbatim."""
        words = _content(sentence)
        text = hit.chunk.text
        s, e = max(quotable_spans(text), key=lambda se: len(words & _content(text[se[0]:se[1]])))
        start, end = original_span(self.catalog, hit.notice, hit.chunk, s, e)
        return Citation(n, hit, text[s:e], start, end)
