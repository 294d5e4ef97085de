import Foundation

/// A parsed JSON document (RFC 8259), for the resource indexes movemap reads at start-up.
///
/// A direct byte parser: several times faster than `JSONDecoder` or `JSONSerialization` on
/// files of many small arrays, which is what the country index is. Numbers are Doubles.
enum JSONValue: Sendable, Equatable {
    case object([String: JSONValue])
    case array([JSONValue])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    struct SyntaxError: Error, CustomStringConvertible {
        var offset: Int
        var message: String
        var description: String { "\(message) at byte \(offset)" }
    }

    /// Parses a whole document; throws ``SyntaxError`` naming the byte offset.
    static func parse(_ data: Data) throws -> JSONValue {
        try data.withUnsafeBytes { raw in
            var parser = Parser(bytes: raw.bindMemory(to: UInt8.self))
            let value = try parser.value()
            parser.skipSpace()
            guard parser.at == parser.bytes.count else { throw parser.error("text after the document") }
            return value
        }
    }

    subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    var array: [JSONValue]? { if case .array(let items) = self { return items } else { return nil } }
    var string: String? { if case .string(let text) = self { return text } else { return nil } }
    var number: Double? { if case .number(let value) = self { return value } else { return nil } }
    var int: Int? { number.flatMap { $0.rounded() == $0 && abs($0) < 9e15 ? Int($0) : nil } }

    /// Deeper nesting than this is refused rather than followed (a crafted file of many
    /// `[` would otherwise overflow the stack).
    static let maximumDepth = 256

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var at = 0
        var depth = 0

        func error(_ message: String) -> SyntaxError { SyntaxError(offset: at, message: message) }

        mutating func skipSpace() {
            while at < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[at]) { at += 1 }
        }

        mutating func value() throws -> JSONValue {
            skipSpace()
            guard at < bytes.count else { throw error("unexpected end") }
            switch bytes[at] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard depth < JSONValue.maximumDepth else { throw error("nested more than \(JSONValue.maximumDepth) deep") }
                depth += 1
                defer { depth -= 1 }
                return try bytes[at] == UInt8(ascii: "{") ? object() : array()
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            default: return .number(try number())
            }
        }

        mutating func literal(_ word: String) throws {
            for byte in word.utf8 {
                guard at < bytes.count, bytes[at] == byte else { throw error("expected \(word)") }
                at += 1
            }
        }

        mutating func object() throws -> JSONValue {
            var members: [String: JSONValue] = [:]
            try elements(closing: "}", in: "an object") { parser in
                guard parser.at < parser.bytes.count, parser.bytes[parser.at] == UInt8(ascii: "\"") else {
                    throw parser.error("expected a member name")
                }
                let key = try parser.string()
                parser.skipSpace()
                guard parser.at < parser.bytes.count, parser.bytes[parser.at] == UInt8(ascii: ":") else { throw parser.error("expected ':'") }
                parser.at += 1
                members[key] = try parser.value()
            }
            return .object(members)
        }

        mutating func array() throws -> JSONValue {
            var items: [JSONValue] = []
            try elements(closing: "]", in: "an array") { parser in items.append(try parser.value()) }
            return .array(items)
        }

        /// Reads the comma-separated elements of an object or array with `element`, from its
        /// opening bracket (at `at`) past its `closing` one.
        mutating func elements(closing: Unicode.Scalar, in container: String,
                               _ element: (inout Parser) throws -> Void) throws {
            at += 1
            skipSpace()
            if at < bytes.count, bytes[at] == UInt8(ascii: closing) { at += 1; return }
            while true {
                skipSpace()
                try element(&self)
                skipSpace()
                guard at < bytes.count else { throw error("unexpected end in \(container)") }
                if bytes[at] == UInt8(ascii: ",") { at += 1; continue }
                guard bytes[at] == UInt8(ascii: closing) else { throw error("expected ',' or '\(closing)'") }
                at += 1
                return
            }
        }

        mutating func string() throws -> String {
            at += 1
            var utf8: [UInt8] = []
            while true {
                guard at < bytes.count else { throw error("unterminated string") }
                let byte = bytes[at]
                at += 1
                switch byte {
                case UInt8(ascii: "\""):
                    return String(decoding: utf8, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    guard at < bytes.count else { throw error("unterminated escape") }
                    let escape = bytes[at]
                    at += 1
                    switch escape {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
                    case UInt8(ascii: "b"): utf8.append(0x08)
                    case UInt8(ascii: "f"): utf8.append(0x0C)
                    case UInt8(ascii: "n"): utf8.append(0x0A)
                    case UInt8(ascii: "r"): utf8.append(0x0D)
                    case UInt8(ascii: "t"): utf8.append(0x09)
                    case UInt8(ascii: "u"):
                        var scalar = try hex4()
                        if (0xD800..<0xDC00).contains(scalar), at + 1 < bytes.count,
                           bytes[at] == UInt8(ascii: "\\"), bytes[at + 1] == UInt8(ascii: "u") {
                            at += 2
                            let low = try hex4()
                            // A high surrogate without its low half is no character: U+FFFD below.
                            scalar = (0xDC00..<0xE000).contains(low) ? 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00) : 0xD800
                        }
                        utf8 += Array(String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8)
                    default: throw error("unknown escape")
                    }
                default:
                    utf8.append(byte)
                }
            }
        }

        mutating func hex4() throws -> UInt32 {
            guard at + 4 <= bytes.count else { throw error("short \\u escape") }
            var value: UInt32 = 0
            for _ in 0..<4 {
                guard let digit = Character(Unicode.Scalar(bytes[at])).hexDigitValue else { throw error("bad \\u escape") }
                value = value << 4 | UInt32(digit)
                at += 1
            }
            return value
        }

        mutating func number() throws -> Double {
            let start = at
            // Whole numbers of up to 15 digits (ring offsets and counts, most of a data file's
            // numbers) are summed as they are read: exact, so the same Double the text gives.
            var whole = 0, digits = 0, negative = false, plain = true
            if at < bytes.count, bytes[at] == UInt8(ascii: "-") {
                negative = true
                at += 1
            }
            while at < bytes.count {
                let byte = bytes[at]
                if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                    if digits < 15 { whole = whole * 10 + Int(byte - UInt8(ascii: "0")) }
                    digits += 1
                } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
                            || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") {
                    plain = false
                } else {
                    break
                }
                at += 1
            }
            if plain && digits > 0 && digits <= 15 { return negative ? -Double(whole) : Double(whole) }
            guard at > start, let value = Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self))
            else { throw error("expected a value") }
            return value
        }
    }
}

extension JSONValue.SyntaxError: DescribedError {}
