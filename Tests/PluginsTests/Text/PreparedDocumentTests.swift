import Foundation
import Testing
@testable import Plugins

/// A document is normalized and scanned once for all its extractors, however
/// many documents other threads prepare meanwhile.
@Suite struct PreparedDocumentTests {
    static func document(_ id: String, city: String? = "武汉") -> SourceDocument {
        SourceDocument(id: id, title: id, date: "2026-03-01", city: city, text: "市政协主席\(id)主持会议。化工产业。")
    }

    @Test func keptWhileExtractedThenDropped() throws {
        let index = try LexiconIndex(lexicons: [BuiltInLexicons.load("industries")])
        let long = Self.document("long-\(UUID().uuidString)")
        let first = PreparedDocument.extracting(long) { () -> PreparedDocument in
            let first = PreparedDocument.shared(for: long, index: index)
            // Another thread goes through many short documents meanwhile.
            for n in 0..<40 { _ = PreparedDocument.shared(for: Self.document("short-\(n)"), index: index) }
            #expect(PreparedDocument.shared(for: long, index: index) === first)
            return first
        }
        #expect(PreparedDocument.shared(for: long, index: index) !== first)
    }

    /// A manifest whose place is a province (贵州) prepares a document with no
    /// city; its second extractor still finds the first one's preparation.
    @Test func provinceManifestIsReused() throws {
        let index = try LexiconIndex(lexicons: [BuiltInLexicons.load("industries")])
        let document = Self.document("province-\(UUID().uuidString)", city: "贵州")
        PreparedDocument.extracting(document) {
            let first = PreparedDocument.shared(for: document, index: index)
            #expect(first.city == nil)
            #expect(PreparedDocument.shared(for: document, index: index) === first)
        }
    }
}
