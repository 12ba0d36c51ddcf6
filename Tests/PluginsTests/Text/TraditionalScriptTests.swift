import Foundation
import Graph
import Testing
@testable import Plugins

/// Documents in traditional script are read like simplified ones (the text is
/// folded for matching), while names keep the script the document writes, and
/// one person named in both scripts is one node.
@Suite struct TraditionalScriptTests {
    static func extract(_ text: String, id: String = "trad", city: String? = "武汉") throws -> PropertyGraph {
        let registry = try BuiltInPlugins.registry()
        var graph = PropertyGraph()
        let document = SourceDocument(id: id, title: id, date: "2022-05-01", city: city, text: text)
        for extractor in registry.extractors {
            try extractor.item.extract(from: document, context: registry.extractionContext, into: &graph)
        }
        return graph
    }

    static func ends(_ type: String, in graph: PropertyGraph) -> Set<String> {
        Set(graph.relationships(ofType: type).map(graph.relationship).compactMap { graph.node($0.end).name })
    }

    /// The issue's false hits, in traditional script: still no topic.
    @Test func lexiconTermsOnlyAsWholeWords() throws {
        let g = try Self.extract("會議要求，加快推進標準化工作，持續優化工業佈局，注重培養老年人才。")
        #expect(Self.ends("ABOUT", in: g).isEmpty, "\(Self.ends("ABOUT", in: g))")
        let stated = try Self.extract("加快發展生物醫藥產業，推動傳統化工向新材料轉型，發展社區養老服務，深化科技金融改革。")
        #expect(Self.ends("ABOUT", in: stated) == ["大健康", "石化", "银发经济", "科技金融"])
    }

    /// An agency is its lexicon entry, named canonically, with the form as written an alias.
    @Test func agencyIsTheEntryWithTheWrittenFormAsAlias() throws {
        let g = try Self.extract("市政協召開專題協商會，市發改委、市財政局負責同志到會聽取意見。")
        let agency = try #require(g.nodes(withLabel: "Agency").map(g.node).first { $0.name == "市发展和改革委员会" })
        let aliases = agency.properties["aliases"]?.listValue?.compactMap(\.stringValue) ?? []
        #expect(aliases.contains("市發改委"), "\(aliases)")
    }

    @Test func personIsNamedAsWrittenAndFoundBySimplifiedName() throws {
        let g = try Self.extract("市政協召開常委會議。民盟武漢市委主委劉曉東出席會議並講話。")
        let id = try #require(g.nodes(named: "劉曉東").first { g.node($0).hasLabel("Person") })
        #expect(g.nodes(named: "刘晓东").contains(id))
        let parties = g.outgoing(id).map(g.relationship).filter { $0.type == "MEMBER_OF" }.compactMap { g.node($0.end).name }
        #expect(parties == ["中国民主同盟"])
        // Provenance quotes the document as published.
        #expect(g.node(id).sources.allSatisfy { $0.quote.contains("劉曉東") })
    }

    /// A mainland page and a reposted traditional page of one city name one person:
    /// one node, whichever document comes first, carrying both forms.
    @Test(arguments: [false, true])
    func oneNodeAcrossScripts(traditionalFirst: Bool) throws {
        let mainland = try Self.extract("市政协召开常委会议。民盟武汉市委主委刘晓东出席会议。", id: "mainland")
        let reposted = try Self.extract("市政協召開主席會議。民盟武漢市委主委劉曉東出席會議。", id: "reposted")
        var fold = DocumentGraphMerge()
        for part in traditionalFirst ? [reposted, mainland] : [mainland, reposted] {
            try fold.merge(part)
        }
        let merged = fold.takeGraph()
        let persons = merged.nodes(withLabel: "Person")
        #expect(persons.count == 1)
        let node = try #require(persons.first.map(merged.node))
        #expect(node.name == (traditionalFirst ? "劉曉東" : "刘晓东"))
        let names = Set((node.properties["aliases"]?.listValue?.compactMap(\.stringValue) ?? []) + [node.name ?? ""])
        #expect(names.isSuperset(of: ["刘晓东", "劉曉東"]), "\(names)")
    }

    /// A simplified document with a character that is also traditional (於 the
    /// surname, 乾 of a given name) keeps it: no fold, no alias.
    @Test func simplifiedNamesWithSharedCharactersStay() throws {
        let g = try Self.extract("市政协召开常委会议。市政协副主席於海波、市政协委员庄乾明出席会议。")
        let names = Set(g.nodes(withLabel: "Person").compactMap { g.node($0).name })
        #expect(names == ["於海波", "庄乾明"])
        #expect(g.nodes(withLabel: "Person").allSatisfy { g.node($0).properties["aliases"] == nil })
    }

    /// The bundled documents converted to traditional script (ICU's Hans-Hant,
    /// which writes 後, 於, 乾 … by the word) give the same facts: the same
    /// nodes once their names are folded, and as many relationships of each type.
    @Test func bundledDocumentsInTraditionalScriptGiveTheSameFacts() throws {
        let folder = WorkPlanExtractorTests.packageRoot.appendingPathComponent("graphs/wuhan-cppcc/documents")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(files.count == 5)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let converted = try #require(text.applyingTransform(StringTransform(rawValue: "Hans-Hant"), reverse: false))
            #expect(converted != text)
            let simplified = try Self.extract(text, id: file)
            let traditional = try Self.extract(converted, id: file)
            func facts(_ g: PropertyGraph) -> (nodes: Set<String>, relationships: [String: Int]) {
                let nodes = Set(g.nodes.map { "\($0.labels.sorted()):\(ScriptFolding.simplified($0.name ?? ""))" })
                var counts: [String: Int] = [:]
                for r in g.relationships { counts[r.type, default: 0] += 1 }
                return (nodes, counts)
            }
            let a = facts(simplified), b = facts(traditional)
            #expect(a.nodes == b.nodes, "\(file): only simplified \(a.nodes.subtracting(b.nodes).sorted()), only traditional \(b.nodes.subtracting(a.nodes).sorted())")
            #expect(a.relationships == b.relationships, "\(file)")
        }
    }
}
