#!/usr/bin/env python3
"""Independent check of sea-route lengths on the GSHHG intermediate shoreline.

For each leg (consecutive stops of a voyage in bench/sea_pairs.py):
1. Coarse search, 3′ cells over the leg's window (searoute's path box plus 6°, or the window
   given in sea_pairs.WINDOWS): a cell is open when any part of it may be water (centre in
   water, or a shoreline passes through it), so no strait is closed, however narrow. Dijkstra
   over 32 directions (scipy), with the canal and narrow-strait channels of
   Resources/navigation/passages.json as extra edges. This path is only a guide: it may
   cross thin land.
2. Fine search, 30″ cells in a corridor of ±100 km around the coarse path: a node is a cell
   whose centre is water; a step between two nodes is kept only when every cell it passes is
   wholly water (no shoreline in it) or when the straight segment is tested clear of the
   shoreline (shapely, exact). So the fine path is water-only. If the fine search cannot join
   the ends (the coarse path crossed land), the coarse cells of the gap are closed and both
   searches run again.
3. The fine path is pulled taut: each straight step is a WGS84 geodesic, sampled every
   ≤1 km and tested against the shoreline; then every segment of the final line is tested
   again the same way (the check stops if any crosses the shoreline). Channels of
   passages.json are taken as given (canals cross land by design).
Lengths are WGS84 geodesic, port to port: the given positions (which may lie on land) are
joined straight to the nearest fine node of the path's water.

Via voyages: a voyage with more than two stops is routed leg by leg through its given points
and the legs' lengths summed. 'Severomorsk → Norwegian Sea → English Channel → Tartus' goes
Severomorsk → 8.0°E 65.0°N (Norwegian Sea) → 1.45°E 51.0°N (Strait of Dover) → Tartus, where
movemap only has to pass through the two areas' polygons; see bench/sea_pairs.py.

Limits: the figure is the length of a real water-only line, so it can only be at or above
the shortest one. The fine grid's metric (32 directions) is up to 1.3% off a straight line in
some directions, which can make the search go round an island group on a slightly longer
side: Yokohama → Sydney passes east of New Ireland (7950.8 km); forced through the Vitiaz
Strait it is 7921 km.

The central Arctic Ocean (permanent pack ice) is no route: water north of the limits in
passages.json's `central_arctic` is closed in both searches, as navigation closes it.

Uses the shoreline through scripts/gshhg.py and only the channels and the central Arctic limits
of passages.json from the router's data (never water.bin). Writes bench/sea_check.json and each pulled line to
/tmp/check-<name>.json (name with non-alphanumerics as '-').
Run: python3 bench/sea_check.py [name-substring ...]   (about 9 minutes for all pairs on 2 cores;
with substrings, only the matching pairs are rerun and the others kept)
"""
import json
import math
import os
import re
import sys
import time

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components, dijkstra
from geographiclib.geodesic import Geodesic

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'scripts'))
sys.path.insert(0, HERE)
import shapely  # noqa: E402
from gshhg import load_edges, rasterize, is_land  # noqa: E402
from sea_pairs import PAIRS, WINDOWS  # noqa: E402

K = 20          # coarse cells per degree (3 arc-minutes)
F = 6           # fine cells per coarse cell side: 120 per degree (30 arc-seconds)
KF = K * F
CORRIDOR_KM = 100
SAMPLE_KM = 1.0
G = Geodesic.WGS84
R = 6371.0088
# 32 directions (steps up to 3 cells): a grid path is at most 1.3% longer than the straight line it stands for
OFFSETS = ((0, 1), (1, 0), (1, 1), (1, -1), (1, 2), (1, -2), (2, 1), (2, -1),
           (1, 3), (1, -3), (3, 1), (3, -1), (2, 3), (2, -3), (3, 2), (3, -2))
POS = Geodesic.LATITUDE | Geodesic.LONGITUDE | Geodesic.LONG_UNROLL


