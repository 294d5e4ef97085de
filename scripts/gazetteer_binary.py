"""Writes places.bin, the binary gazetteer movemap loads (see Sources/Geo/Gazetteer/GazetteerFile.swift).

The folded and skeleton keys, their hashes and the trigram postings are computed here with a
port of Sources/Geo/Gazetteer/NameKey.swift, SkeletonRules.swift and TrigramIndex.swift; the
Swift test `GazetteerFileTests` rebuilds the index from the loaded places and checks that every
array is identical, so the two cannot drift apart unnoticed.
"""
import struct
import unicodedata
from array import array

MASK = (1 << 64) - 1
KINDS = ["air_base", "naval_base", "airport", "port", "city", "region", "country", "sea", "strait", "canal",
         "cape", "island", "peninsula", "road"]
VERSION = 2
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


def write(places, path):
    """places: dicts with id, kind, name, short ('' = name), country, lat, lon, aliases, codes, area,
    prominence (0–100)."""
    strings = bytearray()
    string_offsets = array("I", [0])
    records = array("I")
    coordinates = array("i")
    prominence = bytearray()
    area_vertices = array("d")
    ids = []
    folded = {}
    skeleton_ids = {}
    skeleton_lists = []
    skeleton_bytes = bytearray()
    skeleton_offsets = array("I", [0])

    def add_string(text):
        strings.extend(text.encode("utf-8"))
        string_offsets.append(len(strings))

    def index(text, place, field, item):
        key = fold(text)
        if not key:
            return
        entry = (place, FIELDS[field] << 16 | min(item, 0xFFFF))
        folded.setdefault(key_hash(key), []).append(entry)
        if field == "code":
            return
        skel = skeleton(key)
        if not skel:
            return
        h = key_hash(skel)
        if h not in skeleton_ids:
            skeleton_ids[h] = len(skeleton_lists)
            skeleton_lists.append([])
            skeleton_bytes.extend(skel)
            skeleton_offsets.append(len(skeleton_bytes))
        skeleton_lists[skeleton_ids[h]].append(entry)

    for number, p in enumerate(places):
        first = len(string_offsets) - 1
        short = p["short"] if p["short"] and p["short"] != p["name"] else ""
        for text in [p["id"], p["name"], short, p["country"] or "", *p["aliases"], *p["codes"]]:
            add_string(text)
        area = p["area"] or []
        records.extend([first, len(p["aliases"]) | len(p["codes"]) << 16, KINDS.index(p["kind"]),
                        len(area_vertices) // 2, len(area)])
        coordinates.extend([round(p["lat"] * 100000), round(p["lon"] * 100000)])
        prominence.append(max(0, min(100, int(p["prominence"]))))
        for lon, lat in area:
            area_vertices.extend([lat, lon])
        ids.append((key_hash(p["id"].encode("utf-8")), number))
        index(p["name"], number, "name", 0)
        if short:
            index(short, number, "short", 0)
        for item, alias in enumerate(p["aliases"]):
            index(alias, number, "alias", item)
        for item, code in enumerate(p["codes"]):
            index(code, number, "code", item)

    ids.sort()
    folded_hashes = sorted(folded)
    folded_starts, folded_entries = array("I", [0]), array("I")
    for h in folded_hashes:
        for entry in folded[h]:
            folded_entries.extend(entry)
        folded_starts.append(len(folded_entries) // 2)
    sorted_skeletons = sorted(skeleton_ids.items())
    skeleton_starts, skeleton_entries = array("I", [0]), array("I")
    for entries in skeleton_lists:
        for entry in entries:
            skeleton_entries.extend(entry)
        skeleton_starts.append(len(skeleton_entries) // 2)
    postings_by_gram = [[] for _ in range(GRAM_COUNT)]
    for key_id in range(len(skeleton_offsets) - 1):
        for gram in grams(skeleton_bytes[skeleton_offsets[key_id]:skeleton_offsets[key_id + 1]]):
            postings_by_gram[gram].append(key_id)
    trigram_offsets, postings = array("I", [0]), bytearray()
    posting_count = 0
    for gram_postings in postings_by_gram:
        previous = 0
        for key_id in gram_postings:   # LEB128 varints of the gaps between ascending key ids
            gap = key_id - previous
            previous = key_id
            while gap >= 0x80:
                postings.append(gap & 0x7F | 0x80)
                gap >>= 7
            postings.append(gap)
        posting_count += len(gram_postings)
        trigram_offsets.append(len(postings))

    sections = [bytes(strings), string_offsets, records, coordinates, area_vertices,
                array("Q", [h for h, _ in ids]), array("I", [n for _, n in ids]),
                array("Q", folded_hashes), folded_starts, folded_entries,
                array("Q", [h for h, _ in sorted_skeletons]), array("I", [i for _, i in sorted_skeletons]),
                skeleton_starts, skeleton_entries, skeleton_offsets, bytes(skeleton_bytes), trigram_offsets, bytes(postings),
                bytes(prominence)]
    blobs = [s if isinstance(s, bytes) else s.tobytes() for s in sections]
    header_size = 16 + 8 * len(blobs)
    offset = header_size
    table, body = [], bytearray()
    for blob in blobs:
        padding = (-offset) % 8
        body.extend(b"\0" * padding)
        offset += padding
        table.append((offset, len(blob)))
        body.extend(blob)
        offset += len(blob)
    header = b"MVGZ" + struct.pack("<III", VERSION, len(blobs), 0) + b"".join(struct.pack("<II", o, n) for o, n in table)
    temporary = path.with_suffix(".bin.tmp")
    temporary.write_bytes(header + bytes(body))
    temporary.replace(path)
    return {"folded keys": len(folded_hashes), "skeleton keys": len(skeleton_lists), "trigram postings": posting_count}
