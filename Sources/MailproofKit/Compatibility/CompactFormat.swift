import Foundation

/// mailproof's compact, deterministic text encoding of a `CompatDatabase`, designed to load fast.
///
///     mailproof-compat 1
///     updated<TAB>2026-06-29 16:41:31 +0000
///     families<TAB>gmail=Gmail<TAB>outlook=Outlook…        (id=name, listed order)
///     platforms<TAB>…   categories<TAB>…
///     clients<TAB>gmail.desktop-webmail<TAB>gmail.ios…     (numbered from 0 in this order)
///     features<TAB>307
///     index<TAB>amp=812<TAB>css-accent-color=640…          (slug=byte length of its line, newline included)
///     amp<TAB>others<TAB>AMP for Email<TAB>13:12.4=n;14:13.1=n;0:2020-04=y,2022-02=y#1;…
///
/// Then one line per feature: slug, category, title, and `;`-separated client histories
/// `clientNumber:version=value,version=value…` in listed order, a value being a support letter and its `#note`s.
/// Fields are percent-escaped (`%XX`) for `%` and control characters, ids and versions also for `=.,;`.
/// Loading reads the header only (the index locates each line); a feature is decoded on first use.
enum CompactFormat {
    static let magic = "mailproof-compat 1"

    // MARK: Encoding

    static func encode(_ database: CompatDatabase) -> String {
        var out = ""
        out.reserveCapacity(256 * 1024)
        out += magic + "\n"
        out += "updated\t" + escape(database.updated, reserved: []) + "\n"
        out += nameLine("families", database.families)
        out += nameLine("platforms", database.platforms)
        out += nameLine("categories", database.categories)
        out += "clients"
        var clientNumbers: [ClientID: Int] = [:]
        for (number, client) in database.clients.enumerated() {
            clientNumbers[client] = number
            out += "\t" + escape(client.family, reserved: idReserved) + "." + escape(client.platform, reserved: idReserved)
        }
        out += "\n"
        let features = database.features
        out += "features\t\(features.count)\n"
        var lines: [String] = []
        lines.reserveCapacity(features.count)
        for feature in features {
            var line = escape(feature.slug, reserved: idReserved) + "\t" + escape(feature.category, reserved: idReserved)
            line += "\t" + escape(feature.title, reserved: []) + "\t"
            var firstClient = true
            for history in feature.clients {
                // The importer lists every client it sees; a hand-built database may not, so such clients are skipped.
                guard let number = clientNumbers[history.client] else { continue }
                if !firstClient { line += ";" }
                firstClient = false
                line += "\(number):"
                for (index, entry) in history.entries.enumerated() {
                    if index > 0 { line += "," }
                    line += escape(entry.version, reserved: idReserved) + "=" + entry.support.letter
                    for note in entry.notes { line += "#\(note)" }
                }
            }
            lines.append(line + "\n")
        }
        // The index lets loading read only the header: each slug with its line's length in bytes.
        out += "index"
        for (feature, line) in zip(features, lines) { out += "\t" + escape(feature.slug, reserved: idReserved) + "=\(line.utf8.count)" }
        out += "\n"
        for line in lines { out += line }
        return out
    }

    private static func nameLine(_ key: String, _ names: [CompatName]) -> String {
        var line = key
        for name in names { line += "\t" + escape(name.id, reserved: idReserved) + "=" + escape(name.name, reserved: []) }
        return line + "\n"
    }

    static let idReserved: Set<UInt8> = Set("=.,;".utf8)

