#!/usr/bin/env python3
"""Writes a SHA-256 sidecar, FILE.sha256 in `sha256sum` form, beside every data file under
Resources/ (or under the folders or files given). Its first line, a comment `sha256sum` skips,
gives the file's CRC-32 (`# crc32 HEX`), which movemap checks when it loads the file (far
faster than hashing) and refuses a damaged one; `sha256sum -c FILE.sha256` checks the SHA-256.

Usage: scripts/write_checksums.py [PATH ...]        (default: Resources/)
       scripts/write_checksums.py --check [PATH ...] (exit 1 if any file does not match)
"""
import hashlib
import os
import sys
import zlib

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


def crc32(path):
    crc = 0
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            crc = zlib.crc32(block, crc)
    return crc


def sidecar_text(path):
    """The sidecar of PATH: the CRC-32 comment, then the `sha256sum` line."""
    return "# crc32 %08x\n%s  %s\n" % (crc32(path), digest(path), os.path.basename(path))


def write_sidecar(path):
    """(Re)writes PATH.sha256 atomically; returns the text written."""
    line = sidecar_text(path)
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
                expected = open(path + ".sha256").read()
            except OSError:
                expected = None
            if expected != sidecar_text(path):
                print("%s: checksum missing or wrong" % path, file=sys.stderr)
                bad += 1
        else:
            write_sidecar(path)
            print("%s.sha256" % os.path.relpath(path))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
