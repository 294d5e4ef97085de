import Foundation

/// Reader for `places.bin`, the gazetteer file written by `scripts/build_gazetteer.py`.
///
/// Layout (little-endian): the magic `MVGZ`, a `UInt32` version (2), a `UInt32` section
/// count (19) and a reserved `UInt32`, then per section a `UInt32` byte offset and a `UInt32`
/// byte length. The sections are the arrays of ``PlaceTable`` and ``NameIndex`` in the order
/// of ``Section``; each is copied once into a Swift array (a `memcpy`), so loading creates
/// no `String` and hashes nothing. Coordinates are stored as `Int32` hundred-thousandths of a
/// degree (about 1 m).
enum GazetteerFile {
    static let magic: [UInt8] = Array("MVGZ".utf8)
    static let version: UInt32 = 2

    enum Section: Int, CaseIterable {
        case strings, stringOffsets, records, coordinates, areaVertices, idHashes, idPlaces
        case foldedHashes, foldedStarts, foldedEntries
        case skeletonHashes, skeletonSortedIDs, skeletonStarts, skeletonEntries, skeletonOffsets, skeletonBytes
        case trigramOffsets, trigramPostings, prominence
    }

    /// Decodes `data`; throws ``GeoError/resource(path:message:)`` naming `path` when the
    /// file is truncated, of another version, or inconsistent.
    static func read(_ data: Data, path: String) throws -> (PlaceTable, NameIndex) {
        func fail(_ message: String) -> GeoError {
            GeoError.resource(path: path, message: "\(message) — regenerate it with scripts/build_gazetteer.py")
        }
        return try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> (PlaceTable, NameIndex) in
            let sectionCount = Section.allCases.count
            guard raw.count >= 16 + 8 * sectionCount, raw.prefix(4).elementsEqual(magic) else {
                throw fail("not a movemap gazetteer file")
            }
            func word(_ offset: Int) -> Int { Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self))) }
            guard word(4) == Int(version), word(8) == sectionCount else {
                throw fail("gazetteer file version \(word(4)) with \(word(8)) sections, expected version \(version)")
            }
            func array<T: BitwiseCopyable>(_ section: Section, _ type: T.Type) throws -> [T] {
                let offset = word(16 + 8 * section.rawValue), length = word(20 + 8 * section.rawValue)
                let size = MemoryLayout<T>.stride
                guard offset + length <= raw.count, length % size == 0 else {
                    throw fail("section \(section) (\(length) bytes at \(offset)) lies outside the file")
                }
                return [T](unsafeUninitializedCapacity: length / size) { buffer, count in
                    UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[offset..<offset + length]))
                    count = length / size
                }
            }
            var table = PlaceTable()
            table.strings = try array(.strings, UInt8.self)
            table.stringOffsets = try array(.stringOffsets, UInt32.self)
            table.records = try array(.records, UInt32.self)
            table.coordinates = try array(.coordinates, Int32.self).map { Double($0) / 100_000 }
            table.areaVertices = try array(.areaVertices, Double.self)
            table.prominence = try array(.prominence, UInt8.self)
            table.idHashes = try array(.idHashes, UInt64.self)
            table.idPlaces = try array(.idPlaces, UInt32.self)
            var index = NameIndex()
            index.foldedHashes = try array(.foldedHashes, UInt64.self)
            index.foldedStarts = try array(.foldedStarts, UInt32.self)
            index.foldedEntries = try array(.foldedEntries, UInt32.self)
            index.skeletonHashes = try array(.skeletonHashes, UInt64.self)
            index.skeletonSortedIDs = try array(.skeletonSortedIDs, UInt32.self)
            index.skeletonStarts = try array(.skeletonStarts, UInt32.self)
            index.skeletonEntries = try array(.skeletonEntries, UInt32.self)
            index.skeletonOffsets = try array(.skeletonOffsets, UInt32.self)
            index.skeletonBytes = try array(.skeletonBytes, UInt8.self)
            index.trigrams = TrigramIndex(offsets: try array(.trigramOffsets, UInt32.self),
                                          postings: try array(.trigramPostings, UInt8.self))
            if let problem = inconsistency(table, index) { throw fail(problem) }
            return (table, index)
        }
    }

    /// The first broken cross-reference between the sections, if any (every index is
    /// checked once, so a damaged file fails here rather than trapping in a lookup).
    static func inconsistency(_ table: PlaceTable, _ index: NameIndex) -> String? {
        let places = table.count, strings = table.stringOffsets.count - 1
        if table.records.count % PlaceTable.recordStride != 0 { return "place records are cut short" }
        if table.coordinates.count != 2 * places { return "\(table.coordinates.count / 2) coordinates for \(places) places" }
        if table.prominence.count != places { return "\(table.prominence.count) prominence values for \(places) places" }
        if strings < 0 || table.stringOffsets.last.map(Int.init) != table.strings.count
            || zip(table.stringOffsets, table.stringOffsets.dropFirst()).contains(where: { $0 > $1 }) {
            return "string offsets do not cover the string pool"
        }
        for place in 0..<places {
            let record = place * PlaceTable.recordStride
            let first = Int(table.records[record]), counts = Int(table.records[record + 1])
            if first + 4 + (counts & 0xFFFF) + (counts >> 16) > strings { return "place \(place) refers past the string pool" }
            if Int(table.records[record + 2]) >= PlaceKind.allCases.count { return "place \(place) has an unknown kind" }
            if 2 * Int(table.records[record + 3] + table.records[record + 4]) > table.areaVertices.count {
                return "place \(place) refers past the area vertices"
            }
        }
        if table.idHashes.count != table.idPlaces.count || table.idPlaces.contains(where: { Int($0) >= places }) {
            return "the id table does not match the places"
        }
        func entriesValid(_ starts: [UInt32], _ entries: [UInt32]) -> Bool {
            guard starts.first == 0, starts.last.map({ 2 * Int($0) }) == entries.count,
                  zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 }) else { return false }
            return stride(from: 0, to: entries.count, by: 2).allSatisfy { Int(entries[$0]) < places && entries[$0 + 1] >> 16 < 4 }
        }
        if index.foldedStarts.count != index.foldedHashes.count + 1 || !entriesValid(index.foldedStarts, index.foldedEntries) {
            return "the folded-name table is inconsistent"
        }
        let skeletons = index.skeletonCount
        if index.skeletonStarts.count != skeletons + 1 || index.skeletonHashes.count != skeletons
            || index.skeletonSortedIDs.count != skeletons || index.skeletonSortedIDs.contains(where: { Int($0) >= skeletons })
            || !entriesValid(index.skeletonStarts, index.skeletonEntries)
            || index.skeletonOffsets.last.map(Int.init) != index.skeletonBytes.count {
            return "the skeleton table is inconsistent"
        }
        let trigrams = index.trigrams
        if trigrams.offsets.count != TrigramIndex.gramCount + 1 || trigrams.offsets.last.map(Int.init) != trigrams.postings.count
            || zip(trigrams.offsets, trigrams.offsets.dropFirst()).contains(where: { $0 > $1 })
            || trigrams.postings.last.map({ $0 >= 0x80 }) == true {
            return "the trigram index is inconsistent"
        }
        return nil
    }
}
