import Testing
@testable import StakeGraph

/// Golden tests for every way a data string can reach DOT.
@Suite struct DOTTextTests {
    @Test(arguments: [
        (#"plain"#, #""plain""#),
        (#"say "hi""#, #""say \"hi\"""#),
        (#"C:\Users\N"#, #""C:\\Users\\N""#),
        (#"\N \G \E \T \H \L \l \r \n"#, #""\\N \\G \\E \\T \\H \\L \\l \\r \\n""#),
        (#"ends with \"#, #""ends with \\""#),
        ("two\nlines", #""two\nlines""#),
        ("tab\there\u{07}bell", #""tab herebell""#),
        ("<b>&amp;</b>", #""<b>&amp;</b>""#),
    ])
    func quotesEscStringsSoThatGraphvizShowsThemLiterally(text: String, expected: String) {
        #expect(DOTText.quoted(text) == expected)
    }

    @Test(arguments: [
        (#"a\Nb"#, #""a＼Nb""#),
        (#"x "y" & z"#, #""x \"y\" &amp; z""#),
        ("line\nbreak", #""line\nbreak""#),
        ("&#92;N", #""&amp;#92;N""#),
    ])
    func tooltipsCannotExpandOrDecodeAnything(text: String, expected: String) {
        #expect(DOTText.tooltip(text) == expected)
    }

    @Test(arguments: [
        ("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
        (#"a & b "c" \N"#, #"a &amp; b &quot;c&quot; \\N"#),
        ("one\ntwo", "one<BR/>two"),
    ])
    func htmlLabelsAreXMLEscaped(text: String, expected: String) {
        #expect(DOTText.html(text) == expected)
    }

    @Test(arguments: [
        ("https://example.org/a?x=1&y=2", true, #""https://example.org/a?x=1&amp;y=2""#),
        ("https://example.org/a?x=1&y=2", false, #""https://example.org/a?x=1&y=2""#),
        (#"http://e.org/"><script>"#, true, #""http://e.org/%22%3E%3Cscript%3E""#),
        (#"https://e.org/a\c'd|{x}"#, true, #""https://e.org/a%5Cc%27d%7C%7Bx%7D""#),
        ("https://e.org/é", true, #""https://e.org/%C3%A9""#),
    ])
    func urlsArePercentEncoded(address: String, forXML: Bool, expected: String) {
        #expect(DOTText.url(address, forXML: forXML) == expected)
    }

    @Test(arguments: ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,x", "file:///etc/passwd",
                      "//evil.org/x", "/relative", "http://", "https://exa mple.org", "mailto:x@y.z"])
    func onlyAbsoluteHTTPAddressesPass(address: String) {
        #expect(DOTText.url(address, forXML: true) == nil)
    }
}
