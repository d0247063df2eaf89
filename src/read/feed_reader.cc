// RSS 2.0 (and 1.0) and Atom feeds, read with libxml2's streaming
// xmlTextReader straight from the input stream: one document per item/entry,
// never the whole feed in memory. Entities are never substituted, the
// network is never used, and a feed whose DTD declares entities is refused
// before parsing (an "XML bomb" expands a few entities into gigabytes).
#include <libxml/xmlreader.h>

#include <algorithm>
#include <cctype>
#include <mutex>
#include <cstring>
#include <vector>

#include "dragoman/log.h"
#include "read/charset.h"
#include "read/format_reader.h"
#include "read/sniff.h"

namespace dragoman::read {
namespace {

constexpr const char* kAtomNs = "http://www.w3.org/2005/Atom";
constexpr const char* kContentNs = "http://purl.org/rss/1.0/modules/content/";
constexpr const char* kDcNs = "http://purl.org/dc/elements/1.1/";

struct IoContext {
  InputStream* in;
  Status error;
};

int ReadCallback(void* ctx, char* buf, int len) {
  auto* io = static_cast<IoContext*>(ctx);
  if (io->in->Peek().empty()) {
    Status s = io->in->Fill(1);
    if (!s.ok()) {
      io->error = s;
      return -1;
    }
  }
  std::string_view avail = io->in->Peek();
  size_t n = std::min(avail.size(), static_cast<size_t>(len));
  std::memcpy(buf, avail.data(), n);
  io->in->Consume(n);
  return static_cast<int>(n);
}

int CloseCallback(void*) { return 0; }

struct ErrorSink {
  InputStream* in = nullptr;
  std::string first;  // the first error, "XML error at line N: message"
  int count = 0;
  std::vector<long> lines;  // where errors were (the first 10,000)
  // Whether an error fell within lines [from, to].
  bool Within(long from, long to) const {
    for (long l : lines) {
      if (l >= from && l <= to) return true;
    }
    return false;
  }
};

void OnXmlError(void* ctx, xmlErrorPtr err) {
  if (!err || err->level < XML_ERR_ERROR) return;
  // Undeclared HTML entities (&nbsp;) in a feed without a DTD are common and
  // harmless once recovered from.
  if (err->code == XML_ERR_UNDECLARED_ENTITY || err->code == XML_WAR_UNDECLARED_ENTITY) return;
  auto* sink = static_cast<ErrorSink*>(ctx);
  if (sink->lines.size() < 10000) sink->lines.push_back(err->line);
  if (sink->count++ == 0) {
    std::string msg = err->message ? err->message : "XML error";
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
    // On input cut short libxml2 speaks of "extra content" or an unfinished
    // tag; say what happened.
    if ((err->code == XML_ERR_DOCUMENT_END || err->code == XML_ERR_TAG_NOT_FINISHED ||
         err->code == XML_ERR_LTSLASH_REQUIRED || err->code == XML_ERR_GT_REQUIRED) &&
        sink->in && sink->in->AtEnd()) {
      msg = "the feed ends early (truncated?); libxml2 says: " + msg;
    }
    sink->first = "XML error at line " + std::to_string(err->line) + ": " + msg;
  }
}

std::string Str(const xmlChar* s) { return s ? reinterpret_cast<const char*>(s) : ""; }

// Takes ownership of a libxml2 string.
std::string Take(xmlChar* s) {
  std::string out = Str(s);
  if (s) xmlFree(s);
  return out;
}

std::string Trimmed(std::string s) {
  size_t a = s.find_first_not_of(" \t\r\n");
  if (a == std::string::npos) return "";
  size_t b = s.find_last_not_of(" \t\r\n");
  return s.substr(a, b - a + 1);
}

bool NsIs(const xmlChar* ns, const char* want) { return ns && std::strcmp(reinterpret_cast<const char*>(ns), want) == 0; }

// Markup inside a description: a tag or a character reference.
bool LooksLikeHtml(std::string_view s) {
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    if (s[i] == '<' && (std::isalpha(static_cast<unsigned char>(s[i + 1])) || s[i + 1] == '/' || s[i + 1] == '!')) {
      return true;
    }
  }
  return false;
}

// "editor@example.org (Jane Roe)" -> "Jane Roe".
std::string AuthorName(std::string s) {
  s = Trimmed(std::move(s));
  size_t open = s.find('(');
  size_t close = s.rfind(')');
  if (s.find('@') != std::string::npos && open != std::string::npos && close != std::string::npos && close > open) {
    return Trimmed(s.substr(open + 1, close - open - 1));
  }
  return s;
}

// One item/entry being collected.
struct Item {
  std::string title, link, alternate_link, guid, published, updated;
  std::string body;
  int body_rank = 99;  // lower wins: content:encoded/content 0, description/summary 2
  bool body_html = false;
  std::vector<std::string> authors;
};

}  // namespace

