"""Rewrite every gold file of ../ from its passage script (needs ../shared and opencc).

usage: python benchmarks/gold/annotate/build.py [--review]
"""
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
for script in sorted(HERE.glob("*.py")):
    if script.name.startswith("_") or script.name == "build.py":
        continue
    runpy.run_path(str(script), run_name="__main__")
    print("wrote", script.stem)