def geodesic_km(points):
    return sum(G.Inverse(a[1], a[0], b[1], b[0])['s12'] for a, b in zip(points, points[1:])) / 1000


class Shore:
    """Exact segment tests against the real shoreline edges; copies shifted by 360° cover windows past 180°E."""

    def __init__(self, edges):
        real = ~edges['art']
        a = np.stack([edges['x0'][real], edges['y0'][real]], 1)
        b = np.stack([edges['x1'][real], edges['y1'][real]], 1)
        west = (a[:, 0] < 0) | (b[:, 0] < 0)
        a = np.concatenate([a, a[west] + [360, 0]])
        b = np.concatenate([b, b[west] + [360, 0]])
        self.tree = shapely.STRtree(shapely.linestrings(np.stack([a, b], 1)))

    def segments_hit(self, p, q):
        """p, q: (m, 2) lon/lat arrays; True where the straight segment touches the shoreline."""
        shift = np.where(np.minimum(p[:, 0], q[:, 0]) < -180, 360.0, 0.0)[:, None] * [1, 0]
        hit = np.zeros(len(p), bool)
        for lo in range(0, len(p), 500000):
            segs = shapely.linestrings(np.stack([p[lo:lo + 500000] + shift[lo:lo + 500000],
                                                 q[lo:lo + 500000] + shift[lo:lo + 500000]], 1))
            hit[lo + self.tree.query(segs, predicate='intersects')[0]] = True
        return hit

    def line_hits(self, pts):
        pts = np.asarray(pts, float)
        if pts[:, 0].min() < -180:
            pts = pts + [360, 0]
        return len(self.tree.query(shapely.linestrings(pts), predicate='intersects')) > 0


def geodesic_samples(p, q):
    """Points along the WGS84 geodesic p→q, at most SAMPLE_KM apart, longitudes continuous from p."""
    line = G.InverseLine(p[1], p[0], q[1], q[0])
    s = line.s13
    knots = max(1, math.ceil(s / 50000))   # exact geodesic points every ≤50 km …
    kp = [line.Position(s * i / knots, POS) for i in range(knots + 1)]
    kp = np.array([[d['lon2'], d['lat2']] for d in kp])
    kp[:, 0] += p[0] - kp[0, 0]
    per = max(1, math.ceil(s / knots / (SAMPLE_KM * 1000)))   # … great-circle points between (chords ≤50 km)
    if per == 1:
        return kp
    lon, lat = np.radians(kp[:, 0]), np.radians(kp[:, 1])
    v = np.stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)], 1)
    t = np.arange(per)[None, :, None] / per
    u = v[:-1, None, :] * (1 - t) + v[1:, None, :] * t
    u = np.concatenate([u.reshape(-1, 3), v[-1:]])
    u /= np.linalg.norm(u, axis=1)[:, None]
    out = np.stack([np.degrees(np.arctan2(u[:, 1], u[:, 0])), np.degrees(np.arcsin(u[:, 2]))], 1)
    out[:, 0] = np.degrees(np.unwrap(np.radians(out[:, 0])))
    out[:, 0] += p[0] - out[0, 0]
    return out


def region(a, b):
    """The searoute path's box plus 6°, unwrapped eastwards from its west side."""
    import searoute
    line = searoute.searoute(list(a), list(b))['geometry']['coordinates']
    xs = [line[0][0]]
    for x, _ in line[1:]:
        xs.append(x + round((xs[-1] - x) / 360) * 360)
    ys = [y for _, y in line]
    w, e = math.floor(min(xs) - 6), math.ceil(max(xs) + 6)
    s, n = max(-89, math.floor(min(ys) - 6)), min(89, math.ceil(max(ys) + 6))
    return w, s, e, n


