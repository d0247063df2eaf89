#include "cli/command.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <sstream>

#include "core/parallel_pipeline.h"
#include "dragoman/log.h"

namespace dragoman::cli {

static std::vector<Command>& Registry() {
  static std::vector<Command> commands;
  return commands;
}

Registrar::Registrar(Command command) {
  // Every command takes --help and --verbose; declared once here.
  command.flags.push_back({"help", "", "print this help", "", false});
  command.flags.push_back({"verbose", "", "log progress details to stderr", "", false});
  command.flags.push_back({"quiet", "", "print errors only (the default)", "", false});
  Registry().push_back(std::move(command));
}

const std::vector<Command>& Commands() { return Registry(); }

std::string Args::Get(const std::string& name) const {
  auto it = values_.find(name);
  if (it != values_.end() && !it->second.empty()) return it->second.back();
  auto d = defaults_.find(name);
  return d == defaults_.end() ? std::string() : d->second;
}

std::vector<std::string> Args::GetAll(const std::string& name) const {
  auto it = values_.find(name);
  return it == values_.end() ? std::vector<std::string>{} : it->second;
}

std::vector<std::string> Args::GetList(const std::string& name) const {
  std::vector<std::string> out;
  for (const std::string& v : GetAll(name)) {
    size_t start = 0;
    while (start <= v.size()) {
      size_t comma = v.find(',', start);
      if (comma == std::string::npos) comma = v.size();
      if (comma > start) out.push_back(v.substr(start, comma - start));
      start = comma + 1;
    }
  }
  return out;
}

bool Args::GetInt(const std::string& name, long long* out) const {
  std::string v = Get(name);
  if (v.empty()) return false;
  char* end = nullptr;
  long long x = std::strtoll(v.c_str(), &end, 10);
  if (end == v.c_str() || *end != '\0') return false;
  *out = x;
  return true;
}

class Parser {
 public:
  static int Run(const Command& c, const std::vector<std::string>& argv, Args* args) {
    for (const auto& f : c.flags)
      if (!f.default_value.empty()) args->defaults_[f.name] = f.default_value;
    bool only_positional = false;
    for (size_t i = 0; i < argv.size(); ++i) {
      const std::string& a = argv[i];
      if (only_positional || a == "-" || a.size() < 2 || a[0] != '-') {
        args->positional_.push_back(a);
        continue;
      }
      if (a == "--") { only_positional = true; continue; }
      std::string name, value;
      bool has_value = false;
      if (a == "-h") name = "help";
      else if (a == "-v") name = "verbose";
      else if (a == "-q") name = "quiet";
      else if (a.rfind("--", 0) == 0) {
        name = a.substr(2);
        auto eq = name.find('=');
        if (eq != std::string::npos) { value = name.substr(eq + 1); name = name.substr(0, eq); has_value = true; }
      } else {
        std::fprintf(stderr, "dragoman %s: unknown option '%s' (see --help)\n", c.name.c_str(), a.c_str());
        return kExitUsage;
      }
      const Flag* flag = nullptr;
      for (const auto& f : c.flags) if (f.name == name) flag = &f;
      if (!flag) {
        std::fprintf(stderr, "dragoman %s: unknown option '--%s' (see --help)\n", c.name.c_str(), name.c_str());
        return kExitUsage;
      }
      if (flag->value_name.empty()) {
        if (has_value) {
          std::fprintf(stderr, "dragoman %s: --%s takes no value\n", c.name.c_str(), name.c_str());
          return kExitUsage;
        }
        args->values_[name].push_back("true");
        continue;
      }
      if (!has_value) {
        if (i + 1 >= argv.size()) {
          std::fprintf(stderr, "dragoman %s: --%s needs a value %s\n", c.name.c_str(), name.c_str(),
                       flag->value_name.c_str());
          return kExitUsage;
        }
        value = argv[++i];
      }
      if (!flag->repeatable) args->values_[name].clear();
      args->values_[name].push_back(value);
    }
    if (args->Has("help")) return kExitOk;
    if (args->positional_.size() < c.min_positional) {
      std::fprintf(stderr, "dragoman %s: missing arguments\nusage: dragoman %s %s\n", c.name.c_str(),
                   c.name.c_str(), c.usage.c_str());
      return kExitUsage;
    }
    if (args->Has("format")) {
      std::string f = args->Get("format");
      if (f != "jsonl" && f != "table" && f != "gdelt" && f != "graphml" && f != "gexf") {
        std::fprintf(stderr, "dragoman %s: unknown --format '%s'\n", c.name.c_str(), f.c_str());
        return kExitUsage;
      }
    }
    return kExitOk;
  }
};

int Parse(const Command& command, const std::vector<std::string>& argv, Args* args) {
  return Parser::Run(command, argv, args);
}

std::string HelpText(const Command& c) {
  std::ostringstream o;
  o << "dragoman " << c.name << " - " << c.summary << "\n\nusage: dragoman " << c.name << " " << c.usage << "\n";
  if (!c.description.empty()) o << "\n" << c.description << "\n";
  o << "\noptions:\n";
  for (const auto& f : c.flags) {
    std::string left = "  --" + f.name + (f.value_name.empty() ? "" : " " + f.value_name);
    o << left;
    if (left.size() < 26) o << std::string(26 - left.size(), ' ');
    else o << "\n" << std::string(26, ' ');
    o << f.help;
    if (!f.default_value.empty()) o << " (default: " << f.default_value << ")";
    o << "\n";
  }
  return o.str();
}

Flag FormatFlag() { return {"format", "jsonl|table", "output format", "table", false}; }
Flag DbFlag() { return {"db", "FILE", "the SQLite store", "dragoman.db", false}; }
Flag JobsFlag() {
  return {"jobs", "N", "pipeline threads (0: one thread for everything); the output is the same for any N",
          "cores", false};
}

bool GetJobs(const Args& args, int* jobs) {
  *jobs = ParallelPipeline::DefaultJobs();
  if (!args.Has("jobs")) return true;
  long long n = 0;
  if (!args.GetInt("jobs", &n) || n < 0 || n > 256) {
    LogError("--jobs must be a number between 0 and 256");
    return false;
  }
  *jobs = static_cast<int>(n);
  return true;
}

bool Interactive() { return isatty(STDOUT_FILENO) && isatty(STDERR_FILENO); }

}  // namespace dragoman::cli
