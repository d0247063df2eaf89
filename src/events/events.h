// The events stage: who did what to whom, where and when, coded in CAMEO.
//
// Per sentence: an event phrase from the language's lexicon (verbs and noun
// phrases: "met", "drone strikes", "livraisons d'armes", "sanciones contra")
// gives the CAMEO code; actor1 is the linked entity named last before the
// phrase, actor2 the first one after it; the place is a location named after
// "in/à/en/in"; the date is the one the sentence states, resolved against the
// publication date, else the publication date. Negation ("neither supporting"),
// hypotheticals ("the possibility of sending troops") and intent ("will visit")
// are marked in `mood` and never reported as plain facts. Event phrases inside
// a direct quote are words someone said, not events, and are skipped.
// Actor codes: ISO 3166-1 alpha-3 + role (GOV, MIL, MED, BUS, PTY), IGO for
// international organizations, from the knowledge base.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "dragoman/kb.h"
#include "dragoman/pipeline.h"
#include "events/lexicon.h"

namespace dragoman {

struct CameoCode {
  std::string code, label;
  double goldstein = 0.0;
};

// The CAMEO codes dragoman emits (data/cameo/codes.tsv).
class CameoTable {
 public:
  static Result<std::shared_ptr<const CameoTable>> Shared();
  const CameoCode* Find(const std::string& code) const;
  // "195" -> "19"
  static std::string Root(const std::string& code) { return code.substr(0, 2); }

 private:
  std::map<std::string, CameoCode> codes_;
};

// ISO 3166-1 alpha-2 -> alpha-3 ("FR" -> "FRA"); empty when unknown.
std::string Iso3Country(const std::string& iso2);

// The CAMEO actor code of an entity at a date (see the header comment).
std::string ActorCode(const KnowledgeBase* kb, const std::string& entity_id, const std::string& type,
                      bool metonym, const std::string& date);

class EventStage : public Stage {
 public:
  EventStage(std::shared_ptr<const Lexicons> lex, std::shared_ptr<const CameoTable> cameo,
             std::shared_ptr<const KnowledgeBase> kb)
      : lex_(std::move(lex)), cameo_(std::move(cameo)), kb_(std::move(kb)) {}
  const char* name() const override { return "events"; }
  std::vector<std::string> requires_layers() const override { return {"text"}; }
  std::vector<std::string> assigns_layers() const override { return {"events"}; }
  Status Process(Article& article) override;

 private:
  std::shared_ptr<const Lexicons> lex_;
  std::shared_ptr<const CameoTable> cameo_;
  std::shared_ptr<const KnowledgeBase> kb_;
};

// `kb` may be null: actor codes are then left empty.
Result<std::unique_ptr<Stage>> MakeEventStage(std::shared_ptr<const KnowledgeBase> kb);

// Tone: (positive - negative words) per 100 words, from the language's lexicon,
// for the article (Article::tone) and per entity over the body sentences that
// mention it (EntityRef::tone).
class ToneStage : public Stage {
 public:
  explicit ToneStage(std::shared_ptr<const Lexicons> lex) : lex_(std::move(lex)) {}
  const char* name() const override { return "tone"; }
  std::vector<std::string> assigns_layers() const override { return {"tone"}; }
  Status Process(Article& article) override;

 private:
  std::shared_ptr<const Lexicons> lex_;
};

Result<std::unique_ptr<Stage>> MakeToneStage();

}  // namespace dragoman
