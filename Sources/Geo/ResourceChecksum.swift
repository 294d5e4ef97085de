import Foundation

/// Checks a resource file against its checksum sidecar, `FILE.sha256`, so a damaged or
/// half-copied data file is refused with a message instead of drawing a different map.
///
/// The sidecar holds the file's SHA-256 in `sha256sum` form (`HEX  NAME`), written by
/// `scripts/write_checksums.py` (run by `make resources`); `sha256sum -c FILE.sha256` in the
/// file's folder checks it too. Above it, as a comment line `sha256sum` skips, the script
/// writes the file's CRC-32 (`# crc32 HEX`): loaders check that, about twenty times faster
/// than hashing (a millisecond for the 1.9 MB intermediate shoreline where SHA-256 took
/// about ten, which a `route sea` process paid on every run). A sidecar without the line
/// is checked by SHA-256. Loaders verify the bytes they already read (``read(_:)`` reads and
/// verifies in one step), once per load — the data stores load each file once per process.
///
/// The basemap, country and navigation loaders verify their files. The gazetteer
/// (`gazetteer/places.bin`) gets a sidecar from the same script, checked by the tests and
/// `--check`; on load it is guarded by the CRC-32 of each of its sections instead (see
/// ``Gazetteer/load(from:)``).
public enum ResourceChecksum {
    /// The sidecar of a resource file: the same path with `.sha256` appended.
    static func sidecar(of url: URL) -> URL {
        URL(fileURLWithPath: url.path + ".sha256")
    }

    /// Throws ``GeoError/resource(path:message:)`` naming the file and `make resources` when
    /// the sidecar is missing or unreadable, or when `bytes` do not match it: their CRC-32
    /// when the sidecar gives one, else their SHA-256.
    ///
    /// - Complexity: one CRC-32 pass over `bytes` (about 0.5 ms per MB), or without a CRC-32
    ///   line one SHA-256 pass (a few ms per MB).
    static func verify(_ bytes: Data, of url: URL) throws {
        guard let text = try? String(contentsOf: sidecar(of: url), encoding: .utf8) else {
            throw GeoError.resource(path: url.path, message: "its checksum file \(url.lastPathComponent).sha256 is missing — run `make resources` (or scripts/write_checksums.py) to regenerate the data and its checksums")
        }
        let lines = text.split(separator: "\n")
        let hashLine = lines.first { !$0.hasPrefix("#") }
        let expected = hashLine?.split(separator: " ").first.map { $0.lowercased() } ?? ""
        guard expected.count == 64 else {
            throw GeoError.resource(path: url.path, message: "its checksum file \(url.lastPathComponent).sha256 is malformed — run `make resources`")
        }
        let matches: Bool
        if let crcLine = lines.first(where: { $0.hasPrefix("# crc32 ") }) {
            guard let crc = UInt32(crcLine.dropFirst("# crc32 ".count).prefix(8), radix: 16) else {
                throw GeoError.resource(path: url.path, message: "its checksum file \(url.lastPathComponent).sha256 is malformed — run `make resources`")
            }
            matches = crc32(bytes) == crc
        } else {
            var hash = SHA256()
            bytes.withUnsafeBytes { hash.update($0) }
            matches = hash.hexDigest() == expected
        }
        guard matches else {
            throw GeoError.resource(path: url.path, message: "the file is damaged (its checksum does not match \(url.lastPathComponent).sha256) — run `make resources` to regenerate it")
        }
    }

    /// CRC-32 (zlib's, ISO 3309) of `bytes`.
    public static func crc32(_ bytes: Data) -> UInt32 {
        bytes.withUnsafeBytes { raw in Zlib.crc32(raw.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, raw.count) }
    }

    /// Maps a resource file to be read in place, verified unless a stamp (``VerifiedFiles``, in
    /// `stamps`) records that this very file — same identity, taken before it is mapped —
    /// passed the check in an earlier run; a file checked now is stamped. So a large file of
    /// which a command reads a few pages (the country outlines) is not read whole on every run.
    static func readChecked(_ url: URL, stamps: URL? = VerifiedFiles.standardFolder()) throws -> Data {
        let identity = VerifiedFiles.identity(of: url)
        // Mapped, not read: Foundation's `.mappedIfSafe` reads the whole file on Linux.
        let mapped = try MappedBytes(mapping: url, prefault: false)
        let data = mapped.count == 0 ? Data() : Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: mapped.base), count: mapped.count,
                                                     deallocator: .custom { _, _ in withExtendedLifetime(mapped) {} })
        if let identity, VerifiedFiles.note(for: url, identity: identity, in: stamps) == "checksum" { return data }
        try verify(data, of: url)
        if let identity { VerifiedFiles.record(url, identity: identity, note: "checksum", in: stamps) }
        return data
    }

    /// Reads a resource file (memory-mapped where safe) and verifies it.
    public static func read(_ url: URL) throws -> Data {
        let data = try Data(contentsOf: url, options: .mappedIfSafe)
        try verify(data, of: url)
        return data
    }
}
