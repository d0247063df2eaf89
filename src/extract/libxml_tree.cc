#include "extract/libxml_tree.h"

#include <dragoman/utf8.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

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
  TreeBuilder(GumboArena& arena, const AttributeValues* values) : arena_(arena), values_(values) {
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

  // An attribute's value: libxml2's, or with a value table the table's entry
  // its index names, decoded. Markup the pre-pass did not write (inside a
  // <textarea>) may hold other values: they stay as they are.
  const char* Value(const char* v) {
    if (!v) return "";
    size_t len = std::strlen(v);
    if (values_) {
      size_t index = 0;
      bool digits = len > 0 && len < 10;
      for (size_t i = 0; digits && i < len; ++i) {
        digits = v[i] >= '0' && v[i] <= '9';
        index = index * 10 + static_cast<size_t>(v[i] - '0');
      }
      if (digits && index < values_->size()) {
        std::string_view raw = (*values_)[index];
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
    bool space = true;
    for (char c : text_)
      if (!IsHtmlSpace(c)) {
        space = false;
        break;
      }
    GumboNode* n = NewNode(space ? GUMBO_NODE_WHITESPACE : GUMBO_NODE_TEXT);
    n->v.text.text = Copy(text_.data(), text_.size());
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
  const AttributeValues* values_;
  std::string decoded_;
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
      ++j;
      bool hex = j < raw.size() && (raw[j] == 'x' || raw[j] == 'X');
      if (hex) ++j;
      uint32_t cp = 0;
      size_t d = j;
      for (; d < raw.size() && d - j < 8; ++d) {
        char c = raw[d];
        int v = c >= '0' && c <= '9' ? c - '0'
                : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                               : -1;
        if (v < 0) break;
        cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(v);
      }
      bool usable = d > j && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF) &&
                    (cp >= 0x20 || cp == '\t' || cp == '\n' || cp == '\r');
      if (!usable) {  // not a character: the text stays
        out += '&';
        ++i;
        continue;
      }
      if (d < raw.size() && raw[d] == ';') ++d;
      AppendUtf8(out, cp);
      i = d;
      continue;
    }
    size_t e = j;
    while (e < raw.size() && e - j < 32 &&
           ((raw[e] >= 'a' && raw[e] <= 'z') || (raw[e] >= 'A' && raw[e] <= 'Z') || (raw[e] >= '0' && raw[e] <= '9')))
      ++e;
    if (e > j && e < raw.size() && raw[e] == ';') {  // a name libxml2 knows (HTML 4), with its ';'
      std::string name(raw.substr(j, e - j));
      if (const htmlEntityDesc* ent = htmlEntityLookup(reinterpret_cast<const xmlChar*>(name.c_str()))) {
        AppendUtf8(out, ent->value);
        i = e + 1;
        continue;
      }
    }
    out += '&';
    i = j;
  }
}

GumboOutput* ParseHtmlWithLibxml(std::string_view html, GumboArena& arena, const AttributeValues* values) {
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });
  static const htmlSAXHandler kHandler = MakeHandler();

  TreeBuilder builder(arena, values);
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
