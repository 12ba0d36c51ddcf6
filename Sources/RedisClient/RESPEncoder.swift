/// Commands written as the protocol's arrays of bulk strings.
public enum RESPEncoder {
    /// `*n\r\n` then `$len\r\nbytes\r\n` per argument: binary safe, so any UTF-8 query goes as it is.
    public static func command(_ arguments: [String]) -> [UInt8] {
        var out: [UInt8] = Array("*\(arguments.count)\r\n".utf8)
        for argument in arguments {
            let bytes = Array(argument.utf8)
            out += Array("$\(bytes.count)\r\n".utf8)
            out += bytes
            out += [13, 10]
        }
        return out
    }
}
