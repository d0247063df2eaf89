// Byte sources the readers pull from, and a buffered InputStream over them.
// Everything streams: a source hands out bytes in chunks, a reader asks for
// lines, exact counts or "everything up to a limit", and nothing ever holds
// more than the limit it was given. Not thread-safe: one reader per stream.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "dragoman/status.h"

namespace dragoman::read {

// A forward-only stream of bytes.
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to `n` bytes into `buf`. Returns the count read; 0 means the
  // end of the stream. A broken stream (I/O error, corrupt compression)
  // returns its Status, and keeps returning it.
  virtual Result<size_t> Read(char* buf, size_t n) = 0;
};

// A file descriptor (a file, or stdin). Owns and closes the descriptor when
// `owned` is true.
class FdSource : public ByteSource {
 public:
  FdSource(int fd, bool owned) : fd_(fd), owned_(owned) {}
  ~FdSource() override;
  FdSource(const FdSource&) = delete;
  FdSource& operator=(const FdSource&) = delete;
  // Opens `path` read-only.
  static Result<std::unique_ptr<FdSource>> Open(const std::string& path);
  Result<size_t> Read(char* buf, size_t n) override;

 private:
  int fd_;
  bool owned_;
};

// Bytes in memory; the caller keeps them alive while the source is used.
class MemorySource : public ByteSource {
 public:
  explicit MemorySource(std::string_view bytes) : bytes_(bytes) {}
  Result<size_t> Read(char* buf, size_t n) override;

 private:
  std::string_view bytes_;
  size_t pos_ = 0;
};

// Bytes in memory that the source owns.
class StringSource : public ByteSource {
 public:
  explicit StringSource(std::string bytes) : bytes_(std::move(bytes)) {}
  Result<size_t> Read(char* buf, size_t n) override;

 private:
  std::string bytes_;
  size_t pos_ = 0;
};

// Hands out `prefix` first, then the bytes of `inner`: puts back what was
// read to look at the start of a stream.
class PrefixedSource : public ByteSource {
 public:
  PrefixedSource(std::string prefix, std::unique_ptr<ByteSource> inner)
      : prefix_(std::move(prefix)), inner_(std::move(inner)) {}
  Result<size_t> Read(char* buf, size_t n) override;

 private:
  std::string prefix_;
  size_t pos_ = 0;
  std::unique_ptr<ByteSource> inner_;
};

// Undoes gzip (and zlib) compression of another source, member after member
// (a multi-member file such as a WARC.gz is one stream of its concatenated
// members). Trailing zero padding after the last member is ignored; other
// trailing bytes and a stream that stops before its member ends are
// Corruption. Memory: one input chunk and zlib's 32 KiB window.
class GzipSource : public ByteSource {
 public:
  explicit GzipSource(std::unique_ptr<ByteSource> inner);
  ~GzipSource() override;
  GzipSource(const GzipSource&) = delete;
  GzipSource& operator=(const GzipSource&) = delete;
  Result<size_t> Read(char* buf, size_t n) override;
  // Compressed bytes consumed so far (for progress and benchmarks).
  size_t compressed_bytes() const { return compressed_; }

 private:
  Status FillInput();
  std::unique_ptr<ByteSource> inner_;
  struct ZState;
  std::unique_ptr<ZState> z_;
  std::string in_;
  bool inner_eof_ = false;
  bool member_open_ = false;  // inside a member (header seen, end not yet)
  bool started_ = false;      // a member has been opened before
  bool done_ = false;
  Status error_;
  size_t compressed_ = 0;
};

// True when `head` starts with the gzip magic bytes.
inline bool IsGzip(std::string_view head) {
  return head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1f &&
         static_cast<unsigned char>(head[1]) == 0x8b;
}

// Inflates a whole gzip/zlib/raw-deflate buffer held in memory (an HTTP body
// with Content-Encoding). Stops with TooLarge past `max_bytes` of output.
Result<std::string> InflateBuffer(std::string_view compressed, size_t max_bytes);

// A buffered reader over a ByteSource with look-ahead. Lines, exact reads and
// skips never buffer more than asked for, plus one chunk.
class InputStream {
 public:
  explicit InputStream(std::unique_ptr<ByteSource> source, size_t chunk = 64 << 10);

  // Makes at least `n` bytes visible through Peek() unless the stream ends
  // first. Errors of the source come back here.
  Status Fill(size_t n);
  // The buffered, unconsumed bytes.
  std::string_view Peek() const { return std::string_view(data_.get() + pos_, end_ - pos_); }
  void Consume(size_t n);
  // True when no byte is left (after a Fill that found the end).
  bool AtEnd();

  // Reads one line (without its "\n" or "\r\n") into `line`. Returns false at
  // the end of the stream. A line longer than `max_bytes` is not kept: it is
  // skipped to its end and `*too_long` is set (its length in `*skipped`).
  Result<bool> ReadLine(std::string* line, size_t max_bytes, bool* too_long, size_t* skipped = nullptr);
  // Appends exactly `n` bytes to `out`; Corruption when the stream ends first
  // (the bytes read so far stay in `out`).
  Status ReadExact(size_t n, std::string* out);
  // Skips exactly `n` bytes; Corruption when the stream ends first.
  Status Skip(size_t n);
  // Reads everything left into `out`. TooLarge (and `out` cleared) when there
  // is more than `max_bytes`; the rest of the stream is left unread.
  Status ReadAll(size_t max_bytes, std::string* out);

  // Bytes consumed so far.
  size_t position() const { return consumed_; }
  ByteSource* source() { return source_.get(); }

 private:
  std::unique_ptr<ByteSource> source_;
  size_t chunk_;
  // Buffer [data_, data_ + cap_); unconsumed bytes are [pos_, end_). Not a
  // std::string: growing one would zero-fill every chunk first.
  std::unique_ptr<char[]> data_;
  size_t cap_ = 0;
  size_t pos_ = 0;
  size_t end_ = 0;
  size_t consumed_ = 0;
  bool eof_ = false;
};

}  // namespace dragoman::read
