#include "extract/html_prepass.h"

#include <cstring>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dragoman::extract {
namespace {

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool IsVoid(std::string_view n) {
  static constexpr std::string_view kVoid[] = {"area", "base", "br",    "col",   "embed", "hr",  "img", "input",
                                                "link", "meta", "param", "source", "track", "wbr", "keygen",
                                                "basefont", "bgsound", "frame", "image", "spacer", "isindex",
                                                "menuitem"};
  for (std::string_view v : kVoid)
    if (n == v) return true;
  return false;
}

// Elements whose start closes an open element of the same family near the top
// of the stack (HTML's implied end tags), so unclosed <p>, <li>, <td>... do not
// count as nesting.
bool ClosesSame(std::string_view n) {
  return n == "p" || n == "li" || n == "dt" || n == "dd" || n == "option" || n == "tr" || n == "td" ||
         n == "th" || n == "h1" || n == "h2" || n == "h3" || n == "h4" || n == "h5" || n == "h6" ||
         n == "a" || n == "optgroup" || n == "rt" || n == "rp";
}

// Block elements whose end tag, in HTML5, closes everything opened inside
// them (the "pop until" end tags). libxml2 lets such an end tag (priority 100)
// close inline elements but not a <div> (150), so "<button><div></button>"
// left the button open to the end of the page.
bool ClosesOpenDivs(std::string_view n) {
  static constexpr std::string_view kNames[] = {
      "address", "article", "aside",  "blockquote", "button", "center", "details", "dialog", "dir",
      "dl",      "fieldset", "figcaption", "figure", "footer", "form",  "header",  "hgroup", "main",
      "menu",    "nav",     "ol",     "section",    "summary", "ul",    "li",      "dd",     "dt"};
  for (std::string_view k : kNames)
    if (n == k) return true;
  return false;
}

// Elements an end tag does not reach across (HTML5's scope markers, and the
// table parts libxml2 does not close from outside either).
bool IsScopeBoundary(std::string_view n) {
  return n == "table" || n == "td" || n == "th" || n == "tr" || n == "tbody" || n == "thead" || n == "tfoot" ||
         n == "caption" || n == "html" || n == "body" || n == "object" || n == "marquee" || n == "applet" ||
         n == "template" || n == "select";
}

// Whether a <div> is open above stack[k - 1] (the element being closed) with
// no scope boundary between.
bool NeedsExplicitEnds(const std::vector<std::string>& stack, size_t k) {
  bool div = false;
  for (size_t j = k; j < stack.size(); ++j) {
    if (IsScopeBoundary(stack[j])) return false;
    div = div || stack[j] == "div";
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
    size_t best = 0;
    for (std::string_view e : kLegacyEntities)
      if (e.size() > best && rest.size() >= e.size() && rest.compare(0, e.size(), e) == 0) best = e.size();
    if (best == 0) continue;
    size_t end = amp + 1 + best;
    out.append(text.data() + from, end - from);
    out += ';';
    from = end;
  }
  out.append(text.data() + from, text.size() - from);
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

// Attributes the extractor and the metadata reader read; the rest (srcset,
// inline handlers, data-* blobs, aria-*, sizes) only costs parsing time.
bool KeepAttribute(std::string_view n) {
  static constexpr std::string_view kKeep[] = {"class",   "id",       "role",       "itemprop", "itemtype",
                                                "itemscope", "hidden", "style",      "type",     "href",
                                                "rel",     "name",     "property",   "content",  "charset",
                                                "http-equiv", "datetime", "lang",    "title",    "pubdate",
                                                "xml:lang", "dir",     "value",      "src",      "alt"};
  for (std::string_view k : kKeep)
    if (n == k) return true;
  if (n.size() > 5 && n.compare(0, 5, "data-") == 0) {
    return n.find("date") != std::string_view::npos || n.find("time") != std::string_view::npos ||
           n.find("publish") != std::string_view::npos || n.find("author") != std::string_view::npos;
  }
  return false;
}

// Scans a tag from s[pos] == '<' to just past its '>', as the HTML tokenizer
// does (quotes open a value only after '='). Fills `name` (lower case),
// `self_closing` and `json_type` (type="application/ld+json"). Writes the tag
// to `out` with only the attributes KeepAttribute() names, huge data: URIs
// shortened.
size_t ScanTag(std::string_view s, size_t pos, std::string& name, bool& self_closing, bool& json_type,
               bool& template_type, std::string* out, PrepassStats& st) {
  size_t i = pos + 1;
  bool end_tag = false;
  if (i < s.size() && s[i] == '/') {
    end_tag = true;
    ++i;
  }
  size_t name_start = i;
  name.clear();
  while (i < s.size() && s[i] != '>' && s[i] != '/' && !IsSpace(s[i])) name += Lower(s[i++]);
  self_closing = false;
  json_type = false;
  template_type = false;
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
      if (i + 1 < s.size() && s[i + 1] == '>') self_closing = true;
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
    if (attr == "type" && value.size() < 64) {
      if (value.find("ld+json") != std::string_view::npos) json_type = true;
      if (value.find("template") != std::string_view::npos) template_type = true;
    }
    if (!out || !KeepAttribute(attr)) continue;
    *out += ' ';
    out->append(s.data() + an, an_end - an);
    if (!has_value) continue;
    bool data_uri = value.size() > 2048 && Lower(value[0]) == 'd' && Lower(value[1]) == 'a' &&
                    Lower(value[2]) == 't' && Lower(value[3]) == 'a' && value[4] == ':';
    if (data_uri) {
      ++st.shortened_uris;
      value = "data:,";
    }
    char q = quote ? quote : '"';
    if (!quote && value.find('"') != std::string_view::npos) q = '\'';
    *out += '=';
    *out += q;
    out->append(value.data(), value.size());
    *out += q;
  }
  size_t end = i < s.size() ? i + 1 : s.size();
  if (out) *out += self_closing ? "/>" : ">";
  return end;
}

}  // namespace

