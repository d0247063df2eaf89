#include "events/quotes.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "ner_fake_kb.h"

namespace dragoman {
namespace {

Article Make(const std::string& text, const std::string& lang, std::optional<std::string> title = std::nullopt) {
  Article a;
  a.text = text;
  a.title = title;
  a.language = lang;
  return a;
}

std::vector<Quote> RunQuotes(Article& a) {
  auto stage = MakeQuoteStage();
  EXPECT_TRUE(stage.ok()) << stage.status().ToString();
  EXPECT_TRUE((*stage)->Process(a).ok());
  return a.quotes;
}

// Adds a linked PER mention for `surface` (the first occurrence) as the entities stage would.
void AddMention(Article& a, const std::string& surface, const std::string& id, const std::string& name,
                const std::string& type = "PER", Field field = Field::kText) {
  const std::string& t = a.FieldText(field);
  size_t at = t.find(surface);
  ASSERT_NE(at, std::string::npos) << surface;
  Mention m;
  m.span = {field, static_cast<uint32_t>(at), static_cast<uint32_t>(at + surface.size())};
  m.text = surface;
  m.type = type;
  m.entity_id = id;
  a.mentions.push_back(m);
  a.entities.push_back({id, name, type, ""});
}

TEST(QuoteSpans, EveryQuoteStyle) {
  for (const std::string& t : {std::string("He said “we will stay” today."), std::string("Il a dit « nous resterons » hier."),
                               std::string("Er sagte „wir bleiben“ heute."), std::string("He said \"we will stay\" today."),
                               std::string("He said ‘we will stay’ today.")}) {
    auto spans = FindQuoteSpans(t);
    ASSERT_EQ(spans.size(), 1u) << t;
    std::string inner = t.substr(spans[0].inner_start, spans[0].inner_end - spans[0].inner_start);
    EXPECT_TRUE(inner == "we will stay" || inner == "nous resterons" || inner == "wir bleiben") << inner;
  }
}

TEST(QuoteSpans, ApostrophesAreNotQuotes) {
  EXPECT_TRUE(FindQuoteSpans("Kyiv’s mayor and the country’s army met at 5'11\" tall.").empty());
}

TEST(QuoteSpans, QuoteOverTwoParagraphs) {
  std::string t = "“First part of the statement.\n\n“Second part of it,” the minister said.";
  auto spans = FindQuoteSpans(t);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(t.substr(spans[0].inner_end - 10, 10), "part of it");
}

TEST(Quotes, InvertedVerbAfterQuoteGivesDescription) {
  Article a = Make("“The visit shows how far the two countries have come,” declared a UNESCO diplomat to AFP.", "en");
  auto q = RunQuotes(a);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker.description, "a UNESCO diplomat");
  EXPECT_TRUE(q[0].speaker.id.empty());
  EXPECT_EQ(q[0].via, "AFP");
  EXPECT_FALSE(q[0].fragment);
}

TEST(Quotes, SubjectAfterQuoteLinksToEntity) {
  Article a = Make("“Our industry must produce more and faster than before,” Baerbock told reporters in Berlin.", "en");
  AddMention(a, "Baerbock", "kb:person/annalena-baerbock", "Annalena Baerbock");
  auto q = RunQuotes(a);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker.id, "kb:person/annalena-baerbock");
  EXPECT_EQ(q[0].speaker.name, "Annalena Baerbock");
}

TEST(Quotes, PossessiveStaysADescription) {
  Article a = Make("“The aim is to keep the support going for a long time,” underlined Kallas’s entourage.", "en");
  AddMention(a, "Kallas", "kb:person/kaja-kallas", "Kaja Kallas");
  auto q = RunQuotes(a);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_TRUE(q[0].speaker.id.empty());
  EXPECT_EQ(q[0].speaker.description, "Kallas’s entourage");
}

TEST(Quotes, FrenchInvertedWithVia) {
  Article a = Make("« Nous devons agir ensemble et vite face à cette menace », a déclaré un diplomate allemand, "
                   "cité par Reuters.",
                   "fr");
  auto q = RunQuotes(a);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker.description, "un diplomate allemand");
  EXPECT_EQ(q[0].via, "Reuters");
}

