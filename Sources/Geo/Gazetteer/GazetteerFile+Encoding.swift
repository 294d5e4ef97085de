import Foundation

extension GazetteerFile {
    /// The gazetteer file of `places`, byte for byte what `scripts/gazetteer_binary.py` writes
    /// for the same rows (the tests compare the two); how a gazetteer built in memory is stored.
    static func encode(_ places: [Place]) -> [UInt8] {
        var sections = [[UInt8]](repeating: [], count: Section.allCases.count)
        func put<T>(_ section: Section, _ values: [T]) {
            sections[section.rawValue] = values.withUnsafeBytes { Array($0) }
        }
        let prefixes = Set(places.compactMap { place in place.id.firstIndex(of: ":").map { String(place.id[...$0]) } } + [""])
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let countryNames = Set(places.compactMap { $0.country?.isEmpty == false ? $0.country : nil })
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        precondition(countryNames.count <= 255, "a gazetteer file holds at most 255 countries")
        let countryNumbers = Dictionary(uniqueKeysWithValues: countryNames.enumerated().map { ($1, UInt8($0 + 1)) })
        put(.idPrefixes, textList(prefixes))
        put(.countryNames, textList(countryNames))
        var blockStarts: [UInt32] = [0], blockText: [UInt8] = [], block: [UInt8] = []
        var areaPlaces: [UInt32] = [], areaStarts: [UInt32] = [0], areaVertices: [Double] = []
        var coordinates: [UInt64] = [], inexact = false
        for (number, place) in places.enumerated() {
            appendRecord(place, prefixes: prefixes, to: &block)
            if number % PlaceTable.blockSize == PlaceTable.blockSize - 1 || number == places.count - 1 {
                appendVarint(block.count, to: &blockText)
                blockText += Zlib.deflate(block)
                blockStarts.append(UInt32(blockText.count))
                block = []
            }
            let latitude = (place.coordinate.latitude * 100_000).rounded(.toNearestOrEven)
            let longitude = (place.coordinate.longitude * 100_000).rounded(.toNearestOrEven)
            let fits = abs(latitude) <= 9_000_000 && abs(longitude) <= 18_000_000
            let packed = fits ? PlaceTable.Degrees.packed(latitude: Int(latitude), longitude: Int(longitude)) : 0
            coordinates.append(packed)
            if !fits || latitude / 100_000 != place.coordinate.latitude || longitude / 100_000 != place.coordinate.longitude {
                inexact = true
            }
            if let area = place.area, !area.isEmpty {
                areaPlaces.append(UInt32(number))
                for vertex in area { areaVertices += [vertex.latitude, vertex.longitude] }
                areaStarts.append(UInt32(areaVertices.count / 2))
            }
        }
        put(.placeBlocks, blockStarts)
        put(.placeText, blockText)
        put(.kinds, places.map { UInt8($0.kind.storageCode) })
        put(.prominence, places.map { UInt8(clamping: $0.prominence) })
        put(.countries, places.map { $0.country.flatMap { countryNumbers[$0] } ?? 0 })
        sections[Section.coordinates.rawValue] = bitPack(coordinates, width: PlaceTable.Degrees.width)
        if inexact { put(.exactCoordinates, places.flatMap { [$0.coordinate.latitude, $0.coordinate.longitude] }) }
        put(.areaPlaces, areaPlaces)
        put(.areaStarts, areaStarts)
        put(.areaVertices, areaVertices)
        let ids = places.map { Array($0.id.utf8) }
        let idOrder = places.indices.sorted { ids[$0] != ids[$1] ? ids[$0].lexicographicallyPrecedes(ids[$1]) : $0 < $1 }
        sections[Section.idOrder.rawValue] = bitPack(idOrder.map(UInt64.init), width: PlaceTable.idWidth(count: places.count))
        encodeIndex(places, into: &sections)
        return file(placeCount: places.count, sections)
    }

    /// Header and sections, each at a multiple of 8 (see the type's layout).
    private static func file(placeCount: Int, _ sections: [[UInt8]]) -> [UInt8] {
        var header: [UInt8] = magic, body: [UInt8] = []
        func word(_ value: Int) { header += withUnsafeBytes(of: UInt32(value).littleEndian) { Array($0) } }
        word(Int(version))
        word(sections.count)
        word(placeCount)
        var offset = headerSize
        for section in sections {
            let padding = (8 - offset % 8) % 8
            body += [UInt8](repeating: 0, count: padding)
            offset += padding
            word(offset)
            word(section.count)
            word(Int(Zlib.crc32(section)))
            body += section
            offset += section.count
        }
        word(Int(Zlib.crc32(header)))
        return header + body
    }

    /// `values` of `width` bits each as one little-endian bit stream (see ``PackedColumn``).
    static func bitPack(_ values: [UInt64], width: Int) -> [UInt8] {
        var writer = BitWriter(capacity: PackedColumn.byteCount(count: values.count, width: width))
        for value in values { writer.put(value, width) }
        return writer.finish()
    }

