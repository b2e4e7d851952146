/// A Mustache template parsed once, at the theme's load, into nodes whose names are already bound
/// (`TemplateKey`): rendering walks them without reading the text again.
///
/// The language is the Mustache specification's (github.com/mustache/spec: interpolation,
/// sections, inverted sections, comments, partials, set delimiters, and inheritance: parents and
/// blocks), checked by `MustacheSpecTests` against the specification's own tests; plus one
/// function kept from swift-mustache, which themes used before: `{{^empty(page.items)}}`.
struct Template: Sendable {
    let nodes: [TemplateNode]
}

indirect enum TemplateNode: Sendable {
    case text([UInt8])
    case value(TemplatePath, escaped: Bool)
    case section(TemplatePath, inverted: Bool, [TemplateNode])
    /// `indentation`: the whitespace before a standalone tag, given to every line of the partial.
    /// `line`: where the tag stands, to report a partial the theme lacks.
    case partial(String, indentation: String, line: Int)
    /// `{{<name}}`: the template `name`, with the blocks given here in place of its own.
    case parent(String, indentation: String, blocks: [String: TemplateBlock], line: Int)
    case block(TemplateBlock)
}

/// `{{$name}}…{{/name}}`: a place a parent's caller may fill, or what it is filled with.
struct TemplateBlock: Sendable {
    let name: String
    let nodes: [TemplateNode]
    /// The indentation of the block's lines where it stands (what a replacement's lines get)…
    let indentation: String
    /// …whether its first line gets it too (its tag stood alone on its line)…
    let standalone: Bool
    /// …and the indentation its own lines were written with (taken off when it replaces another).
    let ownIndentation: String
}

/// A tag's name, split at its dots and bound: `page.title`; no keys for `{{.}}`.
struct TemplatePath: Sendable {
    let keys: [TemplateKey]
    /// `empty(…)`: whether the list (or text) named is empty.
    let testsEmpty: Bool
    /// The tag's line, for the theme's check of the names read (`TemplateFields`).
    let line: Int
}

/// A template that cannot be parsed: where, and why, in French and in English.
struct TemplateSyntaxError: Error {
    let line: Int
    let column: Int
    let message: Message
}

enum TemplateParser {
    static func parse(_ text: String) throws(TemplateSyntaxError) -> Template {
        var scanner = Scanner(Array(text.utf8))
        let pieces = try scanner.scan()
        var builder = TreeBuilder(source: scanner.source, pieces: removingStandaloneLines(pieces, source: scanner.source))
        return Template(nodes: try builder.build())
    }

    /// What the scanner cuts a template into: text (cut after each line break) and tags.
    enum Piece {
        case text(Range<Int>)
        case tag(Tag)
    }

    struct Tag {
        /// `#`, `^`, `/`, `!`, `>`, `<`, `$`, `=`, `&`, or 0 for `{{name}}`.
        let sigil: UInt8
        let name: String
        let line: Int
        let column: Int
        /// Where the tag starts and ends in the source.
        let range: Range<Int>
        /// For a closing tag: the sigil of the tag it closes.
        var closes: UInt8 = 0
        /// Set when the tag stands alone on its line: the whitespace before it, and where the next line starts.
        var standalone: (indentation: String, nextLine: Int)? = nil
    }

    static let standaloneSigils: Set<UInt8> = Set("#^/!><$=".utf8)

    /// A line holding only whitespace and tags that output nothing there (sections, comments,
    /// partials, blocks, delimiters) disappears, line break included; the tags keep its
    /// indentation. One tag per line, or several when one of them opens or closes a parent
    /// (`{{<parent}}{{$block}}`), as the specification's inheritance tests have it.
    static func removingStandaloneLines(_ pieces: [Piece], source: [UInt8]) -> [Piece] {
        var result: [Piece] = []
        result.reserveCapacity(pieces.count)
        var start = 0
        while start < pieces.count {
            var end = start
            while end < pieces.count {
                if case .text(let range) = pieces[end], source[range.upperBound - 1] == UInt8(ascii: "\n") { break }
                end += 1
            }
            let line = pieces[start..<min(end + 1, pieces.count)]
            let tags = line.compactMap { piece -> Tag? in if case .tag(let tag) = piece { return tag } else { return nil } }
            let blank = line.allSatisfy { piece in
                guard case .text(let range) = piece else { return true }
                return isBlank(range, in: source)
            }
            let standalone = blank && !tags.isEmpty && tags.allSatisfy { standaloneSigils.contains($0.sigil) }
                && (tags.count == 1 || tags.contains { $0.sigil == UInt8(ascii: "<") || $0.closes == UInt8(ascii: "<") })
            if standalone {
                var indentation = ""
                if case .text(let range) = line.first! { indentation = String(decoding: source[range], as: UTF8.self) }
                let nextLine: Int
                if case .text(let range) = line.last!, source[range.upperBound - 1] == 0x0A { nextLine = range.upperBound } else { nextLine = source.count }
                for piece in line {
                    guard case .tag(var tag) = piece else { continue }
                    tag.standalone = (indentation, nextLine)
                    result.append(.tag(tag))
                }
            } else {
                result.append(contentsOf: line)
            }
            start = end + 1
        }
        return result
    }

