// HTML metadata: one walk over the gumbo tree gathers the facts (meta tags,
// JSON-LD, <title>, <h1>, <time>, date-ish and byline elements, visible text
// with its region), then each field is decided from them in priority order.
#include "extract/metadata.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <unordered_map>
#include <nlohmann/json.hpp>

#include "dragoman/utf8.h"
#include "extract/dates.h"
#include "extract/gumbo_attr.h"
#include "extract/html_prepass.h"
#include "extract/meta_util.h"

namespace dragoman {
namespace {

using meta::Collapse;
using meta::Lower;

constexpr int kMaxDepth = 600;

// Everything the walk gathers from a page.
struct PageFacts {
  std::string lang;
  std::string title_tag;
  std::vector<std::string> h1;
  // Meta tags: lower-cased name/property/itemprop/http-equiv -> content, in order.
  std::vector<std::pair<std::string, std::string>> metas;
  std::vector<std::string> json_ld;
  std::string script_json;  // other scripts that may carry "publishedDate": "..."
  std::string canonical;
  std::vector<std::string> rel_authors;
  std::vector<std::string> byline_texts;
  // Structured date markup outside <meta>: itemprop=datePublished, <time pubdate>,
  // <abbr class=published>.
  std::vector<std::string> itemprop_published, itemprop_modified;
  std::vector<std::string> time_strong;  // <time> marked as the publication time
  struct Weak {
    std::string value;
    bool bad;      // inside comments, sidebars, footers, related lists
    bool article;  // inside <article>/<main>/header of the page
  };
  std::vector<Weak> time_weak;   // other <time datetime> values / texts
  std::vector<Weak> date_elems;  // texts of elements whose class/id says "date"
  std::string visible;           // visible text, blocks separated by '\n'
  size_t h1_pos = std::string::npos;  // where the first <h1> starts in `visible`
  std::vector<std::pair<size_t, size_t>> bad_ranges;  // byte ranges of `visible` in bad regions
};

bool Contains(std::string_view hay, std::string_view needle) { return hay.find(needle) != std::string_view::npos; }

const char* Attr(const GumboElement& el, const char* name) { return extract::AttrValue(el, name); }

void LowerInPlace(std::string& s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
}

void AppendText(const GumboNode* node, std::string& out, size_t limit, int depth = 0) {
  if (out.size() >= limit || depth > kMaxDepth) return;
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
    out += node->v.text.text;
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT) return;
  GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT) return;
  if (tag == GUMBO_TAG_BR) out += ' ';
  const GumboVector& ch = node->v.element.children;
  for (unsigned i = 0; i < ch.length; ++i) {
    AppendText(static_cast<const GumboNode*>(ch.data[i]), out, limit, depth + 1);
    if (tag != GUMBO_TAG_SPAN && tag != GUMBO_TAG_A && tag != GUMBO_TAG_B && tag != GUMBO_TAG_I &&
        tag != GUMBO_TAG_STRONG && tag != GUMBO_TAG_EM)
      out += ' ';
  }
}

std::string TextOf(const GumboNode* node, size_t limit = 2000) {
  std::string s;
  AppendText(node, s, limit);
  return Collapse(s);
}

// Class and id words that mark regions whose dates are not the article's.
// A class token must start with the word ("comments", "sidebar-left"), or
// end with it after a separator ("site-footer"), so that a wrapper's
// "has-sidebar" or a body's "comments-open" does not mark the whole page.
bool IsBadRegion(std::string_view cls) {
  static const char* kBad[] = {"comment", "sidebar", "footer", "related", "widget", "teaser", "recommend",
                               "popular", "most-read", "mostread", "newsletter", "banner", "advert",
                               "reply", "respond", "trending", "archive", "calendar", "breaking"};
  size_t p = 0;
  while (p < cls.size()) {
    size_t e = cls.find(' ', p);
    if (e == std::string_view::npos) e = cls.size();
    std::string_view tok = cls.substr(p, e - p);
    p = e + 1;
    if (tok.empty() || Contains(tok, "open") || Contains(tok, "has-") || Contains(tok, "with-") ||
        tok.rfind("category-", 0) == 0 || tok.rfind("tag-", 0) == 0 || tok.rfind("post-", 0) == 0 ||
        tok.rfind("type-", 0) == 0 || tok.rfind("format-", 0) == 0 || tok.rfind("page-", 0) == 0)
      continue;
    for (const char* b : kBad) {
      size_t n = std::strlen(b);
      if (tok.compare(0, n, b) == 0) return true;
      if (tok.size() > n + 1 && tok.compare(tok.size() - n, n, b) == 0 &&
          (tok[tok.size() - n - 1] == '-' || tok[tok.size() - n - 1] == '_'))
        return true;
    }
  }
  return false;
}

bool IsDateClass(std::string_view cls) {
  static const char* kDate[] = {"date", "datum", "fecha", "data-pub", "publish", "posted", "dateline",
                                "byline", "entry-meta", "post-meta", "article-meta", "meta-info", "submitted",
                                "timestamp", "time", "created", "zeit", "stand"};
  for (const char* d : kDate)
    if (Contains(cls, d)) return true;
  return false;
}

bool IsBylineClass(std::string_view cls) {
  return Contains(cls, "byline") || Contains(cls, "author") || Contains(cls, "autor") ||
         Contains(cls, "auteur") || Contains(cls, "writer");
}

struct WalkCtx {
  bool bad = false;
  bool article = false;
};

// What an element's "class id" (lower case) says to the metadata reader.
struct ClassFacts {
  bool bad_region = false;    // IsBadRegion
  bool date = false;          // IsDateClass, and not an update stamp
  bool byline = false;        // IsBylineClass
  bool publish_time = false;  // publish, entry-date, post-date, created
  bool modified = false;      // updated, modified
  bool published = false;     // published
};

ClassFacts FactsOf(std::string_view cls) {
  ClassFacts f;
  f.bad_region = cls.size() > 1 && IsBadRegion(cls);
  f.date = IsDateClass(cls) && !Contains(cls, "update") && !Contains(cls, "modif");
  f.byline = IsBylineClass(cls);
  f.published = Contains(cls, "published");
  f.publish_time = Contains(cls, "publish") || Contains(cls, "entry-date") || Contains(cls, "post-date") ||
                   Contains(cls, "created");
  f.modified = Contains(cls, "updated") || Contains(cls, "modified");
  return f;
}

class Walker {
 public:
  explicit Walker(PageFacts& f) : f_(f) {}