    static func escape(_ text: String, reserved: Set<UInt8>) -> String {
        func needsEscape(_ byte: UInt8) -> Bool {
            byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "%") || reserved.contains(byte)
        }
        guard text.utf8.contains(where: needsEscape) else { return text }
        var bytes: [UInt8] = []
        for byte in text.utf8 {
            if needsEscape(byte) {
                let hex = Array("0123456789ABCDEF".utf8)
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: Decoding
    // Works on UTF-8 bytes throughout: Character-based splitting costs grapheme breaking on every byte.

    /// Parses the header and indexes feature lines; with `lazily`, features are decoded on first use,
    /// otherwise all are decoded (and validated) now.
    static func decode(_ input: String, lazily: Bool) throws -> CompatDatabase {
        var text = input
        text.makeContiguousUTF8()  // no-op for literals and native strings
        let index = try text.utf8.withContiguousStorageIfAvailable { try indexLines($0) }!
        let source = CompatFeatureStore.Source(text: text, lines: index.lines, clients: index.header.clients)
        let store: CompatFeatureStore
        if lazily {
            store = CompatFeatureStore(source: source)
        } else {
            let features = try text.utf8.withContiguousStorageIfAvailable { buffer in
                try index.lines.enumerated().map { number, line in
                    let lineNumber = index.firstFeatureLine + number
                    let feature = try decodeFeature(buffer, line: line, clients: index.header.clients, lineNumber: lineNumber)
                    guard feature.slug == index.slugs[number] else {
                        throw CompactFormatError(line: lineNumber, message: "feature '\(feature.slug)' is indexed as '\(index.slugs[number])'")
                    }
                    return feature
                }
            }!
            store = CompatFeatureStore(features: features)
        }
        let header = index.header
        return CompatDatabase(
            updated: header.updated, families: header.families, platforms: header.platforms,
            categories: header.categories, clients: header.clients, featureSlugs: index.slugs, store: store)
    }

    struct Header {
        var updated = ""
        var families: [CompatName] = []
        var platforms: [CompatName] = []
        var categories: [CompatName] = []
        var clients: [ClientID] = []
    }

    struct LineIndex {
        var header: Header
        /// Byte range of each feature line, without its newline.
        var lines: [Range<Int>]
        var slugs: [String]
        var firstFeatureLine: Int
    }

    private static let tab = UInt8(ascii: "\t")

    /// Reads the header lines and finds every feature line with its slug.
    private static func indexLines(_ buffer: UnsafeBufferPointer<UInt8>) throws -> LineIndex {
        var header = Header()
        var position = 0
        var lineNumber = 0
        var expectedFeatures: Int?

        func nextLine() -> Range<Int>? {
            guard position < buffer.count else { return nil }
            let start = position
            let end = memchr(buffer.baseAddress! + start, 0x0A, buffer.count - start)
                .map { $0.assumingMemoryBound(to: UInt8.self) - UnsafeMutablePointer(mutating: buffer.baseAddress!) } ?? buffer.count
            position = end + 1
            lineNumber += 1
            return start..<end
        }

        guard let first = nextLine(), buffer[first].elementsEqual(magic.utf8) else {
            throw CompactFormatError(line: 1, message: "expected '\(magic)'; not mailproof compatibility data, or a newer format")
        }
        while expectedFeatures == nil {
            guard let range = nextLine() else {
                throw CompactFormatError(line: lineNumber + 1, message: "missing 'features' line")
            }
            let fields = split(buffer, range, at: tab)
            let key = String(decoding: UnsafeBufferPointer(rebasing: buffer[fields[0]]), as: UTF8.self)
            let values = fields.dropFirst()
            switch key {
            case "updated": header.updated = try string(buffer, values.first ?? range.upperBound..<range.upperBound, line: lineNumber)
            case "families": header.families = try names(buffer, values, line: lineNumber)
            case "platforms": header.platforms = try names(buffer, values, line: lineNumber)
            case "categories": header.categories = try names(buffer, values, line: lineNumber)
            case "clients":
                header.clients = try values.map { field in
                    let pair = split(buffer, field, at: UInt8(ascii: "."))
                    guard pair.count == 2 else {
                        throw CompactFormatError(line: lineNumber, message: "client #\(header.clients.count) is not family.platform")
                    }
                    return ClientID(family: try string(buffer, pair[0], line: lineNumber), platform: try string(buffer, pair[1], line: lineNumber))
                }
            case "features":
                guard let field = values.first, let count = integer(buffer, field) else {
                    throw CompactFormatError(line: lineNumber, message: "feature count is not a number")
                }
                expectedFeatures = count
            default:
                break  // Unknown header lines are skipped so the format can grow.
            }
        }
        // The index line gives each feature's slug and line length, so feature lines are not read here:
        // a lazily loaded database touches only the header's memory.
        guard let indexLine = nextLine(), buffer[indexLine].starts(with: "index".utf8) else {
            throw CompactFormatError(line: lineNumber, message: "missing 'index' line")
        }
        let firstFeatureLine = lineNumber + 1
        var lines: [Range<Int>] = []
        var slugs: [String] = []
        lines.reserveCapacity(expectedFeatures!)
        slugs.reserveCapacity(expectedFeatures!)
        var start = position
        for field in split(buffer, indexLine, at: tab).dropFirst() {
            guard let equals = buffer[field].lastIndex(of: UInt8(ascii: "=")), let length = integer(buffer, (equals + 1)..<field.upperBound),
                length > 0
            else {
                throw CompactFormatError(line: lineNumber, message: "bad index entry #\(slugs.count + 1)")
            }
            slugs.append(try string(buffer, field.lowerBound..<equals, line: lineNumber))
            lines.append(start..<(start + length - 1))  // without the newline
            start += length
        }
        guard lines.count == expectedFeatures!, start == buffer.count else {
            throw CompactFormatError(
                line: lineNumber,
                message: "index lists \(lines.count) features over \(start - position) bytes; expected \(expectedFeatures!) features over \(buffer.count - position) bytes (truncated or edited?)")
        }
        return LineIndex(header: header, lines: lines, slugs: slugs, firstFeatureLine: firstFeatureLine)
    }

    private static func names(_ buffer: UnsafeBufferPointer<UInt8>, _ fields: ArraySlice<Range<Int>>, line: Int) throws -> [CompatName] {
        try fields.map { field in
            guard let equals = buffer[field].firstIndex(of: UInt8(ascii: "=")) else {
                throw CompactFormatError(line: line, message: "expected id=name, found '\(try string(buffer, field, line: line))'")
            }
            return CompatName(
                id: try string(buffer, field.lowerBound..<equals, line: line),
                name: try string(buffer, (equals + 1)..<field.upperBound, line: line))
        }
    }

    /// Decodes the feature line at `range` of `text`.
    static func decodeFeature(in text: String, line range: Range<Int>, clients: [ClientID]) throws -> CompatFeature {
        if let feature = try text.utf8.withContiguousStorageIfAvailable({ try decodeFeature($0, line: range, clients: clients, lineNumber: 0) }) {
            return feature
        }
        return try Array(text.utf8).withUnsafeBufferPointer { try decodeFeature($0, line: range, clients: clients, lineNumber: 0) }
    }

    /// `slug TAB category TAB title TAB client:version=value,…;client:…`
    static func decodeFeature(
        _ buffer: UnsafeBufferPointer<UInt8>, line range: Range<Int>, clients: [ClientID], lineNumber: Int
    ) throws -> CompatFeature {
        guard range.upperBound < buffer.count, buffer[range.upperBound] == 0x0A else {
            throw CompactFormatError(line: lineNumber, message: "feature line does not end where the index says")
        }
        let fields = split(buffer, range, at: tab)
        guard fields.count == 4 else {
            throw CompactFormatError(line: lineNumber, message: "feature line has \(fields.count) fields, expected 4")
        }
        let slug = try string(buffer, fields[0], line: lineNumber)
        func fail(_ message: String) -> CompactFormatError {
            CompactFormatError(line: lineNumber, message: "feature '\(slug)': \(message)")
        }
        let end = fields[3].upperBound
        var position = fields[3].lowerBound
        // Arrays made at their size: a feature has dozens of clients, and growing by doubling reallocated the
        // list of them five or six times (every feature a file uses is decoded in every process).
        func count(_ separator: UInt8, from start: Int, upTo stop: UInt8?) -> Int {
            var found = 1
            var k = start
            while k < end, buffer[k] != stop { if buffer[k] == separator { found += 1 }; k += 1 }
            return found
        }
        var histories: [ClientSupport] = []
        histories.reserveCapacity(count(UInt8(ascii: ";"), from: position, upTo: nil))
        while position < end {
            // Client number, then ':'.
            let numberStart = position
            while position < end && buffer[position] != UInt8(ascii: ":") { position += 1 }
            guard position < end, let number = integer(buffer, numberStart..<position), clients.indices.contains(number) else {
                throw fail("bad client reference at byte \(numberStart - range.lowerBound)")
            }
            position += 1
            var entries: [SupportEntry] = []
            entries.reserveCapacity(count(UInt8(ascii: ","), from: position, upTo: UInt8(ascii: ";")))
            while position < end && buffer[position] != UInt8(ascii: ";") {
                // version '=' letter ('#' note)*, then ',' or ';' or end of line.
                let versionStart = position
                while position < end && buffer[position] != UInt8(ascii: "=") { position += 1 }
                guard position + 1 < end, let support = support(buffer[position + 1]) else {
                    throw fail("bad entry at byte \(versionStart - range.lowerBound)")
                }
                let version = try string(buffer, versionStart..<position, line: lineNumber)
                position += 2
                var notes: [Int] = []
                while position < end && buffer[position] == UInt8(ascii: "#") {
                    position += 1
                    let noteStart = position
                    while position < end && buffer[position] >= UInt8(ascii: "0") && buffer[position] <= UInt8(ascii: "9") { position += 1 }
                    guard let note = integer(buffer, noteStart..<position) else { throw fail("bad note number in '\(version)'") }
                    notes.append(note)
                }
                entries.append(SupportEntry(version: version, support: support, notes: notes))
                if position < end && buffer[position] == UInt8(ascii: ",") {
                    position += 1
                } else if position < end && buffer[position] != UInt8(ascii: ";") {
                    throw fail("unexpected byte after version '\(version)'")
                }
            }
            histories.append(ClientSupport(client: clients[number], entries: entries))
            if position < end { position += 1 }  // ';'
        }
        return CompatFeature(
            slug: slug, title: try string(buffer, fields[2], line: lineNumber),
            category: try string(buffer, fields[1], line: lineNumber), clients: histories)
    }

    private static func support(_ letter: UInt8) -> Support? {
        switch letter {
        case UInt8(ascii: "y"): .yes
        case UInt8(ascii: "n"): .no
        case UInt8(ascii: "a"): .partial
        case UInt8(ascii: "u"): .unknown
        default: nil
        }
    }

    /// Byte ranges between separators (empty fields kept).
    private static func split(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, at separator: UInt8) -> [Range<Int>] {
        var fields: [Range<Int>] = []
        var start = range.lowerBound
        for index in range where buffer[index] == separator {
            fields.append(start..<index)
            start = index + 1
        }
        fields.append(start..<range.upperBound)
        return fields
    }

    private static func integer(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.count <= 18 else { return nil }
        var value = 0
        for index in range {
            let digit = Int(buffer[index]) - Int(UInt8(ascii: "0"))
            guard (0...9).contains(digit) else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    /// The field's text, `%XX` escapes decoded.
    private static func string(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int) throws -> String {
        let bytes = UnsafeBufferPointer(rebasing: buffer[range])
        guard bytes.contains(UInt8(ascii: "%")) else { return String(decoding: bytes, as: UTF8.self) }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "%") else {
                decoded.append(bytes[index])
                index += 1
                continue
            }
            guard index + 2 < bytes.count, let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) else {
                throw CompactFormatError(line: line, message: "bad %-escape in '\(String(decoding: bytes, as: UTF8.self))'")
            }
            decoded.append(high << 4 | low)
            index += 3
        }
        return String(decoding: decoded, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}

extension CompatDatabase {
    /// The compact text encoding (see `CompactFormat`); deterministic, so equal databases give equal bytes.
    public func compactEncoding() -> String {
        CompactFormat.encode(self)
    }

    /// Decodes and validates every feature of compact-encoded data.
    public init(compact: String) throws {
        self = try CompactFormat.decode(compact, lazily: false)
    }

    /// Decodes the header only; features are decoded on first use. For data known to be valid (embedded).
    init(lazilyDecoding compact: String) throws {
        self = try CompactFormat.decode(compact, lazily: true)
    }
}
