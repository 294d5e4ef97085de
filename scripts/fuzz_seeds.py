#!/usr/bin/env python3
"""Seeds the fuzz corpora (one folder per target) from seeds/, docs/examples/ and Resources/,
adding only what is missing. Usage: scripts/fuzz_seeds.py CORPUS_FOLDER"""
import glob
import hashlib
import hmac
import json
import os
import pathlib
import struct
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def put(folder, data):
    os.makedirs(folder, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    path = os.path.join(folder, "seed-" + hashlib.sha1(data).hexdigest())
    if not os.path.exists(path):
        with open(path, "wb") as handle:
            handle.write(data)


def read(path):
    with open(os.path.join(ROOT, path), "rb") as handle:
        return handle.read()


def main(corpus):
    scenarios = sorted(glob.glob(os.path.join(ROOT, "seeds/*.yaml")) + glob.glob(os.path.join(ROOT, "docs/examples/*")))
    for path in scenarios:
        with open(path, "rb") as handle:
            text = handle.read()
        if len(text) > 8000:
            continue
        for selector in range(4):
            put(os.path.join(corpus, "scenario"), bytes([selector]) + text)
        put(os.path.join(corpus, "resolver"), text)
    for path in sorted(glob.glob(os.path.join(ROOT, "docs/examples/*.txt"))):
        put(os.path.join(corpus, "draft"), read(path))
    put(os.path.join(corpus, "draft"), b"The frigate Admiral Essen left Sevastopol on Monday bound for Tartus.")
    sys.path.insert(0, os.path.join(ROOT, "scripts"))
    import gazetteer_binary
    small = [dict(id="city:tartus-sy", kind="city", name="Tartus", short="", country="SY", lat=34.889, lon=35.887,
                  aliases=["Tartous", "Ţarţūs"], codes=[], area=None, prominence=55),
             dict(id="airbase:hmeimim", kind="air_base", name="Hmeimim Air Base", short="Hmeimim", country="SY", lat=35.401,
                  lon=35.949, aliases=["Khmeimim"], codes=["OSLK", "LTK"], area=None, prominence=80),
             dict(id="sea:black-sea", kind="sea", name="Black Sea", short="", country="", lat=43.0, lon=34.0, aliases=[],
                  codes=[], area=[(28.0, 41.0), (30.0, 46.5), (41.0, 45.0), (41.0, 41.0)], prominence=85)]
    seed = os.path.join(corpus, "gazetteer-seed.bin")
    gazetteer_binary.write(small, pathlib.Path(seed))
    os.makedirs(os.path.join(corpus, "gazetteer"), exist_ok=True)
    put(os.path.join(corpus, "gazetteer"), read(seed))
    os.remove(seed)
    put(os.path.join(corpus, "sidecar"), b"asset,place,time,status,mode\nconv,Damascus,2024-12-01,observed,road\n"
        b"conv,Homs,2024-12-02,reported,\n\x00title: T\nsources: [hur]\nplaces:\n  - {id: base, position: '35.9,35.4'}\n")
    for value in ["2024-12-14", "2024-12-14T10:30Z", "14 kn", "26 km/h", "ship", "observed", "yes", "1600x1000",
                  "35.95,35.40", "air_base", "3/8", "25,30,40,40", "Tartus", "-12,47,12,64"]:
        put(os.path.join(corpus, "values"), value)
    for value in ["EPSG:3857", "+proj=laea +lat_0=45 +lon_0=20", "+proj=lcc +lat_1=30 +lat_2=60", "mercator",
                  "+proj=geocent", "EPSG:4978", "+proj=ortho +lat_0=40 +lon_0=30"]:
        put(os.path.join(corpus, "projection"), value)
    body = b"MMROUTE2" + struct.pack("<I", 3) + b"".join(struct.pack("<dd", 35.5 + i / 10, 35.7) for i in range(3))
    put(os.path.join(corpus, "routecache"), body + hmac.new(bytes([1] * 32), b"fuzz\n" + body, hashlib.sha256).digest())
    put(os.path.join(corpus, "manifest"), json.dumps({"version": 1, "entries": {"a": {"key": "0" * 64, "outputs": ["a.png"]}}}))
    for name in ["land-c.mmb", "borders-c.mmb"]:
        put(os.path.join(corpus, "basemap"), read("Resources/basemap/" + name))
    put(os.path.join(corpus, "water"), read("Resources/navigation/water.bin"))
    # index.bin (one country, two rings, one site) after its length, then countries.bin.
    name = b"Syria"
    index = (b"MMCI" + struct.pack("<IIII", 1, 1, 2, 1) + b"SY  SYR " + struct.pack("<iiiiIIII", 35000000, 32000000,
             42000000, 37000000, 0, 2, 0, 1) + struct.pack("<H", len(name)) + name
             + struct.pack("<III", 0, 4, 0) + struct.pack("<III", 4, 4, 2) + struct.pack("<iif", 38000000, 35000000, 150.0))
    ring = b"".join(struct.pack("<ii", int(x * 1e6), int(y * 1e6)) for x, y in [(35, 32), (42, 32), (42, 37), (35, 32)])
    put(os.path.join(corpus, "countries"), struct.pack("<I", len(index)) + index + ring + ring)

if __name__ == "__main__":
    main(sys.argv[1])