  void Walk(const GumboNode* node, WalkCtx ctx, int depth) {
    if (depth > kMaxDepth) return;
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
      // Text of neighbouring inline elements is glued in the markup
      // ("<span>Karrasch</span><span>3.11.2023</span>") but shown apart:
      // keep a letter or digit from running into a digit, or dates go unseen.
      const char* t = node->v.text.text;
      if (!f_.visible.empty() && t && *t) {
        unsigned char last = static_cast<unsigned char>(f_.visible.back());
        unsigned char first = static_cast<unsigned char>(*t);
        if ((std::isdigit(first) && std::isalnum(last)) || (std::isdigit(last) && std::isalpha(first)))
          f_.visible += ' ';
      }
      size_t start = f_.visible.size();
      f_.visible += t;
      if (ctx.bad) MarkBad(start, f_.visible.size());
      return;
    }
    if (node->type == GUMBO_NODE_WHITESPACE) {
      f_.visible += ' ';
      return;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return;
    if (node->type == GUMBO_NODE_DOCUMENT) {
      WalkChildren(node->v.document.children, ctx, depth);
      return;
    }
    const GumboElement& el = node->v.element;
    GumboTag tag = el.tag;
    // class, id, itemprop and property in one pass over the attributes (the
    // first of each name, as Attr() finds it).
    const char* cls_attr = nullptr;
    const char* id_attr = nullptr;
    const char* itemprop_attr = nullptr;
    const char* property_attr = nullptr;
    for (unsigned i = 0; i < el.attributes.length; ++i) {
      const GumboAttribute* a = static_cast<const GumboAttribute*>(el.attributes.data[i]);
      const char* n = a->name;
      switch (n[0] | 0x20) {
        case 'c':
          if (!cls_attr && extract::AttrNameIs(n, "class")) cls_attr = a->value;
          break;
        case 'i':
          if (!id_attr && extract::AttrNameIs(n, "id")) id_attr = a->value;
          else if (!itemprop_attr && extract::AttrNameIs(n, "itemprop")) itemprop_attr = a->value;
          break;
        case 'p':
          if (!property_attr && extract::AttrNameIs(n, "property")) property_attr = a->value;
          break;
        default:
          break;
      }
    }
    if (!itemprop_attr) itemprop_attr = property_attr;
    // Lower-cased in buffers reused from element to element (no allocation
    // per element): both are read only before the walk goes to the children.
    std::string& cls = cls_buf_;
    cls.clear();
    if (cls_attr) cls += cls_attr;
    cls += ' ';
    if (id_attr) cls += id_attr;
    LowerInPlace(cls);
    std::string& itemprop = itemprop_buf_;
    itemprop.clear();
    if (itemprop_attr) {
      itemprop += itemprop_attr;
      LowerInPlace(itemprop);
      if (itemprop.rfind("schema:", 0) == 0) itemprop.erase(0, 7);
    }

    switch (tag) {
      case GUMBO_TAG_HTML:
        if (const char* l = Attr(el, "lang")) f_.lang = Lower(l);
        break;
      case GUMBO_TAG_TITLE:
        if (f_.title_tag.empty()) f_.title_tag = TextOf(node);
        return;
      case GUMBO_TAG_SCRIPT: {
        const char* type = Attr(el, "type");
        // JSON-LD, also when a page forgot the type but the content says so.
        bool maybe_json = !type || Contains(Lower(type), "json");
        if (maybe_json) {
          std::string json;
          for (unsigned i = 0; i < el.children.length; ++i) {
            const GumboNode* c = static_cast<const GumboNode*>(el.children.data[i]);
            if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA || c->type == GUMBO_NODE_WHITESPACE)
              json += c->v.text.text;
          }
          const bool typed_ld = type && Contains(Lower(type), "ld+json");
          bool ld = typed_ld;
          if (!ld) {
            size_t b = json.find_first_not_of(" \t\r\n");
            ld = b != std::string::npos && (json[b] == '{' || json[b] == '[') && Contains(json, "\"@context\"") &&
                 Contains(json, "schema.org");
          }
          // A script only guessed to be JSON-LD (a framework's page data
          // that embeds some) is also searched as data for date keys.
          if (!typed_ld && f_.script_json.size() < (2u << 20) && extract::ScriptMayCarryDates(json)) {
            f_.script_json += json;
            f_.script_json += '\n';
          }
          if (ld && json.size() < (4u << 20)) f_.json_ld.push_back(std::move(json));
        }
        return;
      }
      case GUMBO_TAG_STYLE:
        return;
      case GUMBO_TAG_NOSCRIPT:
      case GUMBO_TAG_TEMPLATE:
        // Parsers sometimes nest the rest of a page inside an unclosed
        // <noscript>: walk it, but its text counts as outside the article.
        ctx.bad = true;
        break;
      case GUMBO_TAG_META: {
        const char* content = Attr(el, "content");
        if (!content) content = Attr(el, "value");
        if (!content) content = Attr(el, "datetime");
        if (!content) return;
        for (const char* key : {"name", "property", "itemprop", "http-equiv"}) {
          if (const char* k = Attr(el, key)) f_.metas.emplace_back(Lower(k), Collapse(content));
        }
        return;
      }
      case GUMBO_TAG_LINK: {
        const char* rel = Attr(el, "rel");
        const char* href = Attr(el, "href");
        if (rel && href && Lower(rel) == "canonical" && f_.canonical.empty()) f_.canonical = href;
        return;
      }
      case GUMBO_TAG_H1:
        if (f_.h1.size() < 8) f_.h1.push_back(TextOf(node, 600));
        if (f_.h1_pos == std::string::npos && !ctx.bad) f_.h1_pos = f_.visible.size();
        break;
      case GUMBO_TAG_ARTICLE:
      case GUMBO_TAG_MAIN:
        ctx.article = true;
        break;
      case GUMBO_TAG_NAV:
      case GUMBO_TAG_FOOTER:
        ctx.bad = true;
        break;
      default:
        break;
    }
    // Class names repeat by the hundred on a page (menu items, list entries)
    // and each fact is a dozen substring searches: once per distinct string.
    ClassFacts facts;
    if (cls.size() > 1) {
      auto found = class_facts_.find(cls);
      if (found == class_facts_.end()) found = class_facts_.emplace(cls, FactsOf(cls)).first;
      facts = found->second;
    }
    if (tag != GUMBO_TAG_BODY && tag != GUMBO_TAG_HTML && facts.bad_region) ctx.bad = true;

