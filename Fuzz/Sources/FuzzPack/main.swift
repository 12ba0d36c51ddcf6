import FuzzSupport
import Foundation
import Graph
@testable import Plugins

/// The pack loader's readers and the dataset manifest: the first byte chooses which
/// file the rest is read as (plugin.yaml, a lexicon, a named query, a style or a
/// dataset's manifest.yaml); each either loads or is refused with a `PackProblem`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPack(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let kind = data[0] % 5
    let text = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
    if kind == 4 {
        _ = try? DatasetManifest(text: text, file: "manifest.yaml")
        return 0
    }
    guard let yaml = try? PackYAML.parse(text, file: "fuzz.yaml") else { return 0 }
    do {
        switch kind {
        case 0: _ = try PackManifest(pack: yaml)
        case 1: _ = try Lexicon(pack: yaml)
        case 2:
            let query = try NamedQuery(pack: yaml)
            _ = try? QueryEngine.statements(inScript: query.cypher)
        default: _ = try DiagramStyle(pack: yaml)
        }
    } catch {
        _ = "\(error)"
    }
    return 0
}

// SwiftPM names this file's top-level code the program's `main`, so libFuzzer's own
// `main` is not linked in; its driver is started here instead, with the same options.
exit(FuzzDriver.run(fuzzPack))
