import Foundation
import Testing

@Suite struct RenderCommandTests {
    /// A dataset folder with one document and a hand-written snapshot: two
    /// people named 梁鸣 (a person and an organization), a party, an agency
    /// owning a task. Removed afterwards.
    final class Dataset {
        let folder: URL
        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("render-\(UUID().uuidString)")
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent("build"), withIntermediateDirectories: true)
            try Data("测试文档。\n".utf8).write(to: folder.appendingPathComponent("doc.txt"))
            let nodes = [
                (["Person"], #""name": "梁鸣""#), (["Party"], #""name": "民建""#),
                (["Agency"], #""aliases": ["市发改委"], "name": "市发展改革委""#),
                (["Task"], #""code": "(一)1", "title": "推动人工智能计算中心扩容升级""#),
                (["Person"], #""name": "王小明""#), (["Organization"], #""name": "梁鸣""#),
            ]
            let relationships = [("MEMBER_OF", 0, 1, #""role": "主委""#), ("LEADS", 2, 3, ""), ("MEMBER_OF", 4, 1, "")]
            let nodeText = nodes.enumerated().map { index, node in
                #"{"id": \#(index), "labels": ["\#(node.0.joined(separator: "\", \""))"], "properties": {\#(node.1)}, "sources": []}"#
            }
            let relationshipText = relationships.enumerated().map { index, r in
                #"{"end": \#(r.2), "id": \#(index), "properties": {\#(r.3)}, "sources": [], "start": \#(r.1), "type": "\#(r.0)"}"#
            }
            let snapshot = """
                {"format": "policy-graph-snapshot", "version": 1,
                 "nodes": [\(nodeText.joined(separator: ",\n"))],
                 "relationships": [\(relationshipText.joined(separator: ",\n"))]}
                """
            try Data(snapshot.utf8).write(to: folder.appendingPathComponent("build/graph.json"))
        }
        deinit { try? FileManager.default.removeItem(at: folder) }
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

        func render(_ arguments: [String]) throws -> ExplorerRunner.Output {
            // The tests read the text a person sees; piped output is JSON unless asked otherwise.
            try ExplorerRunner.run(["render", folder.path, "--format", "text"] + arguments)
        }
    }

    @Test func rendersTheWholeGraphAsSVG() throws {
        let dataset = try Dataset()
        let result = try dataset.render(["-o", dataset.path("graph.svg")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("6 nodes, 3 relationships"))
        let svg = try String(contentsOfFile: dataset.path("graph.svg"), encoding: .utf8)
        #expect(svg.contains("市发展改革委") && svg.contains("主委") && svg.contains("Legend"))
    }

    @Test func rendersLabelsAsPNG() throws {
        let dataset = try Dataset()
        let result = try dataset.render(["-o", dataset.path("tasks.png"), "--label", "Agency", "--label", "Task"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("2 nodes, 1 relationships"))
        let data = try Data(contentsOf: URL(fileURLWithPath: dataset.path("tasks.png")))
        #expect(Array(data.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
    }

    @Test func rendersANeighbourhoodByAliasAsPDF() throws {
        let dataset = try Dataset()
        let result = try dataset.render(["-o", dataset.path("around.pdf"), "--around", "市发改委", "--depth", "1",
                                         "--layout", "twopi"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("2 nodes, 1 relationships"))
        let data = try Data(contentsOf: URL(fileURLWithPath: dataset.path("around.pdf")))
        #expect(String(decoding: data.prefix(5), as: UTF8.self) == "%PDF-")
    }

    @Test func aSharedNameIsListedAndAnIdPicksOne() throws {
        let dataset = try Dataset()
        let ambiguous = try dataset.render(["-o", dataset.path("x.svg"), "--around", "梁鸣"])
        #expect(ambiguous.status != 0)
        #expect(ambiguous.stderr.contains("n0 :Person 梁鸣") && ambiguous.stderr.contains("n5 :Organization 梁鸣"))
        let picked = try dataset.render(["-o", dataset.path("x.svg"), "--around", "n0", "--depth", "2"])
        #expect(picked.status == 0, "\(picked.stderr)")
        #expect(picked.stdout.contains("3 nodes, 2 relationships"))
    }

    @Test func unknownNameFails() throws {
        let dataset = try Dataset()
        let result = try dataset.render(["-o", dataset.path("x.svg"), "--around", "李四"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no node is named '李四'"))
        #expect(!FileManager.default.fileExists(atPath: dataset.path("x.svg")))
    }

    @Test func theCapRefusesAndSaysHowToNarrow() throws {
        let dataset = try Dataset()
        let result = try dataset.render(["-o", dataset.path("x.svg"), "--max-nodes", "3"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("6 nodes, more than the limit of 3"))
        #expect(result.stderr.contains("--around NAME --depth N") && result.stderr.contains("--label L"))
        #expect(!FileManager.default.fileExists(atPath: dataset.path("x.svg")))
    }

    @Test(arguments: [
        (["-o", "out.jpeg"], "name the file .svg, .png, .pdf or .dot"),
        (["-o", "out.svg", "--layout", "spring"], "unknown layout 'spring'"),
        (["-o", "/nonexistent-folder/out.svg"], "does not exist"),
        (["-o", "out.svg", "--depth", "2"], "--depth needs --around"),
        (["-o", "out.svg", "--label", "Agnecy"], "unknown label 'Agnecy'"),
    ])
    func badArgumentsFailWithAClearMessage(arguments: [String], message: String) throws {
        let dataset = try Dataset()
        let fixed = arguments.map { $0.hasPrefix("out.") ? dataset.path($0) : $0 }
        let result = try dataset.render(fixed)
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "stderr was: \(result.stderr)")
    }

    @Test func helpExplainsEveryOption() throws {
        let result = try ExplorerRunner.run(["render", "--help"])
        #expect(result.status == 0)
        for option in ["--output", "--layout", "--around", "--depth", "--label", "--max-nodes", "--hide-isolated", ".png", "twopi"] {
            #expect(result.stdout.contains(option), "help lacks \(option)")
        }
    }

    @Test func labelsAndNamesOnTheCommandLineAreReadAsInTheShell() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("render-names-\(UUID().uuidString).svg")
        defer { try? FileManager.default.removeItem(at: out) }
        let label = try ExplorerRunner.run(["render", "-o", out.path, "--label", "Persn"])
        #expect(label.status != 0)
        #expect(label.stderr.contains("did you mean Person?"), "\(label.stderr)")
        let pinyin = try ExplorerRunner.run(["render", "-o", out.path, "--around", "LiangMing"])
        #expect(pinyin.status == 0, "\(pinyin.stderr)")
        #expect(pinyin.stderr.contains("taken as 梁鸣 (pinyin)"))
        let several = try ExplorerRunner.run(["render", "-o", out.path, "--around", "liang"])
        #expect(several.status != 0)
        #expect(several.stderr.contains("did you mean: 梁鸣"), "\(several.stderr)")
        let typo = try ExplorerRunner.run(["render", "-o", out.path, "--around", "梁明"])
        #expect(typo.stderr.contains("did you mean: 梁鸣?"), "\(typo.stderr)")
    }
}

extension RenderCommandTests {
    @Test func drawsTheOwnershipMatrix() throws {
        let dataset = try Dataset()
        let result = try dataset.render(["-o", dataset.path("matrix.svg"), "--view", "matrix"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("wrote \(dataset.path("matrix.svg")): matrix of 6 nodes"))
        let svg = try String(contentsOfFile: dataset.path("matrix.svg"), encoding: .utf8)
        #expect(svg.contains("推动人工智能计算中心扩容升级") && svg.contains("●") && svg.contains("牵头 LEADS"))
    }

    @Test func aTimelineNeedsANodeWithDatedFacts() throws {
        let dataset = try Dataset()
        let bare = try dataset.render(["-o", dataset.path("t.svg"), "--view", "timeline"])
        #expect(bare.status != 0 && bare.stderr.contains("--view timeline needs --around NAME"))
        let undated = try dataset.render(["-o", dataset.path("t.svg"), "--view", "timeline", "--around", "王小明"])
        #expect(undated.status != 0 && undated.stderr.contains("王小明 has no dated facts"))
        #expect(!FileManager.default.fileExists(atPath: dataset.path("t.svg")))
    }

    @Test func foldingFlagsAreCheckedAndNamesMustExist() throws {
        let dataset = try Dataset()
        let both = try dataset.render(["-o", dataset.path("g.svg"), "--no-fold", "--fold-above", "3"])
        #expect(both.status != 0 && both.stderr.contains("--no-fold and --fold-above contradict"))
        let unknown = try dataset.render(["-o", dataset.path("g.svg"), "--expand", "不存在的单位"])
        #expect(unknown.status != 0 && unknown.stderr.contains("no node is named '不存在的单位'"))
        let view = try dataset.render(["-o", dataset.path("g.svg"), "--view", "pie"])
        #expect(view.status != 0 && view.stderr.contains("unknown view 'pie'; use one of graph, matrix, timeline"))
        let grouped = try dataset.render(["-o", dataset.path("g.dot"), "--group-by", "party", "--fold-above", "1"])
        #expect(grouped.status == 0, "\(grouped.stderr)")
        let dot = try String(contentsOfFile: dataset.path("g.dot"), encoding: .utf8)
        #expect(dot.contains("subgraph \"cluster_n1\"") && dot.contains("⊕ 2 × 成员 MEMBER_OF"))
    }
}
