import Yams

/// Limits on the YAML the explorer reads (packs, manifests, lexicons), checked so that
/// no file can crash or exhaust the process: Yams composes and our readers walk the
/// tree recursively, and aliases can make a small file expand exponentially.
///
/// `checkText` runs before Yams sees the text (nesting by brackets and indentation);
/// `checkTree` walks the composed tree without recursion, counting every value an
/// alias expands to and the depth aliases can add.
enum YAMLLimits {
    /// Levels of nesting a file may have; pack files need fewer than ten.
    static let maximumDepth = 100
    /// Values a file may hold once aliases are expanded.
    static let maximumValues = 1_000_000

    /// A place in the text and what is wrong there.
    struct Violation: Error {
        var line: Int
        var column: Int
        var message: String
    }

    /// Refuses text that nests deeper than `maximumDepth`, before any parser recurses into it.
    static func checkText(_ text: String) -> Violation? {
        var flowDepth = 0
        var quote: UInt8? = nil
        var indents: [Int] = []
        var line = 1
        var lineStart = true
        var column = 0
        var indent = 0
        var previous: UInt8 = UInt8(ascii: "\n")  // the last byte that was not a space
        var inComment = false
        for byte in text.utf8 {
            column += 1
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 0
                lineStart = true
                indent = 0
                inComment = false
                if quote == nil { previous = byte }
                continue
            }
            if inComment { continue }
            if let open = quote {
                if byte == open { quote = nil }
                continue
            }
            if lineStart {
                if byte == UInt8(ascii: " ") {
                    indent += 1
                    continue
                }
                lineStart = false
                if flowDepth == 0, byte != UInt8(ascii: "#") {
                    // Block nesting: one level per indentation step still open.
                    while let last = indents.last, last >= indent { indents.removeLast() }
                    indents.append(indent)
                    if indents.count > maximumDepth { return tooDeep(line, column) }
                }
            }
            switch byte {
            case UInt8(ascii: "#") where previous == UInt8(ascii: "\n") || previous == UInt8(ascii: " ") || column == 1:
                inComment = true
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                if [UInt8(ascii: "\n"), UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: ","), UInt8(ascii: "["),
                    UInt8(ascii: "{"), UInt8(ascii: " ")].contains(previous)
                {
                    quote = byte
                }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                if flowDepth > 0 || [UInt8(ascii: "\n"), UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "?"),
                    UInt8(ascii: " ")].contains(previous)
                {
                    flowDepth += 1
                    if flowDepth + indents.count > maximumDepth { return tooDeep(line, column) }
                }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if flowDepth > 0 { flowDepth -= 1 }
            case UInt8(ascii: "-") where flowDepth == 0 && (previous == UInt8(ascii: "-") || previous == UInt8(ascii: "\n")):
                // `- - - x`: compact nested sequences on one line, one level per dash.
                indents.append(column)
                if indents.count > maximumDepth { return tooDeep(line, column) }
            default:
                break
            }
            if byte != UInt8(ascii: " ") { previous = byte }
        }
        return nil
    }

    /// Refuses a composed tree that aliases expand past `maximumValues` values or `maximumDepth` levels.
    static func checkTree(_ root: Yams.Node) -> Violation? {
        var stack: [(node: Yams.Node, depth: Int)] = [(root, 1)]
        var count = 0
        while let (node, depth) = stack.popLast() {
            count += 1
            let line = node.mark?.line ?? 1, column = node.mark?.column ?? 1
            if count > maximumValues {
                return Violation(
                    line: line, column: column,
                    message: "the file holds more than \(maximumValues) values once its aliases (*name) are expanded; "
                        + "write the values out, or use fewer nested aliases")
            }
            if depth > maximumDepth { return tooDeep(line, column) }
            switch node {
            case .scalar: break
            case .sequence(let items): for item in items { stack.append((item, depth + 1)) }
            case .mapping(let pairs):
                for (key, value) in pairs {
                    stack.append((key, depth + 1))
                    stack.append((value, depth + 1))
                }
            }
        }
        return nil
    }

    private static func tooDeep(_ line: Int, _ column: Int) -> Violation {
        Violation(
            line: line, column: column,
            message: "nesting deeper than \(maximumDepth) at \(line):\(column); a pack, manifest or lexicon needs only a few levels")
    }
}
