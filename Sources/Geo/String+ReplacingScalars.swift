extension String {
    /// The text with each Unicode scalar for which `replacement` gives a string replaced by
    /// it (`""` drops the scalar); the others kept as they are. The one loop under JSON/YAML
    /// quoting, terminal escaping and XML escaping.
    public func replacingScalars(_ replacement: (Unicode.Scalar) -> String?) -> String {
        var output = ""
        output.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            if let replaced = replacement(scalar) {
                output += replaced
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
