// Knowledge base: building from the curated files, lookups across languages and
// spellings, offices at a date, role phrases, lexicons, user files, bad files.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <vector>
#include <unistd.h>

#include "dragoman/kb.h"
#include "entities/kb_builder.h"

namespace dragoman {
namespace {

namespace fs = std::filesystem;

// One curated-only base (no npm data: fast and the same on every machine),
// built once for the suite into a temporary folder.
class KbTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new std::string((fs::temp_directory_path() / ("dragoman_kb_test_" + std::to_string(getpid()))).string());
    KbBuildOptions o;
    o.data_dir = std::string(DRAGOMAN_SOURCE_DIR) + "/data/kb";
    o.out_path = *dir_ + "/kb.bin";
    o.geonames = false;
    auto r = BuildKnowledgeBase(o);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    KbOptions ko;
    ko.dir = *dir_;
    ko.ignore_env_extra = true;
    auto kb = KnowledgeBase::Open(ko);
    ASSERT_TRUE(kb.ok()) << kb.status().ToString();
    kb_ = new std::shared_ptr<const KnowledgeBase>(*kb);
  }
  static void TearDownTestSuite() {
    delete kb_;
    kb_ = nullptr;
    std::error_code ec;
    fs::remove_all(*dir_, ec);
    delete dir_;
  }
  const KnowledgeBase& kb() { return **kb_; }
  // Id of the best candidate for a surface form, or "".
  std::string Top(std::string_view surface) {
    auto c = kb().Lookup(KbKey(surface));
    return c.empty() ? "" : c[0]->id;
  }
  static std::string* dir_;
  static std::shared_ptr<const KnowledgeBase>* kb_;
};
std::string* KbTest::dir_ = nullptr;
std::shared_ptr<const KnowledgeBase>* KbTest::kb_ = nullptr;

TEST_F(KbTest, LoadsWithCounts) {
  EXPECT_GT(kb().entity_count(), 800u);
  EXPECT_GT(kb().alias_count(), 5000u);
  KbStats s = kb().stats();
  EXPECT_GT(s.office_terms, 300u);
  EXPECT_GT(s.roles, 100u);
  EXPECT_NE(s.built.find("organizations.tsv"), std::string::npos);
}

TEST_F(KbTest, NatoAcrossLanguages) {
  EXPECT_EQ(Top("NATO"), "kb:nato");
  EXPECT_EQ(Top("OTAN"), "kb:nato");
  EXPECT_EQ(Top("l'Alliance atlantique"), "kb:nato");
  EXPECT_EQ(Top("l’Alliance atlantique"), "kb:nato");
  EXPECT_EQ(Top("Atlantic Alliance"), "kb:nato");
  EXPECT_EQ(Top("l’OTAN"), "kb:nato");  // elision stripped at lookup
  EXPECT_EQ(Top("d'Ukraine"), "kb:country/ua");
  EXPECT_EQ(Top("guerre en Ukraine"), "kb:misc/russian-invasion-of-ukraine");
  EXPECT_EQ(Top("Nordatlantikpakt"), "kb:nato");
  const KbEntity* nato = kb().Get("kb:nato");
  ASSERT_NE(nato, nullptr);
  EXPECT_EQ(nato->type, "ORG");
  EXPECT_EQ(nato->kind, "igo");
  EXPECT_EQ(nato->wikidata, "Q7184");
}

TEST_F(KbTest, AcronymFlagAndCandidates) {
  auto c = kb().Candidates(KbKey("AFP"));
  ASSERT_FALSE(c.empty());
  EXPECT_EQ(c[0].entity->id, "kb:media/afp");
  EXPECT_TRUE(c[0].flags & kAliasAcronym);
  EXPECT_GT(c[0].score, 0.5f);
  auto m = kb().Candidates(KbKey("Agence France-Presse"));
  ASSERT_FALSE(m.empty());
  EXPECT_FALSE(m[0].flags & kAliasAcronym);
}

TEST_F(KbTest, UnitedStatesSpellings) {
  for (const char* s : {"États-Unis", "Etats-Unis", "etats unis", "USA", "U.S.", "EEUU", "EE.UU.", "United States",
                        "Vereinigte Staaten", "Estados Unidos"}) {
    EXPECT_EQ(Top(s), "kb:country/us") << s;
  }
  EXPECT_EQ(Top("Grande-Bretagne"), "kb:country/gb");
  EXPECT_EQ(Top("Russie"), "kb:country/ru");
  EXPECT_EQ(Top("Australie"), "kb:country/au");  // from ICU's French names
  EXPECT_EQ(Top("Japon"), "kb:country/jp");
}

