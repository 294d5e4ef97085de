/// The LEB128 varint in `bytes` at `position` (7 bits a byte, low first), moving `position`
/// past it; a varint cut off by the end of the bytes ends there.
@inline(__always)
func readVarint<Bytes: RandomAccessCollection>(_ bytes: Bytes, at position: inout Int) -> Int
where Bytes.Element == UInt8, Bytes.Index == Int {
    var value = 0, shift = 0
    while position < bytes.endIndex && shift < 63 {
        let byte = bytes[position]
        position += 1
        value |= Int(byte & 0x7F) << shift
        if byte < 0x80 { break }
        shift += 7
    }
    return value
}

/// Writes values of a few bits each as one little-endian bit stream: bit b is bit b % 8 of
/// byte b / 8 (the packed columns and the Rice-coded trigram postings).
struct BitWriter {
    private(set) var bytes: [UInt8] = []
    private var buffer: UInt64 = 0
    private var filled = 0

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// Appends the low `count` bits of `bits` (`count` ≤ 56).
    @inline(__always)
    mutating func put(_ bits: UInt64, _ count: Int) {
        buffer |= bits << UInt64(filled)
        filled += count
        while filled >= 8 {
            bytes.append(UInt8(truncatingIfNeeded: buffer))
            buffer >>= 8
            filled -= 8
        }
    }

    /// The stream, its last byte's unused bits set to `padding`'s.
    mutating func finish(padding: UInt8 = 0) -> [UInt8] {
        if filled > 0 { bytes.append(UInt8(truncatingIfNeeded: buffer) | padding << UInt8(filled)) }
        filled = 0
        buffer = 0
        return bytes
    }
}
