import CGraphviz
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one door to the Graphviz C library.
///
/// Graphviz keeps global state (the error handler, layout scratch data): two
/// renders at once crash it even with separate contexts, so every call goes
/// through one process-wide lock, and one context is made once and reused
/// (making it loads the plugins, which takes longer than a small layout).
enum Graphviz {
    private static let lock = NSLock()
    private static var context: OpaquePointer?
    /// Messages Graphviz reported during the current call; guarded by `lock`.
    private static var messages: [String] = []

    /// Lays out DOT `source` with `layout` and renders it to `device`
    /// (for example "png:cairo"), trying each device in turn until one exists.
    ///
    /// Returns the bytes and Graphviz's warnings; throws with Graphviz's own
    /// message when the source does not parse or the layout fails.
    static func render(source: String, layout: DiagramLayout, devices: [String]) throws -> (Data, [String]) {
        lock.lock()
        defer { lock.unlock() }
        messages = []
        _ = agseterr(AGWARN)
        _ = agseterrf { text in
            if let text { Graphviz.messages.append(String(cString: text)) }
            return 0
        }
        guard let gvc = sharedContext() else {
            throw DiagramError(.graphviz, "Graphviz could not start (gvContext failed); reinstall graphviz")
        }
        guard let graph = source.withCString({ agmemread($0) }) else {
            throw DiagramError(.graphviz, "Graphviz could not read the diagram source: \(reported())")
        }
        defer { agclose(graph) }
        guard gvLayout(gvc, graph, layout.rawValue) == 0 else {
            throw DiagramError(.graphviz, "Graphviz layout '\(layout.rawValue)' failed: \(reported())")
        }
        defer { gvFreeLayout(gvc, graph) }
        for device in devices {
            var buffer: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            let before = messages.count
            // The cairo plugin reports some failures ("cairo: out of memory") only on standard error.
            let (status, printed) = Self.capturingStandardError { gvRenderData(gvc, graph, device, &buffer, &length) }
            let failures = printed.split(separator: "\n").filter {
                $0.hasPrefix("cairo") || $0.hasPrefix("Error") || $0.contains("out of memory")
            }
            if !failures.isEmpty {
                if let buffer { gvFreeRenderData(buffer) }
                throw DiagramError(
                    .graphviz, "Graphviz failed to render \(device): \(failures.joined(separator: "; ")); nothing was written")
            }
            if !printed.isEmpty { FileHandle.standardError.write(Data(printed.utf8)) }
            guard status == 0, let buffer else { continue }
            let data = Data(bytes: buffer, count: Int(length))
            gvFreeRenderData(buffer)
            // A renderer can report an error (cairo: out of memory) and still hand back bytes: those are no diagram.
            let errors = messages[before...].map(trimmed).filter { $0.hasPrefix("Error") }
            guard !data.isEmpty, errors.isEmpty else {
                let reason = errors.isEmpty ? "it produced no output" : messages[before...].map(trimmed).joined(separator: " ")
                throw DiagramError(.graphviz, "Graphviz failed to render \(device): \(reason); nothing was written")
            }
            // A device tried and missing reports an error we do not want to pass on.
            return (data, messages.filter { !$0.contains("not recognized") }.map(trimmed))
        }
        throw DiagramError(
            .graphviz,
            "Graphviz cannot write \(devices.joined(separator: " or ")): \(reported()); check that the graphviz cairo plugin is installed")
    }

    /// Runs `body` with file descriptor 2 sent to a temporary file, and
    /// returns what was written there (a file, not a pipe: a pipe left unread
    /// would block a long message). Called under `lock`.
    static func capturingStandardError<T>(_ body: () -> T) -> (T, String) {
        var template = Array((NSTemporaryDirectory() + "/graphviz-stderr-XXXXXX").utf8CString)
        let file = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard file >= 0 else { return (body(), "") }
        let path = String(cString: template)
        defer { unlink(path); close(file) }
        fflush(stderr)
        let saved = dup(2)
        guard saved >= 0, dup2(file, 2) >= 0 else { return (body(), "") }
        let result = body()
        fflush(stderr)
        dup2(saved, 2)
        close(saved)
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return (result, text)
    }

    private static func sharedContext() -> OpaquePointer? {
        if context == nil { context = gvContext() }
        return context
    }

    private static func reported() -> String {
        let text = messages.map(trimmed).filter { !$0.isEmpty }.joined(separator: "; ")
        return text.isEmpty ? "no message from Graphviz" : text
    }

    private static func trimmed(_ message: String) -> String {
        message.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
