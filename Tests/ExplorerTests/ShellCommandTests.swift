import Foundation
import Graph
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `explorer shell` end to end: on a pseudo-terminal as a person types, and
/// through a pipe as a script runs it.
@Suite(.serialized) struct ShellCommandTests {
    static let sentence = "梁鸣是民盟成员，在武汉大学任教授。"

    /// A dataset folder with one document and a snapshot written from a graph
    /// built here, plus a history folder of its own. Removed afterwards.
    final class Fixture {
        let folder: URL
        var dataset: String { folder.appendingPathComponent("dataset").path }
        var stateHome: String { folder.appendingPathComponent("state").path }
        var historyFile: URL { folder.appendingPathComponent("state/policy-graph-explorer/history") }

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("shell-\(UUID().uuidString)")
            let dataset = folder.appendingPathComponent("dataset")
            try FileManager.default.createDirectory(
                at: dataset.appendingPathComponent("build"), withIntermediateDirectories: true)
            try Data((ShellCommandTests.sentence + "\n").utf8).write(to: dataset.appendingPathComponent("doc.txt"))
            var graph = PropertyGraph()
            let quote = Provenance(
                document: "doc", offset: 0, length: ShellCommandTests.sentence.utf8.count,
                quote: ShellCommandTests.sentence)
            let liang = try graph.addNode(labels: ["Person"], properties: ["name": "梁鸣"], sources: [quote])
            // The party's source is the word alone; `:why` shows it in its sentence.
            let word = Provenance(document: "doc", offset: "梁鸣是".utf8.count, length: "民盟".utf8.count, quote: "民盟")
            let party = try graph.addNode(labels: ["Party"], properties: ["name": "民盟"], sources: [word])
            _ = try graph.addNode(labels: ["Person"], properties: ["name": "李强"])
            try graph.addRelationship(type: "MEMBER_OF", from: liang, to: party, sources: [quote])
            try graph.writeSnapshot(to: dataset.appendingPathComponent("build/graph.json"))
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        func terminal(dataset: String? = nil, environment: [String: String] = [:]) throws -> PseudoTerminal {
            try PseudoTerminal(
                arguments: ["shell", dataset ?? self.dataset],
                environment: ["XDG_STATE_HOME": stateHome, "LANG": "C.UTF-8", "TERM": "xterm"].merging(environment) { $1 })
        }

        func pipe(_ script: String, _ arguments: [String] = []) throws -> ExplorerRunner.Output {
            try ExplorerRunner.run(["shell", dataset] + arguments, stdin: script, environment: ["XDG_STATE_HOME": stateHome])
        }
    }

    // MARK: On a terminal

