/// Makes cairo's SVG output repeatable: cairo numbers glyphs, surfaces, clips and patterns
/// from counters shared by the whole process, so the second map a process draws gets other
/// ids than the first. This renumbers every such id in order of first appearance.
enum SVGIdentifiers {
    static let prefixes: [[UInt8]] = ["glyph", "surface", "clip", "image", "pattern", "mask", "source",
                                      "linear-pattern", "radial-pattern", "filter"].map { Array($0.utf8) }

    static func renumbered(_ svg: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(svg.count)
        var names: [[UInt8]: [UInt8]] = [:]
        var counters: [[UInt8]: Int] = [:]
        var index = 0
        let quote = UInt8(ascii: "\""), hash = UInt8(ascii: "#")
        while index < svg.count {
            let byte = svg[index]
            // An id starts after `id="` or `#`.
            let startsName = byte == hash || (byte == quote && index >= 3 && svg[index - 3] == UInt8(ascii: "i")
                && svg[index - 2] == UInt8(ascii: "d") && svg[index - 1] == UInt8(ascii: "="))
            output.append(byte)
            index += 1
            guard startsName else { continue }
            for prefix in prefixes where svg.count - index > prefix.count && svg[index..<index + prefix.count].elementsEqual(prefix) {
                var end = index + prefix.count
                while end < svg.count, isDigit(svg[end]) || (svg[end] == UInt8(ascii: "-") && end + 1 < svg.count && isDigit(svg[end + 1])) {
                    end += 1
                }
                guard end > index + prefix.count else { break }
                let token = Array(svg[index..<end])
                if let known = names[token] {
                    output += known
                } else {
                    let number = counters[prefix, default: 0]
                    counters[prefix] = number + 1
                    let replacement = prefix + Array(String(number).utf8)
                    names[token] = replacement
                    output += replacement
                }
                index = end
                break
            }
        }
        return output
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
}
