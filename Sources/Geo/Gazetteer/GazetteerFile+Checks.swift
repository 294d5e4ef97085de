extension GazetteerFile {
    /// The first broken cross-reference between the sections, if any: every offset, count and
    /// number a lookup follows is checked once, so a damaged file fails here rather than trapping
    /// later. (The place text inside its deflated blocks is covered by the section checksums.)
    /// - Complexity: one pass over the columns and the skeleton records, a few milliseconds.
    static func inconsistency(_ table: PlaceTable, _ index: NameIndex) -> String? {
        let places = table.count
        func ascending(_ column: Column<UInt32>, count: Int, last: Int) -> Bool {
            guard column.count == count, column.first == 0 || column.isEmpty, column.last.map(Int.init) == last else { return false }
            var previous: UInt32 = 0
            for value in column {
                if value < previous { return false }
                previous = value
            }
            return true
        }
        if table.kinds.count != places || table.prominences.count != places || table.countries.count != places
            || table.coordinates.raw.count != places || table.idOrder.count != places
            || !(table.coordinates.exact.isEmpty || table.coordinates.exact.count == 2 * places) {
            return "the place columns do not hold \(places) places"
        }
        if table.kinds.contains(where: { Int($0) >= PlaceKind.allCases.count }) { return "a place has an unknown kind" }
        if table.countries.contains(where: { Int($0) > table.countryNames.count }) { return "a place refers past the country list" }
        if table.idOrder.contains(where: { $0 >= places }) { return "the id order refers past the places" }
        let blocks = (places + PlaceTable.blockSize - 1) / PlaceTable.blockSize
        if !ascending(table.blockStarts, count: blocks + 1, last: table.blockText.count) { return "the place text blocks are inconsistent" }
        if !ascending(table.areaStarts, count: table.areaPlaces.count + 1, last: table.areaVertices.count / 2)
            || table.areaVertices.count % 2 != 0
            || zip(table.areaPlaces, table.areaPlaces.dropFirst()).contains(where: { $0 >= $1 })
            || table.areaPlaces.last.map({ Int($0) >= places }) == true {
            return "the area table is inconsistent"
        }
        if table.idPrefixes.count > 256 { return "more than 256 id prefixes" }
        if index.codeBuckets.count < 1 || !ascending(index.codeBuckets, count: index.codeBuckets.count, last: index.codeEntries.count)
            || index.codeEntries.contains(where: { Int($0 >> 8) >= places || $0 >> 6 & 3 != 3 }) {
            return "the code table is inconsistent"
        }
        let trigrams = index.trigrams
        if !ascending(trigrams.offsets, count: TrigramIndex.gramCount + 1, last: trigrams.postings.count) {
            return "the trigram index is inconsistent"
        }
        return nil
    }

    /// A problem found in the skeleton table, as a message.
    struct Problem: Error {
        let message: String
    }

    /// The number of skeleton keys in `records`, or the first problem: a group that does not
    /// hold 16 keys (1–16 for the last) ending at the next group, a key that shares more than the
    /// key before it or is empty, an entry that names a place past the end, a code, or goes
    /// backwards.
    /// - Complexity: one pass over the records, a few milliseconds.
    static func skeletonKeyCount(groups: Column<UInt32>, records: Column<UInt8>, places: Int) -> Result<Int, Problem> {
        func fail(_ message: String) -> Result<Int, Problem> { .failure(Problem(message: message)) }
        guard groups.count >= 1, groups.first == 0, groups.last.map(Int.init) == records.count else {
            return fail("the skeleton groups are inconsistent")
        }
        var keys = 0
        for group in 0..<groups.count - 1 {
            var position = Int(groups[group])
            let end = Int(groups[group + 1])
            guard position < end else { return fail("skeleton group \(group) is empty") }
            var previousLength = 0, count = 0
            while position < end {
                let shared = records.varint(at: &position), length = records.varint(at: &position)
                if shared > previousLength || shared + length == 0 || length > end - position {
                    return fail("skeleton \(keys) overruns its record")
                }
                position += length
                previousLength = shared + length
                let head = records.varint(at: &position)
                var value = head >> 1
                let more = head & 1 == 0 ? 0 : records.varint(at: &position)
                if more > end - position { return fail("skeleton \(keys) has a bad entry") }
                for step in 0...more {
                    if step > 0 {
                        let gap = records.varint(at: &position)
                        if gap == 0 || gap > places << 8 { return fail("skeleton \(keys) has a bad entry") }
                        value += gap
                    }
                    if value >> 8 >= places || value >> 6 & 3 == 3 { return fail("skeleton \(keys) refers past the places") }
                }
                if position > end { return fail("skeleton \(keys) overruns its group") }
                keys += 1
                count += 1
            }
            if count > NameIndex.keyGroup || (count < NameIndex.keyGroup && group < groups.count - 2) {
                return fail("skeleton group \(group) holds \(count) keys")
            }
        }
        return .success(keys)
    }
}
