// dragoman show: one stored article, as its full JSON record or readable.
#include <cstdio>
#include <map>
#include <string>

#include "cli/command.h"
#include "cli/store_util.h"
#include "dragoman/json_output.h"
#include "dragoman/log.h"
#include "dragoman/store.h"

namespace dragoman::cli {
namespace {

void Line(const char* label, const std::string& value) {
  if (!value.empty()) std::printf("%-11s %s\n", label, value.c_str());
}

void PrintReadable(const Article& a) {
  Line("id", a.id);
  Line("title", a.title.value_or(""));
  std::string outlet = a.outlet.value_or("");
  if (a.original_outlet) outlet += " (first published by " + *a.original_outlet + ")";
  Line("outlet", outlet);
  char conf[32];
  std::snprintf(conf, sizeof conf, " (%.2f)", a.language_confidence);
  Line("language", a.language + conf);
  if (a.published)
    Line("published", a.published->date + " (" + a.published->precision +
                          (a.published->evidence.empty() ? "" : "; " + a.published->evidence) + ")");
  Line("source", a.source.Display() + " [" + a.source.format + "]");
  Line("url", a.source.url);
  std::string authors;
  for (const auto& x : a.authors) authors += (authors.empty() ? "" : ", ") + x;
  Line("authors", authors);
  if (a.duplicate_of) Line("copy of", *a.duplicate_of);
  if (a.tone) {
    char t[32];
    std::snprintf(t, sizeof t, "%.2f", *a.tone);
    Line("tone", t);
  }
  std::printf("\n%s\n", a.text.c_str());
  if (!a.entities.empty()) {
    std::map<std::string, int> counts;
    for (const auto& m : a.mentions) ++counts[m.entity_id];
    std::printf("\nentities (%zu):\n", a.entities.size());
    for (const auto& e : a.entities)
      std::printf("  %-28s %-4s %-30s %d\n", e.name.c_str(), e.type.c_str(), e.id.c_str(), counts[e.id]);
  }
  if (!a.quotes.empty()) {
    std::printf("\nquotes (%zu):\n", a.quotes.size());
    for (const auto& q : a.quotes) {
      std::string who = !q.speaker.name.empty() ? q.speaker.name
                        : !q.speaker.description.empty() ? q.speaker.description
                                                         : "?";
      std::printf("  %s: \"%s\"\n", who.c_str(), q.text.c_str());
    }
  }
  if (!a.events.empty()) {
    std::printf("\nevents (%zu):\n", a.events.size());
    for (const auto& e : a.events) {
      std::printf("  %-4s %-24s %s -> %s%s%s\n", e.code.c_str(), e.label.c_str(),
                  e.actor1.name.empty() ? "-" : e.actor1.name.c_str(),
                  e.actor2.name.empty() ? "-" : e.actor2.name.c_str(),
                  e.place_name.empty() ? "" : (" in " + e.place_name).c_str(), e.date.empty() ? "" : (" on " + e.date).c_str());
    }
  }
}

int RunShow(const Args& args) {
  std::unique_ptr<Store> store = OpenStoreFromArgs(args, /*create=*/false);
  if (!store) return kExitFatal;
  int rc = kExitOk;
  for (const auto& given : args.positional()) {
    Result<Article> a = store->GetArticle(given);
    if (!a.ok() && a.status().code() == Code::kNotFound && given.size() >= 4) {
      // Not a full id: try it as a unique prefix.
      Result<std::string> id = store->ResolveId(given);
      if (id.ok()) a = store->GetArticle(*id);
      else if (id.status().code() != Code::kNotFound) a = id.status();
    }
    if (!a.ok()) {
      LogError(a.status().ToString());
      if (a.status().code() == Code::kNotFound || a.status().code() == Code::kInvalidArgument) {
        if (rc == kExitOk) rc = kExitNoResult;
        continue;
      }
      return kExitFatal;
    }
    if (args.Get("format") == "jsonl") {
      std::string line = ArticleToJson(*a) + "\n";
      std::fwrite(line.data(), 1, line.size(), stdout);
    } else {
      if (&given != &args.positional().front()) std::printf("\n----\n\n");
      PrintReadable(*a);
    }
  }
  return rc;
}

Registrar reg({
    "show",
    "print stored articles by id",
    "ID... [--db FILE] [--format jsonl|table]",
    "Prints each article: with --format jsonl its full record (the same JSON as 'analyze'),\n"
    "otherwise a readable view (metadata, text, entities, quotes, events). An ID may be\n"
    "shortened to a unique prefix of at least 4 characters. Exit status: 0 all found,\n"
    "1 some id not found (or ambiguous), 4 no usable store.",
    {DbFlag(), FormatFlag()},
    1,
    RunShow,
});

}  // namespace
}  // namespace dragoman::cli