TEST_F(KbTest, PlacesAcrossSpellings) {
  for (const char* s : {"Kyiv", "Kiev", "kyiv", "Kyjiw", "Kiew", "Київ", "Киев"}) EXPECT_EQ(Top(s), "kb:geo/703448") << s;
  EXPECT_EQ(Top("Bruxelles"), Top("Brussels"));
  EXPECT_EQ(Top("BRUXELLES"), "kb:geo/2800866");
  EXPECT_EQ(Top("Elabuga"), Top("Yelabuga"));
  EXPECT_EQ(Top("Europe de l’Est"), "kb:region/eastern-europe");
  EXPECT_EQ(Top("Donbass"), "kb:region/donbas");
}

TEST_F(KbTest, PeopleVariants) {
  EXPECT_EQ(Top("Antony Blinken"), "kb:person/antony-blinken");
  EXPECT_EQ(Top("Anthony Blinken"), "kb:person/antony-blinken");
  EXPECT_EQ(Top("Blinken"), "kb:person/antony-blinken");
  auto c = kb().Candidates(KbKey("Blinken"));
  ASSERT_FALSE(c.empty());
  EXPECT_TRUE(c[0].flags & kAliasSurnameOnly);
  EXPECT_EQ(Top("Stephane Sejourne"), "kb:person/stephane-sejourne");
  EXPECT_EQ(Top("Séjourné"), "kb:person/stephane-sejourne");
  EXPECT_EQ(Top("Vladimir Zelensky"), "kb:person/volodymyr-zelensky");
  EXPECT_EQ(Top("Wolodymyr Selenskyj"), "kb:person/volodymyr-zelensky");
  EXPECT_EQ(Top("Zelenskyy"), "kb:person/volodymyr-zelensky");
  EXPECT_EQ(Top("Nikol Pashinian"), "kb:person/nikol-pashinyan");
  EXPECT_EQ(Top("Sergei Lavrov"), "kb:person/sergey-lavrov");
  EXPECT_EQ(Top("Sergueï Lavrov"), "kb:person/sergey-lavrov");
  EXPECT_EQ(Top("Olaf Scholz"), "kb:person/olaf-scholz");
  EXPECT_EQ(Top("Peskov"), "kb:person/dmitry-peskov");
  // Family name first: no given-name-only alias for Wang Yi.
  EXPECT_EQ(Top("Wang Yi"), "kb:person/wang-yi");
  EXPECT_EQ(Top("Yi"), "");
}

TEST_F(KbTest, PrefixesForGreedyMatching) {
  EXPECT_TRUE(kb().IsAliasPrefix("united"));
  EXPECT_TRUE(kb().IsAliasPrefix("antony"));
  EXPECT_TRUE(kb().IsAliasPrefix("antony blinken"));
  EXPECT_TRUE(kb().IsAliasPrefix("l'alliance"));
  EXPECT_TRUE(kb().IsAliasPrefix("l'europe"));  // elision stripped: "europe de l'est"
  EXPECT_FALSE(kb().IsAliasPrefix("unit"));  // word boundary, not a character prefix
  EXPECT_FALSE(kb().IsAliasPrefix("zzqx"));
  EXPECT_FALSE(kb().IsAliasPrefix(""));
}

TEST_F(KbTest, KeysNormalizeSpacing) {
  EXPECT_EQ(KbKey("  Quai d’ Orsay "), "quai d'orsay");
  EXPECT_EQ(KbKey("Jean - Noël  Barrot"), "jean-noel barrot");
  EXPECT_EQ(Top("Jean - Noël Barrot"), "kb:person/jean-noel-barrot");
  EXPECT_EQ(Top("Jean Noel Barrot"), "kb:person/jean-noel-barrot");
  EXPECT_EQ(Top("quai d’ Orsay"), "kb:fr/quai-dorsay");
  auto c = kb().Lookup("quai  d'orsay");  // doubled space in a folded key
  ASSERT_FALSE(c.empty());
  EXPECT_EQ(c[0]->id, "kb:fr/quai-dorsay");
}

