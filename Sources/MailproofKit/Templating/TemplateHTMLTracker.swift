/// A small HTML tokenizer state machine that only tracks *where* we are (text, tag, attribute value, comment,
/// `<style>`/`<script>` raw text), so each template tag can get the placeholder libxml2 will read as intended.
///
/// It is fed the file's bytes outside template tags, and one representative byte (`x` or space) per masked tag,
/// which is what libxml2 will see there. It follows libxml2's HTML parser in recovery mode where they differ from
/// HTML5 (raw text ends only at the matching `</style` / `</script`).
struct TemplateHTMLTracker {
    enum State: UInt8 {
        case text, tagOpen, endTagOpen, tagName, beforeAttributeName, attributeName, afterAttributeName
        case beforeAttributeValue, attributeValueDouble, attributeValueSingle, attributeValueUnquoted
        case markupDeclaration, commentStartDash, comment, bogus, rawText
    }

    private enum RawElement: UInt8 { case none, style, script }

    private(set) var state: State = .text
    private var isEndTag = false
    private var nameLength = 0
    private var mayBeStyle = false
    private var mayBeScript = false
    private var pendingRaw: RawElement = .none
    private var rawElement: RawElement = .none
    /// Raw text: bytes of `</name` matched so far. Comment: consecutive `-` seen.
    private var progress = 0

    private static let style: [UInt8] = Array("style".utf8)
    private static let script: [UInt8] = Array("script".utf8)

    var context: TemplateContext {
        switch state {
        case .text, .tagOpen, .endTagOpen, .markupDeclaration, .bogus: return .text
        case .tagName, .beforeAttributeName, .attributeName, .afterAttributeName: return .insideStartTag
        case .beforeAttributeValue, .attributeValueDouble, .attributeValueSingle, .attributeValueUnquoted:
            return .attributeValue
        case .commentStartDash, .comment: return .comment
        case .rawText: return .rawText
        }
    }

    /// In an attribute name (`<td data-{{ x }}=…>`), where an `x` fill keeps the name whole.
    var isInAttributeName: Bool { state == .attributeName }

    /// Feeds `p[start..<end]`, skipping quickly over runs that cannot change the state.
    mutating func run(_ p: UnsafeMutableBufferPointer<UInt8>, from start: Int, to end: Int) {
        guard let base = UnsafePointer(p.baseAddress) else { return }
        var i = start
        while i < end {
            switch state {
            case .text:
                i = TemplateBytes.find(TemplateBytes.less, base, from: i, to: end)
                guard i < end else { return }
            case .attributeValueDouble:
                while i < end && p[i] != TemplateBytes.doubleQuote { i += 1 }
                guard i < end else { return }
            case .attributeValueSingle:
                while i < end && p[i] != TemplateBytes.singleQuote { i += 1 }
                guard i < end else { return }
            case .rawText where progress == 0:
                i = TemplateBytes.find(TemplateBytes.less, base, from: i, to: end)
                guard i < end else { return }
            case .comment where progress == 0:
                i = TemplateBytes.find(TemplateBytes.dash, base, from: i, to: end)
                guard i < end else { return }
            default:
                break
            }
            step(p[i])
            i += 1
        }
    }

