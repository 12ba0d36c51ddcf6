import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a document file into text, saying exactly what is wrong when it cannot.
public enum DocumentReader {
    /// The encodings a document may come in.
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case gb18030 = "GB18030"
        case big5 = "Big5"
        case utf16 = "UTF-16"
    }

    /// Decodes `data`: UTF-8 (a byte-order mark is dropped), UTF-16 with a
    /// byte-order mark, else GB18030, else Big5 (traditional script). A file that is none of these is an error
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
        // memchr: a generic byte loop here cost five instructions a byte of every document.
        let firstZero = bytes.withUnsafeBufferPointer { b -> Int? in
            guard let base = b.baseAddress, let hit = memchr(base, 0, b.count) else { return nil }
            return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        }
        if let zero = firstZero {
            if let endian = utf16WithoutMark(bytes) {
                throw DatasetError(
                    "\(file) looks like UTF-16\(endian) without a byte-order mark (zero bytes at every other offset, the first at \(zero)); "
                        + "re-save it as UTF-8, e.g. iconv -f UTF-16\(endian) -t UTF-8")
            }
            throw DatasetError(
                "\(file) is not a text document (a zero byte at offset \(zero), bytes \(window(bytes, at: zero))); give a .txt file in UTF-8 or GB18030")
        }
        // Valid UTF-8 (nearly every document) is checked once, by the decoder itself.
        if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8) }
        guard let utf8Error = firstInvalidUTF8(bytes) else { return (String(decoding: bytes, as: UTF8.self), .utf8) }
        switch GB18030.decode(bytes) {
        case .success(let text):
            // Any 8-bit text parses as GB18030; only text that reads like Chinese is taken as it.
            let evidence = GB18030.evidence(bytes)
            guard evidence.isConfident else {
                // A traditional-script page saved as Big5 (Hong Kong, Macau, Taiwan sites).
                if Big5.evidence(bytes).isConfident, case .success(let text) = Big5.decode(bytes) { return (text, .big5) }
                let at = evidence.firstRare ?? utf8Error
                throw DatasetError(
                    "\(file) is not UTF-8 (bad byte 0x\(hex(bytes[utf8Error])) at offset \(utf8Error)) and does not read clearly as GB18030 "
                        + "(bytes \(window(bytes, at: at)) at offset \(at) would be rare characters; "
                        + "\(evidence.common) common and \(evidence.rare) rare Chinese sequences): it may be Latin-1, Windows-1252 or Big5. "
                        + "Re-save it as UTF-8, e.g. iconv -f LATIN1 -t UTF-8 (-f BIG5 for traditional Chinese, -f GB18030 for simplified)")
            }
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

    /// Up to four bytes from `offset` in hex, `E9 73 20 61`, to show what is there.
    static func window(_ bytes: [UInt8], at offset: Int) -> String {
        bytes[offset..<min(bytes.count, offset + 4)].map { b in (b < 0x10 ? "0" : "") + hex(b) }.joined(separator: " ")
    }

    /// "LE" or "BE" when `bytes` reads as UTF-16 text without a byte-order
    /// mark: an even length that decodes in that byte order to text with no
    /// control character but tab and line breaks (binary data does not).
    static func utf16WithoutMark(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 2, bytes.count % 2 == 0 else { return nil }
        // ASCII in UTF-16 puts its zero byte second (LE) or first (BE), and nowhere else.
        var zerosEven = 0, zerosOdd = 0
        for index in stride(from: 0, to: bytes.count, by: 2) {
            if bytes[index] == 0 { zerosEven += 1 }
            if bytes[index + 1] == 0 { zerosOdd += 1 }
        }
        let (endian, encoding): (String, String.Encoding) =
            zerosOdd >= zerosEven ? ("LE", .utf16LittleEndian) : ("BE", .utf16BigEndian)
        guard min(zerosEven, zerosOdd) * 20 <= max(zerosEven, zerosOdd),
            let text = String(data: Data(bytes), encoding: encoding),
            !text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\t" })
        else { return nil }
        return endian
    }

    /// Reads and decodes one file; an empty or blank document is an error, and
    /// so is anything that is not a regular file (a folder, a named pipe, a
    /// device), each with what it is and what to do.
    public static func read(_ url: URL, displayName: String) throws -> String {
        let text = try decode(try bytes(of: url, displayName: displayName), file: displayName)
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw DatasetError("\(displayName) is empty; remove it from the folder or the manifest")
        }
        return text
    }

    /// The bytes of the regular file at `url`, read with the system's calls so
    /// that a failure carries the system's own reason.
    ///
    /// `kind` and `folderAdvice` word the message for a folder found where the file should be.
    static func bytes(
        of url: URL, displayName: String, kind: String = "document",
        folderAdvice: String = "list the .txt files inside it instead"
    ) throws -> Data {
        var info = stat()
        guard stat(url.path, &info) == 0 else {
            throw DatasetError(ContainedPath.unreachable(url.path, display: displayName, code: errno))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR:
            throw DatasetError("\(displayName) is a folder, not a \(kind); \(folderAdvice)")
        case S_IFIFO:
            throw DatasetError(
                "\(displayName) is a named pipe (FIFO), not a file: reading it would wait for another program to write; save the document as a regular file")
        default:
            throw DatasetError("\(displayName) is a device or socket, not a document file; give a regular .txt file")
        }
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else {
            throw DatasetError("cannot read \(displayName): \(String(cString: strerror(errno))); check its permissions (chmod +r)")
        }
        defer { close(descriptor) }
        var data = Data()
        // Not zero-filled: only the bytes `read` wrote are used (filling 64 KB per document cost more than reading it).
        var buffer = [UInt8](unsafeUninitializedCapacity: 1 << 16) { _, count in count = 1 << 16 }
        while true {
            let count = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { break }
            guard count > 0 else {
                if errno == EINTR { continue }
                throw DatasetError("cannot read \(displayName): \(String(cString: strerror(errno)))")
            }
            data.append(contentsOf: buffer[..<count])
        }
        return data
    }
}

/// `read(2)`, named apart from `DocumentReader.read`.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
