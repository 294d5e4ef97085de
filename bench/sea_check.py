#!/usr/bin/env python3
"""Independent check of sea-route lengths: a 5-arc-minute raster of the GSHHG intermediate
shoreline (cells whose centre is water), 16-direction Dijkstra (scipy), with the canal and
narrow-strait channels of Resources/navigation/passages.json as extra edges, then the path
pulled taut with exact segment-versus-shoreline tests (shapely). Prints km per pair, port to port
(the given positions, which may lie on land, joined straight to the path's ends).

Shares no code with the Swift router. Run: python3 bench/sea_check.py  (≈ several minutes)
"""
import json
import math
import os
import sys

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import dijkstra
from geographiclib.geodesic import Geodesic

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'scripts'))
sys.path.insert(0, HERE)
import shapely  # noqa: E402
from gshhg import load_edges, rasterize, is_land, _strtree  # noqa: E402
from sea_pairs import PAIRS  # noqa: E402

K = 12
W, H = 360 * K, 180 * K
G = Geodesic.WGS84


def geodesic_km(points):
    return sum(G.Inverse(a[1], a[0], b[1], b[0])['s12'] for a, b in zip(points, points[1:])) / 1000


def main():
    edges = load_edges()
    land, _ = rasterize(edges, -180, -90, 180, 90, K)
    water = ~land
    idx = np.arange(H * W).reshape(H, W)
    lat = 90 - (np.arange(H) + 0.5) / K
    rows, cols, wts = [], [], []
    R = 6371.0088
    for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1), (1, 2), (1, -2), (2, 1), (2, -1)):
        r1 = H - dr
        a = water[:r1]
        b = np.roll(water[dr:], -dc, axis=1)
        m = a & b
        mlat = np.radians((lat[:r1] + lat[dr:]) / 2)[:, None]
        w = R * np.radians(1 / K) * np.sqrt((dc * np.cos(mlat)) ** 2 + dr ** 2) * np.ones((1, W))
        rows.append(idx[:r1][m]); cols.append(np.roll(idx[dr:], -dc, axis=1)[m]); wts.append(w[m])
    passages = json.load(open(os.path.join(HERE, '..', 'Resources', 'navigation', 'passages.json')))['passages']
    chan = []
    for p in passages:
        if p.get('channel') and p['open']:
            line = p['channel']
            a, b = [int((90 - y) * K) * W + int((x + 180) * K) % W for x, y in (line[0], line[-1])]
            water.flat[a] = water.flat[b] = True
            rows.append(np.array([a])); cols.append(np.array([b])); wts.append(np.array([geodesic_km(line)]))
            chan.append((a, b, line))
    g = csr_matrix((np.concatenate(wts), (np.concatenate(rows), np.concatenate(cols))), shape=(H * W, H * W))
    print('graph edges', g.nnz, file=sys.stderr)

    def nearest(lon, lat):
        r0, c0 = int((90 - lat) * K), int((lon + 180) * K) % W
        for rad in range(0, 40):
            best = None
            for r in range(r0 - rad, r0 + rad + 1):
                for c in range(c0 - rad, c0 + rad + 1):
                    if water[r, c % W] and (best is None or (r - r0) ** 2 + (c - c0) ** 2 < best[0]):
                        best = ((r - r0) ** 2 + (c - c0) ** 2, r * W + c % W)
            if best:
                return best[1]

    def center(i):
        return (-180 + (i % W + 0.5) / K, 90 - (i // W + 0.5) / K)

    def unwrap(pts):
        out = [pts[0]]
        for x, y in pts[1:]:
            x += round((out[-1][0] - x) / 360) * 360
            out.append((x, y))
        return out

    def clear(p, q):
        # densify the geodesic-ish lon/lat segment at ~2 km and test each piece exactly
        n = max(1, int(math.hypot(q[0] - p[0], q[1] - p[1]) / 0.02))
        pts = [(p[0] + (q[0] - p[0]) * t / n, p[1] + (q[1] - p[1]) * t / n) for t in range(n + 1)]
        wrapped = [(((x + 180) % 360) - 180, y) for x, y in pts]
        segs = np.array([[a, b] for a, b in zip(wrapped, wrapped[1:]) if abs(a[0] - b[0]) < 180])
        if len(segs) and len(_strtree(edges).query(shapely.linestrings(segs), predicate='intersects')[0]):
            return False
        return True

    results = {}
    for name, stops in PAIRS:
        src, dst = nearest(*stops[0]), nearest(*stops[-1])
        dist, pred = dijkstra(g, indices=src, return_predecessors=True)
        chain = [dst]
        while chain[-1] != src:
            chain.append(pred[chain[-1]])
        chain.reverse()
        pts = []
        for a, b in zip(chain, chain[1:] + [None]):
            pts.append(center(a))
            for s, e, line in chan:
                if b is not None and {a, b} == {s, e}:
                    seq = line if a == s else line[::-1]
                    pts.extend(tuple(x) for x in seq[1:-1])
        pts = unwrap([tuple(stops[0])] + pts + [tuple(stops[-1])])  # from port to port
        raw = geodesic_km(pts)
        # pull taut: greedy farthest clear vertex (channels kept as they are)
        out, i = [pts[0]], 0
        while i < len(pts) - 1:
            j = min(len(pts) - 1, i + 1)
            step = 1
            while j + step < len(pts) and clear(out[-1], pts[j + step]):
                j += step
                step *= 2
            while step > 1:
                step //= 2
                if j + step < len(pts) and clear(out[-1], pts[j + step]):
                    j += step
            out.append(pts[j])
            i = j
        pulled = geodesic_km(out)
        results[name] = round(pulled, 1)
        print(f'{name:28s} grid {raw:9.1f} km   pulled {pulled:9.1f} km', flush=True)
    json.dump(results, open(os.path.join(HERE, 'sea_check.json'), 'w'), indent=1, ensure_ascii=False)


if __name__ == '__main__':
    main()
