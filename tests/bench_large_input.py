"""Benchmarks (not unit tests): big inputs stay linear. Run with ``make bench`` or
``.venv/bin/pytest -m bench tests/bench_large_input.py``.

- 30 MB of text that is not minutes (a novel chapter over and over, and one 30 MB line) is
  refused by ``graphgov extract`` in seconds: the minutes sniff reads only the head.
- Minutes-like text (the fictional minutes repeated) is parsed at growing sizes; the time per
  megabyte must not grow with the size (a quadratic stage would double it at each doubling).
  The 30 MB run happens only when the measured rate says it ends within the time budget
  (GRAPHGOV_BENCH_BUDGET seconds, default 300); otherwise the projection is printed.

Timings are printed to the terminal (captured output is switched off for them).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphgov import api
from graphgov.cli import cli

pytestmark = pytest.mark.bench

DATA = Path(__file__).parent / "data"
MB = 1 << 20
BIG = 30 * MB
BUDGET = float(os.environ.get("GRAPHGOV_BENCH_BUDGET", "300"))


def _repeat_to(path: Path, unit: str, size: int) -> Path:
    copies = size // len(unit.encode("utf-8")) + 1
    with path.open("w", encoding="utf-8") as out:
        for n in range(copies):
            # Vary the text a little so nothing can shortcut on exact repeats.
            out.write(unit.replace("Chapter Seven", f"Chapter {n}"))
    return path


def _timed(func: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = func()
    return time.perf_counter() - start, result


def _report(capsys: pytest.CaptureFixture[str], message: str) -> None:
    with capsys.disabled():
        print(f"\n[bench] {message}")


def test_30mb_of_prose_is_refused_in_seconds(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    novel = (DATA / "not_minutes_novel.txt").read_text(encoding="utf-8")
    path = _repeat_to(tmp_path / "novel.txt", novel, BIG)
    seconds, result = _timed(lambda: CliRunner().invoke(cli, ["extract", str(path)]))
    size = path.stat().st_size / MB
    _report(capsys, f"not minutes, {size:.1f} MB prose: refused in {seconds:.2f} s")
    assert result.exit_code == 1  # type: ignore[attr-defined]
    assert "does not look like minutes" in result.output  # type: ignore[attr-defined]
    assert seconds < 10


def test_30mb_single_line_is_refused_in_seconds(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    # One line, no newline: the worst case for line-based regular expressions.
    path = tmp_path / "one-line.txt"
    path.write_text("lorem ipsum dolor sit amet, " * (BIG // 28), encoding="utf-8")
    seconds, result = _timed(lambda: CliRunner().invoke(cli, ["extract", str(path)]))
    _report(capsys, f"not minutes, 30 MB single line: refused in {seconds:.2f} s")
    assert result.exit_code == 1  # type: ignore[attr-defined]
    assert seconds < 10


def test_minutes_like_text_parses_in_linear_time(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    minutes = (DATA / "fictional_minutes.txt").read_text(encoding="utf-8")
    rates: list[tuple[float, float]] = []
    for size in (MB // 4, MB // 2, MB):
        path = _repeat_to(tmp_path / f"minutes-{size}.txt", minutes, size)
        seconds, _ = _timed(lambda p=path: api.extract(p))  # type: ignore[misc]
        rate = seconds / (size / MB)
        rates.append((size / MB, rate))
        _report(capsys, f"minutes-like {size / MB:.2f} MB: {seconds:.2f} s ({rate:.1f} s/MB)")
    projected = rates[-1][1] * BIG / MB
    if projected <= BUDGET:
        path = _repeat_to(tmp_path / "minutes-30mb.txt", minutes, BIG)
        seconds, _ = _timed(lambda: api.extract(path))
        _report(capsys, f"minutes-like 30 MB: {seconds:.1f} s ({seconds / 30:.1f} s/MB)")
        rates.append((30.0, seconds / 30))
    else:
        _report(capsys, f"minutes-like 30 MB: skipped, projected {projected:.0f} s "
                        f"> budget {BUDGET:.0f} s (GRAPHGOV_BENCH_BUDGET)")
    # Linear: the time per megabyte at the largest size is within 2x of the smallest
    # (a quadratic stage would grow it 4x from 0.25 to 1 MB, 120x to 30 MB).
    assert rates[-1][1] <= 2 * rates[0][1] + 0.5, rates


def test_reader_throughput_per_format(tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    """Reading (not parsing) big HTML, DOCX and PDF files: time per MB or per page."""
    from format_render import to_html, write_docx, write_pdf

    from graphgov.ingest.readers import read_document

    minutes = (DATA / "fictional_minutes.txt").read_text(encoding="utf-8")
    page = tmp_path / "big.html"
    page.write_text(to_html(minutes * (5 * MB // len(minutes))), encoding="utf-8")
    docx_path = write_docx(minutes * 200, tmp_path / "big.docx")
    pdf_path = write_pdf(minutes * 60, tmp_path / "big.pdf")
    for path in (page, docx_path, pdf_path):
        seconds, doc = _timed(lambda p=path: read_document(p))  # type: ignore[misc]
        size = path.stat().st_size / MB
        lines = len(doc.lines)  # type: ignore[attr-defined]
        _report(capsys, f"read {path.suffix} {size:.1f} MB, {lines} lines: {seconds:.2f} s")
    html_seconds, _ = _timed(lambda: read_document(page))
    assert html_seconds < 2.0 * page.stat().st_size / MB  # well under 2 s per MB
