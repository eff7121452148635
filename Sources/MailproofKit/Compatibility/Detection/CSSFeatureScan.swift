/// Features in CSS: at-rules and media features, selectors, properties, values, units, functions, `!important`,
/// comments, and image URLs.
enum CSSFeatures {
    static let comments = "css-comments"
    static let important = "css-important"
    /// A custom property declaration (`--brand: #f00`); `var()` is found by the function table.
    static let variables = "css-variables"

    static let commentsFeature = FeatureID(comments)
    static let importantFeature = FeatureID(important)
    static let variablesFeature = FeatureID(variables)
}

extension FeatureScan {
    func scanStylesheet(_ sheet: CSSStylesheet) {
        // Comments are emitted by `emit` as the uses after them are, then the rest at the end; each with the
        // sheet's own context (no rule, no @media around it).
        sheetComments = sheet.comments
        commentCursor = 0
        scanRules(sheet.rules, conditional: nil, inStyleRule: false)
        emitComments(before: Int.max)
        sheetComments = []
    }

    /// The sheet's comments that start before `position`.
    func emitComments(before position: Int) {
        let outerRule = styleRule
        styleRule = nil
        defer { styleRule = outerRule }
        while commentCursor < sheetComments.count, sheetComments[commentCursor].start < position {
            let comment = sheetComments[commentCursor]
            commentCursor += 1
            emit(CSSFeatures.commentsFeature, comment)
        }
    }

    /// `conditional` is the innermost enclosing `@media`/`@supports`; an at-rule itself is reported with the one
    /// around it, so `@media` at the top level carries none.
    private func scanRules(_ rules: [CSSRule], conditional: ByteRange?, inStyleRule: Bool) {
        // By index: a `for in` copied each rule whole before the switch.
        for r in rules.indices {
            switch rules[r] {
            case .style(let style):
                let outerRule = styleRule
                styleRule = styleRules.count
                styleRules.append(style)
                defer { styleRule = outerRule }
                let preludeStart = occurrences.count
                if inStyleRule { emit(SelectorFeatures.nestingFeature, style.preludeRange, conditional: conditional) }
                if style.selectors.count > 1 {
                    emit(SelectorFeatures.groupingFeature, style.preludeRange, conditional: conditional)
                }
                // By index: a `for in` copied each selector (its text and compounds retained) to read it.
                for k in style.selectors.indices { scanSelector(style.selectors[k], conditional: conditional) }
                sortTail(from: preludeStart)
                scanDeclarations(style.declarations, conditional: conditional, readImages: true)
                scanRules(style.nestedRules, conditional: conditional, inStyleRule: true)
            case .atRule(let at):
                let outerRule = styleRule
                styleRule = nil
                if let slug = AtRuleFeatures.atRuleTable[at.name] { emit(slug, at.nameRange, conditional: conditional) }
                styleRule = outerRule
                if let queries = at.mediaQueries {
                    for query in queries.queries {
                        for feature in query.features {
                            if let slug = AtRuleFeatures.mediaFeatureTable[feature.name] {
                                emit(slug, feature.nameRange, conditional: conditional)
                            }
                        }
                    }
                }
                let inner = AtRuleFeatures.conditional.contains(at.name) ? at.range : conditional
                switch at.body {
                case .none:
                    break
                case .rules(let nested):
                    scanRules(nested, conditional: inner, inStyleRule: inStyleRule)
                case .declarations(let block):
                    // Descriptors of @font-face or @page are not the properties of the same name.
                    if AtRuleFeatures.groupingRules.contains(at.name) {
                        scanDeclarations(block.declarations, conditional: inner, readImages: true)
                    }
                    scanRules(block.rules, conditional: inner, inStyleRule: inStyleRule)
                case .keyframes(let frames):
                    for frame in frames { scanDeclarations(frame.declarations, conditional: inner, readImages: false) }
                }
            }
        }
    }

    // MARK: Selectors

    private func scanSelector(_ selector: CSSComplexSelector, conditional: ByteRange?) {
        var previousEnd = selector.range.start
        // By index: most simple selectors are read for their kind and range alone, which need no copy.
        let compounds = selector.compounds
        for c in compounds.indices {
            if let combinator = compounds[c].combinator {
                let range = compounds[c].combinatorRange ?? ByteRange(start: previousEnd, end: compounds[c].range.start)
                emit(SelectorFeatures.combinatorFeature(combinator), range, conditional: conditional)
            }
            previousEnd = compounds[c].range.end
            var chained = 0
            let components = compounds[c].components
            for k in components.indices {
                switch components[k].kind {
                case .type: emit(SelectorFeatures.typeFeature, components[k].range, conditional: conditional)
                case .universal: emit(SelectorFeatures.universalFeature, components[k].range, conditional: conditional)
                case .id:
                    chained += 1
                    emit(SelectorFeatures.idFeature, components[k].range, conditional: conditional)
                case .className:
                    chained += 1
                    emit(SelectorFeatures.classNameFeature, components[k].range, conditional: conditional)
                case .attribute:
                    chained += 1
                    emit(SelectorFeatures.attributeFeature, components[k].range, conditional: conditional)
                case .pseudoClass(let pseudo):
                    if let slug = SelectorFeatures.pseudoClassTable[pseudo.name] {
                        emit(slug, components[k].range, conditional: conditional)
                    }
                    switch pseudo.argument {
                    case .selectors(let list)?:
                        for inner in list { scanSelector(inner, conditional: conditional) }
                    case .nth(_, let of?)?:
                        for inner in of { scanSelector(inner, conditional: conditional) }
                    default: break
                    }
                case .pseudoElement(let pseudo):
                    if let slug = SelectorFeatures.pseudoElementTable[pseudo.name] {
                        emit(slug, components[k].range, conditional: conditional)
                    }
                case .nesting:
                    break
                }
            }
            if chained > 1 { emit(SelectorFeatures.chainingFeature, compounds[c].range, conditional: conditional) }
        }
    }

