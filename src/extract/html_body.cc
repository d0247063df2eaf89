#include "extract/html_body.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "extract/gumbo_attr.h"
#include "extract/text_util.h"

namespace dragoman::extract {
namespace {

// ---------------------------------------------------------------------------
// Cues

enum Kind : uint8_t { kNone = 0, kBreadcrumb, kNavigation, kRelated, kTeaser, kCaption, kComment, kShare, kOther };

const char* KindName(uint8_t k) {
  switch (k) {
    case kBreadcrumb: return "breadcrumb";
    case kNavigation: return "navigation";
    case kRelated: return "related";
    case kTeaser: return "teaser";
    case kCaption: return "caption";
    case kComment: return "other";  // comment sections: "other" in OUTPUT.md's kinds
    case kShare: return "share";
    default: return "other";
  }
}

enum Strength : uint8_t { kNoCue = 0, kWeak = 1, kStrong = 2 };

struct WordCue {
  const char* word;
  uint8_t kind;
  uint8_t strength;
};

// Whole class/id words (after splitting on - _ : . and camel case).
constexpr WordCue kWordCues[] = {
    {"nav", kNavigation, kStrong},       {"navbar", kNavigation, kStrong},   {"navigation", kNavigation, kStrong},
    {"navi", kNavigation, kStrong},      {"menu", kNavigation, kStrong},     {"menubar", kNavigation, kStrong},
    {"submenu", kNavigation, kStrong},   {"topnav", kNavigation, kStrong},   {"sidenav", kNavigation, kStrong},
    {"pagination", kNavigation, kStrong}, {"pager", kNavigation, kStrong},   {"paging", kNavigation, kStrong},
    {"skip", kNavigation, kStrong},      {"skiplink", kNavigation, kStrong}, {"breadcrumb", kBreadcrumb, kStrong},
    {"breadcrumbs", kBreadcrumb, kStrong}, {"crumbs", kBreadcrumb, kStrong}, {"crumb", kBreadcrumb, kStrong},
    {"footer", kOther, kStrong},         {"copyright", kOther, kStrong},     {"colophon", kOther, kStrong},
    {"sidebar", kRelated, kStrong},      {"widget", kRelated, kWeak},        {"widgets", kRelated, kWeak},
    {"rail", kRelated, kStrong},         {"aside", kRelated, kStrong},       {"comment", kComment, kStrong},
    {"comments", kComment, kStrong},     {"commentlist", kComment, kStrong}, {"respond", kComment, kStrong},
    {"disqus", kComment, kStrong},       {"kommentare", kComment, kStrong},  {"share", kShare, kStrong},
    {"sharing", kShare, kStrong},        {"social", kShare, kStrong},        {"socials", kShare, kStrong},
    {"sharebar", kShare, kStrong},       {"shariff", kShare, kStrong},       {"related", kRelated, kStrong},
    {"recommended", kRelated, kStrong},  {"recommendations", kRelated, kStrong}, {"outbrain", kRelated, kStrong},
    {"taboola", kRelated, kStrong},      {"morestories", kRelated, kStrong}, {"cookie", kOther, kStrong},
    {"cookies", kOther, kStrong},        {"consent", kOther, kStrong},       {"gdpr", kOther, kStrong},
    {"newsletter", kOther, kStrong},     {"subscribe", kOther, kStrong},     {"signup", kOther, kStrong},
    {"ad", kOther, kStrong},             {"ads", kOther, kStrong},           {"advert", kOther, kStrong},
    {"advertisement", kOther, kStrong},  {"adsense", kOther, kStrong},       {"adslot", kOther, kStrong},
    {"sponsor", kOther, kStrong},        {"sponsored", kOther, kStrong},     {"promo", kOther, kWeak},
    {"promotion", kOther, kWeak},        {"banner", kOther, kWeak},          {"caption", kCaption, kStrong},
    {"figcaption", kCaption, kStrong},   {"credit", kCaption, kWeak},        {"credits", kCaption, kWeak},
    {"teaser", kTeaser, kWeak},          {"teasers", kTeaser, kWeak},        {"byline", kOther, kWeak},
    {"author", kOther, kWeak},           {"dateline", kOther, kWeak},        {"date", kOther, kWeak},
    {"time", kOther, kWeak},             {"timestamp", kOther, kWeak},       {"meta", kOther, kWeak},
    {"postmeta", kOther, kWeak},         {"tags", kOther, kWeak},            {"tag", kOther, kWeak},
    {"tagcloud", kOther, kWeak},         {"categories", kOther, kWeak},      {"category", kOther, kWeak},
    {"keywords", kOther, kWeak},         {"print", kOther, kWeak},           {"tools", kOther, kWeak},
    {"toolbar", kOther, kWeak},          {"rating", kOther, kWeak},          {"vote", kOther, kWeak},
    {"modal", kOther, kWeak},            {"popup", kOther, kStrong},         {"overlay", kOther, kWeak},
    {"login", kOther, kWeak},            {"search", kNavigation, kWeak},     {"masthead", kNavigation, kWeak},
    {"topbar", kNavigation, kWeak},      {"logo", kNavigation, kWeak},       {"header", kNavigation, kWeak},
    {"links", kNavigation, kWeak},       {"hidden", kOther, kWeak},          {"legal", kOther, kWeak},
    {"imprint", kOther, kWeak},          {"impressum", kOther, kWeak},       {"author-box", kOther, kWeak},
    {"disclosure", kOther, kWeak},       {"affiliate", kOther, kWeak},       {"metadata", kOther, kWeak},
    {"disclaimer", kOther, kWeak},       {"notice", kOther, kWeak},          {"alert", kOther, kWeak},
    {"toc", kNavigation, kWeak},
    {"bio", kOther, kStrong},            {"biography", kOther, kStrong},     {"authorbio", kOther, kStrong},
    {"postmetadata", kOther, kWeak},
};

// Substrings of the lower-cased class/id string that mark boilerplate even
// when glued to other words ("commentlist", "relatedposts", "socialshare").
constexpr WordCue kSubstringCues[] = {
    {"comment", kComment, kStrong},      {"sidebar", kRelated, kStrong},     {"breadcrumb", kBreadcrumb, kStrong},
    {"newsletter", kOther, kStrong},     {"cookie", kOther, kStrong},        {"related", kRelated, kStrong},
    {"footer", kOther, kStrong},         {"navigation", kNavigation, kStrong}, {"navbar", kNavigation, kStrong},
    {"advert", kOther, kStrong},         {"sponsor", kOther, kStrong},       {"outbrain", kRelated, kStrong},
    {"taboola", kRelated, kStrong},      {"disqus", kComment, kStrong},      {"socialshare", kShare, kStrong},
    {"sharebar", kShare, kStrong},       {"sharing", kShare, kStrong},       {"recommend", kRelated, kStrong},
    {"subscribe", kOther, kStrong},      {"paywall", kOther, kWeak},         {"caption", kCaption, kStrong},
};

// Words that mark likely content.
constexpr const char* kPositiveWords[] = {
    "article",  "articlebody", "content", "entry",   "post",    "story", "body",   "text",    "main",
    "blog",     "prose",       "richtext", "rte",    "artikel", "inhalt", "beitrag", "contenu", "texte",
    "cuerpo",   "contenido",   "testo",   "corpo",   "tekst",   "news",  "bodytext", "single", "page",
};

void SplitWords(std::string_view s, std::vector<std::string>& words) {
  std::string cur;
  auto flush = [&]() {
    if (!cur.empty()) words.push_back(cur);
    cur.clear();
  };
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    bool upper = c >= 'A' && c <= 'Z';
    bool alnum = upper || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!alnum) {
      flush();
      continue;
    }
    // camelCase: a capital after a lower-case letter starts a word.
    if (upper && !cur.empty() && cur.back() >= 'a' && cur.back() <= 'z') flush();
    cur += upper ? static_cast<char>(c + 32) : c;
  }
  flush();
}