TEST_F(KbTest, OfficeHolderAtDate) {
  const KbEntity* e = kb().OfficeHolder("office:us/foreign-minister", "2024-04-02");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->id, "kb:person/antony-blinken");
  e = kb().OfficeHolder("office:us/foreign-minister", "2025-03-01");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->id, "kb:person/marco-rubio");
  e = kb().OfficeHolder("office:fr/defence-minister", "2024-04-02");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->id, "kb:person/sebastien-lecornu");
  e = kb().OfficeHolder("office:nato/secretary-general", "2022-04-06");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->id, "kb:person/jens-stoltenberg");
  e = kb().OfficeHolder("office:de/head-of-government", "2025-05-06");  // first day of the new term
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->id, "kb:person/friedrich-merz");
  EXPECT_EQ(kb().OfficeHolder("office:us/foreign-minister", "not a date"), nullptr);
  EXPECT_EQ(kb().OfficeHolder("office:xx/nothing", "2024-01-01"), nullptr);
  auto terms = kb().OfficesOf("kb:person/antony-blinken");
  bool found = false;
  for (const auto& t : terms) found |= t.office_id == "office:us/foreign-minister" && t.start == "2021-01-26";
  EXPECT_TRUE(found);
}

TEST_F(KbTest, RolePhrasesInFourLanguages) {
  auto role = [&](std::string_view phrase, std::string_view cc = "") {
    return kb().RoleToOffice(KbKey(phrase), cc).value_or("");
  };
  const std::string us = "office:us/foreign-minister";
  EXPECT_EQ(role("secretary of state"), us);
  EXPECT_EQ(role("US Secretary of State"), us);
  EXPECT_EQ(role("American Secretary of State"), us);
  EXPECT_EQ(role("head of American diplomacy"), us);
  EXPECT_EQ(role("le secrétaire d’État américain"), us);
  EXPECT_EQ(role("chef de la diplomatie américaine"), us);
  EXPECT_EQ(role("US-Außenminister"), us);
  EXPECT_EQ(role("jefe de la diplomacia estadounidense"), us);
  EXPECT_EQ(role("ministre des Armées"), "office:fr/defence-minister");
  EXPECT_EQ(role("The French Minister of the Armed Forces"), "office:fr/defence-minister");
  EXPECT_EQ(role("French foreign minister"), "office:fr/foreign-minister");
  EXPECT_EQ(role("ministre allemand des Affaires étrangères"), "office:de/foreign-minister");
  EXPECT_EQ(role("foreign minister", "FR"), "office:fr/foreign-minister");
  EXPECT_EQ(role("Außenminister", "de"), "office:de/foreign-minister");
  EXPECT_EQ(role("ministro de Defensa", "ES"), "office:es/defence-minister");
  EXPECT_EQ(role("Kremlin spokesman"), "office:ru/presidential-spokesperson");
  EXPECT_EQ(role("secrétaire général de l'OTAN"), "office:nato/secretary-general");
  EXPECT_EQ(role("NATO Secretary General"), "office:nato/secretary-general");
  // A generic role without a country resolves to nothing rather than a guess.
  EXPECT_EQ(role("foreign minister"), "");
  EXPECT_EQ(role("secretary of state", "FR"), "");
  EXPECT_EQ(role("not a role at all"), "");
}

TEST_F(KbTest, DemonymsAndLexicons) {
  for (const char* d : {"american", "americain", "americaine", "americains", "amerikanisch", "amerikanische",
                        "estadounidense", "norteamericano", "norteamericanas"}) {
    EXPECT_EQ(kb().DemonymCountry(d).value_or(""), "US") << d;
  }
  for (const char* d : {"russe", "russisch", "russischen", "ruso", "rusas", "russian"})
    EXPECT_EQ(kb().DemonymCountry(d).value_or(""), "RU") << d;
  for (const char* d : {"ukrainien", "ukrainienne", "ukrainiennes", "ucraniano", "ukrainisch"})
    EXPECT_EQ(kb().DemonymCountry(d).value_or(""), "UA") << d;
  EXPECT_EQ(kb().DemonymCountry(KbKey("français")).value_or(""), "FR");
  EXPECT_EQ(kb().DemonymCountry(KbKey("alemán")).value_or(""), "DE");
  EXPECT_FALSE(kb().DemonymCountry("table").has_value());
  EXPECT_TRUE(kb().IsTitleWord("mr"));
  EXPECT_TRUE(kb().IsTitleWord("m."));
  EXPECT_TRUE(kb().IsTitleWord("mme"));
  EXPECT_TRUE(kb().IsTitleWord("herr"));
  EXPECT_TRUE(kb().IsTitleWord(KbKey("président")));
  EXPECT_FALSE(kb().IsTitleWord("table"));
  EXPECT_TRUE(kb().IsFirstName("antony"));
  EXPECT_TRUE(kb().IsSurname("blinken"));
  EXPECT_FALSE(kb().IsFirstName("zzqx"));
}

