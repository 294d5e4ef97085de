import Testing
import Foundation
@testable import Geo

@Suite struct SHA256Tests {
    @Test func emptyInputHashesToTheFIPSVector() {
        #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func abcHashesToTheFIPSVector() {
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func twoBlockMessageHashesToTheFIPSVector() {
        let text = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        #expect(SHA256.hex(Array(text.utf8)) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func incrementalUpdatesEqualOneUpdate() {
        let bytes = (0..<1000).map { UInt8($0 % 251) }
        var hash = SHA256()
        hash.update(bytes[..<333])
        hash.update(bytes[333...])
        #expect(hash.hexDigest() == SHA256.hex(bytes))
    }

    @Test func authenticationCodeMatchesRFC4231TestCase2() {
        let code = SHA256.authenticationCode(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8))
        #expect(code.map { String(format: "%02x", $0) }.joined() == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test func authenticationCodeHashesALongKeyFirst() {
        let key = [UInt8](repeating: 0xaa, count: 131)
        let code = SHA256.authenticationCode(key: key, message: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8))
        #expect(code.map { String(format: "%02x", $0) }.joined() == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }

    @Test("the public content digest is the SHA-256 of everything added, in pieces or raw buffers")
    func contentDigestIsSHA256() {
        let bytes = (0..<1000).map { UInt8($0 % 251) }
        var digest = ContentDigest()
        digest.update(bytes[..<333])
        bytes[333...].withUnsafeBytes { digest.update($0) }
        #expect(digest.hexDigest() == SHA256.hex(bytes))
        #expect(ContentDigest().hexDigest() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let key = Array("Jefe".utf8), message = Array("what do ya want for nothing?".utf8)
        #expect(ContentDigest.authenticationCode(key: key, message: message) == SHA256.authenticationCode(key: key, message: message))
    }
}