    // Structured dates on any element.
    if (itemprop == "datepublished" || itemprop == "datecreated" || itemprop == "dateposted") {
      const char* v = Attr(el, "datetime");
      if (!v) v = Attr(el, "content");
      f_.itemprop_published.push_back(v ? std::string(v) : TextOf(node, 300));
    } else if (itemprop == "datemodified") {
      const char* v = Attr(el, "datetime");
      if (!v) v = Attr(el, "content");
      f_.itemprop_modified.push_back(v ? std::string(v) : TextOf(node, 300));
    }
    if (tag == GUMBO_TAG_TIME) {
      const char* dt = Attr(el, "datetime");
      std::string value = dt ? std::string(dt) : TextOf(node, 300);
      bool strong = Attr(el, "pubdate") || facts.publish_time;
      bool modified = facts.modified;
      if (strong && !modified && !ctx.bad) {
        f_.time_strong.push_back(value);
      } else if (!modified) {
        f_.time_weak.push_back({value, ctx.bad, ctx.article});
        if (dt) f_.time_weak.push_back({TextOf(node, 300), ctx.bad, ctx.article});
      }
    } else if (tag == GUMBO_TAG_ABBR && facts.published) {
      const char* t = Attr(el, "title");
      f_.time_strong.push_back(t ? std::string(t) : TextOf(node, 300));
    } else if (tag == GUMBO_TAG_ABBR && (Attr(el, "data-utime") || Attr(el, "title"))) {
      // <abbr title="Freitag, 6. Oktober 2017 um 04:00" data-utime="1507287600">
      const char* t = Attr(el, "data-utime");
      if (!t) t = Attr(el, "title");
      f_.time_weak.push_back({t, ctx.bad, ctx.article});
    } else if (facts.date && f_.date_elems.size() < 200) {
      std::string t = TextOf(node, 400);
      if (!t.empty() && t.size() < 400) f_.date_elems.push_back({t, ctx.bad, ctx.article});
    }
    // Bylines.
    if (tag == GUMBO_TAG_A) {
      const char* rel = Attr(el, "rel");
      if (rel && Lower(rel) == "author") f_.rel_authors.push_back(TextOf(node, 200));
    }
    if (!ctx.bad && (itemprop == "author" || facts.byline) &&
        f_.byline_texts.size() < 10) {
      std::string t = TextOf(node, 300);
      if (!t.empty() && t.size() < 200) f_.byline_texts.push_back(t);
    }

    bool block = tag != GUMBO_TAG_SPAN && tag != GUMBO_TAG_A && tag != GUMBO_TAG_B && tag != GUMBO_TAG_I &&
                 tag != GUMBO_TAG_STRONG && tag != GUMBO_TAG_EM && tag != GUMBO_TAG_TIME;
    WalkChildren(el.children, ctx, depth);
    if (block) f_.visible += '\n';
  }

 private:
  void WalkChildren(const GumboVector& ch, WalkCtx ctx, int depth) {
    for (unsigned i = 0; i < ch.length; ++i) Walk(static_cast<const GumboNode*>(ch.data[i]), ctx, depth + 1);
  }
  void MarkBad(size_t start, size_t end) {
    if (!f_.bad_ranges.empty() && f_.bad_ranges.back().second + 2 >= start)
      f_.bad_ranges.back().second = end;
    else
      f_.bad_ranges.emplace_back(start, end);
  }
  PageFacts& f_;
  std::string cls_buf_;       // the element's "class id", lower case
  std::string itemprop_buf_;  // its itemprop (or property), lower case
  std::unordered_map<std::string, ClassFacts> class_facts_;  // by "class id", this page's
};

// ---- JSON-LD ----

// Makes common breakage parseable: HTML comment and CDATA wrappers, raw
// control characters inside strings, trailing semicolons.
std::string RepairJson(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  auto trim = [&]() {
    size_t b = out.find_first_not_of(' ');
    if (b == std::string::npos) return out.clear();
    out.erase(0, b);
    while (!out.empty() && (out.back() == ' ' || out.back() == ';')) out.pop_back();
  };
  for (int round = 0; round < 3; ++round) {
    trim();
    for (const char* junk : {"<!--", "-->", "<![CDATA[", "]]>", "//", "/*", "*/"}) {
      size_t n = std::strlen(junk);
      if (out.compare(0, n, junk) == 0) out.erase(0, n);
      trim();
      if (out.size() >= n && out.compare(out.size() - n, n, junk) == 0) out.erase(out.size() - n);
      trim();
    }
  }
  return out;
}

void CollectObjects(const nlohmann::json& j, std::vector<const nlohmann::json*>& out, int depth = 0) {
  if (depth > 20) return;
  if (j.is_array()) {
    for (const auto& e : j) CollectObjects(e, out, depth + 1);
  } else if (j.is_object()) {
    out.push_back(&j);
    for (auto it = j.begin(); it != j.end(); ++it)
      if (it->is_object() || it->is_array()) CollectObjects(*it, out, depth + 1);
  }
}

std::string JsonString(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_array() && !it->empty() && (*it)[0].is_string()) return (*it)[0].get<std::string>();
  if (it->is_object()) {
    auto n = it->find("name");
    if (n != it->end() && n->is_string()) return n->get<std::string>();
  }
  return "";
}

std::string TypeOf(const nlohmann::json& j) {
  auto it = j.find("@type");
  if (it == j.end()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_array())
    for (const auto& t : *it)
      if (t.is_string()) return t.get<std::string>();
  return "";
}

bool IsArticleType(std::string_view t) {
  return Contains(t, "Article") || Contains(t, "BlogPosting") || Contains(t, "Report") ||
         Contains(t, "Posting") || t == "WebPage" || t == "ItemPage" || t == "VideoObject" || t == "Review" ||
         t == "Recipe" || t == "Event" || t == "CreativeWork";
}

struct JsonLdFacts {
  std::string headline, publisher, published, created, modified, type_of_published;
  std::vector<std::string> authors;
};

// Value of "key": "..." found by scanning, for JSON too broken to parse.
std::string ScanJsonString(std::string_view s, std::string_view key) {
  std::string pat = "\"" + std::string(key) + "\"";
  size_t p = s.find(pat);
  if (p == std::string_view::npos) return "";
  p += pat.size();
  while (p < s.size() && (s[p] == ' ' || s[p] == ':')) ++p;
  if (p >= s.size() || s[p] != '"') return "";
  size_t e = s.find('"', p + 1);
  if (e == std::string_view::npos || e - p > 300) return "";
  return std::string(s.substr(p + 1, e - p - 1));
}