TEST_F(KbTest, UserFileAddsEntitiesAliasesAndOffices) {
  std::string path = *dir_ + "/extra.tsv";
  {
    std::ofstream f(path);
    f << "# my entities\n"
      << "kb:user/acme\tORG\tcompany\tAcme Widgets\tFR\t\t0.6\tACME|Acme\n"
      << "kb:user/jane-roe\tPER\tperson\tJane Roe\tFR\t\t\t\n"
      << "kb:nato\t\t\t\t\t\t\tla grande alliance\n"
      << "office:user/acme-ceo\tkb:user/jane-roe\t2020-01-01\t\t\n";
  }
  KbOptions o;
  o.dir = *dir_;
  o.ignore_env_extra = true;
  o.user_files = {path};
  auto kb = KnowledgeBase::Open(o);
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  auto top = [&](std::string_view s) {
    auto c = (*kb)->Lookup(KbKey(s));
    return c.empty() ? std::string() : c[0]->id;
  };
  EXPECT_EQ(top("ACME"), "kb:user/acme");
  EXPECT_EQ(top("Acme Widgets"), "kb:user/acme");
  EXPECT_EQ(top("Roe"), "kb:user/jane-roe");
  EXPECT_EQ(top("la grande alliance"), "kb:nato");
  EXPECT_EQ(top("OTAN"), "kb:nato");  // the base is still there
  EXPECT_TRUE((*kb)->IsAliasPrefix("acme"));
  ASSERT_NE((*kb)->Get("kb:user/acme"), nullptr);
  EXPECT_EQ((*kb)->Get("kb:user/acme")->country, "FR");
  const KbEntity* ceo = (*kb)->OfficeHolder("office:user/acme-ceo", "2024-01-01");
  ASSERT_NE(ceo, nullptr);
  EXPECT_EQ(ceo->id, "kb:user/jane-roe");
  EXPECT_EQ((*kb)->entity_count(), this->kb().entity_count() + 2);

  // The same file through DRAGOMAN_KB_EXTRA.
  setenv("DRAGOMAN_KB_EXTRA", path.c_str(), 1);
  KbOptions env;
  env.dir = *dir_;
  auto kb2 = KnowledgeBase::Open(env);
  unsetenv("DRAGOMAN_KB_EXTRA");
  ASSERT_TRUE(kb2.ok()) << kb2.status().ToString();
  EXPECT_NE((*kb2)->Get("kb:user/acme"), nullptr);
}

TEST_F(KbTest, BadUserFileNamesPathAndLine) {
  std::string path = *dir_ + "/bad.tsv";
  {
    std::ofstream f(path);
    f << "kb:user/ok\tORG\tcompany\tOk Corp\t\t\t\t\n"
      << "kb:user/bad\tORG\tcompany\tBad Corp\tFRA\t\t\t\n";
  }
  KbOptions o;
  o.dir = *dir_;
  o.ignore_env_extra = true;
  o.user_files = {path};
  auto kb = KnowledgeBase::Open(o);
  ASSERT_FALSE(kb.ok());
  EXPECT_EQ(kb.status().code(), Code::kInvalidArgument);
  EXPECT_NE(kb.status().message().find(path + ":2:"), std::string::npos) << kb.status().message();
  o.user_files = {*dir_ + "/missing.tsv"};
  auto missing = KnowledgeBase::Open(o);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), Code::kNotFound);
}

