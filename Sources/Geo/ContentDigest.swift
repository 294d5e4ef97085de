/// A SHA-256 digest (FIPS 180-4) built up from bytes: a content key that changes whenever
/// anything fed to it changes, for caches and batch manifests.
///
/// ```swift
/// var digest = ContentDigest()
/// digest.update(Array("movemap 1.0\n".utf8))
/// digest.update(fileBytes)
/// let key = digest.hexDigest()   // 64 lowercase hexadecimal digits
/// ```
///
/// The hash itself stays internal to `Geo`, so the public name does not clash with
/// swift-crypto's `SHA256` in code that imports both.
///
/// - Complexity: O(n) in the bytes added.
public struct ContentDigest: Sendable {
    private var hash = SHA256()

    /// An empty digest; ``hexDigest()`` of it is SHA-256 of no bytes.
    public init() {}

    /// Adds bytes, in order, to the digest.
    public mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        hash.update(bytes)
    }

    /// Adds the bytes of a buffer, in order, to the digest (for example a `Double`'s bit
    /// pattern through `withUnsafeBytes(of:)`).
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        hash.update(bytes)
    }

    /// The SHA-256 of everything added so far, as 64 lowercase hexadecimal digits. The
    /// digest can go on taking bytes afterwards.
    public func hexDigest() -> String {
        hash.hexDigest()
    }

    /// HMAC-SHA-256 (RFC 2104) of `message` under `key`, 32 bytes: a seal that only a holder
    /// of the key can make, so a stored entry altered by anyone else is detected.
    public static func authenticationCode(key: [UInt8], message: [UInt8]) -> [UInt8] {
        SHA256.authenticationCode(key: key, message: message)
    }

    /// HMAC-SHA-256 under `key` of the bytes `feed` adds to the digest it is given, in order:
    /// the same seal as ``authenticationCode(key:message:)`` of those bytes joined, without
    /// joining them (a large mapped file is sealed where it lies).
    public static func authenticationCode(key: [UInt8], feeding feed: (inout ContentDigest) -> Void) -> [UInt8] {
        SHA256.authenticationCode(key: key) { hash in
            var digest = ContentDigest(hash: hash)
            feed(&digest)
            hash = digest.hash
        }
    }

    private init(hash: SHA256) {
        self.hash = hash
    }
}
