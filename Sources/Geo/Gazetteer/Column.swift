#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only run of `T`s inside ``MappedBytes`` (a section of the gazetteer file), with
/// bounds-checked reads. Equal when the elements are.
///
/// `@unchecked Sendable`: the pointer is into immutable bytes that `owner` keeps alive.
struct Column<T: BitwiseCopyable & Equatable>: @unchecked Sendable, RandomAccessCollection, Equatable {
    /// The bytes the column lies in.
    let owner: MappedBytes
    private let pointer: UnsafePointer<T>
    let count: Int

    init(owner: MappedBytes, pointer: UnsafePointer<T>, count: Int) {
        self.owner = owner
        self.pointer = pointer
        self.count = count
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    @inline(__always)
    subscript(index: Int) -> T {
        precondition(UInt(bitPattern: index) < UInt(bitPattern: count), "gazetteer column index out of range")
        return pointer[index]
    }

    static func == (lhs: Column, rhs: Column) -> Bool { lhs.elementsEqual(rhs) }
}

extension Column where T == UInt8 {
    /// The LEB128 varint at `position` (7 bits a byte, low first), moving `position` past it;
    /// a varint cut off by the end of the column ends there.
    @inline(__always)
    func varint(at position: inout Int) -> Int { readVarint(self, at: &position) }

    /// The bytes `range` (clamped to the column) decoded as UTF-8.
    func string(_ range: Range<Int>) -> String {
        let lower = Swift.min(Swift.max(0, range.lowerBound), count), upper = Swift.min(Swift.max(lower, range.upperBound), count)
        return String(decoding: UnsafeBufferPointer(start: pointer + lower, count: upper - lower), as: UTF8.self)
    }

    /// Appends the bytes `range` (the caller keeps it inside the column) to `array`.
    @inline(__always)
    func append(_ range: Range<Int>, to array: inout [UInt8]) {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "gazetteer column range out of range")
        array.append(contentsOf: UnsafeBufferPointer(start: pointer + range.lowerBound, count: range.count))
    }

    /// The bytes `start..<end` (clamped to the column) compared with `key` in byte order:
    /// negative, zero or positive as they sort before, equal or after it.
    func compare(_ start: Int, _ end: Int, _ key: [UInt8]) -> Int {
        let lower = Swift.min(Swift.max(0, start), count), upper = Swift.min(Swift.max(lower, end), count)
        let length = upper - lower, common = Swift.min(length, key.count)
        let order = common == 0 ? 0 : key.withUnsafeBufferPointer { Int(memcmp(pointer + lower, $0.baseAddress!, common)) }
        return order != 0 ? order : length - key.count
    }

    /// The `width`-bit value (1…57 bits) at bit `offset` of the column read as a little-endian
    /// bit stream: bit `b` is bit `b % 8` of byte `b / 8`.
    @inline(__always)
    func bits(at offset: Int, width: Int) -> UInt64 {
        let first = offset >> 3, last = (offset + width - 1) >> 3
        precondition(offset >= 0 && width > 0 && width <= 57 && last < count, "gazetteer bit field out of range")
        var value: UInt64 = 0
        var index = last
        while index >= first {
            value = value << 8 | UInt64(pointer[index])
            index -= 1
        }
        return value >> UInt64(offset & 7) & (1 << UInt64(width) - 1)
    }

    /// Whether the bytes at `start..<end` equal `key`.
    func bytesEqual(_ start: Int, _ end: Int, _ key: [UInt8]) -> Bool {
        guard start >= 0, start <= end, end <= count, end - start == key.count else { return false }
        return key.withUnsafeBufferPointer { memcmp(pointer + start, $0.baseAddress!, key.count) == 0 || key.isEmpty }
    }

    /// Inflates the zlib stream at `start..<end` into `capacity` bytes, or `nil` when it is
    /// not a complete stream of that size.
    func inflated(_ start: Int, _ end: Int, capacity: Int) -> [UInt8]? {
        guard start >= 0, start <= end, end <= count, capacity >= 0 else { return nil }
        return Zlib.inflate(pointer + start, end - start, capacity: capacity)
    }
}
