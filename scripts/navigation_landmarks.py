#!/usr/bin/env python3
"""Writes Resources/navigation/grid.bin and landmarks.bin from water.bin and passages.json.

grid.bin is water.bin in the router's own form, so it loads with a copy instead of decoding
run lengths (WaterGrid): per 30-cell block (row-major from 90°N, 180°W) −1 all land, −2 all
water, else the index of its first row word; then 30 words per mixed block, bit c of a word
for the block's cell c on that row. Format (little-endian): `MMGRID01`, UInt32 cells per
degree, width, height, mixed blocks, CRC-32 of water.bin; Int32 per block; UInt32 words.

landmarks.bin holds the sea router's
coarse graph (0.5° blocks of the 1′ water grid, each split into its 4-connected water
components, joined across block sides, to diagonal blocks through a side block, and by passage
channels) with every node's water distance to a few landmarks, for the A* estimate of
Goldberg & Harrelson 2005 ("ALT"): d(v, t) ≥ |d(L, t) − d(L, v)|.

Nodes are numbered as the router numbers them — blocks row-major from 90°N and 180°W, and
within a block its components in the order their first cell comes row by row — so the file
holds no labels, only each block's first node. All passages are open here (channels at 99% of
their spherical length), so with any closed the distances are still lower bounds.

Format (little-endian): `MMLANDM1`, UInt32 blocks across, blocks down, node count, landmark
count, CRC-32 of water.bin; then per block its first node (UInt32, one more entry at the end);
then per node its distances to the landmarks in km rounded down (UInt16; 65535 unreachable).

Run: python3 scripts/navigation_landmarks.py (build_navigation.py runs it after water.bin).
"""
import json
import os
import struct
import sys
import zlib

import numpy as np
from scipy import ndimage
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import dijkstra

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'Resources', 'navigation')
SIZE = 30  # WaterGrid.blockSize
LANDMARKS = 16
EARTH_RADIUS = 6371008.8  # UnitVector.earthRadius
UNREACHABLE = 0xFFFF


def read_water(path):
    """The raster as a bool array (rows from 90°N, columns from 180°W), its cells per degree,
    and the file's CRC-32."""
    with open(path, 'rb') as f:
        data = f.read()
    assert data[:8] == b'MMWATER1', 'not a water raster'
    k, w, h, count = struct.unpack('<IIII', data[8:24])
    grid = np.zeros((h, w), dtype=bool)
    at, end = 24, 24 + count
    for row in range(h):
        col, water, line = 0, False, grid[row]
        while col < w:
            run, shift = 0, 0
            while True:
                byte = data[at]
                at += 1
                run |= (byte & 0x7F) << shift
                shift += 7
                if byte < 0x80:
                    break
            if water and run:
                line[col:col + run] = True
            col += run
            water = not water
    assert at <= end
    return grid, k, zlib.crc32(data)


def write_grid(grid, k, crc):
    """grid.bin: the raster as the router holds it (see the header above)."""
    h, w = grid.shape
    across, down = w // SIZE, h // SIZE
    blocks = grid.reshape(down, SIZE, across, SIZE).transpose(0, 2, 1, 3).reshape(down * across, SIZE, SIZE)
    counts = blocks.reshape(len(blocks), -1).sum(axis=1)
    mixed = (counts > 0) & (counts < SIZE * SIZE)
    slots = np.where(counts == 0, -1, -2).astype('<i4')
    slots[mixed] = np.arange(mixed.sum()) * SIZE
    weights = (np.uint64(1) << np.arange(SIZE, dtype=np.uint64))
    words = (blocks[mixed].astype(np.uint64) * weights).sum(axis=2).astype('<u4')
    path = os.path.join(OUT, 'grid.bin')
    with open(path + '.tmp', 'wb') as f:
        f.write(b'MMGRID01')
        f.write(struct.pack('<IIIII', k, w, h, int(mixed.sum()), crc))
        f.write(slots.tobytes())
        f.write(words.tobytes())
    os.replace(path + '.tmp', path)
    print('grid.bin', os.path.getsize(path), 'bytes,', int(mixed.sum()), 'mixed blocks')


