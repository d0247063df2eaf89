// Light word and sentence views over a text, for the quotes and events stages.
// Uses Article::sentences when the segment stage filled them; otherwise a
// punctuation-based splitter that knows common abbreviations.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dragoman/article.h"

namespace dragoman {

struct Word {
  uint32_t start = 0, end = 0;  // byte offsets into the field text
  std::string folded;           // FoldForMatch of the surface
  bool capitalized = false;     // first letter is upper case
};

// Words in text[begin, end): runs of letters/digits with inner ' ’ - . kept
// ("l'otan", "a-t-il", "u.s."). Punctuation is not returned.
std::vector<Word> SplitIntoWords(const std::string& text, uint32_t begin, uint32_t end);

// Words that make a role refer to a past holder ("former", "ancien",
// "ehemalige", "ex-"): the office's current holder is not the person meant.
bool IsFormerWord(const std::string& folded);

struct SentenceRange {
  uint32_t start = 0, end = 0;
};

// Sentences of one field: from the article's sentence layer when present, else
// split here.
std::vector<SentenceRange> SentencesOf(const Article& article, Field field);

// Splits text into sentences at . ! ? … followed by space and an upper-case
// letter or a quote, not after known abbreviations (Mr., M., Dr., U.S., janv.).
std::vector<SentenceRange> SplitSentences(const std::string& text);

}  // namespace dragoman
