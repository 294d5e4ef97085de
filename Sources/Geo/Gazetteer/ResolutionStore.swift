/// Where whole scenarios' place readings are kept between runs (``Gazetteer/resolve(mentions:)``):
/// the same mentions, read by the same gazetteer and tool, read the same, so a map drawn again
/// after an edit elsewhere in its scenario does not search its names again — their typo
/// search is a render's largest cost after start-up.
public protocol ResolutionStore: Sendable {
    /// The readings kept for `mentions`, one per mention in order, or nil.
    func resolutions(for mentions: [Gazetteer.Mention]) -> [PlaceResolution]?
    /// Keeps `resolutions`, the readings of `mentions`; failures are ignored.
    func keep(_ resolutions: [PlaceResolution], for mentions: [Gazetteer.Mention])
}

extension Gazetteer {
    /// This gazetteer, keeping the readings of whole scenarios in `store`.
    public func keepingResolutions(in store: (any ResolutionStore)?) -> Gazetteer {
        var copy = self
        copy.resolutionStore = store
        return copy
    }
}

/// The bytes of place readings, and of the mentions they read, for a ``ResolutionStore``.
///
/// Readings: a little-endian UInt32 count, then each reading — its query, an optional match,
/// confidence, verdict, reasons and candidates. A match is its place (id, names, kind, the
/// coordinate's exact doubles, country, aliases, codes, optional area, prominence), the text
/// that matched, its score, how it matched and the kinds its query's kind word named.
/// Strings are a UInt32 byte count and UTF-8; optionals a 0 or 1 byte first.
public enum ResolutionCoding {
    /// The bytes of `resolutions`.
    public static func encode(_ resolutions: [PlaceResolution]) -> [UInt8] {
        var writer = Writer()
        writer.count(resolutions.count)
        for resolution in resolutions {
            writer.text(resolution.query)
            writer.optional(resolution.match) { $0.match($1) }
            writer.number(resolution.confidence)
            writer.text(resolution.verdict.rawValue)
            writer.list(resolution.reasons) { $0.text($1) }
            writer.list(resolution.candidates) { $0.match($1) }
        }
        return writer.bytes
    }

    /// The readings of `bytes`, or nil when they are not what ``encode(_:)`` writes, whole.
    public static func decode(_ bytes: UnsafeRawBufferPointer) -> [PlaceResolution]? {
        var reader = Reader(bytes: bytes)
        guard let count = reader.count() else { return nil }
        var resolutions: [PlaceResolution] = []
        for _ in 0..<count {
            guard let query = reader.text(), let match = reader.optional({ $0.match() }),
                  let confidence = reader.number(), let verdict = reader.text().flatMap(PlaceResolution.Verdict.init(rawValue:)),
                  let reasons = reader.list({ $0.text() }), let candidates = reader.list({ $0.match() }) else { return nil }
            resolutions.append(PlaceResolution(query: query, match: match, confidence: confidence, verdict: verdict,
                                               reasons: reasons, candidates: candidates))
        }
        return reader.isAtEnd ? resolutions : nil
    }

    /// The bytes of `mentions`, every field to the last bit: what their readings depend on
    /// besides the gazetteer.
    public static func key(_ mentions: [Gazetteer.Mention]) -> [UInt8] {
        var writer = Writer()
        writer.count(mentions.count)
        for mention in mentions {
            writer.text(mention.text)
            writer.optional(mention.kinds) { $0.kinds($1) }
            writer.kinds(mention.preferred)
            writer.optional(mention.fixed) { $0.coordinate($1) }
        }
        return writer.bytes
    }

    private struct Writer {
        var bytes: [UInt8] = []