TEST(Quotes, StandaloneQuoteTakesThePersonBefore) {
  Article a = Make("M. Albares a salué la coordination avec les alliés.\n\n"
                   "« Nous avons tenu nos engagements et nous continuerons à le faire. »\n\n"
                   "La réunion a duré deux heures.",
                   "fr");
  AddMention(a, "Albares", "kb:person/jose-manuel-albares", "José Manuel Albares");
  auto q = RunQuotes(a);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker.id, "kb:person/jose-manuel-albares");
}

TEST(Quotes, ShortInlineQuoteIsAFragment) {
  Article a = Make("Les ministres veulent « accélérer » les livraisons d'obus à l'Ukraine cette année.", "fr");
  auto q = RunQuotes(a);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_TRUE(q[0].fragment);
}

TEST(Quotes, GermanAndSpanishAttribution) {
  Article de = Make("„Wir werden die Ukraine so lange unterstützen wie nötig“, sagte Scholz am Montag.", "de");
  AddMention(de, "Scholz", "kb:person/olaf-scholz", "Olaf Scholz");
  auto qd = RunQuotes(de);
  ASSERT_EQ(qd.size(), 1u);
  EXPECT_EQ(qd[0].speaker.id, "kb:person/olaf-scholz");

  Article es = Make("“España mantendrá su apoyo mientras sea necesario”, dijo Albares en Madrid.", "es");
  AddMention(es, "Albares", "kb:person/jose-manuel-albares", "José Manuel Albares");
  auto qe = RunQuotes(es);
  ASSERT_EQ(qe.size(), 1u);
  EXPECT_EQ(qe[0].speaker.id, "kb:person/jose-manuel-albares");
}

TEST(Quotes, PronounRefersToLastPerson) {
  Article a = Make("Kuleba met his counterparts in Brussels.\n\n“We need air defence now, not next year,” he said.", "en");
  AddMention(a, "Kuleba", "kb:person/dmytro-kuleba", "Dmytro Kuleba");
  auto q = RunQuotes(a);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker.id, "kb:person/dmytro-kuleba");
}

TEST(Quotes, HeadlinePattern) {
  Article a = Make("Body text without quotes.", "en",
                   std::string("“Moscow cannot win this war,” warns the head of British diplomacy"));
  auto q = RunQuotes(a);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].span.field, Field::kTitle);
  EXPECT_EQ(q[0].speaker.description, "the head of British diplomacy");
}

}  // namespace
}  // namespace dragoman

namespace dragoman {
namespace {

void SortMentions(Article& a) {
  std::sort(a.mentions.begin(), a.mentions.end(),
            [](const Mention& x, const Mention& y) { return x.span.start < y.span.start; });
}

TEST(Quotes, LongClauseBetweenSubjectAndVerbIsSkipped) {
  Article a = Make(
      "Outgoing chief Jens Stoltenberg, attending his very last summit before Mark Rutte takes over in October, "
      "said allies were building \"a bridge to membership\" for Kyiv.",
      "en");
  AddMention(a, "Jens Stoltenberg", "kb:person/jens-stoltenberg", "Jens Stoltenberg");
  AddMention(a, "Mark Rutte", "kb:person/mark-rutte", "Mark Rutte");
  SortMentions(a);
  auto q = RunQuotes(a);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker.id, "kb:person/jens-stoltenberg");
}

TEST(Quotes, PersonRightBeforeTheVerbIsTheSubject) {
  Article a = Make(
      "JD Vance accused the leader of being rude, and Mr Trump told him he was \"gambling with a world war\".", "en");
  AddMention(a, "JD Vance", "kb:person/jd-vance", "JD Vance");
  AddMention(a, "Trump", "kb:person/donald-trump", "Donald Trump");
  SortMentions(a);
  auto q = RunQuotes(a);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker.id, "kb:person/donald-trump");
}

