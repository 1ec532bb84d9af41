"""The generative answerer through LangChain's ChatOpenAI against a real OpenAI-protocol HTTP server."""

from __future__ import annotations

import pytest
from conftest import QUANG_TRI
from openai_server import _Handler, start

from assistant.assistant import Assistant
from assistant.settings import Settings
from assistant.types import Answer
from ingest.errors import ConfigError


@pytest.fixture(scope="module")
def llm_assistant(corpus_index):
    server, url = start()
    settings = Settings.from_env(data_dir=corpus_index.settings.data_dir, chroma_url="", answerer="llm",
                                 llm_base_url=url, llm_model="test-model")
    yield Assistant(settings, index=corpus_index)
    server.shutdown()


def test_streams_then_keeps_only_supported_cited_sentences(llm_assistant):
    question = "Phòng Quản lý Khoa học phải hoàn thành hồ sơ chấm dứt hợp đồng và thu hồi kinh phí khi nào?"
    items = list(llm_assistant.stream(question))
    pieces, final = items[:-1], items[-1]
    assert len(pieces) > 3 and all(isinstance(p, str) for p in pieces)  # streamed in pieces
    assert isinstance(final, Answer) and not final.abstained
    assert "Mars" not in final.answer and "đoạn chín" not in final.answer
    assert len(final.extra["dropped"]) == 2
    assert final.answer.endswith("[1]") and len(final.citations) == 1
    c = final.citations[0]
    assert c.quote in c.hit.chunk.text and c.hit.notice.source == QUANG_TRI
    sent = _Handler.requests[-1]
    assert sent["model"] == "test-model" and sent["stream"] is True
    assert sent["messages"][0]["role"] == "system" and "[1]" in sent["messages"][1]["content"]


def test_model_abstention_shows_closest(llm_assistant):
    a = llm_assistant.ask("Kế hoạch xyz-absent của Sở Y tế là gì?")
    assert a.abstained and a.closest and not a.citations


def test_llm_mode_needs_an_endpoint(corpus_index):
    settings = Settings.from_env(data_dir=corpus_index.settings.data_dir, chroma_url="", answerer="llm",
                                 llm_base_url="")
    with pytest.raises(ConfigError, match="NOTICES_LLM_BASE_URL"):
        Assistant(settings, index=corpus_index).ask("Ai ký?")
