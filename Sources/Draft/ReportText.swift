/// A report's text cut into sentences and words, each word knowing where it stands
/// (character offsets, and the line and column an analyst looks it up by).
///
/// Sentences end at `.`, `!` or `?` followed by a space and a capital, a digit or a
/// quote — except after abbreviations ("Sept.", "U.S.", "a.m.", "St.") — and at every
/// blank line; a line without end punctuation (a headline, a caption) is a sentence of
/// its own.
struct ReportText: Sendable {
    /// One word or punctuation mark: `start..<end` in ``characters``.
    struct Token: Sendable, Hashable {
        var text: String
        var start: Int
        var end: Int
        /// Lowercased, with curly apostrophes straightened.
        var lower: String
        var isWord: Bool { text.first.map { $0.isLetter || $0.isNumber } ?? false }
        /// Starts with a capital letter (a name, or the first word of a sentence).
        var isCapitalized: Bool { text.first?.isUppercase ?? false }
    }

    struct Sentence: Sendable, Hashable {
        var start: Int
        var end: Int
        var tokens: [Token]
        /// 1-based line and column (in characters) of the sentence's first character.
        var line: Int
        var column: Int
    }

    let characters: [Character]
    let sentences: [Sentence]
    private let lineStarts: [Int]

    init(_ text: String) {
        let characters = Array(text)
        self.characters = characters
        var starts = [0]
        for (index, character) in characters.enumerated() where character == "\n" || character == "\r\n" { starts.append(index + 1) }
        lineStarts = starts
        let tokens = Self.tokenize(characters)
        sentences = Self.split(tokens, characters: characters, lineStarts: starts)
    }

    /// The text of `start..<end`, character for character.
    func text(_ start: Int, _ end: Int) -> String { String(characters[start..<end]) }

    /// The sentence's exact text.
    func text(of sentence: Sentence) -> String { text(sentence.start, sentence.end) }

    /// 1-based line and column of character `offset`.
    func position(of offset: Int) -> (line: Int, column: Int) {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return (low + 1, offset - lineStarts[low] + 1)
    }

    static let abbreviations: Set<String> = [
        "st", "mt", "ft", "u.s", "u.k", "u.n", "a.m", "p.m", "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "mr", "mrs", "ms", "dr", "gen", "lt", "col", "capt", "cmdr", "adm", "sgt", "maj",
        "gov", "sen", "rep", "vs", "etc", "inc", "ltd", "co", "corp", "approx", "e.g", "i.e", "cdr", "rear", "vice",
    ]

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    /// Words are letters and digits joined by `-`, `'`, `’`, `.` (between letters: "U.S."),
    /// or `/` ("M/V"); everything else but spaces is a token of its own.
    static func tokenize(_ characters: [Character]) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace { index += 1; continue }
            guard isWordCharacter(character) else {
                tokens.append(token(characters, index, index + 1)); index += 1; continue
            }
            var end = index + 1
            while end < characters.count {
                if isWordCharacter(characters[end]) { end += 1; continue }
                let joiner = characters[end]
                if "-'’/.–".contains(joiner), end + 1 < characters.count, isWordCharacter(characters[end + 1]) {
                    if joiner == ".", !(characters[end - 1].isLetter && characters[end + 1].isLetter
                                         && (end + 2 >= characters.count || !characters[end + 2].isLetter || characters[end + 2] == ".")) { break }
                    if joiner == "–", !characters[end - 1].isNumber { break }
                    end += 2; continue
                }
                break
            }
            // "U.S." and "a.m." keep their final period.
            if end < characters.count, characters[end] == ".", end - index >= 3, characters[end - 2] == ".",
               characters[end - 1].isLetter { end += 1 }
            tokens.append(token(characters, index, end))
            index = end
        }
        return tokens
    }

    private static func token(_ characters: [Character], _ start: Int, _ end: Int) -> Token {
        let text = String(characters[start..<end])
        return Token(text: text, start: start, end: end, lower: text.lowercased().replacingOccurrences(of: "’", with: "'"))
    }

    private static func split(_ tokens: [Token], characters: [Character], lineStarts: [Int]) -> [Sentence] {
        var sentences: [Sentence] = []
        var current: [Token] = []
        func close() {
            guard let first = current.first, let last = current.last else { return }
            var line = 0
            while line + 1 < lineStarts.count, lineStarts[line + 1] <= first.start { line += 1 }
            sentences.append(Sentence(start: first.start, end: last.end, tokens: current, line: line + 1,
                                      column: first.start - lineStarts[line] + 1))
            current = []
        }
        for (index, token) in tokens.enumerated() {
            if let previous = current.last {
                let gap = characters[previous.end..<token.start]
                let newlines = gap.filter { $0 == "\n" || $0 == "\r\n" }.count
                if newlines >= 2 || (newlines == 1 && !(previous.text == "," || previous.isWord && token.text.first?.isLowercase == true)) {
                    close()
                }
            }
            current.append(token)
            guard [".", "!", "?"].contains(token.text), index + 1 < tokens.count else { continue }
            let next = tokens[index + 1]
            let before = current.count >= 2 ? current[current.count - 2].lower : ""
            let startsNew = next.isCapitalized || next.text.first?.isNumber == true || ["\"", "“", "'", "‘", "("].contains(next.text)
            if startsNew, !(token.text == "." && abbreviations.contains(before)), characters[token.end..<next.start].contains(where: \.isWhitespace) {
                close()
            }
        }
        close()
        return sentences
    }
}
