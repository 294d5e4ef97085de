"""Writes places.bin, the binary gazetteer movemap loads (see Sources/Geo/Gazetteer/GazetteerFile.swift).

The folded and skeleton keys, the codes' hashes and the trigram postings are computed here with a
port of Sources/Geo/Gazetteer/NameKey.swift, SkeletonRules.swift and TrigramIndex.swift; the
Swift test `GazetteerFileTests` rebuilds the index from the loaded places and checks that every
array is identical, so the two cannot drift apart unnoticed.
"""
import re
import struct
import zlib
import unicodedata
from array import array

MASK = (1 << 64) - 1
KINDS = ["air_base", "naval_base", "airport", "port", "city", "region", "country", "sea", "strait", "canal",
         "cape", "island", "peninsula", "road"]
VERSION = 4
PLACE_BLOCK = 32   # places per compressed text block
KEY_GROUP = 16     # skeleton keys per front-coded group
LAT_BITS, LON_BITS = 25, 26   # a coordinate: 10⁻⁵ degrees + offset, latitude in the low bits
LAT_OFFSET, LON_OFFSET = 9_000_000, 18_000_000
MAX_ITEMS = 64     # aliases or codes of a place that the index can name
FIELDS = {"name": 0, "short": 1, "alias": 2, "code": 3}
FOLD_SYNONYMS = {b"saint": b"st", b"sankt": b"st", b"sint": b"st", b"sainte": b"ste", b"straits": b"strait",
                 b"mount": b"mt", b"fort": b"ft"}
DROPPED = {b"al", b"el", b"as", b"ad", b"ar", b"ash", b"at", b"az", b"an", b"ul", b"ed", b"es", b"the", b"of",
           b"la", b"le", b"l", b"d"}
SKELETON_SYNONYMS = {b"str": b"strait", b"canale": b"canal", b"kanal": b"canal"}
APOSTROPHES = {0x2019, 0x2018, 0x02BC, 0x02BB, 0x02BF, 0x02BE, 0x00B4}
GRAM_COUNT = 40 ** 3


def _fold_table():
    table = {0x00D8: "o", 0x00F8: "o", 0x00DF: "ss", 0x1E9E: "ss", 0x00C6: "ae", 0x00E6: "ae",
             0x0152: "oe", 0x0153: "oe", 0x0141: "l", 0x0142: "l", 0x0110: "d", 0x0111: "d",
             0x00D0: "d", 0x00F0: "d", 0x00DE: "th", 0x00FE: "th", 0x0131: "i", 0x0126: "h", 0x0127: "h",
             0x0166: "t", 0x0167: "t", 0x013F: "l", 0x0140: "l", 0x014A: "n", 0x014B: "n"}
    for low, high in ((0x00C0, 0x024F), (0x1E00, 0x1EFF)):
        for value in range(low, high + 1):
            if value in table:
                continue
            ascii_letters = "".join(c for c in unicodedata.normalize("NFD", chr(value)) if c.isascii() and c.isalpha())
            if ascii_letters:
                table[value] = ascii_letters.lower()
    return table


FOLD_TABLE = _fold_table()


def _is_alphabetic(ch):
    return ch.isalpha() or unicodedata.category(ch) in ("Nl",) or unicodedata.numeric(ch, None) is not None


def fold(text):
    """NameKey.fold: lower-case ASCII key, diacritics removed, punctuation runs → one space."""
    out = bytearray()
    pending = False

    def emit(data):
        nonlocal pending
        if pending and out:
            out.append(0x20)
        pending = False
        out.extend(data)
    for ch in text:
        value = ord(ch)
        if value < 0x80:
            if 0x61 <= value <= 0x7A or 0x30 <= value <= 0x39:
                emit(bytes([value]))
            elif 0x41 <= value <= 0x5A:
                emit(bytes([value + 0x20]))
            elif value in (0x27, 0x60):
                continue
            else:
                pending = True
        elif value in FOLD_TABLE:
            emit(FOLD_TABLE[value].encode())
        elif 0x0300 <= value <= 0x036F or value in APOSTROPHES or unicodedata.category(ch) in ("Mn", "Mc", "Cf"):
            continue   # combining marks (accents, vowel signs, harakat) and format characters
        elif _is_alphabetic(ch):
            emit(ch.lower().encode())
        else:
            pending = True
    tokens = bytes(out).split(b" ") if out else []
    if any(t in FOLD_SYNONYMS for t in tokens):
        return b" ".join(FOLD_SYNONYMS.get(t, t) for t in tokens)
    return bytes(out)


