#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "entities/entity_stage.h"
#include "ner_fake_kb.h"
#include "text/segmenter.h"

namespace dragoman {
namespace {

// Runs segment + entities on one text with the fake knowledge base.
Article Analyze(const std::string& lang, const std::string& text, const std::string& date = "") {
  static auto kb = std::make_shared<testing::FakeKb>();
  Article a;
  a.language = lang;
  a.text = text;
  if (!date.empty()) a.published = PublishedDate{date, "day", "test"};
  SegmentStage seg;
  EntityStage ent(kb, FindNerDataDir(""));
  EXPECT_TRUE(seg.Process(a).ok());
  EXPECT_TRUE(ent.Process(a).ok());
  return a;
}

const Mention* Find(const Article& a, const std::string& surface) {
  for (const auto& m : a.mentions) {
    if (m.text == surface) return &m;
  }
  return nullptr;
}

// The type and the linked entity of the mention with this surface, or
// "(no mention)": one EXPECT_EQ checks that it is found and what it is.
std::string TypeOf(const Article& a, const std::string& surface) {
  const Mention* m = Find(a, surface);
  return m ? m->type : "(no mention)";
}

std::string EntityOf(const Article& a, const std::string& surface) {
  const Mention* m = Find(a, surface);
  return m ? m->entity_id : "(no mention)";
}

TEST(NerRecognize, KnowledgeBaseAliasesAcrossLanguages) {
  Article a = Analyze("fr", "Les ministres de l’OTAN se réunissent à Bruxelles contre la Russie.");
  const Mention* otan = Find(a, "OTAN");
  ASSERT_NE(otan, nullptr);
  EXPECT_EQ(otan->type, "ORG");
  EXPECT_EQ(otan->entity_id, "kb:nato");
  EXPECT_EQ(EntityOf(a, "Bruxelles"), "kb:geo/brussels");
  EXPECT_EQ(EntityOf(a, "Russie"), "kb:country/ru");
  EXPECT_EQ(Find(a, "Les"), nullptr);
}

TEST(NerRecognize, LowerCaseCapitalAndAllCapsDateline) {
  Article a = Analyze("en", "BRUXELLES, 6 Apr. - Weapons were delivered to kyiv on Tuesday.");
  EXPECT_EQ(EntityOf(a, "kyiv"), "kb:geo/kyiv");
  EXPECT_EQ(TypeOf(a, "BRUXELLES"), "LOC");
  EXPECT_EQ(Find(a, "Tuesday"), nullptr);
  EXPECT_EQ(Find(a, "Weapons"), nullptr);
}

TEST(NerRecognize, DatelineBeforeADateStaysAPlace) {
  // A number after a city makes it a sports team ("Somerset 83"), a date does not.
  Article a = Analyze("en", "LONDON 1996-08-30\n\nShares fell in London on Friday.");
  EXPECT_EQ(TypeOf(a, "LONDON"), "LOC");
  EXPECT_EQ(EntityOf(a, "LONDON"), "kb:geo/london");
}

TEST(NerRecognize, OneLetterTitleOfAnotherLanguageIsAnInitial) {
  Article en = Analyze("en", "Kent 108-3 (M. McCague 4-55, D. Blenkiron 4-43).");
  EXPECT_NE(Find(en, "M. McCague"), nullptr);
  EXPECT_NE(Find(en, "D. Blenkiron"), nullptr);
  Article fr = Analyze("fr", "M. Dupuis-Marchal a quitté la salle.");
  EXPECT_EQ(Find(fr, "M. Dupuis-Marchal"), nullptr) << "French M. is Monsieur, a title";
  EXPECT_NE(Find(fr, "Dupuis-Marchal"), nullptr);
}

TEST(NerRecognize, DemonymThatIsTheCountryNameIsTheCountry) {
  Article a = Analyze("fr", "Elle vit en Suisse depuis dix ans.");
  EXPECT_EQ(TypeOf(a, "Suisse"), "LOC");
  Article b = Analyze("fr", "Hier, un Suisse a remporté la course.");
  EXPECT_EQ(TypeOf(b, "Suisse"), "MISC") << "after an indefinite article it is a person";
}

TEST(NerRecognize, PlaceNameEndingsTypeUnknownPlaces) {
  Article fr = Analyze("fr", "Les habitants de Borovanie votent dimanche.");
  EXPECT_EQ(TypeOf(fr, "Borovanie"), "LOC");
  Article en = Analyze("en", "Floods cut roads across Wexfordshire on Monday.");
  EXPECT_EQ(TypeOf(en, "Wexfordshire"), "LOC");
}

TEST(NerRecognize, NameEndingInACityIsAClubOrCompany) {
  Article en = Analyze("en", "The striker joined Sporting London on Monday.");
  EXPECT_EQ(TypeOf(en, "Sporting London"), "ORG");
  Article fr = Analyze("fr", "Les joueurs des Pirates de Paris ont gagné.");
  EXPECT_EQ(TypeOf(fr, "Pirates de Paris"), "ORG");
  // A given name first keeps it a person.
  Article p = Analyze("en", "The letter was signed by Jean London yesterday.");
  EXPECT_EQ(TypeOf(p, "Jean London"), "PER");
}

TEST(NerRecognize, FrenchPluralDemonymBeforeACityIsATeam) {
  Article a = Analyze("fr", "Il a signé avec les Américains de Paris en mai.");
  EXPECT_EQ(TypeOf(a, "Américains de Paris"), "ORG");
  Article b = Analyze("fr", "Les Américains ont voté.");
  EXPECT_EQ(TypeOf(b, "Américains"), "MISC");
}

TEST(NerRecognize, PlaceOpeningALongerUnknownNameIsNotItsType) {
  Article a = Analyze("en", "The race was won by Tarvik Olsson on Sunday.");
  EXPECT_EQ(TypeOf(a, "Tarvik Olsson"), "PER");
  Article b = Analyze("en", "He joined London Harriers last year.");
  EXPECT_EQ(TypeOf(b, "London Harriers"), "ORG") << "a real city before other words: a club";
  // A city that is also a given name, before an organization word.
  Article d = Analyze("en", "He played for Paris United last year.");
  EXPECT_EQ(TypeOf(d, "Paris United"), "ORG");
  Article c = Analyze("en", "Snow fell on the Tarvik Valley.");
  EXPECT_EQ(TypeOf(c, "Tarvik Valley"), "LOC");
}

TEST(NerRecognize, AmpersandJoinsAFirmsName) {
  Article a = Analyze("en", "Shares of Tolliver & Brandt rose after the deal.");
  EXPECT_EQ(TypeOf(a, "Tolliver & Brandt"), "ORG");
}

TEST(NerRecognize, FrenchHeadWordComesFirst) {
  Article a = Analyze("fr", "Il a joué au Festival de Brovane cet été.");
  EXPECT_EQ(TypeOf(a, "Festival de Brovane"), "MISC");
}

TEST(NerRecognize, HeadNounBeforeTheNameTypesIt) {
  Article a = Analyze("fr", "Le groupe Vantelle a racheté la ville de Tarvague.");
  EXPECT_EQ(TypeOf(a, "Vantelle"), "ORG");
  EXPECT_EQ(TypeOf(a, "Tarvague"), "LOC");
  Article en = Analyze("en", "He wrote the album Brisane in a week.");
  EXPECT_EQ(TypeOf(en, "Brisane"), "MISC");
}

TEST(NerRecognize, SentenceOpeningCommonPhraseIsNoVillage) {
  Article a = Analyze("fr", "La ville a voté un nouveau budget.");
  EXPECT_EQ(Find(a, "La ville"), nullptr);
}

TEST(NerRecognize, PlaceShownAsATeamStaysTheTeamInTheReport) {
  Article a = Analyze("en",
                      "London 2 Paris 1.\n\nLater London signed a new striker.\n\nThe fans flew home to London.");
  std::vector<std::string> types;
  for (const auto& m : a.mentions) {
    if (m.text == "London") types.push_back(m.type);
  }
  ASSERT_EQ(types.size(), 3u);
  EXPECT_EQ(types[0], "ORG") << "a score after it";
  EXPECT_EQ(types[1], "ORG") << "the document made it a team";
  EXPECT_EQ(types[2], "LOC") << "a preposition of place makes it the venue";
}

TEST(NerRecognize, NationThatFieldsNationalTeamsStaysAPlace) {
  // Countries, and nations such as England or Scotland, name their national
  // team as a place; a club named after a city does not.
  Article a = Analyze("en", "Wessex 2 Paris 1.\n\nThe new Wessex captain was named on Friday.");
  std::vector<std::string> types;
  for (const auto& m : a.mentions) {
    if (m.text == "Wessex") types.push_back(m.type);
  }
  ASSERT_EQ(types.size(), 2u);
  EXPECT_EQ(types[0], "LOC");
  EXPECT_EQ(types[1], "LOC");
  EXPECT_EQ(TypeOf(a, "Paris"), "ORG");
}

TEST(NerRecognize, PeoplesAndFaithsAreMisc) {
  Article a = Analyze("en", "Police held 26 Moslem militants and two Kurds, the Arab press said.");
  EXPECT_EQ(TypeOf(a, "Moslem"), "MISC");
  EXPECT_EQ(TypeOf(a, "Kurds"), "MISC");
  ASSERT_NE(Find(a, "Arab"), nullptr) << "also a town in the knowledge base";
  EXPECT_EQ(TypeOf(a, "Arab"), "MISC");
}

TEST(NerRecognize, HyphenatedModifiersAndCurrenciesAreNoOrganizations) {
  Article a = Analyze("en", "The Tromvik-based group paid C$ 40 million to Halvex.");
  EXPECT_EQ(TypeOf(a, "Tromvik-based"), "MISC");
  EXPECT_EQ(Find(a, "C$"), nullptr);
}

TEST(NerRecognize, GivenNameThatIsACommonWordOrACountryStartsAPerson) {
  Article a = Analyze("en", "Mark Tolliver won the final.");
  EXPECT_EQ(TypeOf(a, "Mark Tolliver"), "PER");
  Article b = Analyze("en", "The pitcher was Chad Ornquist again.");
  EXPECT_EQ(TypeOf(b, "Chad Ornquist"), "PER");
  EXPECT_EQ(Find(b, "Chad"), nullptr);
  // The country before other names still stands alone.
  Article c = Analyze("en", "Aid reached Chad and Ukraine.");
  EXPECT_EQ(TypeOf(c, "Chad"), "LOC");
}

TEST(NerRecognize, ParticleBetweenAPersonAndATeamSplitsThem) {
  Article a = Analyze("fr", "Le lanceur Antony Rebaud des Pirates de Paris a signé.");
  EXPECT_EQ(TypeOf(a, "Antony Rebaud"), "PER");
  EXPECT_EQ(TypeOf(a, "Pirates de Paris"), "ORG");
  Article b = Analyze("fr", "Il conduisait la Ferrari de Marco Bellini en 1958.");
  EXPECT_NE(Find(b, "Marco Bellini"), nullptr);
  EXPECT_EQ(Find(b, "Ferrari de Marco Bellini"), nullptr);
  // A given name alone before the particle is one name.
  Article c = Analyze("fr", "Le discours de Jean de Valbrune a duré une heure.");
  EXPECT_NE(Find(c, "Jean de Valbrune"), nullptr);
}

TEST(NerRecognize, SpanishConjunctionJoinsOnlyTwoSurnames) {
  // "y" between two names lists them; only a given name, a surname, "y" and
  // one more surname is one person.
  Article a = Analyze("es", "El disco se vendió en Tarvania y en Olmeria durante el verano.");
  EXPECT_EQ(Find(a, "Tarvania y Olmeria"), nullptr);
  EXPECT_NE(Find(a, "Tarvania"), nullptr);
  EXPECT_NE(Find(a, "Olmeria"), nullptr);
  Article a2 = Analyze("es", "El disco se vendió en Tarvania y Olmeria durante el verano.");
  EXPECT_EQ(Find(a2, "Tarvania y Olmeria"), nullptr);
  EXPECT_NE(Find(a2, "Tarvania"), nullptr);
  Article b = Analyze("es", "Tocó con Marco Ruvalde y Jean Tessar en el club.");
  EXPECT_EQ(Find(b, "Marco Ruvalde y Jean Tessar"), nullptr);
  EXPECT_NE(Find(b, "Jean Tessar"), nullptr);
  Article c = Analyze("es", "El filósofo Marco Ortavez y Gasmir escribió el libro.");
  EXPECT_EQ(TypeOf(c, "Marco Ortavez y Gasmir"), "PER");
}

TEST(NerRecognize, RomanNumeralAfterACommonWordIsNoName) {
  Article a = Analyze("es", "La casa fue construida a finales del siglo XVIII por un comerciante.");
  EXPECT_EQ(Find(a, "XVIII"), nullptr);
  // An acronym made of numeral letters is not a numeral.
  Article b = Analyze("en", "Brokers said shares like IDLC were expected to rise.");
  EXPECT_NE(Find(b, "IDLC"), nullptr);
}

TEST(NerRecognize, ConnectorContinuesANameThatHoldsAnOrganizationWord) {
  // After "Organisation for", "and" still belongs to the name.
  Article a = Analyze("en", "Monitors from the Organisation for Trade and Fairness arrived in Varnia on Monday.");
  const Mention* m = Find(a, "Organisation for Trade and Fairness");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->type, "ORG");
}

TEST(NerRecognize, CapitalizedArticleInsideARomanceName) {
  Article a = Analyze("fr", "Il est arrivé à La Varenne hier soir.");
  EXPECT_NE(Find(a, "La Varenne"), nullptr);
  EXPECT_EQ(Find(a, "Varenne"), nullptr);
  Article b = Analyze("fr", "La Varenne est calme.");  // the sentence start capitalizes any article
  EXPECT_NE(Find(b, "Varenne"), nullptr);
}

TEST(NerRecognize, TitleInsideARunStartsAPerson) {
  Article a = Analyze("en", "The talks were led by Rowing Federation President Tomas Varga on Friday.");
  EXPECT_EQ(TypeOf(a, "Rowing Federation"), "ORG");
  EXPECT_EQ(TypeOf(a, "Tomas Varga"), "PER");
  // Without an organization word, the words before the title only qualify it.
  Article b = Analyze("en", "It was signed by Fisheries Minister Tomas Varga on Friday.");
  EXPECT_NE(Find(b, "Tomas Varga"), nullptr);
  EXPECT_EQ(Find(b, "Fisheries"), nullptr);
}

TEST(NerRecognize, MonthsAndHyphenatedModifiersAreNoPartOfTheName) {
  Article a = Analyze("en", "Shares of Halvex rose after July Brontec sales and Oslo-based Vantrel gained.");
  EXPECT_NE(Find(a, "Brontec"), nullptr);
  EXPECT_EQ(Find(a, "July Brontec"), nullptr);
  EXPECT_NE(Find(a, "Vantrel"), nullptr);
  EXPECT_EQ(Find(a, "Oslo-based Vantrel"), nullptr);
}

TEST(NerRecognize, PlaceBeforeAPlayersRoleIsATeam) {
  Article a = Analyze("en", "The former London striker joined a club in Paris.");
  EXPECT_EQ(TypeOf(a, "London"), "ORG");
  EXPECT_EQ(TypeOf(a, "Paris"), "LOC");
  Article b = Analyze("en", "He spoke to London's goalkeeper after the match.");
  EXPECT_EQ(TypeOf(b, "London"), "ORG");
}

TEST(NerRecognize, TeamCuesAroundAPlace) {
  // A result verb, a team noun before it, a plural verb after it (British
  // usage for teams), a player's role after it.
  for (const char* text : {"London won the final 3-1.", "He joined first division side London in May.",
                           "London have not won away this year.", "The London all-rounder took four wickets."}) {
    Article a = Analyze("en", text);
    ASSERT_NE(Find(a, "London"), nullptr) << text;
    EXPECT_EQ(TypeOf(a, "London"), "ORG") << text;
  }
  // A place stays a place with a singular verb, or in a list with "and".
  for (const char* text : {"London is expensive.", "Paris and London are expensive.",
                           "Leaders in London have criticised the plan."}) {
    Article a = Analyze("en", text);
    ASSERT_NE(Find(a, "London"), nullptr) << text;
    EXPECT_EQ(TypeOf(a, "London"), "LOC") << text;
  }
}

TEST(NerRecognize, DatelineStaysAPlaceInASportsReport) {
  Article a = Analyze("en", "LONDON 2 Paris 1.\n\nLONDON, France 2024-05-01\n\nThe match was close.");
  std::vector<std::string> types;
  for (const auto& m : a.mentions) {
    if (m.text == "LONDON") types.push_back(m.type);
  }
  ASSERT_EQ(types.size(), 2u);
  EXPECT_EQ(types[0], "ORG");
  EXPECT_EQ(types[1], "LOC") << "a dateline";
}

std::string Dump(const Article& a) {
  std::string s;
  for (const auto& m : a.mentions) s += "[" + m.text + ":" + m.type + "] ";
  return s;
}

std::vector<std::string> TypesOf(const Article& a, const std::string& surface) {
  std::vector<std::string> types;
  for (const auto& m : a.mentions) {
    if (m.text == surface) types.push_back(m.type);
  }
  return types;
}

TEST(NerRecognize, TeamSportsReportMakesOtherPlacesTeams) {
  // Two places shown as teams make the document a team sports report: a
  // place named there without a locative preposition is one more team.
  Article a = Analyze("en",
                      "London 2 Tarvik 1.\n\nThe fans saw Washington close in on the title.\n\n"
                      "The final is in Washington.\n\nThe final is at the Oval (Washington).\n\n"
                      "WASHINGTON 2024-05-01");
  std::vector<std::string> types = TypesOf(a, "Washington");
  ASSERT_EQ(types.size(), 3u);
  EXPECT_EQ(types[0], "ORG") << "no preposition: a team";
  EXPECT_EQ(types[1], "LOC") << "after 'in': the venue";
  EXPECT_EQ(types[2], "LOC") << "in brackets after a ground: the venue";
  EXPECT_EQ(TypeOf(a, "WASHINGTON"), "LOC") << "a dateline";
  // One place shown as a team is not enough.
  Article b = Analyze("en", "London won 2-1.\n\nThe fans saw Washington close in on the title.");
  EXPECT_EQ(TypeOf(b, "Washington"), "LOC");
}

TEST(NerRecognize, ResultVerbInATeamSportsReportMakesAGuessedPersonATeam) {
  Article a = Analyze("en", "London 2 Tarvik 1.\n\nBrussels beat Petrovsky by an innings.");
  EXPECT_EQ(TypeOf(a, "Petrovsky"), "ORG");
  Article b = Analyze("en", "Brussels beat Petrovsky by an innings.");
  EXPECT_EQ(TypeOf(b, "Petrovsky"), "PER") << "not a team sports report";
}

TEST(NerRecognize, CricketDismissalsAndAgesMarkPersons) {
  // Scorecards: "c" (caught by), "b" (bowled by), "st" (stumped by) a player.
  Article a = Analyze("en", "R. Holt c Washington b Olsvik 12");
  EXPECT_EQ(TypeOf(a, "Washington"), "PER");
  EXPECT_EQ(TypeOf(a, "Olsvik"), "PER");
  // An age in apposition.
  Article b = Analyze("en", "Washington, 45, takes on a younger rival in May.");
  EXPECT_EQ(TypeOf(b, "Washington"), "PER");
  Article c = Analyze("en", "Washington, the capital, was calm.");
  EXPECT_EQ(TypeOf(c, "Washington"), "LOC");
}

TEST(NerRecognize, FullNameInTheDocumentOutweighsAProminentPlace) {
  Article a = Analyze("en",
                      "On Friday Antony Washington reached the final.\n\nThe crowd cheered as Washington served for the match.\n\n"
                      "He flew home to Washington.");
  std::vector<std::string> types = TypesOf(a, "Washington");
  ASSERT_EQ(types.size(), 2u) << Dump(a);
  EXPECT_EQ(types[0], "PER");
  EXPECT_EQ(types[1], "LOC") << "a locative preposition keeps the place";
}

TEST(NerRecognize, FunctionWordOpeningAProminentPlaceStaysInTheName) {
  Article a = Analyze("en", "Its shares rose on the New Haven Stock Exchange on Friday.");
  ASSERT_NE(Find(a, "New Haven Stock Exchange"), nullptr) << Dump(a);
  EXPECT_EQ(TypeOf(a, "New Haven Stock Exchange"), "ORG");
}

TEST(NerRecognize, BusinessHeadWordsMakeCompanies) {
  Article a = Analyze("en", "Hollin Controls and Varga Pharmaceuticals reported higher profits.");
  ASSERT_NE(Find(a, "Hollin Controls"), nullptr) << Dump(a);
  EXPECT_EQ(TypeOf(a, "Hollin Controls"), "ORG");
  EXPECT_EQ(TypeOf(a, "Varga Pharmaceuticals"), "ORG");
}

TEST(NerRecognize, CountryBeforeAnEnglishEventOrOrganizationHeadStaysInTheName) {
  Article a = Analyze("en", "She won the France Amateur Championship last year.");
  ASSERT_NE(Find(a, "France Amateur Championship"), nullptr) << Dump(a);
  EXPECT_EQ(TypeOf(a, "France Amateur Championship"), "MISC");
  Article b = Analyze("en", "Officials of the France Agriculture Department said prices rose.");
  ASSERT_NE(Find(b, "France Agriculture Department"), nullptr) << Dump(b);
  EXPECT_EQ(TypeOf(b, "France Agriculture Department"), "ORG");
}

TEST(NerRecognize, TimeZonesAndTheEuroAreNoNames) {
  Article a = Analyze("en", "Trading closed at 4 p.m. GMT as the Euro fell against the dollar.");
  EXPECT_EQ(Find(a, "GMT"), nullptr) << Dump(a);
  EXPECT_EQ(Find(a, "Euro"), nullptr) << Dump(a);
}

TEST(NerRecognize, DivisionIsAnOrganizationWord) {
  Article a = Analyze("en", "He commanded the Tarnow Division for a year.");
  ASSERT_NE(Find(a, "Tarnow Division"), nullptr) << Dump(a);
  EXPECT_EQ(TypeOf(a, "Tarnow Division"), "ORG");
  Article b = Analyze("en", "EASTERN DIVISION\n\nThe table follows.");
  EXPECT_EQ(Find(b, "DIVISION"), nullptr) << Dump(b);
}

TEST(NerRecognize, TableColumnHeadsAreNoNames) {
  Article a = Analyze("en", "Standings after Sunday's games.\n\nW D L PCT GB\n\nThe season ends in May.");
  EXPECT_TRUE(a.mentions.empty()) << Dump(a);
}

TEST(NerRecognize, LocativePrepositionAndTheBeforeAnUnknownNameIsAPlaceCue) {
  Article a = Analyze("en", "Orders rose in the Kelmarsh last month.");
  ASSERT_NE(Find(a, "Kelmarsh"), nullptr) << Dump(a);
  EXPECT_EQ(TypeOf(a, "Kelmarsh"), "LOC");
  Article b = Analyze("en", "Harlowsburg lies north of the lake.");
  ASSERT_NE(Find(b, "Harlowsburg"), nullptr) << Dump(b);
  EXPECT_EQ(TypeOf(b, "Harlowsburg"), "LOC") << "a -sburg ending";
}

TEST(NerRecognize, EnglishCommonWordAfterAStrippedOpenerIsNoName) {
  Article a = Analyze("en", "Add Women's singles, third round.");
  EXPECT_EQ(Find(a, "Women"), nullptr) << Dump(a);
  Article b = Analyze("en", "Add Kelmarsh to the list of towns.");
  EXPECT_NE(Find(b, "Kelmarsh"), nullptr) << "no common word: " << Dump(b);
}

TEST(NerRecognize, ClubAbbreviationsAndStudioWordsMakeOrganizations) {
  Article a = Analyze("fr", "Il joue pour Varnby IF depuis le printemps.");
  EXPECT_EQ(TypeOf(a, "Varnby IF"), "ORG");
  Article b = Analyze("en", "The film was made by Tolliver Pictures, and Brandt International paid.");
  EXPECT_EQ(TypeOf(b, "Tolliver Pictures"), "ORG");
  EXPECT_EQ(TypeOf(b, "Brandt International"), "ORG");
}

TEST(NerRecognize, LettersCodesAndAbbreviatedMonthsAreNoNames) {
  Article a = Analyze("en", "Price range N / A after H1 results, due on Oct. 9 in Paris.");
  EXPECT_EQ(Find(a, "N"), nullptr);
  EXPECT_EQ(Find(a, "H1"), nullptr);
  EXPECT_EQ(Find(a, "Oct."), nullptr);
  EXPECT_NE(Find(a, "Paris"), nullptr);
  Article b = Analyze("en", "Earlier, the bank cut rates.");
  EXPECT_EQ(Find(b, "Earlier"), nullptr) << "a comparative of a dictionary word";
}

TEST(NerRecognize, UnknownNameAloneBetweenQuotesIsAWork) {
  Article a = Analyze("fr", "Il a aussi joué dans « Varnak » en 2014.");
  EXPECT_EQ(TypeOf(a, "Varnak"), "MISC");
  Article b = Analyze("en", "He developed the \"Brontec\" style of bowling.");
  EXPECT_EQ(TypeOf(b, "Brontec"), "MISC");
  // A given name keeps it a person.
  Article c = Analyze("en", "The winner was \"Marco Talliston\" in the end.");
  EXPECT_EQ(TypeOf(c, "Marco Talliston"), "PER");
}

TEST(NerRecognize, EnglishHeadWordsCountInOtherLanguages) {
  // English names of firms and clubs turn up in French text as they are.
  Article a = Analyze("fr", "Il a volé avec Varnby Airways hier.");
  EXPECT_EQ(TypeOf(a, "Varnby Airways"), "ORG");
}

TEST(NerRecognize, CapitalizedTheInsideASentenceBelongsToTheName) {
  Article a = Analyze("fr", "Il écoute The Varnbys depuis 1990.");
  EXPECT_EQ(TypeOf(a, "The Varnbys"), "ORG");
  Article b = Analyze("en", "The Varnbys played in Paris.");  // the sentence start capitalizes any article
  EXPECT_EQ(Find(b, "The Varnbys"), nullptr);
  EXPECT_NE(Find(b, "Varnbys"), nullptr);
}

TEST(NerRecognize, AcronymOpeningOrClosingANameMakesItAnOrganization) {
  Article a = Analyze("en", "He signed for UD Tarvik in May and later for Varnby BSC.");
  EXPECT_EQ(TypeOf(a, "UD Tarvik"), "ORG");
  EXPECT_EQ(TypeOf(a, "Varnby BSC"), "ORG");
}

TEST(NerRecognize, FrenchCapitalizedCommonNounIsNoName) {
  Article a = Analyze("fr", "Les historiens de la Révolution parlent de l'État et à Vantelle.");
  EXPECT_EQ(Find(a, "Révolution"), nullptr);
  EXPECT_EQ(Find(a, "État"), nullptr);
  EXPECT_NE(Find(a, "Vantelle"), nullptr);
  // A known name stays one even when it is also a common word.
  Article b = Analyze("fr", "Le ministre parle de France et de Paris.");
  EXPECT_NE(Find(b, "France"), nullptr);
}

TEST(NerRecognize, FrenchDefiniteArticleBeforeAnUnknownNameMakesItAPlace) {
  Article a = Analyze("fr", "Les pluies ont touché le Varnestan et la Borgalie mais aussi Vantelle.");
  EXPECT_EQ(TypeOf(a, "Borgalie"), "LOC");
  Article b = Analyze("fr", "Les grèves touchent la Molvarde depuis lundi.");
  EXPECT_EQ(TypeOf(b, "Molvarde"), "LOC");
}

TEST(NerLexicon, FrenchVerbFormsAreCommonWords) {
  // The dictionary holds infinitives; a capitalized participle opening a
  // sentence ("Sorti en 1999, ...") is a common word, not a name.
  auto lex = NerLexicon::FromLists("fr", {{NerLexicon::kKindCount, {"sortir", "cultiver", "jouer"}}});
  EXPECT_TRUE(lex->IsCommonWord("sorti"));
  EXPECT_TRUE(lex->IsCommonWord("sortie"));
  EXPECT_TRUE(lex->IsCommonWord("cultivee"));
  EXPECT_TRUE(lex->IsCommonWord("jouent"));
  EXPECT_TRUE(lex->IsCommonWord("jouait"));
  EXPECT_TRUE(lex->IsCommonWord("cultive")) << "past participle in -é";
  EXPECT_TRUE(lex->IsCommonWord("jouant")) << "present participle";
  EXPECT_FALSE(lex->IsCommonWord("vantelle"));
}

TEST(NerLexicon, SpanishVerbFormsAreCommonWords) {
  // "Nació en 1950", "Ganó la final", "Basado en": a capitalized verb form
  // opening a sentence is no name.
  auto lex = NerLexicon::FromLists("es", {{NerLexicon::kKindCount, {"nacer", "ganar", "basar", "vivir", "recibir"}}});
  EXPECT_TRUE(lex->IsCommonWord("nacio"));
  EXPECT_TRUE(lex->IsCommonWord("gano"));
  EXPECT_TRUE(lex->IsCommonWord("basado"));
  EXPECT_TRUE(lex->IsCommonWord("vive"));
  EXPECT_TRUE(lex->IsCommonWord("recibio"));
  EXPECT_FALSE(lex->IsCommonWord("valdemoro"));
}

TEST(NerLexicon, SpanishIrregularVerbFormsAreCommonWords) {
  // "Obtuvo el premio", "Murió en 1918", "Sirve como": irregular and
  // stem-changing forms of dictionary verbs.
  auto lex = NerLexicon::FromLists("es", {{NerLexicon::kKindCount, {"obtener", "morir", "servir", "producir", "pedir"}}});
  EXPECT_TRUE(lex->IsCommonWord("obtuvo"));
  EXPECT_TRUE(lex->IsCommonWord("murio"));
  EXPECT_TRUE(lex->IsCommonWord("sirve"));
  EXPECT_TRUE(lex->IsCommonWord("sirvio"));
  EXPECT_TRUE(lex->IsCommonWord("produjo"));
  EXPECT_TRUE(lex->IsCommonWord("pidio"));
  EXPECT_FALSE(lex->IsCommonWord("valdurio"));
}

TEST(NerLexicon, GermanCompoundNouns) {
  auto lex = NerLexicon::FromLists("de", {{NerLexicon::kKindCount, {"spiel", "ende"}}});
  EXPECT_TRUE(lex->IsCompoundNoun("heimspiel"));
  EXPECT_TRUE(lex->IsCompoundNoun("saisonende"));
  EXPECT_FALSE(lex->IsCompoundNoun("spiel")) << "too short to be a compound";
  EXPECT_FALSE(lex->IsCompoundNoun("brandauer"));
}

TEST(NerRecognize, GermanCompoundNounIsNoNameButASurnameAfterAGivenNameIs) {
  Article a = Analyze("de", "Im Auswärtsspiel traf er zweimal.");
  EXPECT_EQ(Find(a, "Auswärtsspiel"), nullptr);
  // Surnames are nouns too: after a given name a dictionary word or a
  // compound is the surname.
  Article b = Analyze("de", "Das Tor schoss Jean Hoffmann.");
  EXPECT_NE(Find(b, "Jean Hoffmann"), nullptr);
  Article c = Analyze("de", "Das Tor schoss Jean Wendelspiel.");
  EXPECT_NE(Find(c, "Jean Wendelspiel"), nullptr);
}

TEST(NerRecognize, FrenchHeadWordWithLowerCaseAdjectives) {
  Article a = Analyze("fr", "Le député a quitté le Parti socialiste en mai.");
  EXPECT_EQ(TypeOf(a, "Parti socialiste"), "ORG");
  Article b = Analyze("fr", "Il a rejoint la Ligue nationale de rugby .");
  EXPECT_EQ(TypeOf(b, "Ligue nationale de rugby"), "ORG");
  Article d = Analyze("fr", "Il a rejoint la Ligue nationale de rugby en 1990.");
  EXPECT_NE(Find(d, "Ligue nationale de rugby"), nullptr) << "a function word after the noun closes the name too";
  // Without an adjective after it, the head word alone is a common noun.
  Article c = Analyze("fr", "Le Parti a voté contre le projet.");
  EXPECT_EQ(Find(c, "Parti"), nullptr);
}

TEST(NerRecognize, RomanceUnknownSingleWordWithoutCueIsNoGuessedOrganization) {
  // No head noun, agent, acronym or context says what it is: no guess.
  Article a = Analyze("fr", "Les critiques de Vortamix restent rares.");
  EXPECT_EQ(Find(a, "Vortamix"), nullptr);
  Article es = Analyze("es", "Las críticas de Vortamix son pocas.");
  EXPECT_EQ(Find(es, "Vortamix"), nullptr);
  // The agent of a passive is a maker: a firm.
  Article b = Analyze("fr", "Le jeu est développé par Vortamix depuis mai.");
  EXPECT_EQ(TypeOf(b, "Vortamix"), "ORG");
  Article c = Analyze("es", "El juego fue publicado por Vortamix en mayo.");
  EXPECT_EQ(TypeOf(c, "Vortamix"), "ORG");
  // A head noun before it still types it.
  Article d = Analyze("fr", "Le groupe Vortamix a racheté un studio.");
  EXPECT_EQ(TypeOf(d, "Vortamix"), "ORG");
}

TEST(NerRecognize, GenericWordBelongsToTheNameAfterIt) {
  Article a = Analyze("fr", "Le navire a quitté l'océan Varnique pour le lac de Tarvik avant la bataille de Brovane.");
  EXPECT_EQ(TypeOf(a, "océan Varnique"), "LOC");
  EXPECT_EQ(TypeOf(a, "lac de Tarvik"), "LOC");
  EXPECT_EQ(TypeOf(a, "bataille de Brovane"), "MISC");
  // A settlement word stays outside the name.
  Article b = Analyze("fr", "Il est né dans la ville de Tarvik.");
  ASSERT_NE(Find(b, "Tarvik"), nullptr);
  EXPECT_EQ(Find(b, "ville de Tarvik"), nullptr);
  Article es = Analyze("es", "El barco bajó por el río Varno hasta la ciudad de Tarvik.");
  EXPECT_EQ(TypeOf(es, "río Varno"), "LOC");
  EXPECT_NE(Find(es, "Tarvik"), nullptr);
}

TEST(NerRecognize, DirectionAdjectiveAfterAPlaceBelongsToIt) {
  Article a = Analyze("fr", "Les combats ont repris en Ukraine orientale mardi.");
  EXPECT_EQ(TypeOf(a, "Ukraine orientale"), "LOC");
  Article en = Analyze("en", "Fighting resumed in Ukraine central districts.");
  EXPECT_NE(Find(en, "Ukraine"), nullptr) << "English puts adjectives first";
}

TEST(NerRecognize, EnglishTitleInsideAnotherLanguageIsOneName) {
  Article a = Analyze("fr", "Il a joué à Heroes of Might and Magic pendant des années.");
  EXPECT_EQ(TypeOf(a, "Heroes of Might and Magic"), "MISC");
  Article b = Analyze("fr", "Elle enseigne au Varnby Institute of Technology depuis mai.");
  EXPECT_EQ(TypeOf(b, "Varnby Institute of Technology"), "ORG");
  // In English the words stay apart unless an organization word is in the name.
  Article en = Analyze("en", "Tarvik of course went to Brovane and Varnby.");
  EXPECT_EQ(Find(en, "Tarvik of course"), nullptr);
  EXPECT_EQ(Find(en, "Brovane and Varnby"), nullptr);
}

TEST(NerRecognize, EnglishWordsNameInAnotherLanguageIsNoPerson) {
  // Two English dictionary words and no given name: a title or a brand.
  Article a = Analyze("fr", "Elle a regardé Storage Wars hier soir.");
  EXPECT_EQ(TypeOf(a, "Storage Wars"), "MISC");
  // A given name first keeps it a person.
  Article b = Analyze("fr", "Elle a regardé Mark Wars hier soir.");
  EXPECT_EQ(TypeOf(b, "Mark Wars"), "PER");
  // In English the rule does not apply.
  Article en = Analyze("en", "She met Storage Wars yesterday.");
  ASSERT_NE(Find(en, "Storage Wars"), nullptr);
  EXPECT_NE(Find(en, "Storage Wars")->type, "MISC");
}

TEST(NerLexicon, EnglishWordsForOtherLanguages) {
  auto lex = NerLexicon::FromLists("fr", {{NerLexicon::kKindCount + 1, {"race", "war"}}});
  EXPECT_TRUE(lex->IsEnglishWord("race"));
  EXPECT_TRUE(lex->IsEnglishWord("wars"));
  EXPECT_FALSE(lex->IsEnglishWord("tarvik"));
}

TEST(NerRecognize, RomancePluralBeforeDeAndAPlaceIsATeam) {
  Article a = Analyze("fr", "Il a signé avec les Varnes de Tarvik en mai.");
  EXPECT_EQ(TypeOf(a, "Varnes de Tarvik"), "ORG");
  Article es = Analyze("es", "Firmó con los Varnes de Tarvik en mayo.");
  EXPECT_EQ(TypeOf(es, "Varnes de Tarvik"), "ORG");
  // After a plural article even a given name opens a team's name.
  Article b = Analyze("fr", "Il a battu les Mark Sox de Tarvik hier.");
  EXPECT_EQ(TypeOf(b, "Mark Sox de Tarvik"), "ORG");
  // A given name alone before de and a place stays a person's name.
  Article c = Analyze("fr", "Il cite Chad Tarvens de Tarvik.");
  EXPECT_EQ(Find(c, "Chad Tarvens de Tarvik"), nullptr);
}

TEST(NerRecognize, GermanSingleWordIsNoPersonWithoutTitleOrEarlierName) {
  // A noun with a surname's ending ("-in", like "Sängerin") alone is no person.
  Article a = Analyze("de", "Die beste Varnowin des Jahres kam aus Tarvik.");
  EXPECT_EQ(Find(a, "Varnowin"), nullptr);
  // A title or the full name earlier in the document still makes it one.
  Article b = Analyze("de", "Gestern sprach Frau Varnowin im Rat.");
  EXPECT_EQ(TypeOf(b, "Varnowin"), "PER");
  Article c = Analyze("de", "Jean Varnowin kam am Montag.\n\nSpäter lobte ihn auch Varnowin selbst.");
  int persons = 0;
  for (const auto& m : c.mentions) persons += m.text == "Varnowin" && m.type == "PER";
  EXPECT_EQ(persons, 1);
}

TEST(NerRecognize, CountryBeforeAnEventWordNamesTheEvent) {
  Article a = Analyze("en", "She won the Ukraine Open last year.");
  EXPECT_EQ(TypeOf(a, "Ukraine Open"), "MISC");
  EXPECT_EQ(Find(a, "Ukraine"), nullptr);
}

TEST(NerRecognize, ArticleOutsideTheNameUnlessTheNameHasIt) {
  Article a = Analyze("en", "The United States sent envoys to The Hague.");
  EXPECT_EQ(EntityOf(a, "United States"), "kb:country/us");
  EXPECT_EQ(Find(a, "The United States"), nullptr);
  ASSERT_NE(Find(a, "The Hague"), nullptr);
}

TEST(NerRecognize, SurnameEndingsAndAdjectivesOfPeoples) {
  Article a = Analyze("en", "The talks ended when Yeltsin left. Kurdish rebels and Bosnian officials were there.");
  EXPECT_EQ(TypeOf(a, "Yeltsin"), "PER");
  EXPECT_EQ(TypeOf(a, "Kurdish"), "MISC");
  EXPECT_EQ(TypeOf(a, "Bosnian"), "MISC");
}

TEST(NerRecognize, UnknownPersonWithTitleAndShortForm) {
  Article a = Analyze("en", "Mr. Jean Dupuis-Marchal said the plan was ready. Later, Dupuis-Marchal left for Paris.");
  const Mention* full = Find(a, "Jean Dupuis-Marchal");
  ASSERT_NE(full, nullptr);
  EXPECT_EQ(full->type, "PER");
  EXPECT_EQ(full->entity_id, "new:PER:jean_dupuis-marchal");
  const Mention* short_form = Find(a, "Dupuis-Marchal");
  ASSERT_NE(short_form, nullptr);
  EXPECT_EQ(short_form->entity_id, full->entity_id);
  EXPECT_EQ(EntityOf(a, "Paris"), "kb:geo/paris");
}

TEST(NerRecognize, OrganizationCueWordsAndParticles) {
  Article a = Analyze("en", "Officials of the Bank of Freedonia met Ursula von der Leyen in Sylvania.");
  EXPECT_EQ(TypeOf(a, "Bank of Freedonia"), "ORG");
  EXPECT_EQ(TypeOf(a, "Ursula von der Leyen"), "PER");
  EXPECT_EQ(TypeOf(a, "Sylvania"), "LOC");
}

TEST(NerRecognize, DemonymIsMiscLinkedToItsCountry) {
  Article a = Analyze("en", "Drones hit Russian oil facilities.");
  const Mention* m = Find(a, "Russian");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->type, "MISC");
  EXPECT_EQ(m->entity_id, "kb:country/ru");
  bool russia = false;
  for (const auto& e : a.entities) russia |= e.id == "kb:country/ru" && e.type == "LOC";
  EXPECT_TRUE(russia);
}

