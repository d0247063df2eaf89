// Duplicates: exact copies, syndicated near-copies, and what must stay apart
// (another story on the same topic, a translation).
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "core/article_id.h"
#include "stories/dedup.h"
#include "stories/near_dup.h"

namespace dragoman {
namespace {

// Our own wire-style story (facts: NATO foreign ministers met in Brussels on
// 3-4 April 2024, the alliance's 75th anniversary).
const std::string kWire =
    "NATO foreign ministers gathered in Brussels on Wednesday for two days of talks that opened with a debate "
    "on how to put military aid for Ukraine on a steadier footing.\n\n"
    "Secretary General Jens Stoltenberg proposed that the alliance take over the coordination of weapons "
    "deliveries, a task so far handled by a US-led group of about fifty countries, and suggested a fund of "
    "one hundred billion euros over five years.\n\n"
    "Several ministers welcomed the idea of a long-term commitment, arguing that Kyiv needed to plan its "
    "defence beyond the next budget cycle of each donor. Others, including Hungary, said they would not take "
    "part in any mission that could draw the alliance closer to the war.\n\n"
    "Ukrainian Foreign Minister Dmytro Kuleba joined the meeting on Thursday and repeated his call for more "
    "Patriot air defence systems, saying Russian missiles and drones were hitting power plants every night.\n\n"
    "The meeting also marked the seventy-fifth anniversary of the signing of the North Atlantic Treaty in "
    "Washington on 4 April 1949. Ministers held a short ceremony at the headquarters, where the treaty's "
    "founding members and the newest ones, Finland and Sweden, laid wreaths.\n\n"
    "Decisions on the fund are expected at the summit in Washington in July, diplomats said, after finance "
    "ministries have studied how the contributions would be shared among the thirty-two allies.";

// The same story as another site re-published it: its own header and footer,
// one sentence reworded.
std::string Syndicated() {
  std::string s = kWire;
  std::string from = "Others, including Hungary, said they would not take part in any mission that could draw "
                     "the alliance closer to the war.";
  std::string to = "Hungary and a few others warned that they would stay out of any mission that might pull "
                   "NATO into the conflict.";
  s.replace(s.find(from), from.size(), to);
  return "World | Europe | Updated 4 April 2024, 09:12\n\nBy our correspondents with agencies\n\n" + s +
         "\n\nShare this article on social media. Read more: our live coverage of the war in Ukraine. "
         "Sign up for the morning briefing newsletter.";
}

// Another story on the same topic: a different NATO meeting.
const std::string kOtherMeeting =
    "NATO leaders opened their summit in Vilnius on Tuesday with a promise that Ukraine would be invited to "
    "join the alliance when allies agree and conditions are met, a wording that disappointed Kyiv.\n\n"
    "President Volodymyr Zelensky, who arrived in the Lithuanian capital in the evening, had called the absence "
    "of a timetable absurd in a message posted before his plane landed.\n\n"
    "The allies also agreed to drop the requirement of a membership action plan for Ukraine, shortening the "
    "path once the war is over, and set up a NATO-Ukraine Council where Kyiv can call meetings.\n\n"
    "On the eve of the summit Turkey lifted its objection to Sweden's membership, after more than a year of "
    "talks, leaving ratification to the parliament in Ankara.\n\n"
    "Group of Seven countries announced on Wednesday a framework for long-term security commitments to "
    "Ukraine, under which each country would negotiate its own bilateral agreement with Kyiv.";

// The wire story in French (our translation).
const std::string kFrench =
    "Les ministres des Affaires étrangères de l'OTAN se sont réunis mercredi à Bruxelles pour deux jours de "
    "discussions, ouvertes par un débat sur la manière de rendre l'aide militaire à l'Ukraine plus stable.\n\n"
    "Le secrétaire général Jens Stoltenberg a proposé que l'Alliance prenne en charge la coordination des "
    "livraisons d'armes, une tâche jusqu'ici confiée à un groupe d'une cinquantaine de pays mené par les "
    "États-Unis, et a suggéré un fonds de cent milliards d'euros sur cinq ans.\n\n"
    "Plusieurs ministres ont salué l'idée d'un engagement de long terme, estimant que Kiev devait pouvoir "
    "planifier sa défense au-delà du prochain cycle budgétaire de chaque donateur. D'autres, dont la Hongrie, "
    "ont dit qu'ils ne participeraient à aucune mission susceptible de rapprocher l'Alliance de la guerre.\n\n"
    "Le ministre ukrainien des Affaires étrangères, Dmytro Kouleba, a rejoint la réunion jeudi et a réitéré "
    "sa demande de systèmes de défense aérienne Patriot supplémentaires.\n\n"
    "La réunion a aussi marqué le soixante-quinzième anniversaire de la signature du traité de l'Atlantique "
    "Nord à Washington le 4 avril 1949.\n\n"
    "Les décisions sur le fonds sont attendues au sommet de Washington en juillet, selon des diplomates.";

TEST(DedupSignature, RoundTripsThroughItsEncoding) {
  NearDupSignature s = ComputeNearDupSignature("Title", kWire);
  std::string bytes = s.Encode();
  EXPECT_EQ(bytes.size(), NearDupSignature::kEncodedBytes);
  Result<NearDupSignature> back = NearDupSignature::Decode(bytes);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->content_hash, s.content_hash);
  EXPECT_EQ(back->shingles, s.shingles);
  EXPECT_EQ(back->minhash, s.minhash);
  EXPECT_FALSE(NearDupSignature::Decode(bytes.substr(3)).ok());
}

TEST(DedupSignature, SimilarityTellsCopiesFromOtherStories) {
  NearDupSignature wire = ComputeNearDupSignature("", kWire);
  EXPECT_DOUBLE_EQ(EstimateSimilarity(wire, wire), 1.0);
  EXPECT_GE(EstimateSimilarity(wire, ComputeNearDupSignature("", Syndicated())), 0.55);
  EXPECT_LT(EstimateSimilarity(wire, ComputeNearDupSignature("", kOtherMeeting)), 0.2);
  EXPECT_LT(EstimateSimilarity(wire, ComputeNearDupSignature("", kFrench)), 0.2);
}

TEST(DedupSignature, CaseSpacingAndPunctuationDoNotMakeAnotherText) {
  NearDupSignature a = ComputeNearDupSignature("NATO meets", "The ministers met.  On Wednesday!");
  NearDupSignature b = ComputeNearDupSignature("nato MEETS", "the ministers met\n\non wednesday");
  NearDupSignature c = ComputeNearDupSignature("nato meets", "the ministers met on thursday");
  EXPECT_EQ(a.content_hash, b.content_hash);
  EXPECT_NE(a.content_hash, c.content_hash);
}

// The content hash folds and collapses white space a run of words at a time:
// leading, trailing and mixed runs of every kind, empty parts and non-ASCII
// words give the hash of the text written with single spaces; ids made before
// this way of normalizing stay the same (a value pinned from the
// one-byte-at-a-time version).
TEST(DedupSignature, ContentHashCollapsesEveryWhiteSpaceRun) {
  EXPECT_EQ(ContentHash(" \tÉté  À\r\n", "\n\n un  DEUX\ttrois \n"), ContentHash("été à", "un deux trois"));
  EXPECT_EQ(ContentHash("", " \n "), ContentHash("", ""));
  EXPECT_NE(ContentHash("a b", ""), ContentHash("ab", ""));
  EXPECT_NE(ContentHash("a", "b"), ContentHash("a b", ""));
  EXPECT_EQ(Hex64(ContentHash("  NATO  meets ", "The ministers\n\nmet.")), "5559c5446222934f");
}

// Signatures are stored with the articles and compared with those of later
// runs: the word hashing must give the same bytes whatever way it is written
// (values pinned from the one-byte-at-a-time version: ASCII, Latin, Cyrillic,
// CJK, kana and Thai, digits, punctuation, invalid bytes; and a fingerprint of
// 2,000 random texts made of such pieces).
std::string HexOf(const std::string& s) {
  static const char* kDigits = "0123456789abcdef";
  std::string out;
  for (unsigned char c : s) {
    out += kDigits[c >> 4];
    out += kDigits[c & 15];
  }
  return out;
}

TEST(DedupSignature, EncodedSignaturesStayTheSame) {
  const char* texts[][3] = {
      {"NATO meets", "The ministers met.  On Wednesday!", "018a11739059c7d7560200dd6c5ddaff6d6caacd73c2355508a7f54b9b25c5633a7909e74435feeeb4ce144f62982fc5781b4c59bf4eb22ceb16fd1fafc3aaf3b42e783b2dd6c55a01184b"},
      {"", "Élysée: le président a reçu 12 ministres à Paris, dont M. Dupont-Aignan (LR).", "016c5549b94259dc020b003961c74f5f0405f0a25d48ddeeeb834872d70874c2cb9fce16fa5cfc25a546075e1d3de55c950dd8992eb6da6bee67fe7f9d658f29b1e8f340c1f10fa5b78a3e"},
      {"Заголовок", "Министр иностранных дел России заявил 3 апреля, что переговоры продолжатся.", "0190d7795304471fd307003669bdc40aed7b4c38e95cbbd6854d4c601367242b7e271487a26ae7eaccc77b817d321bdd83c1068ce8dfebc70f1b4a4c02f57722249312687ecdecbe9c8efb"},
      {"东京", "東京都は3日、新しい計画を発表した。タイの代表も出席した。", "01d5a2be6dc1a898571700e2ab8eb1d8d7c0ea5ddd2bde835fd5dfd8ac131b254c6bf45a8c55d43d2177ed8b4d979b9381ac2b9e160ed3b4c10de94e3e0e75ff7527047369e1f26ec69647"},
      {"Mixed", "straße ÆØÅ çà ĞİŞ ǅ ﬁ Ωmega 123abc ABC_def x-y z'w\t\n\n ok.", "01a9506de28793e8eb0c00eda2b44fb88f45aa683cc71b87c31953caeed63e7ad10c236b25b1d649e6642153fbeaeab7bd6d512a38024066e227970db1199f7adf608b06f973a19dfa2ffc"},
      {"", "one two three", "01af7e592fbb68955a01005c7b3264b2ff2b99170a646526f33810d904503e132aaf0709ab5f346094cfcb55719e67718f14423ae6eb990702201b9e90257752f8b283162772a52d3df721"},
      {"", "bad \xff\xfe bytes \xc3 end", "0137d22fc3e146368101009a9656f8838238c8169ffe1f51a4eedf83bcdf32456d0ac52cbc62607efdb7d835e0ef1b61cbcda5cf8ca2a8263c2fe8068533f3842de0de229c7e5f444acd12"},
  };
  for (const auto& t : texts) EXPECT_EQ(HexOf(ComputeNearDupSignature(t[0], t[1]).Encode()), t[2]) << t[1];
  std::mt19937 rng(7);
  const char* pieces[] = {"a", "Z", "9", " ", "\n", "-", "é", "Ж", "東", "\xff", "ß", "İ", "Ab", "x"};
  unsigned long long fingerprint = 0;
  for (int k = 0; k < 2000; ++k) {
    std::string s;
    int len = static_cast<int>(rng() % 200);
    for (int j = 0; j < len; ++j) s += pieces[rng() % 14];
    for (unsigned char c : ComputeNearDupSignature("T", s).Encode()) fingerprint = fingerprint * 131 + c;
  }
  EXPECT_EQ(fingerprint, 0x72a107e4e0eb9eaaULL);
}

// Runs the stage over articles in order, as a pipeline does.
struct StageRun {
  std::unique_ptr<Stage> stage = MakeDedupStage();
  Article Add(const std::string& id, const std::string& title, const std::string& text) {
    Article a;
    a.id = id;
    a.title = title;
    a.text = text;
    EXPECT_TRUE(stage->Process(a).ok());
    return a;
  }
};

TEST(DedupStage, ExactCopyPointsAtTheFirstSeen) {
  StageRun run;
  Article first = run.Add("feed-1", "NATO ministers meet in Brussels", kWire);
  Article copy = run.Add("feed-2", "NATO ministers meet in Brussels", kWire);
  EXPECT_FALSE(first.duplicate_of.has_value());
  ASSERT_TRUE(copy.duplicate_of.has_value());
  EXPECT_EQ(*copy.duplicate_of, "feed-1");
  EXPECT_EQ(copy.dedup_signature.size(), NearDupSignature::kEncodedBytes);
}

TEST(DedupStage, SyndicatedCopyWithOwnHeaderFooterIsANearDuplicate) {
  StageRun run;
  run.Add("wire", "Allies debate a fund for Ukraine", kWire);
  Article copy = run.Add("site", "NATO weighs 100 billion euro plan", Syndicated());
  ASSERT_TRUE(copy.duplicate_of.has_value());
  EXPECT_EQ(*copy.duplicate_of, "wire");
}

TEST(DedupStage, DifferentStoriesOnOneTopicAndTranslationsStayApart) {
  StageRun run;
  run.Add("brussels", "NATO ministers meet in Brussels", kWire);
  Article other = run.Add("vilnius", "NATO summit opens in Vilnius", kOtherMeeting);
  Article french = run.Add("bruxelles", "Les ministres de l'OTAN réunis à Bruxelles", kFrench);
  EXPECT_FALSE(other.duplicate_of.has_value());
  EXPECT_FALSE(french.duplicate_of.has_value());
}

TEST(DedupStage, GroupsPointAtTheirFirstArticleAndReAddingIsANoOp) {
  StageRun run;
  run.Add("a", "t", kWire);
  Article b = run.Add("b", "t2", Syndicated());
  // A copy of the copy still names the group's first article.
  Article c = run.Add("c", "t3", Syndicated() + "\n\nCorrection: an earlier version misspelt a name.");
  EXPECT_EQ(b.duplicate_of.value_or(""), "a");
  EXPECT_EQ(c.duplicate_of.value_or(""), "a");
  // Seeing "a" and "b" again changes nothing.
  EXPECT_FALSE(run.Add("a", "t", kWire).duplicate_of.has_value());
  EXPECT_EQ(run.Add("b", "t2", Syndicated()).duplicate_of.value_or(""), "a");
}

TEST(DedupIndex, RestoresFromItsEntries) {
  NearDuplicateIndex index;
  index.Insert("a", ComputeNearDupSignature("t", kWire));
  index.Insert("b", ComputeNearDupSignature("t", Syndicated()));
  index.Insert("v", ComputeNearDupSignature("t", kOtherMeeting));
  EXPECT_FALSE(index.Add("a", ComputeNearDupSignature("x", kFrench)));  // no-op
  EXPECT_EQ(index.size(), 3u);

  NearDuplicateIndex restored;
  index.ForEach([&](std::string_view id, const NearDupSignature& sig, std::string_view dup) {
    Result<NearDupSignature> decoded = NearDupSignature::Decode(sig.Encode());
    ASSERT_TRUE(decoded.ok());
    EXPECT_TRUE(restored.Add(id, *decoded, dup));
  });
  EXPECT_EQ(restored.size(), 3u);
  EXPECT_EQ(restored.DuplicateOf("b").value_or(""), "a");
  EXPECT_FALSE(restored.DuplicateOf("v").has_value());
  auto m = restored.Query(ComputeNearDupSignature("t", Syndicated() + " Updated."));
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->duplicate_of, "a");
  EXPECT_FALSE(m->exact);
}