void AddAuthors(const nlohmann::json& a, std::vector<std::string>& out, int depth = 0) {
  if (depth > 3) return;
  if (a.is_string()) {
    out.push_back(a.get<std::string>());
  } else if (a.is_object()) {
    auto n = a.find("name");
    if (n != a.end()) AddAuthors(*n, out, depth + 1);
  } else if (a.is_array()) {
    for (const auto& e : a) AddAuthors(e, out, depth + 1);
  }
}

JsonLdFacts ReadJsonLd(const std::vector<std::string>& blocks) {
  JsonLdFacts f;
  std::string video_upload;
  for (const std::string& raw : blocks) {
    std::string fixed = RepairJson(raw);
    nlohmann::json j = nlohmann::json::parse(fixed, nullptr, false);
    if (j.is_discarded()) {
      if (f.published.empty()) f.published = ScanJsonString(fixed, "datePublished");
      if (f.created.empty()) f.created = ScanJsonString(fixed, "dateCreated");
      if (f.modified.empty()) f.modified = ScanJsonString(fixed, "dateModified");
      if (f.headline.empty()) f.headline = ScanJsonString(fixed, "headline");
      continue;
    }
    std::vector<const nlohmann::json*> objs;
    CollectObjects(j, objs);
    // Article-like objects first, so their dates win over a WebSite's or a
    // comment's.
    std::stable_sort(objs.begin(), objs.end(), [](const nlohmann::json* a, const nlohmann::json* b) {
      return IsArticleType(TypeOf(*a)) > IsArticleType(TypeOf(*b));
    });
    for (const nlohmann::json* o : objs) {
      std::string type = TypeOf(*o);
      bool article = IsArticleType(type);
      if (type == "Comment" || type == "Answer" || type == "Question") continue;
      if (f.published.empty()) f.published = JsonString(*o, "datePublished");
      if (f.created.empty()) f.created = JsonString(*o, "dateCreated");
      // A video's upload date dates the page only when no article does:
      // pages embed older videos.
      if (video_upload.empty() && type == "VideoObject") video_upload = JsonString(*o, "uploadDate");
      if (f.modified.empty()) f.modified = JsonString(*o, "dateModified");
      if (f.headline.empty() && article) f.headline = JsonString(*o, "headline");
      if (f.publisher.empty() && article) f.publisher = JsonString(*o, "publisher");
      if (f.publisher.empty() && (type == "NewsMediaOrganization" || type == "WebSite"))
        f.publisher = JsonString(*o, "name");
      if (f.authors.empty() && article) {
        auto a = o->find("author");
        if (a != o->end()) AddAuthors(*a, f.authors);
      }
    }
  }
  if (f.published.empty()) f.published = video_upload;
  return f;
}

// ---- Dates ----

// Meta names that carry the original publication date, strongest first.
const char* const kPublishedMetas[] = {
    "article:published_time", "og:article:published_time", "og:published_time", "article:published",
    "datepublished", "publishdate", "publish-date", "publish_date", "published_time", "published-date",
    "article.published", "article_date_original", "date.published", "originalpublicationdate",
    "pubdate", "pub_date", "publication_date", "parsely-pub-date", "sailthru.date", "dc.date.issued",
    "dcterms.issued", "dc.date.created", "dcterms.created", "citation_publication_date", "citation_date",
    "citation_online_date", "cxenseparse:recs:publishtime", "rnews:datepublished", "bt:pubdate", "displaydate",
    "og:release_date", "release_date", "date_published", "shareaholic:article_published_time",
    "analyticsattributes.articledate", "content_create_date", "article:post_date", "post_date", "og:pubdate",
    "publication-date", "nv:date", "vr:published_time", "dc.issued", "article_date"};
// Generic names that many systems fill with the time the page was generated
// or cached ("date", "dc.date"): used only after the page's own visible dates.
const char* const kWeakMetas[] = {"date", "dc.date", "dcterms.date", "dc:date", "datecreated", "date_created",
                                  "creation_date", "created", "article.created", "dc.created", "datetime",
                                  "dateline", "published"};
const char* const kModifiedMetas[] = {
    "article:modified_time", "og:updated_time", "datemodified", "article:modified", "modified_time",
    "dcterms.modified", "dc.date.modified", "last-modified", "lastmod", "revised", "updated_time",
    "date_modified", "last_updated"};

struct DateChoice {
  CivilDate date;
  std::string evidence;
  std::string raw = {};  // the value as written, for structured sources
};

// The UTC hour of a date-time written in UTC ("2023-11-09T02:11:03Z",
// "...+00:00", "...+0000", "... GMT"); -1 when the value has no time or is
// written in another zone (then its day is already the local one).
int UtcHour(std::string_view v) {
  size_t t = v.find('T');
  if (t == std::string_view::npos || t < 8) t = v.find(' ');
  if (t == std::string_view::npos || t + 3 > v.size()) return -1;
  if (!std::isdigit(static_cast<unsigned char>(v[t + 1])) || !std::isdigit(static_cast<unsigned char>(v[t + 2])))
    return -1;
  int hour = (v[t + 1] - '0') * 10 + (v[t + 2] - '0');
  std::string_view rest = v.substr(t + 3);
  bool utc = rest.find('Z') != std::string_view::npos || rest.find("+00:00") != std::string_view::npos ||
             rest.find("+0000") != std::string_view::npos || rest.find("GMT") != std::string_view::npos ||
             rest.find("UTC") != std::string_view::npos;
  return utc && hour < 24 ? hour : -1;
}

class DateDecider {
 public:
  DateDecider(const PageFacts& f, const JsonLdFacts& j, std::string_view url) : f_(f), j_(j), url_(url) {
    month_first_ = f.lang.rfind("en-us", 0) == 0 || f.lang == "en";
  }