TEST_F(KbTest, MissingAndCorruptFilesGiveClearErrors) {
  KbOptions o;
  o.ignore_env_extra = true;
  o.dir = *dir_ + "/nowhere";
  auto missing = KnowledgeBase::Open(o);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), Code::kNotFound);
  EXPECT_NE(missing.status().message().find("dragoman kb build"), std::string::npos);

  std::string good = *dir_ + "/kb.bin";
  std::string bytes;
  {
    std::ifstream in(good, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  ASSERT_GT(bytes.size(), 1000u);
  auto write_and_open = [&](const std::string& content) {
    fs::create_directories(*dir_ + "/bad");
    std::ofstream(*dir_ + "/bad/kb.bin", std::ios::binary | std::ios::trunc) << content;
    KbOptions b;
    b.dir = *dir_ + "/bad";
    b.ignore_env_extra = true;
    return KnowledgeBase::Open(b);
  };
  std::string wrong_magic = bytes;
  wrong_magic[0] = 'X';
  auto r1 = write_and_open(wrong_magic);
  ASSERT_FALSE(r1.ok());
  EXPECT_EQ(r1.status().code(), Code::kCorruption);
  EXPECT_NE(r1.status().message().find("magic"), std::string::npos);

  auto r2 = write_and_open(bytes.substr(0, bytes.size() / 2));
  ASSERT_FALSE(r2.ok());
  EXPECT_EQ(r2.status().code(), Code::kCorruption);
  EXPECT_NE(r2.status().message().find("truncated"), std::string::npos);

  auto r3 = write_and_open("DRG");
  ASSERT_FALSE(r3.ok());
  EXPECT_EQ(r3.status().code(), Code::kCorruption);

  std::string wrong_version = bytes;
  wrong_version[8] = 99;
  auto r4 = write_and_open(wrong_version);
  ASSERT_FALSE(r4.ok());
  EXPECT_NE(r4.status().message().find("version"), std::string::npos);
}

TEST(KbBuild, MissingCuratedFolderIsAnError) {
  KbBuildOptions o;
  o.data_dir = "/nonexistent/data/kb";
  o.out_path = (fs::temp_directory_path() / "dragoman_kb_never.bin").string();
  auto r = BuildKnowledgeBase(o);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kNotFound);
}

TEST(KbBuild, MissingNpmDataOnlyWarns) {
  std::string dir = (fs::temp_directory_path() / ("dragoman_kb_nonpm_" + std::to_string(getpid()))).string();
  KbBuildOptions o;
  o.data_dir = std::string(DRAGOMAN_SOURCE_DIR) + "/data/kb";
  o.npm_dir = dir + "/no-npm-here";
  o.out_path = dir + "/kb.bin";
  auto r = BuildKnowledgeBase(o);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_FALSE(r->warnings.empty());
  EXPECT_GT(r->entities, 800u);
  EXPECT_TRUE(fs::exists(o.out_path));
  std::error_code ec;
  fs::remove_all(dir, ec);
}

// Writes a little-endian GNU gettext .mo catalogue of msgid -> msgstr pairs (sorted by msgid).
void WriteMo(const std::string& path, const std::vector<std::pair<std::string, std::string>>& pairs) {
  auto u32 = [](std::string* out, uint32_t v) { out->append(reinterpret_cast<const char*>(&v), 4); };
  uint32_t n = static_cast<uint32_t>(pairs.size());
  uint32_t orig = 28, trans = orig + 8 * n, strings = trans + 8 * n;
  std::string head, tables_o, tables_t, blob;
  for (const auto& [id, _] : pairs) {
    u32(&tables_o, static_cast<uint32_t>(id.size()));
    u32(&tables_o, strings + static_cast<uint32_t>(blob.size()));
    blob += id + '\0';
  }
  for (const auto& [_, tr] : pairs) {
    u32(&tables_t, static_cast<uint32_t>(tr.size()));
    u32(&tables_t, strings + static_cast<uint32_t>(blob.size()));
    blob += tr + '\0';
  }
  for (uint32_t v : {0x950412deu, 0u, n, orig, trans, 0u, 0u}) u32(&head, v);
  std::ofstream(path, std::ios::binary) << head << tables_o << tables_t << blob;
}

