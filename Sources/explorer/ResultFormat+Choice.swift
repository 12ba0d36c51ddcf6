import Foundation
import Graph

extension ResultFormat {
    /// The format a command prints in: the one named, else a table on a terminal
    /// and JSON when the output goes to a pipe or a file (what scripts want).
    static func chosen(_ name: String?) throws -> ResultFormat {
        guard let name else { return isatty(STDOUT_FILENO) != 0 ? .table : .json }
        guard let format = ResultFormat(rawValue: name.lowercased()) else {
            let names = ResultFormat.allCases.map(\.rawValue).joined(separator: ", ")
            throw CommandError("unknown format '\(name)'; use one of \(names)")
        }
        return format
    }
}
