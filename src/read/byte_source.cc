#include "read/byte_source.h"

#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace dragoman::read {

// ---------------------------------------------------------------- FdSource

FdSource::~FdSource() {
  if (owned_ && fd_ >= 0) ::close(fd_);
}

Result<std::unique_ptr<FdSource>> FdSource::Open(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::IOError(std::string("cannot open: ") + std::strerror(errno));
  return std::make_unique<FdSource>(fd, true);
}

Result<size_t> FdSource::Read(char* buf, size_t n) {
  for (;;) {
    ssize_t got = ::read(fd_, buf, n);
    if (got >= 0) return static_cast<size_t>(got);
    if (errno == EINTR) continue;
    return Status::IOError(std::string("read failed: ") + std::strerror(errno));
  }
}

// ------------------------------------------------------------ MemorySource

Result<size_t> MemorySource::Read(char* buf, size_t n) {
  size_t k = std::min(n, bytes_.size() - pos_);
  std::memcpy(buf, bytes_.data() + pos_, k);
  pos_ += k;
  return k;
}

Result<size_t> StringSource::Read(char* buf, size_t n) {
  size_t k = std::min(n, bytes_.size() - pos_);
  std::memcpy(buf, bytes_.data() + pos_, k);
  pos_ += k;
  return k;
}

// ---------------------------------------------------------- PrefixedSource

Result<size_t> PrefixedSource::Read(char* buf, size_t n) {
  if (pos_ < prefix_.size()) {
    size_t k = std::min(n, prefix_.size() - pos_);
    std::memcpy(buf, prefix_.data() + pos_, k);
    pos_ += k;
    return k;
  }
  return inner_->Read(buf, n);
}

// -------------------------------------------------------------- GzipSource

struct GzipSource::ZState {
  z_stream zs{};
  bool initialized = false;
};

GzipSource::GzipSource(std::unique_ptr<ByteSource> inner) : inner_(std::move(inner)), z_(new ZState) {
  // 15 + 32: a 32 KiB window, gzip or zlib header detected automatically.
  if (inflateInit2(&z_->zs, 15 + 32) == Z_OK) {
    z_->initialized = true;
  } else {
    error_ = Status::Internal("zlib could not be initialized");
  }
}

GzipSource::~GzipSource() {
  if (z_->initialized) inflateEnd(&z_->zs);
}

Status GzipSource::FillInput() {
  in_.resize(64 << 10);
  auto got = inner_->Read(in_.data(), in_.size());
  if (!got.ok()) return got.status();
  in_.resize(*got);
  if (*got == 0) inner_eof_ = true;
  compressed_ += *got;
  z_->zs.next_in = reinterpret_cast<Bytef*>(in_.data());
  z_->zs.avail_in = static_cast<uInt>(in_.size());
  return Status::OK();
}

Result<size_t> GzipSource::Read(char* buf, size_t n) {
  if (!error_.ok()) return error_;
  if (done_ || n == 0) return size_t{0};
  z_stream& zs = z_->zs;
  for (;;) {
    if (zs.avail_in == 0 && !inner_eof_) {
      Status s = FillInput();
      if (!s.ok()) return error_ = s;
    }
    if (!member_open_) {
      // Between members: skip zero padding, stop at the end of the input.
      while (zs.avail_in > 0 && *zs.next_in == 0) {
        ++zs.next_in;
        --zs.avail_in;
      }
      if (zs.avail_in == 0) {
        if (inner_eof_) {
          done_ = true;
          return size_t{0};
        }
        continue;
      }
      if (started_) inflateReset(&zs);  // the next member of a multi-member file
      started_ = true;
      member_open_ = true;
    }
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = static_cast<uInt>(std::min<size_t>(n, 1u << 30));
    int ret = inflate(&zs, Z_NO_FLUSH);
    size_t produced = std::min<size_t>(n, 1u << 30) - zs.avail_out;
    if (ret == Z_STREAM_END) {
      member_open_ = false;
      if (produced > 0) return produced;
      continue;
    }
    if (ret == Z_OK || ret == Z_BUF_ERROR) {
      if (produced > 0) return produced;
      if (zs.avail_in == 0 && inner_eof_) {
        return error_ = Status::Corruption("gzip stream ends early (truncated file)");
      }
      continue;
    }
    std::string why = zs.msg ? zs.msg : "inflate error " + std::to_string(ret);
    return error_ = Status::Corruption("gzip data is corrupt: " + why);
  }
}

