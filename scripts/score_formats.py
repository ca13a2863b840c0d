#!/usr/bin/env python3
"""Score extraction of the same minutes published as text, HTML, DOCX and PDF.

Each scored document (by default the seeds, gold files ``0*_*.json``) is rendered at run time
as HTML, DOCX and PDF (tests/format_render.py: headings, tables for tabbed lines, ordered
lists, a landscape PDF that wraps long paragraphs), extracted in-process, and the predictions
are written to ``<work>/pred-<format>/<doc stem>.json``. ``score.py --pred`` then scores each
format against the same gold. Prints one line per format and exits 1 when a format scores
more than ``--max-drop`` below plain text, so CI can run it:

    .venv/bin/python scripts/score_formats.py            # seeds, all formats
    .venv/bin/python scripts/score_formats.py --match '*.json' -v --work /tmp/formats

Real minutes are only read from ../shared at run time; nothing is copied into the repo.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO / "tests"))  # format_render lives with the tests that use it

FORMATS = ("text", "html", "docx", "pdf")


def _args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--gold", type=Path, default=SHARED / "eval" / "dev" / "gold")
    ap.add_argument("--docs", type=Path, default=SHARED / "eval" / "dev" / "docs")
    ap.add_argument("--scorer", type=Path, default=SHARED / "eval" / "score.py")
    ap.add_argument("--match", default="0*_*.json", help="gold files to score (default: seeds)")
    ap.add_argument("--formats", default=",".join(FORMATS),
                    help="comma-separated subset of text,html,docx,pdf")
    ap.add_argument("--work", type=Path, help="keep rendered files and predictions here")
    ap.add_argument("--max-drop", type=float, default=0.05,
                    help="largest allowed fall of a format's overall below text's")
    ap.add_argument("-v", "--verbose", action="store_true", help="pass -v to the scorer")
    return ap.parse_args()


def _predict(path: Path) -> dict[str, object] | None:
    from graphgov import api
    from graphgov.errors import GraphgovError
    from graphgov.model.serialize import minutes_dict

    try:
        return minutes_dict(api.extract(path))
    except GraphgovError as exc:
        print(f"  {exc}", file=sys.stderr)
        return None


def _render_and_predict(golds: list[Path], docs: Path, work: Path,
                        formats: list[str]) -> None:
    from format_render import write_all

    for gold_path in golds:
        doc = docs / json.loads(gold_path.read_text(encoding="utf-8"))["doc"]
        rendered = write_all(doc.read_text(encoding="utf-8"), work / "docs", doc.stem)
        for fmt in formats:
            pred = _predict(rendered[fmt])
            if pred is None:
                continue  # the scorer reports the missing prediction
            out = work / f"pred-{fmt}" / f"{doc.stem}.json"
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(json.dumps(pred, ensure_ascii=False, indent=1), encoding="utf-8")


def _score(args: argparse.Namespace, work: Path, fmt: str) -> float | None:
    pred_dir = work / f"pred-{fmt}"
    pred_dir.mkdir(parents=True, exist_ok=True)
    argv = [sys.executable, str(args.scorer), "--gold", str(args.gold), "--docs", str(args.docs),
            "--pred", str(pred_dir), "--match", args.match]
    if args.verbose:
        argv.append("-v")
    run = subprocess.run(argv, capture_output=True, text=True, check=False)  # noqa: S603
    if args.verbose:
        print(f"===== {fmt}\n{run.stdout}", end="")
    last = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else ""
    try:
        return float(last.split()[-1]) if last.startswith("overall") else None
    except ValueError:
        return None


def main() -> int:
    args = _args()
    formats = [f for f in args.formats.split(",") if f in FORMATS]
    if not args.scorer.is_file() or not args.gold.is_dir():
        print(f"score_formats: no scorer or gold under {SHARED} (shared/ beside the repo)",
              file=sys.stderr)
        return 2
    golds = sorted(args.gold.glob(args.match))
    if not golds:
        print(f"score_formats: no gold files match {args.match}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="graphgov-formats-") as tmp:
        work = args.work or Path(tmp)
        _render_and_predict(golds, args.docs, work, formats)
        scores = {fmt: _score(args, work, fmt) for fmt in formats}
    for fmt, score in scores.items():
        print(f"{fmt:<5} overall {score if score is not None else 'n/a'}")
    base = scores.get("text")
    worse = [f for f, s in scores.items()
             if base is not None and (s is None or s < base - args.max_drop)]
    if worse:
        print(f"score_formats: {', '.join(worse)} scored more than {args.max_drop} below text",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
