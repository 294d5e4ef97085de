extension MappedBytes {
    /// The `byteCount` bytes at `offset` viewed as `T`s; the caller has checked that they lie in
    /// the file and that `offset` is a multiple of `T`'s alignment.
    func column<T: BitwiseCopyable>(at offset: Int, byteCount: Int, of type: T.Type) -> Column<T> {
        precondition(offset >= 0 && offset + byteCount <= count && offset % MemoryLayout<T>.alignment == 0)
        return Column(owner: self, pointer: (base + offset).assumingMemoryBound(to: T.self),
                      count: byteCount / MemoryLayout<T>.stride)
    }

    /// CRC-32 (zlib's, ISO 3309) of `byteCount` bytes at `offset`.
    func crc32(at offset: Int, byteCount: Int) -> UInt32 {
        precondition(offset >= 0 && offset + byteCount <= count)
        return Zlib.crc32(base + offset, byteCount)
    }
}
