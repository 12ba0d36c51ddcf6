/// Why a pack was skipped: its folder and every problem found in it.
public struct PackFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// The pack folder (or --plugin path) as shown to the user.
    public var path: String
    /// Every problem found, in file order; never empty.
    public var problems: [PackProblem]

    public var description: String {
        (["skipped plugin pack \(path):"] + problems.map { "  \($0)" }).joined(separator: "\n")
    }
}
