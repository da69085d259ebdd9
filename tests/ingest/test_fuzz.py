"""Property tests: random and mutated files never raise out of the loaders; they load or are reported."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matchlens.ingest import Limits, load_bytes
from tests.conftest import SAMPLE

EXTS = [".txt", ".md", ".pdf", ".docx", ".csv", ".xlsx"]
REAL = {p.suffix: p.read_bytes() for p in sorted((SAMPLE / "resumes").iterdir())}
REAL[".csv"] = (SAMPLE / "gigs" / "gigs_missions.csv").read_bytes()
LIMITS = Limits(max_file_mb=2, max_pages=20, max_chars=20_000, max_documents=200)
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(result) -> None:
    assert result.documents or result.errors
    for d in result.documents:
        assert d.text.strip() and len(d.text) <= LIMITS.max_chars
    for p in result.problems:
        assert p.name and p.reason


@FUZZ
@given(data=st.binary(max_size=4096), ext=st.sampled_from(EXTS))
def test_random_bytes(data, ext):
    check(load_bytes("fuzz" + ext, data, "resume", limits=LIMITS))


@FUZZ
@given(ext=st.sampled_from(sorted(REAL)), cuts=st.lists(st.tuples(st.integers(0, 10**6), st.binary(min_size=1, max_size=8)),
                                                   min_size=1, max_size=6))
def test_mutated_real_files(ext, cuts):
    data = bytearray(REAL[ext])
    for pos, patch in cuts:
        pos %= len(data)
        data[pos : pos + len(patch)] = patch
    check(load_bytes("mutated" + ext, bytes(data), "gig", limits=LIMITS))


@FUZZ
@given(text=st.text(max_size=2000))
def test_any_unicode_text(text):
    result = load_bytes("any.txt", text.encode("utf-8", "surrogatepass"), "resume", limits=LIMITS)
    check(result)
