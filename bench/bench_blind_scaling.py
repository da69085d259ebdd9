"""Does masking stay linear in its input? Each kind of text (hostile ones included: long runs of spaces or
brackets, one huge line, Korean on one line, a long table) at 1x, 2x and 4x its size; prints milliseconds and the
4x / 1x ratio (about 4 means linear; a quadratic pattern shows 16).

Run: python bench/bench_blind_scaling.py
"""
from __future__ import annotations

import time

import common  # noqa: F401  (puts src/ on the path)
from common import ROOT, machine
from matchlens.preprocess.masking import _mask

BASE = sorted((ROOT / "sample_data" / "resumes").glob("*.txt"))[0].read_text(encoding="utf-8")
CASES = {
    "CV, repeated": lambda n: (BASE + "\n") * n,
    "CV on one line": lambda n: (BASE.replace("\n", " ") + " ") * n,
    "capitalised words": lambda n: "Jean Dupont Marie Curie " * 200 * n,
    "run of spaces": lambda n: "a" + " " * 2000 * n,
    "run of brackets": lambda n: "(" * 1000 * n + "Marie",
    "digits": lambda n: "12 34 56 78 9 " * 300 * n,
    "table rows": lambda n: "nom;prénom;âge;ville\n" + "x;y;3;z\n" * 300 * n,
    "Korean on one line": lambda n: "김민지 서울 거주 이력서 " * 300 * n,
    "labels only": lambda n: "Nom : Nationalité : Religion : " * 200 * n,
}


def main() -> None:
    print(f"machine: {machine()}")
    _mask("warm up: word lists load")
    for name, make in CASES.items():
        times = []
        for n in (1, 2, 4):
            text = make(n)
            t0 = time.perf_counter()
            _mask(text)
            times.append(time.perf_counter() - t0)
        print(f"{name:20} {len(make(1)):6d} chars: " + "  ".join(f"{t * 1000:7.1f} ms" for t in times)
              + f"   4x/1x {times[2] / max(times[0], 1e-9):.1f}")


if __name__ == "__main__":
    main()