def unit_vectors(k, rows, columns):
    """Per-row cos/sin latitude and per-column cos/sin longitude of cell centres."""
    phi = np.radians(90 - (np.arange(rows) + 0.5) / k)
    lam = np.radians(-180 + (np.arange(columns) + 0.5) / k)
    return np.cos(phi), np.sin(phi), np.cos(lam), np.sin(lam)


def build_graph(grid, k):
    h, w = grid.shape
    across, down = w // SIZE, h // SIZE
    cos_lat, sin_lat, cos_lon, sin_lon = unit_vectors(k, h, w)
    structure = np.zeros((3, 3, 3), dtype=int)
    structure[1] = [[0, 1, 0], [1, 1, 1], [0, 1, 0]]
    first = np.zeros(across * down + 1, dtype=np.int64)
    centroids = []
    pairs = []
    previous_bottom = None  # global node ids of the band above's last row, (across, SIZE)
    nodes = 0
    for band in range(down):
        cells = grid[band * SIZE:(band + 1) * SIZE]  # (SIZE, w)
        blocks = cells.reshape(SIZE, across, SIZE).transpose(1, 0, 2)  # (across, r, c)
        labels, total = ndimage.label(blocks, structure=structure)
        most = labels.reshape(across, -1).max(axis=1)
        before = np.concatenate(([0], np.maximum.accumulate(most)[:-1]))
        counts = np.maximum(most - before, 0)
        # Labels run block by block in raster order, so block b's are offset + 1 .. offset + count.
        offsets = np.concatenate(([0], np.cumsum(counts)[:-1]))
        first[band * across:(band + 1) * across] = nodes + offsets
        node_of = np.where(labels > 0, labels - 1 + nodes, -1)  # global ids, (across, r, c)
        # Centroids: uniform water blocks as CellVectors.squareMean, others the normalised sum.
        rows = np.arange(band * SIZE, (band + 1) * SIZE)
        cl, sl = cos_lat[rows], sin_lat[rows]
        cols = np.arange(w).reshape(across, SIZE)
        x = (cl[None, :, None] * cos_lon[cols][:, None, :])
        y = (cl[None, :, None] * sin_lon[cols][:, None, :])
        z = np.broadcast_to(sl[None, :, None], x.shape)
        ids = labels.ravel()
        sx = np.bincount(ids, weights=x.ravel(), minlength=total + 1)[1:]
        sy = np.bincount(ids, weights=y.ravel(), minlength=total + 1)[1:]
        sz = np.bincount(ids, weights=z.ravel(), minlength=total + 1)[1:]
        full = blocks.reshape(across, -1).all(axis=1)
        for b in np.flatnonzero(full):
            label = labels[b, 0, 0] - 1
            scl, ssl = cl.sum(), sl.sum()
            scn, ssn = cos_lon[cols[b]].sum(), sin_lon[cols[b]].sum()
            sx[label], sy[label], sz[label] = scl * scn, scl * ssn, SIZE * ssl
        norm = np.sqrt(sx * sx + sy * sy + sz * sz)
        centroids.append(np.stack([sx / norm, sy / norm, sz / norm], axis=1))
        # East sides (with the wrap), which give the west sides too.
        ours, theirs = node_of[:, :, SIZE - 1], np.roll(node_of[:, :, 0], -1, axis=0)
        both = (ours >= 0) & (theirs >= 0)
        pairs.append(np.stack([ours[both], theirs[both]], axis=1))
        if previous_bottom is not None:
            top = node_of[:, 0, :]
            both = (previous_bottom >= 0) & (top >= 0)
            pairs.append(np.stack([previous_bottom[both], top[both]], axis=1))
        previous_bottom = node_of[:, SIZE - 1, :]
        nodes += total
    first[-1] = nodes
    centroids = np.concatenate(centroids)
    side = np.unique(np.concatenate(pairs), axis=0)
    side = np.concatenate([side, side[:, ::-1]])
    return first, centroids, side, nodes, across


def block_of_nodes(first, nodes):
    return np.searchsorted(first, np.arange(nodes), side='right') - 1


def angle(a, b):
    cross = np.cross(a, b)
    return np.arctan2(np.sqrt((cross * cross).sum(axis=1)), (a * b).sum(axis=1))