  std::optional<DateChoice> Decide() {
    // Developer aid (DRAGOMAN_DATE_TRACE=1): every date in the visible text.
    if (std::getenv("DRAGOMAN_DATE_TRACE")) {
      for (const DateMatch& m : AllMatches())
        std::fprintf(stderr, "date %s at %zu%s: %s\n", m.date.ToString().c_str(), m.start, InBad(m.start) ? " (bad)" : "",
                     meta::Clip(f_.visible.substr(m.start > 50 ? m.start - 50 : 0, 90), 90).c_str());
      for (const DateChoice& c : StructuredAll())
        std::fprintf(stderr, "structured %s %s [%s]\n", c.date.ToString().c_str(), c.evidence.c_str(), c.raw.c_str());
    }
    std::optional<DateChoice> url_day;
    std::string how;
    if (auto d = DateFromUrl(url_, &how); d && bounds_.Contains(*d)) {
      if (d->IsDay()) url_day = DateChoice{*d, how + " " + std::string(url_)};
      else if (d->month) url_month_ = *d;
    }

    // 1. Structured publication markup.
    std::optional<DateChoice> structured = Structured();
    if (structured) {
      // A URL that dates the article to an earlier day names the original
      // publication; markup often carries a later republication.
      if (url_day && url_day->date < structured->date) return url_day;
      // A URL day one day after the markup's: the markup is in UTC, the
      // URL in the publisher's calendar.
      if (url_day && url_day->date == AddDays(structured->date, 1)) return url_day;
      // A page that shows readers only its modification date presents
      // itself as of that date (a republished or rewritten piece): take the
      // shown date, and say so.
      if (auto shown = ShownModified(structured->date)) return shown;
      if (!url_day)
        if (auto shown = ShownNeighbour(*structured)) return shown;
      // Markup whose day the page never shows, while a <time> element
      // outside comment and teaser regions shows another day within weeks
      // of it: the markup is stale (a template, a first draft).
      if (!url_day && !ShownAnywhere(structured->date))
        if (auto t = ArticleTime(); t && std::abs(DaysFromCivil(t->date) - DaysFromCivil(structured->date)) <= 31)
          return DateChoice{t->date, t->evidence + " (" + structured->evidence + " " + structured->date.ToString() +
                                         " is not shown on the page)"};
      return structured;
    }
    // 2. The URL.
    if (url_day) return url_day;
    // 3. <time> elements and elements whose class says "date", then dates
    //    introduced by "published"/"veröffentlicht"/... in the text.
    if (auto d = Phrases(true)) return d;
    // A date line right under the headline is the article's own; a <time>
    // element may sit in a sidebar or a comment feed.
    if (auto d = NearHeadline(300)) return d;
    if (auto d = TimeAndDateElements(false)) return d;
    if (auto d = NearHeadline()) return d;
    if (auto d = WeakMetas()) return d;
    if (auto d = ScriptJson()) return d;
    // 4. The most frequent full date in the visible text.
    if (auto d = Frequent(false)) return d;
    // 5. The same in comment, teaser and footer regions: weaker, but a
    //    page's only dates are often there (a post's meta line in a footer).
    if (auto d = TimeAndDateElements(true)) return d;
    if (auto d = Frequent(true)) return d;
    // 5. The lead image's URL: CMSs file uploads by day ("/files/2016/05/04/",
    //    an image named by its upload time); the lead image is uploaded with
    //    the article.
    if (auto d = LeadImageDate()) return d;
    // 6. Modification dates, then a month from the URL. A footer's copyright
    //    year is not used: sites render it as the current year, so it dates
    //    the crawl, not the article.
    if (auto d = Modified()) return d;
    if (auto d = DateFromUrl(url_, &how); d && bounds_.Contains(*d))
      return DateChoice{*d, how + " " + std::string(url_)};
    return std::nullopt;
  }

 private:
  // Weak candidates must agree with a year/month the URL gives ("/2013/10/").
  bool AgreesWithUrl(const CivilDate& d) const {
    return !url_month_ || (d.year == url_month_->year && d.month == url_month_->month);
  }
  // "Aktuelle Zeit: 14.10.2020", "Today is ...": the time of the crawl.
  bool IsNowDate(size_t start) const {
    size_t from = start > 40 ? start - 40 : 0;
    std::string before = FoldForMatch(std::string_view(f_.visible).substr(from, start - from));
    for (const char* w : {"aktuelle zeit", "aktuelles datum", "current time", "current date", "today is", "heute ist",
                          "nous sommes le", "hoy es", "oggi e", "it is now", "es ist"})
      if (Contains(before, w)) return true;
    return false;
  }

  std::optional<CivilDate> Parse(std::string_view v) const {
    auto d = ParseDateString(v, month_first_);
    if (d && bounds_.Contains(*d)) return d;
    return std::nullopt;
  }

  // Every structured publication date, strongest source first.
  std::vector<DateChoice> StructuredAll() const {
    std::vector<DateChoice> out;
    auto day = [&](std::string_view v) -> std::optional<CivilDate> {
      auto d = Parse(v);
      if (d && d->IsDay()) return d;
      return std::nullopt;
    };
    if (auto d = day(j_.published)) out.push_back({*d, "JSON-LD datePublished", j_.published});
    // A creation date speaks for publication only when nothing else does.
    if (out.empty())
      if (auto d = day(j_.created)) out.push_back({*d, "JSON-LD dateCreated", j_.created});
    for (const char* name : kPublishedMetas) {
      for (const auto& [k, v] : f_.metas) {
        if (k != name) continue;
        if (auto d = day(v)) out.push_back({*d, std::string("meta ") + name, v});
      }
    }
    for (const std::string& v : f_.itemprop_published)
      if (auto d = day(v)) out.push_back({*d, "itemprop=datePublished", v});
    for (const std::string& v : f_.time_strong)
      if (auto d = day(v)) out.push_back({*d, "<time> marked as the publication time", v});
    return out;
  }

  // The structured publication date. When the sources disagree, the first
  // one the page also shows its readers wins: markup copied from another
  // page, a template or a syndication feed is not what the article says.
  std::optional<DateChoice> Structured() {
    std::vector<DateChoice> all = StructuredAll();
    if (all.empty()) return std::nullopt;
    bool disagree = false;
    for (const DateChoice& c : all) disagree = disagree || !(c.date == all.front().date);
    if (!disagree || Shown(all.front().date)) return all.front();
    for (const DateChoice& c : all)
      if (Shown(c.date))
        return DateChoice{c.date, c.evidence + ", shown on the page (" + all.front().evidence + " says " +
                                      all.front().date.ToString() + ")"};
    return all.front();
  }

  // Whether the page shows `d` to its readers: in the visible text outside
  // comment/teaser/footer regions, or in a <time> element there.
  bool Shown(const CivilDate& d) {
    for (const DateMatch& m : AllMatches())
      if (m.date == d && !InBad(m.start) && !IsNowDate(m.start)) return true;
    for (const auto& w : f_.time_weak)
      if (!w.bad)
        if (auto t = Parse(w.value); t && *t == d) return true;
    return false;
  }

  bool ShownAnywhere(const CivilDate& d) {
    for (const DateMatch& m : AllMatches())
      if (m.date == d) return true;
    for (const auto& w : f_.time_weak)
      if (auto t = Parse(w.value); t && *t == d) return true;
    return false;
  }

