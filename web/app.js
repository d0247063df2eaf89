// dragoman dashboard: a single-page app over the JSON API (docs/openapi.yaml).
// Vanilla ES module, no framework and no build step. Every piece of text from
// the API is put into the page as a DOM text node (never as HTML), except the
// <mark> highlights of search snippets, which are rebuilt as elements.

// ---------------------------------------------------------------- DOM helpers

// h('a', {href: '#/x', class: 'y'}, 'text', child...) builds an element.
// Attributes starting with "on" are event listeners; null/false are skipped.
function h(tag, attrs, ...children) {
  const el = tag.startsWith('svg:')
    ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4))
    : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}
function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}
const svg = (tag, attrs, ...children) => h('svg:' + tag, attrs, ...children);

// A search snippet: plain text with <mark>…</mark> around matched words.
// Everything except those two exact tags is shown as text.
export function snippetNodes(snippet) {
  const out = [];
  const parts = String(snippet || '').split(/(<mark>|<\/mark>)/);
  let inMark = false;
  for (const p of parts) {
    if (p === '<mark>') { inMark = true; continue; }
    if (p === '</mark>') { inMark = false; continue; }
    if (!p) continue;
    out.push(inMark ? h('mark', {}, p) : document.createTextNode(p));
  }
  return out;
}

// ---------------------------------------------------------------- API

class ApiError extends Error {
  constructor(status, code, message) { super(message); this.status = status; this.code = code; }
}

async function api(path, params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== undefined && v !== null && v !== '') qs.set(k, v);
  const url = '/api/' + path + (qs.toString() ? '?' + qs : '');
  let res;
  try {
    res = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ApiError(0, 'network', 'the server cannot be reached (' + e.message + ')');
  }
  let body = null;
  try { body = await res.json(); } catch (e) { /* not JSON */ }
  if (!res.ok) {
    const err = body && body.error ? body.error : { code: String(res.status), message: res.statusText };
    throw new ApiError(res.status, err.code, err.message);
  }
  return body;
}

// Data that rarely changes within a visit: fetched once.
const cache = new Map();
function cached(key, fn) {
  if (!cache.has(key)) cache.set(key, fn().catch((e) => { cache.delete(key); throw e; }));
  return cache.get(key);
}
const getStats = () => cached('stats', () => api('stats'));
const getEntities = () => cached('entities', () => api('entities'));
const getWorld = () => cached('world', () => fetch('/api/map/world').then((r) => {
  if (!r.ok) throw new ApiError(r.status, 'map', 'world map unavailable');
  return r.json();
}));

// ---------------------------------------------------------------- formatting

const LANGS = { en: 'English', fr: 'French', de: 'German', es: 'Spanish', it: 'Italian', pt: 'Portuguese', ru: 'Russian',
  uk: 'Ukrainian', pl: 'Polish', nl: 'Dutch', ar: 'Arabic', zh: 'Chinese', ja: 'Japanese', tr: 'Turkish' };
const langName = (c) => LANGS[c] || c || 'unknown';
const langBadge = (c) => h('span', { class: 'badge', title: langName(c), lang: c || null }, c || '?');
const fmtNum = (n) => (typeof n === 'number' ? n.toLocaleString('en') : '–');
const dateOf = (p) => (p && typeof p === 'object' ? p.date : p) || null;
const articleLink = (id, title) => h('a', { href: '#/article/' + encodeURIComponent(id) }, title || 'Article ' + id);
const entityLink = (id, name) => (id
  ? h('a', { href: '#/entity/' + encodeURIComponent(id) }, name || id)
  : document.createTextNode(name || '–'));
const empty = (text) => h('p', { class: 'empty' }, text);
const section = (title, ...body) => h('section', { 'aria-label': title }, h('h2', {}, title), ...body);

function errorBox(e) {
  return h('div', { class: 'error', role: 'alert' }, h('strong', {}, 'Could not load this page. '),
    e && e.message ? e.message : String(e));
}

function quoteList(quotes, opts = {}) {
  if (!quotes || !quotes.length) return empty('No quotes found.');
  return h('ul', { class: 'quotes' }, quotes.map((q) => {
    const sp = q.speaker && typeof q.speaker === 'object' ? q.speaker : { name: q.speaker };
    const who = sp.name || sp.description || 'unnamed speaker';
    return h('li', {}, h('blockquote', { class: 'quote' },
      h('p', {}, '“', q.text, '”'),
      h('footer', {}, '— ', opts.noSpeaker ? null : (sp.id ? entityLink(sp.id, who) : who),
        sp.name && sp.description ? ', ' + sp.description : '',
        q.via ? ' (via ' + q.via + ')' : '',
        q.article ? [' · ', articleLink(q.article, 'source article')] : '')));
  }));
}

// ---------------------------------------------------------------- router

const routes = [];
function route(pattern, render) { routes.push({ pattern, render }); }

function parseHash() {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, query] = raw.split('?');
  return { path: path || '', params: new URLSearchParams(query || '') };
}

