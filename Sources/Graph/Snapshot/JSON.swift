/// A JSON document, written and read by our own code so that output is
/// byte-for-byte deterministic and integers stay distinct from floats
/// (a number with `.`, `e` or `E` is a float; any other is an integer).
public indirect enum JSON: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
    case array([JSON])
    /// Members in the order given; `serialized` writes them in that order.
    case object([(String, JSON)])

    public static func == (a: JSON, b: JSON) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.float(let x), .float(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.array(let x), .array(let y)): return x == y
        case (.object(let x), .object(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// An object with members sorted by key, for deterministic output.
    public static func sortedObject(_ members: [String: JSON]) -> JSON {
        .object(members.sorted { $0.key < $1.key })
    }

    public subscript(key: String) -> JSON? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    // MARK: Writing

    /// The JSON text. `indent` nil writes one line; otherwise nested values are
    /// indented by that many spaces per level.
    public func serialized(indent: Int? = nil) -> String {
        String(decoding: serializedBytes(indent: indent), as: UTF8.self)
    }

    /// The JSON text as UTF-8 bytes. Written byte by byte into one growing
    /// buffer: a million-node snapshot is hundreds of megabytes, and appending
    /// to a `String` scalar by scalar was most of its cost.
    public func serializedBytes(indent: Int? = nil) -> [UInt8] {
        var out: [UInt8] = []
        write(into: &out, indent: indent, level: 0)
        return out
    }

    func write(into out: inout [UInt8], indent: Int?, level: Int) {
        switch self {
        case .null: out += "null".utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .int(let i): out += String(i).utf8
        case .float(let d): out += JSON.format(d).utf8
        case .string(let s): JSON.writeString(s, into: &out)
        case .array(let items):
            JSON.writeElements(count: items.count, into: &out, indent: indent, level: level) { items[$0] }
        case .object(let members):
            if members.isEmpty { out += "{}".utf8; return }
            out.append(UInt8(ascii: "{"))
            for (i, (key, value)) in members.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSON.newline(&out, indent, level + 1)
                JSON.writeString(key, into: &out)
                out += (indent == nil ? ":" : ": ").utf8
                value.write(into: &out, indent: indent, level: level + 1)
            }
            JSON.newline(&out, indent, level)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Writes an array whose elements are made one at a time by `element`, byte
    /// for byte as `write` writes `.array` of them, so a huge array never has
    /// to exist as one tree.
    static func writeElements(
        count: Int, into out: inout [UInt8], indent: Int?, level: Int, element: (Int) -> JSON
    ) {
        if count == 0 { out += "[]".utf8; return }
        out.append(UInt8(ascii: "["))
        for i in 0..<count {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            JSON.newline(&out, indent, level + 1)
            element(i).write(into: &out, indent: indent, level: level + 1)
        }
        JSON.newline(&out, indent, level)
        out.append(UInt8(ascii: "]"))
    }

    static func newline(_ out: inout [UInt8], _ indent: Int?, _ level: Int) {
        guard let indent else { return }
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * level))
    }

    /// Shortest round-trip form, always with a `.` or exponent so it reads back as a float.
    /// JSON has no NaN or infinity; they are written as null.
    static func format(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        let s = "\(d)"
        return s.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) ? s : s + ".0"
    }

    /// A quoted string. Only ASCII needs escaping, so the bytes of any other
    /// character are copied as they are.
    static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += "\\\"".utf8
            case UInt8(ascii: "\\"): out += "\\\\".utf8
            case UInt8(ascii: "\n"): out += "\\n".utf8
            case UInt8(ascii: "\r"): out += "\\r".utf8
            case UInt8(ascii: "\t"): out += "\\t".utf8
            case 0..<0x20:
                let hex = String(byte, radix: 16)
                out += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
