"""Answerers: `extractive` (default, no LLM) and `llm` (an OpenAI-compatible chat model)."""