let renderSeq = 0;
async function render() {
  const seq = ++renderSeq;
  const { path, params } = parseHash();
  const main = document.getElementById('main');
  const top = path.split('/')[0] || 'home';
  for (const a of document.querySelectorAll('[data-nav]')) {
    const on = a.dataset.nav === top || (top === 'story' && a.dataset.nav === 'stories') ||
      (top === 'entity' && a.dataset.nav === 'entities');
    if (on) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
  let view = null;
  for (const r of routes) {
    const m = path.match(r.pattern);
    if (m) { view = { r, args: m.slice(1).map(decodeURIComponent) }; break; }
  }
  main.setAttribute('aria-busy', 'true');
  let node;
  try {
    node = view ? await view.r.render(params, ...view.args) : notFound();
  } catch (e) {
    node = h('div', {}, h('h1', { tabindex: '-1' }, 'Something went wrong'), errorBox(e));
  }
  if (seq !== renderSeq) return; // a newer navigation won
  main.replaceChildren(node);
  main.removeAttribute('aria-busy');
  const h1 = main.querySelector('h1');
  document.title = (h1 ? h1.textContent + ' · ' : '') + 'dragoman';
  if (render.moved && h1) { h1.setAttribute('tabindex', '-1'); h1.focus({ preventScroll: true }); }
  render.moved = true;
  window.scrollTo(0, 0);
}

function notFound() {
  return h('div', {}, h('h1', {}, 'Page not found'), h('p', {}, h('a', { href: '#/' }, 'Back to the overview')));
}

// ---------------------------------------------------------------- overview

route(/^$/, async () => {
  const s = await getStats();
  const stat = (n, k, href) => h('a', { class: 'card stat', href }, h('span', { class: 'n' }, fmtNum(n)), h('span', { class: 'k' }, k));
  const rows = (list, label) => (list && list.length
    ? h('ul', { class: 'chips' }, list.map((r) => h('li', { class: 'chip' }, r.key === null ? 'unknown' : label(r.key),
      h('span', { class: 'c' }, fmtNum(r.count)))))
    : empty('Nothing yet.'));
  return h('div', { class: 'overview' },
    h('h1', {}, 'Overview'),
    h('form', { class: 'searchbar', role: 'search', onsubmit: (ev) => {
      ev.preventDefault();
      location.hash = '#/search?' + new URLSearchParams({ q: ev.target.q.value });
    } }, h('input', { type: 'search', name: 'q', 'aria-label': 'Search articles', placeholder: 'Search articles in every language…' }),
    h('button', { class: 'primary', type: 'submit' }, 'Search')),
    h('h2', {}, 'In the store'),
    h('div', { class: 'cards', id: 'stats' },
      stat(s.articles, 'articles', '#/search'), stat(s.stories, 'stories', '#/stories'),
      stat(s.entities, 'entities', '#/entities'), stat(s.quotes, 'quotes', '#/quotes'),
      stat(s.events, 'events', '#/events'), stat(s.near_duplicates, 'near-duplicates', '#/search')),
    h('div', { class: 'cols' },
      h('section', {}, h('h2', {}, 'Languages'), rows(s.languages, (k) => h('a', { href: '#/search?lang=' + encodeURIComponent(k) }, langName(k)))),
      h('section', {}, h('h2', {}, 'Outlets'), rows(s.outlets, (k) => h('a', { href: '#/search?outlet=' + encodeURIComponent(k) }, k)))),
    h('div', { class: 'cols' },
      h('section', {}, h('h2', {}, 'Most mentioned'), s.top_entities && s.top_entities.length
        ? h('ul', { class: 'chips' }, s.top_entities.map((e) => h('li', {}, h('a', { class: 'chip type-' + e.type, href: '#/entity/' + encodeURIComponent(e.id) },
          e.name, h('span', { class: 'c' }, fmtNum(e.articles))))))
        : empty('No entities recognised yet.')),
      h('section', {}, h('h2', {}, 'Months'), barChart((s.months || []).filter((m) => m.key).map((m) => ({ label: m.key, value: m.count })),
        'Articles per month', 'No dated articles yet.'))));
});

// ---------------------------------------------------------------- search

route(/^search$/, async (params) => {
  const [stats, ents] = await Promise.all([getStats(), getEntities().catch(() => ({ results: [] }))]);
  const q = params.get('q') || '';
  const f = { lang: params.get('lang') || '', outlet: params.get('outlet') || '', entity: params.get('entity') || '',
    from: params.get('from') || '', to: params.get('to') || '', story: params.get('story') || '' };
  const select = (name, label, options) => h('label', {}, label, h('select', { name, id: 'f-' + name },
    h('option', { value: '' }, 'Any'),
    options.map((o) => h('option', { value: o.value, selected: o.value === f[name] }, o.label))));
  const entityOptions = ents.results.map((e) => ({ value: e.id, label: e.name + ' (' + e.type + ')' }));
  if (f.entity && !entityOptions.some((o) => o.value === f.entity)) entityOptions.unshift({ value: f.entity, label: f.entity });
  const form = h('form', { class: 'search', role: 'search', onsubmit: (ev) => {
    ev.preventDefault();
    const fd = new FormData(ev.target);
    const p = new URLSearchParams();
    for (const [k, v] of fd) if (v) p.set(k, v);
    location.hash = '#/search?' + p;
  } },
  h('div', { class: 'searchbar' },
    h('input', { type: 'search', name: 'q', id: 'q', value: q, 'aria-label': 'Search words', placeholder: 'Words in any language, e.g. Blinken' }),
    h('button', { class: 'primary', type: 'submit' }, 'Search')),
  h('div', { class: 'facets' },
    select('lang', 'Language', (stats.languages || []).filter((r) => r.key).map((r) => ({ value: r.key, label: langName(r.key) + ' (' + r.count + ')' }))),
    select('outlet', 'Outlet', (stats.outlets || []).filter((r) => r.key).map((r) => ({ value: r.key, label: r.key + ' (' + r.count + ')' }))),
    select('entity', 'Mentions', entityOptions),
    h('label', {}, 'From', h('input', { type: 'date', name: 'from', value: f.from })),
    h('label', {}, 'To', h('input', { type: 'date', name: 'to', value: f.to })),
    f.story ? h('input', { type: 'hidden', name: 'story', value: f.story }) : null));
  const list = h('ol', { class: 'results', id: 'results' });
  const status = h('p', { class: 'muted', id: 'result-status', role: 'status' });
  const moreBox = h('div', { class: 'more' });
  const node = h('div', {}, h('h1', {}, q ? 'Search: ' + q : 'Search'), form, status, list, moreBox);
  const searching = q || Object.values(f).some(Boolean);
  if (!searching) {
    status.textContent = 'Type words to search titles and text; matching ignores case and accents.';
    return node;
  }
  let shown = 0;
  const load = async (cursor) => {
    const page = await api('search', { q, ...f, cursor, limit: 20 });
    for (const r of page.results) list.append(resultItem(r));
    shown += page.results.length;
    status.textContent = shown ? shown + (page.next ? '+' : '') + ' result' + (shown === 1 ? '' : 's') : '';
    moreBox.replaceChildren();
    if (!shown) moreBox.append(empty('No articles match. Try fewer words or remove a filter.'));
    if (page.next) {
      const btn = h('button', { type: 'button', id: 'more', onclick: async () => {
        btn.disabled = true; btn.textContent = 'Loading…';
        try { await load(page.next); } catch (e) { moreBox.replaceChildren(errorBox(e)); }
      } }, 'More results');
      moreBox.append(btn);
    }
  };
  try { await load(''); } catch (e) { list.replaceWith(errorBox(e)); }
  return node;
});

function resultItem(r) {
  return h('li', { class: 'result' },
    h('div', { class: 'title' }, articleLink(r.id, r.title || r.url || '(untitled ' + r.format + ' document)')),
    h('div', { class: 'meta' }, langBadge(r.language), r.outlet ? h('span', { class: 'outlet' }, r.outlet) : null,
      r.published ? h('time', { datetime: r.published }, r.published) : h('span', {}, 'undated'),
      r.story ? h('a', { href: '#/story/' + encodeURIComponent(r.story) }, 'story') : null,
      r.duplicate_of ? h('span', { class: 'badge', title: 'copy of ' + r.duplicate_of }, 'duplicate') : null),
    r.snippet ? h('p', { class: 'snippet' }, snippetNodes(r.snippet)) : null);
}

// ---------------------------------------------------------------- article

route(/^article\/(.+)$/, async (params, id) => {
  const a = await api('articles/' + encodeURIComponent(id));
  const date = dateOf(a.published);
  const paragraphs = String(a.text || '').split(/\n\s*\n/).filter((p) => p.trim());
  const ents = a.entities || [];
  return h('article', { lang: a.language || null },
    h('h1', {}, a.title || '(untitled)'),
    h('div', { class: 'meta' }, langBadge(a.language), a.outlet ? h('span', {}, a.outlet) : null,
      date ? h('time', { datetime: date }, date) : h('span', {}, 'undated'),
      a.authors && a.authors.length ? h('span', {}, 'by ' + a.authors.join(', ')) : null,
      a.url ? h('a', { href: a.url, rel: 'noopener noreferrer', target: '_blank' }, 'original') : null,
      a.source && a.source.url && !a.url ? h('a', { href: a.source.url, rel: 'noopener noreferrer', target: '_blank' }, 'original') : null),
    ents.length ? h('ul', { class: 'chips', 'aria-label': 'Entities' }, ents.map((e) => h('li', {},
      h('a', { class: 'chip type-' + e.type, href: '#/entity/' + encodeURIComponent(e.id) }, e.name,
        h('span', { class: 'c' }, e.type))))) : null,
    h('div', { class: 'article-text' }, paragraphs.map((p) => h('p', {}, p))),
    a.quotes && a.quotes.length ? section('Quotes', quoteList(a.quotes.map((q) => ({ ...q, article: null })))) : null,
    a.events && a.events.length ? section('Events', eventTable(a.events.map((e) => ({ ...e, article: null })))) : null);
});

// ---------------------------------------------------------------- stories

route(/^stories$/, async () => {
  const list = h('div', { id: 'stories' });
  const moreBox = h('div', { class: 'more' });
  const node = h('div', {}, h('h1', {}, 'Stories'),
    h('p', { class: 'muted' }, 'Articles about the same news, across languages and outlets, newest first.'), list, moreBox);
  let lastDay = null;
  let currentList = null;
  let count = 0;
  const load = async (cursor) => {
    const page = await api('stories', { cursor });
    const items = [...page.results].sort((x, y) => String(y.start || '').localeCompare(String(x.start || '')));
    for (const s of items) {
      const day = s.start || 'Undated';
      if (day !== lastDay || !currentList) {
        lastDay = day;
        list.append(h('h2', { class: 'day' }, day === 'Undated' ? day : h('time', { datetime: day }, day)));
        currentList = h('ul', { class: 'results' });
        list.append(currentList);
      }
      currentList.append(storyItem(s));
      ++count;
    }
    moreBox.replaceChildren();
    if (!count) moreBox.append(empty('No stories yet: stories appear once articles are ingested and clustered.'));
    if (page.next) {
      const btn = h('button', { type: 'button', onclick: async () => { btn.disabled = true; await load(page.next).catch((e) => moreBox.replaceChildren(errorBox(e))); } }, 'More stories');
      moreBox.append(btn);
    }
  };
  await load('');
  return node;
});

function storyItem(s) {
  const n = (s.articles || []).length;
  return h('li', { class: 'story' },
    h('div', { class: 'title' }, h('a', { href: '#/story/' + encodeURIComponent(s.id) }, s.title || 'Story ' + s.id)),
    h('div', { class: 'meta' },
      h('span', {}, n + ' article' + (n === 1 ? '' : 's')),
      (s.languages || []).map(langBadge),
      s.end && s.end !== s.start ? h('span', {}, s.start + ' → ' + s.end) : null),
    s.outlets && s.outlets.length ? h('div', { class: 'meta outlets' }, s.outlets.join(' · ')) : null);
}

route(/^story\/(.+)$/, async (params, id) => {
  const s = await api('stories/' + encodeURIComponent(id));
  const byLang = new Map();
  for (const a of s.articles) {
    if (!byLang.has(a.language)) byLang.set(a.language, []);
    byLang.get(a.language).push(a);
  }
  const langs = [...byLang.keys()].sort((x, y) => byLang.get(y).length - byLang.get(x).length);
  return h('div', { class: 'story-page' },
    h('h1', {}, s.title || 'Story ' + s.id),
    h('div', { class: 'meta' }, h('span', {}, s.articles.length + ' articles'), langs.map(langBadge),
      s.start ? h('span', {}, s.start + (s.end && s.end !== s.start ? ' → ' + s.end : '')) : null,
      h('a', { href: '#/search?story=' + encodeURIComponent(s.id) }, 'search within')),
    section('Entities', s.entities.length
      ? h('ul', { class: 'chips' }, s.entities.map((e) => h('li', {}, h('a', { class: 'chip', href: '#/entity/' + encodeURIComponent(e.id) },
        e.name, h('span', { class: 'c' }, e.count)))))
      : empty('No entities recognised in this story.')),
    section('Articles by language', h('div', { class: 'cols', id: 'story-articles' }, langs.map((l) => h('section', { lang: l },
      h('h3', {}, langName(l), ' ', h('span', { class: 'muted' }, '(' + byLang.get(l).length + ')')),
      h('ul', {}, byLang.get(l).map((a) => h('li', {}, articleLink(a.id, a.title || '(untitled)'),
        h('span', { class: 'muted' }, ' — ', a.outlet || 'unknown outlet', a.published ? ', ' + a.published : '')))))))),
    section('Timeline', timeline(s.events)),
    section('Quotes', quoteList(s.quotes)));
});

function timeline(events) {
  if (!events || !events.length) return empty('No events extracted for this story.');
  return h('ol', { class: 'timeline' }, events.map((e) => h('li', {},
    e.date ? h('time', { datetime: e.date }, e.date) : h('span', { class: 'muted' }, 'undated '),
    h('span', {}, e.actor1 || '?', ' — ', h('strong', {}, (e.label || e.code).toLowerCase()), e.actor2 ? ' — ' + e.actor2 : ''),
    e.mood && e.mood !== 'asserted' ? h('span', { class: 'badge mood-' + e.mood }, e.mood) : null,
    e.article ? [' ', articleLink(e.article, 'source')] : null)));
}

// ---------------------------------------------------------------- entities

const TYPES = { PER: 'People', ORG: 'Organisations', LOC: 'Places', MISC: 'Other' };

route(/^entities$/, async (params) => {
  const type = params.get('type') || '';
  const res = await api('entities', { type });
  const tabs = h('div', { class: 'toolbar', role: 'group', 'aria-label': 'Entity type' },
    [['', 'All'], ...Object.entries(TYPES)].map(([t, label]) => h('a', {
      class: 'chip', href: '#/entities' + (t ? '?type=' + t : ''), 'aria-current': t === type ? 'true' : null }, label)));
  return h('div', {}, h('h1', {}, type ? TYPES[type] || type : 'Entities'), tabs,
    res.results.length
      ? h('div', { class: 'table-wrap' }, h('table', { id: 'entities' },
        h('caption', { class: 'muted' }, 'Most mentioned first'),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Type'),
          h('th', { scope: 'col', class: 'num' }, 'Articles'), h('th', { scope: 'col', class: 'num' }, 'Mentions'))),
        h('tbody', {}, res.results.map((e) => h('tr', {},
          h('td', {}, entityLink(e.id, e.name)), h('td', {}, e.type),
          h('td', { class: 'num' }, fmtNum(e.articles)), h('td', { class: 'num' }, fmtNum(e.mentions)))))))
      : empty('No entities yet: names of people, organisations and places appear here once articles are analysed.'));
});

