#include "events/events.h"

#include <gtest/gtest.h>

#include <map>

#include "events/event_date.h"
#include "events/quotes.h"

namespace dragoman {
namespace {

// A tiny in-memory knowledge base for the actor-code tests.
class SmallKb : public KnowledgeBase {
 public:
  SmallKb() {
    Add({"kb:us", "United States", "LOC", "country", "US", "", 1});
    Add({"kb:fr", "France", "LOC", "country", "FR", "", 1});
    Add({"kb:ua", "Ukraine", "LOC", "country", "UA", "", 1});
    Add({"kb:ru", "Russia", "LOC", "country", "RU", "", 1});
    Add({"kb:country/ru", "Russia", "LOC", "country", "RU", "", 1});
    Add({"kb:nato", "NATO", "ORG", "igo", "", "", 1});
    Add({"kb:kremlin", "Kremlin", "ORG", "gov", "RU", "", 1});
    Add({"kb:paris", "Paris", "LOC", "city", "FR", "", 1});
    Add({"kb:person/blinken", "Antony Blinken", "PER", "person", "US", "", 1});
    terms_.push_back({"office:us/foreign-minister", "kb:person/blinken", "2021-01-26", "2025-01-20"});
  }
  std::vector<const KbEntity*> Lookup(std::string_view) const override { return {}; }
  std::vector<KbCandidate> Candidates(std::string_view) const override { return {}; }
  KbStats stats() const override { return {}; }
  bool IsAliasPrefix(std::string_view) const override { return false; }
  const KbEntity* Get(std::string_view id) const override {
    auto it = by_id_.find(std::string(id));
    return it == by_id_.end() ? nullptr : &it->second;
  }
  std::optional<std::string> RoleToOffice(std::string_view, std::string_view) const override { return std::nullopt; }
  const KbEntity* OfficeHolder(std::string_view, std::string_view) const override { return nullptr; }
  std::vector<KbOfficeTerm> OfficesOf(std::string_view id) const override {
    std::vector<KbOfficeTerm> out;
    for (const auto& t : terms_)
      if (t.holder_id == id) out.push_back(t);
    return out;
  }
  bool IsFirstName(std::string_view) const override { return false; }
  bool IsSurname(std::string_view) const override { return false; }
  std::optional<std::string> DemonymCountry(std::string_view f) const override {
    if (f == "russian" || f == "russe" || f == "russes") return "RU";
    return std::nullopt;
  }
  bool IsTitleWord(std::string_view) const override { return false; }
  size_t entity_count() const override { return by_id_.size(); }
  size_t alias_count() const override { return 0; }

 private:
  void Add(KbEntity e) { by_id_[e.id] = e; }
  std::map<std::string, KbEntity> by_id_;
  std::vector<KbOfficeTerm> terms_;
};

void Mark(Article& a, const std::string& surface, const std::string& id, const std::string& type, size_t nth = 0,
          bool metonym = false) {
  size_t at = a.text.find(surface);
  for (size_t k = 0; k < nth; ++k) at = a.text.find(surface, at + 1);
  ASSERT_NE(at, std::string::npos) << surface;
  Mention m;
  m.span = {Field::kText, static_cast<uint32_t>(at), static_cast<uint32_t>(at + surface.size())};
  m.text = surface;
  m.type = type;
  m.entity_id = id;
  m.metonym = metonym;
  a.mentions.push_back(m);
  bool known = false;
  for (auto& e : a.entities) known = known || e.id == id;
  if (!known) a.entities.push_back({id, surface, type, ""});
}

std::vector<Event> Code(Article& a) {
  auto quotes = MakeQuoteStage();
  EXPECT_TRUE(quotes.ok());
  EXPECT_TRUE((*quotes)->Process(a).ok());
  auto stage = MakeEventStage(std::make_shared<SmallKb>());
  EXPECT_TRUE(stage.ok()) << stage.status().ToString();
  EXPECT_TRUE((*stage)->Process(a).ok());
  return a.events;
}

TEST(Events, VisitWithActorCodesPlaceAndStatedDate) {
  Article a;
  a.language = "en";
  a.published = PublishedDate{"2024-04-03", "day", "test"};
  a.text = "Blinken visited France on Tuesday and met officials in Paris.";
  Mark(a, "Blinken", "kb:person/blinken", "PER");
  Mark(a, "France", "kb:fr", "LOC");
  Mark(a, "Paris", "kb:paris", "LOC");
  auto ev = Code(a);
  ASSERT_GE(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "042");
  EXPECT_EQ(ev[0].root, "04");
  EXPECT_EQ(ev[0].actor1.code, "USAGOV");
  EXPECT_EQ(ev[0].actor2.code, "FRA");
  EXPECT_EQ(ev[0].date, "2024-04-02");  // the Tuesday before Wednesday 3 April
  EXPECT_EQ(ev[0].place_name, "Paris");
  EXPECT_DOUBLE_EQ(ev[0].goldstein, 1.9);
  EXPECT_EQ(ev[0].mood, "asserted");
}

TEST(Events, AMentionNoWordStartsInIsIgnored) {
  // A recognizer span over trailing symbols (after the sentence's last word)
  // is no actor; the sentence's event is still coded from its words (under
  // make asan this read past the per-word tables before).
  Article a;
  a.language = "en";
  a.published = PublishedDate{"2024-04-03", "day", "test"};
  a.text = "Blinken visited France \u2014";
  Mark(a, "Blinken", "kb:person/blinken", "PER");
  Mark(a, "France", "kb:fr", "LOC");
  Mark(a, "\u2014", "kb:ru", "LOC");
  auto ev = Code(a);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].actor1.code, "USAGOV");
  EXPECT_EQ(ev[0].actor2.code, "FRA");
}

