#!/usr/bin/env python3
"""Sea-route benchmark: movemap's SeaRouter against PyPI searoute, in the same run.

For every voyage of bench/sea_pairs.py prints both lengths and the independent check's
figure (bench/sea_check.json, made by bench/sea_check.py), and times:
  searoute: import + first query (its network loads then), and a warm query, Baltiysk → Tartus
  movemap:  router load, and each query warm, in-process (movemap-bench, built by `make bench`)
Run: python3 bench/sea_routes.py (MOVEMAP_BENCH names another movemap-bench binary)
"""
import json
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..')
sys.path.insert(0, HERE)
from sea_pairs import PAIRS  # noqa: E402

t0 = time.perf_counter()
import searoute  # noqa: E402
t1 = time.perf_counter()
searoute.searoute([19.90, 54.65], [35.87, 34.89])
t2 = time.perf_counter()
searoute.searoute([19.90, 54.65], [35.87, 34.89])
t3 = time.perf_counter()
print(f'searoute Baltiysk → Tartus: import {1000 * (t1 - t0):.0f} ms, first query {1000 * (t2 - t1):.0f} ms, '
      f'warm query {1000 * (t3 - t2):.1f} ms')

SEA_BENCH = os.environ.get('MOVEMAP_BENCH', os.path.join(ROOT, '.build', 'release', 'movemap-bench'))
# The seed voyage names its areas, as a report does; the others are point to point.
NAMED = {'Severomorsk → Norwegian Sea → English Channel → Tartus':
         ['Severomorsk', 'Norwegian Sea', 'English Channel', 'Tartus']}
# Voyages through a seasonal passage, routed as in its season.
ALLOW = {'Murmansk → Vladivostok': 'northern-sea-route'}


def movemap_voyage(name, stops):
    places = NAMED.get(name) or [f'{lon},{lat}' for lon, lat in stops]
    command = [SEA_BENCH, '--runs', '5'] + (['--allow', ALLOW[name]] if name in ALLOW else []) + places
    return json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)


ours = {}
for name, stops in PAIRS:
    figures = movemap_voyage(name, stops)
    ours[name] = (figures['port_km'], figures['median_ms'] / 1000)
print(f'movemap router load: {figures["load_ms"]:.0f} ms')

check_path = os.path.join(HERE, 'sea_check.json')
check = json.load(open(check_path)) if os.path.exists(check_path) else {}
print(f'{"voyage":28s} {"check km":>9s} {"movemap":>9s} {"Δ%":>6s} {"ms":>6s} {"searoute":>9s} {"Δ%":>6s} {"ms":>6s}')
for name, stops in PAIRS:
    s0 = time.perf_counter()
    sr = searoute.searoute(list(stops[0]), list(stops[-1]))['properties']['length']
    s1 = time.perf_counter()
    ref = check.get(name)
    km, sec = ours.get(name, (float('nan'), float('nan')))
    rel = (lambda v: 100 * (v - ref) / ref) if ref else (lambda v: float('nan'))
    print(f'{name:28s} {ref or float("nan"):9.0f} {km:9.0f} {rel(km):6.2f} {sec * 1000:6.0f} '
          f'{sr:9.0f} {rel(sr):6.2f} {(s1 - s0) * 1000:6.1f}')
