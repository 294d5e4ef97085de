/// Byte-level rewriting rules that collapse transliteration variants (see ``NameKey``).
///
/// Applied in place, in passes, to the ASCII bytes of a folded, space-free key (every pass
/// only shortens, so it writes behind where it reads); other bytes pass through.
enum SkeletonRules {
    static func apply(_ bytes: inout [UInt8]) {
        // Pass 1: digraphs kh→h, gh→g, ph→f, ck→k, ou→u, oo→u, ej→e; single letters y→i, q→k, w→v.
        var write = 0
        var read = 0
        let count = bytes.count
        while read < count {
            let byte = bytes[read]
            let next: UInt8 = read + 1 < count ? bytes[read + 1] : 0
            var out = byte
            var step = 1
            switch (byte, next) {
            case (k, h): out = h; step = 2
            case (g, h): out = g; step = 2
            case (p, h): out = f; step = 2
            case (c, k): out = k; step = 2
            case (o, u), (o, o): out = u; step = 2
            case (e, j): out = e; step = 2
            default:
                switch byte {
                case y: out = i
                case q: out = k
                case w: out = v
                default: break
                }
            }
            bytes[write] = out
            write += 1
            read += step
        }
        // Pass 2: ei→e, ij→i; doubled letters become single.
        let length = write
        write = 0
        read = 0
        while read < length {
            let byte = bytes[read]
            let next: UInt8 = read + 1 < length ? bytes[read + 1] : 0
            let step = (byte == e && next == i) || (byte == i && next == j) ? 2 : 1
            if !(byte >= 0x61 && byte <= 0x7A && write > 0 && bytes[write - 1] == byte) {
                bytes[write] = byte
                write += 1
            }
            read += step
        }
        bytes.removeLast(bytes.count - write)
    }

    private static let c = UInt8(ascii: "c"), e = UInt8(ascii: "e"), f = UInt8(ascii: "f"), g = UInt8(ascii: "g")
    private static let h = UInt8(ascii: "h"), i = UInt8(ascii: "i"), j = UInt8(ascii: "j"), k = UInt8(ascii: "k")
    private static let o = UInt8(ascii: "o"), p = UInt8(ascii: "p"), q = UInt8(ascii: "q"), u = UInt8(ascii: "u")
    private static let v = UInt8(ascii: "v"), w = UInt8(ascii: "w"), y = UInt8(ascii: "y")
}
