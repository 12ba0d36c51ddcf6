/// A problem found while loading a data-only pack, located in its file so a
/// person can go straight to the line: `plugins/x/queries/a.yaml:12:5: …`.
public struct PackProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kinds of problem, so callers and tests need not parse messages.
    public enum Kind: String, Sendable, Hashable {
        /// The folder or file cannot be read.
        case unreadable
        /// The file is not well-formed YAML.
        case syntax
        /// The YAML is well-formed but not what the file must hold.
        case invalid
        /// The contribution is valid alone but clashes with one already loaded.
        case conflict
    }

    /// What sort of problem, for callers and tests.
    public var kind: Kind
    /// The file as shown to the user (relative to the working folder when inside it).
    public var file: String
    /// 1-based line and column, when known.
    public var line: Int?
    /// 1-based, in Unicode scalars as libyaml counts.
    public var column: Int?
    /// What is wrong and what to do, for a person.
    public var message: String

    /// A problem at `file`, optionally at a line and column.
    public init(_ kind: Kind, file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: message`, the form editors and terminals link to.
    public var description: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return "\(location): \(message)"
    }
}