route(/^entity\/(.+)$/, async (params, id) => {
  const [e, graph] = await Promise.all([api('entities/' + encodeURIComponent(id)),
    cached('graph', () => api('graph')).catch(() => ({ nodes: [], edges: [] }))]);
  const aliasLangs = Object.keys(e.aliases || {}).sort();
  return h('div', { class: 'entity-page' },
    h('h1', {}, e.name),
    h('div', { class: 'meta' }, h('span', { class: 'badge' }, e.type), h('span', {}, fmtNum(e.articles) + ' articles'),
      h('span', {}, fmtNum(e.mentions) + ' mentions'),
      e.wikidata ? h('a', { href: 'https://www.wikidata.org/wiki/' + encodeURIComponent(e.wikidata), rel: 'noopener noreferrer', target: '_blank' }, e.wikidata) : null,
      h('a', { href: '#/search?entity=' + encodeURIComponent(e.id) }, 'articles mentioning it')),
    h('div', { class: 'cols' },
      section('Names by language', aliasLangs.length
        ? h('dl', { class: 'kv', id: 'aliases' }, aliasLangs.map((l) => [h('dt', {}, langName(l)),
          h('dd', { lang: l }, e.aliases[l].map((a, i) => [i ? ', ' : '', a.text, h('span', { class: 'muted' }, ' ×' + a.count)]))]))
        : empty('No mentions recorded.')),
      section('Mentions over time', barChart((e.mentions_by_month || []).map((m) => ({ label: m.month, value: m.count })),
        'Articles mentioning ' + e.name + ' per month', 'No dated mentions.'))),
    section('Mentioned together with', coGraph(e, graph)),
    section('Quotes', quoteList(e.quotes)),
    section('Events', eventTable((e.events || []).map((x) => ({ ...x, place: x.place ? { name: x.place } : null })))));
});

