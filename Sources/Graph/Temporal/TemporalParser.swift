/// Reads the ISO 8601 forms openCypher accepts: calendar (`2015-07-21`, `20150721`,
/// `2015-07`), week (`2015-W30-2`, `2015W302`), ordinal (`2015-202`) and year-only
/// dates; times to the nanosecond in extended or basic form with `.` or `,`;
/// offsets `Z`, `±HH`, `±HHMM`, `±HH:MM[:SS]`; a `[Region/City]` zone; and durations
/// in unit form (`P1Y2M3W4DT5H6M7.5S`, any part negative or fractional) or date-time
/// form (`P2012-02-02T14:37:21.545`).
enum TemporalParser {
    static func parseDate(_ text: Substring) throws -> LocalDate {
        func fail() -> TemporalError { TemporalError("'\(text)' is not a date (such as 2015-07-21, 2015-W30-2 or 2015-202)") }
        var rest = text
        var sign = 1
        var yearDigits = 4
        if let first = rest.first, first == "+" || first == "-" {
            sign = first == "-" ? -1 : 1
            rest = rest.dropFirst()
            yearDigits = rest.prefix(while: \.isASCIIDigit).count
            // An extended year ends where the month begins: the digits before the first '-'.
            if let dash = rest.firstIndex(of: "-") { yearDigits = rest.distance(from: rest.startIndex, to: dash) }
        }
        guard let year = Int(rest.prefix(yearDigits)), rest.prefix(yearDigits).allSatisfy(\.isASCIIDigit),
            rest.count >= yearDigits
        else { throw fail() }
        rest = rest.dropFirst(yearDigits)
        let extended = rest.first == "-"
        if extended { rest = rest.dropFirst() }
        let y = sign * year
        if rest.isEmpty {
            if extended { throw fail() }
            return try LocalDate(year: y, month: 1, day: 1)
        }
        if rest.first == "W" {
            rest = rest.dropFirst()
            guard let week = Int(rest.prefix(2)), rest.prefix(2).count == 2 else { throw fail() }
            rest = rest.dropFirst(2)
            var dayOfWeek = 1
            if !rest.isEmpty {
                if extended {
                    guard rest.first == "-" else { throw fail() }
                    rest = rest.dropFirst()
                }
                guard rest.count == 1, let d = Int(rest) else { throw fail() }
                dayOfWeek = d
            }
            return try TemporalFields.weekDate(weekYear: y, week: week, dayOfWeek: dayOfWeek)
        }
        guard rest.allSatisfy({ $0.isASCIIDigit || (extended && $0 == "-") }) else { throw fail() }
        let digits = rest.filter(\.isASCIIDigit)
        switch (digits.count, rest.contains("-")) {
        case (2, false):
            return try LocalDate(year: y, month: Int(digits)!, day: 1)
        case (3, false):
            return try TemporalFields.ordinalDate(year: y, ordinalDay: Int(digits)!)
        case (4, let dashed) where dashed == extended && (!dashed || rest.count == 5):
            return try LocalDate(year: y, month: Int(digits.prefix(2))!, day: Int(digits.suffix(2))!)
        default:
            throw fail()
        }
    }

