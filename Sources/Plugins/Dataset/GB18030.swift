#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes GB18030 (the superset of GBK and GB2312 that Chinese documents are
/// often saved in) to UTF-8 through the C library's `iconv`, which Linux
/// (glibc) and macOS both ship; Foundation on Linux has no GB18030 codec.
enum GB18030 {
    enum Failure: Error, Equatable {
        /// iconv has no GB18030 converter on this system.
        case unsupported
        /// The bytes at this offset are no GB18030 sequence.
        case invalid(offset: Int)
    }

    /// The text, or where the bytes stop being GB18030. O(n).
    static func decode(_ bytes: [UInt8]) -> Result<String, Failure> {
        let cd = iconv_open("UTF-8", "GB18030")
        if cd == iconv_t(bitPattern: -1) { return .failure(.unsupported) }
        defer { iconv_close(cd) }
        guard !bytes.isEmpty else { return .success("") }
        var input = bytes
        // A GB18030 sequence of 1, 2 or 4 bytes becomes at most 4 UTF-8 bytes; 2× plus slack is enough.
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
