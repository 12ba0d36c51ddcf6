/// Where a pack's contribution was written, kept so that a clash found at
/// registration still points at the file and line.
struct PackLocation: Sendable, Hashable {
    var file: String
    var line: Int?
    var column: Int?

    init(_ yaml: PackYAML) {
        file = yaml.file
        line = yaml.node.mark?.line
        column = yaml.node.mark?.column
    }

    func problem(_ kind: PackProblem.Kind, _ message: String) -> PackProblem {
        PackProblem(kind, file: file, line: line, column: column, message: message)
    }
}
