"""Compare the extraction score with the floor recorded in the repo (the CI ratchet).

    python scripts/check_score.py SCORE_JSON [--floor .ci/score_floor]

SCORE_JSON is what ``shared/eval/score.py --json FILE`` writes (``{"overall": 0.61, ...}``);
a saved copy of the scorer's printed output (last line ``overall 0.610``) works too. Exits 1
when the overall score is below the floor, 2 when either file cannot be read. The floor only
ever goes up: when the score clears it by a margin, this says what to raise it to.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

#: Scores are printed to 3 decimals; compare at that precision so 0.6104 meets a 0.610 floor.
PRECISION = 3
#: How far above the floor the score must be before we suggest raising it.
RAISE_MARGIN = 0.01


class ScoreFileError(Exception):
    """A score or floor file that cannot be read."""


def read_floor(path: Path) -> float:
    """The floor: the first number in the file; lines starting with # are comments."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ScoreFileError(f"cannot read floor {path}: {exc.strerror}") from None
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            try:
                return float(line)
            except ValueError:
                raise ScoreFileError(f"{path}: not a number: {line!r}") from None
    raise ScoreFileError(f"{path}: no floor recorded")


def read_overall(path: Path) -> tuple[float, int]:
    """The overall score and the number of extract failures, from --json output or printed text."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ScoreFileError(f"cannot read score {path}: {exc.strerror}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return _overall_from_text(path, text)
    if not isinstance(data, dict) or not isinstance(data.get("overall"), int | float):
        raise ScoreFileError(f"{path}: no numeric 'overall' in the scorer's JSON")
    return float(data["overall"]), int(data.get("failures", 0))


def _overall_from_text(path: Path, text: str) -> tuple[float, int]:
    found = re.findall(r"^overall\s+([0-9.]+)\s*$", text, flags=re.MULTILINE)
    if not found:
        raise ScoreFileError(f"{path}: neither the scorer's JSON nor a line 'overall X'")
    failures = re.findall(r"extract failures\s+(\d+)", text)
    return float(found[-1]), int(failures[-1]) if failures else 0


def verdict(overall: float, floor: float) -> tuple[bool, str]:
    """Whether the score passes, and the line to print."""
    score, need = round(overall, PRECISION), round(floor, PRECISION)
    if score < need:
        return False, f"score {score:.3f} is below the floor {need:.3f}: extraction got worse"
    message = f"score {score:.3f} meets the floor {need:.3f}"
    if score - need >= RAISE_MARGIN:
        message += f"; raise the floor in .ci/score_floor to {score:.3f}"
    return True, message


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("score", type=Path, help="the scorer's --json file (or its printed output)")
    ap.add_argument("--floor", type=Path, default=Path(__file__).resolve().parents[1] / ".ci" /
                    "score_floor", help="file holding the floor (default .ci/score_floor)")
    args = ap.parse_args(argv)
    try:
        floor = read_floor(args.floor)
        overall, failures = read_overall(args.score)
    except ScoreFileError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    ok, message = verdict(overall, floor)
    if failures:
        message += f" ({failures} documents failed to extract)"
    print(message, file=sys.stdout if ok else sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
