"""Which path embeds documents on this CPU: torch fp32 or bf16, or int8 under ONNX Runtime. "auto" measures the
candidates once per CPU and model folder and records the choice beside the model (`precision.json`).

Measured on the converted e5-small (benchmarks/bench_embed.py): bf16 wins by far on Intel's AMX tiles; on an AMD
EPYC (Zen 5, AVX512-BF16 and VNNI, no AMX) int8 runs ~1.7x bf16 and ~2x fp32. Which one wins is a matter of the
CPU, so it is measured rather than guessed from flags.
"""

from __future__ import annotations

import importlib.util
import json
import os
import platform
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from langchain_core.embeddings import Embeddings

from ingest.errors import ConfigError

PRECISIONS = ("auto", "fp32", "bf16", "autocast", "int8")
RECORD = "precision.json"
# A path whose vectors fall below this cosine to fp32's on the sample is not eligible for "auto". int8 measures
# 0.993-0.997 on the corpus chunks with the same retrieval scores as fp32; a broken export lands far below.
MIN_COSINE = 0.99
SAMPLE = [  # notice-like passages of several lengths, so batches pad as real ones do
    ("Sở Tài chính chủ trì, phối hợp với các sở, ngành rà soát hồ sơ dự án, hoàn thành trước ngày 30/6/2025; báo "
     "cáo Ủy ban nhân dân tỉnh kết quả thực hiện. ") * 3,
    ("Giao Phòng Quản lý Khoa học tham mưu Giám đốc Sở ban hành kế hoạch kiểm tra các nhiệm vụ khoa học và công "
     "nghệ cấp tỉnh năm 2024."),
    ("THÔNG BÁO Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp nghe báo cáo tình hình triển khai các cụm công "
     "nghiệp trên địa bàn tỉnh. Các sở, ngành, địa phương khẩn trương hoàn thiện hồ sơ thủ tục đầu tư xây dựng hạ "
     "tầng kỹ thuật, giải phóng mặt bằng; định kỳ hằng quý báo cáo kết quả. ") * 2,
    "Nơi nhận: Như trên; Lưu: VT, KGVX.",
] * 4


def cpu_flags() -> set[str]:
    """The CPU's feature flags (/proc/cpuinfo), empty where that cannot be read."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            return set(next((line.split(":", 1)[1].split() for line in fh if line.startswith("flags")), []))
    except OSError:
        return set()


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            return next((line.split(":", 1)[1].strip() for line in fh if line.startswith("model name")), "")
    except OSError:
        return ""


def cpu_key() -> str:
    """What decides the fastest path: architecture, the matrix features, the model name and the cores we get."""
    flags = cpu_flags()
    isa = "+".join(f for f in ("amx_tile", "avx512_bf16", "avx512_vnni", "avx_vnni", "avx512f", "avx2") if f in flags)
    return f"{platform.machine()}|{isa}|{_cpu_model()}|{len(os.sched_getaffinity(0))}"


def native_bf16() -> bool:
    """True when the CPU computes bf16 natively (AVX512-BF16 or AMX); emulated bf16 is slower than fp32."""
    return bool({"avx512_bf16", "amx_bf16"} & cpu_flags())


def candidates() -> tuple[str, ...]:
    """The paths "auto" measures on this CPU."""
    return ("fp32",) + (("bf16",) if native_bf16() else ()) + \
        (("int8",) if importlib.util.find_spec("onnxruntime") else ())


def recorded(folder: Path) -> str | None:
    """The path "auto" chose for this CPU in `folder`, if it has measured there already (loads nothing)."""
    try:
        entry = json.loads((folder / RECORD).read_text("utf-8")).get(f"{cpu_key()}|{'+'.join(candidates())}")
    except (OSError, ValueError):
        return None
    return entry.get("choice") if isinstance(entry, dict) else None


def fastest(folder: Path, names: tuple[str, ...], make: Callable[[str], Embeddings]) -> Embeddings:
    """The model of whichever of `names` embeds fastest here with vectors close to fp32's. Measured once on
    `SAMPLE` (the paths in turn, best of three), recorded per CPU and candidate set in `folder/precision.json`
    when the folder is writable; a later start loads only the chosen path (int8: no torch import)."""
    key = f"{cpu_key()}|{'+'.join(names)}"
    record = folder / RECORD
    try:
        known = json.loads(record.read_text("utf-8"))
    except (OSError, ValueError):
        known = {}
    entry = known.get(key)
    if len(names) == 1 or (isinstance(entry, dict) and entry.get("choice") in names):
        try:
            return make(names[0] if len(names) == 1 else entry["choice"])
        except (ConfigError, OSError):  # e.g. the int8 file deleted and no onnx here to export it: measure again
            pass
    models, skipped = {}, {}
    for n in names:
        try:
            models[n] = make(n)
        except (ConfigError, OSError) as exc:
            if n == "fp32":
                raise
            skipped[n] = str(exc)[:200]
    import numpy as np

    texts = SAMPLE
    for m in models.values():  # warm-up: first-call allocations and kernel selection
        m.embed_documents(texts[:4])
    seconds = dict.fromkeys(models, float("inf"))
    vectors = {}
    for _ in range(3):  # the paths in turn, best of three: a shared machine's bursts fall on all alike
        for n, m in models.items():
            t = time.perf_counter()
            vectors[n] = np.asarray(m.embed_documents(texts))
            seconds[n] = min(seconds[n], time.perf_counter() - t)
    cosine = {n: round(float((v * vectors["fp32"]).sum(1).min()), 5) for n, v in vectors.items()}
    chars = sum(map(len, texts))
    speed = {n: round(chars / s) for n, s in seconds.items()}
    choice = max((n for n in models if cosine[n] >= MIN_COSINE), key=speed.__getitem__)
    known[key] = {"choice": choice, "chars_per_s": speed, "min_cosine_to_fp32": cosine, "skipped": skipped,
                  "measured": date.today().isoformat()}
    try:
        record.write_text(json.dumps(known, indent=1, ensure_ascii=False), "utf-8")
    except OSError:
        pass  # a read-only model folder: measured again next time
    return models[choice]