// ---------------------------------------------------------------- charts

// Vertical bar chart as inline SVG. data: [{label, value}].
function barChart(data, title, emptyText) {
  if (!data.length) return empty(emptyText);
  const W = 560, H = 200, pad = { l: 34, r: 8, t: 12, b: 38 };
  const max = Math.max(1, ...data.map((d) => d.value));
  const bw = (W - pad.l - pad.r) / data.length;
  const y = (v) => pad.t + (H - pad.t - pad.b) * (1 - v / max);
  const ticks = [0, Math.ceil(max / 2), max].filter((v, i, a) => a.indexOf(v) === i);
  const every = Math.ceil(data.length / 12); // label at most ~12 bars
  return svg('svg', { class: 'chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': title + ': ' +
      data.map((d) => d.label + ' ' + d.value).join(', ') },
    svg('title', {}, title),
    ticks.map((t) => [svg('line', { class: 'axis', x1: pad.l, x2: W - pad.r, y1: y(t), y2: y(t) }),
      svg('text', { x: pad.l - 4, y: y(t) + 4, 'text-anchor': 'end' }, t)]),
    data.map((d, i) => svg('g', {},
      svg('rect', { class: 'bar', x: pad.l + i * bw + bw * 0.12, width: Math.max(1, bw * 0.76), y: y(d.value), height: H - pad.b - y(d.value) },
        svg('title', {}, d.label + ': ' + d.value)),
      i % every === 0 ? svg('text', { x: pad.l + i * bw + bw / 2, y: H - pad.b + 14, 'text-anchor': 'middle' }, d.label) : null)));
}

