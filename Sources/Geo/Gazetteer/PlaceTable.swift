/// The places of a ``Gazetteer`` as flat arrays: one UTF-8 string pool and fixed-size
/// records, so that loading copies a few buffers and no `String` exists until a place is
/// asked for (``place(at:)``).
///
/// Per place the pool holds, in order: id, name, short name (empty = name), country
/// (empty = none), its aliases, its codes. A record is five `UInt32`s: first string, alias
/// count | code count << 16, kind (``PlaceKind/storageCode``), first area vertex, vertex count.
struct PlaceTable: Sendable, Equatable {
    static let recordStride = 5

    var strings: [UInt8] = []
    /// Byte offset of every string in `strings`, plus one past the last.
    var stringOffsets: [UInt32] = [0]
    var records: [UInt32] = []
    /// Latitude, longitude per place, degrees.
    var coordinates: [Double] = []
    /// Latitude, longitude per area vertex, degrees.
    var areaVertices: [Double] = []
    /// Prominence of every place, 0…100 (``Place/prominence``).
    var prominence: [UInt8] = []
    /// Hashes of the ids (``NameKey/hash(_:)``), ascending, with the place each belongs to.
    var idHashes: [UInt64] = []
    var idPlaces: [UInt32] = []

    var count: Int { records.count / Self.recordStride }

    init() {}

    /// A table holding `places` in order.
    init(places: [Place]) {
        records.reserveCapacity(places.count * Self.recordStride)
        coordinates.reserveCapacity(places.count * 2)
        var ids: [(hash: UInt64, place: UInt32)] = []
        ids.reserveCapacity(places.count)
        for (index, place) in places.enumerated() {
            let first = UInt32(stringOffsets.count - 1)
            append(place.id)
            append(place.name)
            append(place.shortName == place.name ? "" : place.shortName)
            append(place.country ?? "")
            place.aliases.forEach { append($0) }
            place.codes.forEach { append($0) }
            let area = place.area ?? []
            records += [first, UInt32(place.aliases.count) | UInt32(place.codes.count) << 16,
                        UInt32(place.kind.storageCode), UInt32(areaVertices.count / 2), UInt32(area.count)]
            coordinates += [place.coordinate.latitude, place.coordinate.longitude]
            prominence.append(UInt8(clamping: place.prominence))
            for vertex in area { areaVertices += [vertex.latitude, vertex.longitude] }
            ids.append((NameKey.hash(Array(place.id.utf8)), UInt32(index)))
        }
        ids.sort { $0.hash != $1.hash ? $0.hash < $1.hash : $0.place < $1.place }
        idHashes = ids.map(\.hash)
        idPlaces = ids.map(\.place)
    }

    private mutating func append(_ text: String) {
        strings.append(contentsOf: text.utf8)
        stringOffsets.append(UInt32(strings.count))
    }

    /// String number `index` of the pool.
    func string(_ index: Int) -> String {
        let start = Int(stringOffsets[index]), end = Int(stringOffsets[index + 1])
        return strings.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
    }

    private func stringIsEmpty(_ index: Int) -> Bool { stringOffsets[index] == stringOffsets[index + 1] }

    private func record(_ place: Int, _ field: Int) -> Int { Int(records[place * Self.recordStride + field]) }

    func kind(at place: Int) -> PlaceKind { PlaceKind.allCases[record(place, 2)] }

    func prominence(at place: Int) -> Int { Int(prominence[place]) }

    func coordinate(at place: Int) -> Coordinate {
        Coordinate(latitude: coordinates[2 * place], longitude: coordinates[2 * place + 1])
    }

    func aliasCount(at place: Int) -> Int { record(place, 1) & 0xFFFF }

    func name(at place: Int) -> String { string(record(place, 0) + 1) }

    func shortName(at place: Int) -> String {
        let index = record(place, 0) + 2
        return stringIsEmpty(index) ? name(at: place) : string(index)
    }

    func country(at place: Int) -> String? {
        let index = record(place, 0) + 3
        return stringIsEmpty(index) ? nil : string(index)
    }

    func alias(at place: Int, _ item: Int) -> String { string(record(place, 0) + 4 + item) }

    func code(at place: Int, _ item: Int) -> String { string(record(place, 0) + 4 + aliasCount(at: place) + item) }

    /// The place at `index`, its strings created now.
    func place(at index: Int) -> Place {
        let first = record(index, 0), counts = record(index, 1)
        let aliases = counts & 0xFFFF, codes = counts >> 16
        let areaStart = record(index, 3), areaCount = record(index, 4)
        let area: [Coordinate]? = areaCount == 0 ? nil : (areaStart..<areaStart + areaCount).map {
            Coordinate(latitude: areaVertices[2 * $0], longitude: areaVertices[2 * $0 + 1])
        }
        return Place(id: string(first), name: name(at: index), shortName: shortName(at: index), kind: kind(at: index),
                     coordinate: Coordinate(latitude: coordinates[2 * index], longitude: coordinates[2 * index + 1]),
                     country: country(at: index),
                     aliases: (0..<aliases).map { string(first + 4 + $0) },
                     codes: (0..<codes).map { string(first + 4 + aliases + $0) }, area: area,
                     prominence: prominence(at: index))
    }

    /// The first place whose id is `id`.
    /// - Complexity: a binary search over the id hashes, then a byte comparison.
    func index(ofID id: String) -> Int? {
        let key = Array(id.utf8)
        let hash = NameKey.hash(key)
        var position = SortedSearch.lowerBound(idHashes, hash)
        while position < idHashes.count && idHashes[position] == hash {
            let place = Int(idPlaces[position])
            let string = record(place, 0)
            if strings[Int(stringOffsets[string])..<Int(stringOffsets[string + 1])].elementsEqual(key) { return place }
            position += 1
        }
        return nil
    }
}

/// Binary search over ascending arrays.
enum SortedSearch {
    /// The first position whose element is not less than `value`.
    static func lowerBound<T: Comparable>(_ array: [T], _ value: T) -> Int {
        var low = 0, high = array.count
        while low < high {
            let middle = (low + high) / 2
            if array[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
