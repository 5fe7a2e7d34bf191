#pragma once
// Runs the built claimcheck binary as a user would, from the source tree, and captures what it
// prints and the exit status.
#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>

namespace claimcheck::testing {

struct binary_result {
  std::string out;
  int status = -1;
};

/// Runs `claimcheck <arguments>` in the source directory; standard error is discarded unless
/// the arguments redirect it.
inline binary_result run_claimcheck(std::string const& arguments) {
  std::string const command =
      std::string("cd '") + CLAIMCHECK_SOURCE_DIR + "' && '" + CLAIMCHECK_BINARY + "' " + arguments;
  binary_result result;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  std::array<char, 4096> buffer{};
  std::size_t n = 0;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.out.append(buffer.data(), n);
  int const status = pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

inline std::string read_source_file(std::string const& relative) {
  std::ifstream in(std::string(CLAIMCHECK_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return std::move(text).str();
}

}  // namespace claimcheck::testing
