#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "text/input_collector.hpp"

using namespace claimcheck;
namespace fs = std::filesystem;

namespace {

/// A fresh directory under the system temporary directory, removed with everything in it.
class temp_directory {
 public:
  temp_directory() {
    std::random_device seed;
    path_ = fs::temp_directory_path() / ("claimcheck-text-" + std::to_string(seed()) + std::to_string(seed()));
    fs::create_directories(path_);
  }
  ~temp_directory() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  temp_directory(temp_directory const&) = delete;
  temp_directory& operator=(temp_directory const&) = delete;

  fs::path const& path() const { return path_; }
  std::string str() const { return path_.generic_string(); }

  fs::path write(std::string const& relative, std::string const& content) const {
    fs::path const file = path_ / relative;
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << content;
    return file;
  }

 private:
  fs::path path_;
};

struct collected {
  source_store store;
  diagnostics errors;

  std::vector<std::string> paths() const {
    std::vector<std::string> result;
    for (std::size_t i = 0; i < store.size(); ++i) result.emplace_back(store[static_cast<source_id>(i)].path());
    return result;
  }
  std::string text_of(std::string const& path) const {
    for (std::size_t i = 0; i < store.size(); ++i)
      if (store[static_cast<source_id>(i)].path() == path) return std::string(store[static_cast<source_id>(i)].text());
    FAIL("no source " << path);
    return {};
  }
};

void collect(collected& c, std::vector<std::string> const& paths, std::string const& standard_input = "") {
  std::istringstream in(standard_input);
  collect_inputs(paths, c.store, c.errors, in);
}

}  // namespace

TEST_CASE("collector: directories are searched recursively in sorted order", "[text][collector]") {
  temp_directory const dir;
  dir.write("b.txt", "Second.");
  dir.write("a.md", "First.");
  dir.write("notes.json", "{}");
  dir.write("sub/c.md", "Third.");
  dir.write("sub/deeper/d.TXT", "Fourth.");
  dir.write(".hidden.md", "Hidden.");
  dir.write(".git/e.md", "Hidden too.");
  fs::create_directory_symlink(dir.path(), dir.path() / "sub" / "loop");  // a cycle never followed
  fs::create_symlink(dir.path() / "a.md", dir.path() / "sub" / "z-link.md");

  for (std::string const& argument : {dir.str(), dir.str() + "/", dir.str() + "//"}) {
    INFO(argument);
    collected c;
    collect(c, {argument});
    CHECK(c.errors.empty());
    // The symlinked copy of a.md is the same file, read once.
    CHECK(c.paths() == std::vector<std::string>{dir.str() + "/a.md", dir.str() + "/b.txt", dir.str() + "/sub/c.md",
                                                dir.str() + "/sub/deeper/d.TXT"});
    CHECK(c.text_of(dir.str() + "/sub/c.md") == "Third.");
  }
}

TEST_CASE("collector: relative directory arguments keep their spelling", "[text][collector]") {
  temp_directory const dir;
  dir.write("x/a.md", "First.");
  collected dot, dot_slash, named;
  {
    struct working_directory_guard {
      fs::path previous = fs::current_path();
      ~working_directory_guard() { fs::current_path(previous); }
    } const guard;
    fs::current_path(dir.path());
    collect(dot, {"."});
    collect(dot_slash, {"./"});
    collect(named, {"x/"});
  }
  CHECK(dot.paths() == std::vector<std::string>{"./x/a.md"});
  CHECK(dot_slash.paths() == std::vector<std::string>{"./x/a.md"});
  CHECK(named.paths() == std::vector<std::string>{"x/a.md"});
}

TEST_CASE("collector: files are taken as given, duplicates once", "[text][collector]") {
  temp_directory const dir;
  fs::path const story = dir.write("story.json", "Any extension is read.");
  fs::path const article = dir.write("a.md", "Article.");
  collected c;
  collect(c, {story.string(), dir.str(), article.string(), story.string()});
  CHECK(c.errors.empty());
  CHECK(c.paths() == std::vector<std::string>{story.string(), dir.str() + "/a.md"});
}

TEST_CASE("collector: problems are diagnostics and the rest is still read", "[text][collector]") {
  temp_directory const dir;
  dir.write("good.md", "Good.");
  dir.write("empty/notes.json", "{}");
  fs::create_directories(dir.path() / "nothing");
  fs::path const binary = dir.write("data.txt", std::string("abc\0def", 7));
  std::string const missing = dir.str() + "/missing.md";

  collected c;
  collect(c, {missing, dir.str() + "/empty", binary.string(), dir.str() + "/nothing", dir.str() + "/good.md"});
  CHECK(c.paths() == std::vector<std::string>{dir.str() + "/good.md"});
  CHECK(c.errors.items() == std::vector<diagnostic>{
                                {missing, 0, 0, "no such file or directory"},
                                {dir.str() + "/empty", 0, 0, "directory contains no .txt or .md files"},
                                {binary.string(), 0, 0, "binary file skipped (it contains NUL bytes)"},
                                {dir.str() + "/nothing", 0, 0, "directory contains no .txt or .md files"},
                            });
}

TEST_CASE("collector: binary files inside a directory are skipped", "[text][collector]") {
  temp_directory const dir;
  dir.write("a.md", "Fine.");
  dir.write("b.txt", std::string("\0\1\2", 3));
  collected c;
  collect(c, {dir.str()});
  CHECK(c.paths() == std::vector<std::string>{dir.str() + "/a.md"});
  REQUIRE(c.errors.items().size() == 1);
  CHECK(c.errors.items()[0].path == dir.str() + "/b.txt");
}

TEST_CASE("collector: byte order mark and invalid UTF-8", "[text][collector]") {
  temp_directory const dir;
  fs::path const bom = dir.write("bom.md", "\xEF\xBB\xBFHello.\n");
  fs::path const bad = dir.write("bad.md", "Fine line.\nAn \xC3\xA9 then \xFF here.\n");
  fs::path const bad_after_bom = dir.write("both.md", "\xEF\xBB\xBF" "ab\xC0\xAF");  // overlong '/'
  fs::path const surrogate = dir.write("surrogate.md", "x\xED\xA0\x80y");
  fs::path const truncated = dir.write("truncated.md", "x\xE2\x80");

  collected c;
  collect(c, {bom.string(), bad.string(), bad_after_bom.string(), surrogate.string(), truncated.string()});
  CHECK(c.text_of(bom.string()) == "Hello.\n");
  CHECK(c.text_of(bad.string()) == "Fine line.\nAn \xC3\xA9 then \xFF here.\n");  // stored as it is
  CHECK(c.text_of(bad_after_bom.string()) == "ab\xC0\xAF");
  CHECK(c.errors.items() == std::vector<diagnostic>{
                                {bad.string(), 2, 11, "invalid UTF-8 at byte 22"},
                                {bad_after_bom.string(), 1, 3, "invalid UTF-8 at byte 5"},
                                {surrogate.string(), 1, 2, "invalid UTF-8 at byte 1"},
                                {truncated.string(), 1, 2, "invalid UTF-8 at byte 1"},
                            });
}

TEST_CASE("collector: standard input", "[text][collector]") {
  temp_directory const dir;
  fs::path const file = dir.write("a.md", "File.");
  collected c;
  collect(c, {"-", file.string(), "-"}, "\xEF\xBB\xBFPiped text.\n");
  CHECK(c.errors.empty());
  CHECK(c.paths() == std::vector<std::string>{"<stdin>", file.string()});
  CHECK(c.text_of("<stdin>") == "Piped text.\n");
}
