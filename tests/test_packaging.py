"""graphgov works when installed from its wheel (``pip install .``), not only from the checkout.

The wheel is built once per run without network (hatchling comes with the dev extras) and
installed with ``pip --target`` into a temporary folder; the checks then run a fresh Python
whose ``graphgov`` comes from that folder, in a working directory away from the repo.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(argv: list[str], cwd: Path | None = None,
         env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    # argv is built by these tests from fixed strings and temporary paths.
    return subprocess.run(argv, capture_output=True, text=True, timeout=300,  # noqa: S603
                          check=False, cwd=cwd, env=env)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    run = _run([sys.executable, "-m", "pip", "wheel", "--quiet", "--disable-pip-version-check",
                "--no-deps", "--no-build-isolation", "--wheel-dir", str(out), str(ROOT)])
    assert run.returncode == 0, f"wheel build failed:\n{run.stdout}\n{run.stderr}"
    wheels = list(out.glob("graphgov-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="module")
def wheel_names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as zf:
        return set(zf.namelist())


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding graphgov installed from the wheel (dependencies come from this venv)."""
    target = tmp_path_factory.mktemp("site")
    run = _run([sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                "--no-deps", "--no-index", "--target", str(target), str(wheel)])
    assert run.returncode == 0, f"install failed:\n{run.stdout}\n{run.stderr}"
    return target


def _in_installed(installed: Path, argv: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    # PYTHONPATH puts the installed copy ahead of the editable checkout on sys.path.
    env = {**os.environ, "PYTHONPATH": str(installed)}
    return _run(argv, cwd=cwd, env=env)


def test_wheel_ships_the_cypher_files(wheel_names: set[str]) -> None:
    cypher = sorted(p.relative_to(ROOT / "cypher") for p in (ROOT / "cypher").rglob("*.cypher"))
    assert cypher, "no .cypher files in the checkout"
    missing = [str(p) for p in cypher if f"graphgov/cypher/{p.as_posix()}" not in wheel_names]
    assert missing == []


def test_wheel_ships_the_data_files(wheel_names: set[str]) -> None:
    for name in ("graphgov/data/extract.schema.json", "graphgov/data/themes.toml"):
        assert name in wheel_names, f"{name} is not in the wheel"


def test_wheel_ships_every_sample(wheel_names: set[str]) -> None:
    samples = sorted((ROOT / "graphgov" / "samples").iterdir())
    shipped = [p.name for p in samples if p.is_file() and not p.name.endswith(".pyc")]
    assert len([n for n in shipped if n.endswith((".txt", ".html"))]) >= 6
    missing = [n for n in shipped if f"graphgov/samples/{n}" not in wheel_names]
    assert missing == []


def test_wheel_declares_the_console_script(wheel: Path, wheel_names: set[str]) -> None:
    entry = next(n for n in wheel_names if n.endswith(".dist-info/entry_points.txt"))
    with zipfile.ZipFile(wheel) as zf:
        text = zf.read(entry).decode()
    assert "graphgov = graphgov.cli:main" in text


def test_wheel_leaves_out_tests_and_outputs(wheel_names: set[str]) -> None:
    assert not [n for n in wheel_names if n.startswith(("tests/", "exports/", "scripts/"))]


def test_installed_package_is_the_one_imported(installed: Path, tmp_path: Path) -> None:
    code = "import graphgov; print(graphgov.__file__)"
    run = _in_installed(installed, [sys.executable, "-c", code], tmp_path)
    assert run.returncode == 0, run.stderr
    assert Path(run.stdout.strip()).is_relative_to(installed)


def test_installed_console_script_and_module_run(installed: Path, tmp_path: Path) -> None:
    script = _in_installed(installed, [str(installed / "bin" / "graphgov"), "--help"], tmp_path)
    assert script.returncode == 0, script.stderr
    assert "Usage: graphgov" in script.stdout
    module = _in_installed(installed, [sys.executable, "-m", "graphgov", "--version"], tmp_path)
    assert module.returncode == 0, module.stderr
    assert module.stdout.startswith("graphgov, version ")


def test_installed_package_finds_its_samples_and_schema(installed: Path, tmp_path: Path) -> None:
    code = (
        "import json\n"
        "from importlib.resources import files\n"
        "from graphgov.samples import sample_paths\n"
        "paths = sample_paths()\n"
        "assert len(paths) >= 6 and all(p.is_file() for p in paths), paths\n"
        "schema = files('graphgov').joinpath('data', 'extract.schema.json').read_text()\n"
        "print(len(paths), json.loads(schema)['title'], paths[0].parent, sep='|')\n"
    )
    run = _in_installed(installed, [sys.executable, "-c", code], tmp_path)
    assert run.returncode == 0, run.stderr
    count, _, folder = run.stdout.split("|")
    assert int(count) >= 6
    assert Path(folder.strip()).is_relative_to(installed)


def test_installed_package_extracts_a_sample(installed: Path, tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from graphgov.cli import main\n"
        "from graphgov.samples import sample_paths\n"
        "sys.argv = ['graphgov', 'extract', '--format', 'json', str(sample_paths()[0])]\n"
        "main()\n"
    )
    run = _in_installed(installed, [sys.executable, "-c", code], tmp_path)
    assert run.returncode == 0, run.stderr
    assert '"meetings"' in run.stdout
