import CZlib

/// A zlib stream (RFC 1950) fed piece by piece: what ``PNGEncoder`` deflates its rows
/// through, so that no copy of the whole filtered image is held. The stream is written after
/// a given prefix (the file's bytes before it) into one buffer reserved for the most it can
/// take, so it is never copied as it grows: pages of the reserve never written take no memory.
///
/// zlib's output depends only on the bytes and the settings, not on how the input is handed
/// over, so the stream is byte for byte what `compress2` makes of the whole input at the same
/// level. A class: it owns a C `z_stream`, which must not move once initialised.
final class Deflater {
    private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    private var output: [UInt8]
    private var chunk = [UInt8](repeating: 0, count: 1 << 16)

    /// A stream at `level` of `inputCount` bytes in all, written after `prefix`.
    init(level: Int32, inputCount: Int, prefix: [UInt8] = []) {
        stream.initialize(to: z_stream())
        let status = deflateInit_(stream, level, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        precondition(status == Z_OK, "zlib deflateInit failed (\(status))")
        output = prefix
        output.reserveCapacity(prefix.count + Int(deflateBound(stream, uLong(inputCount))) + 64)
    }

    deinit {
        deflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Deflates `bytes` (kept in the stream's window as needed).
    func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { input in
            stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.pointee.avail_in = uInt(input.count)
            run(flush: Z_NO_FLUSH)
        }
        stream.pointee.next_in = nil
    }

    /// Ends the stream and returns the prefix followed by all it wrote.
    func finish() -> [UInt8] {
        run(flush: Z_FINISH)
        return output
    }

    private func run(flush: Int32) {
        chunk.withUnsafeMutableBufferPointer { buffer in
            while true {
                stream.pointee.next_out = buffer.baseAddress
                stream.pointee.avail_out = uInt(buffer.count)
                let status = deflate(stream, flush)
                precondition(status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR, "zlib deflate failed (\(status))")
                let written = buffer.count - Int(stream.pointee.avail_out)
                output.append(contentsOf: buffer[0..<written])
                if flush == Z_FINISH ? status == Z_STREAM_END : stream.pointee.avail_in == 0 && stream.pointee.avail_out > 0 { break }
            }
        }
    }
}