    // MARK: Declarations

    func scanDeclarations(_ declarations: [CSSDeclaration], conditional: ByteRange?, readImages: Bool) {
        seenProperties.removeAll(keepingCapacity: true)
        // The tables once per block, not a lazy global's check per declaration; the declarations' fields read in
        // place, not a copy of each declaration (its strings and token slice retained and released).
        let propertyTable = PropertyFeatures.table
        let keywordsByProperty = ValueFeatures.keywordsByPropertyTable
        for k in declarations.indices {
            let start = occurrences.count
            defer { sortTail(from: start) }
            let property = declarations[k].property
            let key = FallbackFamily.key(of: property)
            let fallback = FallbackFamily.hasFallback(key, seen: seenProperties)
            seenProperties.append(key)
            // `isCustomProperty` asked of the name: asked of `declarations[k]`, it copied the whole declaration.
            if CSSDeclaration.isCustomPropertyName(property) {
                emit(CSSFeatures.variablesFeature, declarations[k].propertyRange, conditional: conditional, fallback: fallback)
            } else {
                var propertySlug = propertyTable[key]
                if let keywords = keywordsByProperty[key],
                   let first = declarations[k].valueTokens.first, first.kind == .ident,
                   let slug = keywords.value(css, first.valueRange, folding: true) {
                    emit(slug, first.range, conditional: conditional, fallback: fallback)
                    propertySlug = nil
                }
                if let propertySlug {
                    emit(propertySlug, declarations[k].propertyRange, conditional: conditional, fallback: fallback)
                }
            }
            if let important = declarations[k].importantRange {
                emit(CSSFeatures.importantFeature, important, conditional: conditional, fallback: fallback)
            }
            // `mso-` properties are read by Outlook's Word engine only, which supports what they hold (`0pt`);
            // other clients ignore the whole declaration, so its units are no risk for them.
            if !Self.isMSOProperty(property) {
                scanValue(declarations[k].valueTokens, conditional: conditional, fallback: fallback, readImages: readImages)
            }
        }
    }

    /// `mso-…`, read on bytes (a `hasPrefix` per declaration was a tenth of this scan).
    @inline(__always) private static func isMSOProperty(_ property: String) -> Bool {
        var property = property
        return property.withUTF8 { $0.count >= 4 && $0[0] == 0x6D && $0[1] == 0x73 && $0[2] == 0x6F && $0[3] == 0x2D }
    }

    /// Units, keywords, functions (reported over their whole call, `calc(…)`) and `url()` image formats.
    private func scanValue(_ tokens: ArraySlice<CSSToken>, conditional: ByteRange?, fallback: Bool, readImages: Bool) {
        openFunctions.removeAll(keepingCapacity: true)
        for token in tokens {
            switch token.kind {
            case .dimension:
                let unit = token.valueRange
                if unit.length <= 4, let slug = UnitFeatures.table.value(css, unit, folding: true),
                   !isTemplated(token.range) {
                    emit(slug, token.range, conditional: conditional, fallback: fallback)
                }
            case .percentage:
                if !isTemplated(token.range) {
                    emit(UnitFeatures.percentFeature, token.range, conditional: conditional, fallback: fallback)
                }
            case .ident:
                let name = token.valueRange
                if name.length >= 7, ValueFeatures.mayBeKeyword(length: name.length, first: css[name.start]),
                   let slug = ValueFeatures.keywordTable.value(css, name, folding: true), !isTemplated(name) {
                    emit(slug, token.range, conditional: conditional, fallback: fallback)
                }
            case .function:
                let name = token.valueRange
                let isURL = CSSBytes.equalsLowercase(css, name, "url")
                let slug = isURL || name.length > 33 ? nil : FunctionFeatures.table.value(css, name, folding: true)
                openFunctions.append((token.range.start, slug, isURL))
            case .leftParen:
                openFunctions.append((token.range.start, nil, false))
            case .rightParen:
                if let open = openFunctions.popLast(), let slug = open.feature {
                    emit(slug, ByteRange(start: open.start, end: token.range.end), conditional: conditional,
                         fallback: fallback)
                }
            case .url:
                if readImages { scanCSSImage(token.valueRange, conditional: conditional, fallback: fallback) }
            case .string:
                if readImages, let open = openFunctions.last, open.isURL {
                    scanCSSImage(token.valueRange, conditional: conditional, fallback: fallback)
                }
            default:
                break
            }
        }
        // A function left unclosed at the end of the value is closed by it, as in browsers.
        if let end = tokens.last?.range.end {
            while let open = openFunctions.popLast() {
                if let slug = open.feature {
                    emit(slug, ByteRange(start: open.start, end: end), conditional: conditional, fallback: fallback)
                }
            }
        }
    }

    private func scanCSSImage(_ url: ByteRange, conditional: ByteRange?, fallback: Bool) {
        // A comment before the URL goes in first, so that the context below is given to the image's uses alone.
        if commentCursor < sheetComments.count { emitComments(before: url.start) }
        let before = occurrences.count
        scanImageURL(url, in: css)
        guard conditional != nil || fallback else { return }
        for k in before..<occurrences.count {
            occurrences[k].context.conditionalAtRule = conditional
            occurrences[k].context.hasFallback = fallback
        }
    }
}
