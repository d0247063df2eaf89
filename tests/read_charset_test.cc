#include <gtest/gtest.h>

#include "dragoman/utf8.h"
#include "read/charset.h"
#include "read_test_util.h"

namespace dragoman::read {
namespace {

using testing_read::Fixture;
using testing_read::Slurp;

bool Has(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

TEST(ReadCharset, NormalizesLabelsAsBrowsersDo) {
  EXPECT_EQ(NormalizeCharset("ISO-8859-1"), "windows-1252");
  EXPECT_EQ(NormalizeCharset(" \"latin1\" "), "windows-1252");
  EXPECT_EQ(NormalizeCharset("US-ASCII"), "windows-1252");
  EXPECT_EQ(NormalizeCharset("utf8"), "UTF-8");
  EXPECT_EQ(NormalizeCharset("GB2312"), "GB18030");
  EXPECT_EQ(NormalizeCharset("x-sjis"), "Shift_JIS");
  EXPECT_EQ(NormalizeCharset("Windows-1251"), "windows-1251");
  EXPECT_EQ(NormalizeCharset(""), "");
}

TEST(ReadCharset, FindsByteOrderMarks) {
  size_t n = 0;
  EXPECT_EQ(CharsetFromBom("\xEF\xBB\xBFhi", &n), "UTF-8");
  EXPECT_EQ(n, 3u);
  EXPECT_EQ(CharsetFromBom("\xFF\xFEh\0", &n), "UTF-16LE");
  EXPECT_EQ(n, 2u);
  EXPECT_EQ(CharsetFromBom("\xFE\xFF\0h", &n), "UTF-16BE");
  EXPECT_EQ(CharsetFromBom("plain", &n), "");
  EXPECT_EQ(n, 0u);
}

TEST(ReadCharset, ReadsHttpContentType) {
  EXPECT_EQ(CharsetFromContentType("text/html; charset=ISO-8859-1"), "ISO-8859-1");
  EXPECT_EQ(CharsetFromContentType("text/html;Charset=\"utf-8\""), "utf-8");
  EXPECT_EQ(CharsetFromContentType("text/html"), "");
}

TEST(ReadCharset, ReadsMetaCharsetHttpEquivAndXmlDeclaration) {
  EXPECT_EQ(CharsetFromMeta("<html><head><META CHARSET='koi8-r'></head>"), "koi8-r");
  EXPECT_EQ(CharsetFromMeta("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"),
            "windows-1251");
  EXPECT_EQ(CharsetFromMeta("<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?><html>"), "ISO-8859-2");
  EXPECT_EQ(CharsetFromMeta("<meta name=\"author\" content=\"x\">"), "");
  // Only the first 4 KB count.
  EXPECT_EQ(CharsetFromMeta(std::string(5000, ' ') + "<meta charset=\"koi8-r\">"), "");
}

TEST(ReadCharset, DecodesLatin1PageDeclaredInMeta) {
  DecodedText d = DecodeToUtf8(Slurp(Fixture("latin1.html")), "", true);
  EXPECT_EQ(d.source, "meta");
  EXPECT_EQ(d.charset, "windows-1252");
  EXPECT_TRUE(IsValidUtf8(d.text));
  EXPECT_TRUE(Has(d.text, "présenté un budget révisé à l'Assemblée")) << d.text;
}

TEST(ReadCharset, DecodesWindows1252FromHttpEquiv) {
  DecodedText d = DecodeToUtf8(Slurp(Fixture("cp1252.html")), "", true);
  EXPECT_EQ(d.charset, "windows-1252");
  EXPECT_TRUE(Has(d.text, "s’élève à 5 millions d’€")) << d.text;
  EXPECT_TRUE(Has(d.text, "« sans détour » — une première")) << d.text;
}

TEST(ReadCharset, Utf16WithBomBecomesUtf8Html) {
  auto c = testing_read::ReadPaths({Fixture("utf16le-bom.html")});
  ASSERT_EQ(c.docs.size(), 1u) << c.ErrorLines();
  EXPECT_TRUE(c.errors.empty());
  EXPECT_EQ(c.docs[0].kind, RawDocument::Kind::kHtml);
  EXPECT_TRUE(Has(c.docs[0].bytes, "<title>Übersicht</title>"));
  EXPECT_TRUE(Has(c.docs[0].bytes, "Größe und Maße. Привет, мир."));
}

TEST(ReadCharset, DetectsShiftJisFromContent) {
  std::string bytes = Slurp(Fixture("shift_jis.txt"));
  EXPECT_EQ(NormalizeCharset(DetectCharsetByContent(bytes)), "Shift_JIS");
  DecodedText d = DecodeToUtf8(bytes, "", false);
  EXPECT_TRUE(Has(d.text, "東京で開かれた会議で")) << d.text;
}

TEST(ReadCharset, DetectsKoi8rFromContent) {
  std::string bytes = Slurp(Fixture("koi8r.txt"));
  EXPECT_EQ(NormalizeCharset(DetectCharsetByContent(bytes)), "KOI8-R");
  auto c = testing_read::ReadPaths({Fixture("koi8r.txt")});
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_TRUE(Has(c.docs[0].bytes, "Министр иностранных дел")) << c.docs[0].bytes;
}

TEST(ReadCharset, HttpHeaderBeatsMeta) {
  // Latin-1 bytes whose meta wrongly says UTF-8; the HTTP header is right.
  std::string page = "<meta charset=\"utf-8\"><p>caf\xE9 cr\xE8me</p>";
  DecodedText d = DecodeToUtf8(page, "ISO-8859-1", true);
  EXPECT_EQ(d.source, "http");
  EXPECT_TRUE(Has(d.text, "café crème"));
}

TEST(ReadCharset, WellFormedUtf8WinsOverDeclaredLatin1) {
  DecodedText d = DecodeToUtf8("<meta charset=\"iso-8859-1\"><p>café crème</p>", "", true);
  EXPECT_EQ(d.charset, "UTF-8");
  EXPECT_TRUE(Has(d.text, "café crème"));
}

TEST(ReadCharset, DeclaredUtf8ThatDoesNotFitIsDetected) {
  std::string page = "<meta charset=\"utf-8\"><p>Le d\xE9put\xE9 a pr\xE9sent\xE9 son rapport \xE0 la commission.</p>";
  DecodedText d = DecodeToUtf8(page, "", true);
  EXPECT_NE(d.charset, "UTF-8");
  EXPECT_TRUE(Has(d.text, "Le député a présenté son rapport à la commission.")) << d.text;
}

TEST(ReadCharset, RepairsInvalidUtf8InMostlyUtf8Text) {
  DecodedText d = DecodeToUtf8("d\xC3\xA9j\xC3\xA0 vu, then a stray \xFF byte", "", false);
  EXPECT_EQ(d.charset, "UTF-8");
  EXPECT_TRUE(d.repaired_invalid);
  EXPECT_TRUE(IsValidUtf8(d.text));
  EXPECT_TRUE(Has(d.text, "déjà vu"));
  EXPECT_TRUE(Has(d.text, "stray \xEF\xBF\xBD byte"));
}

TEST(ReadCharset, RepairsMojibake) {
  DecodedText d = DecodeToUtf8(Slurp(Fixture("mojibake.html")), "", true);
  EXPECT_GE(d.mojibake_repaired, 4u);
  EXPECT_TRUE(Has(d.text, "Le président a reçu la délégation à l’Élysée.")) << d.text;
  std::string s = "donâ€™t say â€œnoâ€\xC2\x9D";  // 0x9D decoded as Latin-1 U+009D
  EXPECT_GE(RepairMojibake(&s), 2u);
  EXPECT_EQ(s, "don’t say “no”");
}

TEST(ReadCharset, MojibakeRepairLeavesRealTextAlone) {
  for (std::string s : {"SÃO PAULO e a NAÇÃO", "café, naïve, Ærø", "Ã  la carte", "Привет"}) {
    std::string before = s;
    EXPECT_EQ(RepairMojibake(&s), 0u) << before;
    EXPECT_EQ(s, before);
  }
}

TEST(ReadCharset, DropsStrayNulBytes) {
  EXPECT_EQ(DecodeToUtf8(std::string("<p>a\0b</p>", 10), "", true).text, "<p>ab</p>");
  EXPECT_EQ(DecodeToUtf8(std::string("<p>\xC3\xA9\0</p>", 10), "", true).text, "<p>\xC3\xA9</p>");
}

TEST(ReadCharset, PureAsciiNeedsNoConversion) {
  DecodedText d = DecodeToUtf8("<p>plain</p>", "", true);
  EXPECT_EQ(d.text, "<p>plain</p>");
  EXPECT_EQ(d.charset, "UTF-8");
}

TEST(ReadCharset, UnknownCharsetLabelFallsBackToContent) {
  DecodedText d = DecodeToUtf8("<meta charset=\"x-no-such-charset\"><p>caf\xE9</p>", "", true);
  EXPECT_TRUE(IsValidUtf8(d.text));
  EXPECT_TRUE(Has(d.text, "caf"));
  EXPECT_FALSE(ConvertToUtf8("abc", "x-no-such-charset").ok());
}

TEST(ReadCharset, FindsHighBytesAndEscapesAtEveryOffset) {
  // The ASCII scans go eight bytes at a time: a multi-byte character, a
  // stray byte or an ISO-2022 escape must be seen wherever it sits.
  const std::string ascii = "The council met on Tuesday to discuss the budget again.";
  for (size_t k = 0; k <= 40; ++k) {
    DecodedText plain = DecodeToUtf8(ascii, "", false);
    EXPECT_EQ(plain.source, "default");
    std::string with_e = ascii.substr(0, k) + "\xC3\xA9" + ascii.substr(k);
    DecodedText e = DecodeToUtf8(with_e, "", false);
    EXPECT_EQ(e.charset, "UTF-8") << k;
    EXPECT_EQ(e.source, "content") << k;
    EXPECT_EQ(e.text, with_e) << k;
    std::string stray = with_e.substr(0, with_e.size() - 1 - k / 4) + "\xFF" + with_e.substr(with_e.size() - 1 - k / 4);
    DecodedText bad = DecodeToUtf8(stray, "", false);
    EXPECT_EQ(bad.charset, "UTF-8") << k;
    EXPECT_TRUE(bad.repaired_invalid) << k;
    std::string esc = ascii.substr(0, k) + "\x1b" + ascii.substr(k);
    EXPECT_NE(DecodeToUtf8(esc, "", false).source, "default") << k;
  }
}

}  // namespace
}  // namespace dragoman::read
