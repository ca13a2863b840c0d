"""scripts/check_score.py: the CI ratchet on the extraction score."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load() -> ModuleType:
    path = ROOT / "scripts" / "check_score.py"
    spec = importlib.util.spec_from_file_location("check_score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["check_score"] = module
    spec.loader.exec_module(module)
    return module


check_score = _load()

SCORER_OUTPUT = """category          P      R     F1   tp/fp/fn
meetings      0.814  0.778  0.795   35/8/10
documents 50, extract failures 2
overall 0.386
"""


@pytest.fixture
def floor(tmp_path: Path) -> Path:
    path = tmp_path / "score_floor"
    path.write_text("# the ratchet\n0.400  # after the attendance parser\n", encoding="utf-8")
    return path


def _json(tmp_path: Path, overall: float, failures: int = 0) -> Path:
    path = tmp_path / "score.json"
    path.write_text(json.dumps({"categories": {}, "overall": overall, "documents": 50,
                                "failures": failures}), encoding="utf-8")
    return path


def test_floor_is_the_first_number_past_comments(floor: Path) -> None:
    assert check_score.read_floor(floor) == 0.4


def test_overall_from_the_scorer_json_and_from_its_printed_output(tmp_path: Path) -> None:
    assert check_score.read_overall(_json(tmp_path, 0.4123, 3)) == (0.4123, 3)
    printed = tmp_path / "score.txt"
    printed.write_text(SCORER_OUTPUT, encoding="utf-8")
    assert check_score.read_overall(printed) == (0.386, 2)


@pytest.mark.parametrize(("overall", "ok"), [(0.399, False), (0.3996, True), (0.4, True),
                                             (0.45, True), (0.0, False)])
def test_verdict_compares_at_the_printed_precision(overall: float, ok: bool) -> None:
    assert check_score.verdict(overall, 0.4)[0] is ok


def test_verdict_says_when_to_raise_the_floor() -> None:
    assert "raise the floor" in check_score.verdict(0.45, 0.4)[1]
    assert "raise the floor" not in check_score.verdict(0.405, 0.4)[1]


def test_main_fails_below_the_floor(tmp_path: Path, floor: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert check_score.main([str(_json(tmp_path, 0.35)), "--floor", str(floor)]) == 1
    assert "below the floor 0.400" in capsys.readouterr().err


def test_main_passes_at_or_above_the_floor(tmp_path: Path, floor: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert check_score.main([str(_json(tmp_path, 0.52, 1)), "--floor", str(floor)]) == 0
    out = capsys.readouterr().out
    assert "meets the floor" in out and "1 documents failed" in out


@pytest.mark.parametrize("content", ["", "{}", '{"overall": "high"}', "no score here\n"])
def test_unreadable_scores_are_errors_not_passes(tmp_path: Path, floor: Path,
                                                 content: str) -> None:
    score = tmp_path / "score.json"
    score.write_text(content, encoding="utf-8")
    assert check_score.main([str(score), "--floor", str(floor)]) == 2


def test_repo_floor_is_readable() -> None:
    assert 0.0 <= check_score.read_floor(ROOT / ".ci" / "score_floor") <= 1.0


def test_ci_script_is_executable_bash_that_parses() -> None:
    script = ROOT / ".ci" / "run"
    assert os.access(script, os.X_OK), ".ci/run is not executable"
    assert script.read_text(encoding="utf-8").startswith("#!/usr/bin/env bash\n")
    bash = shutil.which("bash")
    assert bash, "bash not found"
    run = subprocess.run([bash, "-n", str(script)], capture_output=True, text=True,  # noqa: S603
                         check=False)
    assert run.returncode == 0, run.stderr