    @Test func aResultTallerThanTheTerminalGoesThroughThePager() throws {
        let fixture = try Fixture()
        let terminal = try fixture.terminal(environment: ["PAGER": "sed s/^/PAGED:/"])
        #expect(terminal.waitFor("dataset> "))
        terminal.send("UNWIND range(1, 45) AS i RETURN i;\r")
        #expect(terminal.waitFor("PAGED:| 45 |"))
        terminal.send("RETURN 1 AS one;\r")
        #expect(terminal.waitFor("1 row"))
        #expect(!terminal.output.contains("PAGED:| one"), "a short result is printed directly")
        terminal.send("\u{4}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func multiLineQueryOnATerminal() throws {
        let fixture = try Fixture()
        let terminal = try fixture.terminal()
        #expect(terminal.waitFor("dataset> "))
        terminal.send("MATCH (p:Person)\r")
        #expect(terminal.waitFor("-> "))
        terminal.send("WHERE p.name = '李强'\r")
        terminal.send("RETURN p.name AS who;\r")
        #expect(terminal.waitFor("1 row"))
        #expect(terminal.output.contains("| 李强 |"))
        #expect(terminal.waitFor("dataset> "))  // Ctrl-D ends input only at a fresh prompt
        terminal.send("\u{04}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func tabCompletesAChineseNameFromPinyin() throws {
        let fixture = try Fixture()
        let terminal = try fixture.terminal()
        #expect(terminal.waitFor("dataset> "))
        terminal.send("MATCH (p {name: 'liang\t")
        #expect(terminal.waitFor("梁鸣'"))
        terminal.send("}) RETURN p.name AS who;\r")
        #expect(terminal.waitFor("1 row"))
        #expect(terminal.output.contains("| 梁鸣 |"))
        // Meta-commands complete too; libedit redraws only the added letters.
        terminal.send(":sch\t")
        #expect(terminal.waitFor("ema "))
        terminal.send("\r")
        #expect(terminal.waitFor(":MEMBER_OF (1)"))
        terminal.send(":quit\r")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func historySurvivesARestart() throws {
        let fixture = try Fixture()
        let first = try fixture.terminal()
        #expect(first.waitFor("dataset> "))
        first.send("RETURN 'remembered' AS word;\r")
        #expect(first.waitFor("1 row"))
        #expect(first.waitFor("dataset> "))  // Ctrl-D ends input only at a fresh prompt
        first.send("\u{04}")
        #expect(first.waitForExit() == 0)
        let saved = try String(contentsOf: fixture.historyFile, encoding: .utf8)
        #expect(saved.contains("RETURN 'remembered' AS word;"))

        let second = try fixture.terminal()
        #expect(second.waitFor("dataset> "))
        second.send("\u{1b}[A")
        #expect(second.waitFor("RETURN 'remembered' AS word;"))
        second.send("\r")
        #expect(second.waitFor("1 row"))
        #expect(second.output.contains("| remembered |"))
        #expect(second.waitFor("dataset> "))  // Ctrl-D ends input only at a fresh prompt
        second.send("\u{04}")
        #expect(second.waitForExit() == 0)
    }

    @Test func ctrlCCancelsALongQueryAndTheShellStays() throws {
        let fixture = try Fixture()
        // The bundled corpus: enough paths that counting them all takes far longer than the test waits.
        let bundled = ExplorerRunner.packageRoot.appendingPathComponent("graphs/wuhan-cppcc").path
        let terminal = try fixture.terminal(dataset: bundled)
        #expect(terminal.waitFor("wuhan-cppcc> "))
        terminal.send("MATCH p = (a)-[*]-(b) RETURN count(p);\r")
        Thread.sleep(forTimeInterval: 1.0)
        terminal.send("\u{03}")
        #expect(terminal.waitFor("cancelled", timeout: 10))
        #expect(terminal.waitFor("wuhan-cppcc> "))
        terminal.send("RETURN 'still here' AS state;\r")
        #expect(terminal.waitFor("| still here |"))
        // Ctrl-C at the prompt drops the line being typed, not the shell.
        terminal.send("MATCH (n)\r")
        #expect(terminal.waitFor("-> "))
        terminal.send("\u{03}")
        #expect(terminal.waitFor("wuhan-cppcc> "))
        terminal.send("RETURN 2 AS two;\r")
        #expect(terminal.waitFor("1 row"))
        #expect(!terminal.output.contains("SyntaxError"))
        #expect(terminal.waitFor("wuhan-cppcc> "))  // Ctrl-D ends input only at a fresh prompt
        terminal.send("\u{04}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func whyShowsTheSourceSentence() throws {
        let fixture = try Fixture()
        let terminal = try fixture.terminal()
        #expect(terminal.waitFor("dataset> "))
        terminal.send("MATCH (p:Person)-[r:MEMBER_OF]->(q) RETURN p.name, type(r), q.name;\r")
        #expect(terminal.waitFor("1 row"))
        terminal.send(":why 1\r")
        #expect(terminal.waitFor("「\(Self.sentence)」"))
        #expect(terminal.output.contains("(梁鸣)-[r0:MEMBER_OF]->(民盟)"))
        terminal.send(":quit\r")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func renderWritesTheLastResultToAFile() throws {
        let fixture = try Fixture()
        let file = fixture.folder.appendingPathComponent("members.svg")
        let terminal = try fixture.terminal()
        #expect(terminal.waitFor("dataset> "))
        terminal.send("MATCH (p:Person)-[r]->(q) RETURN p, r, q;\r")
        #expect(terminal.waitFor("1 row"))
        terminal.send(":render \(file.path)\r")
        #expect(terminal.waitFor("wrote", timeout: 20))
        let svg = try String(contentsOf: file, encoding: .utf8)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("梁鸣") && svg.contains("民盟"))
        #expect(!svg.contains("李强"))
        // Ctrl-D is end of input only at a fresh prompt: sent while the shell is still between lines, it can be lost.
        #expect(terminal.waitFor("dataset> "))
        terminal.send("\u{04}")
        #expect(terminal.waitForExit() == 0)
    }

    // MARK: Through a pipe

    @Test func pipedStatementsPrintResultsAndExitZero() throws {
        let fixture = try Fixture()
        let result = try fixture.pipe("""
            MATCH (p:Person)
            RETURN p.name AS name
            ORDER BY name;
            :format csv
            MATCH (p:Person {name: '梁鸣'})-[:MEMBER_OF]->(q) RETURN q.name AS party;
            """)
        #expect(result.status == 0)
        #expect(result.stdout.contains("| 李强 |"))
        #expect(result.stdout.contains("2 rows"))
        #expect(result.stdout.contains("party\r\n民盟\r\n"))
        #expect(!result.stdout.contains("dataset> "))
        #expect(result.stderr.isEmpty)
    }

    @Test func firstErrorEndsAPipedRunWithAnError() throws {
        let fixture = try Fixture()
        let result = try fixture.pipe("RETURN 1 AS first;\nRETURN nope AS second;\nRETURN 3 AS third;\n")
        #expect(result.status != 0)
        #expect(result.stdout.contains("first"))
        #expect(!result.stdout.contains("third"))
        #expect(result.stderr.contains("nope"))
        #expect(result.stderr.contains("^"))

        let goOn = try fixture.pipe("RETURN nope;\nRETURN 3 AS third;\n", ["--no-fail-fast"])
        #expect(goOn.status != 0)
        #expect(goOn.stdout.contains("third"))
    }

    @Test func metaCommandsWorkThroughAPipe() throws {
        let fixture = try Fixture()
        let result = try fixture.pipe(":help\n:schema\n:param who 梁鸣\nMATCH (p {name: $who}) RETURN p.name AS n;\n:why 梁鸣\n:why 民盟\n:timing on\n:queries\n:plugins\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains(":render FILE [LAYOUT]"))
        #expect(result.stdout.contains(":MEMBER_OF (1)  (Person)->(Party)"))
        #expect(result.stdout.contains("| 梁鸣 |"))
        #expect(result.stdout.contains("「\(Self.sentence)」"))
        #expect(result.stdout.contains("「梁鸣是⟦民盟⟧成员，在武汉大学任教授。」"), "\(result.stdout)")
        #expect(result.stdout.contains("timing: on"))
        let unknown = try fixture.pipe(":hlep\n")
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("Did you mean :help?"))
    }
}

// The pseudo-terminal calls are in glibc but behind _XOPEN_SOURCE in its headers,
// which the Glibc module does not define; declare them directly.
@_silgen_name("posix_openpt") private func openPseudoTerminal(_ flags: Int32) -> Int32
@_silgen_name("grantpt") private func grantPseudoTerminal(_ fd: Int32) -> Int32
@_silgen_name("unlockpt") private func unlockPseudoTerminal(_ fd: Int32) -> Int32
@_silgen_name("ptsname_r") private func pseudoTerminalName(
    _ fd: Int32, _ buffer: UnsafeMutablePointer<CChar>, _ length: Int) -> Int32
/// glibc's POSIX_SPAWN_SETSID (behind _GNU_SOURCE): the child starts a new session.
private let spawnNewSession: Int32 = 0x80

/// Runs the built `explorer` on a pseudo-terminal it controls, as a person at a
/// terminal would: keystrokes go in, the screen's bytes come out, and Ctrl-C
/// becomes SIGINT through the terminal's line discipline.
final class PseudoTerminal {
    private let master: Int32
    private let pid: pid_t
    private var bytes: [UInt8] = []
    private var exitStatus: Int32?

    init(arguments: [String], environment: [String: String]) throws {
        master = openPseudoTerminal(O_RDWR | O_NOCTTY | O_CLOEXEC)
        var name = [CChar](repeating: 0, count: 256)
        guard master >= 0, grantPseudoTerminal(master) == 0, unlockPseudoTerminal(master) == 0,
            pseudoTerminalName(master, &name, name.count) == 0
        else {
            throw POSIXError(.ENODEV)
        }
        let replica = String(cString: name)
        var size = winsize(ws_row: 40, ws_col: 160, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened after setsid, the terminal becomes the child's controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, replica, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setflags(
            &attributes, Int16(spawnNewSession | Int32(POSIX_SPAWN_SETSIGDEF) | Int32(POSIX_SPAWN_SETSIGMASK)))

        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        let argv = ([ExplorerRunner.binary.path] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        let status = posix_spawn(&child, ExplorerRunner.binary.path, &actions, &attributes, argv, envp)
        guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO) }
        pid = child
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
    }

    /// Everything the program has written so far, as text.
    var output: String { String(decoding: bytes, as: UTF8.self) }

    /// Types `text`.
    func send(_ text: String) {
        let data = Array(text.utf8)
        _ = data.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
        // Let the line editor take one burst at a time, as from a keyboard.
        Thread.sleep(forTimeInterval: 0.15)
    }

    /// Reads until `text` appears after what was already matched, or `timeout` seconds pass.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let current = output
            if let range = current.range(of: text, range: consumed(in: current)..<current.endIndex) {
                consumedCount = current.utf8.distance(from: current.startIndex, to: range.upperBound)
                return true
            }
            guard Date() < deadline, readAvailable(waitMilliseconds: 100) else {
                if Date() >= deadline { return false }
                continue
            }
        }
    }

    private var consumedCount = 0
    private func consumed(in text: String) -> String.Index {
        text.utf8.index(text.startIndex, offsetBy: min(consumedCount, text.utf8.count))
    }

    /// Waits for the program to end; its exit status, or nil if it is still running.
    func waitForExit(timeout: Double = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            _ = readAvailable(waitMilliseconds: 50)
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
                return exitStatus
            }
        }
        return nil
    }

    /// Reads what is ready; false once the terminal is closed.
    private func readAvailable(waitMilliseconds: Int32) -> Bool {
        var entry = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&entry, 1, waitMilliseconds) > 0 else { return true }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(master, &buffer, buffer.count)
        guard count > 0 else { return false }
        bytes += buffer[..<count]
        return true
    }
}