TEST(Events, NeitherSupportingIsNegated) {
  Article a;
  a.language = "en";
  a.text = "The United States stance is one of neither supporting nor enabling Ukraine's strikes.";
  Mark(a, "United States", "kb:us", "LOC");
  Mark(a, "Ukraine", "kb:ua", "LOC");
  auto ev = Code(a);
  ASSERT_GE(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "051");
  EXPECT_EQ(ev[0].mood, "negated");
}

TEST(Events, PossibilityOfSendingTroopsIsHypothetical) {
  Article a;
  a.language = "en";
  a.published = PublishedDate{"2024-02-27", "day", "test"};
  a.text = "France raised the possibility of sending troops to Ukraine on Monday (February 26).";
  Mark(a, "France", "kb:fr", "LOC");
  Mark(a, "Ukraine", "kb:ua", "LOC");
  auto ev = Code(a);
  ASSERT_GE(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "074");
  EXPECT_EQ(ev[0].mood, "hypothetical");
  EXPECT_EQ(ev[0].date, "2024-02-26");
}

TEST(Events, FrenchStrikeWithStatedDate) {
  Article a;
  a.language = "fr";
  a.published = PublishedDate{"2025-03-12", "day", "test"};
  a.text = "La Russie a frappé l'Ukraine le 11 mars avec des drones.";
  Mark(a, "Russie", "kb:ru", "LOC");
  Mark(a, "Ukraine", "kb:ua", "LOC");
  auto ev = Code(a);
  ASSERT_GE(ev.size(), 1u);
  EXPECT_EQ(ev[0].root, "19");
  EXPECT_EQ(ev[0].actor1.id, "kb:ru");
  EXPECT_EQ(ev[0].actor2.id, "kb:ua");
  EXPECT_EQ(ev[0].date, "2025-03-11");
  EXPECT_EQ(ev[0].mood, "asserted");
}

TEST(Events, WordsInsideAQuoteAreNotEvents) {
  Article a;
  a.language = "en";
  a.text = "The Kremlin said: “NATO attacked Russia in every possible way for years and years.”";
  Mark(a, "Kremlin", "kb:kremlin", "ORG");
  Mark(a, "NATO", "kb:nato", "ORG");
  Mark(a, "Russia", "kb:ru", "LOC");
  auto ev = Code(a);
  for (const auto& e : ev) EXPECT_NE(e.root, "19") << e.code;
}

TEST(Events, MetonymIsAGovernment) {
  Article a;
  a.language = "en";
  a.text = "Washington criticized Moscow over the attack.";
  Mark(a, "Washington", "kb:us", "LOC", 0, true);
  Mark(a, "Moscow", "kb:ru", "LOC", 0, true);
  auto ev = Code(a);
  ASSERT_GE(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "111");
  EXPECT_EQ(ev[0].actor1.code, "USAGOV");
  EXPECT_EQ(ev[0].actor2.code, "RUSGOV");
}