TEST(Quotes, UnknownPersonLosesTheGluedTitle) {
  Article a = Make("„Wir bleiben an der Seite der Ukraine“, sagte Parteichef Hans von der Heide.", "de");
  AddMention(a, "Parteichef Hans von der Heide", "new:PER:parteichef_hans_von_der_heide",
             "Parteichef Hans von der Heide");
  auto q = RunQuotes(a);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker.name, "Hans von der Heide");
}

TEST(Quotes, IndefiniteDescriptionNamesNoOne) {
  Article a = Make("\"This visit matters a great deal to us,\" said a UNESCO diplomat.", "en");
  AddMention(a, "UNESCO", "kb:unesco", "UNESCO", "ORG");
  auto q = RunQuotes(a);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_TRUE(q[0].speaker.id.empty());
  EXPECT_EQ(q[0].speaker.description, "a UNESCO diplomat");
}

TEST(Quotes, OrganizationLeadersSpeakForTheOrganization) {
  Article a = Make("NATO leaders declared that the path to membership was \"irreversible\" and promised more aid.", "en");
  AddMention(a, "NATO", "kb:nato", "NATO", "ORG");
  auto q = RunQuotes(a);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker.id, "kb:nato");
}

// --- Definite descriptions of a person named before ("the secretary of state said").

std::vector<Quote> RunQuotesWithKb(Article& a, const std::string& date) {
  if (!date.empty()) a.published = PublishedDate{date, "day", "test"};
  auto lex = Lexicons::Shared();
  EXPECT_TRUE(lex.ok());
  QuoteStage stage(*lex, std::make_shared<testing::FakeKb>());
  EXPECT_TRUE(stage.Process(a).ok());
  return a.quotes;
}

TEST(QuoteDescriptions, RoleResolvesThroughTheKnowledgeBase) {
  Article a = Make("Antony Blinken met Volodymyr Zelensky in Kyiv on Wednesday.\n\n"
                   "“We will stand with you for as long as it takes,” the secretary of state said.",
                   "en");
  AddMention(a, "Antony Blinken", "kb:person/antony-blinken", "Antony Blinken");
  AddMention(a, "Volodymyr Zelensky", "kb:person/volodymyr-zelensky", "Volodymyr Zelensky");
  auto q = RunQuotesWithKb(a, "2023-09-06");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker.id, "kb:person/antony-blinken");
}

TEST(QuoteDescriptions, FormerRoleIsAPastHolder) {
  const std::string text =
      "Stéphane Séjourné spoke at the conference in Munich.\n\n"
      "“Europe has to spend more on its own defence,” said the former foreign minister.";
  Article after = Make(text, "en");
  AddMention(after, "Stéphane Séjourné", "kb:person/stephane-sejourne", "Stéphane Séjourné");
  auto q = RunQuotesWithKb(after, "2025-02-14");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker.id, "kb:person/stephane-sejourne");
  // While he is still in office, "the former foreign minister" is someone else.
  Article during = Make(text, "en");
  AddMention(during, "Stéphane Séjourné", "kb:person/stephane-sejourne", "Stéphane Séjourné");
  q = RunQuotesWithKb(during, "2024-03-01");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_TRUE(q[0].speaker.id.empty());
  EXPECT_EQ(q[0].speaker.description, "the former foreign minister");
}

TEST(QuoteDescriptions, TwoPeopleFitNoOneIsNamed) {
  Article a = Make("Antony Blinken and Marco Rubio both spoke in Washington.\n\n"
                   "“The talks will take time,” the secretary of state said.",
                   "en");
  AddMention(a, "Antony Blinken", "kb:person/antony-blinken", "Antony Blinken");
  AddMention(a, "Marco Rubio", "kb:person/marco-rubio", "Marco Rubio");
  auto q = RunQuotesWithKb(a, "");  // undated: both held the office
  ASSERT_EQ(q.size(), 1u);
  EXPECT_TRUE(q[0].speaker.id.empty());
  EXPECT_EQ(q[0].speaker.description, "the secretary of state");
}