struct Cue {
  uint8_t kind = kNone;
  uint8_t strength = kNoCue;
  bool positive = false;        // a content word in class/id
  bool strong_positive = false; // <article>, <main>, itemprop=articleBody, role=main
  bool from_class = false;      // kind/strength come from class/id words
  uint8_t tag_kind = kNone;     // the cue from the tag, role and itemprop alone
  uint8_t tag_strength = kNoCue;
};

const char* Attr(const GumboElement& e, const char* name) { return AttrValue(e, name); }

// What the words of an element's class and id ("class id", as written) say.
struct ClassCue {
  uint8_t kind = kNone;
  uint8_t strength = kNoCue;
  bool positive = false;
};

ClassCue ClassCueOf(std::string_view joined) {
  std::vector<std::string> words;
  SplitWords(joined, words);
  ClassCue out;
  auto take = [&](const WordCue& c) {
    if (c.strength > out.strength) out.kind = c.kind, out.strength = c.strength;
  };
  // Word -> cue (negative) or nullptr with positive flag, built once.
  struct WordInfo {
    const WordCue* cue = nullptr;
    bool positive = false;
  };
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string_view, WordInfo>();
    for (const auto& c : kWordCues) (*t)[c.word].cue = &c;
    for (const char* p : kPositiveWords) (*t)[p].positive = true;
    return t;
  }();
  for (const auto& w : words) {
    auto it = table->find(w);
    if (it == table->end()) continue;
    if (it->second.cue) take(*it->second.cue);
    if (it->second.positive) out.positive = true;
  }
  std::string lower;
  lower.reserve(joined.size());
  for (char c : joined) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  for (const auto& c : kSubstringCues)
    if (lower.find(c.word) != std::string::npos) take(c);
  if (lower.find("articlebody") != std::string::npos || lower.find("article-body") != std::string::npos ||
      lower.find("article_body") != std::string::npos || lower.find("entry-content") != std::string::npos ||
      lower.find("post-content") != std::string::npos || lower.find("story-body") != std::string::npos)
    out.positive = true;
  return out;
}

// Class names repeat by the hundred on a page (menu items, list entries):
// their cue is worked out once per distinct "class id" string of the page.
class ClassCueCache {
 public:
  ClassCue For(const char* cls, const char* id) {
    key_.clear();
    if (cls) key_ += cls;
    if (id) (key_ += ' ') += id;
    if (key_.size() > 300) key_.resize(300);
    auto it = cues_.find(key_);
    if (it == cues_.end()) it = cues_.emplace(key_, ClassCueOf(key_)).first;
    return it->second;
  }

 private:
  std::string key_;
  std::unordered_map<std::string, ClassCue> cues_;
};

Cue CueFor(const GumboNode* node, ClassCueCache& classes) {
  const GumboElement& e = node->v.element;
  Cue cue;
  switch (e.tag) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_MENU: cue.kind = kNavigation; cue.strength = kStrong; break;
    case GUMBO_TAG_FOOTER: cue.kind = kOther; cue.strength = kStrong; break;
    case GUMBO_TAG_ASIDE: cue.kind = kRelated; cue.strength = kStrong; break;
    case GUMBO_TAG_FIGCAPTION: cue.kind = kCaption; cue.strength = kStrong; break;
    case GUMBO_TAG_FORM: cue.kind = kOther; cue.strength = kStrong; break;
    case GUMBO_TAG_HEADER: cue.kind = kNavigation; cue.strength = kWeak; break;
    case GUMBO_TAG_ADDRESS: cue.kind = kOther; cue.strength = kWeak; break;
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: cue.strong_positive = true; break;
    default: break;
  }
  if (const char* role = Attr(e, "role")) {
    std::string_view r(role);
    if (r == "navigation" || r == "menu" || r == "menubar" || r == "search") {
      cue.kind = kNavigation, cue.strength = kStrong;
    } else if (r == "contentinfo" || r == "dialog" || r == "alertdialog") {
      cue.kind = kOther, cue.strength = kStrong;
    } else if (r == "complementary") {
      cue.kind = kRelated, cue.strength = kStrong;
    } else if (r == "banner") {
      cue.kind = kNavigation, cue.strength = kWeak;
    } else if (r == "main" || r == "article") {
      cue.strong_positive = true;
    }
  }
  if (const char* ip = Attr(e, "itemprop")) {
    std::string_view v(ip);
    if (v.find("articleBody") != std::string_view::npos || v == "text" || v == "reviewBody") cue.strong_positive = true;
    if (v == "comment" || v == "comments") cue.kind = kComment, cue.strength = kStrong;
  }
  if (const char* it = Attr(e, "itemtype")) {
    if (std::strstr(it, "Comment")) cue.kind = kComment, cue.strength = kStrong;
  }
  cue.tag_kind = cue.kind;
  cue.tag_strength = cue.strength;
  // html and body classes describe the whole page ("single-post has-sidebar").
  if (e.tag == GUMBO_TAG_HTML || e.tag == GUMBO_TAG_BODY) return cue;
  const char* cls = Attr(e, "class");
  const char* id = Attr(e, "id");
  if (!cls && !id) return cue;
  ClassCue c = classes.For(cls, id);
  if (c.positive) cue.positive = true;
  if (c.strength > cue.strength) cue.kind = c.kind, cue.strength = c.strength, cue.from_class = true;
  return cue;
}

bool IsBlockTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR: case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR:
    case GUMBO_TAG_LI: case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU: case GUMBO_TAG_NAV: case GUMBO_TAG_OL:
    case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_CAPTION: case GUMBO_TAG_UL:
    case GUMBO_TAG_LEGEND: case GUMBO_TAG_HTML: case GUMBO_TAG_OPTGROUP:
      return true;
    default:
      return false;
  }
}

bool IsDroppedTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_OPTION: case GUMBO_TAG_HEAD: case GUMBO_TAG_MAP: case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_APPLET: case GUMBO_TAG_DATALIST:
    // Ruby annotations (furigana over kanji): the reading is not the text.
    case GUMBO_TAG_RT: case GUMBO_TAG_RP:
      return true;
    default:
      return false;
  }
}