TEST(EventDate, ResolvesDatesAgainstReference) {
  auto words = SplitIntoWords("le 11 mars dernier", 0, 18);
  auto d = FindDateInWords(words, 0, words.size(), "2025-03-12");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date, "2025-03-11");
  std::string t = "on 3 January";
  words = SplitIntoWords(t, 0, static_cast<uint32_t>(t.size()));
  d = FindDateInWords(words, 0, words.size(), "2024-12-20");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date, "2024-01-03");  // a date far after the reference is last year's
  t = "in March 2024";
  words = SplitIntoWords(t, 0, static_cast<uint32_t>(t.size()));
  d = FindDateInWords(words, 0, words.size(), "");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date, "2024-03");
  EXPECT_EQ(d->precision, "month");
}

TEST(Tone, NegativeNewsScoresBelowZero) {
  auto stage = MakeToneStage();
  ASSERT_TRUE(stage.ok());
  Article a;
  a.language = "en";
  a.text = "The attack killed dozens and the war escalation raised fear of a wider conflict.";
  ASSERT_TRUE((*stage)->Process(a).ok());
  ASSERT_TRUE(a.tone);
  EXPECT_LT(*a.tone, 0.0);
  Article b;
  b.language = "en";
  b.text = "The agreement brought hope, cooperation and progress toward peace.";
  ASSERT_TRUE((*stage)->Process(b).ok());
  EXPECT_GT(*b.tone, 0.0);
}

TEST(Tone, PerActorOverTheSentencesThatNameIt) {
  auto stage = MakeToneStage();
  ASSERT_TRUE(stage.ok());
  Article a;
  a.language = "en";
  a.text = "Ruritania praised the agreement as hope for peace and cooperation. "
           "The attack on Borduria killed dozens and raised fear of war.";
  auto mention = [&](const std::string& surface, const std::string& id) {
    Mention m;
    m.text = surface;
    m.entity_id = id;
    m.span = {Field::kText, static_cast<uint32_t>(a.text.find(surface)),
              static_cast<uint32_t>(a.text.find(surface) + surface.size())};
    a.mentions.push_back(m);
  };
  mention("Ruritania", "new:LOC:ruritania");
  mention("Borduria", "new:LOC:borduria");
  a.entities = {{"new:LOC:ruritania", "Ruritania", "LOC", ""},
                {"new:LOC:borduria", "Borduria", "LOC", ""},
                {"new:PER:nobody", "Nobody", "PER", ""}};
  ASSERT_TRUE((*stage)->Process(a).ok());
  ASSERT_TRUE(a.entities[0].tone);
  ASSERT_TRUE(a.entities[1].tone);
  EXPECT_GT(*a.entities[0].tone, 0.0);
  EXPECT_LT(*a.entities[1].tone, 0.0);
  EXPECT_FALSE(a.entities[2].tone) << "an entity no body sentence names has no tone";
}

// --- Issue 5: more verb forms, threats, French intent.

TEST(Events, MoreVerbFormsInEnglishAndFrench) {
  struct Case {
    const char* lang;
    const char* text;
    const char* actor;
    const char* target;
    const char* root;
  };
  const Case cases[] = {
      {"en", "Blinken will meet Ukraine's leaders on Friday.", "Blinken", "Ukraine", "04"},
      {"en", "Blinken arrives in Ukraine for talks on air defence.", "Blinken", "Ukraine", "04"},
      {"en", "France is sending weapons to Ukraine by rail.", "France", "Ukraine", "07"},
      {"en", "The Kremlin vetoed the NATO proposal.", "Kremlin", "NATO", "12"},
      {"fr", "Blinken est arrivé en Ukraine mardi matin.", "Blinken", "Ukraine", "04"},
      {"fr", "La Russie et l'OTAN se sont entretenus pendant deux heures.", "OTAN", "", "04"},
      {"fr", "La France a réuni l'OTAN et l'Ukraine lundi.", "France", "OTAN", "04"},
      {"fr", "Le Kremlin a reproché à l'OTAN son soutien.", "Kremlin", "", "11"},
      {"fr", "La Russie veut frapper l'Ukraine cet hiver.", "Russie", "Ukraine", "19"},
  };
  const std::map<std::string, std::pair<std::string, std::string>> ids = {
      {"Blinken", {"kb:person/blinken", "PER"}}, {"Ukraine", {"kb:ua", "LOC"}}, {"France", {"kb:fr", "LOC"}},
      {"Kremlin", {"kb:kremlin", "ORG"}},        {"NATO", {"kb:nato", "ORG"}},  {"OTAN", {"kb:nato", "ORG"}},
      {"Russie", {"kb:ru", "LOC"}}};
  for (const Case& c : cases) {
    Article a;
    a.language = c.lang;
    a.text = c.text;
    for (const auto& [surface, id] : ids)
      if (a.text.find(surface) != std::string::npos) Mark(a, surface, id.first, id.second);
    auto ev = Code(a);
    ASSERT_GE(ev.size(), 1u) << c.text;
    EXPECT_EQ(ev[0].root, c.root) << c.text;
    EXPECT_EQ(ev[0].actor1.id, ids.at(c.actor).first) << c.text;
    if (*c.target) {
      EXPECT_EQ(ev[0].actor2.id, ids.at(c.target).first) << c.text;
    }
  }
}

