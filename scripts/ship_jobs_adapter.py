"""Ship the trained job-domain adapter: copy it into the package (fp16), write its card, set its checksum.

Run after `matchlens train --config configs/train/jobs_multilingual.json` (and, for the card's figures,
`python scripts/quality_dev.py -m jobs-multilingual ...`).
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from matchlens import settings
from matchlens.encoders import bundled
from matchlens.training.jobs import package_adapter

ROOT = Path(__file__).resolve().parents[1]


def dev_figures(path: Path, model: str) -> dict:
    """MRR [CI] of ``model`` per dev task from scripts/quality_dev.py's JSON, if it has them."""
    if not path.exists():
        return {}
    tasks = json.loads(path.read_text())["tasks"]
    return {t: f"{r['mrr']:.3f} [{r['mrr_ci'][0]:.3f}, {r['mrr_ci'][1]:.3f}]" for t, v in tasks.items()
            if (r := v["results"].get(model))}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", default=str(settings.models_dir() / f"_{bundled.JOBS_NAME}-adapter"))
    ap.add_argument("--quality", default=str(ROOT / "docs" / "quality.json"))
    args = ap.parse_args()
    sha = package_adapter(Path(args.src), bundled.JOBS_ADAPTER, dev_figures(Path(args.quality), bundled.JOBS_NAME))
    code = Path(bundled.__file__)
    text = re.sub(r'JOBS_SHA256 = "[^"]*"', f'JOBS_SHA256 = "{sha}"', code.read_text())
    code.write_text(text)
    print(f"shipped {bundled.JOBS_ADAPTER} (sha256 {sha})")


if __name__ == "__main__":
    main()
