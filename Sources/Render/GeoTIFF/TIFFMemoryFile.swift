import CGeoTIFF

/// One TIFF written into memory through libtiff, GeoTIFF tags registered (libgeotiff's
/// extender). Owns the libtiff handle and frees it in `deinit`; the bytes come from an
/// explicit, checked ``finish()``. Used by one encode on one thread.
final class TIFFMemoryFile {
    /// The bytes libtiff has written and where it is writing; the client handle.
    private final class Storage {
        var bytes: [UInt8] = []
        var position = 0
    }

    private let storage = Storage()
    private let tiff: OpaquePointer
    /// libtiff's last error message, written by the handler the open options install.
    private let message: UnsafeMutablePointer<CChar>
    private var closed = false

    /// Registers the GeoTIFF tags with libtiff once per process; libgeotiff's own
    /// once-flag is not thread-safe, a Swift static is.
    private static let registerGeoTIFFTags: Void = XTIFFInitialize()

    init() throws {
        _ = TIFFMemoryFile.registerGeoTIFFTags
        message = .allocate(capacity: Int(MOVEMAP_TIFF_MESSAGE_SIZE))
        message.initialize(repeating: 0, count: Int(MOVEMAP_TIFF_MESSAGE_SIZE))
        let options = movemap_tiff_open_options(message)
        defer { TIFFOpenOptionsFree(options) }
        // "l": little-endian on every host, so the same map gives the same bytes everywhere.
        guard let opened = TIFFClientOpenExt("movemap.tif", "wl", Unmanaged.passUnretained(storage).toOpaque(),
                                             TIFFMemoryFile.read, TIFFMemoryFile.write, TIFFMemoryFile.seek,
                                             { _ in 0 }, TIFFMemoryFile.size, { _, _, _ in 0 }, { _, _, _ in },
                                             options) else {
            let text = String(cString: message)
            message.deallocate()
            throw RenderError.geoTIFF(operation: "open", message: text.isEmpty ? "libtiff could not start a file" : text)
        }
        tiff = opened
    }

    deinit {
        if !closed { TIFFClose(tiff) }
        message.deallocate()
    }

    /// The libtiff handle, for libgeotiff's `GTIFNew`; valid until ``finish()``.
    var handle: OpaquePointer { tiff }

    func set(_ tag: Int32, integer value: UInt32) throws {
        try check(movemap_tiff_set_integer(tiff, UInt32(tag), value), "set tag \(tag)")
    }

    func set(_ tag: Int32, real value: Double) throws {
        try check(movemap_tiff_set_real(tiff, UInt32(tag), value), "set tag \(tag)")
    }

    func set(_ tag: Int32, doubles values: [Double]) throws {
        try check(movemap_tiff_set_doubles(tiff, UInt32(tag), UInt16(values.count), values), "set tag \(tag)")
    }

    func setExtraSamples(_ values: [UInt16]) throws {
        try check(movemap_tiff_set_extra_samples(tiff, UInt16(values.count), values), "set extra samples")
    }

    func writeScanline(_ row: UnsafeMutableBufferPointer<UInt8>, at index: Int) throws {
        guard TIFFWriteScanline(tiff, row.baseAddress, UInt32(index), 0) == 1 else { throw failure("write row \(index)") }
    }

    /// Writes the directory and closes the file; returns its bytes.
    func finish() throws -> [UInt8] {
        guard !closed else { return storage.bytes }
        let flushed = TIFFFlush(tiff)
        TIFFClose(tiff)
        closed = true
        guard flushed == 1 else { throw failure("write the directory") }
        return storage.bytes
    }

    private func check(_ status: Int32, _ operation: String) throws {
        guard status == 1 else { throw failure(operation) }
    }

    private func failure(_ operation: String) -> RenderError {
        let text = String(cString: message)
        return .geoTIFF(operation: operation, message: text.isEmpty ? "libtiff failed" : text)
    }

    // MARK: Client procedures: the handle is an unretained `Storage`.

    private static func storage(_ handle: thandle_t?) -> Storage {
        Unmanaged<Storage>.fromOpaque(handle!).takeUnretainedValue()
    }

    private static let write: TIFFReadWriteProc = { handle, buffer, size in
        let storage = TIFFMemoryFile.storage(handle)
        guard let buffer, size >= 0 else { return -1 }
        let end = storage.position + Int(size)
        if end > storage.bytes.count { storage.bytes.append(contentsOf: repeatElement(0, count: end - storage.bytes.count)) }
        storage.bytes.withUnsafeMutableBytes { bytes in
            (bytes.baseAddress! + storage.position).copyMemory(from: buffer, byteCount: Int(size))
        }
        storage.position = end
        return size
    }

    private static let read: TIFFReadWriteProc = { handle, buffer, size in
        let storage = TIFFMemoryFile.storage(handle)
        guard let buffer, size >= 0 else { return -1 }
        let count = max(0, min(Int(size), storage.bytes.count - storage.position))
        storage.bytes.withUnsafeBytes { bytes in
            buffer.copyMemory(from: bytes.baseAddress! + storage.position, byteCount: count)
        }
        storage.position += count
        return tmsize_t(count)
    }

    private static let seek: TIFFSeekProc = { handle, offset, whence in
        let storage = TIFFMemoryFile.storage(handle)
        let base: Int
        switch whence {
        case SEEK_SET: base = 0
        case SEEK_CUR: base = storage.position
        case SEEK_END: base = storage.bytes.count
        default: return toff_t.max
        }
        let target = base + Int(Int64(bitPattern: offset))
        guard target >= 0 else { return toff_t.max }
        storage.position = target
        return toff_t(target)
    }

    private static let size: TIFFSizeProc = { handle in
        toff_t(TIFFMemoryFile.storage(handle).bytes.count)
    }
}
