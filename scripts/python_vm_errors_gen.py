"""Writes the CPython expectations of the VM's error programs: for every
test_data/python/vm_errors/NAME.py, runs `python3 NAME.py` in that directory with
PYTHONHASHSEED=0 and stores its stdout, stderr and exit code as NAME.out, NAME.err, NAME.code.
CPython 3.11 makes the script's path absolute; the directory is cut from the outputs so that
tracebacks name `NAME.py`, as `python_vm::run(source, "NAME.py", ..)` does.

Usage: python3 scripts/python_vm_errors_gen.py  (from the repository root, with CPython 3.11)
"""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIR = ROOT / "test_data" / "python" / "vm_errors"


def main() -> int:
    if sys.version_info[:2] != (3, 11):
        print("needs CPython 3.11, this is", sys.version.split()[0], file=sys.stderr)
        return 1
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    env.pop("PYTHONSTARTUP", None)
    count = 0
    for program in sorted(DIR.glob("*.py")):
        run = subprocess.run(
            [sys.executable, program.name], cwd=DIR, env=env, capture_output=True, timeout=60
        )
        prefix = (str(DIR) + os.sep).encode()
        program.with_suffix(".out").write_bytes(run.stdout.replace(prefix, b""))
        program.with_suffix(".err").write_bytes(run.stderr.replace(prefix, b""))
        # A process ended by a signal (KeyboardInterrupt re-raises SIGINT) exits as a shell
        # reports it: 128 + the signal's number.
        code = run.returncode if run.returncode >= 0 else 128 - run.returncode
        program.with_suffix(".code").write_text(f"{code}\n")
        count += 1
    print(f"wrote the expectations of {count} programs to {DIR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
