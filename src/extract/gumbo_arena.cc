#include "extract/gumbo_arena.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "extract/libxml_tree.h"

namespace dragoman::extract {

void* GumboArena::Allocate(void* self, size_t n) { return static_cast<GumboArena*>(self)->Take(n); }

void* GumboArena::Take(size_t n) {
  n = (std::max<size_t>(n, 1) + 15) & ~size_t{15};  // malloc's alignment
  used_total_ += n;
  while (block_ < blocks_.size()) {
    Block& b = blocks_[block_];
    if (b.size - used_ >= n) {
      void* p = b.bytes.get() + used_;
      used_ += n;
      return p;
    }
    ++block_;
    used_ = 0;
  }
  size_t size = std::max(kBlockBytes, n);
  blocks_.push_back({std::unique_ptr<char[]>(new char[size]), size});
  block_ = blocks_.size() - 1;
  used_ = n;
  return blocks_.back().bytes.get();
}

void GumboArena::Reset() {
  if (blocks_.size() > kKeepBlocks) blocks_.resize(kKeepBlocks);
  block_ = 0;
  used_ = 0;
  used_total_ = 0;
}

size_t GumboArena::held_bytes() const {
  size_t n = 0;
  for (const Block& b : blocks_) n += b.size;
  return n;
}

GumboOutput* GumboArena::Parse(std::string_view html) {
  Reset();
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = &GumboArena::Allocate;
  options.deallocator = &GumboArena::Deallocate;
  options.userdata = this;
  options.max_errors = 0;
  return gumbo_parse_with_options(&options, html.data(), html.size());
}

namespace {
// One arena per thread, lent to one ParsedHtml at a time.
struct ThreadArena {
  GumboArena arena;
  bool lent = false;
};
thread_local ThreadArena t_arena;
}  // namespace

HtmlParser DefaultHtmlParser() {
  static const HtmlParser kDefault = [] {
    const char* v = std::getenv("DRAGOMAN_HTML_PARSER");
    return v && std::strcmp(v, "gumbo") == 0 ? HtmlParser::kGumbo : HtmlParser::kLibxml2;
  }();
  return kDefault;
}

void ParsedHtml::ParseWithLibxml(std::string_view html, const TextTable* table) {
  GumboArena* arena;
  if (!t_arena.lent) {
    t_arena.lent = true;
    in_arena_ = true;
    arena = &t_arena.arena;
  } else {
    own_arena_ = std::make_unique<GumboArena>();
    arena = own_arena_.get();
  }
  arena->Reset();
  out_ = ParseHtmlWithLibxml(html, *arena, table);
}

ParsedHtml::ParsedHtml(std::string_view html, const TextTable& table) { ParseWithLibxml(html, &table); }

ParsedHtml::ParsedHtml(std::string_view html, HtmlParser parser) {
  if (parser == HtmlParser::kLibxml2) {
    ParseWithLibxml(html, nullptr);
  } else if (html.size() <= GumboArena::kMaxPageBytes && !t_arena.lent) {
    t_arena.lent = true;
    in_arena_ = true;
    out_ = t_arena.arena.Parse(html);
  } else {
    out_ = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  }
}

ParsedPage::ParsedPage(std::string_view html) {
  const bool libxml = DefaultHtmlParser() == HtmlParser::kLibxml2;
  clean_ = PrepassHtml(html, 256, nullptr, libxml ? &table_ : nullptr);
  if (libxml)
    tree_.emplace(clean_, table_);
  else
    tree_.emplace(clean_, HtmlParser::kGumbo);
}

ParsedHtml::~ParsedHtml() {
  if (in_arena_) {
    t_arena.lent = false;
  } else if (own_arena_) {
    // the arena goes with this object
  } else if (out_) {
    gumbo_destroy_output(&kGumboDefaultOptions, out_);
  }
}

}  // namespace dragoman::extract