def skeleton(folded):
    """NameKey.skeleton + SkeletonRules.apply."""
    tokens = [t for t in folded.split(b" ") if t]
    kept_any = any(not (len(t) <= 3 and t in DROPPED) for t in tokens)
    joined = b"".join(SKELETON_SYNONYMS.get(t, t) for t in tokens if not (kept_any and len(t) <= 3 and t in DROPPED))
    digraphs = {(ord("k"), ord("h")): ord("h"), (ord("g"), ord("h")): ord("g"), (ord("p"), ord("h")): ord("f"),
                (ord("c"), ord("k")): ord("k"), (ord("o"), ord("u")): ord("u"), (ord("o"), ord("o")): ord("u"),
                (ord("e"), ord("j")): ord("e")}
    singles = {ord("y"): ord("i"), ord("q"): ord("k"), ord("w"): ord("v")}
    first = bytearray()
    i = 0
    while i < len(joined):
        byte = joined[i]
        nxt = joined[i + 1] if i + 1 < len(joined) else 0
        if (byte, nxt) in digraphs:
            first.append(digraphs[(byte, nxt)])
            i += 2
        else:
            first.append(singles.get(byte, byte))
            i += 1
    second = bytearray()
    i = 0
    while i < len(first):
        byte = first[i]
        nxt = first[i + 1] if i + 1 < len(first) else 0
        step = 2 if (byte == ord("e") and nxt == ord("i")) or (byte == ord("i") and nxt == ord("j")) else 1
        if not (0x61 <= byte <= 0x7A and second and second[-1] == byte):
            second.append(byte)
        i += step
    return bytes(second)


def key_hash(data):
    """NameKey.hash: FNV-1a 64, then the SplitMix64 finaliser."""
    value = 0xcbf29ce484222325
    for byte in data:
        value = ((value ^ byte) * 0x100000001B3) & MASK
    value ^= value >> 30
    value = (value * 0xbf58476d1ce4e5b9) & MASK
    value ^= value >> 27
    value = (value * 0x94d049bb133111eb) & MASK
    return value ^ (value >> 31)


def grams(key):
    """TrigramIndex.grams: distinct trigram codes of ^key$, in order of appearance."""
    length = len(key) + 2
    if length < 3:
        return []

    def code(position):
        if position == 0:
            return 37
        if position == length - 1:
            return 38
        byte = key[position - 1]
        if 0x61 <= byte <= 0x7A:
            return byte - 0x60
        if 0x30 <= byte <= 0x39:
            return byte - 0x30 + 27
        return 39
    result = []
    a, b = code(0), code(1)
    for position in range(2, length):
        c = code(position)
        gram = (a * 40 + b) * 40 + c
        if gram not in result:
            result.append(gram)
        a, b = b, c
    return result


def varint(value, out):
    """Appends `value` as an LEB128 varint (7 bits a byte, low first)."""
    while value >= 0x80:
        out.append(value & 0x7F | 0x80)
        value >>= 7
    out.append(value)


def slug(name):
    """PlaceTable.slug: an all-ASCII name lower-cased, runs of other characters → '-', trimmed."""
    if not name.isascii():
        return ""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def entry_value(place, field, item):
    """An index entry as one UInt32: place << 8 | field << 6 | item (item < 64)."""
    return place << 8 | FIELDS[field] << 6 | item


def text_list(values):
    """Strings as varint-length UTF-8, one after another."""
    out = bytearray()
    for value in values:
        data = value.encode("utf-8")
        varint(len(data), out)
        out.extend(data)
    return bytes(out)


def place_record(p, prefixes, out):
    """Appends the strings of one place (see PlaceTable): header, id, name, short name, aliases, codes."""
    name, short, country = p["name"], p["short"] if p["short"] != p["name"] else "", p["country"] or ""
    head, colon, tail = p["id"].partition(":")
    prefix, rest = (head + colon, tail) if colon else ("", p["id"])
    country_form = 0
    lower = country.lower()
    tail = len(lower.encode("utf-8")) + 1
    if lower and len(rest.encode("utf-8")) > tail:
        if rest.endswith("-" + lower):
            rest, country_form = rest[:-len(lower) - 1], 1
        elif rest.startswith(lower + "-"):
            rest, country_form = rest[len(lower) + 1:], 2
    id_form = 1 if rest and slug(name) == rest else 0
    name_bytes, short_bytes = name.encode("utf-8"), short.encode("utf-8")
    short_form = 0 if not short else 1 if short_bytes in name_bytes else 2
    varint(country_form << 3 | id_form << 2 | short_form, out)
    varint(len(p["aliases"]), out)
    varint(len(p["codes"]), out)
    out.append(prefixes.index(prefix))

    def text(value):
        data = value.encode("utf-8")
        varint(len(data), out)
        out.extend(data)
    if id_form == 0:
        text(rest)
    text(name)
    if short_form == 1:
        varint(name_bytes.index(short_bytes), out)
        varint(len(short_bytes), out)
    elif short_form == 2:
        text(short)
    for value in [*p["aliases"], *p["codes"]]:
        text(value)


