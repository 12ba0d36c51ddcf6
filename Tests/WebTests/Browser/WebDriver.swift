import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small W3C WebDriver client (https://www.w3.org/TR/webdriver2/) for
/// chromedriver: it starts chromedriver on a free loopback port, opens one
/// headless Chromium session, and stops both in `quit()`.
final class WebDriver {
    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    /// An element reference as WebDriver returns it.
    struct Element { let id: String }

    private let process: Process
    private let port: Int
    private var session = ""
    private static let elementKey = "element-6066-11e4-a52e-4f735466cecf"

    /// Finds chromedriver and chromium on the PATH (or in /usr/bin), or says which is missing.
    static func locate() -> (driver: String, browser: String)? {
        func find(_ names: [String]) -> String? {
            let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init) + ["/usr/bin", "/usr/lib/chromium"]
            for name in names {
                for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) {
                    return folder + "/" + name
                }
            }
            return nil
        }
        guard let driver = find(["chromedriver"]), let browser = find(["chromium", "chromium-browser", "google-chrome"]) else {
            return nil
        }
        return (driver, browser)
    }

    /// Starts chromedriver and a headless session; waits at most 30 s for each.
    init(driver: String, browser: String, windowSize: (Int, Int) = (1280, 1500)) async throws {
        let port = try Self.freePort()
        self.port = port
        process = Process()
        process.executableURL = URL(fileURLWithPath: driver)
        process.arguments = ["--port=\(port)", "--allowed-ips=127.0.0.1"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var ready = false
        var last = "no answer"
        for _ in 0..<150 where !ready {
            do {
                let status = try await request("GET", "/status")
                ready = (status["value"] as? [String: Any])?["ready"] as? Bool == true
                last = "\(status)"
            } catch {
                last = "\(error)"
            }
            if !ready { try await Task.sleep(nanoseconds: 200_000_000) }
        }
        guard ready else {
            process.terminate()
            throw Failure("chromedriver (\(driver)) did not answer on port \(port) within 30 s: \(last)")
        }
        let capabilities: [String: Any] = [
            "capabilities": [
                "alwaysMatch": [
                    "browserName": "chrome",
                    "goog:chromeOptions": [
                        "binary": browser,
                        "args": [
                            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--window-size=\(windowSize.0),\(windowSize.1)", "--lang=zh-CN",
                        ],
                    ],
                ]
            ]
        ]
        do {
            let created = try await request("POST", "/session", capabilities)
            guard let value = created["value"] as? [String: Any], let id = value["sessionId"] as? String else {
                throw Failure("chromedriver did not start a session: \(created)")
            }
            session = id
        } catch {
            process.terminate()
            throw error
        }
    }

    /// Ends the session and stops chromedriver.
    func quit() async {
        if !session.isEmpty { _ = try? await request("DELETE", "/session/\(session)") }
        _ = try? await request("GET", "/shutdown")
        // chromedriver may outlive SIGTERM for a while: give it 5 s, then SIGKILL.
        process.terminate()
        for _ in 0..<50 where process.isRunning { try? await Task.sleep(nanoseconds: 100_000_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    func open(_ url: String) async throws { _ = try await command("POST", "url", ["url": url]) }

    func currentURL() async throws -> String { try await command("GET", "url")["value"] as? String ?? "" }

    func find(_ css: String) async throws -> Element? { try await findAll(css).first }

    func findAll(_ css: String) async throws -> [Element] {
        let answer = try await command("POST", "elements", ["using": "css selector", "value": css])
        guard let list = answer["value"] as? [[String: Any]] else { return [] }
        return list.compactMap { ($0[Self.elementKey] as? String).map(Element.init) }
    }

    /// Waits up to `seconds` for an element matching `css` whose text contains `text` (any text when nil);
    /// generous, because a debug build under a loaded CI machine can take many seconds per page.
    func waitFor(_ css: String, containing text: String? = nil, seconds: Double = 60) async throws -> Element {
        let deadline = Date().addingTimeInterval(seconds)
        var seen: [String] = []
        repeat {
            seen = []
            for element in try await findAll(css) {
                let shown = try await self.text(element)
                seen.append(shown)
                if text == nil || shown.contains(text!) { return element }
            }
            try await Task.sleep(nanoseconds: 150_000_000)
        } while Date() < deadline
        let page = (try? await currentURL()) ?? "?"
        // What the page holds instead: the first of its text says whether it is an error page or still loading.
        let source = (try? await command("GET", "source")["value"] as? String) ?? nil
        throw Failure(
            "no element '\(css)'\(text.map { " containing '\($0)'" } ?? "") on \(page) within \(Int(seconds)) s; saw: \(seen.prefix(5)); "
                + "the page: \(Self.summary(of: source ?? "?"))")
    }

    /// A page's source in short: Chromium's own error code when it shows a
    /// network-error page, else the page's first characters.
    static func summary(of source: String) -> String {
        if let range = source.range(of: "ERR_[A-Z_]+", options: .regularExpression) {
            return "Chromium's error page, \(source[range])"
        }
        return String(source.prefix(600))
    }

    func text(_ element: Element) async throws -> String {
        try await command("GET", "element/\(element.id)/text")["value"] as? String ?? ""
    }

    func click(_ element: Element) async throws { _ = try await command("POST", "element/\(element.id)/click", [:]) }

    func type(_ text: String, into element: Element) async throws {
        _ = try await command("POST", "element/\(element.id)/value", ["text": text])
    }

    func clear(_ element: Element) async throws { _ = try await command("POST", "element/\(element.id)/clear", [:]) }

    func isDisplayed(_ element: Element) async throws -> Bool {
        try await command("GET", "element/\(element.id)/displayed")["value"] as? Bool ?? false
    }

    func script(_ source: String) async throws -> Any? {
        try await command("POST", "execute/sync", ["script": source, "args": [Any]()])["value"]
    }

    /// A PNG of the viewport.
    func screenshot() async throws -> Data {
        guard let text = try await command("GET", "screenshot")["value"] as? String, let data = Data(base64Encoded: text) else {
            throw Failure("chromedriver returned no screenshot")
        }
        return data
    }

    func resize(width: Int, height: Int) async throws {
        _ = try await command("POST", "window/rect", ["width": width, "height": height])
    }

    // MARK: Wire

    private func command(_ method: String, _ path: String, _ body: [String: Any]? = nil) async throws -> [String: Any] {
        try await request(method, "/session/\(session)/\(path)", body)
    }

    private func request(_ method: String, _ path: String, _ body: [String: Any]? = nil) async throws -> [String: Any] {
        let payload = try body.map { try JSONSerialization.data(withJSONObject: $0) }
        // Our own HTTP/1.1 exchange: chromedriver writes headers as `Name:value`, which
        // Foundation's URLSession on Linux refuses ("Failed writing header").
        let (status, data) = try await Task.detached { try HTTPExchange.send(method, path, port: self.port, body: payload) }.value
        let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
        if status >= 400 {
            let value = object["value"] as? [String: Any]
            throw Failure("WebDriver \(method) \(path): \(value?["error"] ?? status) \(value?["message"] ?? "")")
        }
        return object
    }

    /// A port nothing listens on now: bind port 0 on loopback, read it, close.
    static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure("cannot open a socket to find a free port") }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) }
        }
        guard bound == 0 else { throw Failure("cannot bind a loopback socket to find a free port") }
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        guard named == 0 else { throw Failure("cannot read the port of a loopback socket") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