    /// Feeds one byte.
    mutating func step(_ c: UInt8) {
        switch state {
        case .text:
            if c == TemplateBytes.less { state = .tagOpen }
        case .tagOpen:
            if TemplateBytes.isLetter(c) {
                beginName(c, endTag: false)
            } else if c == TemplateBytes.slash {
                state = .endTagOpen
            } else if c == TemplateBytes.bang {
                state = .markupDeclaration
            } else if c == TemplateBytes.question {
                state = .bogus
            } else {
                state = .text
                step(c)
            }
        case .endTagOpen:
            if TemplateBytes.isLetter(c) {
                beginName(c, endTag: true)
            } else if c == TemplateBytes.greater {
                state = .text
            } else {
                state = .bogus
            }
        case .tagName:
            if TemplateBytes.isSpace(c) || c == TemplateBytes.slash {
                endName()
                state = .beforeAttributeName
            } else if c == TemplateBytes.greater {
                endName()
                closeTag()
            } else {
                let l = TemplateBytes.lower(c)
                mayBeStyle = mayBeStyle && nameLength < 5 && Self.style[nameLength] == l
                mayBeScript = mayBeScript && nameLength < 6 && Self.script[nameLength] == l
                nameLength += 1
            }
        case .beforeAttributeName:
            if c == TemplateBytes.greater {
                closeTag()
            } else if !TemplateBytes.isSpace(c) && c != TemplateBytes.slash {
                state = .attributeName
            }
        case .attributeName:
            if TemplateBytes.isSpace(c) {
                state = .afterAttributeName
            } else if c == TemplateBytes.slash {
                state = .beforeAttributeName
            } else if c == TemplateBytes.equals {
                state = .beforeAttributeValue
            } else if c == TemplateBytes.greater {
                closeTag()
            }
        case .afterAttributeName:
            if c == TemplateBytes.equals {
                state = .beforeAttributeValue
            } else if c == TemplateBytes.greater {
                closeTag()
            } else if c == TemplateBytes.slash {
                state = .beforeAttributeName
            } else if !TemplateBytes.isSpace(c) {
                state = .attributeName
            }
        case .beforeAttributeValue:
            if c == TemplateBytes.doubleQuote {
                state = .attributeValueDouble
            } else if c == TemplateBytes.singleQuote {
                state = .attributeValueSingle
            } else if c == TemplateBytes.greater {
                closeTag()
            } else if !TemplateBytes.isSpace(c) {
                state = .attributeValueUnquoted
            }
        case .attributeValueDouble:
            if c == TemplateBytes.doubleQuote { state = .beforeAttributeName }
        case .attributeValueSingle:
            if c == TemplateBytes.singleQuote { state = .beforeAttributeName }
        case .attributeValueUnquoted:
            if TemplateBytes.isSpace(c) {
                state = .beforeAttributeName
            } else if c == TemplateBytes.greater {
                closeTag()
            }
        case .markupDeclaration:
            if c == TemplateBytes.dash {
                state = .commentStartDash
            } else {
                state = c == TemplateBytes.greater ? .text : .bogus
            }
        case .commentStartDash:
            if c == TemplateBytes.dash {
                state = .comment
                progress = 0
            } else {
                state = c == TemplateBytes.greater ? .text : .bogus
            }
        case .comment:
            if c == TemplateBytes.dash {
                progress += 1
            } else if c == TemplateBytes.greater && progress >= 2 {
                state = .text
                progress = 0
            } else {
                progress = 0
            }
        case .bogus:
            if c == TemplateBytes.greater { state = .text }
        case .rawText:
            stepRawText(c)
        }
    }

    private mutating func beginName(_ c: UInt8, endTag: Bool) {
        state = .tagName
        isEndTag = endTag
        let l = TemplateBytes.lower(c)
        mayBeStyle = l == Self.style[0]
        mayBeScript = l == Self.script[0]
        nameLength = 1
    }

    private mutating func endName() {
        if isEndTag {
            pendingRaw = .none
        } else if mayBeStyle && nameLength == 5 {
            pendingRaw = .style
        } else if mayBeScript && nameLength == 6 {
            pendingRaw = .script
        } else {
            pendingRaw = .none
        }
    }

    private mutating func closeTag() {
        if !isEndTag && pendingRaw != .none {
            rawElement = pendingRaw
            state = .rawText
            progress = 0
        } else {
            state = .text
        }
        pendingRaw = .none
    }

    /// Raw text ends at `</style` or `</script` (matching the open element, any case) followed by a tag delimiter.
    private mutating func stepRawText(_ c: UInt8) {
        let name = rawElement == .style ? Self.style : Self.script
        switch progress {
        case 0:
            if c == TemplateBytes.less { progress = 1 }
        case 1:
            progress = c == TemplateBytes.slash ? 2 : (c == TemplateBytes.less ? 1 : 0)
        default:
            let matched = progress - 2
            if matched < name.count {
                if TemplateBytes.lower(c) == name[matched] {
                    progress += 1
                } else {
                    progress = c == TemplateBytes.less ? 1 : 0
                }
            } else if TemplateBytes.isSpace(c) || c == TemplateBytes.slash || c == TemplateBytes.greater {
                progress = 0
                rawElement = .none
                isEndTag = true
                pendingRaw = .none
                state = .beforeAttributeName
                step(c)
            } else {
                progress = c == TemplateBytes.less ? 1 : 0
            }
        }
    }
}
