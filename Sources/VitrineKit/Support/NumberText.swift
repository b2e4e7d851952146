/// Numbers written for readers: « 1 234,5 » in French (narrow no-break space between thousands,
/// comma for decimals), "1,234.5" in English.
public struct NumberText: Sendable {
    public let language: String

    public init(language: String) {
        self.language = language
    }

    public func format(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { grouped += language == "en" ? "," : "\u{202F}" }
            grouped.append(c)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    /// With at most `decimals` digits after the separator, trailing zeros dropped.
    public func format(_ value: Double, decimals: Int = 1) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        let whole = Int(rounded.magnitude.rounded(.towardZero))
        var fraction = Int(((rounded.magnitude - Double(whole)) * scale).rounded())
        var fractionDigits = decimals
        while fractionDigits > 0 && fraction % 10 == 0 && fraction != 0 { fraction /= 10; fractionDigits -= 1 }
        let sign = rounded < 0 ? "-" : ""
        guard fraction != 0 else { return sign + format(whole) }
        let padded = String(repeating: "0", count: max(0, fractionDigits - String(fraction).count)) + String(fraction)
        return sign + format(whole) + (language == "en" ? "." : ",") + padded
    }
}
