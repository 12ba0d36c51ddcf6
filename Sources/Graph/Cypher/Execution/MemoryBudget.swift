import Foundation

/// The memory a query may use, and the checks that hold it there.
///
/// Two checks: before a value is built whose size is known in advance (a list
/// or string joined with `+`, a `range()`), its estimated size is compared with
/// the limit, so one doubling step cannot jump far past it; and while the query
/// runs, the process's resident memory is read a few times a second and its
/// growth since the query began is compared with the limit, which covers rows,
/// paths, collected lists and everything else without estimating each value.
final class MemoryBudget {
    /// Bytes the query may add to the process, or nil for no limit.
    let limit: Int?
    private let baseline: Int
    private var lastReading: UInt64 = 0

    /// Estimated bytes one value takes in a list, beside what it points to.
    static let bytesPerValue = MemoryLayout<Value>.stride + 8

    init(limit: Int?) {
        self.limit = limit
        baseline = limit == nil ? 0 : Self.residentBytes() ?? 0
    }

    /// Reads the process's memory at most every 20 ms; throws when the query's share is over the limit.
    func checkResident(now: UInt64, clause: String) throws {
        guard let limit, now &- lastReading > 20_000_000 else { return }
        lastReading = now
        guard let resident = Self.residentBytes() else { return }
        let used = resident - baseline
        if used > limit { throw exceeded(used, what: "the query's memory in \(clause)", verb: "reached") }
    }

    /// Throws when a value of `bytes` estimated bytes would not fit under the limit.
    func checkNewValue(bytes: Int, what: @autoclosure () -> String, at offset: Int?) throws {
        guard let limit, bytes > limit else { return }
        throw exceeded(bytes, what: what(), verb: "would take", at: offset)
    }

    /// The estimated size of `l + r` when it joins two lists or two strings; 0 otherwise.
    static func joinedSize(_ l: Value, _ r: Value) -> Int {
        switch (l, r) {
        case (.list(let a), .list(let b)): return (a.count + b.count) * bytesPerValue
        case (.list(let a), _), (_, .list(let a)): return (a.count + 1) * bytesPerValue
        case (.string(let a), .string(let b)): return a.utf8.count + b.utf8.count
        default: return 0
        }
    }

    private func exceeded(_ bytes: Int, what: String, verb: String, at offset: Int? = nil) -> QueryError {
        QueryError.runtime(
            "DatabaseError", "MemoryLimitExceeded",
            "\(what) \(verb) \(Self.format(bytes)), over the memory limit of \(Self.format(limit ?? 0)); "
                + "narrow the query (add labels, a WHERE, an upper bound such as *1..3 on variable-length relationships, "
                + "or a LIMIT) or raise the limit with --max-memory",
            at: offset)
    }

    /// An expression named in a message: its canonical text, shortened.
    static func describe(_ e: Expression) -> String {
        let text = e.canonical
        return text.count > 60 ? String(text.prefix(57)) + "…" : text
    }

    /// `1.5 GB`, `300 MB`, `12 KB`.
    static func format(_ bytes: Int) -> String {
        let units: [(Double, String)] = [(1_073_741_824, "GB"), (1_048_576, "MB"), (1024, "KB")]
        for (size, name) in units where Double(bytes) >= size {
            let value = Double(bytes) / size
            return (value >= 10 ? String(Int(value.rounded())) : String(format: "%.1f", value)) + " " + name
        }
        return "\(bytes) bytes"
    }

    /// Resident memory of this process in bytes, where the system tells it cheaply.
    static func residentBytes() -> Int? {
        #if os(Linux)
            // "size resident shared …" in pages.
            let descriptor = open("/proc/self/statm", O_RDONLY)
            guard descriptor >= 0 else { return nil }
            defer { close(descriptor) }
            var buffer = [UInt8](repeating: 0, count: 128)
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 128) }
            guard count > 0 else { return nil }
            let fields = buffer[0..<count].split(separator: UInt8(ascii: " "))
            guard fields.count > 1, let pages = Int(String(decoding: fields[1], as: UTF8.self)) else { return nil }
            return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
        #else
            return nil
        #endif
    }

    /// The default limit: a quarter of the machine's memory, so a runaway query is refused
    /// well before the system starts swapping, while leaving room for the graph itself.
    static var defaultLimit: Int {
        Int(min(ProcessInfo.processInfo.physicalMemory / 4, UInt64(Int.max)))
    }
}
