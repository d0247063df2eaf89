// Locating the project's own data files (lexicons, curated lists) at run time.
#pragma once

#include <string>

#include "dragoman/status.h"

namespace dragoman {

// Resolves a path relative to the data/ folder: $DRAGOMAN_HOME/data/REL when
// DRAGOMAN_HOME is set and the file exists there, else the source tree's data/.
std::string DataPath(const std::string& relative);

// Reads a whole data file; NotFound with the paths tried when it is missing.
Result<std::string> ReadDataFile(const std::string& relative);

}  // namespace dragoman
