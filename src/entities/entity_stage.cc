#include "entities/entity_stage.h"

#include <algorithm>

#include "dragoman/log.h"

namespace dragoman {

EntityStage::EntityStage(std::shared_ptr<const KnowledgeBase> kb, std::string ner_dir)
    : kb_(kb ? std::move(kb) : std::make_shared<EmptyKnowledgeBase>()), ner_dir_(std::move(ner_dir)) {}

Result<EntityStage::PerLanguage*> EntityStage::ForLanguage(const std::string& language) {
  std::string lang = language.empty() || language == "und" ? "en" : language;
  auto it = languages_.find(lang);
  if (it != languages_.end()) return &it->second;
  auto lex = NerLexicon::Load(ner_dir_, lang);
  if (!lex.ok()) return lex.status();
  PerLanguage pl;
  pl.recognizer = std::make_unique<Recognizer>(kb_.get(), *lex);
  pl.linker = std::make_unique<Linker>(kb_.get(), *lex, ner_dir_);
  return &(languages_[lang] = std::move(pl));
}

Status EntityStage::Process(Article& article) {
  auto pl = ForLanguage(article.language);
  if (!pl.ok()) return pl.status();
  const Recognizer& rec = *(*pl)->recognizer;
  std::vector<FieldAnnotations> fields(2);
  fields[0].field = Field::kTitle;
  fields[1].field = Field::kText;
  for (const Token& t : article.tokens) fields[t.field == Field::kTitle ? 0 : 1].tokens.push_back({t.start, t.end});
  DocContext doc;
  // Two passes over the text so that a name seen late still types an early
  // short form ("Sejourne ... Stephane Sejourne"): the first pass only teaches.
  for (int pass = 0; pass < 2; ++pass) {
    for (auto& f : fields) {
      f.mentions.clear();
      f.roles.clear();
    }
    for (const Sentence& s : article.sentences) {
      FieldAnnotations& f = fields[s.field == Field::kTitle ? 0 : 1];
      const std::string& text = article.FieldText(s.field);
      // Tokens of this sentence (tokens are in order).
      auto lo = std::lower_bound(f.tokens.begin(), f.tokens.end(), s.start,
                                 [](const TokenSpan& t, uint32_t v) { return t.start < v; });
      auto hi = std::lower_bound(lo, f.tokens.end(), s.end, [](const TokenSpan& t, uint32_t v) { return t.start < v; });
      if (lo == hi) continue;
      size_t base = static_cast<size_t>(lo - f.tokens.begin());
      size_t before = f.mentions.size(), roles_before = f.roles.size();
      rec.Recognize(text, &*lo, static_cast<size_t>(hi - lo), &doc, &f.mentions, &f.roles);
      for (size_t k = before; k < f.mentions.size(); ++k) {
        f.mentions[k].tok_begin += base;
        f.mentions[k].tok_end += base;
      }
      for (size_t k = roles_before; k < f.roles.size(); ++k) {
        f.roles[k].tok_begin += base;
        f.roles[k].tok_end += base;
      }
    }
  }
  (*pl)->linker->Link(fields, Linker::ReferenceDate(article), &article);
  return Status::OK();
}

std::shared_ptr<const KnowledgeBase> OpenKnowledgeBaseOrEmpty(const std::string& data_dir) {
  KbOptions options;
  options.dir = data_dir;
  auto kb = KnowledgeBase::Open(options);
  if (kb.ok()) return *kb;
  LogWarn("knowledge base: " + kb.status().ToString() + "; entities are recognized from cues only and get new: ids");
  return std::make_shared<EmptyKnowledgeBase>();
}

}  // namespace dragoman
