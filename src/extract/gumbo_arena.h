// Memory for gumbo parses, handed out from large blocks and given back all at
// once. gumbo allocates every node, attribute, string and vector with its own
// malloc and frees them one by one, then walks the tree again to free it; on
// 80 KB pages libc took 16% of HTML analyze with that, 10% with the arena.
// Here an allocation is a pointer bump, freeing is nothing, and the tree goes
// away when the next parse starts. Parse errors are not recorded (nothing
// reads them); the tree is the same.
#pragma once

#include <gumbo.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/html_prepass.h"

namespace dragoman::extract {

class GumboArena {
 public:
  GumboArena() = default;
  GumboArena(const GumboArena&) = delete;
  GumboArena& operator=(const GumboArena&) = delete;

  // Parses `html` into a tree that lives in the arena until the next Parse()
  // (do not call gumbo_destroy_output on it). Null when gumbo gives no tree.
  GumboOutput* Parse(std::string_view html);

  // Starts over: everything handed out since the last Reset() is given back.
  void Reset();
  // n bytes, 16-aligned, valid until the next Reset().
  void* Take(size_t n);

  // Bytes handed out by the last parse, and bytes of blocks held now.
  size_t used_bytes() const { return used_total_; }
  size_t held_bytes() const;

  // Pages over this size are parsed with gumbo's own malloc/free by
  // ParsedHtml: a huge page's short-lived allocations would all stay in the
  // arena until the parse ends.
  static constexpr size_t kMaxPageBytes = 4u << 20;

 private:
  static constexpr size_t kBlockBytes = 1u << 20;
  // Blocks kept between parses; more are freed after the parse that needed them.
  static constexpr size_t kKeepBlocks = 2;
  static void* Allocate(void* self, size_t n);
  static void Deallocate(void*, void*) {}

  struct Block {
    std::unique_ptr<char[]> bytes;
    size_t size;
  };
  std::vector<Block> blocks_;
  size_t block_ = 0;  // the block being filled
  size_t used_ = 0;   // bytes used in it
  size_t used_total_ = 0;
};

// Which parser builds the tree. libxml2 (extract/libxml_tree.h) is the
// default; gumbo stays for comparison: DRAGOMAN_HTML_PARSER=gumbo in the
// environment makes it the default of the process.
enum class HtmlParser { kLibxml2, kGumbo };
HtmlParser DefaultHtmlParser();

// A parsed page, in this thread's arena when no other ParsedHtml of this
// thread holds it, else in an arena of its own. gumbo parses pages over
// kMaxPageBytes with its own malloc/free (destroyed with them).
class ParsedHtml {
 public:
  explicit ParsedHtml(std::string_view html, HtmlParser parser = DefaultHtmlParser());
  // Parses pre-passed markup whose text is in `table` (PrepassHtml with a
  // table), with libxml2, whatever the default.
  ParsedHtml(std::string_view html, const TextTable& table);
  ~ParsedHtml();
  ParsedHtml(const ParsedHtml&) = delete;
  ParsedHtml& operator=(const ParsedHtml&) = delete;
  GumboOutput* output() const { return out_; }

 private:
  void ParseWithLibxml(std::string_view html, const TextTable* table);

  GumboOutput* out_ = nullptr;
  bool in_arena_ = false;                // holds this thread's arena
  std::unique_ptr<GumboArena> own_arena_;  // when that one was taken
};

// A page parsed the way the extract stage parses it: the pre-pass
// (html_prepass.h), then the default parser, libxml2 getting attribute values,
// text and scripts by table. `html` must outlive the object (the table views it).
class ParsedPage {
 public:
  explicit ParsedPage(std::string_view html);
  GumboOutput* output() const { return tree_->output(); }

 private:
  TextTable table_;
  std::string clean_;
  std::optional<ParsedHtml> tree_;
};

}  // namespace dragoman::extract
