#!/usr/bin/env python3
"""Writes Resources/countries/index.bin: countries.json's index in binary, and where a map can
print each country's name.

movemap reads this file, not countries.json, so no command parses JSON to know the countries:
the index is read in place, and a country's rings are read from countries.bin only when that
country is asked for.

A map names a country at the point of its visible territory farthest from the outline
(its pole of inaccessibility), where the name has the most room. Finding that point from
the outline on every render meant projecting every country's rings; this script finds, once,
a set of candidate points ("sites") inside each country with their distance to the nearest
edge of its territory (outer rings and holes), measured on the sphere. A map projects only
the sites, turns each distance into page points at the site's own scale, limits it by the
page's edges, and takes the site with the most room.

Sites per country: the pole of inaccessibility of every part of the territory (Agafonkin's
polylabel, in a frame scaled by the cosine of the part's middle latitude, its room then
measured on the sphere), and the points of a lattice about LATTICE steps across the
country's larger extent that lie inside it, so that a country the page shows only in part
still has sites in the part it shows.

index.bin, little-endian:
  header     b"MMCI", u32 version (1), u32 country count, u32 ring count, u32 site count
  countries  in countries.json's order, 40 bytes each: 4 bytes alpha-2 code and 4 bytes
             alpha-3 code (ASCII, space-padded), i32 west, south, east, north (micro-degrees;
             west > east across the antimeridian), u32 first ring, u32 ring count, u32 first
             site, u32 site count
  names      per country u16 byte length then the UTF-8 name (countries.json's `name`)
  rings      12 bytes each: u32 first vertex in countries.bin, u32 vertex count, u32 kind
             (0 outer, 1 hole, 2 airspace), as countries.json lists them
  sites      12 bytes each: i32 longitude, i32 latitude (micro-degrees, -180..180), f32 room
             in kilometres; each country's roomiest first

Usage: python3 scripts/build_country_index.py [COUNTRIES_DIR]  (default Resources/countries)
Reads countries.json and countries.bin there (scripts/build_countries.py), needs numpy and
shapely, takes about 30 seconds.
"""
import json
import math
import os
import struct
import sys

import numpy as np
import shapely
from shapely.geometry import Polygon
from shapely.ops import polylabel, unary_union
from write_checksums import write_checksums_in

LATTICE = 16            # lattice steps across a country's larger extent
MINIMUM_STEP_KM = 4.0   # no finer lattice than this (micro-states get their poles only)
EARTH_RADIUS_KM = 6371.0088


def unit_vectors(lons, lats):
    lon, lat = np.radians(lons), np.radians(lats)
    return np.stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)], axis=-1)


class Outline:
    """A country's edges as great-circle arcs, for distances from points on the sphere."""

    def __init__(self, rings):
        starts, ends = [], []
        for ring in rings:
            lons, lats = np.array([p[0] for p in ring]), np.array([p[1] for p in ring])
            vectors = unit_vectors(lons, lats)
            starts.append(vectors)
            ends.append(np.roll(vectors, -1, axis=0))
        self.a = np.concatenate(starts)
        self.b = np.concatenate(ends)
        normals = np.cross(self.a, self.b)
        lengths = np.linalg.norm(normals, axis=1)
        self.degenerate = lengths < 1e-15
        self.n = normals / np.where(self.degenerate, 1.0, lengths)[:, None]

    def distance_km(self, lon, lat):
        """Great-circle distance from a point to the nearest edge."""
        p = unit_vectors(np.array([lon]), np.array([lat]))[0]
        to_a = np.arccos(np.clip(self.a @ p, -1, 1))
        to_b = np.arccos(np.clip(self.b @ p, -1, 1))
        nearest = np.minimum(to_a, to_b)
        # The foot of the perpendicular lies on the arc when it is on the inner side of both
        # ends: (a × p)·n and (p × b)·n both positive.
        inside = (np.einsum("ij,ij->i", np.cross(self.a, p), self.n) > 0) & \
                 (np.einsum("ij,ij->i", np.cross(p[None, :], self.b), self.n) > 0) & ~self.degenerate
        across = np.arcsin(np.clip(np.abs(self.n @ p), 0, 1))
        angle = np.where(inside, np.minimum(nearest, across), nearest)
        return float(angle.min()) * EARTH_RADIUS_KM


