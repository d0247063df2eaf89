#include "read/dispatch.h"

#include "dragoman/log.h"
#include "read/charset.h"
#include "read/format_reader.h"
#include "read/sniff.h"

namespace dragoman::read {
namespace {

constexpr size_t kSniffBytes = 64 << 10;

FormatReader ReaderFor(Format f) {
  switch (f) {
    case Format::kText: return ReadText;
    case Format::kHtml: return ReadHtml;
    case Format::kWarc: return ReadWarc;
    case Format::kRss:
    case Format::kAtom: return ReadFeed;
    case Format::kJsonl: return ReadJsonl;
  }
  return ReadText;
}

Status Report(const Origin& origin, Status s, const ReadErrorFn& on_error) {
  on_error(origin, s);
  return s;
}

Status ReadStreamAt(std::unique_ptr<ByteSource> raw, const Origin& origin, const ReadOptions& options,
                    const DocumentFn& on_document, const ReadErrorFn& on_error, int transcoded, bool walked) {
  // The first two bytes say whether gzip must be undone.
  std::string magic(2, '\0');
  size_t have = 0;
  while (have < magic.size()) {
    auto got = raw->Read(magic.data() + have, magic.size() - have);
    if (!got.ok()) return Report(origin, got.status(), on_error);
    if (*got == 0) break;
    have += *got;
  }
  magic.resize(have);
  bool gzip = IsGzip(magic);
  std::unique_ptr<ByteSource> source = std::make_unique<PrefixedSource>(std::move(magic), std::move(raw));
  if (gzip) source = std::make_unique<GzipSource>(std::move(source));
  InputStream in(std::move(source));
  Status s = in.Fill(kSniffBytes);
  // A stream that breaks early (a truncated gzip) still goes to its reader
  // when it has a head: the reader keeps what comes before the break and
  // reports the break where it meets it, with the record.
  if (!s.ok() && in.Peek().empty()) return Report(origin, s, on_error);
  bool whole = s.ok() && in.Peek().size() < kSniffBytes;
  SniffResult sniffed = SniffFormat(in.Peek(), whole, origin.path);
  if (!sniffed.rejection.ok()) {
    Status why = sniffed.rejection;
    if (walked && options.skip_non_news_in_folders && sniffed.not_news) {
      LogDebug(origin.path + ": skipped: " + why.message());
      return Status::OK();
    }
    if (gzip && why.code() == Code::kNoContent) why = Status::NoContent("empty file (after gzip)");
    return Report(origin, why, on_error);
  }
  if (!sniffed.transcode_from.empty()) {
    if (transcoded > 0) return Report(origin, Status::Unsupported("binary file, not a news format"), on_error);
    std::string bytes;
    s = in.ReadAll(options.max_document_bytes, &bytes);
    if (!s.ok()) {
      if (s.code() == Code::kTooLarge) {
        s = Status::TooLarge(sniffed.transcode_from + " document is over the limit of " +
                             std::to_string(options.max_document_bytes) + " bytes (max_document_bytes)");
      }
      return Report(origin, s, on_error);
    }
    size_t bom = 0;
    CharsetFromBom(bytes, &bom);
    auto utf8 = ConvertToUtf8(std::string_view(bytes).substr(bom), sniffed.transcode_from);
    if (!utf8.ok()) return Report(origin, utf8.status(), on_error);
    bytes = std::string();
    return ReadStreamAt(std::make_unique<StringSource>(std::move(utf8.value())), origin, options, on_document,
                        on_error, transcoded + 1, walked);
  }
  return ReaderFor(sniffed.format)(in, origin, options, on_document, on_error);
}

}  // namespace

Status ReadStream(std::unique_ptr<ByteSource> source, const Origin& origin, const ReadOptions& options,
                  const DocumentFn& on_document, const ReadErrorFn& on_error, bool walked) {
  return ReadStreamAt(std::move(source), origin, options, on_document, on_error, 0, walked);
}

}  // namespace dragoman::read
