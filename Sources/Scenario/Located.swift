import Routes

/// A value with the place in the file it came from.
public struct Located<Value: Sendable & Hashable>: Sendable, Hashable {
    /// The value as read (for scalars, the text exactly as written).
    public var value: Value
    /// Where the value starts in its file: file, 1-based line and column.
    public var location: SourceLocation

    /// `value`, read at `location`.
    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}