  // The first <time> element outside comment, teaser and footer regions.
  std::optional<DateChoice> ArticleTime() const {
    for (const auto& w : f_.time_weak) {
      if (w.bad) continue;
      if (auto d = Parse(w.value); d && d->IsDay() && AgreesWithUrl(*d))
        return DateChoice{*d, "<time> element on the page"};
    }
    return std::nullopt;
  }

  // A structured date-time written in UTC or another zone than the
  // publisher's often lands one day off the day the page shows ("Nov 8,
  // 7:11 PM" local is 02:11 UTC on Nov 9). When the structured day is not
  // shown but the day before or after is, the shown day is the publisher's.
  // Only for values written in UTC, and only towards the side the hour
  // allows: before noon UTC the Americas are still on the day before, after
  // noon Europe, Africa and Asia are already on the day after.
  std::optional<DateChoice> ShownNeighbour(const DateChoice& structured) {
    int hour = UtcHour(structured.raw);
    if (hour < 0 || Shown(structured.date)) return std::nullopt;
    for (int delta : {hour < 12 ? -1 : 1}) {
      CivilDate n = AddDays(structured.date, delta);
      if (!bounds_.Contains(n) || !AgreesWithUrl(n)) continue;
      if (Shown(n))
        return DateChoice{n, "day shown on the page, one day from " + structured.evidence + " " +
                                 structured.date.ToString() + " (time zone)"};
    }
    return std::nullopt;
  }

  std::optional<DateChoice> TimeAndDateElements(bool bad_regions) const {
    // Inside the article first, then anywhere outside comment/sidebar regions.
    for (int pass = bad_regions ? 1 : 0; pass < 2; ++pass) {
      for (const auto& w : f_.time_weak) {
        if (w.bad != bad_regions || (pass == 0 && !w.article)) continue;
        if (auto d = Parse(w.value); d && d->IsDay() && AgreesWithUrl(*d))
          return DateChoice{*d, "<time datetime> element"};
      }
      for (const auto& w : f_.date_elems) {
        if (w.bad != bad_regions || (pass == 0 && !w.article)) continue;
        FindDateOptions o;
        o.month_first = month_first_;
        o.allow_month_year = false;
        for (const DateMatch& m : FindDatesInText(w.value, o)) {
          if (m.date.IsDay() && bounds_.Contains(m.date) && AgreesWithUrl(m.date) &&
              !Contains(FoldForMatch(w.value.substr(0, m.start)), "aktuell") &&
              !Contains(FoldForMatch(w.value.substr(0, m.start)), "current"))
            return DateChoice{m.date, "page element with a date class: \"" + meta::Clip(w.value, 60) + "\""};
        }
      }
    }
    return std::nullopt;
  }

  bool InBad(size_t pos) const {
    auto it = std::upper_bound(f_.bad_ranges.begin(), f_.bad_ranges.end(), std::make_pair(pos, SIZE_MAX));
    if (it == f_.bad_ranges.begin()) return false;
    --it;
    return pos >= it->first && pos < it->second;
  }

  const std::vector<DateMatch>& AllMatches() {
    if (!scanned_) {
      FindDateOptions o;
      o.month_first = month_first_;
      o.allow_month_year = false;
      std::string_view v = f_.visible;
      if (v.size() > (4u << 20)) v = v.substr(0, 4u << 20);
      matches_ = FindDatesInText(v, o);
      scanned_ = true;
    }
    return matches_;
  }

  // Dates introduced by a publication phrase ("Published on", "Veröffentlicht
  // am", "Publié le", ...).
  std::optional<DateChoice> Phrases(bool published) {
    for (const DateMatch& m : AllMatches()) {
      if (!m.date.IsDay() || !bounds_.Contains(m.date) || InBad(m.start) || !AgreesWithUrl(m.date)) continue;
      size_t from = m.start > 60 ? m.start - 60 : 0;
      std::string before = FoldForMatch(std::string_view(f_.visible).substr(from, m.start - from));
      std::string phrase;
      if (meta::EndsWithPhrase(before, published ? meta::PublishedPhrases() : meta::ModifiedPhrases(), &phrase))
        return DateChoice{m.date, "text \"" + phrase + " " +
                                      std::string(f_.visible.substr(m.start, m.end - m.start)) + "\""};
    }
    return std::nullopt;
  }

  // The structured modification day (JSON-LD dateModified, then metas).
  std::optional<CivilDate> ModifiedDay() const {
    if (auto d = Parse(j_.modified); d && d->IsDay()) return d;
    for (const char* name : kModifiedMetas)
      for (const auto& [k, v] : f_.metas)
        if (k == name)
          if (auto d = Parse(v); d && d->IsDay()) return d;
    return std::nullopt;
  }

  std::optional<DateChoice> ShownModified(const CivilDate& published) {
    std::optional<CivilDate> modified = ModifiedDay();
    if (!modified || !(published < *modified)) return std::nullopt;
    bool shows_published = false, shows_modified = false;
    // Any region counts: the byline block with "Updated ..." is often
    // marked up like page furniture.
    for (const DateMatch& m : AllMatches()) {
      if (IsNowDate(m.start)) continue;
      if (m.date == published) shows_published = true;
      if (m.date == *modified) shows_modified = true;
    }
    if (shows_modified && !shows_published)
      return DateChoice{*modified, "modification date shown on the page (structured publication date " +
                                       published.ToString() + " is not shown)"};
    return std::nullopt;
  }

  // The first full date shortly after the headline: where article pages put
  // their date line.
  std::optional<DateChoice> NearHeadline(size_t window = 1500) {
    if (f_.h1_pos == std::string::npos) return std::nullopt;
    for (const DateMatch& m : AllMatches()) {
      if (m.start < f_.h1_pos) continue;
      if (m.start > f_.h1_pos + window) break;
      if (!m.date.IsDay() || !bounds_.Contains(m.date) || InBad(m.start) || !AgreesWithUrl(m.date) ||
          IsNowDate(m.start))
        continue;
      return DateChoice{m.date, "date line under the headline: \"" +
                                    std::string(f_.visible.substr(m.start, m.end - m.start)) + "\""};
    }
    return std::nullopt;
  }

  std::optional<DateChoice> LeadImageDate() const {
    for (const char* name : {"og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src",
                             "image"})
      for (const auto& [k, v] : f_.metas)
        if (k == name) {
          std::string how;
          if (auto d = DateFromUrl(v, &how); d && d->IsDay() && bounds_.Contains(*d) && AgreesWithUrl(*d))
            return DateChoice{*d, "the lead image's URL (" + how + "): " + meta::Clip(v, 100)};
        }
    return std::nullopt;
  }