TEST(QuoteDescriptions, SeveralFitThePreviousSpeakerGoesOn) {
  Article a = Make("Antony Blinken and Marco Rubio both spoke in Washington.\n\n"
                   "“We are ready to talk,” Rubio said on Monday.\n\n"
                   "“The talks will take time,” the secretary of state added.",
                   "en");
  AddMention(a, "Antony Blinken", "kb:person/antony-blinken", "Antony Blinken");
  AddMention(a, "Marco Rubio", "kb:person/marco-rubio", "Marco Rubio");
  auto q = RunQuotesWithKb(a, "");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker.id, "kb:person/marco-rubio");
  EXPECT_EQ(q[1].speaker.id, "kb:person/marco-rubio");
}

TEST(QuoteDescriptions, TitleWrittenBeforeANameEarlier) {
  Article a = Make("Drones hit the refinery overnight, regional governor Pavel Malkov said.\n\n"
                   "“The fire has been put out,” the governor wrote on Telegram.",
                   "en");
  AddMention(a, "Pavel Malkov", "new:PER:pavel_malkov", "Pavel Malkov");
  auto q = RunQuotesWithKb(a, "2024-03-13");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker.name, "Pavel Malkov");
}

TEST(QuoteDescriptions, PublicPersonNounWithACountry) {
  Article a = Make("Stéphane Séjourné and Antony Blinken met in Paris.\n\n"
                   "“We agree on the essentials,” the French politician said.",
                   "en");
  AddMention(a, "Stéphane Séjourné", "kb:person/stephane-sejourne", "Stéphane Séjourné");
  AddMention(a, "Antony Blinken", "kb:person/antony-blinken", "Antony Blinken");
  auto q = RunQuotesWithKb(a, "2024-02-01");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker.id, "kb:person/stephane-sejourne");
  // Without a country or party, a politician could be either: a description.
  Article b = Make("Stéphane Séjourné and Antony Blinken met in Paris.\n\n"
                   "“We agree on the essentials,” the politician said.",
                   "en");
  AddMention(b, "Stéphane Séjourné", "kb:person/stephane-sejourne", "Stéphane Séjourné");
  AddMention(b, "Antony Blinken", "kb:person/antony-blinken", "Antony Blinken");
  q = RunQuotesWithKb(b, "2024-02-01");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_TRUE(q[0].speaker.id.empty());
  EXPECT_EQ(q[0].speaker.description, "the politician");
}

TEST(QuoteDescriptions, DescriptionOfSomeoneNotNamedStaysADescription) {
  // The American diplomat is not the only American named: no one fits alone,
  // and the Ukrainian named before is not a diplomat the text describes.
  Article a = Make("Volodymyr Zelensky thanked Antony Blinken and Marco Rubio.\n\n"
                   "“The line will hold,” an American diplomat said.",
                   "en");
  AddMention(a, "Volodymyr Zelensky", "kb:person/volodymyr-zelensky", "Volodymyr Zelensky");
  AddMention(a, "Antony Blinken", "kb:person/antony-blinken", "Antony Blinken");
  AddMention(a, "Marco Rubio", "kb:person/marco-rubio", "Marco Rubio");
  auto q = RunQuotesWithKb(a, "2024-02-01");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_TRUE(q[0].speaker.id.empty());
  EXPECT_EQ(q[0].speaker.description, "an American diplomat");
}

TEST(Quotes, PluralAndImperfectReportingVerbs) {
  Article es = Make("Los líderes de la OTAN declararon este miércoles que el camino de Ucrania es \"irreversible\", "
                    "en una cumbre en Washington.",
                    "es");
  AddMention(es, "OTAN", "kb:nato", "NATO", "ORG");
  auto q = RunQuotes(es);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker.id, "kb:nato");
  Article fr = Make("« Nous avons attendu des heures sous la pluie », confiait une habitante du quartier.", "fr");
  q = RunQuotes(fr);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_TRUE(q[0].speaker.id.empty());
  EXPECT_EQ(q[0].speaker.description, "une habitante du quartier");
}

}  // namespace
}  // namespace dragoman
