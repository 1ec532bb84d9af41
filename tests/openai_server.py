"""A real HTTP server speaking the OpenAI chat-completions protocol (JSON and SSE streaming), for testing
the generative answerer where no LLM weights can be had. Its "model" is deterministic: it answers with the
first sentence of passage [1] cited as [1], adds one sentence that no passage supports (cited [2]) and one
with a citation to a passage that does not exist ([9]), so the answerer's checks have work to do. When the
question contains "xyz-absent" it answers with the abstain token."""

from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ABSTAIN = "NOT_IN_ARCHIVE"


def _reply(messages: list[dict]) -> str:
    user = messages[-1]["content"]
    if "xyz-absent" in user:
        return ABSTAIN
    passage = user.split("[1] ", 1)[1].split("\n", 1)[1].split("\n\n", 1)[0]
    line = next((x for x in passage.split("\n") if len(x) > 30), passage).lstrip("-– ")
    first = re.split(r"(?<=[.!?])\s", line)[0]
    return (f"{first} [1]\nThe budget was 500 billion dong for the Mars programme [2].\n"
            f"Theo đoạn chín, mọi việc đã hoàn thành [9].")


class _Handler(BaseHTTPRequestHandler):
    requests: list[dict] = []

    def log_message(self, *args):  # keep test output clean
        pass

    def do_POST(self):  # noqa: N802 - http.server naming
        if not self.path.endswith("/chat/completions"):
            self.send_error(404)
            return
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        _Handler.requests.append(body)
        text = _reply(body["messages"])
        created = int(time.time())
        if body.get("stream"):
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            for i in range(0, len(text), 12):
                chunk = {"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": created,
                         "model": body["model"], "choices": [{"index": 0, "delta": {"content": text[i:i + 12]},
                                                              "finish_reason": None}]}
                self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
            end = {"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": created,
                   "model": body["model"], "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
            self.wfile.write(f"data: {json.dumps(end)}\n\ndata: [DONE]\n\n".encode())
            return
        payload = {"id": "chatcmpl-test", "object": "chat.completion", "created": created, "model": body["model"],
                   "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                                "finish_reason": "stop"}],
                   "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}
        data = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def start() -> tuple[ThreadingHTTPServer, str]:
    """Start on a free loopback port; returns the server and its base URL (…/v1)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/v1"