TEST(DedupIndex, ShortTextsOnlyMatchExactly) {
  NearDuplicateIndex index;
  index.Insert("a", ComputeNearDupSignature("", "Markets closed higher."));
  EXPECT_FALSE(index.Query(ComputeNearDupSignature("", "Markets closed lower.")).has_value());
  auto exact = index.Query(ComputeNearDupSignature("", "markets closed higher"));
  ASSERT_TRUE(exact.has_value());
  EXPECT_TRUE(exact->exact);
}

TEST(DedupIndex, StaysCorrectAcrossGrowth) {
  // Past the initial table sizes, every article still finds its copy.
  NearDuplicateIndex index;
  for (int i = 0; i < 3000; ++i) {
    std::string text = "Report number " + std::to_string(i) + " says that item " + std::to_string(i * 7) +
                       " was shipped from port " + std::to_string(i % 13) + " to depot " + std::to_string(i * 3) +
                       " on schedule with crate " + std::to_string(i * 11) + " and seal " + std::to_string(i * 5);
    index.Insert("id" + std::to_string(i), ComputeNearDupSignature("", text));
  }
  EXPECT_EQ(index.size(), 3000u);
  EXPECT_GT(index.MemoryBytes(), 3000u * 100);
  for (int i = 0; i < 3000; i += 499) {
    std::string text = "Report number " + std::to_string(i) + " says that item " + std::to_string(i * 7) +
                       " was shipped from port " + std::to_string(i % 13) + " to depot " + std::to_string(i * 3) +
                       " on schedule with crate " + std::to_string(i * 11) + " and seal " + std::to_string(i * 5);
    auto m = index.Query(ComputeNearDupSignature("", text));
    ASSERT_TRUE(m.has_value()) << i;
    EXPECT_EQ(m->duplicate_of, "id" + std::to_string(i));
  }
}

}  // namespace
}  // namespace dragoman