TEST(NerLink, MisspeltAndTransliteratedNamesLinkToKbPeople) {
  Article a = Analyze("en", "Anthony Blinken met Vladimir Zelensky and Nikol Pashinian. Blinken spoke first.");
  EXPECT_EQ(EntityOf(a, "Anthony Blinken"), "kb:person/antony-blinken");
  EXPECT_EQ(EntityOf(a, "Vladimir Zelensky"), "kb:person/volodymyr-zelensky");
  EXPECT_EQ(EntityOf(a, "Nikol Pashinian"), "kb:person/nikol-pashinyan");
  EXPECT_EQ(EntityOf(a, "Blinken"), "kb:person/antony-blinken");
}

TEST(NerLink, TitledSurnameRefersBack) {
  Article a = Analyze("fr", "Stephane Sejourne est arrivé. M. Sejourne a parlé avec la presse.");
  const Mention* m = nullptr;
  for (const auto& x : a.mentions) {
    if (x.text == "Sejourne") m = &x;
  }
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->entity_id, "kb:person/stephane-sejourne");
}

TEST(NerLink, RolesResolveAtTheArticleDate) {
  std::string text = "Le secrétaire d’État américain a exhorté les alliés à agir.";
  Article a2022 = Analyze("fr", text, "2022-04-06");
  const Mention* r = nullptr;
  for (const auto& m : a2022.mentions) {
    if (m.via_role) r = &m;
  }
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->text, "secrétaire d’État américain");
  EXPECT_EQ(r->entity_id, "kb:person/antony-blinken");
  Article a2025 = Analyze("fr", text, "2025-03-11");
  r = nullptr;
  for (const auto& m : a2025.mentions) {
    if (m.via_role) r = &m;
  }
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->entity_id, "kb:person/marco-rubio");
  // Without a date the role stays unresolved rather than guessed.
  Article undated = Analyze("fr", text);
  for (const auto& m : undated.mentions) EXPECT_FALSE(m.via_role);
}

