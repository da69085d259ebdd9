"""Ship the trained job-domain adapter: copy it into the package (fp16), write its card, set its checksum.

Run after `matchlens train --config configs/train/jobs_multilingual.json` (the shipped recipe; jobs_ads.json, which
continues it on real ads, measured no better: docs/quality.md), and, for the card's figures,
`python scripts/quality_dev.py -m jobs-multilingual ...` or ``--figures FILE`` (a JSON object: dev set → "MRR [CI]",
e.g. the real-ad dev split's).
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
    ap.add_argument("--figures", help="a JSON file {dev set: 'MRR [CI]'} measured on the adapter being shipped; "
                                      "its sets come first in the card and replace docs/quality.json's")
    args = ap.parse_args()
    figures = json.loads(Path(args.figures).read_text()) if args.figures else {}
    figures |= {k: v for k, v in dev_figures(Path(args.quality), bundled.JOBS_NAME).items() if k not in figures}
    sha = package_adapter(Path(args.src), bundled.JOBS_ADAPTER, figures)
    code = Path(bundled.__file__)
    text = re.sub(r'JOBS_SHA256 = "[^"]*"', f'JOBS_SHA256 = "{sha}"', code.read_text())
    code.write_text(text)
    print(f"shipped {bundled.JOBS_ADAPTER} (sha256 {sha})")


if __name__ == "__main__":
    main()
