import Foundation

/// Reader for `places.bin`, the gazetteer file written by `scripts/build_gazetteer.py`
/// (`scripts/gazetteer_binary.py`), or by ``encode(_:)`` for a gazetteer built in memory.
///
/// Layout (little-endian): the magic `MVGZ`, a `UInt32` version (4), a `UInt32` section count
/// (19) and a `UInt32` place count; per section a `UInt32` byte offset, byte length and CRC-32;
/// then the CRC-32 of all the header before it. Each section starts at a multiple of 8, in the
/// order of ``Section``: the columns of ``PlaceTable`` and ``NameIndex``.
///
/// The file is mapped read-only and the tables read through typed views into it
/// (``MappedBytes``): loading copies nothing and decodes only the two short lists of id
/// prefixes and countries. It checks every section's CRC-32 (zlib's `crc32`, some 4 GB/s, so
/// about 3 ms for the whole file) and every cross-reference a lookup follows, so a damaged file
/// fails with a message naming it rather than trapping or answering wrongly. A file that passed
/// those checks in an earlier run and has not changed since (``VerifiedFiles``) is not read
/// whole again: a run then touches only the pages its look-ups need.
enum GazetteerFile {
    static let magic: [UInt8] = Array("MVGZ".utf8)
    static let version: UInt32 = 4

    enum Section: Int, CaseIterable {
        case idPrefixes, countryNames, placeBlocks, placeText, kinds, prominence, countries, coordinates, exactCoordinates
        case areaPlaces, areaStarts, areaVertices, idOrder, codeBuckets, codeEntries
        case skeletonGroups, skeletonRecords, trigramOffsets, trigramPostings
    }

    static var headerSize: Int { 16 + 12 * Section.allCases.count + 4 }

    /// Maps and checks the file at `url`.
    /// - Throws: ``GeoError/resource(path:message:)`` naming the file when it cannot be read, is
    ///   truncated, of another version, damaged (a checksum differs) or inconsistent.
    ///
    /// A file that passed the whole check in an earlier run and has not changed since
    /// (``VerifiedFiles``, in `stamps`) has only its header and layout checked: the sections'
    /// checksums and cross-references are not read again, so a run touches only the pages its
    /// look-ups need.
    static func read(fileAt url: URL, stamps: URL? = VerifiedFiles.standardFolder()) throws -> (PlaceTable, NameIndex) {
        let identity = VerifiedFiles.identity(of: url)
        let known = identity.flatMap { VerifiedFiles.note(for: url, identity: $0, in: stamps) }.flatMap { Int($0) }
        // A whole check reads every page, so they are read in at once; otherwise only the
        // pages a look-up touches come in, and a run's memory holds only those.
        let (table, index) = try read(MappedBytes(mapping: url, prefault: known == nil), path: url.path, skeletonKeys: known)
        if known == nil, let identity {
            VerifiedFiles.record(url, identity: identity, note: String(index.skeletonCount), in: stamps)
        }
        return (table, index)
    }

