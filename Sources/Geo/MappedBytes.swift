import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of a data file read in place: the file mapped read-only, or one heap block for
/// data built in memory. The gazetteer's tables (``Column`` views) and the sea router's grid
/// and landmarks read through it, so loading copies and decodes nothing.
///
/// A class: it owns the mapping (or the block) and frees it in `deinit`. The bytes never
/// change after `init` and every view keeps the owner alive; sharing it across threads is
/// therefore safe (`@unchecked Sendable`: raw pointers are not `Sendable` by themselves).
public final class MappedBytes: @unchecked Sendable {
    /// The first byte.
    public let base: UnsafeRawPointer
    /// How many bytes there are.
    public let count: Int
    private let mapped: Bool

    /// The bytes as a buffer.
    public var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    /// Maps the file at `url` read-only and private; `prefault` reads every page in now (where
    /// the system allows), for files whose every byte is used, else pages come in as touched.
    /// - Throws: ``GeoError/resource(path:message:)`` with the system's reason.
    public init(mapping url: URL, prefault: Bool = true) throws {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw GeoError.resource(path: url.path, message: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw GeoError.resource(path: url.path, message: String(cString: strerror(errno))) }
        count = Int(status.st_size)
        guard count > 0 else {
            base = UnsafeRawPointer(UnsafeMutableRawPointer.allocate(byteCount: 1, alignment: 16))
            mapped = false
            return
        }
        #if os(Linux)
        let flags = prefault ? MAP_PRIVATE | MAP_POPULATE : MAP_PRIVATE
        #else
        let flags = MAP_PRIVATE
        #endif
        let address = mmap(nil, count, PROT_READ, flags, descriptor, 0)
        guard let address, address != MAP_FAILED else {
            throw GeoError.resource(path: url.path, message: "cannot map the file: \(String(cString: strerror(errno)))")
        }
        base = UnsafeRawPointer(address)
        mapped = true
    }

    /// A copy of `bytes` on the heap (16-byte aligned).
    public init(copying bytes: [UInt8]) {
        let block = UnsafeMutableRawPointer.allocate(byteCount: max(1, bytes.count), alignment: 16)
        bytes.withUnsafeBytes { block.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        base = UnsafeRawPointer(block)
        count = bytes.count
        mapped = false
    }

    /// Lets the system take back the memory the file's pages hold in this process, when
    /// the bytes are a mapping: they stay readable, and a page read again comes back from the
    /// file (the page cache). For a large file whose use is over for now, so that the rest of
    /// the run's peak memory does not carry it. Does nothing to bytes on the heap.
    public func releaseResidentPages() {
        guard mapped else { return }
        #if os(Linux)
        _ = madvise(UnsafeMutableRawPointer(mutating: base), count, MADV_DONTNEED)
        #endif
    }

    deinit {
        if mapped {
            munmap(UnsafeMutableRawPointer(mutating: base), count)
        } else {
            base.deallocate()
        }
    }
}
