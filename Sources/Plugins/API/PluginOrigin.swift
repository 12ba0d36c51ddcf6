/// Where a plugin came from, for `explorer plugins` and for error messages.
public enum PluginOrigin: Sendable, Hashable, CustomStringConvertible {
    /// Compiled into the explorer.
    case builtIn
    /// A data-only pack loaded from this folder.
    case pack(path: String)

    public var description: String {
        switch self {
        case .builtIn: return "built-in"
        case .pack(let path): return path
        }
    }
}
