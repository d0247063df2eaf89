#include "extract/libxml_tree.h"

#include <dragoman/utf8.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include <algorithm>
#include <charconv>
#include <climits>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <string>
#include <vector>

namespace dragoman::extract {
namespace {

bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Turns SAX events into arena nodes. Children of the open elements wait in
// one shared list (`kids_`) and become an element's vector when it closes.
class TreeBuilder {
 public:
  TreeBuilder(GumboArena& arena, const TextTable* table) : arena_(arena), table_(table) {
    out_ = New<GumboOutput>();
    GumboNode* doc = NewNode(GUMBO_NODE_DOCUMENT);
    doc->v.document.name = "";
    doc->v.document.public_identifier = "";
    doc->v.document.system_identifier = "";
    out_->document = doc;
    open_.push_back({doc, nullptr, 0});
  }

  void StartElement(const char* name, const char** atts) {
    FlushText();
    GumboNode* n = NewNode(GUMBO_NODE_ELEMENT);
    GumboElement& e = n->v.element;
    size_t len = std::strlen(name);
    e.tag = gumbo_tagn_enum(name, static_cast<unsigned>(std::min<size_t>(len, UINT_MAX)));
    e.tag_namespace = GUMBO_NAMESPACE_HTML;
    if (e.tag == GUMBO_TAG_UNKNOWN) e.original_tag = {Copy(name, len), len};
    e.start_pos = e.end_pos = kGumboEmptySourcePosition;
    if (atts && atts[0]) {
      unsigned count = 0;
      while (atts[2 * count]) ++count;
      auto* attrs = New<GumboAttribute>(count);
      void** data = static_cast<void**>(arena_.Take(sizeof(void*) * count));
      for (unsigned i = 0; i < count; ++i) {
        GumboAttribute& a = attrs[i];
        a.attr_namespace = GUMBO_ATTR_NAMESPACE_NONE;
        a.name = Copy(atts[2 * i], std::strlen(atts[2 * i]));
        a.value = Value(atts[2 * i + 1]);
        a.name_start = a.name_end = a.value_start = a.value_end = kGumboEmptySourcePosition;
        data[i] = &a;
      }
      e.attributes = {data, count, count};
    }
    Attach(n);
    open_.push_back({n, name, kids_.size()});
  }

  void EndElement(const char* name) {
    // libxml2 pairs its events; still, close only an element that is open.
    size_t i = open_.size();
    while (i > 1 && !SameName(open_[i - 1].name, name)) --i;
    if (i <= 1) return;
    FlushText();
    while (open_.size() >= i) Close();
  }

  void Characters(const char* s, int len) {
    if (len > 0) text_.append(s, static_cast<size_t>(len));
  }

  GumboOutput* Finish() {
    FlushText();
    while (open_.size() > 1) Close();
    Close();  // the document
    GumboVector& top = out_->document->v.document.children;
    for (unsigned i = 0; i < top.length && !out_->root; ++i) {
      auto* n = static_cast<GumboNode*>(top.data[i]);
      if (n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == GUMBO_TAG_HTML) out_->root = n;
    }
    if (!out_->root) {  // gumbo always gives an <html>; so do we
      GumboNode* html = NewNode(GUMBO_NODE_ELEMENT);
      html->v.element.tag = GUMBO_TAG_HTML;
      html->v.element.start_pos = html->v.element.end_pos = kGumboEmptySourcePosition;
      html->parent = out_->document;
      html->index_within_parent = top.length;
      void** data = static_cast<void**>(arena_.Take(sizeof(void*) * (top.length + 1)));
      for (unsigned i = 0; i < top.length; ++i) data[i] = top.data[i];
      data[top.length] = html;
      top = {data, top.length + 1, top.length + 1};
      out_->root = html;
    }
    return out_;
  }

 private:
  struct Open {
    GumboNode* node;
    const char* name;  // libxml2's (dictionary) name; null for the document
    size_t first_kid;  // where its children start in kids_
  };