def raster(edges, w, s, e, n, k):
    """Land at cell centres and shoreline-touched cells for a window whose longitudes may run past 180°."""
    lands, touches, x = [], [], w
    while x < e - 1e-9:
        base = ((x + 180) % 360) - 180
        stop = min(e, x + (180 - base))
        land, touched = rasterize(edges, base, s, base + (stop - x), n, k)
        lands.append(land)
        touches.append(touched)
        x = stop
    return np.hstack(lands), np.hstack(touches)


def grid_edges(ok, lat, k, extra_ok=None):
    """Edges of a 32-direction grid over the boolean array `ok`: (a, b, km) index arrays."""
    h, wd = ok.shape
    idx = np.arange(h * wd).reshape(h, wd)
    rows, cols, wts = [], [], []
    for dr, dc in OFFSETS:
        r0, r1 = 0, h - dr
        c0, c1 = max(0, -dc), wd - max(0, dc)
        m = ok[r0:r1, c0:c1] & ok[r0 + dr:r1 + dr, c0 + dc:c1 + dc]
        mlat = np.radians((lat[r0:r1] + lat[r0 + dr:r1 + dr]) / 2)[:, None]
        wt = R * np.radians(1 / k) * np.sqrt((dc * np.cos(mlat)) ** 2 + dr ** 2) * np.ones((1, c1 - c0))
        rows.append(idx[r0:r1, c0:c1][m]); cols.append(idx[r0 + dr:r1 + dr, c0 + dc:c1 + dc][m]); wts.append(wt[m])
    return np.concatenate(rows), np.concatenate(cols), np.concatenate(wts)


def pack_ice(limits, w, n, k, h, wd):
    """Cells of a window (west `w`, north `n`, `k` per degree, h × wd) north of the central
    Arctic limits."""
    lat = n - (np.arange(h) + 0.5) / k
    lon = (w + (np.arange(wd) + 0.5) / k + 180) % 360 - 180
    north = np.full(wd, 91.0)
    for band in limits:
        north[(lon >= band['west']) & (lon < band['east'])] = band['north']
    return lat[:, None] > north[None, :]