class BitWriter:
    """Values of a few bits each as one little-endian bit stream: bit b is bit b % 8 of byte b / 8."""

    def __init__(self, out):
        self.out, self.acc, self.filled = out, 0, 0

    def put(self, bits, count):
        self.acc |= bits << self.filled
        self.filled += count
        while self.filled >= 8:
            self.out.append(self.acc & 0xFF)
            self.acc >>= 8
            self.filled -= 8

    def finish(self, padding=0):
        """Writes the last byte, its unused bits set to `padding`'s."""
        if self.filled:
            self.out.append((self.acc | (padding << self.filled)) & 0xFF)
        self.acc = self.filled = 0


def bit_pack(values, width):
    """Unsigned `values` of `width` bits each as one little-endian bit stream: value i at bits
    i·width ..< (i+1)·width, bit b being bit b % 8 of byte b / 8."""
    out = bytearray()
    writer = BitWriter(out)
    for value in values:
        writer.put(value, width)
    writer.finish()
    return bytes(out)


def rice_list(keys, out):
    """Appends ascending `keys`: the first as a varint; when there are more, a byte k (the floor
    of log2 of their mean gap less one, 0 when that is 0), then per further key its gap less one
    as a Rice code: the quotient gap >> k in unary (that many one bits, then a zero), then the
    k low bits; bits least significant first, the last byte padded with one bits."""
    varint(keys[0], out)
    if len(keys) == 1:
        return
    gaps = [key - before - 1 for before, key in zip(keys, keys[1:])]
    k = max(0, (sum(gaps) // len(gaps)).bit_length() - 1)
    out.append(k)
    writer, mask = BitWriter(out), (1 << k) - 1
    for gap in gaps:
        q = gap >> k
        writer.put((1 << q) - 1, q + 1)   # q one bits, then a zero
        writer.put(gap & mask, k)
    writer.finish(padding=0xFF)


def write(places, path):
    """places: dicts with id, kind, name, short ('' = name), country, lat, lon, aliases, codes, area,
    prominence (0–100). Layout in Sources/Geo/Gazetteer/GazetteerFile.swift."""
    prefixes = sorted({p["id"].partition(":")[0] + ":" for p in places if ":" in p["id"]} | {""},
                      key=lambda c: c.encode("utf-8"))
    if len(prefixes) > 255:
        raise ValueError("more than 255 id prefixes")
    place_blocks, place_text = array("I", [0]), bytearray()
    kinds, prominence, countries = bytearray(), bytearray(), bytearray()
    country_names = sorted({p["country"] for p in places if p["country"]}, key=lambda c: c.encode("utf-8"))
    if len(country_names) > 255:
        raise ValueError("more than 255 countries")
    country_numbers = {c: n + 1 for n, c in enumerate(country_names)}
    coordinates = []
    area_places, area_starts, area_vertices = array("I"), array("I", [0]), array("d")
    code_entries = []
    skeleton_entries = {}   # skeleton bytes → [entry values], ascending

    def index(text, place, field, item):
        key = fold(text)
        if not key or item >= MAX_ITEMS:   # only a place's first 64 aliases and codes are indexed
            return
        value = entry_value(place, field, item)
        if field == "code":
            code_entries.append((key_hash(key), value))
            return
        skel = skeleton(key)
        if not skel:
            raise ValueError(f"{text!r} has a folded key but no skeleton")
        skeleton_entries.setdefault(skel, []).append(value)

    block = bytearray()
    for number, p in enumerate(places):
        country = p["country"] or ""
        place_record(p, prefixes, block)
        if number % PLACE_BLOCK == PLACE_BLOCK - 1 or number == len(places) - 1:
            varint(len(block), place_text)
            place_text.extend(zlib.compress(bytes(block), 9))
            place_blocks.append(len(place_text))
            block = bytearray()
        kinds.append(KINDS.index(p["kind"]))
        prominence.append(max(0, min(100, int(p["prominence"]))))
        countries.append(country_numbers[country] if country else 0)
        coordinates.append(round(p["lat"] * 100000) + LAT_OFFSET | (round(p["lon"] * 100000) + LON_OFFSET) << LAT_BITS)
        if p["area"]:
            area_places.append(number)
            for lon, lat in p["area"]:
                area_vertices.extend([lat, lon])
            area_starts.append(len(area_vertices) // 2)
        short = p["short"] if p["short"] and p["short"] != p["name"] else ""
        index(p["name"], number, "name", 0)
        if short:
            index(short, number, "short", 0)
        for item, alias in enumerate(p["aliases"]):
            index(alias, number, "alias", item)
        for item, code in enumerate(p["codes"]):
            index(code, number, "code", item)

    id_order = sorted(range(len(places)), key=lambda n: (places[n]["id"].encode("utf-8"), n))

    code_count = len(code_entries) // 4 + 1
    code_lists = [[] for _ in range(code_count)]
    for h, value in code_entries:
        code_lists[h % code_count].append(value)
    code_buckets, code_values = array("I", [0]), array("I")
    for values_in_bucket in code_lists:
        code_values.extend(sorted(values_in_bucket))
        code_buckets.append(len(code_values))

    skeleton_keys = sorted(skeleton_entries)
    skeleton_groups, skeleton_records = array("I"), bytearray()
    previous_key = b""
    for number, skel in enumerate(skeleton_keys):
        if number % KEY_GROUP == 0:
            skeleton_groups.append(len(skeleton_records))
            previous_key = b""
        shared = 0
        while shared < min(len(skel), len(previous_key)) and skel[shared] == previous_key[shared]:
            shared += 1
        varint(shared, skeleton_records)
        varint(len(skel) - shared, skeleton_records)
        skeleton_records.extend(skel[shared:])
        entries = skeleton_entries[skel]
        varint(entries[0] << 1 | (len(entries) > 1), skeleton_records)
        if len(entries) > 1:
            varint(len(entries) - 1, skeleton_records)
            for before, value in zip(entries, entries[1:]):
                varint(value - before, skeleton_records)
        previous_key = skel
    skeleton_groups.append(len(skeleton_records))

    postings_by_gram = [[] for _ in range(GRAM_COUNT)]
    for key_id, skel in enumerate(skeleton_keys):
        for gram in grams(skel):
            postings_by_gram[gram].append(key_id)
    trigram_offsets, postings = array("I", [0]), bytearray()
    posting_count = 0
    for gram_postings in postings_by_gram:
        if gram_postings:
            rice_list(gram_postings, postings)
        posting_count += len(gram_postings)
        trigram_offsets.append(len(postings))

    sections = [
        ("idPrefixes", text_list(prefixes)), ("countryNames", text_list(country_names)), ("placeBlocks", place_blocks), ("placeText", place_text),
        ("kinds", kinds), ("prominence", prominence), ("countries", countries),
        ("coordinates", bit_pack(coordinates, LAT_BITS + LON_BITS)), ("exactCoordinates", b""),
        ("areaPlaces", area_places), ("areaStarts", area_starts), ("areaVertices", area_vertices),
        ("idOrder", bit_pack(id_order, id_width(len(places)))),
        ("codeBuckets", code_buckets), ("codeEntries", code_values),
        ("skeletonGroups", skeleton_groups), ("skeletonRecords", skeleton_records),
        ("trigramOffsets", trigram_offsets), ("trigramPostings", postings)]
    blobs = [bytes(blob) if isinstance(blob, (bytes, bytearray)) else blob.tobytes() for _, blob in sections]
    data = encode(len(places), blobs)
    temporary = path.with_suffix(".bin.tmp")
    temporary.write_bytes(data)
    temporary.replace(path)
    sizes = {name: len(blob) for (name, _), blob in zip(sections, blobs)}
    return {"skeleton keys": len(skeleton_keys), "code entries": len(code_entries), "trigram postings": posting_count,
            "section bytes": sizes}


def id_width(count):
    """Bits of a place number in `idOrder`."""
    return max(1, (count - 1).bit_length())


def encode(place_count, blobs):
    """The file: header (magic, version, section count, place count), per section its offset, length and
    CRC-32, the header's own CRC-32, then the sections, each starting at a multiple of 8."""
    header_size = 16 + 12 * len(blobs) + 4
    offset = header_size
    table, body = [], bytearray()
    for blob in blobs:
        padding = (-offset) % 8
        body.extend(b"\0" * padding)
        offset += padding
        table.append((offset, len(blob), zlib.crc32(blob)))
        body.extend(blob)
        offset += len(blob)
    header = b"MVGZ" + struct.pack("<III", VERSION, len(blobs), place_count)
    header += b"".join(struct.pack("<III", *entry) for entry in table)
    header += struct.pack("<I", zlib.crc32(header))
    return header + bytes(body)
