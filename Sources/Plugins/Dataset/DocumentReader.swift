import Foundation

/// Reads a document file into text, saying exactly what is wrong when it cannot.
public enum DocumentReader {
    /// The encodings a document may come in.
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case gb18030 = "GB18030"
        case utf16 = "UTF-16"
    }

    /// Decodes `data`: UTF-8 (a byte-order mark is dropped), UTF-16 with a
    /// byte-order mark, else GB18030. A file that is none of these is an error
    /// naming the first bad byte for each.
    public static func decode(_ data: Data, file: String) throws -> String {
        try decodeDetectingEncoding(data, file: file).text
    }

    /// Like `decode`, also saying which encoding it found.
    public static func decodeDetectingEncoding(_ data: Data, file: String) throws -> (text: String, encoding: Encoding) {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let text = String(data: Data(bytes), encoding: .utf16) else {
                throw DatasetError("\(file) starts with a UTF-16 byte-order mark but is not valid UTF-16; save it as UTF-8")
            }
            return (text, .utf16)
        }
        if let zero = bytes.firstIndex(of: 0) {
            throw DatasetError("\(file) is not a text document (a zero byte at offset \(zero)); give a .txt file in UTF-8 or GB18030")
        }
        let utf8Error = firstInvalidUTF8(bytes)
        guard let utf8Error else { return (String(decoding: bytes, as: UTF8.self), .utf8) }
        switch GB18030.decode(bytes) {
        case .success(let text):
            return (text, .gb18030)
        case .failure(.unsupported):
            throw DatasetError("\(file) is not valid UTF-8 (bad byte 0x\(hex(bytes[utf8Error])) at offset \(utf8Error)) and this system's iconv cannot read GB18030; convert it with `iconv -f GB18030 -t UTF-8`")
        case .failure(.invalid(let offset)):
            throw DatasetError("\(file) is neither UTF-8 (bad byte 0x\(hex(bytes[utf8Error])) at offset \(utf8Error)) nor GB18030 (bad sequence at offset \(offset)); re-save it as UTF-8")
        }
    }

    /// The offset of the first byte that breaks UTF-8, or nil when all is valid. O(n).
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var minimum: UInt32
            if b & 0xE0 == 0xC0 { length = 2; minimum = 0x80 }
            else if b & 0xF0 == 0xE0 { length = 3; minimum = 0x800 }
            else if b & 0xF8 == 0xF0 { length = 4; minimum = 0x10000 }
            else { return i }
            guard i + length <= n else { return i }
            var scalar = UInt32(b) & (0xFF >> (length + 1))
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (scalar >= 0xD800 && scalar <= 0xDFFF) { return i }
            i += length
        }
        return nil
    }

    static func hex(_ b: UInt8) -> String { String(b, radix: 16, uppercase: true) }

    /// Reads and decodes one file; an empty or blank document is an error.
    public static func read(_ url: URL, displayName: String) throws -> String {
        let data: Data
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw DatasetError("\(displayName) does not exist (looked for \(url.path)); fix its name in the manifest or add the file")
        }
        guard !isFolder.boolValue else {
            throw DatasetError("\(displayName) is a folder, not a document; list the .txt files inside it instead")
        }
        do { data = try Data(contentsOf: url) } catch {
            throw DatasetError("cannot read \(displayName): \(error.localizedDescription)")
        }
        let text = try decode(data, file: displayName)
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw DatasetError("\(displayName) is empty; remove it from the folder or the manifest")
        }
        return text
    }
}