    /// Checks `bytes` and reads the tables from them; errors as ``read(fileAt:stamps:)``. With
    /// `skeletonKeys` (the count an earlier whole check found) only the header and the
    /// sections' places in the file are checked.
    static func read(_ bytes: MappedBytes, path: String, skeletonKeys: Int? = nil) throws -> (PlaceTable, NameIndex) {
        func fail(_ message: String) -> GeoError {
            GeoError.resource(path: path, message: "\(message) — run `make resources` (or scripts/build_gazetteer.py) to regenerate it")
        }
        let sectionCount = Section.allCases.count
        guard bytes.count >= 16 else { throw fail("not a movemap gazetteer file") }
        let header = bytes.column(at: 0, byteCount: min(bytes.count, headerSize), of: UInt8.self)
        guard header.prefix(4).elementsEqual(magic) else { throw fail("not a movemap gazetteer file") }
        func word(_ offset: Int) -> Int {
            Int(header[offset]) | Int(header[offset + 1]) << 8 | Int(header[offset + 2]) << 16 | Int(header[offset + 3]) << 24
        }
        guard word(4) == Int(version), word(8) == sectionCount, header.count == headerSize else {
            throw fail("gazetteer file version \(word(4)) with \(word(8)) sections, expected version \(version)")
        }
        guard UInt32(word(headerSize - 4)) == bytes.crc32(at: 0, byteCount: headerSize - 4) else {
            throw fail("the file is damaged (its header checksum does not match)")
        }
        var ranges: [(offset: Int, length: Int)] = []
        for section in Section.allCases {
            let entry = 16 + 12 * section.rawValue
            let offset = word(entry), length = word(entry + 4)
            guard offset + length <= bytes.count else { throw fail("section \(section) (\(length) bytes at \(offset)) lies outside the file") }
            guard offset % 8 == 0 else { throw fail("section \(section) is misaligned") }
            guard skeletonKeys != nil || UInt32(word(entry + 8)) == bytes.crc32(at: offset, byteCount: length) else {
                throw fail("the file is damaged (the CRC-32 of its section \(section) does not match)")
            }
            ranges.append((offset, length))
        }
        func column<T: BitwiseCopyable & Equatable>(_ section: Section, _ type: T.Type) throws -> Column<T> {
            let (offset, length) = ranges[section.rawValue]
            guard length % MemoryLayout<T>.stride == 0 else { throw fail("section \(section) is cut short") }
            return bytes.column(at: offset, byteCount: length, of: T.self)
        }
        func list(_ section: Section) throws -> [String] {
            let data = try column(section, UInt8.self)
            var result: [String] = [], position = 0
            while position < data.count {
                let length = data.varint(at: &position)
                guard length <= data.count - position else { throw fail("section \(section) is cut short") }
                result.append(data.string(position..<position + length))
                position += length
            }
            return result
        }
        func packed(_ section: Section, count: Int, width: Int) throws -> PackedColumn {
            let bytes = try column(section, UInt8.self)
            guard bytes.count == PackedColumn.byteCount(count: count, width: width) else {
                throw fail("section \(section) does not hold \(count) numbers")
            }
            return PackedColumn(bytes: bytes, width: width, count: count)
        }
        let places = word(12)
        let table = PlaceTable(
            count: places, idPrefixes: try list(.idPrefixes), countryNames: try list(.countryNames),
            blockStarts: try column(.placeBlocks, UInt32.self), blockText: try column(.placeText, UInt8.self),
            kinds: try column(.kinds, UInt8.self), prominences: try column(.prominence, UInt8.self),
            countries: try column(.countries, UInt8.self),
            coordinates: .init(raw: try packed(.coordinates, count: places, width: PlaceTable.Degrees.width),
                               exact: try column(.exactCoordinates, Double.self)),
            areaPlaces: try column(.areaPlaces, UInt32.self), areaStarts: try column(.areaStarts, UInt32.self),
            areaVertices: try column(.areaVertices, Double.self),
            idOrder: try packed(.idOrder, count: places, width: PlaceTable.idWidth(count: places)))
        let groups = try column(.skeletonGroups, UInt32.self), records = try column(.skeletonRecords, UInt8.self)
        let keys: Int
        if let skeletonKeys {
            keys = skeletonKeys
        } else {
            switch skeletonKeyCount(groups: groups, records: records, places: places) {
            case .success(let count): keys = count
            case .failure(let problem): throw fail(problem.message)
            }
        }
        let index = NameIndex(
            codeBuckets: try column(.codeBuckets, UInt32.self), codeEntries: try column(.codeEntries, UInt32.self),
            skeletonGroups: groups, skeletonRecords: records,
            trigrams: TrigramIndex(offsets: try column(.trigramOffsets, UInt32.self),
                                   postings: try column(.trigramPostings, UInt8.self)),
            skeletonCount: keys)
        if skeletonKeys == nil, let problem = inconsistency(table, index) { throw fail(problem) }
        return (table, index)
    }
}
