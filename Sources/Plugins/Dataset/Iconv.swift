#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes a legacy Chinese encoding (GB18030, Big5) to text through the C
/// library's `iconv`, which Linux (glibc) and macOS both ship.
enum Iconv {
    enum Failure: Error, Equatable {
        /// iconv has no converter for the encoding on this system.
        case unsupported
        /// The bytes at this offset are no sequence of the encoding.
        case invalid(offset: Int)
    }

    /// The text of `bytes` in `encoding` (an iconv name), or where they stop being it. O(n).
    static func decode(_ bytes: [UInt8], from encoding: String) -> Result<String, Failure> {
        let cd = iconv_open("UTF-8", encoding)
        if cd == iconv_t(bitPattern: -1) { return .failure(.unsupported) }
        defer { iconv_close(cd) }
        guard !bytes.isEmpty else { return .success("") }
        var input = bytes
        // A sequence of 1, 2 or 4 bytes becomes at most 4 UTF-8 bytes; 2× plus slack is enough.
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        let (produced, failedAt): (Int, Int) = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outLeft = outBuffer.count
                let status = iconv(cd, &inPointer, &inLeft, &outPointer, &outLeft)
                if status == -1 || inLeft > 0 { return (0, inBuffer.count - inLeft) }
                return (outBuffer.count - outLeft, -1)
            }
        }
        if failedAt >= 0 { return .failure(.invalid(offset: failedAt)) }
        return .success(String(decoding: output[..<produced], as: UTF8.self))
    }
}
