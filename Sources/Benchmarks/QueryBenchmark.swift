// Query benchmark; see BENCHMARKS.md, section "Queries".
//
//     swift run -c release Benchmarks queries [NODES] [--repeat N]
//
// Builds a synthetic policy graph of NODES nodes (default 1,000,000) straight
// through PropertyGraph, with a fixed-seed generator, then times the openCypher
// engine on the questions the explorer asks: the canonical "who leads AI tasks"
// question, a name lookup, a hub's neighbourhood, a label count, a top-ten
// aggregation, and the snapshot written and read back.
import Foundation
import Graph
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The synthetic graph and the timings of the queries over it.
enum QueryBenchmark {
    /// The parties: a handful of hubs with tens of thousands of members each at 1M nodes.
    static let parties = ["民盟", "民进", "九三学社", "民建", "农工党", "民革", "致公党", "台盟", "无党派人士"]
    /// Share of persons per party, skewed as real membership is (the first party is the biggest hub).
    static let partyWeights = [30, 20, 15, 12, 10, 6, 4, 2, 1]
    static let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤").map(String.init)
    static let givenNames = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚英华建国志红玉兰文斌海波宁辉鹏飞俊峰晨阳雪梅松柏竹兵亮彬晶珊琳颖博宇航").map(String.init)
    static let industryWords = ["人工智能", "集成电路", "生物医药", "新能源汽车", "光电子信息", "智能制造", "数字经济", "新材料", "航空航天", "现代物流", "文化旅游", "养老服务", "医疗器械", "绿色低碳", "现代农业", "金融服务"]

    struct Shape {
        var persons = 0, speeches = 0, tasks = 0, agencies = 0, industries = 0, parties = 0
    }

    /// Node counts per label for `total` nodes: 40 % persons, 30 % speeches, the rest tasks after the small labels.
    static func shape(total: Int) -> Shape {
        var s = Shape()
        s.parties = parties.count
        s.industries = max(16, min(200, total / 5_000))
        s.agencies = max(20, min(2_000, total / 500))
        s.persons = total * 4 / 10
        s.speeches = total * 3 / 10
        s.tasks = max(1, total - s.persons - s.speeches - s.agencies - s.industries - s.parties)
        return s
    }

    /// Builds the graph. Fan-out: every person is a MEMBER_OF one party; every speech
    /// was GIVEn by one person and is ABOUT one or two industries; every task is ABOUT
    /// one industry (人工智能 for about 2 %), LEADS from one agency and RESPONSIBLE_FOR
    /// from one to three. A few agencies (the first ten) lead a third of all tasks.
    static func build(total: Int) throws -> PropertyGraph {
        let s = shape(total: total)
        var rng = SplitMix64(state: 1_000_003)
        var g = PropertyGraph()
        var partyIDs: [NodeID] = []
        for name in parties { partyIDs.append(try g.addNode(labels: ["Party"], properties: ["name": .string(name)])) }
        var industryIDs: [NodeID] = []
        for k in 0..<s.industries {
            let name = k < industryWords.count ? industryWords[k] : "\(industryWords[k % industryWords.count])\(k / industryWords.count)类"
            industryIDs.append(try g.addNode(labels: ["Industry"], properties: ["name": .string(name)]))
        }
        var agencyIDs: [NodeID] = []
        for k in 0..<s.agencies {
            let name = k == 0 ? "市发展和改革委员会" : "市第\(k)局"
            agencyIDs.append(try g.addNode(labels: ["Agency"], properties: ["name": .string(name)]))
        }
        var cumulative: [Int] = []
        var sum = 0
        for w in partyWeights { sum += w; cumulative.append(sum) }
        var personIDs: [NodeID] = []
        personIDs.reserveCapacity(s.persons)
        for _ in 0..<s.persons {
            let name = rng.pick(surnames) + rng.pick(givenNames) + (rng.next() % 3 == 0 ? "" : rng.pick(givenNames))
            let p = try g.addNode(labels: ["Person"], properties: ["name": .string(name)])
            personIDs.append(p)
            let draw = Int(rng.next() % UInt64(sum))
            let party = cumulative.firstIndex { draw < $0 }!
            try g.addRelationship(type: "MEMBER_OF", from: p, to: partyIDs[party])
        }
        for k in 0..<s.speeches {
            let speech = try g.addNode(
                labels: ["Speech"],
                properties: ["title": .string("关于推进第\(k)项工作的发言"), "date": .string("2025-01-\(10 + k % 18)")],
                sources: [Provenance(document: "speeches-\(k % 500)", offset: (k % 97) * 300, length: 60, quote: "关于推进第\(k)项工作的发言")])
            try g.addRelationship(type: "GAVE", from: rng.pick(personIDs), to: speech)
            try g.addRelationship(type: "ABOUT", from: speech, to: rng.pick(industryIDs))
            if rng.next() % 2 == 0 { try g.addRelationship(type: "ABOUT", from: speech, to: rng.pick(industryIDs)) }
        }
        for k in 0..<s.tasks {
            let code = "T\(k)"
            let task = try g.addNode(
                labels: ["Task"], properties: ["code": .string(code), "name": .string("第\(k)项重点任务")],
                sources: [Provenance(document: "plan-\(k % 200)", offset: (k % 101) * 200, length: 40, quote: "第\(k)项重点任务")])
            // 人工智能 is industry 0: about 2 % of tasks, the rest spread evenly.
            let industry = rng.next() % 50 == 0 ? industryIDs[0] : rng.pick(industryIDs)
            try g.addRelationship(type: "ABOUT", from: task, to: industry)
            let lead = rng.next() % 3 == 0 ? agencyIDs[Int(rng.next() % 10)] : rng.pick(agencyIDs)
            try g.addRelationship(type: "LEADS", from: lead, to: task)
            for _ in 0..<(1 + Int(rng.next() % 3)) {
                try g.addRelationship(type: "RESPONSIBLE_FOR", from: rng.pick(agencyIDs), to: task)
            }
        }
        return g
    }

