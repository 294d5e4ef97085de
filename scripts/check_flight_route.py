#!/usr/bin/env python3
"""Independent check of the flight router's airspace avoidance.

Solves the Chkalovsky -> Hmeimim air bridge with UA TR GE AZ AM GR BG RO MD CY closed
from the same Resources/countries/ airspace rings, but by a different method: a full
visibility graph (every pair of convex corners, no bitangent pruning) in a gnomonic
projection (great circles are straight lines) with shapely intersection tests and
networkx Dijkstra, then measures the path with GeographicLib. Compare the printed
length with `.build/release/movemap-bench --air` (built by `make bench`; it prints the
router's `length_km`).

Usage: python3 scripts/check_flight_route.py [Resources/countries]
"""
import json, struct, math, sys, time
from shapely.geometry import Polygon, LineString, Point
from shapely.ops import unary_union
from shapely.prepared import prep
import networkx as nx
from geographiclib.geodesic import Geodesic
root = sys.argv[1] if len(sys.argv) > 1 else "Resources/countries"
d = json.load(open(root + '/countries.json'))
b = open(root + '/countries.bin', 'rb').read()
def ring(o, c): return [(struct.unpack_from('<ii', b, 8*i)[0]/1e6, struct.unpack_from('<ii', b, 8*i)[1]/1e6) for i in range(o, o+c)]
closed = set("UA TR GE AZ AM GR BG RO MD CY".split())
lat0, lon0 = math.radians(45), math.radians(40)
def gno(lon, lat):
    p, l = math.radians(lat), math.radians(lon)
    cosc = math.sin(lat0)*math.sin(p) + math.cos(lat0)*math.cos(p)*math.cos(l-lon0)
    return (math.cos(p)*math.sin(l-lon0)/cosc, (math.cos(lat0)*math.sin(p) - math.sin(lat0)*math.cos(p)*math.cos(l-lon0))/cosc)
def ungno(x, y):
    rho = math.hypot(x, y); c = math.atan(rho)
    if rho == 0: return math.degrees(lon0), math.degrees(lat0)
    lat = math.asin(math.cos(c)*math.sin(lat0) + y*math.sin(c)*math.cos(lat0)/rho)
    lon = lon0 + math.atan2(x*math.sin(c), rho*math.cos(lat0)*math.cos(c) - y*math.sin(lat0)*math.sin(c))
    return math.degrees(lon), math.degrees(lat)
polys = []
for c in d['countries']:
    if c['code'] in closed:
        for o, n, k in c['rings']:
            if k == 2: polys.append(Polygon([gno(*p) for p in ring(o, n)]))
union = unary_union(polys)
inner = prep(union.buffer(-1e-7))
nodes = []
for g in getattr(union, 'geoms', [union]):
    ext = g.exterior
    pts = list(ext.coords)[:-1]
    ccw = ext.is_ccw
    for i, p in enumerate(pts):
        a, c = pts[i-1], pts[(i+1) % len(pts)]
        cross = (p[0]-a[0])*(c[1]-p[1]) - (p[1]-a[1])*(c[0]-p[0])
        if (cross > 0) == ccw: nodes.append(p)
start = gno(38.062, 55.878); goal = gno(35.949, 35.401)
nodes = [start, goal] + nodes
print(len(nodes), 'nodes', file=sys.stderr)
G = nx.Graph(); t = time.time()
for i in range(len(nodes)):
    for j in range(i+1, len(nodes)):
        if not inner.intersects(LineString([nodes[i], nodes[j]])):
            G.add_edge(i, j, weight=math.dist(nodes[i], nodes[j]))
print('graph', time.time()-t, file=sys.stderr)
path = nx.shortest_path(G, 0, 1, weight='weight')
geo = [ungno(*nodes[i]) for i in path]
length = sum(Geodesic.WGS84.Inverse(a[1], a[0], b_[1], b_[0])['s12'] for a, b_ in zip(geo, geo[1:]))
print('length_km %.1f' % (length/1000)); print([(round(la, 3), round(lo, 3)) for lo, la in geo])
