/// The file formats a diagram is written in, chosen by the output file's extension.
public enum DiagramFormat: String, Sendable, CaseIterable {
    case svg, png, pdf
    /// Graphviz source text, written without running Graphviz: edit it, or lay
    /// it out later with `dot -Tsvg`.
    case dot

    /// The format for a file name's extension (`.gv` is DOT too), case-insensitive.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "svg": self = .svg
        case "png": self = .png
        case "pdf": self = .pdf
        case "dot", "gv": self = .dot
        default: return nil
        }
    }

    /// The format of `path`, or an error naming the extensions that work.
    public static func of(path: String) throws -> DiagramFormat {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let ext = name.contains(".") ? String(name.split(separator: ".").last ?? "") : ""
        guard let format = DiagramFormat(fileExtension: ext) else {
            let shown = ext.isEmpty ? "no extension" : "extension '.\(ext)'"
            throw DiagramError(
                .unknownFormat,
                "cannot tell the format of \(path): \(shown); name the file .svg, .png, .pdf or .dot")
        }
        return format
    }

    /// Graphviz device names to try, best first. PNG and PDF go through cairo,
    /// which draws text with pango and so honours the CJK `fontname`.
    var graphvizDevices: [String] {
        switch self {
        case .svg: return ["svg"]
        case .png: return ["png:cairo", "png"]
        case .pdf: return ["pdf:cairo", "pdf"]
        case .dot: return []
        }
    }
}
