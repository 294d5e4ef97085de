/// Unsigned numbers of ``width`` bits each packed in a byte column, number `i` at bits
/// `i × width ..< (i + 1) × width` (see ``Column/bits(at:width:)``).
struct PackedColumn: Sendable, Equatable, RandomAccessCollection {
    let bytes: Column<UInt8>
    let width: Int
    let count: Int

    /// Bytes that `count` numbers of `width` bits take.
    static func byteCount(count: Int, width: Int) -> Int { (count * width + 7) / 8 }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    @inline(__always)
    subscript(index: Int) -> Int {
        precondition(UInt(bitPattern: index) < UInt(bitPattern: count), "gazetteer column index out of range")
        return Int(bytes.bits(at: index * width, width: width))
    }
}