def main():
    grid, k, crc = read_water(os.path.join(OUT, 'water.bin'))
    write_grid(grid, k, crc)
    first, centroids, side, nodes, across = build_graph(grid, k)
    block = block_of_nodes(first, nodes)
    # Diagonal neighbours: reached through a side neighbour, in a block one row and one column off.
    a = coo_matrix((np.ones(len(side)), (side[:, 0], side[:, 1])), shape=(nodes, nodes)).tocsr()
    a.data[:] = 1
    two = (a @ a).tocoo()
    br, bc = block[two.row] // across, block[two.row] % across
    nr, nc = block[two.col] // across, block[two.col] % across
    dx = np.abs(nc - bc)
    diagonal = (np.abs(nr - br) == 1) & ((dx == 1) | (dx == across - 1))
    edges = np.concatenate([side, np.stack([two.row[diagonal], two.col[diagonal]], axis=1)])
    edges = np.unique(edges, axis=0)
    cost = angle(centroids[edges[:, 0]], centroids[edges[:, 1]]) * EARTH_RADIUS
    # Passage channels, all open, at 99% of their spherical length (the router's is WGS84's).
    with open(os.path.join(OUT, 'passages.json')) as f:
        passages = json.load(f)['passages']
    extra = []
    labels_cache = {}
    for p in passages:
        line = p.get('channel')
        if not line:
            continue
        ends = [node_of_point(grid, k, first, across, labels_cache, lon, lat) for lon, lat in (line[0], line[-1])]
        v = np.array([[np.cos(np.radians(lat)) * np.cos(np.radians(lon)),
                       np.cos(np.radians(lat)) * np.sin(np.radians(lon)), np.sin(np.radians(lat))] for lon, lat in line])
        length = angle(v[:-1], v[1:]).sum() * EARTH_RADIUS * 0.99
        extra += [(ends[0], ends[1], length), (ends[1], ends[0], length)]
    if extra:
        edges = np.concatenate([edges, np.array([(e[0], e[1]) for e in extra])])
        cost = np.concatenate([cost, np.array([e[2] for e in extra])])
    graph = coo_matrix((cost, (edges[:, 0], edges[:, 1])), shape=(nodes, nodes)).tocsr()
    print('coarse graph', nodes, 'nodes', graph.nnz, 'edges')
    # Landmarks by farthest-point selection over the water joined to the open Atlantic.
    start = node_of_point(grid, k, first, across, labels_cache, -30.0, 30.0)
    joined = np.isfinite(dijkstra(graph, indices=start, directed=True))
    chosen, distances, least = [], [], np.zeros(nodes)
    current = start
    for count in range(LANDMARKS + 1):
        d = dijkstra(graph, indices=current, directed=True)
        if count > 0:  # the first search only finds a far point to start from
            chosen.append(current)
            distances.append(d)
            least = np.minimum(least, d)
        else:
            least = d
        current = int(np.argmax(np.where(joined & np.isfinite(least), least, -1)))
    table = np.stack(distances, axis=1)  # (nodes, landmarks)
    km = np.where(np.isfinite(table), np.floor(table / 1000), UNREACHABLE)
    km = np.minimum(km, UNREACHABLE).astype('<u2')
    path = os.path.join(OUT, 'landmarks.bin')
    with open(path + '.tmp', 'wb') as f:
        f.write(b'MMLANDM1')
        f.write(struct.pack('<IIIII', across, (len(first) - 1) // across, nodes, len(chosen), crc))
        f.write(first.astype('<u4').tobytes())
        f.write(km.tobytes())
    os.replace(path + '.tmp', path)
    print('landmarks.bin', os.path.getsize(path), 'bytes,', len(chosen), 'landmarks')


def node_of_point(grid, k, first, across, cache, lon, lat):
    """The node of the cell holding (lon, lat), which must be water."""
    row, col = int((90 - lat) * k), int((lon + 180) * k) % grid.shape[1]
    by, bx = row // SIZE, col // SIZE
    key = (by, bx)
    if key not in cache:
        cache[key] = ndimage.label(grid[by * SIZE:(by + 1) * SIZE, bx * SIZE:(bx + 1) * SIZE])[0]
    label = cache[key][row % SIZE, col % SIZE]
    assert label > 0, f'({lon}, {lat}) is not open water'
    return int(first[by * across + bx] + label - 1)


if __name__ == '__main__':
    main()