def read_countries(folder):
    with open(os.path.join(folder, "countries.json"), encoding="utf-8") as handle:
        index = json.load(handle)
    with open(os.path.join(folder, "countries.bin"), "rb") as handle:
        blob = handle.read()
    vertices = np.frombuffer(blob, dtype="<i4").reshape(-1, 2) * 1e-6
    for entry in index["countries"]:
        outer, holes = [], []
        for offset, count, kind in entry["rings"]:
            ring = [tuple(v) for v in vertices[offset:offset + count]]
            if kind == 0:
                outer.append(ring)
            elif kind == 1:
                holes.append(ring)
        yield entry, outer, holes


def territory(outer, holes, middle):
    """The territory as one shapely geometry, longitudes unrolled round `middle`."""
    def unrolled(ring):
        shift = round((sum(p[0] for p in ring) / len(ring) - middle) / 360) * 360
        return [(lon - shift, lat) for lon, lat in ring]
    land = unary_union([Polygon(unrolled(r)).buffer(0) for r in outer])
    if holes:
        land = land.difference(unary_union([Polygon(unrolled(r)).buffer(0) for r in holes]))
    return land


def wrap(lon):
    return (lon + 180.0) % 360.0 - 180.0


def candidates(entry, outer, holes):
    west, south, east, north = entry["bounds"]
    span = (east - west) % 360 or 360.0
    middle = west + span / 2
    land = territory(outer, holes, middle)
    if land.is_empty:
        return []
    outline = Outline(outer + holes)
    found = []
    parts = list(getattr(land, "geoms", [land]))
    for part in parts:
        centre_lat = (part.bounds[1] + part.bounds[3]) / 2
        squeeze = max(math.cos(math.radians(centre_lat)), 0.05)
        scaled = shapely.affinity.scale(part, xfact=squeeze, yfact=1.0, origin=(0, 0))
        extent = min(scaled.bounds[2] - scaled.bounds[0], scaled.bounds[3] - scaled.bounds[1])
        pole = polylabel(scaled, tolerance=max(extent / 200, 1e-4))
        lon, lat = pole.x / squeeze, pole.y
        found.append((lon, lat, outline.distance_km(lon, lat)))
    # The lattice, in steps of about the same length north-south and east-west.
    mid_lat = (south + north) / 2
    width_km = span * 111.2 * max(math.cos(math.radians(mid_lat)), 0.05)
    height_km = (north - south) * 111.2
    step_km = max(max(width_km, height_km) / LATTICE, MINIMUM_STEP_KM)
    if max(width_km, height_km) >= 2 * step_km:
        lat_step = step_km / 111.2
        lat = south + lat_step / 2
        while lat < north:
            lon_step = step_km / (111.2 * max(math.cos(math.radians(lat)), 0.05))
            row = np.arange(west + lon_step / 2, west + span, lon_step)
            inside = shapely.contains_xy(land, row, np.full(len(row), lat))
            for lon in row[inside]:
                room = outline.distance_km(float(lon), lat)
                if room >= step_km / 2:
                    found.append((float(lon), lat, room))
            lat += lat_step
    found.sort(key=lambda c: -c[2])
    return [(wrap(lon), lat, room) for lon, lat, room in found]


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "Resources", "countries")
    records, names, rings, points = bytearray(), bytearray(), bytearray(), bytearray()
    count = 0
    for entry, outer, holes in read_countries(folder):
        found = candidates(entry, outer, holes)
        west, south, east, north = entry["bounds"]
        codes = entry["code"].encode("ascii").ljust(4)[:4] + entry.get("alpha3", "").encode("ascii").ljust(4)[:4]
        records += codes + struct.pack("<iiiiIIII", *(round(v * 1e6) for v in (west, south, east, north)),
                                       len(rings) // 12, len(entry["rings"]), len(points) // 12, len(found))
        for offset, vertices, kind in entry["rings"]:
            rings += struct.pack("<III", offset, vertices, kind)
        for lon, lat, room in found:
            points += struct.pack("<iif", round(lon * 1e6), round(lat * 1e6), room)
        name = entry["name"].encode("utf-8")
        names += struct.pack("<H", len(name)) + name
        count += 1
    header = b"MMCI" + struct.pack("<IIII", 1, count, len(rings) // 12, len(points) // 12)
    path = os.path.join(folder, "index.bin")
    with open(path + ".tmp", "wb") as handle:
        handle.write(header + records + names + rings + points)
    os.replace(path + ".tmp", path)
    write_checksums_in(folder)
    print(f"{count} countries, {len(rings) // 12} rings, {len(points) // 12} sites, "
          f"{len(header) + len(records) + len(names) + len(rings) + len(points)} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