  template <typename T>
  T* New(size_t n = 1) {
    void* p = arena_.Take(sizeof(T) * n);
    std::memset(p, 0, sizeof(T) * n);
    return static_cast<T*>(p);
  }

  GumboNode* NewNode(GumboNodeType type) {
    GumboNode* n = New<GumboNode>();
    n->type = type;
    return n;
  }

  // Appends `t` with each mark the pre-pass wrote (kTextRunMark or
  // kScriptTextMark, then an index) replaced by the table's text, decoded.
  void AppendWithTableText(std::string_view t, std::string& out) {
    size_t i = 0;
    while (i < t.size()) {
      size_t m = t.find("\xEF\xB7", i);
      if (m == std::string_view::npos || m + 2 >= t.size()) break;
      char kind = t[m + 2];
      size_t index = 0;
      auto [end, ec] = std::from_chars(t.data() + m + 3, t.data() + t.size(), index);
      size_t d = static_cast<size_t>(end - t.data());
      if ((kind != kTextRunMark[2] && kind != kScriptTextMark[2]) || ec != std::errc() || index >= table_->size()) {
        out.append(t.data() + i, m + 3 - i);  // not a mark of the pre-pass's: text
        i = m + 3;
        continue;
      }
      out.append(t.data() + i, m - i);
      if (kind == kTextRunMark[2])
        AppendDecodedText((*table_)[index], out);
      else
        AppendScriptText((*table_)[index], out);
      i = d;
    }
    if (i < t.size()) out.append(t.data() + i, t.size() - i);
  }

  // An attribute's value: libxml2's, or with a value table the table's entry
  // its index names, decoded. Markup the pre-pass did not write (inside a
  // <textarea>) may hold other values: they stay as they are.
  const char* Value(const char* v) {
    if (!v) return "";
    size_t len = std::strlen(v);
    if (table_) {
      size_t index = 0;
      auto [end, ec] = std::from_chars(v, v + len, index);
      if (ec == std::errc() && end == v + len && index < table_->size()) {
        std::string_view raw = (*table_)[index];
        if (raw.find('&') == std::string_view::npos) return Copy(raw.data(), raw.size());
        decoded_.clear();
        AppendDecodedAttributeValue(raw, decoded_);
        return Copy(decoded_.data(), decoded_.size());
      }
    }
    return Copy(v, len);
  }

  const char* Copy(const char* s, size_t len) {
    char* p = static_cast<char*>(arena_.Take(len + 1));
    std::memcpy(p, s, len);
    p[len] = '\0';
    return p;
  }

  static bool SameName(const char* a, const char* b) { return a == b || (a && b && std::strcmp(a, b) == 0); }

  void Attach(GumboNode* n) {
    n->parent = open_.back().node;
    n->index_within_parent = kids_.size() - open_.back().first_kid;
    kids_.push_back(n);
  }

  void FlushText() {
    if (text_.empty()) return;
    std::string_view t = text_;
    if (table_ && t.find("\xEF\xB7") != std::string_view::npos) {
      expanded_.clear();
      AppendWithTableText(t, expanded_);
      t = expanded_;
      if (t.empty()) {  // text that decodes to nothing ("&#0;")
        text_.clear();
        return;
      }
    }
    bool space = true;
    for (char c : t)
      if (!IsHtmlSpace(c)) {
        space = false;
        break;
      }
    GumboNode* n = NewNode(space ? GUMBO_NODE_WHITESPACE : GUMBO_NODE_TEXT);
    n->v.text.text = Copy(t.data(), t.size());
    n->v.text.start_pos = kGumboEmptySourcePosition;
    Attach(n);
    text_.clear();
  }

  // Gives the top open node its children and takes it off the stack.
  void Close() {
    Open o = open_.back();
    open_.pop_back();
    size_t count = kids_.size() - o.first_kid;
    GumboVector v{nullptr, static_cast<unsigned>(count), static_cast<unsigned>(count)};
    if (count) {
      v.data = static_cast<void**>(arena_.Take(sizeof(void*) * count));
      std::memcpy(v.data, kids_.data() + o.first_kid, sizeof(void*) * count);
    }
    kids_.resize(o.first_kid);
    if (o.node->type == GUMBO_NODE_DOCUMENT)
      o.node->v.document.children = v;
    else
      o.node->v.element.children = v;
  }

