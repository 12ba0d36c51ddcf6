import Foundation

/// Reads comma-separated rows as RFC 4180 writes them: fields in double quotes may
/// hold commas, line breaks and doubled quotes (`""`). Lines end in LF or CRLF.
/// The file is mapped, not copied; each row becomes its fields as strings.
struct CSVReader {
    private let data: Data
    private var position = 0
    /// The line the next row starts on, 1-based, for messages.
    private(set) var line = 1
    let file: String

    init(url: URL) throws {
        do { data = try Data(contentsOf: url, options: .alwaysMapped) } catch {
            throw ImportError("cannot read \(url.path): \(error.localizedDescription)")
        }
        file = url.lastPathComponent
        // A UTF-8 byte order mark is not part of the first column's name.
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// The next row's fields, or nil at the end of the file. Blank lines are skipped.
    mutating func nextRow() throws -> [String]? {
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> [String]? in
            while position < bytes.count, bytes[position] == 0x0A || bytes[position] == 0x0D {
                if bytes[position] == 0x0A { line += 1 }
                position += 1
            }
            guard position < bytes.count else { return nil }
            var fields: [String] = []
            var field: [UInt8] = []
            let startLine = line
            while true {
                field.removeAll(keepingCapacity: true)
                if position < bytes.count, bytes[position] == 0x22 {
                    position += 1
                    while true {
                        guard position < bytes.count else {
                            throw ImportError("\(file):\(startLine): a quoted field is never closed")
                        }
                        let b = bytes[position]
                        position += 1
                        if b == 0x22 {
                            if position < bytes.count, bytes[position] == 0x22 {
                                field.append(0x22)
                                position += 1
                            } else {
                                break
                            }
                        } else {
                            if b == 0x0A { line += 1 }
                            field.append(b)
                        }
                    }
                    guard position >= bytes.count || [0x2C, 0x0A, 0x0D].contains(bytes[position]) else {
                        throw ImportError("\(file):\(startLine): text after a closing quote; double a quote inside a quoted field (\"\")")
                    }
                } else {
                    let start = position
                    while position < bytes.count, bytes[position] != 0x2C, bytes[position] != 0x0A, bytes[position] != 0x0D {
                        position += 1
                    }
                    field.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[start..<position]))
                }
                guard let text = String(validatingUTF8Bytes: field) else {
                    throw ImportError("\(file):\(startLine): field \(fields.count + 1) is not UTF-8; save the file as UTF-8")
                }
                fields.append(text)
                if position < bytes.count, bytes[position] == 0x2C {
                    position += 1
                    continue
                }
                break
            }
            if position < bytes.count, bytes[position] == 0x0D { position += 1 }
            if position < bytes.count, bytes[position] == 0x0A {
                position += 1
                line += 1
            }
            return fields
        }
    }
}

extension String {
    /// The string of `bytes` when they are valid UTF-8, else nil. ASCII (most ids and
    /// numbers) is taken as it is; anything else is checked by Foundation.
    init?(validatingUTF8Bytes bytes: [UInt8]) {
        if !bytes.contains(where: { $0 >= 0x80 }) {
            self = String(decoding: bytes, as: UTF8.self)
            return
        }
        guard let text = String(bytes: bytes, encoding: .utf8) else { return nil }
        self = text
    }
}