class Leg:
    def __init__(self, edges, shore, channels, ice, a, b, window):
        self.edges, self.shore, self.a, self.b = edges, shore, tuple(a), tuple(b)
        self.w, self.s, self.e, self.n = window
        self.channels, self.ice = channels, ice
        land, touched = raster(edges, *window, K)
        self.h, self.wd = land.shape
        self.coarse_open = (~land | touched) & ~pack_ice(ice, self.w, self.n, K, self.h, self.wd)
        self.coarse_land_free = ~land
        self.hf, self.wf = self.h * F, self.wd * F

    def cell(self, lon, lat, k):
        lon += math.ceil((self.w - lon) / 360) * 360 if lon < self.w else 0
        return int((self.n - lat) * k), int((lon - self.w) * k)

    def channel_cells(self, k, h, wd):
        out = []
        for line in self.channels:
            (ra, ca), (rb, cb) = self.cell(*line[0], k), self.cell(*line[-1], k)
            if 0 <= ra < h and 0 <= rb < h and 0 <= ca < wd and 0 <= cb < wd:
                out.append((ra * wd + ca, rb * wd + cb, line))
        return out

    # -- 1. coarse guide -------------------------------------------------------------------------
    def coarse_path(self):
        h, wd = self.h, self.wd
        ok = self.coarse_open.copy()
        chan = self.channel_cells(K, h, wd)
        for a, b, _ in chan:
            ok.flat[a] = ok.flat[b] = True
        lat = self.n - (np.arange(h) + 0.5) / K
        r, c, wt = grid_edges(ok, lat, K)
        r = np.concatenate([r] + [np.array([a]) for a, _, _ in chan])
        c = np.concatenate([c] + [np.array([b]) for _, b, _ in chan])
        wt = np.concatenate([wt] + [np.array([geodesic_km(line)]) for _, _, line in chan])
        g = csr_matrix((wt, (r, c)), shape=(h * wd, h * wd))
        _, comp = connected_components(g, directed=False)
        sizes = np.bincount(comp)
        big = sizes >= min(20000, sizes[comp[ok.ravel()]].max() // 4)
        sea = ok & big[comp].reshape(h, wd)
        ys, xs = np.nonzero(sea)

        def nearest(lon, lat_, same=None):
            r0, c0 = self.cell(lon, lat_, K)
            d = (ys - r0) ** 2 + ((xs - c0) * math.cos(math.radians(lat_))) ** 2
            if same is not None:
                d = np.where(comp[ys * wd + xs] == same, d, np.inf)
            k = np.argmin(d)
            return ys[k] * wd + xs[k]
        src = nearest(*self.a)
        dst = nearest(*self.b, same=comp[src])
        dist, pred = dijkstra(g, directed=False, indices=src, return_predecessors=True)
        if not np.isfinite(dist[dst]):
            return None, None
        chain = [dst]
        while chain[-1] != src:
            chain.append(pred[chain[-1]])
        return chain[::-1], dist[dst]

    # -- 2. fine, exact ---------------------------------------------------------------------------
    def corridor(self, chain):
        h, wd = self.h, self.wd
        cor = np.zeros((h, wd), bool)
        rr = math.ceil(CORRIDOR_KM / (R * math.radians(1 / K)))
        for i in chain:
            r, c = divmod(int(i), wd)
            lat = self.n - (r + 0.5) / K
            rc = min(wd, math.ceil(rr / max(math.cos(math.radians(lat)), 0.05)))
            cor[max(0, r - rr):r + rr + 1, max(0, c - rc):c + rc + 1] = True
        return cor

    def fine_cells(self, cor):
        """Sorted fine indices of water-centre nodes and of shoreline-touched cells inside the corridor."""
        nodes, touched_all = [], []
        for b0 in range(0, self.h, K):
            band = cor[b0:b0 + K]
            cols = np.flatnonzero(band.any(0))
            if not len(cols):
                continue
            runs = np.split(cols, np.flatnonzero(np.diff(cols) > 2 * K) + 1)
            for run in runs:
                c0, c1 = run[0], run[-1] + 1
                lon0, lon1 = self.w + c0 / K, self.w + c1 / K
                lat1, lat0 = self.n - b0 / K, self.n - (b0 + band.shape[0]) / K
                land, touched = raster(self.edges, lon0, lat0, lon1, lat1, KF)
                mask = np.repeat(np.repeat(band[:, c0:c1], F, 0), F, 1)
                mask &= ~pack_ice(self.ice, lon0, lat1, KF, *mask.shape)
                fr, fc = np.nonzero(mask & ~land)
                nodes.append((fr + b0 * F).astype(np.int64) * self.wf + fc + c0 * F)
                fr, fc = np.nonzero(mask & touched)
                touched_all.append((fr + b0 * F).astype(np.int64) * self.wf + fc + c0 * F)
        return np.unique(np.concatenate(nodes)), np.unique(np.concatenate(touched_all))

    def fine_center(self, i):
        r, c = np.divmod(i, self.wf)
        return np.stack([self.w + (c + 0.5) / KF, self.n - (r + 0.5) / KF], -1)

    def fine_path(self, cor):
        nodes, touched = self.fine_cells(cor)
        chan = self.channel_cells(KF, self.hf, self.wf)
        nodes = np.union1d(nodes, [x for a, b, _ in chan for x in (a, b)]).astype(np.int64)
        clean = np.setdiff1d(nodes, touched, assume_unique=True)
        wf = self.wf
        fr, fc = np.divmod(nodes, wf)

        def member(x, arr):
            j = np.clip(np.searchsorted(arr, x), 0, len(arr) - 1)
            return arr[j] == x
        rows, cols, wts = [], [], []
        for dr, dc in OFFSETS:
            ok = (fc + dc >= 0) & (fc + dc < wf)
            a = nodes[ok]
            b = a + dr * wf + dc
            has = member(b, nodes)
            a, b = a[has], b[has]
            ar, ac = np.divmod(a, wf)
            safe = np.ones(len(a), bool)
            for i in range(dr + 1):
                for j in range(min(0, dc), max(0, dc) + 1):
                    safe &= member(a + i * wf + j, clean)
            test = ~safe
            hit = np.zeros(len(a), bool)
            if test.any():
                hit[test] = self.shore.segments_hit(self.fine_center(a[test]), self.fine_center(b[test]))
            a, b = a[~hit], b[~hit]
            mlat = np.radians(self.n - (ar[~hit] + 0.5 + dr / 2) / KF)
            wts.append(R * np.radians(1 / KF) * np.sqrt((dc * np.cos(mlat)) ** 2 + dr ** 2))
            rows.append(a); cols.append(b)
        pos = {}
        for a, b, line in chan:
            rows.append(np.array([a])); cols.append(np.array([b])); wts.append(np.array([geodesic_km(line)]))
            pos[(a, b)] = line
        r = np.searchsorted(nodes, np.concatenate(rows))
        c = np.searchsorted(nodes, np.concatenate(cols))
        m = len(nodes)
        g = csr_matrix((np.concatenate(wts), (r, c)), shape=(m, m))
        _, comp = connected_components(g, directed=False)
        centers = self.fine_center(nodes)

        def candidates(p):
            lon = p[0] + (math.ceil((self.w - p[0]) / 360) * 360 if p[0] < self.w else 0)
            d = (centers[:, 1] - p[1]) ** 2 + ((centers[:, 0] - lon) * math.cos(math.radians(p[1]))) ** 2
            k = np.argpartition(d, 4000)[:4000] if len(d) > 4000 else np.arange(len(d))
            return k[np.argsort(d[k])]
        ca, cb = candidates(self.a), candidates(self.b)
        labels_b = set(comp[cb].tolist())
        src = next((i for i in ca if comp[i] in labels_b), None)
        if src is None:
            return None, (comp, nodes, ca, cb)
        dst = next(i for i in cb if comp[i] == comp[src])
        dist, pred = dijkstra(g, directed=False, indices=src, return_predecessors=True)
        chain = [dst]
        while chain[-1] != src:
            chain.append(pred[chain[-1]])
        pts, canal = [], set()   # canal: steps pts[i] → pts[i + 1] along a channel of passages.json
        chain = chain[::-1]
        for i, j in zip(chain, chain[1:] + [None]):
            pts.append(tuple(centers[i]))
            if j is not None:
                key = (nodes[i], nodes[j])
                seq = pos[key][1:-1] if key in pos else pos[key[::-1]][-2:0:-1] if key[::-1] in pos else None
                if seq is not None:
                    canal.update(range(len(pts) - 1, len(pts) + len(seq)))
                    pts.extend(tuple(x) for x in seq)
        return (pts, canal), dist[dst]

    def close_gap(self, chain, info):
        """The coarse path crossed land: close the coarse cells where it passes from the water
        reached from one end to the water reached from the other, and land-centred cells near them."""
        comp, nodes, ca, cb = info
        fr, fc = np.divmod(nodes, self.wf)
        cells = (fr // F) * self.wd + fc // F

        def having(labels):
            m = np.zeros(self.h * self.wd, bool)
            m[cells[np.isin(comp, list(labels))]] = True
            return m[np.asarray(chain)]
        has_a, has_b = having(set(comp[ca[:50]].tolist())), having(set(comp[cb[:50]].tolist()))
        n = len(chain)
        end_a = int(np.argmin(has_a)) if not has_a.all() else n   # first cell the a side does not reach
        start_b = n - int(np.argmin(has_b[::-1])) if not has_b.all() else 0   # after the last the b side does not reach
        lo, hi = max(0, min(end_a, start_b) - 1), min(n - 1, max(end_a, start_b))
        closed = 0
        land = ~self.coarse_land_free
        for i in chain[lo:hi + 1]:
            r, c = divmod(int(i), self.wd)
            closed += int(self.coarse_open.flat[i])
            self.coarse_open.flat[i] = False
            rs, cs = slice(max(0, r - 2), r + 3), slice(max(0, c - 2), c + 3)
            closed += int((self.coarse_open[rs, cs] & land[rs, cs]).sum())
            self.coarse_open[rs, cs] &= ~land[rs, cs]
        return closed

    def route(self):
        """The leg pulled taut: (line, indices of its points in the fine path, canal steps, notes)."""
        for attempt in range(40):
            chain, coarse_km = self.coarse_path()
            if chain is None:
                raise SystemExit(f'no coarse path {self.a} → {self.b}')
            path, fine_km = self.fine_path(self.corridor(chain))
            if path is not None:
                break
            if not self.close_gap(chain, fine_km):
                raise SystemExit(f'fine search cannot join {self.a} → {self.b}')
        else:
            raise SystemExit(f'gave up {self.a} → {self.b}')
        pts, canal = path
        line, idx = pull(self.shore, unwrap([self.a] + pts + [self.b]))
        note = f'coarse grid {coarse_km:6.0f} km, fine grid {fine_km:6.0f} km, gaps closed {attempt}'
        return line, idx, {i + 1 for i in canal}, note


def unwrap(pts):
    out = [pts[0]]
    for x, y in pts[1:]:
        out.append((x + round((out[-1][0] - x) / 360) * 360, y))
    return out


def pull(shore, pts):
    def clear(p, q):
        return not shore.line_hits(geodesic_samples(p, q))
    out, idx, i = [pts[0]], [0], 0
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
        idx.append(j)
        i = j
    return out, idx


def main():
    edges = load_edges()
    shore = Shore(edges)
    navigation = json.load(open(os.path.join(HERE, '..', 'Resources', 'navigation', 'passages.json')))
    passages, ice = navigation['passages'], navigation['central_arctic']
    channels = [p['channel'] for p in passages if p.get('channel') and p['open']]
    out_path = os.path.join(HERE, 'sea_check.json')
    only = sys.argv[1:]
    results = json.load(open(out_path)) if only and os.path.exists(out_path) else {}
    t_all = time.perf_counter()
    for name, stops in PAIRS:
        if only and not any(o in name for o in only):
            continue
        t0 = time.perf_counter()
        line, notes = [], []
        for k, (a, b) in enumerate(zip(stops, stops[1:])):
            window = WINDOWS.get((name, k)) or WINDOWS.get(name) or region(a, b)
            leg = Leg(edges, shore, channels, ice, a, b, window)
            pulled, idx, canal, note = leg.route()
            # every segment once more: only canal steps and the joins of ports on land may cross the shoreline
            for s_, (p, q) in enumerate(zip(pulled, pulled[1:])):
                if (s_ == 0 and is_land(edges, *a)) or (s_ == len(pulled) - 2 and is_land(edges, *b)):
                    continue
                if idx[s_ + 1] == idx[s_] + 1 and idx[s_] in canal:
                    continue
                if shore.line_hits(geodesic_samples(p, q)):
                    raise SystemExit(f'{name}: pulled segment {p} → {q} crosses the shoreline')
            if line:
                pulled = unwrap([line[-1]] + pulled[1:])[1:]
            line.extend(pulled)
            notes.append(note)
        km = geodesic_km(line)
        results[name] = round(km, 1)
        slug = re.sub(r'[^A-Za-z0-9]+', '-', name).strip('-')
        json.dump(line, open(f'/tmp/check-{slug}.json', 'w'))
        print(f'{name:52s} {km:9.1f} km  {time.perf_counter() - t0:6.1f} s   ' + '; '.join(notes), flush=True)
        ordered = {n: results[n] for n, _ in PAIRS if n in results}
        json.dump(ordered, open(out_path, 'w'), indent=1, ensure_ascii=False)
    print(f'total {time.perf_counter() - t_all:.0f} s')


if __name__ == '__main__':
    main()