        mutating func count(_ value: Int) { withUnsafeBytes(of: UInt32(value).littleEndian) { bytes += $0 } }
        mutating func number(_ value: Double) { withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes += $0 } }
        mutating func text(_ value: String) {
            count(value.utf8.count)
            bytes += value.utf8
        }
        mutating func optional<T>(_ value: T?, _ write: (inout Writer, T) -> Void) {
            bytes.append(value == nil ? 0 : 1)
            if let value { write(&self, value) }
        }
        mutating func list<T>(_ values: [T], _ write: (inout Writer, T) -> Void) {
            count(values.count)
            for value in values { write(&self, value) }
        }
        mutating func coordinate(_ value: Coordinate) {
            number(value.latitude)
            number(value.longitude)
        }
        mutating func kinds(_ value: Set<PlaceKind>) { list(value.map(\.rawValue).sorted()) { $0.text($1) } }
        mutating func match(_ match: PlaceMatch) {
            let place = match.place
            text(place.id)
            text(place.name)
            text(place.shortName)
            text(place.kind.rawValue)
            coordinate(place.coordinate)
            optional(place.country) { $0.text($1) }
            list(place.aliases) { $0.text($1) }
            list(place.codes) { $0.text($1) }
            optional(place.area) { $0.list($1) { $0.coordinate($1) } }
            number(Double(place.prominence))
            text(match.matched)
            number(match.score)
            text(match.how.rawValue)
            optional(match.kindWord) { $0.kinds($1) }
        }
    }

    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        var at = 0

        var isAtEnd: Bool { at == bytes.count }

        mutating func count() -> Int? {
            guard at + 4 <= bytes.count else { return nil }
            defer { at += 4 }
            let value = Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self)))
            // No list or text is longer than what is left to read.
            return value <= bytes.count ? value : nil
        }
        mutating func number() -> Double? {
            guard at + 8 <= bytes.count else { return nil }
            defer { at += 8 }
            return Double(bitPattern: UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self)))
        }
        mutating func text() -> String? {
            guard let length = count(), at + length <= bytes.count else { return nil }
            defer { at += length }
            return String(validating: UnsafeRawBufferPointer(rebasing: bytes[at..<(at + length)]), as: UTF8.self)
        }
        /// `.some(nil)` for an absent value, nil when the bytes are malformed.
        mutating func optional<T>(_ read: (inout Reader) -> T?) -> T?? {
            guard at < bytes.count else { return nil }
            let flag = bytes[at]
            at += 1
            switch flag {
            case 0: return .some(nil)
            case 1: return read(&self).map { .some($0) }
            default: return nil
            }
        }
        mutating func list<T>(_ read: (inout Reader) -> T?) -> [T]? {
            guard let count = count() else { return nil }
            var values: [T] = []
            for _ in 0..<count {
                guard let value = read(&self) else { return nil }
                values.append(value)
            }
            return values
        }
        mutating func coordinate() -> Coordinate? {
            guard let latitude = number(), let longitude = number() else { return nil }
            return Coordinate(latitude: latitude, longitude: longitude)
        }
        mutating func kinds() -> Set<PlaceKind>? {
            guard let names = list({ $0.text() }) else { return nil }
            let kinds = names.compactMap(PlaceKind.init(rawValue:))
            return kinds.count == names.count ? Set(kinds) : nil
        }
        mutating func match() -> PlaceMatch? {
            guard let id = text(), let name = text(), let shortName = text(),
                  let kind = text().flatMap(PlaceKind.init(rawValue:)), let coordinate = coordinate(),
                  let country = optional({ $0.text() }), let aliases = list({ $0.text() }), let codes = list({ $0.text() }),
                  let area = optional({ $0.list { $0.coordinate() } }), let prominence = number(), abs(prominence) <= 1e6,
                  let matched = text(), let score = number(), let how = text().flatMap(PlaceMatch.How.init(rawValue:)),
                  let kindWord = optional({ $0.kinds() }) else { return nil }
            let place = Place(id: id, name: name, shortName: shortName, kind: kind, coordinate: coordinate, country: country,
                              aliases: aliases, codes: codes, area: area, prominence: Int(prominence))
            var match = PlaceMatch(place: place, matched: matched, score: score, how: how)
            match.kindWord = kindWord
            return match
        }
    }
}
