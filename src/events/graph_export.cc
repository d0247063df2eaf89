#include "events/graph_export.h"

#include <set>

namespace dragoman {
namespace {

std::string Xml(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n') break;
        out += c;
    }
  }
  return out;
}

void Widen(std::string& first, std::string& last, const std::string& date) {
  if (date.empty()) return;
  if (first.empty() || date < first) first = date;
  if (last.empty() || date > last) last = date;
}

}  // namespace

void ActorGraph::Add(const Article& a) {
  std::string date = a.published ? a.published->date : std::string();
  std::map<std::string, uint64_t> counts;
  for (const Mention& m : a.mentions)
    if (!m.entity_id.empty()) ++counts[m.entity_id];
  for (const EntityRef& e : a.entities) {
    Node& n = nodes_[e.id];
    n.name = e.name;
    n.type = e.type;
    n.mentions += counts[e.id];
    ++n.articles;
  }
  if (a.entities.size() <= max_entities_) {
    std::set<std::string> ids;
    for (const EntityRef& e : a.entities) ids.insert(e.id);
    for (auto i = ids.begin(); i != ids.end(); ++i)
      for (auto j = std::next(i); j != ids.end(); ++j) {
        Edge& edge = edges_[{*i, *j, "co-mention"}];
        ++edge.weight;
        Widen(edge.first, edge.last, date);
      }
  }
  for (const Event& ev : a.events) {
    if (ev.actor1.id.empty() || ev.actor2.id.empty() || ev.actor1.id == ev.actor2.id) continue;
    if (ev.mood == "negated" || ev.mood == "hypothetical") continue;
    Edge& edge = edges_[{ev.actor1.id, ev.actor2.id, "event:" + ev.code}];
    ++edge.weight;
    edge.label = ev.label;
    Widen(edge.first, edge.last, ev.date.empty() ? date : ev.date);
  }
}

void ActorGraph::WriteGraphMl(std::ostream& out) const {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
         "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
         "  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
         "  <key id=\"mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"long\"/>\n"
         "  <key id=\"articles\" for=\"node\" attr.name=\"articles\" attr.type=\"long\"/>\n"
         "  <key id=\"kind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n"
         "  <key id=\"label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n"
         "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
         "  <key id=\"first\" for=\"edge\" attr.name=\"first\" attr.type=\"string\"/>\n"
         "  <key id=\"last\" for=\"edge\" attr.name=\"last\" attr.type=\"string\"/>\n"
         "  <graph id=\"dragoman\" edgedefault=\"directed\">\n";
  for (const auto& [id, n] : nodes_) {
    out << "    <node id=\"" << Xml(id) << "\"><data key=\"name\">" << Xml(n.name) << "</data><data key=\"type\">"
        << Xml(n.type) << "</data><data key=\"mentions\">" << n.mentions << "</data><data key=\"articles\">"
        << n.articles << "</data></node>\n";
  }
  size_t k = 0;
  for (const auto& [key, e] : edges_) {
    const auto& [src, dst, kind] = key;
    out << "    <edge id=\"e" << k++ << "\" source=\"" << Xml(src) << "\" target=\"" << Xml(dst) << "\""
        << (kind == "co-mention" ? " directed=\"false\"" : "") << "><data key=\"kind\">" << Xml(kind)
        << "</data><data key=\"label\">" << Xml(e.label.empty() ? kind : e.label) << "</data><data key=\"weight\">"
        << e.weight << "</data><data key=\"first\">" << e.first << "</data><data key=\"last\">" << e.last
        << "</data></edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

void ActorGraph::WriteGexf(std::ostream& out) const {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n"
         "  <meta><creator>dragoman</creator><description>actor network</description></meta>\n"
         "  <graph defaultedgetype=\"directed\" mode=\"static\">\n"
         "    <attributes class=\"node\">\n"
         "      <attribute id=\"0\" title=\"type\" type=\"string\"/>\n"
         "      <attribute id=\"1\" title=\"mentions\" type=\"long\"/>\n"
         "      <attribute id=\"2\" title=\"articles\" type=\"long\"/>\n"
         "    </attributes>\n"
         "    <attributes class=\"edge\">\n"
         "      <attribute id=\"0\" title=\"kind\" type=\"string\"/>\n"
         "      <attribute id=\"1\" title=\"first\" type=\"string\"/>\n"
         "      <attribute id=\"2\" title=\"last\" type=\"string\"/>\n"
         "    </attributes>\n"
         "    <nodes>\n";
  for (const auto& [id, n] : nodes_) {
    out << "      <node id=\"" << Xml(id) << "\" label=\"" << Xml(n.name) << "\"><attvalues><attvalue for=\"0\" value=\""
        << Xml(n.type) << "\"/><attvalue for=\"1\" value=\"" << n.mentions << "\"/><attvalue for=\"2\" value=\""
        << n.articles << "\"/></attvalues></node>\n";
  }
  out << "    </nodes>\n    <edges>\n";
  size_t k = 0;
  for (const auto& [key, e] : edges_) {
    const auto& [src, dst, kind] = key;
    out << "      <edge id=\"" << k++ << "\" source=\"" << Xml(src) << "\" target=\"" << Xml(dst) << "\" weight=\""
        << e.weight << "\"" << (kind == "co-mention" ? " type=\"undirected\"" : "") << " label=\""
        << Xml(e.label.empty() ? kind : e.label) << "\"><attvalues><attvalue for=\"0\" value=\"" << Xml(kind)
        << "\"/><attvalue for=\"1\" value=\"" << e.first << "\"/><attvalue for=\"2\" value=\"" << e.last
        << "\"/></attvalues></edge>\n";
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace dragoman
