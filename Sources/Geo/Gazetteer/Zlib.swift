import CZlib

/// The few zlib calls the gazetteer file needs: CRC-32 of its sections and the deflate
/// streams of its place text (zlib format, level 9, as Python's `zlib.compress(data, 9)`).
enum Zlib {
    /// CRC-32 (ISO 3309, zlib's `crc32`) of `count` bytes at `bytes`.
    static func crc32(_ bytes: UnsafeRawPointer, _ count: Int) -> UInt32 {
        var crc: UInt = CZlib.crc32(0, nil, 0)
        var done = 0
        while done < count {   // zlib takes 32-bit lengths
            let part = min(count - done, 1 << 30)
            crc = CZlib.crc32(crc, bytes.assumingMemoryBound(to: UInt8.self) + done, UInt32(part))
            done += part
        }
        return UInt32(truncatingIfNeeded: crc)
    }

    /// CRC-32 of `bytes`.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBytes { crc32($0.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, $0.count) }
    }

    /// `bytes` deflated at level 9 in zlib format.
    static func deflate(_ bytes: [UInt8]) -> [UInt8] {
        var length = compressBound(uLong(bytes.count))
        var out = [UInt8](repeating: 0, count: Int(length))
        let status = out.withUnsafeMutableBufferPointer { target in
            bytes.withUnsafeBufferPointer { source in
                compress2(target.baseAddress, &length, source.baseAddress, uLong(source.count), 9)
            }
        }
        precondition(status == Z_OK, "zlib compress2 failed with status \(status)")
        out.removeLast(out.count - Int(length))
        return out
    }

    /// The zlib stream of `count` bytes at `bytes` inflated, or `nil` unless it inflates to
    /// exactly `capacity` bytes.
    static func inflate(_ bytes: UnsafePointer<UInt8>, _ count: Int, capacity: Int) -> [UInt8]? {
        var out = [UInt8](repeating: 0, count: max(1, capacity))
        var length = uLong(capacity)
        let status = out.withUnsafeMutableBufferPointer { uncompress($0.baseAddress, &length, bytes, uLong(count)) }
        guard status == Z_OK, Int(length) == capacity else { return nil }
        if capacity == 0 { out.removeAll() }
        return out
    }
}