TEST(NerLink, RoleWithoutDateResolvesToTheHolderTheArticleNames) {
  Article a = Analyze("en", "The US Secretary of State will travel. Antony Blinken is in France.");
  const Mention* r = nullptr;
  for (const auto& m : a.mentions) {
    if (m.via_role) r = &m;
  }
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->entity_id, "kb:person/antony-blinken");
}

TEST(NerLink, CapitalUsedForItsGovernmentIsAMetonym) {
  Article a = Analyze("en", "Zelensky acknowledged Washington's efforts. The summit will take place in Washington.");
  std::vector<const Mention*> w;
  for (const auto& m : a.mentions) {
    if (m.text == "Washington") w.push_back(&m);
  }
  ASSERT_EQ(w.size(), 2u);
  EXPECT_TRUE(w[0]->metonym);
  EXPECT_EQ(w[0]->entity_id, "kb:country/us");
  EXPECT_FALSE(w[1]->metonym);
  EXPECT_EQ(w[1]->entity_id, "kb:geo/washington");
}

TEST(NerLink, UnknownEntitiesGetTheSameIdInEveryArticle) {
  Article a = Analyze("en", "Senator Jorvik Talliston spoke on Monday.");
  Article b = Analyze("en", "Jorvik Talliston, a senator, was re-elected.");
  ASSERT_NE(Find(a, "Jorvik Talliston"), nullptr);
  ASSERT_NE(Find(b, "Jorvik Talliston"), nullptr);
  EXPECT_EQ(EntityOf(a, "Jorvik Talliston"), EntityOf(b, "Jorvik Talliston"));
  EXPECT_EQ(Find(a, "Jorvik Talliston")->entity_id.rfind("new:PER:", 0), 0u);
}

TEST(NerLink, EveryMentionedEntityIsListedOnce) {
  Article a = Analyze("en", "NATO met in Brussels. NATO agreed.");
  size_t nato = 0;
  for (const auto& e : a.entities) nato += e.id == "kb:nato";
  EXPECT_EQ(nato, 1u);
  for (const auto& m : a.mentions) {
    bool listed = false;
    for (const auto& e : a.entities) listed |= e.id == m.entity_id;
    EXPECT_TRUE(listed) << m.text;
  }
}

}  // namespace
}  // namespace dragoman
