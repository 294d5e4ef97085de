import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A read-only file mapped into memory (`mmap`), exposed as `Data` without a copy; the
/// mapping is released when the last `Data` referring to it goes.
///
/// Reading a large resource this way costs page faults on the pages touched instead of a
/// copy of the whole file, which is what `Data(contentsOf:)` does on Linux.
enum MappedFile {
    /// The file's bytes; throws ``GeoError/resource(path:message:)`` naming the file.
    static func data(at url: URL) throws -> Data {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw GeoError.resource(path: url.path, message: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw GeoError.resource(path: url.path, message: String(cString: strerror(errno)))
        }
        let size = Int(status.st_size)
        guard size > 0 else { return Data() }
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), base != MAP_FAILED else {
            throw GeoError.resource(path: url.path, message: String(cString: strerror(errno)))
        }
        return Data(bytesNoCopy: base, count: size, deallocator: .custom { pointer, count in munmap(pointer, count) })
    }
}