// Co-occurrence network: the entity in the middle, the entities it appears
// with around it (edges to the centre weighted by shared articles), plus the
// edges among them known from /api/graph. Laid out by a small force simulation.
export function forceLayout(nodes, links, W, H, iterations = 400) {
  // Spring-electrical model: every pair repels (k²/d), every link is a spring
  // whose rest length shrinks with its weight; positions cool down over the
  // iterations. Deterministic: nodes start on a circle, a fixed node stays in
  // the centre.
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const L = links.map((l) => ({ s: byId.get(l.source), t: byId.get(l.target), w: l.weight || 1, strong: !!l.strong }))
    .filter((l) => l.s && l.t && l.s !== l.t);
  const maxW = Math.max(1, ...L.map((l) => l.w));
  const k = Math.sqrt((W * H) / Math.max(1, nodes.length)) * 0.45;
  nodes.forEach((n, i) => {
    if (n.fixed) { n.x = W / 2; n.y = H / 2; return; }
    const a = (2 * Math.PI * i) / nodes.length;
    n.x = W / 2 + Math.cos(a) * W * 0.35; n.y = H / 2 + Math.sin(a) * H * 0.35;
  });
  for (let it = 0; it < iterations; ++it) {
    const maxStep = 0.5 + 20 * (1 - it / iterations);
    for (const n of nodes) { n.fx = 0; n.fy = 0; }
    for (let i = 0; i < nodes.length; ++i) for (let j = i + 1; j < nodes.length; ++j) {
      const a = nodes[i], b = nodes[j];
      let dx = a.x - b.x, dy = a.y - b.y;
      let d = Math.hypot(dx, dy);
      if (d < 0.5) { dx = (i % 3) - 1 || 0.5; dy = (j % 3) - 1 || 0.5; d = Math.hypot(dx, dy); }
      if (d > 2.5 * k) continue; // short-range repulsion: far nodes leave each other alone
      const f = (0.5 * k * k) / d / d;
      a.fx += dx * f; a.fy += dy * f; b.fx -= dx * f; b.fy -= dy * f;
    }
    for (const l of L) {
      const dx = l.t.x - l.s.x, dy = l.t.y - l.s.y;
      const d = Math.hypot(dx, dy) || 0.01;
      const rest = k * (l.strong ? 3 - 1.5 * (l.w / maxW) : 2);
      const f = (l.strong ? 0.4 : 0.05) * (d - rest) / d;
      l.s.fx += dx * f; l.s.fy += dy * f; l.t.fx -= dx * f; l.t.fy -= dy * f;
    }
    for (const n of nodes) {
      if (n.fixed) continue;
      n.fx += (W / 2 - n.x) * 0.02; n.fy += (H / 2 - n.y) * 0.03; // gravity keeps the graph off the edges
      const f = Math.hypot(n.fx, n.fy);
      const step = Math.min(f, maxStep) / (f || 1);
      n.x = Math.min(W - 30, Math.max(30, n.x + n.fx * step));
      n.y = Math.min(H - 20, Math.max(20, n.y + n.fy * step));
    }
  }
  // Stretch the drawing to fill the box (margins leave room for labels).
  const xs = nodes.map((n) => n.x), ys = nodes.map((n) => n.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const mx = W * 0.12, my = 22;
  for (const n of nodes) {
    if (x1 - x0 > 1) n.x = mx + ((n.x - x0) / (x1 - x0)) * (W - 2 * mx);
    if (y1 - y0 > 1) n.y = my + ((n.y - y0) / (y1 - y0)) * (H - 2 * my);
  }
  return { nodes, links: L };
}

function coGraph(e, graph) {
  const co = e.cooccurring || [];
  if (!co.length) return empty('No other entities appear in the same articles.');
  const types = new Map((graph.nodes || []).map((n) => [n.id, n.type]));
  const nodes = [{ id: e.id, name: e.name, type: e.type, count: e.articles, fixed: true },
    ...co.map((c) => ({ id: c.id, name: c.name, type: types.get(c.id) || 'MISC', count: c.count }))];
  const ids = new Set(nodes.map((n) => n.id));
  const links = co.map((c) => ({ source: e.id, target: c.id, weight: c.count, strong: true }));
  // Edges among the neighbours: only the strongest, so the picture stays readable.
  const among = (graph.edges || []).filter((l) => l.source !== e.id && l.target !== e.id && ids.has(l.source) && ids.has(l.target))
    .sort((x, y) => y.weight - x.weight).slice(0, Math.max(10, co.length));
  links.push(...among);
  const W = 640, H = 380;
  const { links: L } = forceLayout(nodes, links, W, H);
  const maxW = Math.max(1, ...L.map((l) => l.w));
  const maxC = Math.max(1, ...nodes.map((n) => n.count || 1));
  const r = (n) => 5 + 9 * Math.sqrt((n.count || 1) / maxC);
  const present = [...new Set(nodes.map((n) => n.type))];
  return h('div', {},
    h('div', { class: 'legend', 'aria-hidden': 'true' }, present.map((t) => h('span', {}, h('i', { style: `background: var(--${t.toLowerCase()})` }), TYPES[t] || t))),
    svg('svg', { class: 'graph', id: 'cograph', viewBox: `0 0 ${W} ${H}`, role: 'group', 'aria-label': 'Entities mentioned together with ' + e.name },
      L.map((l) => svg('line', { class: 'edge', x1: l.s.x.toFixed(1), y1: l.s.y.toFixed(1), x2: l.t.x.toFixed(1), y2: l.t.y.toFixed(1),
        'stroke-width': (0.8 + 3 * l.w / maxW).toFixed(2) })),
      nodes.map((n) => svg('a', { class: 'node' + (n.fixed ? ' center' : ''), href: '#/entity/' + encodeURIComponent(n.id),
        'aria-label': n.name + (n.fixed ? '' : ', ' + n.count + ' shared articles') },
      svg('title', {}, n.name + (n.fixed ? '' : ' — ' + n.count + ' shared articles')),
      svg('circle', { class: 'c-' + n.type, cx: n.x.toFixed(1), cy: n.y.toFixed(1), r: r(n).toFixed(1) }),
      svg('text', { x: (n.x > W * 0.6 ? n.x - r(n) - 3 : n.x + r(n) + 3).toFixed(1), y: (n.y + 4).toFixed(1),
        'text-anchor': n.x > W * 0.6 ? 'end' : 'start', 'font-weight': n.fixed ? 700 : null }, n.name)))),
    h('ul', { class: 'chips', 'aria-label': 'Co-occurring entities as a list' }, co.map((c) => h('li', {},
      h('a', { class: 'chip', href: '#/entity/' + encodeURIComponent(c.id) }, c.name, h('span', { class: 'c' }, c.count))))));
}

// ---------------------------------------------------------------- events

function eventTable(events, opts = {}) {
  if (!events.length) return empty(opts.emptyText || 'No events found.');
  const name = (a) => (a && typeof a === 'object' ? entityLink(a.id, a.name) : a || '–');
  return h('div', { class: 'table-wrap' }, h('table', { class: 'events', id: opts.id || null },
    h('thead', {}, h('tr', {}, ['Date', 'Event', 'Actor', 'Target', 'Place', 'Mood', opts.noSource ? null : 'Source']
      .filter(Boolean).map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, events.map((e) => h('tr', {},
      h('td', {}, e.date || '–'),
      h('td', {}, h('span', { class: 'badge', title: 'CAMEO ' + e.code }, e.code), ' ', e.label || ''),
      h('td', {}, name(e.actor1)), h('td', {}, name(e.actor2)),
      h('td', {}, e.place && e.place.name ? e.place.name + (e.place.country ? ' (' + e.place.country + ')' : '') : '–'),
      h('td', { class: 'mood-' + (e.mood || 'asserted') }, e.mood || 'asserted'),
      opts.noSource ? null : h('td', {}, e.article ? articleLink(e.article, 'article') : '–'))))));
}

route(/^events$/, async (params) => {
  const f = { actor: params.get('actor') || '', code: params.get('code') || '', mood: params.get('mood') || '',
    country: (params.get('country') || '').toUpperCase() };
  const [res, ents] = await Promise.all([api('events', { actor: f.actor, code: f.code }), getEntities().catch(() => ({ results: [] }))]);
  const all = res.results;
  const shown = all.filter((e) => (!f.mood || e.mood === f.mood) &&
    (!f.country || (e.place && String(e.place.country).toUpperCase() === f.country)));
  const setParam = (k, v) => {
    const p = new URLSearchParams(f);
    if (v) p.set(k, v); else p.delete(k);
    for (const [key, val] of [...p]) if (!val) p.delete(key);
    location.hash = '#/events' + (p.toString() ? '?' + p : '');
  };
  const actorOptions = ents.results.map((e) => ({ value: e.id, label: e.name }));
  if (f.actor && !actorOptions.some((o) => o.value === f.actor)) actorOptions.unshift({ value: f.actor, label: f.actor });
  const form = h('form', { class: 'toolbar', id: 'event-filters', 'aria-label': 'Filter events', onsubmit: (ev) => {
    ev.preventDefault();
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(ev.target)) if (v) p.set(k, v);
    location.hash = '#/events' + (p.toString() ? '?' + p : '');
  } },
  h('label', {}, 'Actor', h('select', { name: 'actor' }, h('option', { value: '' }, 'Any'),
    actorOptions.map((o) => h('option', { value: o.value, selected: o.value === f.actor }, o.label)))),
  h('label', {}, 'CAMEO code (prefix)', h('input', { name: 'code', value: f.code, inputmode: 'numeric', pattern: '[0-9]{0,4}', size: 6, placeholder: 'e.g. 04' })),
  h('label', {}, 'Mood', h('select', { name: 'mood' }, ['', 'asserted', 'negated', 'hypothetical', 'intent']
    .map((m) => h('option', { value: m, selected: m === f.mood }, m || 'Any')))),
  f.country ? h('input', { type: 'hidden', name: 'country', value: f.country }) : null,
  h('button', { class: 'primary', type: 'submit' }, 'Filter'),
  Object.values(f).some(Boolean) ? h('a', { href: '#/events' }, 'Clear filters') : null);
  const counts = new Map();
  for (const e of all) {
    const c = e.place && e.place.country ? String(e.place.country).toUpperCase() : null;
    if (c) counts.set(c, (counts.get(c) || 0) + 1);
  }
  const mapBox = h('div', { id: 'map-box' }, h('p', { class: 'muted' }, 'Loading map…'));
  getWorld().then((geo) => mapBox.replaceChildren(worldMap(geo, counts, f.country, (c) => setParam('country', c === f.country ? '' : c))))
    .catch((e) => mapBox.replaceChildren(empty('World map unavailable: ' + e.message)));
  return h('div', {}, h('h1', {}, 'Events'),
    h('p', { class: 'muted' }, 'Who did what to whom, coded with CAMEO. Click a shaded country to filter by place.'),
    form, mapBox,
    h('p', { role: 'status', id: 'event-count' }, shown.length + ' of ' + all.length + ' events' + (f.country ? ' in ' + f.country : '')),
    eventTable(shown, { id: 'events', emptyText: all.length ? 'No events match these filters.' : 'No events extracted yet.' }));
});

// Equirectangular projection of GeoJSON country shapes into an SVG path.
export function geoPath(geometry, W, H) {
  const px = (lon) => ((lon + 180) / 360) * W;
  const py = (lat) => ((90 - lat) / 180) * H;
  const ring = (r) => r.map((p, i) => (i ? 'L' : 'M') + px(p[0]).toFixed(1) + ' ' + py(p[1]).toFixed(1)).join('') + 'Z';
  if (!geometry) return '';
  if (geometry.type === 'Polygon') return geometry.coordinates.map(ring).join('');
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.map((poly) => poly.map(ring).join('')).join('');
  return '';
}

function worldMap(geo, counts, selected, onPick) {
  const W = 720, H = 360; // 2:1, latitudes cut at ±90
  const max = Math.max(1, ...counts.values());
  const feats = geo.features || [];
  return h('figure', { style: 'margin:0' },
    svg('svg', { class: 'map', id: 'world', viewBox: `0 ${H * 0.04} ${W} ${H * 0.82}`, role: 'group',
      'aria-label': 'World map of event places: ' + (counts.size ? [...counts].map(([c, n]) => c + ' ' + n).join(', ') : 'none') },
    feats.map((f) => {
      const c2 = String(f.properties.cca2 || '').toUpperCase();
      const n = counts.get(c2) || 0;
      const cls = 'country' + (n ? ' has' : '') + (n && n >= max / 2 ? ' hot' : '') + (c2 && c2 === selected ? ' sel' : '');
      const attrs = { class: cls, d: geoPath(f.geometry, W, H), 'data-cc': c2 };
      if (n) {
        attrs.tabindex = '0'; attrs.role = 'button';
        attrs['aria-label'] = c2 + ': ' + n + ' event' + (n === 1 ? '' : 's');
        attrs.onclick = () => onPick(c2);
        attrs.onkeydown = (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); onPick(c2); } };
      }
      return svg('path', attrs, svg('title', {}, c2 + (n ? ': ' + n + ' events' : '')));
    })),
    h('figcaption', { class: 'muted' }, counts.size ? counts.size + ' countries with events (darker: more).' : 'No event places yet.'));
}