TEST(KbBuild, FirstLevelRegionsFromIsoCodes) {
  std::string dir = (fs::temp_directory_path() / ("dragoman_kb_iso_" + std::to_string(getpid()))).string();
  fs::create_directories(dir + "/json");
  fs::create_directories(dir + "/locale/fr/LC_MESSAGES");
  fs::create_directories(dir + "/locale/en/LC_MESSAGES");
  fs::create_directories(dir + "/locale/xx/LC_MESSAGES");  // not a language we take
  std::ofstream(dir + "/json/iso_3166-2.json") << R"({"3166-2": [
    {"code": "DE-BY", "name": "Bayern", "type": "Land"},
    {"code": "ES-CT", "name": "Catalunya [Cataluña]", "type": "Autonomous community"},
    {"code": "ES-MD", "name": "Madrid, Comunidad de", "type": "Autonomous community"},
    {"code": "ES-M", "name": "Madrid", "type": "Province", "parent": "MD"},
    {"code": "SE-AB", "name": "Stockholms län [SE-01]", "type": "County"},
    {"code": "ZW-XX", "name": "Kwazulu Heights", "type": "Municipality"},
    {"code": "SE-XX", "name": "Norrlands län", "type": "County", "parent": "AB"}]})";
  WriteMo(dir + "/locale/fr/LC_MESSAGES/iso_3166-2.mo", {{"Bayern", "Bavière"}, {"Catalunya [Cataluña]", "Catalogne"}});
  WriteMo(dir + "/locale/en/LC_MESSAGES/iso_3166-2.mo", {{"Bayern", "Bavaria"}});
  WriteMo(dir + "/locale/xx/LC_MESSAGES/iso_3166-2.mo", {{"Bayern", "Zzbayernzz"}});
  KbBuildOptions o;
  o.data_dir = std::string(DRAGOMAN_SOURCE_DIR) + "/data/kb";
  o.iso_codes_dir = dir + "/json";
  o.locale_dir = dir + "/locale";
  o.out_path = dir + "/kb.bin";
  o.geonames = false;
  auto r = BuildKnowledgeBase(o);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  KbOptions ko;
  ko.dir = dir;
  ko.ignore_env_extra = true;
  auto kb = KnowledgeBase::Open(ko);
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  auto top = [&](std::string_view s) -> const KbEntity* {
    auto c = (*kb)->Lookup(KbKey(s));
    return c.empty() ? nullptr : c[0];
  };
  // One entity, in Germany, under its name in three languages; named in English.
  const KbEntity* bavaria = top("Bayern");
  ASSERT_NE(bavaria, nullptr);
  EXPECT_EQ(bavaria->type, "LOC");
  EXPECT_EQ(bavaria->kind, "region");
  EXPECT_EQ(bavaria->country, "DE");
  // The curated Bavaria of places.tsv takes the ISO names; no second entity.
  EXPECT_EQ(bavaria->id, "kb:region/bavaria");
  EXPECT_EQ(top("Bavière"), bavaria);
  EXPECT_EQ(top("Bavaria"), bavaria);
  EXPECT_EQ((*kb)->Lookup(KbKey("Bayern")).size(), 1u);
  EXPECT_EQ(top("Zzbayernzz"), nullptr);
  // Bracketed second name; an ISO subdivision a curated region names merges into it.
  ASSERT_NE(top("Cataluña"), nullptr);
  EXPECT_EQ(top("Cataluña")->id, "kb:region/catalonia");
  // "Name, Kind" -> "Name" and "Kind Name"; new regions are kb:region/<code>.
  ASSERT_NE(top("Comunidad de Madrid"), nullptr);
  EXPECT_EQ(top("Comunidad de Madrid")->id, "kb:region/es-md");
  EXPECT_EQ(top("Comunidad de Madrid")->country, "ES");
  ASSERT_NE(top("Stockholms län"), nullptr);
  EXPECT_EQ(top("Stockholms län")->id, "kb:region/se-ab");
  EXPECT_EQ(top("SE-01"), nullptr);
  // Second-level entries and other types are left out.
  EXPECT_EQ((*kb)->Get("kb:region/es-m"), nullptr);
  EXPECT_EQ(top("Kwazulu Heights"), nullptr);
  EXPECT_EQ(top("Norrlands län"), nullptr);
  EXPECT_EQ(r->regions, 4u);
  std::error_code ec;
  fs::remove_all(dir, ec);
}

// The base the build produced, with the npm data (GeoNames, world-countries).
class KbFullTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string path = std::string(DRAGOMAN_BUILD_DATA_DIR) + "/kb.bin";
    if (!fs::exists(path)) GTEST_SKIP() << path << " not built (cmake --build builds it)";
    KbOptions o;
    o.dir = DRAGOMAN_BUILD_DATA_DIR;
    o.ignore_env_extra = true;
    auto kb = KnowledgeBase::Open(o);
    ASSERT_TRUE(kb.ok()) << kb.status().ToString();
    kb_ = *kb;
    if (kb_->entity_count() < 100000) GTEST_SKIP() << "kb.bin was built without the npm data (scripts/setup.sh)";
  }
  std::string Top(std::string_view s) {
    auto c = kb_->Lookup(KbKey(s));
    return c.empty() ? "" : c[0]->id;
  }
  std::shared_ptr<const KnowledgeBase> kb_;
};

