#include "events/event_export.h"

#include <cstdio>

namespace dragoman {

void EventAggregator::Add(const Article& a) {
  for (const Event& e : a.events) {
    ++reports_;
    std::string key = e.code + "|" + e.actor1.id + "|" + e.actor2.id + "|" + e.date + "|" + e.mood;
    auto [it, fresh] = by_key_.emplace(key, events_.size());
    if (fresh) {
      AggregatedEvent agg;
      agg.event = e;
      agg.source_url = a.source.url.empty() ? a.source.Display() : a.source.url;
      events_.push_back(std::move(agg));
    }
    AggregatedEvent& agg = events_[it->second];
    ++agg.mentions;
    if (agg.articles.empty() || agg.articles.back() != a.id) {
      bool seen = false;
      for (const auto& id : agg.articles) seen = seen || id == a.id;
      if (!seen) {
        agg.articles.push_back(a.id);
        if (a.tone) {
          agg.tone_sum += *a.tone;
          ++agg.tone_count;
        }
      }
    }
    agg.outlets.insert(a.outlet ? *a.outlet : (a.source.url.empty() ? a.source.path : a.source.url));
  }
}

std::vector<AggregatedEvent> EventAggregator::Take() {
  by_key_.clear();
  return std::move(events_);
}

int QuadClass(const std::string& root) {
  int r = std::atoi(root.c_str());
  if (r >= 1 && r <= 5) return 1;
  if (r >= 6 && r <= 9) return 2;
  if (r >= 10 && r <= 14) return 3;
  return 4;
}

const std::vector<std::string>& GdeltColumns() {
  static const std::vector<std::string> kColumns = {
      "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
      "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
      "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
      "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
      "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
      "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
      "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
      "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
      "DATEADDED", "SOURCEURL"};
  return kColumns;
}

namespace {

std::string Clean(std::string s) {
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return s;
}

// "USAGOV" -> country "USA", type "GOV"; "IGO" -> type "IGO".
void SplitActorCode(const std::string& code, std::string* country, std::string* type) {
  if (code.size() >= 3 && code != "IGO" && code != "NGO") {
    *country = code.substr(0, 3);
    *type = code.substr(3);
  } else {
    *type = code;
  }
}

}  // namespace

std::string GdeltRow(const AggregatedEvent& agg, uint64_t id) {
  const Event& e = agg.event;
  std::vector<std::string> f(61);
  std::string ymd;
  for (char c : e.date)
    if (c != '-') ymd += c;
  while (ymd.size() < 8 && !ymd.empty()) ymd += ymd.size() == 4 || ymd.size() == 6 ? "00" : "0";
  f[0] = std::to_string(id);
  f[1] = ymd;
  f[2] = ymd.size() >= 6 ? ymd.substr(0, 6) : "";
  f[3] = ymd.size() >= 4 ? ymd.substr(0, 4) : "";
  if (ymd.size() == 8) {
    int y = std::atoi(ymd.substr(0, 4).c_str()), m = std::atoi(ymd.substr(4, 2).c_str()),
        d = std::atoi(ymd.substr(6, 2).c_str());
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.4f", y + ((m - 1) * 30.4375 + d) / 365.0);
    f[4] = buf;
  }
  auto actor = [&](const EventActor& a, size_t base) {
    f[base] = a.code;
    f[base + 1] = Clean(a.name);
    std::string country, type;
    SplitActorCode(a.code, &country, &type);
    f[base + 2] = country;
    f[base + 7] = type;
  };
  actor(e.actor1, 5);
  actor(e.actor2, 15);
  f[25] = "1";
  f[26] = e.code;
  f[27] = e.code.substr(0, std::min<size_t>(3, e.code.size()));
  f[28] = e.root;
  f[29] = std::to_string(QuadClass(e.root));
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", e.goldstein);
  f[30] = buf;
  f[31] = std::to_string(agg.mentions);
  f[32] = std::to_string(agg.outlets.size());
  f[33] = std::to_string(agg.articles.size());
  std::snprintf(buf, sizeof buf, "%.4f", agg.tone_count ? agg.tone_sum / agg.tone_count : 0.0);
  f[34] = buf;
  if (!e.place_name.empty()) {
    // GDELT geo type 4: a world city or place.
    f[51] = "4";
    f[52] = Clean(e.place_name);
    f[53] = e.place_country;
    f[58] = e.place_id;
  }
  f[59] = ymd.size() == 8 ? ymd + "000000" : "";
  f[60] = Clean(agg.source_url);
  std::string row;
  for (size_t i = 0; i < f.size(); ++i) {
    if (i) row += '\t';
    row += f[i];
  }
  return row;
}

}  // namespace dragoman
