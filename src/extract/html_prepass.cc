#include "extract/html_prepass.h"

#include <charconv>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/libxml_tree.h"

namespace dragoman::extract {
namespace {

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

struct TagEntry {
  std::string_view name;
  unsigned cls;
};

// Every name the pre-pass treats specially, with its classes (the former
// separate lists for void elements, implied ends, "pop until" ends, scope
// boundaries, dropped and raw content, merged). "script" is dropped unless it
// holds JSON-LD: the caller decides.
constexpr TagEntry kTagEntries[] = {
    {"area", kTagVoid}, {"base", kTagVoid}, {"br", kTagVoid}, {"col", kTagVoid}, {"embed", kTagVoid},
    {"hr", kTagVoid}, {"img", kTagVoid}, {"input", kTagVoid}, {"link", kTagVoid}, {"meta", kTagVoid},
    {"param", kTagVoid}, {"source", kTagVoid}, {"track", kTagVoid}, {"wbr", kTagVoid}, {"keygen", kTagVoid},
    {"basefont", kTagVoid}, {"bgsound", kTagVoid}, {"frame", kTagVoid}, {"image", kTagVoid},
    {"spacer", kTagVoid}, {"isindex", kTagVoid}, {"menuitem", kTagVoid},
    {"p", kTagClosesSame}, {"li", kTagClosesSame | kTagClosesOpenDivs},
    {"dt", kTagClosesSame | kTagClosesOpenDivs}, {"dd", kTagClosesSame | kTagClosesOpenDivs},
    {"option", kTagClosesSame}, {"tr", kTagClosesSame | kTagScopeBoundary},
    {"td", kTagClosesSame | kTagScopeBoundary}, {"th", kTagClosesSame | kTagScopeBoundary},
    {"h1", kTagClosesSame}, {"h2", kTagClosesSame}, {"h3", kTagClosesSame}, {"h4", kTagClosesSame},
    {"h5", kTagClosesSame}, {"h6", kTagClosesSame}, {"a", kTagClosesSame}, {"optgroup", kTagClosesSame},
    {"rt", kTagClosesSame}, {"rp", kTagClosesSame},
    {"address", kTagClosesOpenDivs}, {"article", kTagClosesOpenDivs}, {"aside", kTagClosesOpenDivs},
    {"blockquote", kTagClosesOpenDivs}, {"button", kTagClosesOpenDivs}, {"center", kTagClosesOpenDivs},
    {"details", kTagClosesOpenDivs}, {"dialog", kTagClosesOpenDivs}, {"dir", kTagClosesOpenDivs},
    {"dl", kTagClosesOpenDivs}, {"fieldset", kTagClosesOpenDivs}, {"figcaption", kTagClosesOpenDivs},
    {"figure", kTagClosesOpenDivs}, {"footer", kTagClosesOpenDivs}, {"form", kTagClosesOpenDivs},
    {"header", kTagClosesOpenDivs}, {"hgroup", kTagClosesOpenDivs}, {"main", kTagClosesOpenDivs},
    {"menu", kTagClosesOpenDivs}, {"nav", kTagClosesOpenDivs}, {"ol", kTagClosesOpenDivs},
    {"section", kTagClosesOpenDivs}, {"summary", kTagClosesOpenDivs}, {"ul", kTagClosesOpenDivs},
    {"table", kTagScopeBoundary}, {"tbody", kTagScopeBoundary}, {"thead", kTagScopeBoundary},
    {"tfoot", kTagScopeBoundary}, {"caption", kTagScopeBoundary}, {"html", kTagScopeBoundary},
    {"body", kTagScopeBoundary}, {"object", kTagScopeBoundary | kTagDropped},
    {"marquee", kTagScopeBoundary}, {"applet", kTagScopeBoundary},
    {"template", kTagScopeBoundary | kTagDropped}, {"select", kTagScopeBoundary},
    {"style", kTagDropped}, {"noscript", kTagDropped}, {"svg", kTagDropped}, {"math", kTagDropped},
    {"iframe", kTagDropped}, {"noembed", kTagDropped}, {"noframes", kTagDropped},
    {"script", kTagDropped | kTagRaw}, {"textarea", kTagRaw}, {"title", kTagRaw}, {"xmp", kTagRaw},
    {"div", kTagDiv},
};

constexpr size_t kMaxTagLen = 10;  // "blockquote", "figcaption"
constexpr size_t kTagBuckets = (kMaxTagLen + 1) * 26;

// The entries bucketed by (length, first letter), built at compile time:
// bucket b is order[begin[b]] .. order[begin[b + 1]].
struct TagTable {
  unsigned char begin[kTagBuckets + 1] = {};
  unsigned char order[std::size(kTagEntries)] = {};
  constexpr TagTable() {
    size_t n = 0;
    for (size_t b = 0; b < kTagBuckets; ++b) {
      begin[b] = static_cast<unsigned char>(n);
      for (size_t e = 0; e < std::size(kTagEntries); ++e) {
        std::string_view nm = kTagEntries[e].name;
        if (nm.size() * 26 + static_cast<size_t>(nm[0] - 'a') == b) order[n++] = static_cast<unsigned char>(e);
      }
    }
    begin[kTagBuckets] = static_cast<unsigned char>(n);
  }
};
constexpr TagTable kTagTable;

// Whether a <div> is open above stack[k - 1] (the element being closed) with
// no scope boundary between.
bool NeedsExplicitEnds(const std::vector<std::string>& stack, size_t k) {
  bool div = false;
  for (size_t j = k; j < stack.size(); ++j) {
    unsigned c = ClassifyTag(stack[j]);
    if (c & kTagScopeBoundary) return false;
    div = div || (c & kTagDiv);
  }
  return div;
}

// The named character references HTML5 decodes in text without their ';'
// (the Latin-1 set of HTML 2/3.2). libxml2 decodes them only with it.
constexpr std::string_view kLegacyEntities[] = {
    "AElig", "Aacute", "Acirc", "Agrave", "Aring", "Atilde", "Auml", "Ccedil", "ETH", "Eacute", "Ecirc",
    "Egrave", "Euml", "Iacute", "Icirc", "Igrave", "Iuml", "Ntilde", "Oacute", "Ocirc", "Ograve", "Oslash",
    "Otilde", "Ouml", "THORN", "Uacute", "Ucirc", "Ugrave", "Uuml", "Yacute", "aacute", "acirc", "acute",
    "aelig", "agrave", "amp", "aring", "atilde", "auml", "brvbar", "ccedil", "cedil", "cent", "copy", "curren",
    "deg", "divide", "eacute", "ecirc", "egrave", "eth", "euml", "frac12", "frac14", "frac34", "gt", "iacute",
    "icirc", "iexcl", "igrave", "iquest", "iuml", "laquo", "lt", "macr", "micro", "middot", "nbsp", "not",
    "ntilde", "oacute", "ocirc", "ograve", "ordf", "ordm", "oslash", "otilde", "ouml", "para", "plusmn",
    "pound", "quot", "raquo", "reg", "sect", "shy", "sup1", "sup2", "sup3", "szlig", "thorn", "times",
    "uacute", "ucirc", "ugrave", "uml", "uuml", "yacute", "yen", "yuml"};

// Appends text, writing the ';' after a legacy reference that lacks it
// ("&nbsp" -> "&nbsp;", "&copy2024" -> "&copy;2024"), the longest name
// winning, as HTML5 reads text. A reference that has its ';' is left alone.
void AppendText(std::string_view text, std::string& out) {
  size_t from = 0;
  for (size_t amp = text.find('&'); amp != std::string_view::npos; amp = text.find('&', amp + 1)) {
    std::string_view rest = text.substr(amp + 1);
    size_t run = 0;  // a whole name with its ';' ("&notin;") is the parser's
    while (run < rest.size() && ((rest[run] >= 'a' && rest[run] <= 'z') || (rest[run] >= 'A' && rest[run] <= 'Z') ||
                                 (rest[run] >= '0' && rest[run] <= '9')))
      ++run;
    if (run == 0 || (run < rest.size() && rest[run] == ';')) continue;
    size_t best = LegacyEntityPrefix(rest);
    if (best == 0) continue;
    size_t end = amp + 1 + best;
    out.append(text.data() + from, end - from);
    out += ';';
    from = end;
  }
  out.append(text.data() + from, text.size() - from);
}

// Whether a text run that is not all white space may still read as blank:
// when it holds a reference or a control byte (which libxml2 drops).
bool MayReadAsBlank(std::string_view t) {
  for (char ch : t) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == '&' || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')) return true;
  }
  return false;
}

// Appends raw content (a <title>'s, a <textarea>'s) with the table's marks,
// if the page has them, replaced by U+FFFD.
void AppendRaw(std::string_view raw, std::string& out) {
  size_t from = 0;
  for (size_t m = raw.find("\xEF\xB7"); m != std::string_view::npos; m = raw.find("\xEF\xB7", m + 1)) {
    if (m + 2 >= raw.size() || (raw[m + 2] != '\x90' && raw[m + 2] != '\x91')) continue;
    out.append(raw.data() + from, m - from);
    out += "\xEF\xBF\xBD";
    from = m + 3;
  }
  out.append(raw.data() + from, raw.size() - from);
}

// Finds the end of the element whose raw content starts at `pos`: the index of
// "</name" (case-insensitive), or npos.
size_t FindEndTag(std::string_view s, size_t pos, std::string_view name) {
  while (true) {
    size_t lt = s.find("</", pos);
    if (lt == std::string_view::npos) return lt;
    size_t i = lt + 2, k = 0;
    while (k < name.size() && i < s.size() && Lower(s[i]) == name[k]) ++i, ++k;
    if (k == name.size() && (i >= s.size() || !((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
                                                 (s[i] >= '0' && s[i] <= '9') || s[i] == '-')))
      return lt;
    pos = lt + 2;
  }
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool AllHtmlSpace(std::string_view t) {
  for (char c : t)
    if (!IsSpace(c)) return false;
  return true;
}

// Whether an inline style may hide its element (the body reader looks for
// display:none and visibility:hidden): it names "none" or "hidden" in any
// case, or holds a character reference that could spell them.
bool StyleMayHide(std::string_view v) {
  for (size_t i = 0; i < v.size(); ++i) {
    char c = Lower(v[i]);
    if (c == '&') return true;
    if (c == 'n' && i + 4 <= v.size() && Lower(v[i + 1]) == 'o' && Lower(v[i + 2]) == 'n' && Lower(v[i + 3]) == 'e')
      return true;
    if (c == 'h' && i + 6 <= v.size() && Lower(v[i + 1]) == 'i' && Lower(v[i + 2]) == 'd' &&
        Lower(v[i + 3]) == 'd' && Lower(v[i + 4]) == 'e' && Lower(v[i + 5]) == 'n')
      return true;
  }
  return false;
}

// Attributes the extractor and the metadata reader read, on the elements
// they read them on; the rest (srcset, inline handlers, data-* blobs, aria-*,
// the href of every link, image sources) only costs parsing time.
bool KeepAttribute(std::string_view elem, std::string_view n, std::string_view value) {
  auto any = [n](std::initializer_list<std::string_view> names) {
    for (std::string_view k : names)
      if (n == k) return true;
    return false;
  };
  if (n.size() > 5 && n.compare(0, 5, "data-") == 0) {
    return n.find("date") != std::string_view::npos || n.find("time") != std::string_view::npos ||
           n.find("publish") != std::string_view::npos || n.find("author") != std::string_view::npos;
  }
  switch (n.size()) {  // by length, then the names of that length
    case 2: return n == "id";
    case 3: return n == "rel" && (elem == "a" || elem == "link");
    case 4:
      if (n == "role") return true;
      if (n == "href") return elem == "link";                        // <link rel=canonical>
      if (n == "type") return elem == "script";                      // JSON-LD
      if (n == "name") return elem == "meta";
      if (n == "lang") return elem == "html";
      return false;
    case 5:
      if (n == "class") return true;
      if (n == "title") return elem == "abbr";                       // <abbr class=published title=...>
      if (n == "value") return elem == "meta";
      if (n == "style") return StyleMayHide(value);                  // display:none, visibility:hidden
      return false;
    case 6: return n == "hidden";
    case 7: return any({"content", "pubdate"});
    case 8: return any({"itemprop", "itemtype", "datetime", "property"});  // property: also RDFa, anywhere
    case 10: return n == "http-equiv" && elem == "meta";
    default: break;
  }
  return false;
}

void AppendIndex(size_t i, std::string& out) {
  char digits[24];
  out.append(digits, std::to_chars(digits, digits + sizeof digits, i).ptr);
}

// What ScanTag learns about a tag besides its name.
struct TagInfo {
  bool self_closing = false;
  bool typed = false;          // has a type attribute
  bool json_type = false;      // type mentions json (any case)
  bool ld_json = false;        // type mentions ld+json
  bool template_type = false;  // type mentions template
};

bool ContainsNoCase(std::string_view hay, std::string_view lower_needle) {
  for (size_t i = 0; i + lower_needle.size() <= hay.size(); ++i) {
    size_t k = 0;
    while (k < lower_needle.size() && Lower(hay[i + k]) == lower_needle[k]) ++k;
    if (k == lower_needle.size()) return true;
  }
  return false;
}

// Scans a tag from s[pos] == '<' to just past its '>', as the HTML tokenizer
// does (quotes open a value only after '='). Fills `name` (lower case) and
// `info`. Writes the tag to `out` with only the attributes KeepAttribute()
// names, huge data: URIs shortened; with a table, each kept value goes there
// and the tag gets its index. End tags get no attributes.
size_t ScanTag(std::string_view s, size_t pos, std::string& name, TagInfo& info, std::string* out,
               TextTable* table, PrepassStats& st) {
  size_t i = pos + 1;
  bool end_tag = false;
  if (i < s.size() && s[i] == '/') {
    end_tag = true;
    ++i;
  }
  size_t name_start = i;
  name.clear();
  while (i < s.size() && s[i] != '>' && s[i] != '/' && !IsSpace(s[i])) name += Lower(s[i++]);
  info = TagInfo();
  if (out) {
    *out += end_tag ? "</" : "<";
    out->append(s.data() + name_start, i - name_start);
  }
  std::string attr;
  while (i < s.size() && s[i] != '>') {
    if (IsSpace(s[i])) {
      ++i;
      continue;
    }
    if (s[i] == '/') {
      if (i + 1 < s.size() && s[i + 1] == '>') info.self_closing = true;
      ++i;
      continue;
    }
    // Attribute name.
    size_t an = i;
    attr.clear();
    while (i < s.size() && !IsSpace(s[i]) && s[i] != '>' && s[i] != '/' && (s[i] != '=' || i == an))
      attr += Lower(s[i++]);
    size_t an_end = i;
    size_t k = i;
    while (k < s.size() && IsSpace(s[k])) ++k;
    std::string_view value;
    bool has_value = false;
    char quote = 0;
    if (k < s.size() && s[k] == '=') {
      has_value = true;
      ++k;
      while (k < s.size() && IsSpace(s[k])) ++k;
      if (k < s.size() && (s[k] == '"' || s[k] == '\'')) {
        quote = s[k];
        size_t close = s.find(quote, k + 1);
        if (close == std::string_view::npos) close = s.size();
        value = s.substr(k + 1, close - k - 1);
        i = close < s.size() ? close + 1 : s.size();
      } else {
        size_t e = k;
        while (e < s.size() && !IsSpace(s[e]) && s[e] != '>') ++e;
        value = s.substr(k, e - k);
        i = e;
      }
    }
    if (attr == "type" && !info.typed) {
      info.typed = true;
      if (value.size() < 64) {
        info.json_type = ContainsNoCase(value, "json");
        info.ld_json = ContainsNoCase(value, "ld+json");
        info.template_type = ContainsNoCase(value, "template");
      }
    }
    if (!out || end_tag || !KeepAttribute(name, attr, value)) continue;
    *out += ' ';
    out->append(s.data() + an, an_end - an);
    if (!has_value) continue;
    bool data_uri = value.size() > 2048 && Lower(value[0]) == 'd' && Lower(value[1]) == 'a' &&
                    Lower(value[2]) == 't' && Lower(value[3]) == 'a' && value[4] == ':';
    if (data_uri) {
      ++st.shortened_uris;
      value = "data:,";
    }
    if (table) {  // the value goes by its index
      *out += "=\"";
      AppendIndex(table->size(), *out);
      *out += '"';
      table->push_back(value);
      continue;
    }
    char q = quote ? quote : '"';
    if (!quote && value.find('"') != std::string_view::npos) q = '\'';
    *out += '=';
    *out += q;
    out->append(value.data(), value.size());
    *out += q;
  }
  size_t end = i < s.size() ? i + 1 : s.size();
  if (out) *out += info.self_closing ? "/>" : ">";
  return end;
}

}  // namespace

unsigned ClassifyTag(std::string_view n) {
  if (n.empty() || n.size() > kMaxTagLen || n[0] < 'a' || n[0] > 'z') return 0;
  size_t b = n.size() * 26 + static_cast<size_t>(n[0] - 'a');
  for (size_t i = kTagTable.begin[b]; i < kTagTable.begin[b + 1]; ++i) {
    const TagEntry& e = kTagEntries[kTagTable.order[i]];
    size_t k = 1;  // same length and first letter: compare the rest, no memcmp call
    while (k < n.size() && e.name[k] == n[k]) ++k;
    if (k == n.size()) return e.cls;
  }
  return 0;
}

size_t LegacyEntityPrefix(std::string_view rest) {
  size_t best = 0;
  for (std::string_view e : kLegacyEntities)
    if (e.size() > best && rest.size() >= e.size() && rest.compare(0, e.size(), e) == 0) best = e.size();
  return best;
}

bool ScriptMayCarryDates(std::string_view content) {
  return content.find("ublish") != std::string_view::npos || content.find("ate\"") != std::string_view::npos ||
         content.find("reated") != std::string_view::npos;
}

bool KeepHtmlAttribute(std::string_view element, std::string_view attribute, std::string_view value) {
  return KeepAttribute(element, attribute, value);
}

std::string PrepassHtml(std::string_view s, size_t max_depth, PrepassStats* stats_out, TextTable* table) {
  PrepassStats st;
  std::string out;
  out.reserve(s.size());
  std::vector<std::string> stack;
  std::unordered_map<std::string, size_t> dropped;  // open tags dropped, by name
  std::string name;
  size_t pos = 0;
  // A text run: with a table, one that is not all white space goes there
  // (white space stays as it is: where text is blank decides how libxml2
  // builds, and the metadata reader's length limits count it).
  bool at_start = true;  // nothing but a doctype or processing instructions written yet
  std::string decoded;
  auto text = [&](std::string_view t) {
    if (!table || t.empty() || AllHtmlSpace(t)) {
      AppendText(t, out);
      return;
    }
    if (MayReadAsBlank(t)) {  // references or controls: what libxml2 would read
      decoded.clear();
      AppendDecodedText(t, decoded);
      if (AllHtmlSpace(decoded)) {  // blank after all ("&#0;", " \x01 "): the markup keeps it
        AppendText(t, out);
        return;
      }
    }
    if (at_start) {  // libxml2 skips the blanks before the first element or text
      size_t b = 0;
      while (b < t.size() && (t[b] == ' ' || t[b] == '\t' || t[b] == '\n' || t[b] == '\r')) ++b;
      t.remove_prefix(b);
      at_start = false;
    }
    out += kTextRunMark;
    AppendIndex(table->size(), out);
    table->push_back(t);
  };
  while (pos < s.size()) {
    size_t lt = s.find('<', pos);
    if (lt == std::string_view::npos) {
      text(s.substr(pos));
      break;
    }
    text(s.substr(pos, lt - pos));
    pos = lt;
    if (pos + 1 >= s.size()) {  // a '<' that ends the page
      out += "&lt;";
      at_start = false;
      ++pos;
      continue;
    }
    char next = s[pos + 1];
    if (s.compare(pos, 4, "<!--") == 0) {
      size_t e = s.find("-->", pos + 4);
      pos = e == std::string_view::npos ? s.size() : e + 3;
      continue;
    }
    if (next == '!' || next == '?') {  // doctype, CDATA, processing instruction
      size_t e = s.find('>', pos);
      e = e == std::string_view::npos ? s.size() : e + 1;
      out.append(s.data() + pos, e - pos);
      pos = e;
      continue;
    }
    bool is_end = next == '/';
    char first = is_end ? (pos + 2 < s.size() ? s[pos + 2] : ' ') : next;
    if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z'))) {
      if (is_end && pos + 2 < s.size()) {
        // HTML5: "</>" is ignored, "</" and another non-letter opens a bogus
        // comment that the next '>' ends.
        size_t e = s.find('>', pos + 2);
        pos = e == std::string_view::npos ? s.size() : e + 1;
        continue;
      }
      // A lone '<' in text, written as a reference: with a dropped comment
      // or the text's mark after it, a bare '<' could read as a tag.
      out += "&lt;";
      at_start = false;
      ++pos;
      continue;
    }
    at_start = false;
    TagInfo info;
    size_t tag_start_out = out.size();
    size_t after = ScanTag(s, pos, name, info, &out, table, st);
    const bool self_closing = info.self_closing;
    if (!is_end && std::string_view(name) == "script" && info.template_type) {
      // <script type="text/template"> holding the article's markup (some blog
      // platforms): parse its content as HTML; its end tag is then a stray one.
      out.resize(tag_start_out);
      pos = after;
      continue;
    }
    if (is_end) {
      auto d = dropped.empty() ? dropped.end() : dropped.find(name);
      if (d != dropped.end() && d->second > 0) {
        --d->second;
        out.resize(tag_start_out);
        ++st.dropped_tags;
      } else {
        // Pop to the matching open element when it is near enough to matter.
        for (size_t k = stack.size(); k > 0; --k) {
          if (stack[k - 1] == name) {
            if ((ClassifyTag(name) & kTagClosesOpenDivs) && NeedsExplicitEnds(stack, k)) {
              // libxml2 ignores this end tag while a <div> opened inside
              // the element is still open; HTML5 closes both. Close the
              // divs here, before the element's own end tag (libxml2
              // closes the inline elements among them by itself).
              std::string tag(out, tag_start_out);
              out.resize(tag_start_out);
              for (size_t j = stack.size(); j > k; --j)
                if (stack[j - 1] == "div") out += "</div>";
              out += tag;
            }
            stack.resize(k - 1);
            break;
          }
        }
      }
      pos = after;
      continue;
    }
    // Elements whose content is dropped or copied raw.
    const unsigned cls = ClassifyTag(name);
    bool drop = cls & kTagDropped;
    bool raw = cls & kTagRaw;
    if (drop || raw) {
      if (self_closing && name != "script" && name != "style") {  // <svg/> and friends
        if (drop) out.resize(tag_start_out);
        pos = after;
        continue;
      }
      size_t end = FindEndTag(s, after, name);
      size_t close_end = end == std::string_view::npos ? s.size() : s.find('>', end);
      close_end = close_end == std::string_view::npos ? s.size() : close_end + 1;
      if (drop && raw) {  // <script>: JSON-LD, and JSON the metadata reader may find a date in, stay
        std::string_view content = s.substr(after, (end == std::string_view::npos ? s.size() : end) - after);
        drop = !info.ld_json && !((!info.typed || info.json_type) && ScriptMayCarryDates(content));
      }
      size_t content_end = end == std::string_view::npos ? s.size() : end;
      if (drop) {
        out.resize(tag_start_out);
      } else if (table && name == "script") {  // the content by the table
        if (content_end > after) {
          out += kScriptTextMark;
          AppendIndex(table->size(), out);
          table->push_back(s.substr(after, content_end - after));
        }
        out.append(s.data() + content_end, close_end - content_end);
      } else if (table) {
        AppendRaw(s.substr(after, close_end - after), out);
      } else {
        out.append(s.data() + after, close_end - after);
      }
      pos = close_end;
      continue;
    }
    pos = after;
    if ((cls & kTagVoid) || (self_closing && stack.empty())) continue;
    if (cls & kTagClosesSame) {
      size_t limit = stack.size() > 8 ? stack.size() - 8 : 0;
      for (size_t k = stack.size(); k > limit; --k) {
        if (stack[k - 1] == name) {
          stack.resize(k - 1);
          break;
        }
      }
    }
    size_t depth = stack.size() + dropped.size();
    if (depth + 1 > st.max_depth_seen) st.max_depth_seen = depth + 1;
    if (stack.size() >= max_depth) {
      out.resize(tag_start_out);
      ++dropped[name];
      ++st.dropped_tags;
      continue;
    }
    stack.push_back(name);
  }
  if (stats_out) *stats_out = st;
  return out;
}

}  // namespace dragoman::extract