  std::optional<DateChoice> WeakMetas() const {
    for (const char* name : kWeakMetas)
      for (const auto& [k, v] : f_.metas)
        if (k == name)
          if (auto d = Parse(v); d && d->IsDay()) return DateChoice{*d, std::string("meta ") + name};
    return std::nullopt;
  }

  // "publishedDate": "2016-11-04T20:37:27Z" in a page's inline data scripts.
  std::optional<DateChoice> ScriptJson() const {
    static const char* kKeys[] = {"datePublished", "publishedDate", "published_at", "publishDate", "pubDate",
                                  "date_published", "publicationDate", "firstPublishedDate", "publishedAt",
                                  "published_date", "dateCreated", "createdDate", "created_at", "createdAt"};
    std::string_view s = f_.script_json;
    for (const char* key : kKeys) {
      std::string pat = std::string("\"") + key + "\"";
      size_t p = 0;
      while ((p = s.find(pat, p)) != std::string_view::npos) {
        p += pat.size();
        size_t q = p;
        while (q < s.size() && (s[q] == ' ' || s[q] == ':' || s[q] == '\\')) ++q;
        if (q < s.size() && s[q] == '"') {
          size_t e = s.find('"', q + 1);
          if (e != std::string_view::npos && e - q < 60) {
            std::string v(s.substr(q + 1, e - q - 1));
            if (!v.empty() && v.back() == '\\') v.pop_back();
            if (auto d = Parse(v); d && d->IsDay())
              return DateChoice{*d, std::string("\"") + key + "\" in the page's data script"};
          }
        }
      }
    }
    return std::nullopt;
  }

  std::optional<DateChoice> Frequent(bool bad_regions) {
    std::map<std::string, std::pair<int, size_t>> counts;  // date -> (count, first position)
    std::map<std::string, CivilDate> by_key;
    for (const DateMatch& m : AllMatches()) {
      if (!m.date.IsDay() || !bounds_.Contains(m.date) || (!bad_regions && InBad(m.start))) continue;
      if (!AgreesWithUrl(m.date) || IsNowDate(m.start)) continue;
      std::string k = m.date.ToString();
      auto [it, inserted] = counts.emplace(k, std::make_pair(0, m.start));
      it->second.first++;
      by_key[k] = m.date;
    }
    if (counts.empty()) return std::nullopt;
    const std::string* best = nullptr;
    std::pair<int, size_t> bv{0, 0};
    for (const auto& [k, v] : counts) {
      // Ties go to the latest date: undated pages (home pages, wikis,
      // forums) list older items below the current one.
      bool tie_better = best && *best < k;  // ISO strings order as dates
      if (!best || v.first > bv.first || (v.first == bv.first && tie_better)) {
        best = &k;
        bv = v;
      }
    }
    return DateChoice{by_key[*best], std::string("most frequent date in the page text") +
                                         (bad_regions ? ", comment/teaser/footer regions included" : "") + " (" +
                                         std::to_string(bv.first) + "x)"};
  }

  std::optional<DateChoice> Modified() {
    if (auto d = Parse(j_.modified); d && d->IsDay()) return DateChoice{*d, "JSON-LD dateModified (no publication date)"};
    for (const char* name : kModifiedMetas)
      for (const auto& [k, v] : f_.metas)
        if (k == name)
          if (auto d = Parse(v); d && d->IsDay())
            return DateChoice{*d, std::string("meta ") + name + " (modification date; no publication date)"};
    for (const std::string& v : f_.itemprop_modified)
      if (auto d = Parse(v); d && d->IsDay()) return DateChoice{*d, "itemprop=dateModified (no publication date)"};
    if (auto d = Phrases(false)) {
      d->evidence += " (modification date; no publication date)";
      return d;
    }
    return std::nullopt;
  }

  const PageFacts& f_;
  const JsonLdFacts& j_;
  std::string_view url_;
  DateBounds bounds_;
  bool month_first_ = false;
  std::optional<CivilDate> url_month_;
  bool scanned_ = false;
  std::vector<DateMatch> matches_;
};

PageFacts Gather(const GumboOutput* dom) {
  PageFacts f;
  if (!dom || !dom->document) return f;
  Walker w(f);
  w.Walk(dom->document, WalkCtx{}, 0);
  return f;
}

std::string MetaValue(const PageFacts& f, std::initializer_list<const char*> names) {
  for (const char* n : names)
    for (const auto& [k, v] : f.metas)
      if (k == n && !v.empty()) return v;
  return "";
}

std::string Unescape(std::string s) {
  // Minimal entity decoding for values taken from JSON-LD and scans.
  const std::pair<const char*, const char*> kEnt[] = {
      {"&amp;", "&"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&#039;", "'"}, {"&lt;", "<"}, {"&gt;", ">"},
      {"&nbsp;", " "}};
  for (auto [from, to] : kEnt) {
    size_t p = 0;
    while ((p = s.find(from, p)) != std::string::npos) {
      s.replace(p, std::strlen(from), to);
      p += std::strlen(to);
    }
  }
  return Collapse(s);
}

std::optional<PublishedDate> DecideDate(const PageFacts& f, const JsonLdFacts& j, std::string_view url) {
  DateDecider decider(f, j, url);
  auto c = decider.Decide();
  if (!c) return std::nullopt;
  return PublishedDate{c->date.ToString(), c->date.Precision(), c->evidence};
}

}  // namespace

std::string OutletFromHost(std::string_view host) {
  std::string h = HostOfUrl(std::string("http://") + std::string(host));
  return h;
}

