#include "dragoman/json_output.h"

#include <nlohmann/json.hpp>

#include "dragoman/utf8.h"

namespace dragoman {
namespace {

using nlohmann::json;

json OptString(const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); }
json NonEmptyOrNull(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

// Code-point offsets of a span, computed against the field it names.
struct CpSpan {
  size_t start, end;
};
CpSpan ToCodepoints(const Article& a, const Span& s) {
  const std::string& t = a.FieldText(s.field);
  return {CodepointOffset(t, s.start), CodepointOffset(t, s.end)};
}

Field FieldFromName(const std::string& n) { return n == "title" ? Field::kTitle : Field::kText; }

size_t ByteOffset(const std::string& utf8, size_t cp_offset) {
  size_t i = 0, cp = 0;
  while (i < utf8.size() && cp < cp_offset) {
    DecodeUtf8(utf8, i);
    ++cp;
  }
  return i;
}

}  // namespace

const char* FieldName(Field f) { return f == Field::kTitle ? "title" : "text"; }

size_t CodepointOffset(const std::string& utf8, size_t byte_offset) {
  size_t cp = 0;
  size_t n = std::min(byte_offset, utf8.size());
  for (size_t i = 0; i < n; ++i) {
    if ((static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80) ++cp;
  }
  return cp;
}

std::string ArticleToJson(const Article& a) {
  json j;
  j["id"] = a.id;
  j["source"] = {{"path", a.source.Display()},
                 {"url", NonEmptyOrNull(a.source.url)},
                 {"format", a.source.format}};
  j["outlet"] = OptString(a.outlet);
  j["original_outlet"] = OptString(a.original_outlet);
  j["title"] = OptString(a.title);
  j["authors"] = a.authors;
  j["language"] = a.language;
  j["language_confidence"] = a.language_confidence;
  if (!a.language_blocks.empty()) {
    json blocks = json::array();
    for (const auto& b : a.language_blocks) {
      blocks.push_back({{"start", CodepointOffset(a.text, b.start)},
                        {"end", CodepointOffset(a.text, b.end)},
                        {"language", b.language},
                        {"confidence", b.confidence}});
    }
    j["language_blocks"] = blocks;
  }
  if (a.published) {
    j["published"] = {{"date", a.published->date},
                      {"precision", a.published->precision},
                      {"evidence", a.published->evidence}};
  } else {
    j["published"] = nullptr;
  }
  j["text"] = a.text;
  json bp = json::array();
  for (const auto& b : a.boilerplate) bp.push_back({{"text", b.text}, {"kind", b.kind}});
  j["boilerplate"] = bp;

  json ents = json::array();
  for (const auto& e : a.entities) {
    json mentions = json::array();
    for (const auto& m : a.mentions) {
      if (m.entity_id != e.id) continue;
      CpSpan s = ToCodepoints(a, m.span);
      json mj = {{"field", FieldName(m.span.field)}, {"start", s.start}, {"end", s.end}, {"text", m.text}};
      if (m.metonym) mj["metonym"] = true;
      if (m.via_role) mj["role"] = true;
      mentions.push_back(mj);
    }
    json ej = {{"id", e.id},
               {"name", e.name},
               {"type", e.type},
               {"wikidata", NonEmptyOrNull(e.wikidata)},
               {"mentions", mentions}};
    if (e.tone) ej["tone"] = *e.tone;
    ents.push_back(std::move(ej));
  }
  j["entities"] = ents;

  json quotes = json::array();
  for (const auto& q : a.quotes) {
    CpSpan s = ToCodepoints(a, q.span);
    json qj = {{"speaker",
                {{"id", NonEmptyOrNull(q.speaker.id)},
                 {"name", NonEmptyOrNull(q.speaker.name)},
                 {"description", NonEmptyOrNull(q.speaker.description)}}},
               {"text", q.text},
               {"field", FieldName(q.span.field)},
               {"start", s.start},
               {"end", s.end},
               {"via", NonEmptyOrNull(q.via)}};
    if (q.fragment) qj["fragment"] = true;
    quotes.push_back(qj);
  }
  j["quotes"] = quotes;

  json events = json::array();
  for (const auto& e : a.events) {
    CpSpan s = ToCodepoints(a, e.span);
    auto actor = [](const EventActor& x) -> json {
      if (x.id.empty() && x.name.empty() && x.code.empty()) return nullptr;
      return {{"id", NonEmptyOrNull(x.id)}, {"name", NonEmptyOrNull(x.name)}, {"code", NonEmptyOrNull(x.code)}};
    };
    json place = nullptr;
    if (!e.place_name.empty()) {
      place = {{"id", NonEmptyOrNull(e.place_id)},
               {"name", e.place_name},
               {"country", NonEmptyOrNull(e.place_country)}};
    }
    json ej = {{"code", e.code},     {"root", e.root},
               {"label", e.label},   {"actor1", actor(e.actor1)},
               {"actor2", actor(e.actor2)}, {"place", place},
               {"date", NonEmptyOrNull(e.date)}, {"goldstein", e.goldstein},
               {"field", FieldName(e.span.field)}, {"start", s.start},
               {"end", s.end}};
    if (!e.mood.empty()) ej["mood"] = e.mood;
    events.push_back(ej);
  }
  j["events"] = events;
  j["tone"] = a.tone ? json(*a.tone) : json(nullptr);
  j["duplicate_of"] = OptString(a.duplicate_of);
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

Result<Article> ArticleFromJson(const std::string& text) {
  json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return Status::Corruption("article record is not a JSON object");
  Article a;
  auto str = [&](const json& v) -> std::string { return v.is_string() ? v.get<std::string>() : std::string(); };
  auto opt = [&](const json& v) -> std::optional<std::string> {
    if (v.is_string()) return v.get<std::string>();
    return std::nullopt;
  };
  a.id = str(j.value("id", json()));
  if (j.contains("source") && j["source"].is_object()) {
    const json& s = j["source"];
    std::string path = str(s.value("path", json()));
    auto hash = path.find('#');
    if (hash != std::string::npos) {
      a.source.path = path.substr(0, hash);
      a.source.record = path.substr(hash + 1);
    } else {
      a.source.path = path;
    }
    a.source.url = str(s.value("url", json()));
    a.source.format = str(s.value("format", json()));
  }
  a.outlet = opt(j.value("outlet", json()));
  a.original_outlet = opt(j.value("original_outlet", json()));
  a.title = opt(j.value("title", json()));
  if (j.contains("authors") && j["authors"].is_array())
    for (const auto& x : j["authors"]) a.authors.push_back(str(x));
  a.language = str(j.value("language", json("und")));
  a.language_confidence = j.value("language_confidence", 0.0);
  a.text = str(j.value("text", json()));
  if (j.contains("published") && j["published"].is_object()) {
    const json& p = j["published"];
    a.published = PublishedDate{str(p.value("date", json())), str(p.value("precision", json())),
                                str(p.value("evidence", json()))};
  }
  if (j.contains("language_blocks") && j["language_blocks"].is_array()) {
    for (const auto& b : j["language_blocks"]) {
      a.language_blocks.push_back({static_cast<uint32_t>(ByteOffset(a.text, b.value("start", 0))),
                                   static_cast<uint32_t>(ByteOffset(a.text, b.value("end", 0))),
                                   str(b.value("language", json())), b.value("confidence", 0.0)});
    }
  }
  if (j.contains("boilerplate") && j["boilerplate"].is_array())
    for (const auto& b : j["boilerplate"])
      a.boilerplate.push_back({str(b.value("text", json())), str(b.value("kind", json()))});
  auto span = [&](const json& x) {
    Span s;
    s.field = FieldFromName(str(x.value("field", json("text"))));
    const std::string& t = a.FieldText(s.field);
    s.start = static_cast<uint32_t>(ByteOffset(t, x.value("start", 0)));
    s.end = static_cast<uint32_t>(ByteOffset(t, x.value("end", 0)));
    return s;
  };
  if (j.contains("entities") && j["entities"].is_array()) {
    for (const auto& e : j["entities"]) {
      EntityRef ref{str(e.value("id", json())), str(e.value("name", json())), str(e.value("type", json())),
                    str(e.value("wikidata", json()))};
      if (e.contains("mentions") && e["mentions"].is_array()) {
        for (const auto& m : e["mentions"]) {
          Mention mention;
          mention.span = span(m);
          mention.text = str(m.value("text", json()));
          mention.type = ref.type;
          mention.entity_id = ref.id;
          mention.metonym = m.value("metonym", false);
          mention.via_role = m.value("role", false);
          a.mentions.push_back(mention);
        }
      }
      if (e.contains("tone") && e["tone"].is_number()) ref.tone = e["tone"].get<double>();
      a.entities.push_back(std::move(ref));
    }
  }
  if (j.contains("quotes") && j["quotes"].is_array()) {
    for (const auto& q : j["quotes"]) {
      Quote quote;
      if (q.contains("speaker") && q["speaker"].is_object()) {
        const json& s = q["speaker"];
        quote.speaker = {str(s.value("id", json())), str(s.value("name", json())),
                         str(s.value("description", json()))};
      }
      quote.text = str(q.value("text", json()));
      quote.span = span(q);
      quote.via = str(q.value("via", json()));
      quote.fragment = q.value("fragment", false);
      a.quotes.push_back(std::move(quote));
    }
  }
  if (j.contains("events") && j["events"].is_array()) {
    for (const auto& e : j["events"]) {
      Event ev;
      ev.code = str(e.value("code", json()));
      ev.root = str(e.value("root", json()));
      ev.label = str(e.value("label", json()));
      auto actor = [&](const json& x) {
        EventActor act;
        if (x.is_object()) {
          act.id = str(x.value("id", json()));
          act.name = str(x.value("name", json()));
          act.code = str(x.value("code", json()));
        }
        return act;
      };
      ev.actor1 = actor(e.value("actor1", json()));
      ev.actor2 = actor(e.value("actor2", json()));
      if (e.contains("place") && e["place"].is_object()) {
        ev.place_id = str(e["place"].value("id", json()));
        ev.place_name = str(e["place"].value("name", json()));
        ev.place_country = str(e["place"].value("country", json()));
      }
      ev.date = str(e.value("date", json()));
      ev.goldstein = e.value("goldstein", 0.0);
      ev.mood = str(e.value("mood", json()));
      ev.span = span(e);
      a.events.push_back(std::move(ev));
    }
  }
  if (j.contains("tone") && j["tone"].is_number()) a.tone = j["tone"].get<double>();
  a.duplicate_of = opt(j.value("duplicate_of", json()));
  return a;
}

}  // namespace dragoman
