/// Byte-level rewriting rules that collapse transliteration variants (see ``NameKey``).
///
/// Applied in passes to ASCII bytes of a folded, space-free key; other bytes pass through.
enum SkeletonRules {
    static func apply(_ input: [UInt8]) -> [UInt8] {
        // Pass 1: digraphs. kh→h, gh→g, ph→f, ck→k, ou→u, oo→u, ej→e.
        var pass1: [UInt8] = []
        pass1.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            let byte = input[index]
            let next: UInt8 = index + 1 < input.count ? input[index + 1] : 0
            switch (byte, next) {
            case (k, h): pass1.append(h); index += 2
            case (g, h): pass1.append(g); index += 2
            case (p, h): pass1.append(f); index += 2
            case (c, k): pass1.append(k); index += 2
            case (o, u), (o, o): pass1.append(u); index += 2
            case (e, j): pass1.append(e); index += 2
            default: pass1.append(byte); index += 1
            }
        }
        // Pass 2: single letters. y→i, q→k, w→v.
        for position in pass1.indices {
            switch pass1[position] {
            case y: pass1[position] = i
            case q: pass1[position] = k
            case w: pass1[position] = v
            default: break
            }
        }
        // Pass 3: ei→e, ij→i; then doubled letters become single.
        var output: [UInt8] = []
        output.reserveCapacity(pass1.count)
        index = 0
        while index < pass1.count {
            let byte = pass1[index]
            let next: UInt8 = index + 1 < pass1.count ? pass1[index + 1] : 0
            if (byte == e && next == i) || (byte == i && next == j) {
                appendCollapsing(byte, to: &output)
                index += 2
            } else {
                appendCollapsing(byte, to: &output)
                index += 1
            }
        }
        return output
    }

    private static func appendCollapsing(_ byte: UInt8, to output: inout [UInt8]) {
        if byte >= 0x61 && byte <= 0x7A, let last = output.last, last == byte { return }
        output.append(byte)
    }

    private static let c = UInt8(ascii: "c"), e = UInt8(ascii: "e"), f = UInt8(ascii: "f"), g = UInt8(ascii: "g")
    private static let h = UInt8(ascii: "h"), i = UInt8(ascii: "i"), j = UInt8(ascii: "j"), k = UInt8(ascii: "k")
    private static let o = UInt8(ascii: "o"), p = UInt8(ascii: "p"), q = UInt8(ascii: "q"), u = UInt8(ascii: "u")
    private static let v = UInt8(ascii: "v"), w = UInt8(ascii: "w"), y = UInt8(ascii: "y")
}
