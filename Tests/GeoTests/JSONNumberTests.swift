import Foundation
import Testing
@testable import Geo

/// JSON numbers read to the Double their text names, whole numbers without making a string.
struct JSONNumberTests {
    @Test("whole, negative, decimal, exponent and long numbers read as Double(text) reads them",
          arguments: ["0", "-0", "7", "-42", "294586", "123456789012345", "-123456789012345", "1234567890123456",
                      "12345678901234567890", "0.5", "-18.041659", "11.680922", "1e3", "1E-7", "2.5e+10", "-0.0", "100"])
    func numbersMatchText(text: String) throws {
        let value = try JSONValue.parse(Data("[\(text), 1]".utf8))
        let number = try #require(value.array?.first?.number)
        let expected = try #require(Double(text))
        #expect(number.bitPattern == expected.bitPattern, "\(text)")
    }

    @Test("a lone minus sign or a bare word is not a number")
    func notNumbers() {
        #expect(throws: JSONValue.SyntaxError.self) { try JSONValue.parse(Data("[-]".utf8)) }
        #expect(throws: JSONValue.SyntaxError.self) { try JSONValue.parse(Data("[x1]".utf8)) }
    }
}
