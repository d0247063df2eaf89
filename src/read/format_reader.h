// The one interface every format reader implements, and the readers.
//
// A reader pulls bytes from an InputStream (gzip already undone, the sniffed
// head still unread), hands each document it finds to `on_document`, and
// reports every problem itself through `on_error`, with the record (line,
// item, WARC record) it concerns: one line per problem, then it goes on when
// it can. The returned Status says how the input ended: OK, or the error that
// stopped it early (already reported through `on_error`, never to be reported
// again by the caller). Readers never recurse on input structure and never
// hold more than ReadOptions::max_document_bytes of one document.
#pragma once

#include "dragoman/reader.h"
#include "read/byte_source.h"

namespace dragoman::read {

// `origin` carries the path; a reader fills in record, url and format.
using FormatReader = Status (*)(InputStream& in, const Origin& origin, const ReadOptions& options,
                                const DocumentFn& on_document, const ReadErrorFn& on_error);

// Plain text as scraped (any charset). One document.
Status ReadText(InputStream& in, const Origin& origin, const ReadOptions& options, const DocumentFn& on_document,
                const ReadErrorFn& on_error);
// One HTML page (any charset), converted to UTF-8.
Status ReadHtml(InputStream& in, const Origin& origin, const ReadOptions& options, const DocumentFn& on_document,
                const ReadErrorFn& on_error);
// WARC 1.0/1.1: one document per HTML `response` record.
Status ReadWarc(InputStream& in, const Origin& origin, const ReadOptions& options, const DocumentFn& on_document,
                const ReadErrorFn& on_error);
// RSS 2.0 (and RSS 1.0) or Atom: one document per item/entry.
Status ReadFeed(InputStream& in, const Origin& origin, const ReadOptions& options, const DocumentFn& on_document,
                const ReadErrorFn& on_error);
// JSON Lines: one document per object.
Status ReadJsonl(InputStream& in, const Origin& origin, const ReadOptions& options, const DocumentFn& on_document,
                 const ReadErrorFn& on_error);

}  // namespace dragoman::read