std::string PrepassHtml(std::string_view s, size_t max_depth, PrepassStats* stats_out) {
  PrepassStats st;
  std::string out;
  out.reserve(s.size());
  std::vector<std::string> stack;
  std::unordered_map<std::string, size_t> dropped;  // open tags dropped, by name
  std::string name;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t lt = s.find('<', pos);
    if (lt == std::string_view::npos) {
      AppendText(s.substr(pos), out);
      break;
    }
    AppendText(s.substr(pos, lt - pos), out);
    pos = lt;
    if (pos + 1 >= s.size()) {
      out += s[pos++];
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
      out += '<';  // a lone '<' in text
      ++pos;
      continue;
    }
    bool self_closing = false, json_type = false, template_type = false;
    size_t tag_start_out = out.size();
    size_t after = ScanTag(s, pos, name, self_closing, json_type, template_type, &out, st);
    if (!is_end && std::string_view(name) == "script" && template_type) {
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
            if (ClosesOpenDivs(name) && NeedsExplicitEnds(stack, k)) {
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
    // Compared as a view: the lengths first, no strlen or memcmp call per name.
    const std::string_view nm = name;
    bool drop = nm == "style" || nm == "noscript" || nm == "template" || nm == "svg" || nm == "math" ||
                nm == "iframe" || nm == "object" || nm == "noembed" || nm == "noframes" ||
                (nm == "script" && !json_type);
    bool raw = nm == "script" || nm == "textarea" || nm == "title" || nm == "xmp";
    if (drop || raw) {
      if (self_closing && name != "script" && name != "style") {  // <svg/> and friends
        if (drop) out.resize(tag_start_out);
        pos = after;
        continue;
      }
      size_t end = FindEndTag(s, after, name);
      size_t close_end = end == std::string_view::npos ? s.size() : s.find('>', end);
      close_end = close_end == std::string_view::npos ? s.size() : close_end + 1;
      if (drop) {
        out.resize(tag_start_out);
      } else {
        out.append(s.data() + after, close_end - after);
      }
      pos = close_end;
      continue;
    }
    pos = after;
    if (IsVoid(name) || (self_closing && stack.empty())) continue;
    if (ClosesSame(name)) {
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
