// --output must leave either the old file or the whole new one, and nothing else behind.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "report/atomic_output.hpp"

using namespace claimcheck;
namespace fs = std::filesystem;

namespace {

/// A fresh directory under the system's temporary directory, removed with everything in it.
class scratch_dir {
 public:
  scratch_dir() {
    std::string pattern = (fs::temp_directory_path() / "claimcheck-atomic-XXXXXX").string();
    path_ = ::mkdtemp(pattern.data());
  }
  scratch_dir(scratch_dir const&) = delete;
  scratch_dir& operator=(scratch_dir const&) = delete;
  ~scratch_dir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  fs::path const& path() const { return path_; }

 private:
  fs::path path_;
};

std::string read_file(fs::path const& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> entries(fs::path const& dir) {
  std::vector<std::string> names;
  for (fs::directory_entry const& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

TEST_CASE("atomic output: a new file gets the content and the usual permissions", "[report][output]") {
  scratch_dir dir;
  fs::path const target = dir.path() / "report.sarif";
  diagnostics errors;
  REQUIRE(write_file_atomically(target.string(), "{\"version\": \"2.1.0\"}\n", errors));
  CHECK(errors.empty());
  CHECK(read_file(target) == "{\"version\": \"2.1.0\"}\n");
  // Nothing else is left in the directory.
  CHECK(entries(dir.path()) == std::vector<std::string>{"report.sarif"});
  mode_t const mask = ::umask(0);
  ::umask(mask);
  struct stat info {};
  REQUIRE(::stat(target.c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == (0666 & ~mask));
}

TEST_CASE("atomic output: an existing file is replaced whole", "[report][output]") {
  scratch_dir dir;
  fs::path const target = dir.path() / "report.xml";
  std::ofstream(target) << "an old and much longer report that must not show through\n";
  diagnostics errors;
  REQUIRE(write_file_atomically(target.string(), "new\n", errors));
  CHECK(read_file(target) == "new\n");
  CHECK(entries(dir.path()) == std::vector<std::string>{"report.xml"});
}

TEST_CASE("atomic output: empty content makes an empty file", "[report][output]") {
  scratch_dir dir;
  fs::path const target = dir.path() / "empty.txt";
  diagnostics errors;
  REQUIRE(write_file_atomically(target.string(), "", errors));
  CHECK(fs::exists(target));
  CHECK(fs::file_size(target) == 0);
}

TEST_CASE("atomic output: a missing directory is a diagnostic, not a file", "[report][output]") {
  scratch_dir dir;
  fs::path const target = dir.path() / "no-such-dir" / "report.json";
  diagnostics errors;
  CHECK_FALSE(write_file_atomically(target.string(), "x", errors));
  REQUIRE(errors.items().size() == 1);
  diagnostic const& e = errors.items()[0];
  CHECK(e.path == target.string());
  CHECK(e.line == 0);
  CHECK(e.message == "cannot write report: cannot create a temporary file beside it: No such file or directory");
  CHECK(entries(dir.path()).empty());
}

TEST_CASE("atomic output: a failed rename leaves the target as it was and no temporary file", "[report][output]") {
  scratch_dir dir;
  // A non-empty directory where the file should go: the rename must fail (whoever runs the test,
  // root included, which permission checks would not stop).
  fs::path const target = dir.path() / "taken";
  fs::create_directory(target);
  std::ofstream(target / "keep.txt") << "kept\n";
  diagnostics errors;
  CHECK_FALSE(write_file_atomically(target.string(), "x", errors));
  REQUIRE(errors.items().size() == 1);
  CHECK(errors.items()[0].path == target.string());
  CHECK(errors.items()[0].message.rfind("cannot write report: ", 0) == 0);
  CHECK(entries(dir.path()) == std::vector<std::string>{"taken"});
  CHECK(read_file(target / "keep.txt") == "kept\n");
}

TEST_CASE("atomic output: a relative path writes beside the working directory's files", "[report][output]") {
  scratch_dir dir;
  fs::path const before = fs::current_path();
  fs::current_path(dir.path());
  diagnostics errors;
  bool const written = write_file_atomically("plain.txt", "here\n", errors);
  fs::current_path(before);
  CHECK(written);
  CHECK(read_file(dir.path() / "plain.txt") == "here\n");
}
