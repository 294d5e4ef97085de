/// Which passages a sea route may use.
///
/// Passage ids are those of ``SeaRouter/passages``, e.g. `"bosporus"`, `"suez"`, `"kiel"`.
public struct SeaRouteOptions: Sendable, Equatable {
    /// Passages to close, even those open by default.
    public var avoid: Set<String>
    /// Passages to open that are closed by default (e.g. `"kiel"`). `avoid` wins over `allow`.
    public var allow: Set<String>

    public init(avoid: Set<String> = [], allow: Set<String> = []) {
        self.avoid = avoid
        self.allow = allow
    }
}
