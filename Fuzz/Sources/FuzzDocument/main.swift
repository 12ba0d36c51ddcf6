import FuzzSupport
import Foundation
import Graph
@testable import Plugins

/// The document reader and the built-in extractors: any bytes are decoded (UTF-8 or
/// GB18030) or refused, and decoded text goes through every extractor and the
/// cross-document finishers into a graph.
let registry: PluginRegistry = {
    do { return try BuiltInPlugins.registry() } catch { fatalError("the built-in plugins do not load: \(error)") }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocument(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    guard let text = try? DocumentReader.decode(bytes, file: "fuzz.txt") else { return 0 }
    let document = SourceDocument(
        id: "fuzz", title: DocumentMetadata.title(in: text) ?? "fuzz",
        date: DocumentMetadata.date(file: "fuzz-2025-05-05.txt", text: text), text: text)
    var graph = PropertyGraph()
    let context = registry.extractionContext
    do {
        for extractor in registry.extractors {
            try extractor.item.extract(from: document, context: context, into: &graph)
        }
        for extractor in registry.extractors {
            if let finisher = extractor.item as? any GraphFinisher { try finisher.finish(&graph, context: context) }
        }
    } catch {
        _ = "\(error)"
    }
    return 0
}

// SwiftPM names this file's top-level code the program's `main`, so libFuzzer's own
// `main` is not linked in; its driver is started here instead, with the same options.
exit(FuzzDriver.run(fuzzDocument))