// ---------------------------------------------------------------- quotes

route(/^quotes$/, async (params) => {
  const speaker = params.get('speaker') || '';
  const res = await api('quotes', { speaker });
  const qs = res.results.filter((q) => !q.fragment);
  return h('div', {}, h('h1', {}, 'Quotes'),
    h('p', { class: 'muted', role: 'status' }, qs.length + ' quotes' + (speaker ? ' by ' + speaker : '') + (res.results.length >= 200 ? ' (the first 200)' : '')),
    quoteList(qs));
});

// ---------------------------------------------------------------- theme and start

function setupTheme() {
  const btn = document.getElementById('theme');
  const current = () => document.documentElement.dataset.theme ||
    (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  const label = () => {
    const next = current() === 'dark' ? 'light' : 'dark';
    btn.setAttribute('aria-label', 'Switch to ' + next + ' theme');
    btn.title = 'Switch to ' + next + ' theme';
    btn.textContent = current() === 'dark' ? '☀' : '☾';
  };
  btn.addEventListener('click', () => {
    const next = current() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try { localStorage.setItem('dragoman-theme', next); } catch (e) { /* private mode */ }
    label();
  });
  label();
}

if (typeof window !== 'undefined' && document.getElementById('main')) {
  setupTheme();
  window.addEventListener('hashchange', render);
  render.moved = false;
  render();
}
