#!/usr/bin/env python3
"""Independent check of sea-route lengths: a 3-arc-minute raster of the GSHHG intermediate
shoreline (cells whose centre is water) over the voyage's region (searoute's box + 6°), 16-direction Dijkstra (scipy), with the canal and
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

K = 20  # cells per degree (3 arc-minutes)
G = Geodesic.WGS84
R = 6371.0088


def geodesic_km(points):
    return sum(G.Inverse(a[1], a[0], b[1], b[0])['s12'] for a, b in zip(points, points[1:])) / 1000


def region(stops):
    """The searoute path's box plus 6°, unwrapped eastwards from its west side."""
    import searoute
    line = searoute.searoute(list(stops[0]), list(stops[-1]))['geometry']['coordinates']
    xs = [line[0][0]]
    for x, _ in line[1:]:
        xs.append(x + round((xs[-1] - x) / 360) * 360)
    ys = [y for _, y in line]
    w, e = math.floor(min(xs) - 6), math.ceil(max(xs) + 6)
    s, n = max(-89, math.floor(min(ys) - 6)), min(89, math.ceil(max(ys) + 6))
    return w, s, e, n


def water_window(edges, w, s, e, n):
    """Water at cell centres (True) for a window whose longitudes may run past 180°."""
    parts, x = [], w
    while x < e:
        base = ((x + 180) % 360) - 180
        stop = min(e, x + (180 - base))
        land, _ = rasterize(edges, base, s, base + (stop - x), n, K)
        parts.append(~land)
        x = stop
    return np.hstack(parts)


def main():
    edges = load_edges()
    passages = json.load(open(os.path.join(HERE, '..', 'Resources', 'navigation', 'passages.json')))['passages']
    results = {}
    for name, stops in PAIRS:
        w, s, e, n = region(stops)
        water = water_window(edges, w, s, e, n)
        h, wd = water.shape

        def cell(lon, lat):
            lon += math.floor((w - lon) / 360 + 1) * 360 if lon < w else 0
            return int((n - lat) * K), int((lon - w) * K)
        idx = np.arange(h * wd).reshape(h, wd)
        lat = n - (np.arange(h) + 0.5) / K
        rows, cols, wts = [], [], []
        for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1), (1, 2), (1, -2), (2, 1), (2, -1)):
            r0, r1 = 0, h - dr
            c0, c1 = max(0, -dc), wd - max(0, dc)
            m = water[r0:r1, c0:c1] & water[r0 + dr:r1 + dr, c0 + dc:c1 + dc]
            mlat = np.radians((lat[r0:r1] + lat[r0 + dr:r1 + dr]) / 2)[:, None]
            wt = R * np.radians(1 / K) * np.sqrt((dc * np.cos(mlat)) ** 2 + dr ** 2) * np.ones((1, c1 - c0))
            rows.append(idx[r0:r1, c0:c1][m]); cols.append(idx[r0 + dr:r1 + dr, c0 + dc:c1 + dc][m]); wts.append(wt[m])
        chan = []
        for p in passages:
            if p.get('channel') and p['open']:
                line = p['channel']
                (ra, ca), (rb, cb) = cell(*line[0]), cell(*line[-1])
                if 0 <= ra < h and 0 <= rb < h and 0 <= ca < wd and 0 <= cb < wd:
                    a, b = ra * wd + ca, rb * wd + cb
                    water.flat[a] = water.flat[b] = True
                    rows.append(np.array([a])); cols.append(np.array([b])); wts.append(np.array([geodesic_km(line)]))
                    chan.append((a, b, line))
        g = csr_matrix((np.concatenate(wts), (np.concatenate(rows), np.concatenate(cols))), shape=(h * wd, h * wd))

        from scipy.sparse.csgraph import connected_components
        _, comp = connected_components(g, directed=False)
        sizes = np.bincount(comp)
        big = sizes >= min(20000, sizes[comp[water.ravel()]].max() // 4)  # open sea, not a lagoon or harbour pocket
        sea = water & big[comp].reshape(h, wd)

        def nearest(lon, lat):
            r0, c0 = cell(lon, lat)
            ys, xs = np.nonzero(sea)
            k = np.argmin((ys - r0) ** 2 + ((xs - c0) * math.cos(math.radians(lat))) ** 2)
            return ys[k] * wd + xs[k]

        def center(i):
            return (w + (i % wd + 0.5) / K, n - (i // wd + 0.5) / K)

        src, dst = nearest(*stops[0]), nearest(*stops[-1])
        dist, pred = dijkstra(g, directed=False, indices=src, return_predecessors=True)
        if not np.isfinite(dist[dst]):
            print(f'{name:28s} unreachable on the 3-minute raster', flush=True)
            continue
        chain = [dst]
        while chain[-1] != src:
            chain.append(pred[chain[-1]])
        chain.reverse()
        pts = []
        for a, b in zip(chain, chain[1:] + [None]):
            pts.append(center(a))
            for s_, e_, line in chan:
                if b is not None and {a, b} == {s_, e_}:
                    seq = line if a == s_ else line[::-1]
                    pts.extend((x + round((pts[-1][0] - x) / 360) * 360, y) for x, y in seq[1:-1])
        ends = [tuple(stops[0]), tuple(stops[-1])]
        pts = [ends[0]] + pts + [ends[1]]
        out_pts = [pts[0]]
        for x, y in pts[1:]:
            out_pts.append((x + round((out_pts[-1][0] - x) / 360) * 360, y))
        pts = out_pts
        raw = geodesic_km(pts)

        def clear(p, q):
            k = max(1, int(math.hypot(q[0] - p[0], q[1] - p[1]) / 0.02))
            t = np.linspace(0, 1, k + 1)[:, None]
            seq = np.array(p) + t * (np.array(q) - np.array(p))
            seq[:, 0] = ((seq[:, 0] + 180) % 360) - 180
            segs = np.stack([seq[:-1], seq[1:]], 1)
            segs = segs[np.abs(segs[:, 0, 0] - segs[:, 1, 0]) < 180]
            return not len(segs) or not len(_strtree(edges).query(shapely.linestrings(segs), predicate='intersects')[0])
        out, i = [pts[0]], 0
        while i < len(pts) - 1:
            j, step = i + 1, 1
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
        json.dump(out, open(f'/tmp/check-{name.split()[0]}.json', 'w'))
        print(f'{name:28s} grid {raw:9.1f} km   pulled {pulled:9.1f} km', flush=True)
        json.dump(results, open(os.path.join(HERE, 'sea_check.json'), 'w'), indent=1, ensure_ascii=False)


if __name__ == '__main__':
    main()
