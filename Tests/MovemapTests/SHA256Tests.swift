import Testing
@testable import Movemap

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
}