Status ReadFeed(InputStream& in, const Origin& origin, const ReadOptions& options, const DocumentFn& on_document,
                const ReadErrorFn& on_error) {
  Origin base = origin;
  (void)in.Fill(64 << 10);
  std::string_view head = in.Peek();
  bool atom = false;
  {
    std::string h(head.substr(0, 8192));
    atom = h.find("<feed") != std::string::npos && h.find("<rss") == std::string::npos;
  }
  base.format = atom ? "atom" : "rss";
  if (XmlDeclaresEntities(head)) {
    Status s = Status::Unsupported(
        "feed declares entities in its DTD (<!ENTITY>): refused, as in an entity-expansion bomb");
    on_error(base, s);
    return s;
  }

  // libxml2 wants one global initialization before any thread parses.
  static std::once_flag init_once;
  std::call_once(init_once, [] { xmlInitParser(); });

  IoContext io{&in, Status::OK()};
  ErrorSink errors;
  errors.in = &in;
  // No XML_PARSE_NOENT (entities stay unexpanded), no DTD loading, no
  // network, no XML_PARSE_HUGE (libxml2 keeps its depth and size limits).
  int flags = XML_PARSE_NONET | XML_PARSE_RECOVER | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_COMPACT |
              XML_PARSE_BIG_LINES;
  xmlTextReaderPtr r = xmlReaderForIO(ReadCallback, CloseCallback, &io, origin.path.c_str(), nullptr, flags);
  if (!r) {
    Status s = Status::Internal("libxml2 could not start a reader");
    on_error(base, s);
    return s;
  }
  xmlTextReaderSetStructuredErrorHandler(r, OnXmlError, &errors);

  std::string outlet, language;
  size_t item_no = 0;
  bool in_item = false;
  int item_depth = -1;
  bool in_author = false;
  int author_depth = -1;
  Item item;
  long item_first_line = 0, item_last_line = 0;
  size_t broken_item = 0;

  auto emit = [&]() {
    Origin where = base;
    where.record = "item " + std::to_string(item_no);
    where.url = !item.alternate_link.empty() ? item.alternate_link : !item.link.empty() ? item.link : "";
    if (where.url.empty() && item.guid.rfind("http", 0) == 0) where.url = item.guid;
    std::string body = Trimmed(std::move(item.body));
    if (body.empty()) {
      on_error(where, Status::NoContent(atom ? "entry has no content or summary"
                                             : "item has no content:encoded or description"));
      return;
    }
    if (body.size() > options.max_document_bytes) {
      on_error(where, Status::TooLarge("item body of " + std::to_string(body.size()) + " bytes is over the limit of " +
                                       std::to_string(options.max_document_bytes) + " bytes (max_document_bytes)"));
      return;
    }
    RawDocument doc;
    doc.origin = std::move(where);
    doc.kind = item.body_html ? RawDocument::Kind::kHtml : RawDocument::Kind::kText;
    doc.charset_hint = "UTF-8";
    doc.bytes = std::move(body);
    RepairMojibake(&doc.bytes);
    if (!item.title.empty()) doc.title = Trimmed(std::move(item.title));
    if (!outlet.empty()) doc.outlet = outlet;
    if (!language.empty()) doc.language = language;
    if (!item.published.empty()) doc.published = item.published;
    else if (!item.updated.empty()) doc.published = item.updated;
    doc.authors = std::move(item.authors);
    on_document(std::move(doc));
  };

  int ret;
  while ((ret = xmlTextReaderRead(r)) == 1) {
    int type = xmlTextReaderNodeType(r);
    int depth = xmlTextReaderDepth(r);
    if (in_item && type != XML_READER_TYPE_END_ELEMENT) {
      item_last_line = std::max(item_last_line, xmlGetLineNo(xmlTextReaderCurrentNode(r)));
    }
    if (type == XML_READER_TYPE_END_ELEMENT) {
      if (in_author && depth == author_depth) in_author = false;
      if (in_item && depth == item_depth) {
        // An item with a parse error inside was patched up by libxml2's
        // recovery: not trusted, named in the error instead.
        if (!errors.Within(item_first_line, item_last_line)) {
          emit();
          in_item = false;
        } else {
          broken_item = item_no;
          in_item = false;
        }
      }
      continue;
    }
    if (type != XML_READER_TYPE_ELEMENT) continue;
    std::string local = Str(xmlTextReaderConstLocalName(r));
    const xmlChar* ns = xmlTextReaderConstNamespaceUri(r);
    bool empty = xmlTextReaderIsEmptyElement(r) == 1;
    if (!in_item) {
      if (local == "item" || local == "entry") {
        in_item = true;
        item_depth = depth;
        ++item_no;
        item = Item();
        item_first_line = item_last_line = xmlGetLineNo(xmlTextReaderCurrentNode(r));
        in_author = false;
        if (empty) {
          emit();
          in_item = false;
        }
      } else if (local == "title" && depth <= 2 && outlet.empty()) {
        outlet = Trimmed(Take(xmlTextReaderReadString(r)));
      } else if (local == "language" && depth <= 2 && language.empty()) {
        language = Trimmed(Take(xmlTextReaderReadString(r)));
      }
      continue;
    }
    if (in_author && local == "name" && depth == author_depth + 1) {
      std::string name = Trimmed(Take(xmlTextReaderReadString(r)));
      if (!name.empty()) item.authors.push_back(name);
      continue;
    }
    if (depth != item_depth + 1) continue;
    if (local == "title") {
      item.title = Take(xmlTextReaderReadString(r));
    } else if (local == "link") {
      std::string href = Take(xmlTextReaderGetAttribute(r, BAD_CAST "href"));
      if (!href.empty()) {
        std::string rel = Take(xmlTextReaderGetAttribute(r, BAD_CAST "rel"));
        if ((rel.empty() || rel == "alternate") && item.alternate_link.empty()) item.alternate_link = Trimmed(href);
      } else if (item.link.empty()) {
        item.link = Trimmed(Take(xmlTextReaderReadString(r)));
      }
    } else if (local == "guid" || (local == "id" && NsIs(ns, kAtomNs))) {
      item.guid = Trimmed(Take(xmlTextReaderReadString(r)));
    } else if ((local == "encoded" && NsIs(ns, kContentNs)) || (local == "content" && !NsIs(ns, kContentNs))) {
      if (item.body_rank <= 0) continue;
      std::string ctype = Take(xmlTextReaderGetAttribute(r, BAD_CAST "type"));
      std::string src = Take(xmlTextReaderGetAttribute(r, BAD_CAST "src"));
      if (!src.empty()) continue;  // out-of-line content: nothing here
      if (ctype == "xhtml") {
        item.body = Take(xmlTextReaderReadInnerXml(r));
        item.body_html = true;
      } else {
        item.body = Take(xmlTextReaderReadString(r));
        item.body_html = ctype == "html" || ctype == "text/html" || (ctype.empty() && LooksLikeHtml(item.body));
        if (local == "encoded") item.body_html = true;
        if (ctype == "text" || ctype == "text/plain") item.body_html = false;
      }
      item.body_rank = 0;
    } else if (local == "description" || local == "summary") {
      if (item.body_rank <= 2) continue;
      std::string ctype = Take(xmlTextReaderGetAttribute(r, BAD_CAST "type"));
      if (ctype == "xhtml") {
        item.body = Take(xmlTextReaderReadInnerXml(r));
        item.body_html = true;
      } else {
        item.body = Take(xmlTextReaderReadString(r));
        item.body_html = ctype == "html" || (ctype != "text" && LooksLikeHtml(item.body));
      }
      item.body_rank = 2;
    } else if (local == "pubDate" || local == "published" || local == "issued" ||
               (local == "date" && NsIs(ns, kDcNs))) {
      if (item.published.empty()) item.published = Trimmed(Take(xmlTextReaderReadString(r)));
    } else if (local == "updated" || local == "modified") {
      if (item.updated.empty()) item.updated = Trimmed(Take(xmlTextReaderReadString(r)));
    } else if (local == "creator" && NsIs(ns, kDcNs)) {
      std::string name = Trimmed(Take(xmlTextReaderReadString(r)));
      if (!name.empty()) item.authors.push_back(name);
    } else if (local == "author") {
      if (NsIs(ns, kAtomNs) || atom) {
        in_author = !empty;
        author_depth = depth;
      } else {
        std::string name = AuthorName(Take(xmlTextReaderReadString(r)));
        if (!name.empty()) item.authors.push_back(name);
      }
    }
  }
  xmlFreeTextReader(r);

  Status result;
  if (!io.error.ok()) {
    result = io.error;
  } else if (ret < 0 || errors.count > 0) {
    result = Status::Corruption(errors.first.empty() ? "XML parse error" : errors.first);
  }
  if (!result.ok()) {
    Origin where = base;
    if (in_item) where.record = "item " + std::to_string(item_no);
    else if (broken_item) where.record = "item " + std::to_string(broken_item);
    on_error(where, result);
    return result;
  }
  if (item_no == 0) {
    Status s = Status::NoContent(atom ? "feed has no entry" : "feed has no item");
    on_error(base, s);
    return s;
  }
  return Status::OK();
}

}  // namespace dragoman::read