TEST(Events, WhatAThreatThreatensIsNotADeed) {
  Article a;
  a.language = "en";
  a.text = "The United States threatened Russia with sanctions against its banks.";
  Mark(a, "United States", "kb:us", "LOC");
  Mark(a, "Russia", "kb:ru", "LOC");
  auto ev = Code(a);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].root, "13");
  EXPECT_EQ(ev[0].actor2.id, "kb:ru");
}

TEST(Events, FrenchMeetingThatIsDueIsIntent) {
  Article a;
  a.language = "fr";
  a.text = "Blinken doit aussi s'entretenir avec l'Ukraine jeudi.";
  Mark(a, "Blinken", "kb:person/blinken", "PER");
  Mark(a, "Ukraine", "kb:ua", "LOC");
  auto ev = Code(a);
  ASSERT_GE(ev.size(), 1u);
  EXPECT_EQ(ev[0].root, "04");
  EXPECT_EQ(ev[0].mood, "intent");
}

TEST(Events, DemonymNextToForceIsTheDoer) {
  struct Case {
    const char* lang;
    const char* text;
    const char* actor;
  };
  const Case cases[] = {
      {"en", "Ukraine said a Russian missile struck a market on Monday.", "kb:country/ru"},
      {"en", "Kyiv reported a Russian strike on the power grid.", "kb:country/ru"},
      {"fr", "Selon Kiev, des drones russes ont frappé la ville.", "kb:country/ru"},
      {"fr", "L'Ukraine a dénoncé une frappe russe sur un marché.", "kb:country/ru"},
  };
  for (const Case& c : cases) {
    Article a;
    a.language = c.lang;
    a.text = c.text;
    if (a.text.find("Ukraine") != std::string::npos) Mark(a, "Ukraine", "kb:ua", "LOC");
    if (a.text.find("Kyiv") != std::string::npos) Mark(a, "Kyiv", "kb:ua", "LOC", 0, true);
    if (a.text.find("Kiev") != std::string::npos) Mark(a, "Kiev", "kb:ua", "LOC", 0, true);
    auto ev = Code(a);
    bool force = false;
    for (const Event& e : ev)
      if (e.root == "19") {
        force = true;
        EXPECT_EQ(e.actor1.id, c.actor) << c.text;
        EXPECT_EQ(e.actor1.name, "Russia") << c.text;
      }
    EXPECT_TRUE(force) << c.text;
  }
  // Without a demonym, an article's noun still names no doer.
  Article a;
  a.language = "en";
  a.text = "Ukraine reported a strike on the power grid.";
  Mark(a, "Ukraine", "kb:ua", "LOC");
  for (const Event& e : Code(a)) EXPECT_NE(e.root, "19");
}

TEST(Events, RelativeClauseSubjectIsNotANameFurtherBack) {
  Article a;
  a.language = "en";
  a.text = "Ukraine says the army that is attacking its cities runs on this fuel.";
  Mark(a, "Ukraine", "kb:ua", "LOC");
  for (const Event& e : Code(a)) EXPECT_NE(e.root, "19");
}

TEST(Events, PassiveAgentAFewWordsAfterTheVerb) {
  Article a;
  a.language = "it";
  a.text = "Blinken è stato ricevuto venerdì a Parigi dalla Francia.";
  Mark(a, "Blinken", "kb:person/blinken", "PER");
  Mark(a, "Parigi", "kb:paris", "LOC");
  Mark(a, "Francia", "kb:fr", "LOC");
  auto ev = Code(a);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].root, "04");
  EXPECT_EQ(ev[0].actor1.id, "kb:fr");
  EXPECT_EQ(ev[0].actor2.id, "kb:person/blinken");
  // A demonym before a passive is the side that was hit, not the doer.
  Article b;
  b.language = "en";
  b.text = "Russian positions were attacked by drones near Ukraine.";
  Mark(b, "Ukraine", "kb:ua", "LOC");
  for (const Event& e : Code(b)) EXPECT_NE(e.actor1.id, "kb:country/ru");
}

}  // namespace
}  // namespace dragoman