    /// Spaces and tabs only, but for the line break that ends the text (`\n` or `\r\n`).
    static func isBlank(_ range: Range<Int>, in source: [UInt8]) -> Bool {
        var end = range.upperBound
        if end > range.lowerBound, source[end - 1] == 0x0A {
            end -= 1
            if end > range.lowerBound, source[end - 1] == 0x0D { end -= 1 }
        }
        return source[range.lowerBound..<end].allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    /// Cuts the source into text and tags, following `{{=<% %>=}}` changes of delimiters.
    struct Scanner {
        let source: [UInt8]
        var open: [UInt8] = Array("{{".utf8)
        var close: [UInt8] = Array("}}".utf8)
        var line = 1
        var lineStart = 0
        /// The sections open at this point, to tell which closing tag closes a parent.
        var openSigils: [(sigil: UInt8, name: String)] = []

        init(_ source: [UInt8]) { self.source = source }

        mutating func scan() throws(TemplateSyntaxError) -> [Piece] {
            var pieces: [Piece] = []
            var i = 0
            while i < source.count {
                let tagStart = find(open, from: i) ?? source.count
                addText(i..<tagStart, to: &pieces)
                if tagStart == source.count { break }
                let column = tagStart - lineStart + 1
                let tagLine = line
                var contentStart = tagStart + open.count
                var closing = close
                var sigil: UInt8 = 0
                if open == Array("{{".utf8), contentStart < source.count, source[contentStart] == UInt8(ascii: "{") {
                    closing = [UInt8(ascii: "}")] + close
                    contentStart += 1
                    sigil = UInt8(ascii: "&")
                }
                guard let contentEnd = find(closing, from: contentStart) else {
                    throw TemplateSyntaxError(line: tagLine, column: column, message: Message(
                        "balise ouverte par « \(String(decoding: open, as: UTF8.self)) » et jamais fermée.",
                        en: "tag opened with “\(String(decoding: open, as: UTF8.self))” and never closed."))
                }
                let tagEnd = contentEnd + closing.count
                countLines(tagStart..<tagEnd)
                var content = trim(source[contentStart..<contentEnd])
                if sigil == 0, let first = content.first, Set("#^/!><$=&{%".utf8).contains(first) {
                    sigil = first == UInt8(ascii: "{") ? UInt8(ascii: "&") : first
                    content = trim(content.dropFirst())
                    if first == UInt8(ascii: "=") {
                        guard content.last == UInt8(ascii: "=") else { throw delimiterError(tagLine, column) }
                        try setDelimiters(trim(content.dropLast()), line: tagLine, column: column)
                    }
                    if first == UInt8(ascii: "{"), content.last == UInt8(ascii: "}") { content = trim(content.dropLast()) }
                }
                let name = String(decoding: content, as: UTF8.self)
                if sigil == UInt8(ascii: "%") {
                    throw TemplateSyntaxError(line: tagLine, column: column, message: Message(
                        "les pragmas Mustache (« {{%\(name)}} ») ne sont pas pris en charge : retirez cette balise.",
                        en: "Mustache pragmas (“{{%\(name)}}”) are not supported: remove this tag."))
                }
                if sigil != UInt8(ascii: "!") && sigil != UInt8(ascii: "=") && name.isEmpty {
                    throw TemplateSyntaxError(line: tagLine, column: column, message: Message(
                        "balise sans nom.", en: "tag without a name."))
                }
                var tag = Tag(sigil: sigil, name: name, line: tagLine, column: column, range: tagStart..<tagEnd)
                switch sigil {
                case UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "<"), UInt8(ascii: "$"):
                    openSigils.append((sigil, name))
                case UInt8(ascii: "/"):
                    tag.closes = openSigils.popLast()?.sigil ?? 0
                default:
                    break
                }
                pieces.append(.tag(tag))
                i = tagEnd
            }
            return pieces
        }

        /// Text, cut after each line break, so that lines can be told standalone or not.
        mutating func addText(_ range: Range<Int>, to pieces: inout [Piece]) {
            var start = range.lowerBound
            var j = start
            while j < range.upperBound {
                if source[j] == 0x0A {
                    pieces.append(.text(start..<(j + 1)))
                    line += 1
                    lineStart = j + 1
                    start = j + 1
                }
                j += 1
            }
            if start < range.upperBound { pieces.append(.text(start..<range.upperBound)) }
        }

        mutating func countLines(_ range: Range<Int>) {
            for j in range where source[j] == 0x0A {
                line += 1
                lineStart = j + 1
            }
        }

        mutating func setDelimiters(_ content: ArraySlice<UInt8>, line: Int, column: Int) throws(TemplateSyntaxError) {
            let parts = content.split { $0 == 0x20 || $0 == 0x09 }
            guard parts.count == 2, !parts.contains(where: { $0.contains(UInt8(ascii: "=")) }) else {
                throw delimiterError(line, column)
            }
            open = Array(parts[0])
            close = Array(parts[1])
        }

        func delimiterError(_ line: Int, _ column: Int) -> TemplateSyntaxError {
            TemplateSyntaxError(line: line, column: column, message: Message(
                "changement de délimiteurs mal écrit : la forme est « {{=<% %>=}} ».",
                en: "change of delimiters badly written: the form is “{{=<% %>=}}”."))
        }

        func find(_ needle: [UInt8], from start: Int) -> Int? {
            guard let first = needle.first, needle.count <= source.count else { return nil }
            var j = start
            let last = source.count - needle.count
            while j <= last {
                if source[j] == first {
                    var k = 1
                    while k < needle.count && source[j + k] == needle[k] { k += 1 }
                    if k == needle.count { return j }
                }
                j += 1
            }
            return nil
        }

        func trim(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
            let isSpace = { (b: UInt8) in b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
            guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) }) else {
                return bytes[bytes.startIndex..<bytes.startIndex]
            }
            return bytes[first...last]
        }
    }

    /// Turns the pieces into nested nodes, checking that every section is closed by its name.
    struct TreeBuilder {
        let source: [UInt8]
        let pieces: [Piece]
        var index = 0

        /// Sections, parents and blocks open around the tag being read.
        var nesting = 0
        static let maximumNesting = 100

        init(source: [UInt8], pieces: [Piece]) {
            self.source = source
            self.pieces = pieces
        }

        mutating func build() throws(TemplateSyntaxError) -> [TemplateNode] {
            let nodes = try children(of: nil)
            return nodes
        }

        /// The nodes up to the tag closing `opener` (the whole template when nil).
        mutating func children(of opener: Tag?) throws(TemplateSyntaxError) -> [TemplateNode] {
            // Parsing, checking and rendering go down one level per nested tag: a bound keeps a
            // runaway template (an opening tag repeated by mistake) a located error, not a crash.
            if let opener {
                guard nesting < Self.maximumNesting else {
                    throw TemplateSyntaxError(line: opener.line, column: opener.column, message: Message(
                        "plus de \(Self.maximumNesting) sections imbriquées : une section « \(opener.name) » ouverte ici n'est sans doute jamais fermée.",
                        en: "more than \(Self.maximumNesting) nested sections: a section “\(opener.name)” opened here is probably never closed."))
                }
                nesting += 1
            }
            defer { if opener != nil { nesting -= 1 } }
            var nodes: [TemplateNode] = []
            var text: [UInt8] = []
            func flush() {
                if !text.isEmpty { nodes.append(.text(text)); text = [] }
            }
            while index < pieces.count {
                let piece = pieces[index]
                index += 1
                guard case .tag(let tag) = piece else {
                    if case .text(let range) = piece { text.append(contentsOf: source[range]) }
                    continue
                }
                switch tag.sigil {
                case UInt8(ascii: "!"), UInt8(ascii: "="):
                    continue
                case UInt8(ascii: "/"):
                    guard let opener, opener.name == tag.name else {
                        let expected = opener.map { "« {{/\($0.name)}} » (ouverte ligne \($0.line))" } ?? "aucune"
                        let expectedEn = opener.map { "“{{/\($0.name)}}” (opened on line \($0.line))" } ?? "none"
                        throw TemplateSyntaxError(line: tag.line, column: tag.column, message: Message(
                            "« {{/\(tag.name)}} » ferme une section qui n'est pas ouverte ; la fermeture attendue ici : \(expected).",
                            en: "“{{/\(tag.name)}}” closes a section that is not open; the closing expected here: \(expectedEn)."))
                    }
                    flush()
                    return nodes
                default:
                    break
                }
                flush()
                nodes.append(try node(for: tag))
            }
            if let opener {
                throw TemplateSyntaxError(line: opener.line, column: opener.column, message: Message(
                    "la section « \(opener.name) » n'est jamais fermée : ajoutez « {{/\(opener.name)}} ».",
                    en: "section “\(opener.name)” is never closed: add “{{/\(opener.name)}}”."))
            }
            flush()
            return nodes
        }

        mutating func node(for tag: Tag) throws(TemplateSyntaxError) -> TemplateNode {
            switch tag.sigil {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let path = try Self.path(tag)
                return .section(path, inverted: tag.sigil == UInt8(ascii: "^"), try children(of: tag))
            case UInt8(ascii: ">"):
                return .partial(tag.name, indentation: tag.standalone?.indentation ?? "", line: tag.line)
            case UInt8(ascii: "<"):
                var blocks: [String: TemplateBlock] = [:]
                for case .block(let block) in try children(of: tag) { blocks[block.name] = block }
                return .parent(tag.name, indentation: tag.standalone?.indentation ?? "", blocks: blocks, line: tag.line)
            case UInt8(ascii: "$"):
                let nodes = try children(of: tag)
                if let standalone = tag.standalone {
                    let indentation = leadingWhitespace(at: standalone.nextLine)
                    return .block(TemplateBlock(name: tag.name, nodes: nodes, indentation: indentation, standalone: true,
                                                ownIndentation: indentation))
                }
                return .block(TemplateBlock(name: tag.name, nodes: nodes, indentation: whitespaceBefore(tag.range.lowerBound),
                                            standalone: false, ownIndentation: ""))
            default:
                return .value(try Self.path(tag), escaped: tag.sigil == 0)
            }
        }

        /// The spaces and tabs that start the line at `offset`.
        func leadingWhitespace(at offset: Int) -> String {
            var end = offset
            while end < source.count, source[end] == 0x20 || source[end] == 0x09 { end += 1 }
            return String(decoding: source[offset..<end], as: UTF8.self)
        }

        /// The spaces and tabs before `offset` on its line, when nothing else precedes it there.
        func whitespaceBefore(_ offset: Int) -> String {
            var start = offset
            while start > 0, source[start - 1] == 0x20 || source[start - 1] == 0x09 { start -= 1 }
            guard start == 0 || source[start - 1] == 0x0A else { return "" }
            return String(decoding: source[start..<offset], as: UTF8.self)
        }

        static func path(_ tag: Tag) throws(TemplateSyntaxError) -> TemplatePath {
            var name = Substring(tag.name)
            var testsEmpty = false
            if let open = name.firstIndex(of: "(") {
                let function = name[..<open].trimmingCharacters(in: .whitespaces)
                guard function == "empty", name.hasSuffix(")") else {
                    throw TemplateSyntaxError(line: tag.line, column: tag.column, message: Message(
                        "fonction « \(function) » inconnue dans « \(tag.name) » : la seule fonction des gabarits est « empty(…) ».",
                        en: "unknown function “\(function)” in “\(tag.name)”: the only template function is “empty(…)”."))
                }
                name = name[name.index(after: open)..<name.index(before: name.endIndex)]
                testsEmpty = true
            }
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            if trimmed == "." { return TemplatePath(keys: [], testsEmpty: testsEmpty, line: tag.line) }
            let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
            guard !parts.contains(where: \.isEmpty) else {
                throw TemplateSyntaxError(line: tag.line, column: tag.column, message: Message(
                    "nom mal formé « \(tag.name) » : les parties d'un nom se séparent par un seul point.",
                    en: "malformed name “\(tag.name)”: the parts of a name are separated by a single dot."))
            }
            return TemplatePath(keys: parts.map { TemplateKey(String($0)) }, testsEmpty: testsEmpty, line: tag.line)
        }
    }
}