    static func wallSeconds() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    static func processSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    static func loadAverage() -> String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))
            .map { $0.split(separator: " ").prefix(3).joined(separator: " ") } ?? "?"
    }

    /// Current resident set in MB (peak is `peakMemoryMB()`).
    static func residentMB() -> Double {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
            let pages = text.split(separator: " ").dropFirst().first.flatMap({ Double($0) })
        else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }

    static func median(_ xs: [Double]) -> Double {
        let s = xs.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    static func format(_ seconds: Double) -> String {
        if seconds < 0.001 { return String(format: "%.0f µs", seconds * 1e6) }
        return seconds < 1 ? String(format: "%.1f ms", seconds * 1000) : String(format: "%.2f s", seconds)
    }

    /// Runs `body` `times` times; prints and returns the median wall and CPU seconds.
    @discardableResult
    static func time(_ label: String, times: Int, _ body: () throws -> String) rethrows -> Double {
        var walls: [Double] = []
        var cpus: [Double] = []
        var note = ""
        for _ in 0..<times {
            let w = wallSeconds(), c = processSeconds()
            note = try body()
            walls.append(wallSeconds() - w)
            cpus.append(processSeconds() - c)
        }
        let runs = walls.map(format).joined(separator: " / ")
        print("\(label): median wall \(format(median(walls))), CPU \(format(median(cpus))) [\(runs)] \(note)")
        return median(walls)
    }

    static func run(arguments: [String]) throws {
        let total = arguments.first.flatMap { Int($0.replacingOccurrences(of: "_", with: "")) } ?? 1_000_000
        var repeats = 5
        if let flag = arguments.firstIndex(of: "--repeat"), flag + 1 < arguments.count, let n = Int(arguments[flag + 1]) {
            repeats = max(1, n)
        }
        print("query benchmark: \(total) nodes, \(repeats) runs per query, load average at start \(loadAverage())")

        // The first build alone gives the peak memory of building; later builds only add timings.
        let w = wallSeconds(), c = processSeconds()
        let graph = try build(total: total)
        let firstBuild = (wall: wallSeconds() - w, cpu: processSeconds() - c)
        print("graph: \(graph.nodeCount) nodes, \(graph.relationshipCount) relationships; " +
            graph.labels.map { "\($0) \(graph.nodes(withLabel: $0).count)" }.joined(separator: ", "))
        print("first build: wall \(format(firstBuild.wall)), CPU \(format(firstBuild.cpu)); " +
            String(format: "peak RSS %.0f MB, resident now %.0f MB", peakMemoryMB(), residentMB()))
        try time("build (again)", times: max(1, repeats / 2)) {
            let g = try build(total: total)
            return "\(g.nodeCount) nodes"
        }

        let engine = QueryEngine(graph: graph)
        let hub = graph.nodes(withLabel: "Party").max { graph.incoming($0).count < graph.incoming($1).count }!
        let hubName = graph.node(hub).name ?? ""
        let person = graph.node(graph.nodes(withLabel: "Person")[graph.nodes(withLabel: "Person").count / 2]).name ?? ""
        let queries: [(String, String, [String: Value])] = [
            ("canonical: agencies on AI tasks",
             "MATCH (a:Agency)-[r:LEADS|RESPONSIBLE_FOR]->(t:Task)-[:ABOUT]->(:Industry {name: '人工智能'}) RETURN a.name, type(r), t.code", [:]),
            ("name lookup", "MATCH (p:Person {name: $name}) RETURN p", ["name": .string(person)]),
            ("hub neighbourhood, all (\(hubName), \(graph.incoming(hub).count + graph.outgoing(hub).count) relationships)",
             "MATCH (h:Party {name: $name})-[r]-(n) RETURN type(r), n.name", ["name": .string(hubName)]),
            ("hub neighbourhood, first 100", "MATCH (h:Party {name: $name})-[r]-(n) RETURN type(r), n.name LIMIT 100",
             ["name": .string(hubName)]),
            ("count persons", "MATCH (n:Person) RETURN count(n)", [:]),
            ("top parties by members",
             "MATCH (p:Person)-[:MEMBER_OF]->(party:Party) RETURN party.name, count(p) AS members ORDER BY members DESC LIMIT 10", [:]),
        ]
        print("load average before queries \(loadAverage())")
        for (label, text, parameters) in queries {
            print("  plan of \(label): " + (try engine.explain(text)).split(separator: "\n").joined(separator: " | "))
            try time(label, times: repeats) {
                let result = try engine.execute(text, parameters: parameters)
                return "→ \(result.rows.count) rows"
            }
        }

        let file = FileManager.default.temporaryDirectory.appendingPathComponent("query-benchmark-\(getpid()).json")
        defer { try? FileManager.default.removeItem(at: file) }
        let snapshotRuns = max(1, repeats / 2)
        print("load average before snapshots \(loadAverage())")
        try time("snapshot write", times: snapshotRuns) {
            try graph.writeSnapshot(to: file)
            let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
            return String(format: "→ %.0f MB", Double(size) / 1_000_000)
        }
        try time("snapshot load", times: snapshotRuns) {
            let loaded = try PropertyGraph(snapshotAt: file)
            return "→ \(loaded.nodeCount) nodes, \(loaded.relationshipCount) relationships"
        }
        print(String(format: "peak RSS at the end %.0f MB; load average at the end %@", peakMemoryMB(), loadAverage()))
    }
}