    /// The folded-key, skeleton and trigram sections of `places`.
    private static func encodeIndex(_ places: [Place], into sections: inout [[UInt8]]) {
        var codes: [(hash: UInt64, value: UInt32)] = []
        var entries: [[UInt8]: [UInt32]] = [:]
        var key: [UInt8] = [], skeleton: [UInt8] = []
        func add(_ text: String, place: Int, field: NameIndex.Field, item: Int) {
            NameKey.fold(text, into: &key)
            guard !key.isEmpty, item < maximumItems else { return }
            let value = NameIndex.Entry(place: Int32(place), field: field, item: UInt16(item)).value
            if field == .code {
                codes.append((NameKey.hash(key), value))
                return
            }
            NameKey.skeleton(folded: key, into: &skeleton)
            entries[skeleton, default: []].append(value)
        }
        for (number, place) in places.enumerated() {
            add(place.name, place: number, field: .name, item: 0)
            if place.shortName != place.name && !place.shortName.isEmpty { add(place.shortName, place: number, field: .shortName, item: 0) }
            for (item, alias) in place.aliases.enumerated() { add(alias, place: number, field: .alias, item: item) }
            for (item, code) in place.codes.enumerated() { add(code, place: number, field: .code, item: item) }
        }
        var lists = [[UInt32]](repeating: [], count: codes.count / 4 + 1)
        for code in codes { lists[Int(code.hash % UInt64(lists.count))].append(code.value) }
        var codeBuckets: [UInt32] = [0], codeEntries: [UInt32] = []
        for list in lists {
            codeEntries += list.sorted()
            codeBuckets.append(UInt32(codeEntries.count))
        }
        let skeletons = entries.keys.sorted { $0.lexicographicallyPrecedes($1) }
        var groups: [UInt32] = [], records: [UInt8] = []
        var previous: [UInt8] = []
        for (number, skeleton) in skeletons.enumerated() {
            if number % NameIndex.keyGroup == 0 {
                groups.append(UInt32(records.count))
                previous = []
            }
            var shared = 0
            while shared < min(skeleton.count, previous.count) && skeleton[shared] == previous[shared] { shared += 1 }
            appendVarint(shared, to: &records)
            appendVarint(skeleton.count - shared, to: &records)
            records += skeleton[shared...]
            let values = entries[skeleton]!
            appendVarint(Int(values[0]) << 1 | (values.count > 1 ? 1 : 0), to: &records)
            if values.count > 1 {
                appendVarint(values.count - 1, to: &records)
                for (before, value) in zip(values, values.dropFirst()) { appendVarint(Int(value - before), to: &records) }
            }
            previous = skeleton
        }
        groups.append(UInt32(records.count))
        let trigrams = TrigramIndex.encode(keys: skeletons)
        func put(_ section: Section, _ values: [UInt32]) { sections[section.rawValue] = values.withUnsafeBytes { Array($0) } }
        put(.codeBuckets, codeBuckets)
        put(.codeEntries, codeEntries)
        put(.skeletonGroups, groups)
        sections[Section.skeletonRecords.rawValue] = records
        put(.trigramOffsets, trigrams.offsets)
        sections[Section.trigramPostings.rawValue] = trigrams.postings
    }

    /// Aliases or codes of a place that the index can name (an entry keeps six bits for the item).
    static let maximumItems = 64

    /// One place's record (see ``PlaceTable``).
    private static func appendRecord(_ place: Place, prefixes: [String], to out: inout [UInt8]) {
        let name = Array(place.name.utf8)
        let short = place.shortName == place.name ? [] : Array(place.shortName.utf8)
        let id = place.id
        var prefix = "", rest = Array(id.utf8)
        if let colon = id.firstIndex(of: ":") {
            prefix = String(id[...colon])
            rest = Array(id[id.index(after: colon)...].utf8)
        }
        var countryForm = 0
        let country = Array((place.country ?? "").lowercased().utf8)
        if !country.isEmpty && rest.count > country.count + 1 {
            if rest.suffix(country.count + 1).elementsEqual([0x2D] + country) {
                rest.removeLast(country.count + 1)
                countryForm = 1
            } else if rest.prefix(country.count + 1).elementsEqual(country + [0x2D]) {
                rest.removeFirst(country.count + 1)
                countryForm = 2
            }
        }
        let idForm = !rest.isEmpty && Array(PlaceTable.slug(place.name).utf8) == rest ? 1 : 0
        let shortStart = short.isEmpty ? nil : firstRange(of: short, in: name)
        let shortForm = short.isEmpty ? 0 : shortStart != nil ? 1 : 2
        appendVarint(countryForm << 3 | idForm << 2 | shortForm, to: &out)
        appendVarint(place.aliases.count, to: &out)
        appendVarint(place.codes.count, to: &out)
        out.append(UInt8(prefixes.firstIndex(of: prefix) ?? 0))
        func text(_ bytes: [UInt8]) {
            appendVarint(bytes.count, to: &out)
            out += bytes
        }
        if idForm == 0 { text(rest) }
        text(name)
        if let shortStart {
            appendVarint(shortStart, to: &out)
            appendVarint(short.count, to: &out)
        } else if shortForm == 2 {
            text(short)
        }
        for value in place.aliases + place.codes { text(Array(value.utf8)) }
    }

    /// Where `needle` first occurs in `haystack` (byte offset), if it does.
    private static func firstRange(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        return (0...(haystack.count - needle.count)).first { haystack[$0..<$0 + needle.count].elementsEqual(needle) }
    }

    private static func textList(_ values: [String]) -> [UInt8] {
        var out: [UInt8] = []
        for value in values {
            appendVarint(value.utf8.count, to: &out)
            out += value.utf8
        }
        return out
    }

    /// Appends `value` as an LEB128 varint (7 bits a byte, low first).
    static func appendVarint(_ value: Int, to out: inout [UInt8]) {
        var value = UInt(value)
        while value >= 0x80 {
            out.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        out.append(UInt8(value))
    }
}
