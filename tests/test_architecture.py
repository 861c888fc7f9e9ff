"""The layers hold: import-linter's contracts (pyproject.toml) pass on the tree, and really fail on a violation."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("reviewer", "extractors", "checklists", "api", "worker", "samples")
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    """Run import-linter with the project's contracts on the packages under `root`."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    command = [str(LINT_IMPORTS), "--config", str(ROOT / "pyproject.toml"), "--no-cache"]
    return subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, timeout=300, check=False)


def copy_packages(target: Path) -> None:
    """The project's Python modules (nothing else) under `target`, for a run on a modified copy."""
    for package in PACKAGES:
        shutil.copytree(
            ROOT / package,
            target / package,
            ignore=lambda folder, names: [
                n for n in names if (not n.endswith(".py") and not (Path(folder) / n).is_dir()) or n == "__pycache__"
            ],
        )


def test_contracts_hold_on_the_tree() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_a_lower_layer_importing_a_higher_one_breaks_the_contract(tmp_path: Path) -> None:
    copy_packages(tmp_path)
    model = tmp_path / "reviewer" / "core" / "model.py"
    model.write_text(model.read_text(encoding="utf-8") + "\nfrom checklists import engine  # a violation\n", "utf-8")
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    assert "reviewer.core.model -> checklists.engine" in result.stdout
    assert "BROKEN" in result.stdout


def test_the_api_reaching_a_reader_breaks_the_contract(tmp_path: Path) -> None:
    copy_packages(tmp_path)
    uploads = tmp_path / "api" / "uploads.py"
    uploads.write_text(uploads.read_text(encoding="utf-8") + "\nfrom extractors.sniff import sniff\n", "utf-8")
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    assert "api is not allowed to import extractors" in result.stdout


def _contracts() -> list[dict[str, Any]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["importlinter"]["contracts"]


def test_the_documented_layers_are_the_contract() -> None:
    """docs/architecture.md's layer table lists the `layers` contract's layers, top first, package for package."""
    (layers,) = [c for c in _contracts() if c["type"] == "layers"]
    expected = [sorted(part.strip() for part in str(layer).split("|")) for layer in layers["layers"]]
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    table = doc.split("<!-- layers: begin -->")[1].split("<!-- layers: end -->")[0]
    rows = [line.split("|")[2] for line in table.strip().splitlines()[2:]]
    documented = [sorted(re.findall(r"`([\w.]+)`", row)) for row in rows]
    assert documented == expected


def test_every_contract_is_described_in_the_docs() -> None:
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    for contract in _contracts():
        if contract["type"] != "layers":
            assert f"**{contract['name']}**" in doc, contract["name"]