  GumboArena& arena_;
  const TextTable* table_;
  std::string decoded_;
  std::string expanded_;
  GumboOutput* out_ = nullptr;
  std::vector<Open> open_;
  std::vector<GumboNode*> kids_;
  std::string text_;
};

TreeBuilder* Builder(void* user) { return static_cast<TreeBuilder*>(user); }

void OnStart(void* ctx, const xmlChar* name, const xmlChar** atts) {
  Builder(ctx)->StartElement(reinterpret_cast<const char*>(name), reinterpret_cast<const char**>(atts));
}
void OnEnd(void* ctx, const xmlChar* name) { Builder(ctx)->EndElement(reinterpret_cast<const char*>(name)); }
void OnText(void* ctx, const xmlChar* s, int len) { Builder(ctx)->Characters(reinterpret_cast<const char*>(s), len); }

htmlSAXHandler MakeHandler() {
  htmlSAXHandler h;
  std::memset(&h, 0, sizeof h);
  h.startElement = OnStart;
  h.endElement = OnEnd;
  h.characters = OnText;
  h.ignorableWhitespace = OnText;
  h.cdataBlock = OnText;  // script and style content
  return h;
}

}  // namespace

namespace {

// Characters libxml2 keeps (XML's Char production).
bool IsXmlChar(uint32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

// Reads a numeric character reference as libxml2 does, from raw[j] just
// after "&#": hex after an 'x', digits (the value capped at 0x110000), the ';'
// if there is one. Sets *cp (0 when no digit) and returns where text goes on.
size_t ReadCharReference(std::string_view raw, size_t j, uint32_t* cp) {
  bool hex = j < raw.size() && (raw[j] == 'x' || raw[j] == 'X');
  if (hex) ++j;
  uint32_t v = 0;
  for (; j < raw.size(); ++j) {
    char c = raw[j];
    int d = c >= '0' && c <= '9' ? c - '0'
            : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
            : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                           : -1;
    if (d < 0) break;
    v = std::min<uint32_t>(v * (hex ? 16 : 10) + static_cast<uint32_t>(d), 0x110000);
  }
  if (j < raw.size() && raw[j] == ';') ++j;
  *cp = v;
  return j;
}

// Appends raw text as libxml2 reads it: NUL becomes a space; C0 controls
// other than tab, line feed and carriage return, U+FFFE and U+FFFF go; at
// each '&', on_amp(raw, i, out) appends a reference and returns where the text
// goes on, or returns i for a plain '&'.
template <typename OnAmp>
void AppendReadText(std::string_view raw, std::string& out, OnAmp on_amp) {
  size_t i = 0, from = 0;
  const size_t n = raw.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(raw[i]);
    if (c >= 0x20 && c != '&' && c != 0xEF) {
      ++i;
      continue;
    }
    if (c == '\t' || c == '\n' || c == '\r') {
      ++i;
      continue;
    }
    if (c == 0xEF) {  // U+FFFE, U+FFFF: EF BF BE, EF BF BF
      if (i + 2 < n && static_cast<unsigned char>(raw[i + 1]) == 0xBF &&
          (static_cast<unsigned char>(raw[i + 2]) & 0xFE) == 0xBE) {
        out.append(raw.data() + from, i - from);
        i += 3;
        from = i;
      } else {
        ++i;
      }
      continue;
    }
    out.append(raw.data() + from, i - from);
    if (c == '&') {
      size_t next = on_amp(raw, i, out);
      if (next == i) {  // not a reference: the '&' is text
        out += '&';
        next = i + 1;
      }
      i = from = next;
      continue;
    }
    if (c == 0) out += ' ';  // other controls go
    from = ++i;
  }
  out.append(raw.data() + from, n - from);
}

// Reads a named reference from raw[j], just after its '&', as libxml2 reads
// one: an HTML 4 name with its ';' or, when `legacy` (text, where the pre-pass
// writes the ';' HTML5 reads without), an HTML 2/3.2 Latin-1 name without.
// Appends the character and returns where the text goes on; 0 when there is
// no such reference.
size_t ReadNamedReference(std::string_view raw, size_t j, bool legacy, std::string& out) {
  size_t e = j;
  while (e < raw.size() &&
         ((raw[e] >= 'a' && raw[e] <= 'z') || (raw[e] >= 'A' && raw[e] <= 'Z') || (raw[e] >= '0' && raw[e] <= '9')))
    ++e;
  if (e == j) return 0;
  size_t name_end = e, after = e + 1;
  if (e >= raw.size() || raw[e] != ';') {
    size_t n = legacy ? LegacyEntityPrefix(raw.substr(j)) : 0;  // "&nbsp", "&copy2024"
    if (n == 0) return 0;
    name_end = after = j + n;
  }
  std::string name(raw.substr(j, name_end - j));
  const htmlEntityDesc* ent = htmlEntityLookup(reinterpret_cast<const xmlChar*>(name.c_str()));
  if (!ent) return 0;
  AppendUtf8(out, ent->value);
  return after;
}

// Decodes the character reference at raw[i] == '&' as the pre-pass and
// libxml2 together read text, appending it; returns where the text goes on
// (i when there is no reference).
size_t DecodeTextReference(std::string_view raw, size_t i, std::string& out) {
  size_t j = i + 1;
  if (j < raw.size() && raw[j] == '#') {
    // &#NNN; &#xHH;: the ';' may be missing; a value that is no character
    // is dropped with what was read of it, as libxml2 does.
    uint32_t cp = 0;
    j = ReadCharReference(raw, j + 1, &cp);
    if (IsXmlChar(cp)) AppendUtf8(out, cp);
    return j;
  }
  size_t after = ReadNamedReference(raw, j, /*legacy=*/true, out);
  return after ? after : i;
}

}  // namespace

void AppendDecodedAttributeValue(std::string_view raw, std::string& out) {
  size_t i = 0;
  while (i < raw.size()) {
    size_t amp = raw.find('&', i);
    if (amp == std::string_view::npos) amp = raw.size();
    out.append(raw.data() + i, amp - i);
    i = amp;
    if (i >= raw.size()) break;
    size_t j = i + 1;
    if (j < raw.size() && raw[j] == '#') {  // &#8217; &#x2019; (the ';' may be missing)
      uint32_t cp = 0;
      size_t d = ReadCharReference(raw, j + 1, &cp);
      if (!IsXmlChar(cp)) return;  // libxml2 writes a NUL there: the value ends
      AppendUtf8(out, cp);
      i = d;
      continue;
    }
    if (size_t after = ReadNamedReference(raw, j, /*legacy=*/false, out)) {
      i = after;
      continue;
    }
    out += '&';
    i = j;
  }
}

void AppendDecodedText(std::string_view raw, std::string& out) {
  AppendReadText(raw, out, DecodeTextReference);
}

void AppendScriptText(std::string_view raw, std::string& out) {
  AppendReadText(raw, out, [](std::string_view, size_t i, std::string&) { return i; });
}

GumboOutput* ParseHtmlWithLibxml(std::string_view html, GumboArena& arena, const TextTable* table) {
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });
  static const htmlSAXHandler kHandler = MakeHandler();

  TreeBuilder builder(arena, table);
  // libxml2 takes an int size and refuses an empty buffer.
  if (!html.empty() && html.size() < static_cast<size_t>(INT_MAX)) {
    htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(html.data(), static_cast<int>(html.size()));
    if (ctxt) {
      std::memcpy(ctxt->sax, &kHandler, sizeof kHandler);
      ctxt->userData = &builder;  // what the callbacks get
      htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                   HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | HTML_PARSE_NODEFDTD);
      xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
      htmlParseDocument(ctxt);
      htmlFreeParserCtxt(ctxt);
    }
  }
  return builder.Finish();
}

}  // namespace dragoman::extract
