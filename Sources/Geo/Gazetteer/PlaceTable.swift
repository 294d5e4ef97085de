/// The places of a ``Gazetteer``, read in place from the gazetteer file (``GazetteerFile``):
/// fixed-size columns for what every search touches (kind, prominence, country, coordinate)
/// and deflated blocks of ``blockSize`` places for their strings, so no `String` exists until a
/// place is asked for (``place(at:)``).
///
/// A place's record in its block: a flags varint (country form << 3 | id form << 2 | short
/// form), the alias and code counts (varints), its id prefix number, then varint-length UTF-8
/// strings: the rest of its id (absent when it is ``slug(_:)`` of the name), the name, the short
/// name (absent when none; a byte range of the name when it lies in it), the aliases, the codes.
/// The id is prefix + rest + "-cc" (country form 1) or prefix + "cc-" + rest (country form 2),
/// `cc` the country in lower case.
struct PlaceTable: Sendable, Equatable {
    static let blockSize = 32

    let count: Int
    /// Id prefixes ("city:", "icao:"…) and country codes, by number.
    let idPrefixes: [String]
    let countryNames: [String]
    /// Per block: its raw size (varint) and zlib stream, at `blockStarts[b]..<blockStarts[b + 1]`.
    let blockStarts: Column<UInt32>
    let blockText: Column<UInt8>
    let kinds: Column<UInt8>
    /// Prominence of every place, 0…100 (``Place/prominence``).
    let prominences: Column<UInt8>
    /// Country number + 1 of every place (0 = none).
    let countries: Column<UInt8>
    /// Latitude, longitude per place, degrees.
    let coordinates: Degrees
    /// Places with an area (ascending), the range of each one's vertices, and the vertices.
    let areaPlaces: Column<UInt32>
    let areaStarts: Column<UInt32>
    let areaVertices: Column<Double>
    /// Every place, in the order of their ids' UTF-8 bytes (``idWidth(count:)`` bits each).
    let idOrder: PackedColumn

    /// Bits of a place number in ``idOrder``.
    static func idWidth(count: Int) -> Int { count <= 1 ? 1 : Int.bitWidth - (count - 1).leadingZeroBitCount }

    /// Coordinates stored as hundred-thousandths of a degree (about 1 m): per place 51 bits,
    /// latitude + 9,000,000 in the low 25, longitude + 18,000,000 in the next 26; read as
    /// degrees. A gazetteer built in memory from finer coordinates keeps them as `Float64` too.
    struct Degrees: Sendable, Equatable {
        static let latitudeBits = 25, longitudeBits = 26
        static let latitudeOffset = 9_000_000, longitudeOffset = 18_000_000
        static var width: Int { latitudeBits + longitudeBits }

        let raw: PackedColumn
        let exact: Column<Double>

        /// The packed value of a coordinate in hundred-thousandths, clamped to ±90°, ±180°.
        static func packed(latitude: Int, longitude: Int) -> UInt64 {
            let latitude = min(max(latitude, -latitudeOffset), latitudeOffset) + latitudeOffset
            let longitude = min(max(longitude, -longitudeOffset), longitudeOffset) + longitudeOffset
            return UInt64(latitude) | UInt64(longitude) << UInt64(latitudeBits)
        }

        func coordinate(_ place: Int) -> Coordinate {
            if !exact.isEmpty { return Coordinate(latitude: exact[2 * place], longitude: exact[2 * place + 1]) }
            let value = raw[place]
            let latitude = value & (1 << Self.latitudeBits - 1), longitude = value >> Self.latitudeBits
            return Coordinate(latitude: Double(latitude - Self.latitudeOffset) / 100_000,
                              longitude: Double(longitude - Self.longitudeOffset) / 100_000)
        }
    }

    /// The strings of one place.
    struct Strings: Equatable {
        var id = "", name = "", shortName: String?, aliases: [String] = [], codes: [String] = []
    }

    func kind(at place: Int) -> PlaceKind { PlaceKind.allCases[Int(kinds[place])] }

    func prominence(at place: Int) -> Int { Int(prominences[place]) }

    func coordinate(at place: Int) -> Coordinate {
        coordinates.coordinate(place)
    }

    func country(at place: Int) -> String? {
        let number = Int(countries[place])
        return number == 0 ? nil : countryNames[number - 1]
    }

    func name(at place: Int) -> String { strings(at: place).name }

    func shortName(at place: Int) -> String {
        let strings = strings(at: place)
        return strings.shortName ?? strings.name
    }

    func alias(at place: Int, _ item: Int) -> String {
        let aliases = strings(at: place).aliases
        return item < aliases.count ? aliases[item] : ""
    }

    func code(at place: Int, _ item: Int) -> String {
        let codes = strings(at: place).codes
        return item < codes.count ? codes[item] : ""
    }

    func id(at place: Int) -> String { strings(at: place).id }

    /// The place at `index`, its strings created now.
    func place(at index: Int) -> Place {
        let strings = strings(at: index)
        var area: [Coordinate]?
        let position = SortedSearch.lowerBound(areaPlaces, UInt32(index))
        if position < areaPlaces.count && Int(areaPlaces[position]) == index {
            area = (Int(areaStarts[position])..<Int(areaStarts[position + 1])).map {
                Coordinate(latitude: areaVertices[2 * $0], longitude: areaVertices[2 * $0 + 1])
            }
        }
        return Place(id: strings.id, name: strings.name, shortName: strings.shortName ?? strings.name, kind: kind(at: index),
                     coordinate: coordinate(at: index), country: country(at: index), aliases: strings.aliases,
                     codes: strings.codes, area: area, prominence: prominence(at: index))
    }

    /// The strings of `place`, inflated from its block (a few microseconds); empty strings if
    /// the block is damaged (the file's checksums make that a writer bug, caught by the tests).
    func strings(at place: Int) -> Strings {
        let block = place / Self.blockSize
        guard place >= 0, place < count, block + 1 < blockStarts.count else { return Strings() }
        var position = Int(blockStarts[block])
        let size = blockText.varint(at: &position)
        guard size <= 1 << 24, let bytes = blockText.inflated(position, Int(blockStarts[block + 1]), capacity: size) else {
            return Strings()
        }
        var reader = RecordReader(bytes: bytes)
        for _ in 0..<place % Self.blockSize { _ = reader.record(country: nil, prefixes: idPrefixes) }
        return reader.record(country: country(at: place), prefixes: idPrefixes)
    }

    /// The first place whose id is `id`.
    /// - Complexity: a binary search over the ids, inflating a block per step (some 50 µs).
    func index(ofID id: String) -> Int? {
        let key = Array(id.utf8)
        var low = 0, high = idOrder.count
        while low < high {
            let middle = (low + high) / 2
            if Array(self.id(at: Int(idOrder[middle])).utf8).lexicographicallyPrecedes(key) { low = middle + 1 } else { high = middle }
        }
        guard low < idOrder.count, self.id(at: Int(idOrder[low])) == id else { return nil }
        return Int(idOrder[low])
    }

    /// The id's rest when it is the name lower-cased with every run of other characters made one
    /// `-` (an all-ASCII name only), else `""`.
    static func slug(_ name: String) -> String {
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else { return "" }
        var out: [UInt8] = []
        var pending = false
        for byte in name.utf8 {
            let lower = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
            if (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) {
                if pending && !out.isEmpty { out.append(0x2D) }
                pending = false
                out.append(lower)
            } else {
                pending = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