bool IsHidden(const GumboElement& e) {
  if (FindAttr(e, "hidden")) return true;
  if (const char* style = Attr(e, "style")) {
    std::string s;
    for (const char* p = style; *p && s.size() < 200; ++p)
      if (*p != ' ') s += (*p >= 'A' && *p <= 'Z') ? static_cast<char>(*p + 32) : *p;
    if (s.find("display:none") != std::string::npos || s.find("visibility:hidden") != std::string::npos)
      return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Segmentation

struct Elem {
  const GumboNode* node = nullptr;
  int parent = -1;
  int end = 0;  // one past the last descendant (pre-order)
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  Cue cue;       // the cue in force for the current level
  Cue full_cue;  // everything the element says
  bool block = false;
  bool has_block_child = false;
  bool has_h1 = false;
  bool has_positive = false;  // itself or a descendant is <article>/<main>/articleBody
  uint32_t chars = 0, link_chars = 0, commas = 0, segs = 0;
  uint32_t prose = 0;  // segments below that read as paragraphs (120+ chars, few links, final stop)
  double score = 0;
  double mass = 0;  // content score of the paragraphs below, undecayed (per level)
  bool scored = false;
};

struct Seg {
  std::string text;
  int owner = -1;  // innermost block element
  uint32_t chars = 0, link_chars = 0, commas = 0;
  GumboTag tag = GUMBO_TAG_UNKNOWN;  // the owner's tag
  int list = -1;                     // the ul/ol this list item belongs to
};

class Segmenter {
 public:
  void Run(const GumboNode* root) {
    struct Frame {
      const GumboNode* node;
      unsigned next;
      int elem;
      bool block;
      bool link;
    };
    std::vector<Frame> stack;
    auto enter = [&](const GumboNode* n) {
      const GumboElement& e = n->v.element;
      if (IsDroppedTag(e.tag)) {
        if (e.tag == GUMBO_TAG_SCRIPT) CollectJson(n);
        if (e.tag == GUMBO_TAG_HEAD) {  // JSON-LD usually sits in <head>
          for (unsigned k = 0; k < e.children.length; ++k) {
            const GumboNode* c = static_cast<const GumboNode*>(e.children.data[k]);
            if (c->type == GUMBO_NODE_ELEMENT && c->v.element.tag == GUMBO_TAG_SCRIPT) CollectJson(c);
          }
        }
        return;
      }
      if (IsHidden(e)) return;
      if (e.tag == GUMBO_TAG_BR) {
        if (!cur_.empty() && cur_.back() == '\n') {
          Flush();
        } else if (!cur_.empty()) {
          cur_ += '\n';
          pending_space_ = false;
        }
        return;
      }
      int idx = static_cast<int>(elems_.size());
      Elem el;
      el.node = n;
      el.tag = e.tag;
      el.parent = stack.empty() ? -1 : stack.back().elem;
      el.full_cue = el.cue = CueFor(n, class_cues_);
      el.block = IsBlockTag(e.tag);
      if (el.block) {
        Flush();
        if (el.parent >= 0) MarkBlockChild(el.parent);
      }
      elems_.push_back(el);
      if (el.block) block_stack_.push_back(idx);
      bool link = e.tag == GUMBO_TAG_A;
      if (link) ++in_link_;
      if (e.tag == GUMBO_TAG_UL || e.tag == GUMBO_TAG_OL) list_stack_.push_back(idx);
      stack.push_back({n, 0, idx, el.block, link});
    };
    if (root->type != GUMBO_NODE_ELEMENT) return;
    enter(root);
    while (!stack.empty()) {
      Frame& f = stack.back();
      const GumboVector& kids = f.node->v.element.children;
      if (f.next < kids.length) {
        const GumboNode* c = static_cast<const GumboNode*>(kids.data[f.next++]);
        if (c->type == GUMBO_NODE_ELEMENT) {
          enter(c);
        } else if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE ||
                   c->type == GUMBO_NODE_CDATA) {
          AddText(c->v.text.text);
        }
        continue;
      }
      Frame done = f;
      stack.pop_back();
      if (done.block) {
        Flush();
        block_stack_.pop_back();
      }
      if (done.link) --in_link_;
      GumboTag t = elems_[done.elem].tag;
      if ((t == GUMBO_TAG_UL || t == GUMBO_TAG_OL) && !list_stack_.empty()) list_stack_.pop_back();
      elems_[done.elem].end = static_cast<int>(elems_.size());
    }
    Flush();
  }

  std::vector<Elem> elems_;
  std::vector<Seg> segs_;
  std::vector<std::string> json_scripts_;

 private:
  void MarkBlockChild(int parent) {
    // The nearest block ancestor gets the flag (inline wrappers in between do not count).
    for (int p = parent; p >= 0; p = elems_[p].parent) {
      if (elems_[p].block) {
        elems_[p].has_block_child = true;
        return;
      }
    }
  }

  void CollectJson(const GumboNode* n) {
    const char* type = Attr(n->v.element, "type");
    if (!type || !std::strstr(type, "json")) return;
    const GumboVector& kids = n->v.element.children;
    if (kids.length == 0) return;
    const GumboNode* t = static_cast<const GumboNode*>(kids.data[0]);
    // Only blocks that carry an articleBody are worth parsing.
    if (t->type == GUMBO_NODE_TEXT && json_scripts_.size() < 16 && std::strstr(t->v.text.text, "articleBody"))
      json_scripts_.emplace_back(t->v.text.text);
  }

  void AddText(const char* text) {
    std::string_view t(text);
    size_t before = cur_.size();
    AppendCollapsed(cur_, t, pending_space_);
    if (cur_.size() == before) return;
    std::string_view added(cur_.data() + before, cur_.size() - before);
    uint32_t n = static_cast<uint32_t>(CountChars(added));
    chars_ += n;
    if (in_link_ > 0) link_chars_ += n;
  }

  void Flush() {
    while (!cur_.empty() && (cur_.back() == '\n' || cur_.back() == ' ')) cur_.pop_back();
    if (chars_ > 0 && !cur_.empty() && !block_stack_.empty()) {
      Seg s;
      s.owner = block_stack_.back();
      s.tag = elems_[s.owner].tag;
      s.chars = chars_;
      s.link_chars = std::min(link_chars_, chars_);
      s.commas = static_cast<uint32_t>(CountCommas(cur_));
      if (s.tag == GUMBO_TAG_LI && !list_stack_.empty()) s.list = list_stack_.back();
      s.text = std::move(cur_);
      segs_.push_back(std::move(s));
    }
    cur_.clear();
    chars_ = link_chars_ = 0;
    pending_space_ = false;
  }

  ClassCueCache class_cues_;
  std::string cur_;
  bool pending_space_ = false;
  uint32_t chars_ = 0, link_chars_ = 0;
  int in_link_ = 0;
  std::vector<int> block_stack_;
  std::vector<int> list_stack_;
};

// ---------------------------------------------------------------------------
// JSON-LD articleBody

void FindArticleBody(const nlohmann::json& j, std::string& best, int depth) {
  if (depth > 8) return;
  if (j.is_object()) {
    auto it = j.find("articleBody");
    if (it != j.end() && it->is_string() && it->get_ref<const std::string&>().size() > best.size())
      best = it->get<std::string>();
    for (const auto& [k, v] : j.items())
      if (v.is_structured()) FindArticleBody(v, best, depth + 1);
  } else if (j.is_array()) {
    for (const auto& v : j) FindArticleBody(v, best, depth + 1);
  }
}

std::string JsonLdArticleBody(const std::vector<std::string>& scripts) {
  std::string best;
  for (const auto& s : scripts) {
    nlohmann::json j = nlohmann::json::parse(s, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) continue;
    FindArticleBody(j, best, 0);
  }
  return best;
}

// Paragraphs of a JSON-LD articleBody: its own line breaks, HTML tags some
// publishers leave inside it stripped.
std::string ArticleBodyParagraphs(std::string_view body) {
  std::string plain;
  plain.reserve(body.size());
  bool in_tag = false;
  for (size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c == '<' && i + 1 < body.size() && (std::isalpha(static_cast<unsigned char>(body[i + 1])) || body[i + 1] == '/')) {
      in_tag = true;
      // Block-level tags end a paragraph.
      if (body.compare(i, 2, "<p") == 0 || body.compare(i, 3, "</p") == 0 || body.compare(i, 3, "<br") == 0)
        plain += '\n';
      continue;
    }
    if (in_tag) {
      if (c == '>') in_tag = false;
      continue;
    }
    plain += c;
  }
  std::string out;
  size_t pos = 0;
  while (pos <= plain.size()) {
    size_t nl = plain.find('\n', pos);
    if (nl == std::string::npos) nl = plain.size();
    std::string line = Collapse(std::string_view(plain).substr(pos, nl - pos));
    if (!line.empty()) {
      if (!out.empty()) out += "\n\n";
      out += line;
    }
    pos = nl + 1;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Scoring and selection

class BodyFinder {
 public:
  BodyFinder(Segmenter& s, const BoilerplateLexicon& lex, const HtmlBodyOptions& opt)
      : elems_(s.elems_), segs_(s.segs_), lex_(lex), opt_(opt) {}

  // Level 0 believes every cue; level 1 only tags, roles and itemprops;
  // level 2 none (for pages whose class names mislead).
  HtmlBody Run(int level) {
    level_ = level;
    if (!aggregated_) Aggregate();
    aggregated_ = true;
    for (Elem& e : elems_) {
      e.score = 0;
      e.scored = false;
      if (level == 0) {
        e.cue = e.full_cue;
      } else {
        e.cue = e.full_cue;
        e.cue.kind = level == 1 ? e.full_cue.tag_kind : static_cast<uint8_t>(kNone);
        e.cue.strength = level == 1 ? e.full_cue.tag_strength : static_cast<uint8_t>(kNoCue);
        e.cue.from_class = false;
        if (level == 2) e.cue.positive = false;
      }
    }
    DecideHonoured();
    Score();
    ChooseRegion();
    Filter();
    HtmlBody out;
    out.method = "container";
    Assemble(out);
    if (std::getenv("DRAGOMAN_EXTRACT_TRACE")) Trace();
    return out;
  }

 private:
  bool Inside(int e, int ancestor) const { return e >= ancestor && e < elems_[ancestor].end; }

  void Aggregate() {
    total_chars_ = 0;
    for (const Seg& s : segs_) {
      Elem& o = elems_[s.owner];
      o.chars += s.chars;
      o.link_chars += s.link_chars;
      o.commas += s.commas;
      o.segs += 1;
      if (s.chars >= 120 && s.link_chars * 5 < s.chars && EndsLikeSentence(s.text)) o.prose += 1;
      total_chars_ += s.chars;
    }
    for (size_t i = 0; i < elems_.size(); ++i) {
      if (elems_[i].tag == GUMBO_TAG_H1) elems_[i].has_h1 = true;
      if (elems_[i].cue.strong_positive) elems_[i].has_positive = true;
    }
    // Children follow parents in pre-order: fold bottom-up in reverse.
    for (size_t i = elems_.size(); i-- > 0;) {
      const Elem& e = elems_[i];
      if (e.parent < 0) continue;
      Elem& p = elems_[e.parent];
      p.chars += e.chars;
      p.link_chars += e.link_chars;
      p.commas += e.commas;
      p.segs += e.segs;
      p.prose += e.prose;
      p.has_h1 = p.has_h1 || e.has_h1;
      p.has_positive = p.has_positive || e.has_positive;
    }
  }

  // A boilerplate cue is believed unless the subtree holds the page's
  // headline, an <article>/<main>/articleBody element, or most of the text.
  void DecideHonoured() {
    honoured_.assign(elems_.size(), false);
    for (size_t i = 0; i < elems_.size(); ++i) {
      const Elem& e = elems_[i];
      if (e.cue.strength == kNoCue || e.cue.strong_positive) continue;
      // A content word outweighs a weak cue on a block that holds prose
      // ("post-text"), not on a small one ("entry-meta", "article-tags").
      if (e.cue.strength == kWeak && e.cue.positive && (e.prose > 0 || e.chars > 200)) continue;
      if (e.has_h1 && e.chars > 400) continue;
      if (e.has_positive) continue;
      // Class words on a subtree of real paragraphs mislead ("section--ads"
      // around the article), except for comment sections.
      if (e.cue.from_class && e.cue.kind != kComment && e.prose >= 2) continue;
      if (total_chars_ > 0 && e.chars > 0.6 * total_chars_ && e.chars > 1500) continue;
      if (e.tag == GUMBO_TAG_HEADER || e.cue.strength == kWeak) {
        // Headers and weak cues only hold when the subtree is not article-like
        // (much text with commas); a <header> holding a paragraph of prose
        // with few links is an article's header with its lead.
        if (e.chars > 600 && e.commas > 3) continue;
        if (e.tag == GUMBO_TAG_HEADER && e.prose > 0 && e.link_chars * 5 < e.chars) continue;
      }
      honoured_[i] = true;
    }
    // blocked_: an honoured strong cue on the element or an ancestor.
    blocked_.assign(elems_.size(), false);
    for (size_t i = 0; i < elems_.size(); ++i) {
      const Elem& e = elems_[i];
      bool self = honoured_[i] && e.cue.strength == kStrong;
      blocked_[i] = self || (e.parent >= 0 && blocked_[e.parent]);
    }
  }

  double LinkDensity(const Elem& e) const { return e.chars ? static_cast<double>(e.link_chars) / e.chars : 0.0; }

  double InitialScore(const Elem& e) const {
    double s = 0;
    switch (e.tag) {
      case GUMBO_TAG_DIV: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_SECTION: case GUMBO_TAG_MAIN: s = 5; break;
      case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: s = 3; break;
      case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL: case GUMBO_TAG_DD:
      case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM: s = -3; break;
      case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
      case GUMBO_TAG_H6: case GUMBO_TAG_TH: s = -5; break;
      default: break;
    }
    if (e.cue.strong_positive) s += 30;
    else if (e.cue.positive) s += 25;
    if (e.cue.strength == kStrong) s -= 25;
    else if (e.cue.strength == kWeak && !e.cue.positive) s -= 10;
    return s;
  }

  // The nearest block ancestor-or-self.
  int BlockOf(int e) const {
    while (e >= 0 && !elems_[e].block) e = elems_[e].parent;
    return e;
  }

  void Score() {
    for (Elem& e : elems_) e.mass = 0;
    for (const Seg& s : segs_) {
      if (blocked_[s.owner] || s.chars < 25) continue;
      if (s.link_chars * 2 > s.chars) continue;
      double content = 1.0 + s.commas + std::min(s.chars / 100.0, 3.0);
      elems_[s.owner].mass += content;
      int start = s.owner;
      // A leaf paragraph scores its container, as an inline-only div does.
      if (!elems_[start].has_block_child && elems_[start].parent >= 0) start = BlockOf(elems_[start].parent);
      int level = 0;
      for (int e = start; e >= 0 && level < 5; e = BlockOf(elems_[e].parent), ++level) {
        Elem& el = elems_[e];
        if (!el.scored) {
          el.scored = true;
          el.score = InitialScore(el);
        }
        double div = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
        el.score += content / div;
        if (el.parent < 0) break;
      }
    }
    for (size_t i = elems_.size(); i-- > 0;)
      if (elems_[i].parent >= 0) elems_[elems_[i].parent].mass += elems_[i].mass;
  }

  void ChooseRegion() {
    top_ = -1;
    double best = -1e18;
    for (size_t i = 0; i < elems_.size(); ++i) {
      Elem& e = elems_[i];
      if (!e.scored || blocked_[i]) continue;
      double f = e.score * (1.0 - LinkDensity(e));
      e.score = f;
      if (f > best) {
        best = f;
        top_ = static_cast<int>(i);
      }
    }
    roots_.clear();
    parent_ = -1;
    sibling_roots_ = 0;
    if (top_ < 0) {
      // No paragraph anywhere: fall back to <body>.
      for (size_t i = 0; i < elems_.size(); ++i)
        if (elems_[i].tag == GUMBO_TAG_BODY) top_ = static_cast<int>(i);
      if (top_ < 0 && !elems_.empty()) top_ = 0;
      if (top_ >= 0) roots_.push_back(top_);
      return;
    }
    double top_score = elems_[top_].score;
    // When several of the best candidates sit under one ancestor (an article
    // cut into sections), the ancestor is the container.
    {
      std::vector<int> alts;
      for (size_t i = 0; i < elems_.size(); ++i)
        if (static_cast<int>(i) != top_ && elems_[i].scored && !blocked_[i] && elems_[i].score >= 0.75 * top_score)
          alts.push_back(static_cast<int>(i));
      std::sort(alts.begin(), alts.end(), [&](int a, int b) { return elems_[a].score > elems_[b].score; });
      if (alts.size() > 4) alts.resize(4);
      if (alts.size() >= 2) {
        for (int p = elems_[top_].parent; p >= 0; p = elems_[p].parent) {
          if (elems_[p].tag == GUMBO_TAG_BODY || elems_[p].tag == GUMBO_TAG_HTML || blocked_[p]) break;
          int inside = 0;
          for (int a : alts) inside += Inside(a, p) ? 1 : 0;
          if (inside >= std::min<int>(3, static_cast<int>(alts.size()))) {
            top_ = p;
            break;
          }
        }
      }
    }
    // Climb while the parent holds little more text than the candidate: the
    // candidate is then its parent's only content.
    while (true) {
      int p = BlockOf(elems_[top_].parent);
      if (p < 0 || elems_[p].tag == GUMBO_TAG_BODY || elems_[p].tag == GUMBO_TAG_HTML || blocked_[p]) break;
      if (elems_[p].chars > elems_[top_].chars * 1.05 + 20) break;
      top_ = p;
    }
    // Climb to an <article>/<main>/articleBody ancestor when it adds little
    // link text: the semantic container is the better boundary.
    for (int p = elems_[top_].parent; p >= 0; p = elems_[p].parent) {
      const Elem& e = elems_[p];
      if (e.tag == GUMBO_TAG_BODY || blocked_[p]) break;
      if (e.cue.strong_positive) {
        uint32_t extra = e.chars - elems_[top_].chars;
        uint32_t extra_links = e.link_chars - elems_[top_].link_chars;
        if (extra < elems_[top_].chars && extra_links * 2 < extra + 1) top_ = p;
        break;
      }
    }
    double threshold = std::max(10.0, top_score * 0.2);
    double top_mass = elems_[top_].mass;
    int parent = elems_[top_].parent;
    if (parent < 0) {
      roots_.push_back(top_);
      return;
    }
    // Siblings of the chosen container: element children of the parent.
    const char* top_class = Attr(elems_[top_].node->v.element, "class");
    for (int c = parent + 1; c < elems_[parent].end; c = elems_[c].end) {
      if (c == top_) {
        roots_.push_back(c);
        continue;
      }
      const Elem& s = elems_[c];
      if (blocked_[c] || honoured_[c] || s.chars == 0) continue;
      double bonus = 0;
      const char* cls = Attr(s.node->v.element, "class");
      if (top_class && cls && *top_class && std::strcmp(cls, top_class) == 0) bonus = top_score * 0.2;
      bool include = (s.scored && s.score + bonus >= threshold) ||
                     (s.mass >= std::max(3.0, 0.2 * top_mass) && LinkDensity(s) < 0.33);
      if (!include && (s.tag == GUMBO_TAG_P || !s.has_block_child)) {
        double ld = LinkDensity(s);
        if (s.chars > 80 && ld < 0.25) include = true;
        else if (s.chars > 0 && s.chars <= 80 && ld == 0 && s.commas + 1 > 0 && s.segs == 1) {
          // A short paragraph counts when it ends like a sentence.
          for (const Seg& g : segs_)
            if (Inside(g.owner, c) && EndsLikeSentence(g.text)) include = true;
        }
      }
      if (include) roots_.push_back(c);
    }
    // Text owned directly by the parent between included siblings.
    parent_ = parent;
    sibling_roots_ = roots_.size();
    JoinNearbyParagraphs();
  }

  // An article is often split over sibling containers that do not score as
  // one (a lead paragraph in the header block, the text cut by an ad or a
  // teaser box). Paragraphs near the chosen container join it one by one
  // when they read as prose (50+ characters, few links, a final stop) and
  // nothing around them says boilerplate: they sit at most kJoinLevels levels
  // above the container, no honoured cue lies between them and the nearest
  // ancestor they share with it, and the branch holding them there is not
  // mostly links. Only paragraphs before the container's last segment join
  // (leads, parts between joined blocks): after its end come the bios,
  // teasers and notices.
  void JoinNearbyParagraphs() {
    std::vector<int> ancestors;  // the container's parent, grandparent, ...
    for (int a = elems_[top_].parent; a >= 0 && ancestors.size() < kJoinLevels; a = elems_[a].parent) {
      if (elems_[a].tag == GUMBO_TAG_BODY || elems_[a].tag == GUMBO_TAG_HTML || blocked_[a]) break;
      ancestors.push_back(a);
    }
    if (ancestors.empty()) return;
    const int scope = ancestors.back();
    // The container's last segment: paragraphs after it do not join.
    size_t last = 0;
    for (size_t i = segs_.size(); i-- > 0 && last == 0;)
      for (int r : roots_)
        if (Inside(segs_[i].owner, r)) last = i;
    std::vector<int> added;
    for (size_t i = 0; i < last; ++i) {
      const Seg& s = segs_[i];
      const int o = s.owner;
      if (!Inside(o, scope) || blocked_[o]) continue;
      if (s.chars < kJoinMinChars || s.link_chars * 5 > s.chars || !EndsLikeSentence(s.text)) continue;
      // Pre-order: a segment inside a joined paragraph follows it directly.
      if (!added.empty() && Inside(o, added.back())) continue;
      bool in_region = false;
      for (int r : roots_)
        if (Inside(o, r)) in_region = true;
      if (in_region) continue;
      // The branch: the child of the nearest listed ancestor that holds it.
      int lca = -1;
      for (int a : ancestors)
        if (Inside(o, a)) {
          lca = a;
          break;
        }
      bool cued = false;
      int branch = o;
      for (int e = o; e >= 0 && e != lca; e = elems_[e].parent) {
        if (honoured_[e]) cued = true;
        branch = e;
      }
      if (cued || LinkDensity(elems_[branch]) > kJoinMaxBranchLinks) continue;
      added.push_back(o);
    }
    roots_.insert(roots_.end(), added.begin(), added.end());
  }

  static constexpr size_t kJoinLevels = 4;
  static constexpr uint32_t kJoinMinChars = 50;
  static constexpr double kJoinMaxBranchLinks = 0.33;

  bool InRegion(const Seg& s) const {
    for (int r : roots_)
      if (Inside(s.owner, r)) return true;
    if (parent_ >= 0 && s.owner == parent_ && sibling_roots_ > 1) return true;
    return false;
  }

  // Why a segment inside the region is boilerplate (kNone when it is body).
  uint8_t RegionCue(const Seg& s, int region_root, uint32_t region_chars) const {
    for (int e = s.owner; e >= 0; e = elems_[e].parent) {
      const Elem& el = elems_[e];
      if (honoured_[e]) {
        if (el.cue.strength == kStrong && e != region_root) return el.cue.kind != kNone ? el.cue.kind : static_cast<uint8_t>(kOther);
        if (el.cue.strength == kWeak && e != region_root && el.chars * 4 < region_chars) return el.cue.kind;
      }
      if (e == region_root) break;
    }
    return kNone;
  }

  void Filter() {
    verdict_.assign(segs_.size(), kNone);
    in_region_.assign(segs_.size(), false);
    uint32_t region_chars = 0;
    for (int r : roots_) region_chars += elems_[r].chars;
    for (size_t i = 0; i < segs_.size(); ++i) {
      const Seg& s = segs_[i];
      if (!InRegion(s)) continue;
      if (s.owner == parent_ && parent_ >= 0) {
        // Parent-owned text must sit between included siblings and read as prose.
        if (s.link_chars * 2 > s.chars || s.chars < 25) continue;
      }
      in_region_[i] = true;
      int root = -1;
      for (int r : roots_)
        if (Inside(s.owner, r)) root = r;
      if (root >= 0) verdict_[i] = RegionCue(s, root, region_chars);
    }
    // Lexicon phrases; a "tail" heading removes what follows while it looks
    // like link lists or teasers.
    bool in_tail = false;
    for (size_t i = 0; i < segs_.size(); ++i) {
      if (!in_region_[i] || verdict_[i] != kNone) continue;
      const Seg& s = segs_[i];
      if (in_tail) {
        // Two link-free prose paragraphs in a row: the article goes on (a
        // "Read more" box inside it), teasers alternate titles and blurbs.
        if (s.chars < 200 && PlainProse(s)) {
          size_t j = i + 1;
          while (j < segs_.size() && (!in_region_[j] || verdict_[j] != kNone)) ++j;
          if (j < segs_.size() && PlainProse(segs_[j])) in_tail = false;
        }
        if (in_tail && (s.chars < 200 || s.link_chars * 2 > s.chars)) {
          verdict_[i] = kTeaser;
          continue;
        }
        in_tail = false;
      }
      if (s.chars <= 300) {
        std::string key = BlockKey(s.text);
        auto hit = lex_.MatchKey(key, s.chars);
        if (hit) {
          verdict_[i] = KindFromName(hit->kind);
          if (hit->mode == LexiconMode::kTail) in_tail = true;
          continue;
        }
        if (HasNoLetters(s.text) && s.chars < 20) {
          verdict_[i] = kOther;
          continue;
        }
        // Labels run together by line breaks ("Rezept drucken<br>Pinnen",
        // "No ratings yet<br>Loading..."): most lines are lexicon phrases.
        if (auto kind = MostLinesMatch(s.text)) {
          verdict_[i] = *kind;
          continue;
        }
      }
    }
    // After the last real paragraph, short lines that do not read as
    // sentences are bylines, dates, tags and "share" labels.
    int last_prose = -1;
    for (size_t k = 0; k < segs_.size(); ++k)
      if (in_region_[k] && verdict_[k] == kNone && segs_[k].chars >= 120 && !LinkHeavy(segs_[k]))
        last_prose = static_cast<int>(k);
    if (last_prose >= 0) {
      for (size_t k = last_prose + 1; k < segs_.size(); ++k) {
        const Seg& s = segs_[k];
        if (!in_region_[k] || verdict_[k] != kNone || s.tag == GUMBO_TAG_LI || s.tag == GUMBO_TAG_TD) continue;
        // Short questions and exclamations there are calls to action
        // ("Schon gelesen?", "Share this article!"). An exclamation of four
        // or more words without links reads as the author's closing line
        // ("Be there or be square!", "Thanks for all the fish!"): the calls
        // that are phrased like that carry a lexicon phrase, matched above.
        std::string_view t = TrimView(s.text);
        bool call = !t.empty() && (t.back() == '?' || t.back() == '!');
        if (call && t.back() == '!' && s.link_chars == 0 && CountWords(t) >= 4) call = false;
        if (s.chars < 60 && (!EndsLikeSentence(s.text) || call)) verdict_[k] = kOther;
      }
    }
    // Before the first real paragraph, short lines holding digits and no
    // sentence are datelines and bylines ("31. Mai 2012", "May 19, 2020").
    for (size_t k = 0; k < segs_.size(); ++k) {
      if (!in_region_[k] || verdict_[k] != kNone) continue;
      const Seg& s = segs_[k];
      if (s.chars >= 120 && !LinkHeavy(s)) break;
      bool digit = s.text.find_first_of("0123456789") != std::string::npos;
      if (digit && !IsHeading(s.tag) && s.tag != GUMBO_TAG_LI && s.chars < 40 && !EndsLikeSentence(s.text))
        verdict_[k] = kOther;
    }
    // Runs of link-dense segments are menus or teaser lists.
    size_t i = 0;
    while (i < segs_.size()) {
      if (!in_region_[i] || verdict_[i] != kNone || !LinkHeavy(segs_[i])) {
        ++i;
        continue;
      }
      size_t j = i;
      size_t run = 0;
      while (j < segs_.size() && (!in_region_[j] || verdict_[j] != kNone || LinkHeavy(segs_[j]))) {
        if (in_region_[j] && verdict_[j] == kNone) ++run;
        ++j;
      }
      for (size_t k = i; k < j; ++k) {
        if (!in_region_[k] || verdict_[k] != kNone) continue;
        const Seg& s = segs_[k];
        bool fully = s.link_chars >= s.chars * 0.9;
        if (run >= 3 || (fully && s.chars < 40 && !EndsLikeSentence(s.text) && !LooksLikeAddress(s.text)))
          verdict_[k] = s.chars >= 40 ? kRelated : kNavigation;
      }
      i = j;
    }
    // A short paragraph that is mostly one link, alone between prose, is a
    // teaser for another page ("Read also: <title>", "MIRA: <title>",
    // ">> <title> <<"), whatever language labels it. List items (link lists
    // that are the article's sources), headings (the article's own linked
    // headline, linked section titles), addresses written out as the link's
    // text and paragraphs cut into lines stay.
    for (size_t k = 0; k < segs_.size(); ++k) {
      if (!in_region_[k] || verdict_[k] != kNone) continue;
      const Seg& s = segs_[k];
      if (!LinkHeavy(s) || s.chars > kTeaserMaxChars || s.tag == GUMBO_TAG_LI || IsHeading(s.tag)) continue;
      // Lines broken inside the paragraph are a list (dates and titles).
      if (LooksLikeAddress(s.text) || s.text.find('\n') != std::string::npos) continue;
      verdict_[k] = kTeaser;
    }
    CutTailAfterBoilerplate();
    DropTrailingIntroductions();
    DropLabelsAboveTheHeadline();
  }

  // Short lines just above the headline (<h1> among the first few kept
  // segments) are kickers, section names and widget labels ("Politik",
  // "Eilmeldung", "Merken"); a line there that ends like a sentence stays.
  void DropLabelsAboveTheHeadline() {
    std::vector<size_t> kept;
    for (size_t k = 0; k < segs_.size() && kept.size() <= kHeadlineWithin; ++k)
      if (in_region_[k] && verdict_[k] == kNone) kept.push_back(k);
    for (size_t h = 1; h < kept.size() && h <= kHeadlineWithin; ++h) {
      if (segs_[kept[h]].tag != GUMBO_TAG_H1) continue;
      for (size_t i = 0; i < h; ++i) {
        const Seg& s = segs_[kept[i]];
        if (s.chars < kLabelMaxChars && !EndsLikeSentence(s.text)) verdict_[kept[i]] = kOther;
      }
      return;
    }
  }

  static constexpr size_t kHeadlineWithin = 3;
  static constexpr uint32_t kLabelMaxChars = 80;

  static constexpr uint32_t kTeaserMaxChars = 130;

  // The kind of the first matching line when more than half of the lines of
  // a segment cut by line breaks match the lexicon.
  std::optional<uint8_t> MostLinesMatch(std::string_view text) const {
    if (text.find('\n') == std::string_view::npos) return std::nullopt;
    size_t lines = 0, matched = 0;
    std::optional<uint8_t> kind;
    size_t pos = 0;
    while (pos <= text.size()) {
      size_t nl = text.find('\n', pos);
      if (nl == std::string_view::npos) nl = text.size();
      std::string_view line = TrimView(text.substr(pos, nl - pos));
      pos = nl + 1;
      if (line.empty()) continue;
      ++lines;
      if (auto hit = lex_.Match(line)) {
        ++matched;
        if (!kind) kind = KindFromName(hit->kind);
      }
    }
    if (matched * 2 > lines) return kind;
    return std::nullopt;
  }

  // A paragraph of 100+ characters without links that ends like a sentence.
  static bool PlainProse(const Seg& s) { return s.link_chars == 0 && s.chars >= 100 && EndsLikeSentence(s.text); }

  // A heading or a line ending in a colon introduces what follows it; when
  // nothing of the body follows (the list, form or gallery it introduced was
  // removed), it belongs to that removed block ("Weitere Informationen",
  // "More from this column:", "Downloads"). Up to three such lines at the
  // end of the body go; a heading that reads as a sentence (a pull quote)
  // stays.
  void DropTrailingIntroductions() {
    std::vector<size_t> kept;
    for (size_t k = 0; k < segs_.size(); ++k)
      if (in_region_[k] && verdict_[k] == kNone) kept.push_back(k);
    size_t n = 0;
    while (n < kTrailingIntroMax && n + 1 < kept.size()) {
      const Seg& s = segs_[kept[kept.size() - 1 - n]];
      std::string_view t = TrimView(s.text);
      bool colon = !t.empty() && (t.back() == ':' || EndsWith(t, "\xEF\xBC\x9A"));
      bool heading = IsHeading(s.tag) && s.chars < 100 && !t.empty() && t.back() != '.';
      if (!(heading || (colon && s.chars < 80))) break;
      ++n;
    }
    for (size_t i = 0; i < n; ++i) verdict_[kept[kept.size() - 1 - i]] = kOther;
  }

  static constexpr size_t kTrailingIntroMax = 3;

  static bool EndsWith(std::string_view t, std::string_view end) {
    return t.size() >= end.size() && t.compare(t.size() - end.size(), end.size(), end) == 0;
  }

  static bool IsHeading(GumboTag t) {
    return t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4 || t == GUMBO_TAG_H5 ||
           t == GUMBO_TAG_H6;
  }

  // Text that shows a web or mail address ("http://...", "www.x.org", "a@b.c").
  static bool LooksLikeAddress(std::string_view t) {
    return t.find("http://") != std::string_view::npos || t.find("https://") != std::string_view::npos ||
           t.find("www.") != std::string_view::npos || t.find('@') != std::string_view::npos;
  }

  // The article ends at the first block of boilerplate (three or more removed
  // segments in a row: a related list, a newsletter box, a comment section)
  // that comes after most of its text. What the container still holds after
  // that block is the page's tail (author bio, "more stories", notices) when
  // it is at most a fifth of the text before it.
  void CutTailAfterBoilerplate() {
    uint64_t kept = 0;
    for (size_t i = 0; i < segs_.size(); ++i)
      if (in_region_[i] && verdict_[i] == kNone) kept += segs_[i].chars;
    if (kept == 0) return;
    uint64_t before = 0;
    size_t i = 0;
    while (i < segs_.size()) {
      if (!in_region_[i]) {
        ++i;
        continue;
      }
      if (verdict_[i] == kNone) {
        before += segs_[i].chars;
        ++i;
        continue;
      }
      // A run of removed segments (text outside the region does not break it).
      size_t j = i, removed = 0;
      uint64_t removed_chars = 0;
      while (j < segs_.size() && (!in_region_[j] || verdict_[j] != kNone)) {
        if (in_region_[j]) ++removed, removed_chars += segs_[j].chars;
        ++j;
      }
      if (removed >= kTailRunSegments && removed_chars >= kTailRunChars && (kept - before) <= kTailMaxShare * before) {
        for (size_t k = j; k < segs_.size(); ++k)
          if (in_region_[k] && verdict_[k] == kNone) verdict_[k] = kOther;
        return;
      }
      i = j;
    }
  }

  static constexpr size_t kTailRunSegments = 3;
  static constexpr uint64_t kTailRunChars = 60;
  static constexpr double kTailMaxShare = 0.2;

  // Developer aid (DRAGOMAN_EXTRACT_TRACE=1): the chosen container and every
  // segment's verdict on stderr.
  void Trace() const {
    const bool full = std::string_view(std::getenv("DRAGOMAN_EXTRACT_TRACE")) == "2";
    auto name = [&](int e) {
      std::string n = gumbo_normalized_tagname(elems_[e].tag);
      if (const char* c = Attr(elems_[e].node->v.element, "class")) (n += ".") += std::string(c).substr(0, 40);
      if (const char* c = Attr(elems_[e].node->v.element, "id")) (n += "#") += std::string(c).substr(0, 30);
      return n;
    };
    std::fprintf(stderr, "top %d %s score %.1f chars %u; roots:", top_, top_ >= 0 ? name(top_).c_str() : "-",
                 top_ >= 0 ? elems_[top_].score : 0.0, top_ >= 0 ? elems_[top_].chars : 0);
    for (int r : roots_) std::fprintf(stderr, " %d:%s", r, name(r).c_str());
    std::fprintf(stderr, "\n");
    std::vector<int> cands;
    for (size_t i = 0; i < elems_.size(); ++i)
      if (elems_[i].scored) cands.push_back(static_cast<int>(i));
    std::sort(cands.begin(), cands.end(), [&](int a, int b) { return elems_[a].score > elems_[b].score; });
    for (size_t k = 0; k < cands.size() && k < 6; ++k)
      std::fprintf(stderr, "  cand %d %s score %.1f chars %u blocked %d\n", cands[k], name(cands[k]).c_str(),
                   elems_[cands[k]].score, elems_[cands[k]].chars, int(blocked_[cands[k]]));
    for (size_t i = 0; i < segs_.size(); ++i) {
      const Seg& s = segs_[i];
      std::string owner = name(s.owner);
      int blk = -1;
      for (int e = s.owner; e >= 0; e = elems_[e].parent)
        if (honoured_[e]) { blk = e; break; }
      // up: steps from the chosen container to the nearest ancestor holding the segment.
      int up = 0;
      if (top_ >= 0)
        for (int a = top_; a >= 0 && !Inside(s.owner, a); a = elems_[a].parent) ++up;
      std::fprintf(stderr, "%4zu %c %-9s %-40.40s ch=%-4u ld=%.2f up=%d cue=%s | %.*s\n", i, in_region_[i] ? 'R' : '.',
                   in_region_[i] ? (verdict_[i] == kNone ? "BODY" : KindName(verdict_[i])) : "-", owner.c_str(),
                   s.chars, s.chars ? double(s.link_chars) / s.chars : 0.0, up, blk >= 0 ? name(blk).c_str() : "",
                   full ? static_cast<int>(s.text.size()) : 70, s.text.c_str());
    }
  }

  static bool LinkHeavy(const Seg& s) { return s.link_chars * 2 > s.chars; }

  static uint8_t KindFromName(const std::string& k) {
    if (k == "breadcrumb") return kBreadcrumb;
    if (k == "navigation") return kNavigation;
    if (k == "related") return kRelated;
    if (k == "teaser") return kTeaser;
    if (k == "caption") return kCaption;
    if (k == "share") return kShare;
    if (k == "comment-count") return kComment;
    return kOther;
  }

  std::string KindText(uint8_t verdict, const Seg& s) const {
    (void)s;
    return KindName(verdict);
  }

  void AddBoilerplate(HtmlBody& out, const std::string& kind, const std::string& text, int group) {
    if (text.empty()) return;
    if (!out.boilerplate.empty() && last_group_ == group && out.boilerplate.back().kind == kind) {
      std::string& t = out.boilerplate.back().text;
      if (t.size() < opt_.max_block_bytes) {
        t += '\n';
        t += text;
        Cut(t);
      }
      return;
    }
    if (out.boilerplate.size() >= opt_.max_blocks) return;
    std::string t = text;
    Cut(t);
    out.boilerplate.push_back({t, kind});
    last_group_ = group;
  }

  void Cut(std::string& t) const {
    if (t.size() <= opt_.max_block_bytes) return;
    size_t n = opt_.max_block_bytes;
    while (n > 0 && (static_cast<unsigned char>(t[n]) & 0xC0) == 0x80) --n;
    t.resize(n);
    t += "\xE2\x80\xA6";
  }

  // The outermost honoured cue above a segment outside the region (its group
  // and kind), or the segment's own block.
  std::pair<int, uint8_t> OutsideGroup(const Seg& s) const {
    int group = -1;
    uint8_t kind = kNone;
    for (int e = s.owner; e >= 0; e = elems_[e].parent) {
      if (honoured_[e] && elems_[e].cue.kind != kNone) group = e, kind = elems_[e].cue.kind;
    }
    if (group < 0) {
      group = -2 - s.owner;
      kind = LinkHeavy(s) ? kNavigation : kOther;
    }
    return {group, kind};
  }

  void Assemble(HtmlBody& out) {
    int prev_list = -2;
    last_group_ = -1;
    for (size_t i = 0; i < segs_.size(); ++i) {
      const Seg& s = segs_[i];
      if (in_region_[i] && verdict_[i] == kNone) {
        if (!out.text.empty()) out.text += (s.list >= 0 && s.list == prev_list) ? "\n" : "\n\n";
        out.text += s.text;
        prev_list = s.list;
        last_group_ = -1;
        continue;
      }
      if (in_region_[i]) {
        AddBoilerplate(out, KindName(verdict_[i]), s.text, -1000000 - static_cast<int>(verdict_[i]));
      } else {
        auto [group, kind] = OutsideGroup(s);
        AddBoilerplate(out, KindName(kind), s.text, group);
      }
    }
  }

  std::vector<Elem>& elems_;
  std::vector<Seg>& segs_;
  const BoilerplateLexicon& lex_;
  const HtmlBodyOptions& opt_;
  uint64_t total_chars_ = 0;
  int level_ = 0;
  bool aggregated_ = false;
  std::vector<bool> honoured_, blocked_, in_region_;
  std::vector<uint8_t> verdict_;
  std::vector<int> roots_;
  int top_ = -1;
  int parent_ = -1;
  size_t sibling_roots_ = 0;  // roots_ before nearby paragraphs joined
  int last_group_ = -1;
};

// Whether the body has any prose: one non-link paragraph of 40+ characters,
// or 100+ characters in all.
bool HasProse(const std::string& text) {
  size_t total = CountChars(text);
  if (total >= 100) return true;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t e = text.find("\n\n", pos);
    if (e == std::string::npos) e = text.size();
    if (CountChars(std::string_view(text).substr(pos, e - pos)) >= 40) return true;
    pos = e + 2;
  }
  return false;
}

}  // namespace

