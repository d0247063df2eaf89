// A small in-memory KnowledgeBase for the recognizer and linker unit tests:
// a handful of entities, aliases, offices and lexicon words, so the tests
// exercise our logic without the built kb.bin.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "dragoman/kb.h"

namespace dragoman::testing {

class FakeKb : public KnowledgeBase {
 public:
  FakeKb() {
    Add("kb:nato", "NATO", "ORG", "igo", "", 0.85, {"nato", "otan", "alliance atlantique", "atlantic alliance"});
    Add("kb:country/ru", "Russia", "LOC", "country", "RU", 0.95, {"russia", "russie", "ru"});
    Add("kb:country/us", "United States", "LOC", "country", "US", 0.95, {"united states", "the united states", "etats-unis", "us"});
    Add("kb:country/fr", "France", "LOC", "country", "FR", 0.95, {"france", "fr"});
    Add("kb:country/ua", "Ukraine", "LOC", "country", "UA", 0.95, {"ukraine", "ua"});
    Add("kb:country/ch", "Switzerland", "LOC", "country", "CH", 0.95, {"switzerland", "suisse"});
    Add("kb:country/td", "Chad", "LOC", "country", "TD", 0.9, {"chad", "tchad"});  // also a given name
    Add("kb:region/wessex", "Wessex", "LOC", "nation", "GB", 0.8, {"wessex"});  // fields a national team
    Add("kb:geo/alabaster", "Alabaster", "LOC", "town", "US", 0.3, {"alabaster", "arab"});  // a town called Arab
    Add("kb:geo/tarvik", "Tarvik", "LOC", "city", "NO", 0.4, {"tarvik"});
    Add("kb:geo/la-ville", "La Ville", "LOC", "town", "FR", 0.3, {"la ville"});  // a hamlet named "the town"
    Add("kb:geo/brussels", "Brussels", "LOC", "capital", "BE", 0.8, {"brussels", "bruxelles"});
    Add("kb:geo/kyiv", "Kyiv", "LOC", "capital", "UA", 0.8, {"kyiv", "kiev"});
    Add("kb:geo/washington", "Washington", "LOC", "capital", "US", 0.8, {"washington"});
    Add("kb:geo/paris", "Paris", "LOC", "capital", "FR", 0.85, {"paris"});
    Add("kb:geo/the-hague", "The Hague", "LOC", "city", "NL", 0.8, {"the hague", "den haag"});
    Add("kb:geo/london", "London", "LOC", "capital", "GB", 0.9, {"london"});
    Add("kb:geo/new-haven", "New Haven", "LOC", "city", "US", 0.7, {"new haven"});  // opens with a function word
    Add("kb:person/antony-blinken", "Antony Blinken", "PER", "person", "US", 0.75, {"antony blinken", "blinken"});
    Add("kb:person/marco-rubio", "Marco Rubio", "PER", "person", "US", 0.75, {"marco rubio", "rubio"});
    Add("kb:person/stephane-sejourne", "Stéphane Séjourné", "PER", "person", "FR", 0.75,
        {"stephane sejourne", "sejourne"});
    Add("kb:person/volodymyr-zelensky", "Volodymyr Zelensky", "PER", "person", "UA", 0.75,
        {"volodymyr zelensky", "zelensky"});
    Add("kb:person/nikol-pashinyan", "Nikol Pashinyan", "PER", "person", "AM", 0.75, {"nikol pashinyan", "pashinyan"});
    terms_ = {{"office:us/foreign-minister", "kb:person/antony-blinken", "2021-01-26", "2025-01-20"},
              {"office:us/foreign-minister", "kb:person/marco-rubio", "2025-01-21", ""},
              {"office:fr/foreign-minister", "kb:person/stephane-sejourne", "2024-01-11", "2024-09-21"}};
    roles_ = {{"secretary of state|US", "office:us/foreign-minister"},
              {"secretary of state|", "office:us/foreign-minister"},
              {"secretaire d'etat|US", "office:us/foreign-minister"},
              {"foreign minister|FR", "office:fr/foreign-minister"},
              {"head of diplomacy|US", "office:us/foreign-minister"}};
    demonyms_ = {{"american", "US"}, {"americain", "US"}, {"russian", "RU"}, {"russe", "RU"},
                 {"french", "FR"},   {"francais", "FR"},  {"ukrainian", "UA"}, {"suisse", "CH"}};
    first_ = {"antony", "anthony", "stephane", "jean", "marco", "vladimir", "volodymyr", "nikol", "mark", "chad", "paris"};
  }

  std::vector<const KbEntity*> Lookup(std::string_view key) const override {
    std::vector<const KbEntity*> out;
    auto it = aliases_.find(std::string(key));
    if (it != aliases_.end()) {
      for (size_t i : it->second) out.push_back(&entities_[i]);
    }
    return out;
  }
  std::vector<KbCandidate> Candidates(std::string_view key) const override {
    std::vector<KbCandidate> out;
    for (const KbEntity* e : Lookup(key)) out.push_back({e, static_cast<float>(e->prior), 0});
    return out;
  }
  bool IsAliasPrefix(std::string_view prefix) const override {
    std::string p(prefix);
    for (const auto& [a, v] : aliases_) {
      if (a == p || a.rfind(p + " ", 0) == 0) return true;
    }
    return false;
  }
  const KbEntity* Get(std::string_view id) const override {
    for (const auto& e : entities_) {
      if (e.id == id) return &e;
    }
    return nullptr;
  }
  std::optional<std::string> RoleToOffice(std::string_view role, std::string_view country) const override {
    auto it = roles_.find(std::string(role) + "|" + std::string(country));
    if (it == roles_.end()) return std::nullopt;
    return it->second;
  }
  const KbEntity* OfficeHolder(std::string_view office, std::string_view date) const override {
    for (const auto& t : terms_) {
      if (t.office_id == office && t.start <= date && (t.end.empty() || date <= t.end)) return Get(t.holder_id);
    }
    return nullptr;
  }
  std::vector<KbOfficeTerm> OfficesOf(std::string_view person) const override {
    std::vector<KbOfficeTerm> out;
    for (const auto& t : terms_) {
      if (t.holder_id == person) out.push_back(t);
    }
    return out;
  }
  bool IsFirstName(std::string_view f) const override { return first_.count(std::string(f)) > 0; }
  bool IsSurname(std::string_view) const override { return false; }
  std::optional<std::string> DemonymCountry(std::string_view f) const override {
    auto it = demonyms_.find(std::string(f));
    if (it == demonyms_.end()) return std::nullopt;
    return it->second;
  }
  bool IsTitleWord(std::string_view) const override { return false; }
  size_t entity_count() const override { return entities_.size(); }
  size_t alias_count() const override { return aliases_.size(); }
  KbStats stats() const override { return {}; }

 private:
  void Add(std::string id, std::string name, std::string type, std::string kind, std::string country, double prior,
           std::vector<std::string> aliases) {
    entities_.push_back({id, name, type, kind, country, "", prior});
    for (const auto& a : aliases) aliases_[a].push_back(entities_.size() - 1);
  }
  std::vector<KbEntity> entities_ = std::vector<KbEntity>();
  std::map<std::string, std::vector<size_t>> aliases_;
  std::vector<KbOfficeTerm> terms_;
  std::map<std::string, std::string> roles_, demonyms_;
  std::set<std::string> first_;
};

}  // namespace dragoman::testing
