extension String {
    /// A name with an optional variant suffix read case-blind, as settings write them:
    /// `"A4-Portrait".variant("-portrait")` is `("a4", true)`, `"a4"` is `("a4", false)`.
    public func variant(_ suffix: String) -> (name: String, hasSuffix: Bool) {
        let lowered = lowercased()
        guard lowered.hasSuffix(suffix) else { return (lowered, false) }
        return (String(lowered.dropLast(suffix.count)), true)
    }
}
