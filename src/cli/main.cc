// dragoman: the command-line dispatcher. All work is in libdragoman; each
// subcommand lives in its own cmd_*.cc and registers itself.
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "cli/command.h"
#include "dragoman/log.h"

using namespace dragoman;

static void PrintOverview() {
  std::printf("dragoman - multilingual news intelligence\n\nusage: dragoman COMMAND [options]\n\ncommands:\n");
  for (const auto& c : cli::Commands()) {
    std::string left = "  " + c.name;
    std::printf("%s%*s%s\n", left.c_str(), left.size() < 22 ? static_cast<int>(22 - left.size()) : 1, "",
                c.summary.c_str());
  }
  std::printf("\nRun 'dragoman COMMAND --help' for the options of one command.\n");
}

int main(int argc, char** argv) {
  std::vector<std::string> words(argv + 1, argv + argc);
  if (words.empty() || words[0] == "--help" || words[0] == "-h" || words[0] == "help") {
    PrintOverview();
    return words.empty() ? cli::kExitUsage : cli::kExitOk;
  }
  if (words[0] == "--version") {
    std::printf("dragoman 0.1.0\n");
    return cli::kExitOk;
  }
  // Longest command name that matches the leading words ("eval extract" before "eval").
  const cli::Command* best = nullptr;
  size_t best_words = 0;
  for (const auto& c : cli::Commands()) {
    std::vector<std::string> parts;
    size_t start = 0;
    while (true) {
      size_t sp = c.name.find(' ', start);
      parts.push_back(c.name.substr(start, sp - start));
      if (sp == std::string::npos) break;
      start = sp + 1;
    }
    if (parts.size() > words.size()) continue;
    bool match = true;
    for (size_t i = 0; i < parts.size(); ++i) match = match && parts[i] == words[i];
    if (match && parts.size() > best_words) { best = &c; best_words = parts.size(); }
  }
  if (!best) {
    // A group name alone ("eval") lists its subcommands.
    bool group = false;
    for (const auto& c : cli::Commands()) {
      if (c.name.rfind(words[0] + " ", 0) == 0) {
        if (!group) std::fprintf(stderr, "dragoman %s: choose one of:\n", words[0].c_str());
        group = true;
        std::fprintf(stderr, "  dragoman %-18s %s\n", c.name.c_str(), c.summary.c_str());
      }
    }
    if (!group) std::fprintf(stderr, "dragoman: unknown command '%s' (see dragoman --help)\n", words[0].c_str());
    return cli::kExitUsage;
  }
  std::vector<std::string> rest(words.begin() + best_words, words.end());
  cli::Args args;
  int rc = cli::Parse(*best, rest, &args);
  if (rc != cli::kExitOk) return rc;
  if (args.Has("help")) {
    std::fputs(cli::HelpText(*best).c_str(), stdout);
    return cli::kExitOk;
  }
  if (args.Has("verbose")) SetLogLevel(LogLevel::kInfo);
  if (args.Has("quiet")) SetLogLevel(LogLevel::kError);
  return best->run(args);
}
