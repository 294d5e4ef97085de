#!/usr/bin/env python3
"""Writes a SHA-256 sidecar, FILE.sha256 in `sha256sum` form, beside every data file under
Resources/ (or under the folders or files given). movemap checks each file against its sidecar
when it loads it and refuses a damaged one; `sha256sum -c FILE.sha256` checks it by hand.

Usage: scripts/write_checksums.py [PATH ...]        (default: Resources/)
       scripts/write_checksums.py --check [PATH ...] (exit 1 if any file does not match)
"""
import hashlib
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Resources")
SKIPPED = {"README.md", ".gitignore"}


def data_files(paths):
    """Every data file under `paths`: not a README, .gitignore, sidecar or temporary file."""
    for path in paths:
        if os.path.isfile(path):
            yield path
            continue
        for folder, folders, names in os.walk(path):
            folders.sort()
            for name in sorted(names):
                if name in SKIPPED or name.endswith((".sha256", ".tmp")) or name.startswith("."):
                    continue
                yield os.path.join(folder, name)


def digest(path):
    hash = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            hash.update(block)
    return hash.hexdigest()


def write_sidecar(path):
    """(Re)writes PATH.sha256 atomically; returns the line written."""
    line = "%s  %s\n" % (digest(path), os.path.basename(path))
    temporary = path + ".sha256.tmp"
    with open(temporary, "w") as handle:
        handle.write(line)
    os.replace(temporary, path + ".sha256")
    return line


def write_checksums_in(folder):
    """(Re)writes the sidecar of every data file in `folder`."""
    for path in data_files([folder]):
        write_sidecar(path)


def main(arguments):
    check = "--check" in arguments
    paths = [a for a in arguments if a != "--check"] or [ROOT]
    bad = 0
    for path in data_files(paths):
        if check:
            try:
                expected = open(path + ".sha256").read().split()[0]
            except (OSError, IndexError):
                expected = None
            if expected != digest(path):
                print("%s: checksum missing or wrong" % path, file=sys.stderr)
                bad += 1
        else:
            write_sidecar(path)
            print("%s.sha256" % os.path.relpath(path))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
