import Foundation

/// ASCII replacements for Latin letters with diacritics (U+00C0–U+024F, U+1E00–U+1EFF).
///
/// Built once from Unicode canonical decomposition (é = e + ◌́), plus the letters that have
/// no decomposition (ø, ß, æ, œ, ł, đ, þ, ı, ħ).
enum FoldTable {
    static func replacement(for value: UInt32) -> String? {
        table[value]
    }

    private static let table: [UInt32: String] = {
        var table: [UInt32: String] = [
            0x00D8: "o", 0x00F8: "o", 0x00DF: "ss", 0x1E9E: "ss", 0x00C6: "ae", 0x00E6: "ae",
            0x0152: "oe", 0x0153: "oe", 0x0141: "l", 0x0142: "l", 0x0110: "d", 0x0111: "d",
            0x00D0: "d", 0x00F0: "d", 0x00DE: "th", 0x00FE: "th", 0x0131: "i", 0x0126: "h", 0x0127: "h",
            0x0166: "t", 0x0167: "t", 0x013F: "l", 0x0140: "l", 0x014A: "n", 0x014B: "n",
        ]
        let ranges: [ClosedRange<UInt32>] = [0x00C0...0x024F, 0x1E00...0x1EFF]
        for range in ranges {
            for value in range where table[value] == nil {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let decomposed = String(scalar).decomposedStringWithCanonicalMapping
                let ascii = decomposed.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic }
                if !ascii.isEmpty {
                    table[value] = String(String.UnicodeScalarView(ascii)).lowercased()
                }
            }
        }
        return table
    }()
}
