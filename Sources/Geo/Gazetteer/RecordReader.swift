/// Reads place records one after another from an inflated block (see ``PlaceTable``).
struct RecordReader {
    let bytes: [UInt8]
    var position = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func varint() -> Int { readVarint(bytes, at: &position) }

    mutating func text() -> String {
        let length = varint()
        let start = min(position, bytes.count), end = min(start + max(0, length), bytes.count)
        position = end
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The next record's strings; `country` completes the id (pass `nil` to skip a record).
    mutating func record(country: String?, prefixes: [String]) -> PlaceTable.Strings {
        let flags = varint(), aliasCount = varint(), codeCount = varint()
        let prefixNumber = position < bytes.count ? Int(bytes[position]) : 0
        position += 1
        var strings = PlaceTable.Strings()
        let rest = flags & 4 == 0 ? text() : nil
        strings.name = text()
        switch flags & 3 {
        case 1:
            let start = varint(), length = varint()
            let name = Array(strings.name.utf8)
            let lower = min(start, name.count), upper = min(lower + length, name.count)
            strings.shortName = String(decoding: name[lower..<upper], as: UTF8.self)
        case 2: strings.shortName = text()
        default: break
        }
        strings.aliases = (0..<min(aliasCount, bytes.count)).map { _ in text() }
        strings.codes = (0..<min(codeCount, bytes.count)).map { _ in text() }
        let prefix = prefixNumber < prefixes.count ? prefixes[prefixNumber] : ""
        let middle = rest ?? PlaceTable.slug(strings.name)
        let code = (country ?? "").lowercased()
        switch flags >> 3 & 3 {
        case 1: strings.id = prefix + middle + "-" + code
        case 2: strings.id = prefix + code + "-" + middle
        default: strings.id = prefix + middle
        }
        return strings
    }
}