Result<HtmlBody> ExtractHtmlBody(const GumboOutput* dom, const BoilerplateLexicon& lexicon,
                                 const HtmlBodyOptions& options) {
  if (!dom || !dom->root) return Status::NoContent("no article found: empty page");
  Segmenter seg;
  seg.Run(dom->root);
  HtmlBody body;
  if (!seg.segs_.empty()) {
    // Believe every cue first; when that leaves almost nothing, the page's
    // class names probably mislead: retry with tag cues only, then none.
    BodyFinder finder(seg, lexicon, options);
    body = finder.Run(0);
    size_t chars = CountChars(body.text);
    for (int level = 1; level <= 2 && chars < 250; ++level) {
      HtmlBody retry = finder.Run(level);
      size_t retry_chars = CountChars(retry.text);
      if (retry_chars > chars && HasProse(retry.text)) {
        body = std::move(retry);
        body.method = level == 1 ? "container-tags" : "container-plain";
        chars = retry_chars;
      }
    }
  }
  // JSON-LD articleBody: the publisher's own statement of the body. Used when
  // the DOM gives much less text (pages that load the body with scripts).
  std::string ld = JsonLdArticleBody(seg.json_scripts_);
  if (!ld.empty()) {
    std::string paras = ArticleBodyParagraphs(ld);
    size_t ld_chars = CountChars(paras);
    size_t dom_chars = CountChars(body.text);
    if (ld_chars >= 200 && dom_chars * 2 < ld_chars) {
      if (!body.text.empty()) body.boilerplate.insert(body.boilerplate.begin(), {body.text, "other"});
      body.text = paras;
      body.method = "json-ld";
    }
  }
  if (body.text.empty() || !HasProse(body.text)) return Status::NoContent("no article found");
  return body;
}

}  // namespace dragoman::extract
