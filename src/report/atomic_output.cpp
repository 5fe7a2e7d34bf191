#include "report/atomic_output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

namespace claimcheck {

namespace {

/// The mode a plain open(O_CREAT, 0666) would give; the umask can only be read by setting it,
/// so it is put back at once.
mode_t new_file_mode() {
  mode_t const mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

bool write_all(int fd, std::string_view content) {
  while (!content.empty()) {
    ssize_t const n = ::write(fd, content.data(), content.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    content.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

/// Removes the temporary file on every path out unless the rename has taken it.
class temporary_file {
 public:
  explicit temporary_file(std::string name) : name_(std::move(name)) {}
  temporary_file(temporary_file const&) = delete;
  temporary_file& operator=(temporary_file const&) = delete;
  ~temporary_file() {
    if (fd_ >= 0) ::close(fd_);
    if (!kept_) ::unlink(name_.c_str());
  }

  /// Creates it; false with errno set on failure (nothing to remove then).
  bool create() {
    std::vector<char> pattern(name_.begin(), name_.end());
    pattern.push_back('\0');
    fd_ = ::mkstemp(pattern.data());
    if (fd_ < 0) {
      kept_ = true;
      return false;
    }
    name_ = pattern.data();
    return true;
  }
  int fd() const { return fd_; }
  char const* name() const { return name_.c_str(); }
  /// Closes it; false with errno set if the last write-back failed.
  bool close() {
    int const fd = fd_;
    fd_ = -1;
    return ::close(fd) == 0;
  }
  void keep() { kept_ = true; }

 private:
  std::string name_;
  int fd_ = -1;
  bool kept_ = false;
};

}  // namespace

bool write_file_atomically(std::string_view path, std::string_view content, diagnostics& errors) {
  std::string const target(path);
  auto const fail = [&](std::string_view what) {
    // errno is read before anything else can change it.
    std::string reason = std::strerror(errno);
    errors.add(target, 0, 0, "cannot write report: " + std::string(what) + reason);
    return false;
  };
  if (target.empty()) {
    errno = ENOENT;
    return fail("");
  }

  std::filesystem::path const target_path(target);
  std::filesystem::path directory = target_path.parent_path();
  if (directory.empty()) directory = ".";
  // Hidden and named after the target, so that a leftover from a crash is recognisable.
  temporary_file temp((directory / ("." + target_path.filename().string() + ".tmp-XXXXXX")).string());
  if (!temp.create()) return fail("cannot create a temporary file beside it: ");
  if (::fchmod(temp.fd(), new_file_mode()) != 0) return fail("");
  if (!write_all(temp.fd(), content)) return fail("");
  if (::fsync(temp.fd()) != 0) return fail("");
  if (!temp.close()) return fail("");
  if (::rename(temp.name(), target.c_str()) != 0) return fail("");
  temp.keep();
  return true;
}

}  // namespace claimcheck
