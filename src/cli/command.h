// The dragoman command line: one registry of subcommands, each declaring its
// flags once; --help text is generated from those declarations.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace dragoman::cli {

// Exit codes (documented in the README). Never renumber.
constexpr int kExitOk = 0;         // success
constexpr int kExitNoResult = 1;   // ran fine, found nothing (search, show)
constexpr int kExitUsage = 2;      // bad flags or arguments
constexpr int kExitPartial = 3;    // some inputs failed; the rest was processed
constexpr int kExitFatal = 4;      // nothing could be done (store unusable, ...)

struct Flag {
  std::string name;        // "db" for --db
  std::string value_name;  // "FILE"; empty for a boolean switch
  std::string help;
  std::string default_value;  // shown in --help; empty for none
  bool repeatable = false;
};

class Args {
 public:
  bool Has(const std::string& name) const { return values_.count(name) > 0; }
  // The last value given, or the flag's default.
  std::string Get(const std::string& name) const;
  std::vector<std::string> GetAll(const std::string& name) const;
  // Integer value; returns false (and leaves `out`) when it is not an integer.
  bool GetInt(const std::string& name, long long* out) const;
  // Every value given, each split at commas, empty items dropped:
  // "--stages language,dedup" and "--stages language --stages dedup" alike.
  std::vector<std::string> GetList(const std::string& name) const;
  const std::vector<std::string>& positional() const { return positional_; }

 private:
  friend class Parser;
  std::map<std::string, std::vector<std::string>> values_;
  std::map<std::string, std::string> defaults_;
  std::vector<std::string> positional_;
};

struct Command {
  std::string name;        // "analyze", or "eval extract" for a nested command
  std::string summary;     // one line for the command list
  std::string usage;       // "PATH... [--format jsonl|table]"
  std::string description; // a paragraph for --help
  std::vector<Flag> flags;
  size_t min_positional = 0;
  std::function<int(const Args&)> run;
};

// Registers a command at static-initialization time.
struct Registrar {
  explicit Registrar(Command command);
};
const std::vector<Command>& Commands();

// Parses argv after the command words. Returns kExitOk or kExitUsage (with the
// reason printed on stderr).
int Parse(const Command& command, const std::vector<std::string>& argv, Args* args);
std::string HelpText(const Command& command);

// Common flags.
Flag FormatFlag();  // --format jsonl|table
Flag DbFlag();      // --db FILE
Flag JobsFlag();    // --jobs N
// The worker threads --jobs asks for (default: one per core; 0 runs the
// pipeline on the calling thread). False, after logging why, when malformed.
bool GetJobs(const Args& args, int* jobs);

// Whether a progress bar may be drawn (stdout and stderr are terminals).
bool Interactive();

}  // namespace dragoman::cli
