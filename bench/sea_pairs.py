"""The voyages the sea router is measured on: name, [(lon, lat), ...] point waypoints.

A voyage with more than two stops is checked leg by leg through its given points (bench/sea_check.py).
"""
PAIRS = [
    ('Latakia → Tartus', [(35.77, 35.52), (35.87, 34.89)]),
    ('Baltiysk → Tartus', [(19.90, 54.65), (35.87, 34.89)]),
    ('Severomorsk → Tartus', [(33.42, 69.07), (35.87, 34.89)]),
    ('St Petersburg → Tartus', [(30.20, 59.93), (35.87, 34.89)]),
    ('Novorossiysk → Tartus', [(37.79, 44.72), (35.87, 34.89)]),
    ('Piraeus → Jeddah', [(23.63, 37.94), (39.17, 21.48)]),
    ('Port Said → Djibouti', [(32.31, 31.27), (43.14, 11.60)]),
    ('Murmansk → Vladivostok', [(33.08, 68.97), (131.88, 43.10)]),
    ('Shanghai → Los Angeles', [(121.50, 31.23), (-118.26, 33.73)]),
    ('Rotterdam → Singapore', [(4.05, 51.95), (103.84, 1.26)]),
    ('New York → Rotterdam', [(-74.03, 40.60), (4.05, 51.95)]),
    ('Yokohama → Sydney', [(139.66, 35.44), (151.28, -33.84)]),
    ('Santos → Cape Town', [(-46.30, -23.98), (18.43, -33.90)]),
    ('Mumbai → Jebel Ali', [(72.83, 18.93), (55.06, 25.01)]),
    ('Kingston → Callao', [(-76.80, 17.96), (-77.15, -12.05)]),
    # The seed voyage with via areas. movemap passes a sea or strait when its route goes through the
    # area's polygon; the check goes through one given point in each instead, routing leg by leg and
    # summing, so it can only come out longer. Norwegian Sea: 8.0°E 65.0°N, on the open-sea run from
    # off the Lofoten to Stad that a way down the Norwegian coast takes (3.0°E 67.0°N, far out in the
    # sea's middle, gives 9239.7 km, 173 km more). English Channel: the Strait of Dover, 1.45°E 51.0°N.
    ('Severomorsk → Norwegian Sea → English Channel → Tartus',
     [(33.42, 69.07), (8.0, 65.0), (1.45, 51.0), (35.87, 34.89)]),
]

# Search windows (west, south, east, north; east may pass 180°) where searoute's path box plus 6°
# would not hold the shortest water path: searoute takes Murmansk → Vladivostok through Suez, the
# shortest water path on the shoreline is the Northern Sea Route and the Bering Strait.
WINDOWS = {
    'Murmansk → Vladivostok': (20, 30, 200, 86),
}