std::string StripSiteFromTitle(std::string_view title_in, std::string_view site) {
  std::string title = Collapse(title_in);
  static const char* kSeps[] = {" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " // "};
  std::string fsite = FoldForMatch(site);
  for (const char* sep : kSeps) {
    size_t last = title.rfind(sep);
    size_t first = title.find(sep);
    if (last == std::string::npos) continue;
    std::string head = title.substr(0, last), tail = title.substr(last + std::strlen(sep));
    std::string head1 = title.substr(0, first), rest1 = title.substr(first + std::strlen(sep));
    auto words = [](const std::string& s) { return std::count(s.begin(), s.end(), ' ') + 1; };
    auto is_site = [&](const std::string& part) {
      std::string fp = FoldForMatch(part);
      return !fsite.empty() && (fp == fsite || Contains(fp, fsite) || Contains(fsite, fp));
    };
    if (is_site(tail)) return Collapse(head);
    if (is_site(head1)) return Collapse(rest1);
    // Without a known site name: drop a short tail ("Headline | Le Monde").
    if (words(tail) <= 4 && words(head) >= 2 && words(head) >= words(tail)) return Collapse(head);
    if (words(head1) <= 3 && words(rest1) >= 4) return Collapse(rest1);
  }
  return title;
}

std::string CleanAuthor(std::string_view raw) {
  std::string s = Collapse(raw);
  // Cut at separators after which dates, agencies or roles follow.
  for (const char* cut : {" | ", "|", " - ", " – ", " — ", "\n", " on ", " am ", " le ", " updated", " Updated",
                          " Published", " published", " (", ","}) {
    size_t p = s.find(cut);
    if (p != std::string::npos && p > 2) s = s.substr(0, p);
  }
  std::string f = FoldForMatch(s);
  for (const char* pre : {"by ", "par ", "von ", "por ", "di ", "door ", "da ", "av ", "af ", "autor: ", "author: ",
                          "auteur : ", "auteur: ", "text: ", "texte: ", "written by ", "posted by ", "geschrieben von ",
                          "redacted by "}) {
    size_t n = std::strlen(pre);
    if (f.rfind(pre, 0) == 0 && s.size() >= n) {
      // The folded prefix has the same byte length as the original (ASCII).
      s = Collapse(s.substr(n));
      f = FoldForMatch(s);
    }
  }
  if (Contains(s, "@") || Contains(s, "http") || s.size() > 80) return "";
  while (!s.empty() && std::strchr(" ,;:-|·", s.back())) s.pop_back();
  while (!s.empty() && std::strchr(" ,;:-|·", s.front())) s.erase(0, 1);
  // A date is not an author.
  if (!FindDatesInText(s).empty()) return "";
  size_t letters = 0;
  for (char c : s) letters += std::isalpha(static_cast<unsigned char>(c)) || (c & 0x80);
  if (letters < 3) return "";
  return s;
}

std::optional<PublishedDate> FindHtmlPublishedDate(const GumboOutput* dom, std::string_view url) {
  PageFacts f = Gather(dom);
  JsonLdFacts j = ReadJsonLd(f.json_ld);
  std::string page_url(url);
  if (page_url.empty()) page_url = f.canonical;
  if (page_url.empty()) page_url = MetaValue(f, {"og:url"});
  return DecideDate(f, j, page_url);
}

void FillHtmlMetadata(const GumboOutput* dom, const RawDocument& doc, Article& article) {
  PageFacts f = Gather(dom);
  JsonLdFacts j = ReadJsonLd(f.json_ld);

  // Canonical URL: link rel=canonical, og:url, then where the page came from.
  std::string canonical = f.canonical;
  if (canonical.rfind("http", 0) != 0) canonical = MetaValue(f, {"og:url"});
  if (canonical.rfind("http", 0) != 0) canonical.clear();
  if (article.source.url.empty() && !canonical.empty()) article.source.url = canonical;
  std::string url = !doc.origin.url.empty() ? doc.origin.url : canonical;

  // Outlet.
  std::string outlet = MetaValue(f, {"og:site_name"});
  if (outlet.empty()) outlet = Unescape(j.publisher);
  if (outlet.empty()) outlet = MetaValue(f, {"application-name", "publisher", "dc.publisher", "twitter:site"});
  if (!outlet.empty() && outlet[0] == '@') outlet.erase(0, 1);
  if (outlet.empty() && doc.outlet) outlet = *doc.outlet;
  if (outlet.empty()) outlet = HostOfUrl(!canonical.empty() ? canonical : url);
  outlet = Collapse(outlet);
  if (!outlet.empty()) article.outlet = outlet;

  // Title.
  std::string title = MetaValue(f, {"og:title", "twitter:title"});
  if (title.empty()) title = Unescape(j.headline);
  if (title.empty() && !f.h1.empty()) {
    // The <h1> that shares most words with <title>; the first one otherwise.
    std::string ft = FoldForMatch(f.title_tag);
    size_t best = 0, best_score = 0;
    for (size_t i = 0; i < f.h1.size(); ++i) {
      std::string fh = FoldForMatch(f.h1[i]);
      size_t score = (!fh.empty() && Contains(ft, fh)) ? fh.size() : 0;
      if (score > best_score) best = i, best_score = score;
    }
    if (best_score > 0 || f.title_tag.empty()) title = f.h1[best];
  }
  if (title.empty()) title = f.title_tag;
  if (title.empty() && doc.title) title = *doc.title;
  title = StripSiteFromTitle(title, outlet);
  if (!title.empty()) article.title = title;

  // Authors.
  std::vector<std::string> raw_authors;
  for (const auto& [k, v] : f.metas)
    if ((k == "author" || k == "article:author" || k == "dc.creator" || k == "sailthru.author" ||
         k == "parsely-author" || k == "byl") &&
        v.rfind("http", 0) != 0)
      raw_authors.push_back(v);
  if (raw_authors.empty()) raw_authors = j.authors;
  if (raw_authors.empty()) raw_authors = f.rel_authors;
  if (raw_authors.empty())
    for (const std::string& b : f.byline_texts) {
      raw_authors.push_back(b);
      break;
    }
  if (raw_authors.empty()) raw_authors = doc.authors;
  std::vector<std::string> authors;
  for (const std::string& r : raw_authors) {
    // "A and B", "A, B" (JSON-LD lists are already split).
    std::string a = CleanAuthor(Unescape(r));
    if (a.empty() || FoldForMatch(a) == FoldForMatch(outlet)) continue;
    if (std::find(authors.begin(), authors.end(), a) == authors.end()) authors.push_back(a);
    if (authors.size() >= 10) break;
  }
  if (!authors.empty()) article.authors = authors;

  // Publication date.
  // The container's date (feed pubDate, JSONL `published`) beats the page's
  // weak guesses: a frequent date in the text, a modification date, a
  // month or a copyright year.
  std::optional<PublishedDate> page_date = DecideDate(f, j, url);
  std::optional<PublishedDate> container_date;
  if (doc.published)
    if (auto c = ParseDateString(*doc.published); c && DateBounds().Contains(*c))
      container_date = PublishedDate{c->ToString(), c->Precision(), "date given by the container (feed/record)"};
  bool weak = page_date && (page_date->precision != "day" || page_date->evidence.rfind("most frequent", 0) == 0 ||
                            page_date->evidence.find("modification date") != std::string::npos);
  if (page_date && !(weak && container_date)) {
    article.published = *page_date;
  } else if (container_date) {
    article.published = *container_date;
  }
}

}  // namespace dragoman
