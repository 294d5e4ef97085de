import Foundation
#if canImport(Glibc)
import Glibc
#endif

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
        try data.withUnsafeBytes { raw in
            try decode(size: raw.count, header: Array(raw.prefix(16 + 8 * Section.allCases.count)), path: path) { offset, destination in
                destination.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[offset..<offset + destination.count]))
                return true
            }
        }
    }

    /// Reads the file at `url` section by section straight into its arrays (one copy from the
    /// page cache, no intermediate buffer); errors as ``read(_:path:)``.
    static func read(fileAt url: URL) throws -> (PlaceTable, NameIndex) {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw GeoError.resource(path: url.path, message: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw GeoError.resource(path: url.path, message: String(cString: strerror(errno))) }
        func pread(_ offset: Int, _ destination: UnsafeMutableRawBufferPointer) -> Bool {
            var done = 0
            while done < destination.count {
                let got = Glibc.pread(descriptor, destination.baseAddress! + done, destination.count - done, off_t(offset + done))
                if got <= 0 { return false }
                done += got
            }
            return true
        }
        var header = [UInt8](repeating: 0, count: min(Int(status.st_size), 16 + 8 * Section.allCases.count))
        guard header.withUnsafeMutableBytes({ pread(0, $0) }) else {
            throw GeoError.resource(path: url.path, message: "cannot read the gazetteer — run scripts/build_gazetteer.py")
        }
        return try decode(size: Int(status.st_size), header: header, path: url.path, read: pread)
    }

    /// Decodes a gazetteer of `size` bytes whose first bytes are `header`, reading each section
    /// through `read(offset, destination)`.
    private static func decode(size: Int, header: [UInt8], path: String,
                               read: (Int, UnsafeMutableRawBufferPointer) -> Bool) throws -> (PlaceTable, NameIndex) {
        func fail(_ message: String) -> GeoError {
            GeoError.resource(path: path, message: "\(message) — regenerate it with scripts/build_gazetteer.py")
        }
        do {
            let sectionCount = Section.allCases.count
            guard header.count >= 16 + 8 * sectionCount, header.prefix(4).elementsEqual(magic) else {
                throw fail("not a movemap gazetteer file")
            }
            func word(_ offset: Int) -> Int {
                Int(header[offset]) | Int(header[offset + 1]) << 8 | Int(header[offset + 2]) << 16 | Int(header[offset + 3]) << 24
            }
            guard word(4) == Int(version), word(8) == sectionCount else {
                throw fail("gazetteer file version \(word(4)) with \(word(8)) sections, expected version \(version)")
            }
            func array<T: BitwiseCopyable>(_ section: Section, _ type: T.Type) throws -> [T] {
                let offset = word(16 + 8 * section.rawValue), length = word(20 + 8 * section.rawValue)
                let stride = MemoryLayout<T>.stride
                guard offset + length <= size, length % stride == 0 else {
                    throw fail("section \(section) (\(length) bytes at \(offset)) lies outside the file")
                }
                var complete = true
                let result = [T](unsafeUninitializedCapacity: length / stride) { buffer, count in
                    complete = read(offset, UnsafeMutableRawBufferPointer(buffer))
                    count = complete ? length / stride : 0
                }
                guard complete else { throw fail("section \(section) could not be read") }
                return result
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