TEST_F(KbFullTest, GeoNamesPlacesWithPriors) {
  EXPECT_EQ(Top("Paris"), "kb:geo/2988507");  // Paris, France before Paris, Texas
  auto paris = kb_->Candidates("paris");
  ASSERT_GT(paris.size(), 2u);
  bool texas = false;
  for (const auto& c : paris) texas |= c.entity->country == "US";
  EXPECT_TRUE(texas);
  EXPECT_EQ(Top("Nizhnekamsk"), "kb:geo/521118");
  EXPECT_EQ(Top("Kijów"), "kb:geo/703448");
  EXPECT_EQ(Top("Parigi"), "kb:geo/2988507");
  EXPECT_EQ(Top("Versailles"), "kb:geo/2969679");
  EXPECT_EQ(Top("Washington"), "kb:geo/4140963");
  EXPECT_GT(kb_->alias_count(), 500000u);
}

TEST_F(KbFullTest, CommonWordsAreFlagged) {
  auto nice = kb_->Candidates("nice");
  ASSERT_FALSE(nice.empty());
  EXPECT_EQ(nice[0].entity->country, "FR");
  EXPECT_TRUE(nice[0].flags & kAliasCommonWord);
  auto paris = kb_->Candidates("paris");
  ASSERT_FALSE(paris.empty());
  EXPECT_FALSE(paris[0].flags & kAliasCommonWord);
  for (const auto& c : kb_->Candidates("of")) EXPECT_TRUE(c.flags & kAliasCommonWord) << c.entity->id;
}

TEST_F(KbFullTest, WorldCountriesDemonymsAndNames) {
  EXPECT_EQ(kb_->DemonymCountry("ivoirien").value_or(""), "CI");
  EXPECT_EQ(kb_->DemonymCountry("ivoiriennes").value_or(""), "CI");
  EXPECT_EQ(kb_->DemonymCountry("kenyan").value_or(""), "KE");
  EXPECT_EQ(Top("Côte d'Ivoire"), "kb:country/ci");
  EXPECT_TRUE(kb_->IsFirstName("aminata"));  // hunspell-fr po:prn
  EXPECT_TRUE(kb_->IsFirstName("abigail"));  // @stdlib female names
}

TEST_F(KbFullTest, FirstLevelRegionsInManyLanguages) {
  const std::string bavaria = Top("Bavaria");
  ASSERT_FALSE(bavaria.empty());
  EXPECT_EQ(Top("Bayern"), bavaria);
  EXPECT_EQ(Top("Bavière"), bavaria);
  EXPECT_EQ(Top("Baviera"), bavaria);
  const KbEntity* e = kb_->Get(bavaria);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, "LOC");
  EXPECT_EQ(e->kind, "region");
  EXPECT_EQ(e->country, "DE");
  for (const char* sicily : {"Sicile", "Sizilien", "Sicilia", "Сицилия"}) EXPECT_EQ(Top(sicily), "kb:region/sicily") << sicily;
  EXPECT_EQ(Top("Catalogne"), Top("Catalunya"));
  EXPECT_EQ(Top("Donetska oblast"), "kb:region/donetsk-oblast");
  EXPECT_EQ(Top("Донецька область"), "kb:region/donetsk-oblast");
  for (const auto& [name, cc] : std::vector<std::pair<const char*, const char*>>{
           {"Colorado", "US"}, {"Queensland", "AU"}, {"Île-de-France", "FR"}, {"Niedersachsen", "DE"}}) {
    const KbEntity* r = kb_->Get(Top(name));
    ASSERT_NE(r, nullptr) << name;
    EXPECT_EQ(r->kind, "region") << name;
    EXPECT_EQ(r->country, cc) << name;
  }
  // A region does not replace a bigger city of the same name, but is a candidate.
  for (const char* city : {"Madrid", "Bern", "Salzburg"}) {
    auto c = kb_->Candidates(KbKey(city));
    ASSERT_FALSE(c.empty()) << city;
    EXPECT_NE(c[0].entity->kind, "region") << city;
    bool region = false;
    for (const auto& x : c) region |= x.entity->kind == "region";
    EXPECT_TRUE(region) << city;
  }
}

}  // namespace
}  // namespace dragoman
