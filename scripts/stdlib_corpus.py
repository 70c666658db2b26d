"""The corpus the conformance scripts and benchmarks share: CPython's standard library files.

`stdlib_files()` lists every `.py` file of `sysconfig.get_paths()['stdlib']`, `site-packages`
excluded, in a stable sorted order; given other roots (directories or single files), it lists
those instead, so each script can also be pointed at another tree.
"""

import os
import sysconfig


def stdlib_files(roots=None):
    """Every .py file under each of `roots` (default: the stdlib), site-packages excluded, sorted."""
    files = []
    for root in roots or [sysconfig.get_paths()["stdlib"]]:
        if os.path.isfile(root):
            files.append(root)
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if d != "site-packages")
            files.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".py"))
    return files
