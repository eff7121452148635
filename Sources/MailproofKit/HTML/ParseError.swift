import CLibXML2

/// A problem libxml2 or our own structure checks met while parsing the markup.
public struct ParseError: Sendable, Hashable {
    public var message: String
    public var range: ByteRange
    /// libxml2's error code (`xmlParserErrors`), or 0 for problems found by mailproof's own checks.
    public var code: Int32
    /// The names libxml2 passes with the error (its `str1`, `str2`): the tag names of a mismatch, say.
    public var names: [String]
    /// The number libxml2 passes with the error (its `int1`): the character of an invalid-character error.
    public var number: Int32

    public init(message: String, range: ByteRange, code: Int32 = 0, names: [String] = [], number: Int32 = 0) {
        self.message = message
        self.range = range
        self.code = code
        self.names = names
        self.number = number
    }

    /// libxml2's error codes that mailproof words for email developers.
    enum Code {
        /// `XML_ERR_TAG_NAME_MISMATCH`: an end tag with no open element (one name) or closing another (two names).
        static let tagNameMismatch = Int32(XML_ERR_TAG_NAME_MISMATCH.rawValue)
        /// `XML_ERR_COMMENT_NOT_FINISHED`.
        static let commentNotFinished = Int32(XML_ERR_COMMENT_NOT_FINISHED.rawValue)
        /// `XML_ERR_GT_REQUIRED`: a start tag that never ends with `>`.
        static let startTagNotClosed = Int32(XML_ERR_GT_REQUIRED.rawValue)
        /// `XML_ERR_NAME_REQUIRED`: a malformed attribute in a start tag (or a bare `&` in text, which is ignored).
        static let nameRequired = Int32(XML_ERR_NAME_REQUIRED.rawValue)
        /// `XML_ERR_INVALID_CHAR`: a character HTML does not allow (a control character pasted into the text, or
        /// a `&#…;` reference to one), the character in `number`; 0 when libxml2 does not say which.
        static let invalidCharacter = Int32(XML_ERR_INVALID_CHAR.rawValue)
        /// `XML_ERR_ATTRIBUTE_NOT_FINISHED`: a quoted attribute value whose closing quote never comes.
        static let attributeNotFinished = Int32(XML_ERR_ATTRIBUTE_NOT_FINISHED.rawValue)
        /// What libxml2 says of a malformed `<!DOCTYPE …>` (a missing quote, identifier, space or `>`), one error
        /// per part it misses; the doctype rule judges the doctype instead. `XML_ERR_SPACE_REQUIRED` is also a
        /// malformed `<?…?>`, told apart by where it is.
        static let doctypeSyntax: Set<Int32> = [Int32(XML_ERR_SPACE_REQUIRED.rawValue), Int32(XML_ERR_LITERAL_NOT_STARTED.rawValue),
                                                Int32(XML_ERR_LITERAL_NOT_FINISHED.rawValue), Int32(XML_ERR_URI_REQUIRED.rawValue),
                                                Int32(XML_ERR_PUBID_REQUIRED.rawValue), Int32(XML_ERR_DOCTYPE_NOT_FINISHED.rawValue)]
        /// `XML_HTML_STRUCURE_ERROR` (sic): a misplaced `<html>`, `<head>` or `<body>`, named in `names`.
        static let misplacedStructure = Int32(XML_HTML_STRUCURE_ERROR.rawValue)
        /// `XML_ERR_ENTITYREF_SEMICOL_MISSING` and friends: HTML5 allows them.
        static let entityReference: Set<Int32> = [Int32(XML_ERR_ENTITYREF_NO_NAME.rawValue),
                                                  Int32(XML_ERR_ENTITYREF_SEMICOL_MISSING.rawValue)]
        /// `XML_ERR_INVALID_DEC_CHARREF`, `XML_ERR_INVALID_HEX_CHARREF`: a numeric reference without its `;`
        /// (`&#169 2024`), which libxml2 decodes as browsers do. A reference to a character HTML does not allow is
        /// reported apart (`invalidCharacter`).
        static let numericReferenceWithoutSemicolon: Set<Int32> = [Int32(XML_ERR_INVALID_DEC_CHARREF.rawValue),
                                                                   Int32(XML_ERR_INVALID_HEX_CHARREF.rawValue)]
    }
}

/// An Outlook conditional comment marker: an opener such as `<!--[if mso]>` or a closer such as `<![endif]-->`.
public struct ConditionalMarker: Sendable, Hashable {
    public enum Kind: Sendable { case open, close }
    public var kind: Kind
    public var range: ByteRange
    /// Openers: the condition (`gte mso 9`); closers: empty.
    public var condition: String
    /// Clients that ignore conditional comments see the content (`<!--[if !mso]><!-->`, `<![if !mso]>`).
    public var revealed: Bool
    /// The scope of the content this opener starts (or, for a closer, the scope it returns to).
    public var scope: ClientScope
}