Result<std::string> InflateBuffer(std::string_view compressed, size_t max_bytes) {
  z_stream zs{};
  // Gzip or zlib header first; raw deflate (what some servers send as
  // "deflate") when neither is there.
  bool wrapped = IsGzip(compressed) ||
                 (compressed.size() >= 2 && (static_cast<unsigned char>(compressed[0]) & 0x0f) == 8 &&
                  ((static_cast<unsigned char>(compressed[0]) << 8) | static_cast<unsigned char>(compressed[1])) % 31 == 0);
  if (inflateInit2(&zs, wrapped ? 15 + 32 : -15) != Z_OK) return Status::Internal("zlib could not be initialized");
  std::string out;
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
  zs.avail_in = static_cast<uInt>(compressed.size());
  Status status;
  for (;;) {
    size_t old = out.size();
    size_t step = std::max<size_t>(64 << 10, compressed.size() * 2);
    out.resize(old + step);
    zs.next_out = reinterpret_cast<Bytef*>(out.data() + old);
    zs.avail_out = static_cast<uInt>(step);
    int ret = inflate(&zs, Z_NO_FLUSH);
    out.resize(old + step - zs.avail_out);
    if (out.size() > max_bytes) {
      status = Status::TooLarge("compressed body inflates past the limit of " + std::to_string(max_bytes) + " bytes");
      break;
    }
    if (ret == Z_STREAM_END) break;
    if (ret == Z_OK) continue;
    if (ret == Z_BUF_ERROR && zs.avail_in == 0) {
      status = Status::Corruption("compressed body ends early");
      break;
    }
    status = Status::Corruption(std::string("compressed body is corrupt: ") + (zs.msg ? zs.msg : "inflate error"));
    break;
  }
  inflateEnd(&zs);
  if (!status.ok()) return status;
  return out;
}

// ------------------------------------------------------------- InputStream

InputStream::InputStream(std::unique_ptr<ByteSource> source, size_t chunk)
    : source_(std::move(source)), chunk_(chunk) {}

Status InputStream::Fill(size_t n) {
  while (end_ - pos_ < n && !eof_) {
    size_t have = end_ - pos_;
    if (have == 0) pos_ = end_ = 0;
    // Read at least a chunk, or what is missing.
    size_t target = std::max(n - have, chunk_);
    if (cap_ - end_ < target) {
      if (cap_ - have >= target && pos_ > 0) {
        std::memmove(data_.get(), data_.get() + pos_, have);
      } else {
        size_t cap = std::max(cap_ * 2, have + target);
        std::unique_ptr<char[]> bigger(new char[cap]);
        if (have > 0) std::memcpy(bigger.get(), data_.get() + pos_, have);
        data_ = std::move(bigger);
        cap_ = cap;
      }
      pos_ = 0;
      end_ = have;
    }
    auto got = source_->Read(data_.get() + end_, cap_ - end_);
    if (!got.ok()) return got.status();
    end_ += *got;
    if (*got == 0) eof_ = true;
  }
  return Status::OK();
}

void InputStream::Consume(size_t n) {
  n = std::min(n, end_ - pos_);
  pos_ += n;
  consumed_ += n;
  if (pos_ == end_) pos_ = end_ = 0;
}

bool InputStream::AtEnd() {
  if (end_ > pos_) return false;
  if (!Fill(1).ok()) return true;
  return end_ == pos_;
}

Result<bool> InputStream::ReadLine(std::string* line, size_t max_bytes, bool* too_long, size_t* skipped) {
  line->clear();
  *too_long = false;
  size_t dropped = 0;  // bytes of an over-long line thrown away so far
  for (;;) {
    std::string_view avail = Peek();
    size_t nl = avail.find('\n');
    size_t take = nl == std::string_view::npos ? avail.size() : nl;
    if (!*too_long && line->size() + take > max_bytes) {
      // Over the limit: forget what we have and keep skipping to the newline.
      *too_long = true;
      dropped = line->size();
      line->clear();
      line->shrink_to_fit();
    }
    if (*too_long) {
      dropped += take;
    } else {
      line->append(avail.data(), take);
    }
    if (nl != std::string_view::npos) {
      Consume(nl + 1);
      break;
    }
    // No newline in the buffer: the line goes on in the next chunk. The
    // buffer itself never grows past one chunk here.
    Consume(avail.size());
    DRAGOMAN_RETURN_IF_ERROR(Fill(1));
    if (Peek().empty()) {
      // End of stream: the last line has no newline.
      if (!*too_long && line->empty() && avail.empty()) return false;
      break;
    }
  }
  if (*too_long) {
    if (skipped) *skipped = dropped;
    line->clear();
  } else if (!line->empty() && line->back() == '\r') {
    line->pop_back();
  }
  return true;
}

Status InputStream::ReadExact(size_t n, std::string* out) {
  while (n > 0) {
    if (Peek().empty()) {
      DRAGOMAN_RETURN_IF_ERROR(Fill(std::min(n, chunk_)));
      if (Peek().empty()) return Status::Corruption("stream ends early");
    }
    std::string_view avail = Peek();
    size_t k = std::min(n, avail.size());
    out->append(avail.data(), k);
    Consume(k);
    n -= k;
  }
  return Status::OK();
}

Status InputStream::Skip(size_t n) {
  while (n > 0) {
    if (Peek().empty()) {
      DRAGOMAN_RETURN_IF_ERROR(Fill(std::min(n, chunk_)));
      if (Peek().empty()) return Status::Corruption("stream ends early");
    }
    size_t k = std::min(n, Peek().size());
    Consume(k);
    n -= k;
  }
  return Status::OK();
}

Status InputStream::ReadAll(size_t max_bytes, std::string* out) {
  out->clear();
  for (;;) {
    std::string_view avail = Peek();
    if (out->size() + avail.size() > max_bytes) {
      out->clear();
      out->shrink_to_fit();
      return Status::TooLarge("over the limit of " + std::to_string(max_bytes) + " bytes");
    }
    out->append(avail);
    Consume(avail.size());
    DRAGOMAN_RETURN_IF_ERROR(Fill(1));
    if (Peek().empty()) return Status::OK();
  }
}

}  // namespace dragoman::read