    /// A time with its offset or zone when written.
    static func parseTime(_ text: Substring) throws -> (LocalTime, TemporalZone?) {
        func fail() -> TemporalError { TemporalError("'\(text)' is not a time (such as 21:40:32.142 or 214032+0100)") }
        var clock = text
        var zone: TemporalZone? = nil
        if let open = clock.firstIndex(of: "["), clock.hasSuffix("]") {
            zone = try TemporalZone.parse(String(clock[clock.index(after: open)..<clock.index(before: clock.endIndex)]))
            clock = clock[..<open]
        }
        if let at = clock.firstIndex(where: { $0 == "Z" || $0 == "z" || $0 == "+" || $0 == "-" }) {
            guard let offset = offsetSeconds(clock[at...]) else { throw fail() }
            if zone == nil { zone = .offset(offset) }
            clock = clock[..<at]
        }
        var fraction = 0
        if let dot = clock.firstIndex(where: { $0 == "." || $0 == "," }) {
            let digits = clock[clock.index(after: dot)...]
            guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy(\.isASCIIDigit) else { throw fail() }
            fraction = Int(digits)! * Int(pow10(9 - digits.count))
            clock = clock[..<dot]
        }
        let extended = clock.contains(":")
        let parts: [Substring]
        if extended {
            parts = clock.split(separator: ":", omittingEmptySubsequences: false)
        } else {
            guard clock.count % 2 == 0 else { throw fail() }
            var pieces: [Substring] = []
            var rest = clock
            while !rest.isEmpty {
                pieces.append(rest.prefix(2))
                rest = rest.dropFirst(2)
            }
            parts = pieces
        }
        guard (1...3).contains(parts.count), parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCIIDigit) })
        else { throw fail() }
        if fraction != 0 && parts.count < 3 { throw fail() }
        let numbers = parts.map { Int($0)! }
        let time = try LocalTime(
            hour: numbers[0], minute: numbers.count > 1 ? numbers[1] : 0, second: numbers.count > 2 ? numbers[2] : 0,
            nanosecond: fraction)
        return (time, zone)
    }

    static func parseDateTime(_ text: Substring) throws -> (LocalDate, LocalTime, TemporalZone?) {
        guard let t = text.firstIndex(where: { $0 == "T" || $0 == "t" }) else {
            return (try parseDate(text), try LocalTime(hour: 0, minute: 0, second: 0, nanosecond: 0), nil)
        }
        let date = try parseDate(text[..<t])
        let (time, zone) = try parseTime(text[text.index(after: t)...])
        return (date, time, zone)
    }

    /// `Z`, `+01`, `+0100`, `+01:00`, `-02:05:07`; nil when not an offset.
    static func offsetSeconds(_ text: Substring) -> Int? {
        if text == "Z" || text == "z" { return 0 }
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let body = text.dropFirst()
        let parts: [Substring]
        if body.contains(":") {
            parts = body.split(separator: ":", omittingEmptySubsequences: false)
        } else if body.count == 2 {
            parts = [body]
        } else if body.count == 4 {
            parts = [body.prefix(2), body.suffix(2)]
        } else {
            return nil
        }
        guard (1...3).contains(parts.count), parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCIIDigit) })
        else { return nil }
        let n = parts.map { Int($0)! }
        let hours = n[0]
        let minutes = n.count > 1 ? n[1] : 0
        let seconds = n.count > 2 ? n[2] : 0
        guard hours <= 18, minutes < 60, seconds < 60 else { return nil }
        let total = hours * 3600 + minutes * 60 + seconds
        guard total <= 18 * 3600 else { return nil }
        return sign == "-" ? -total : total
    }

    static func parseDuration(_ text: Substring) throws -> Duration {
        func fail() -> TemporalError { TemporalError("'\(text)' is not a duration (such as P1Y2M3DT4H5M6S)") }
        var rest = text
        var negative = false
        if rest.first == "-" {
            negative = true
            rest = rest.dropFirst()
        }
        guard rest.first == "P" || rest.first == "p" else { throw fail() }
        rest = rest.dropFirst()
        guard !rest.isEmpty else { throw fail() }
        var builder = DurationBuilder()
        // The date-time form: P2012-02-02T14:37:21.545.
        if let first = rest.first, first.isASCIIDigit, rest.prefix(while: \.isASCIIDigit).count == 4,
            rest.dropFirst(4).first == "-" || rest.dropFirst(4).first == "T" || rest.count == 4 || rest.count == 8
        {
            let (date, time): (Substring, Substring?)
            if let t = rest.firstIndex(of: "T") {
                (date, time) = (rest[..<t], rest[rest.index(after: t)...])
            } else {
                (date, time) = (rest, nil)
            }
            let ymd = date.split(separator: "-").map { Int($0) }
            guard ymd.count == 3, ymd.allSatisfy({ $0 != nil }) else { throw fail() }
            _ = try builder.add("years", .int(ymd[0]!))
            _ = try builder.add("months", .int(ymd[1]!))
            _ = try builder.add("days", .int(ymd[2]!))
            if let time {
                let (clock, zone) = try parseTime(time)
                guard zone == nil else { throw fail() }
                _ = try builder.add("nanoseconds", .int(clock.nanosOfDay))
            }
            let d = try builder.duration()
            return negative ? try d.negated() : d
        }
        var inTime = false
        var sawPart = false
        while !rest.isEmpty {
            if rest.first == "T" || rest.first == "t" {
                guard !inTime else { throw fail() }
                inTime = true
                rest = rest.dropFirst()
                continue
            }
            var number = ""
            if rest.first == "-" || rest.first == "+" {
                number.append(rest.first!)
                rest = rest.dropFirst()
            }
            let digits = rest.prefix(while: { $0.isASCIIDigit || $0 == "." || $0 == "," })
            guard !digits.isEmpty, let unitLetter = rest.dropFirst(digits.count).first else { throw fail() }
            number += digits.replacingOccurrences(of: ",", with: ".")
            rest = rest.dropFirst(digits.count + 1)
            let unit: String
            switch (unitLetter.uppercased(), inTime) {
            case ("Y", false): unit = "years"
            case ("M", false): unit = "months"
            case ("W", false): unit = "weeks"
            case ("D", false): unit = "days"
            case ("H", true): unit = "hours"
            case ("M", true): unit = "minutes"
            case ("S", true): unit = "seconds"
            default: throw fail()
            }
            let value: Value
            if unit == "seconds", let dot = number.firstIndex(of: ".") {
                // Seconds exactly: the whole part and up to nine digits of fraction, no rounding through a double.
                let whole = number[..<dot]
                let digits = number[number.index(after: dot)...]
                guard digits.count <= 9, digits.allSatisfy(\.isASCIIDigit),
                    let w = Int(whole == "-" || whole == "+" || whole.isEmpty ? "0" : String(whole))
                else { throw fail() }
                let fraction = (Int(digits) ?? 0) * Int(pow10(9 - digits.count))
                _ = try builder.add("seconds", .int(w))
                _ = try builder.add("nanoseconds", .int(number.hasPrefix("-") ? -fraction : fraction))
                sawPart = true
                continue
            }
            if number.contains(".") {
                guard let d = Double(number) else { throw fail() }
                value = .float(d)
            } else {
                guard let i = Int(number) else { throw fail() }
                value = .int(i)
            }
            _ = try builder.add(unit, value)
            sawPart = true
        }
        guard sawPart else { throw fail() }
        let d = try builder.duration()
        return negative ? try d.negated() : d
    }

    private static func pow10(_ n: Int) -> Int { (0..<n).reduce(1) { r, _ in r * 10 } }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
