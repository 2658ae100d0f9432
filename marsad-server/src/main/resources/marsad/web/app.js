'use strict';
// Marsad web UI. Article text and every other stored value are untrusted: they only ever reach the page
// through textContent, attribute values set with setAttribute, or SVG text nodes — never innerHTML.

const I18N = {
  ar: {
    'nav.events': 'الأحداث', 'nav.reader': 'القارئ', 'nav.dyad': 'العلاقات الثنائية', 'nav.network': 'شبكة الفاعلين',
    'nav.map': 'الخريطة', 'nav.search': 'البحث', 'nav.api': 'API', 'search.placeholder': 'ابحث في النصوص…',
    foot: 'مرصد: بيانات الأحداث السياسية من الأخبار العربية، كل سجل مرتبط بنصه.',
    actor: 'فاعل (مصدر أو هدف)', source: 'المصدر', target: 'الهدف', root: 'الجذر', code: 'رمز CAMEO', quad: 'الفئة',
    from: 'من', to: 'إلى', place: 'المكان', outlet: 'الوسيلة', q: 'نص', sort: 'الترتيب', size: 'عدد الصفوف',
    apply: 'تطبيق', reset: 'مسح', prev: 'السابق', next: 'التالي', exportCsv: 'تصدير CSV', exportGdelt: 'تصدير GDELT',
    day: 'اليوم', event: 'الحدث', goldstein: 'غولدشتاين', article: 'المقال', evidence: 'الدليل', any: 'الكل',
    q1: 'تعاون لفظي', q2: 'تعاون مادي', q3: 'نزاع لفظي', q4: 'نزاع مادي', events: 'الأحداث', total: 'المجموع',
    page: 'صفحة', of: 'من', noEvents: 'لا أحداث تطابق هذا المرشح.', loading: 'جارٍ التحميل…',
    articles: 'المقالات', legendActor: 'فاعل', legendEvent: 'دليل حدث', legendQuote: 'اقتباس',
    records: 'السجلات المرمّزة', hoverHelp: 'مرّر المؤشر فوق جزء مظلل أو المسه لعرض السجل.',
    mention: 'ذكر فاعل', quote: 'اقتباس', speaker: 'المتحدث', date: 'التاريخ', attribution: 'الإسناد',
    modality: 'الصيغة', negated: 'منفي', yes: 'نعم', no: 'لا', location: 'المكان', name: 'الاسم', type: 'النوع',
    why: 'السبب', rule: 'القاعدة', confidence: 'الثقة', verb: 'الفعل', direct: 'مباشر', published: 'النشر',
    a: 'الفاعل الأول', b: 'الفاعل الثاني', interval: 'الفترة', dayI: 'يوم', week: 'أسبوع', month: 'شهر',
    show: 'عرض', meanGold: 'متوسط غولدشتاين', timeline: 'الخط الزمني', pickTwo: 'اختر فاعلين (مثل RUS و PRK).',
    network: 'شبكة الفاعلين: العقد فاعلون، والخطوط بعدد الأحداث، ولونها بمتوسط غولدشتاين (أحمر نزاع، أخضر تعاون).',
    map: 'مواقع الأحداث (إسقاط متساوي المسافات، بلا حدود دول)', noPlaces: 'لا أحداث ذات موقع.',
    searchTitle: 'البحث في النصوص', searchBtn: 'ابحث', noHits: 'لا نتائج.', score: 'الدرجة', pickArticle: 'اختر مقالاً:',
    chooseArticle: 'المقالات المخزنة', notFound: 'غير موجود', sources: 'المصادر', copies: 'نسخ قريبة',
    'nav.alerts': 'التنبيهات', alertsTitle: 'تنبيهات قواعد المراقبة', noAlerts: 'لا تنبيهات.', unreadOnly: 'غير المقروءة فقط',
    read: 'مقروء', unread: 'غير مقروء', mentions: 'الإشارات', atom: 'خلاصة Atom',
  },
  en: {
    'nav.events': 'Events', 'nav.reader': 'Reader', 'nav.dyad': 'Dyads', 'nav.network': 'Actor network',
    'nav.map': 'Map', 'nav.search': 'Search', 'nav.api': 'API', 'search.placeholder': 'Search the texts…',
    foot: 'Marsad: political event data from Arabic news, every record traceable to its text.',
    actor: 'Actor (source or target)', source: 'Source', target: 'Target', root: 'Root', code: 'CAMEO code', quad: 'Quad class',
    from: 'From', to: 'To', place: 'Place', outlet: 'Outlet', q: 'Text', sort: 'Sort', size: 'Rows',
    apply: 'Apply', reset: 'Clear', prev: 'Previous', next: 'Next', exportCsv: 'Export CSV', exportGdelt: 'Export GDELT',
    day: 'Day', event: 'Event', goldstein: 'Goldstein', article: 'Article', evidence: 'Evidence', any: 'Any',
    q1: 'Verbal cooperation', q2: 'Material cooperation', q3: 'Verbal conflict', q4: 'Material conflict', events: 'Events',
    total: 'Total', page: 'Page', of: 'of', noEvents: 'No events match this filter.', loading: 'Loading…',
    articles: 'Articles', legendActor: 'Actor', legendEvent: 'Event evidence', legendQuote: 'Quote',
    records: 'Coded records', hoverHelp: 'Hover over or tap a highlighted passage to see its record.',
    mention: 'Actor mention', quote: 'Quote', speaker: 'Speaker', date: 'Date', attribution: 'Attribution',
    modality: 'Modality', negated: 'Negated', yes: 'yes', no: 'no', location: 'Location', name: 'Name', type: 'Type',
    why: 'Why', rule: 'Rule', confidence: 'Confidence', verb: 'Verb', direct: 'Direct', published: 'Published',
    a: 'Actor A', b: 'Actor B', interval: 'Interval', dayI: 'day', week: 'week', month: 'month',
    show: 'Show', meanGold: 'Mean Goldstein', timeline: 'Timeline', pickTwo: 'Pick two actors (e.g. RUS and PRK).',
    network: 'Actor network: nodes are actors, lines weighted by event counts and coloured by mean Goldstein (red conflict, green cooperation).',
    map: 'Event locations (equirectangular projection, no country outlines)', noPlaces: 'No located events.',
    searchTitle: 'Full-text search', searchBtn: 'Search', noHits: 'No results.', score: 'score', pickArticle: 'Pick an article:',
    chooseArticle: 'Stored articles', notFound: 'Not found', sources: 'Sources', copies: 'Near copies',
    'nav.alerts': 'Alerts', alertsTitle: 'Watch-rule alerts', noAlerts: 'No alerts.', unreadOnly: 'Unread only',
    read: 'read', unread: 'unread', mentions: 'Mentions', atom: 'Atom feed',
  },
};

let lang = localStorage.getItem('marsad.lang') === 'en' ? 'en' : 'ar';
const t = key => I18N[lang][key] || I18N.ar[key] || key;

// --- small DOM helpers ----------------------------------------------------------------------------------
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    e.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return e;
}
const SVGNS = 'http://www.w3.org/2000/svg';
function svg(tag, attrs, ...children) {
  const e = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c) e.appendChild(c);
  return e;
}
function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
const main = () => document.getElementById('main');

async function api(path) {
  const r = await fetch(path, { headers: { Accept: 'application/json' } });
  let body;
  try { body = await r.json(); } catch (e) { body = { error: r.statusText }; }
  if (!r.ok) throw new Error(body.error || ('HTTP ' + r.status));
  return body;
}
function showError(container, err) { container.appendChild(el('p', { class: 'error', role: 'alert', text: String(err.message || err) })); }
function quadName(q) { return t('q' + q); }
function goldColor(g) {
  // -10 (conflict) red … 0 grey … +10 (cooperation) green
  const x = Math.max(-10, Math.min(10, g || 0)) / 10;
  const mix = (a, b, f) => Math.round(a + (b - a) * f);
  const grey = [150, 150, 150], red = [198, 40, 40], green = [27, 127, 59];
  const c = x < 0 ? grey.map((v, i) => mix(v, red[i], -x)) : grey.map((v, i) => mix(v, green[i], x));
  return 'rgb(' + c.join(',') + ')';
}
function params(obj) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(obj)) if (v !== null && v !== undefined && String(v).trim() !== '') p.set(k, String(v).trim());
  return p;
}
function actorLabel(a) { return a ? (a.code || '—') + (a.name ? ' (' + a.name + ')' : '') : '—'; }

// --- routing ------------------------------------------------------------------------------------------
function route() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [pathPart, query] = hash.split('?');
  const parts = pathPart.split('/').filter(Boolean).map(decodeURIComponent);
  const q = new URLSearchParams(query || '');
  const view = parts[0] || 'events';
  for (const a of document.querySelectorAll('#nav a[data-view]')) a.classList.toggle('active', a.dataset.view === view);
  hideTip();
  const m = clear(main());
  m.setAttribute('data-view', view);
  const views = { events: viewEvents, article: viewArticle, dyad: viewDyad, network: viewNetwork, map: viewMap, search: viewSearch, alerts: viewAlerts };
  (views[view] || viewEvents)(m, parts.slice(1), q).catch(e => showError(m, e));
}

function applyLang() {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  for (const n of document.querySelectorAll('[data-i18n]')) n.textContent = t(n.dataset.i18n);
  for (const n of document.querySelectorAll('[data-i18n-placeholder]')) n.setAttribute('placeholder', t(n.dataset.i18nPlaceholder));
  document.getElementById('lang').textContent = lang === 'ar' ? 'English' : 'العربية';
}

// --- filters form (events, network, map) ------------------------------------------------------------
const FILTER_FIELDS = ['actor', 'source', 'target', 'root', 'code', 'quad', 'from', 'to', 'place', 'outlet', 'q'];
function filterForm(q, onSubmit, extra) {
  const form = el('form', { class: 'filters card', id: 'filters' });
  for (const f of FILTER_FIELDS) {
    let input;
    if (f === 'quad') {
      input = el('select', { name: 'quad' }, el('option', { value: '', text: t('any') }),
        ...[1, 2, 3, 4].map(n => el('option', { value: String(n), text: n + ' — ' + quadName(n) })));
      input.value = q.get('quad') || '';
    } else {
      input = el('input', { name: f, type: f === 'from' || f === 'to' ? 'date' : 'text', value: q.get(f) || '',
        dir: ['actor', 'source', 'target', 'root', 'code', 'from', 'to'].includes(f) ? 'ltr' : 'auto', autocomplete: 'off' });
    }
    form.appendChild(el('label', {}, t(f), input));
  }
  for (const x of extra || []) form.appendChild(x);
  form.appendChild(el('div', {}, el('button', { type: 'submit', text: t('apply') }), ' ',
    el('button', { type: 'button', class: 'secondary', text: t('reset'), onclick: () => { for (const i of form.querySelectorAll('input,select')) i.value = ''; } })));
  form.addEventListener('submit', ev => { ev.preventDefault(); onSubmit(new FormData(form)); });
  return form;
}
function formToQuery(fd) {
  const o = {};
  for (const [k, v] of fd.entries()) if (String(v).trim() !== '') o[k] = String(v).trim();
  return params(o);
}

// --- (2) events table -----------------------------------------------------------------------------
async function viewEvents(m, parts, q) {
  m.appendChild(el('h1', { text: t('events') }));
  const sort = el('select', { name: 'sort' }, ...['-day', 'day', '-goldstein', 'goldstein', 'code', 'source', 'target']
    .map(s => el('option', { value: s, text: s })));
  sort.value = q.get('sort') || '-day';
  const size = el('select', { name: 'size' }, ...['25', '50', '100', '200'].map(s => el('option', { value: s, text: s })));
  size.value = q.get('size') || '50';
  m.appendChild(filterForm(q, fd => { location.hash = '#/events?' + formToQuery(fd); },
    [el('label', {}, t('sort'), sort), el('label', {}, t('size'), size)]));
  const query = new URLSearchParams(q);
  const data = await api('/api/events?' + query);
  const filterOnly = new URLSearchParams(query); filterOnly.delete('page'); filterOnly.delete('size'); filterOnly.delete('sort');
  const page = data.page, pages = Math.max(1, data.pages);
  const go = p => { const n = new URLSearchParams(query); n.set('page', p); location.hash = '#/events?' + n; };
  const bar = el('div', { class: 'toolbar' },
    el('strong', { id: 'event-total', text: t('total') + ': ' + data.total + (data.total_capped ? '+' : '') }),
    el('span', { class: 'muted', text: t('page') + ' ' + page + ' ' + t('of') + ' ' + pages }),
    el('button', { type: 'button', class: 'secondary', text: t('prev'), disabled: page <= 1 ? 'disabled' : null, onclick: () => go(page - 1) }),
    el('button', { type: 'button', class: 'secondary', text: t('next'), disabled: page >= pages && !data.total_capped ? 'disabled' : null, onclick: () => go(page + 1) }),
    el('a', { class: 'button', id: 'export-csv', href: '/api/export?format=csv&' + filterOnly, text: t('exportCsv') }),
    el('a', { class: 'button', id: 'export-gdelt', href: '/api/export?format=gdelt&' + filterOnly, text: t('exportGdelt') }));
  m.appendChild(bar);
  if (data.items.length === 0) { m.appendChild(el('p', { class: 'muted', text: t('noEvents') })); return; }
  m.appendChild(eventTable(data.items));
}

function eventTable(items) {
  const table = el('table', { class: 'grid', id: 'events-table' });
  const head = el('tr', {}, ...['day', 'source', 'event', 'target', 'quad', 'goldstein', 'place', 'evidence'].map(h => el('th', { text: t(h) })));
  table.appendChild(el('thead', {}, head));
  const body = el('tbody');
  for (const e of items) {
    body.appendChild(el('tr', { 'data-event': e.id },
      el('td', { class: 'code', text: e.day || e.date || '—' }),
      el('td', {}, el('span', { class: 'code', text: e.source ? e.source.code || '—' : '—' }), e.source && e.source.name ? el('div', { class: 'muted', text: e.source.name }) : null),
      el('td', {}, el('span', { class: 'code', text: e.cameo_code }), ' ', el('span', { text: e.cameo_name || '' }), e.negated ? el('span', { class: 'muted', text: ' (' + t('negated') + ')' }) : null),
      el('td', {}, el('span', { class: 'code', text: e.target ? e.target.code || '—' : '—' }), e.target && e.target.name ? el('div', { class: 'muted', text: e.target.name }) : null),
      el('td', {}, el('span', { class: 'quad quad-' + e.quad_class }), quadName(e.quad_class)),
      el('td', { class: 'num', text: String(e.goldstein) }),
      el('td', { text: e.location ? (lang === 'en' && e.location.name_en ? e.location.name_en : e.location.name || e.location.country || '') : '' }),
      el('td', {}, el('a', { class: 'evidence-link', href: '#/article/' + encodeURIComponent(e.article_id) + '?event=' + encodeURIComponent(e.id), text: t('evidence') }))));
  }
  table.appendChild(body);
  return table;
}

// --- (1) article reader ----------------------------------------------------------------------------
async function viewArticle(m, parts, q) {
  if (!parts[0]) {
    m.appendChild(el('h1', { text: t('chooseArticle') }));
    const data = await api('/api/articles?size=100');
    const ul = el('ul', { id: 'article-list' });
    for (const a of data.items) {
      ul.appendChild(el('li', {}, el('a', { href: '#/article/' + encodeURIComponent(a.id), text: a.title || a.id }),
        el('span', { class: 'muted', text: '  ' + (a.published || '') + ' · ' + a.events + ' ' + t('events') })));
    }
    m.appendChild(ul);
    return;
  }
  const data = await api('/api/articles/' + encodeURIComponent(parts[0]).replace(/%2F/g, '/'));
  const text = data.article.text;
  const anns = [];
  data.mentions.forEach((x, i) => anns.push({ kind: 'm', i, start: x.span[0], end: x.span[1], rec: x }));
  data.events.forEach((x, i) => anns.push({ kind: 'e', i, start: x.evidence[0], end: x.evidence[1], rec: x }));
  data.quotes.forEach((x, i) => anns.push({ kind: 'q', i, start: x.span[0], end: x.span[1], rec: x }));

  const left = el('section', { class: 'card' });
  left.appendChild(el('h1', { class: 'article-title', dir: 'rtl', text: data.article.title || data.article.id }));
  left.appendChild(el('p', { class: 'muted' }, (data.article.published || '') + (data.article.source ? ' · ' + data.article.source : '') + ' · ',
    el('span', { class: 'code', text: data.article.id })));
  left.appendChild(el('div', { class: 'legend' },
    el('span', {}, el('span', { class: 'sw m' }), t('legendActor') + ' (' + data.mentions.length + ')'),
    el('span', {}, el('span', { class: 'sw e' }), t('legendEvent') + ' (' + data.events.length + ')'),
    el('span', {}, el('span', { class: 'sw q' }), t('legendQuote') + ' (' + data.quotes.length + ')')));
  const body = el('div', { class: 'article-text', id: 'article-text', dir: 'rtl', lang: 'ar' });
  // cut the text at every annotation boundary; each piece knows which annotations cover it
  const cuts = new Set([0, text.length]);
  for (const a of anns) { if (a.start >= 0 && a.end <= text.length && a.start < a.end) { cuts.add(a.start); cuts.add(a.end); } }
  const points = [...cuts].sort((x, y) => x - y);
  for (let k = 0; k + 1 < points.length; k++) {
    const s = points[k], e = points[k + 1];
    const piece = text.slice(s, e);
    const covering = anns.filter(a => a.start <= s && a.end >= e && a.start < a.end);
    if (covering.length === 0) { body.appendChild(document.createTextNode(piece)); continue; }
    const kinds = [...new Set(covering.map(a => a.kind))];
    const span = el('span', { class: 'seg ' + kinds.join(' '), tabindex: '0',
      'data-m': covering.filter(a => a.kind === 'm').map(a => a.i).join(',') || null,
      'data-e': covering.filter(a => a.kind === 'e').map(a => a.i).join(',') || null,
      'data-q': covering.filter(a => a.kind === 'q').map(a => a.i).join(',') || null });
    span.textContent = piece;
    const show = ev => showTip(ev, covering.map(a => record(a.kind, a.rec, text, undefined, true)));
    span.addEventListener('mouseenter', show);
    span.addEventListener('mousemove', moveTip);
    span.addEventListener('mouseleave', hideTip);
    span.addEventListener('click', ev => { show(ev); selectRecords(covering); });
    span.addEventListener('focus', show);
    span.addEventListener('blur', hideTip);
    body.appendChild(span);
  }
  left.appendChild(body);

  const right = el('aside', { class: 'card records', id: 'records' });
  right.appendChild(el('h2', { text: t('records') }));
  right.appendChild(el('p', { class: 'muted', text: t('hoverHelp') }));
  right.appendChild(el('h2', { text: t('events') + ' (' + data.events.length + ')' }));
  data.events.forEach((x, i) => right.appendChild(record('e', x, text, i)));
  right.appendChild(el('h2', { text: t('quote') + ' (' + data.quotes.length + ')' }));
  data.quotes.forEach((x, i) => right.appendChild(record('q', x, text, i)));
  right.appendChild(el('h2', { text: t('mention') + ' (' + data.mentions.length + ')' }));
  data.mentions.forEach((x, i) => right.appendChild(record('m', x, text, i)));
  if (data.sources.length) {
    right.appendChild(el('h2', { text: t('sources') }));
    for (const s of data.sources) right.appendChild(el('div', { class: 'muted' }, [s.source, s.published, s.input_id].filter(Boolean).join(' · '),
      s.url && /^https?:\/\//.test(s.url) ? el('div', {}, el('a', { href: s.url, rel: 'noopener noreferrer', target: '_blank', text: s.url })) : null));
  }
  m.appendChild(el('div', { class: 'reader' }, left, right));

  const focus = q.get('event');
  if (focus) {
    const i = data.events.findIndex(x => x.id === focus);
    if (i >= 0) {
      const segs = [...body.querySelectorAll('.seg')].filter(s => (s.dataset.e || '').split(',').includes(String(i)));
      segs.forEach(s => s.classList.add('focus'));
      const card = right.querySelector('.record.e[data-i="' + i + '"]');
      if (card) card.classList.add('selected');
      if (segs[0]) segs[0].scrollIntoView({ block: 'center' });
    }
  }
}

function selectRecords(covering) {
  for (const r of document.querySelectorAll('#records .record.selected')) r.classList.remove('selected');
  for (const a of covering) {
    const card = document.querySelector('#records .record.' + a.kind + '[data-i="' + a.i + '"]');
    if (card) card.classList.add('selected');
  }
}

function dl(rows) {
  const d = el('dl');
  for (const [k, v] of rows) {
    if (v === null || v === undefined || v === '') continue;
    d.appendChild(el('dt', { text: t(k) }));
    d.appendChild(el('dd', {}, v));
  }
  return d;
}

/** One coded record (an event, a quote or a mention) as a card. */
function record(kind, x, text, i, compact) {
  const card = el('div', { class: 'record ' + kind, 'data-i': i === undefined ? null : String(i) });
  if (kind === 'e') {
    card.appendChild(el('div', {}, el('strong', { class: 'code', text: (x.source && x.source.code || '—') + ' → ' + (x.target && x.target.code || '—') + '  ' + x.cameo_code }),
      ' ', el('span', { text: x.cameo_name || '' })));
    if (compact) {
      card.appendChild(dl([['quad', el('span', {}, el('span', { class: 'quad quad-' + x.quad_class }), quadName(x.quad_class))],
        ['goldstein', String(x.goldstein)], ['date', x.date || null], ['attribution', x.attributed_to],
        ['modality', x.modality], ['negated', x.negated ? t('yes') : null]]));
      return card;
    }
    if (x.summary) card.appendChild(el('div', { class: 'muted', dir: 'ltr', text: x.summary }));
    card.appendChild(dl([
      ['source', actorLabel(x.source)], ['target', actorLabel(x.target)],
      ['quad', el('span', {}, el('span', { class: 'quad quad-' + x.quad_class }), quadName(x.quad_class))],
      ['goldstein', String(x.goldstein)], ['date', x.date ? x.date + (x.date_precision ? ' (' + x.date_precision + ')' : '') : null],
      ['attribution', x.attributed_to], ['modality', x.modality], ['negated', x.negated ? t('yes') : null],
      ['location', x.location ? [x.location.name, x.location.name_en, x.location.country].filter(Boolean).join(' · ') : null],
      ['evidence', el('span', { dir: 'rtl', text: text.slice(x.evidence[0], x.evidence[1]) })],
      ['confidence', String(x.confidence)], ['rule', x.rule]]));
  } else if (kind === 'q') {
    card.appendChild(el('strong', { text: t('quote') }));
    card.appendChild(dl([['speaker', actorLabel(x.speaker)], ['verb', x.verb], ['direct', x.direct ? t('yes') : t('no')],
      ['q', el('span', { dir: 'rtl', text: x.text || text.slice(x.span[0], x.span[1]) })]]));
  } else {
    card.appendChild(el('div', {}, el('strong', { class: 'code', text: x.code || '—' }), ' ', el('span', { dir: 'rtl', text: x.text })));
    card.appendChild(dl([['name', x.name], ['type', x.type], ['why', x.why]]));
  }
  return card;
}

function showTip(ev, cards) {
  const tip = clear(document.getElementById('tip'));
  cards.forEach(c => tip.appendChild(c));
  tip.hidden = false;
  moveTip(ev);
}
function moveTip(ev) {
  const tip = document.getElementById('tip');
  if (tip.hidden) return;
  let x = ev.clientX, y = ev.clientY;
  if (x === undefined || (x === 0 && y === 0)) { const r = ev.target.getBoundingClientRect(); x = r.left; y = r.bottom; }
  const w = tip.offsetWidth, h = tip.offsetHeight;
  let left = x + 14, top = y + 14;
  if (left + w > window.innerWidth - 8) left = Math.max(8, x - w - 14);
  if (top + h > window.innerHeight - 8) top = Math.max(8, y - h - 14);
  tip.style.left = left + 'px';
  tip.style.top = top + 'px';
}
function hideTip() { const tip = document.getElementById('tip'); if (tip) { tip.hidden = true; clear(tip); } }

// --- (3) dyad view ---------------------------------------------------------------------------------
async function viewDyad(m, parts, q) {
  m.appendChild(el('h1', { text: t('nav.dyad') }));
  const a = el('input', { name: 'a', value: parts[0] || '', dir: 'ltr', placeholder: 'RUS', list: 'actor-codes', autocomplete: 'off' });
  const b = el('input', { name: 'b', value: parts[1] || '', dir: 'ltr', placeholder: 'PRK', list: 'actor-codes', autocomplete: 'off' });
  const interval = el('select', { name: 'interval' }, el('option', { value: 'day', text: t('dayI') }),
    el('option', { value: 'week', text: t('week') }), el('option', { value: 'month', text: t('month') }));
  interval.value = q.get('interval') || 'day';
  const datalist = el('datalist', { id: 'actor-codes' });
  api('/api/actors?limit=300').then(d => d.items.forEach(x => datalist.appendChild(el('option', { value: x.code, label: x.name || x.code })))).catch(() => {});
  const form = el('form', { class: 'filters card', id: 'dyad-form' }, el('label', {}, t('a'), a), el('label', {}, t('b'), b),
    el('label', {}, t('interval'), interval), el('div', {}, el('button', { type: 'submit', text: t('show') })), datalist);
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    if (!a.value.trim() || !b.value.trim()) return;
    location.hash = '#/dyad/' + encodeURIComponent(a.value.trim().toUpperCase()) + '/' + encodeURIComponent(b.value.trim().toUpperCase()) + '?interval=' + interval.value;
  });
  m.appendChild(form);
  if (!parts[0] || !parts[1]) { m.appendChild(el('p', { class: 'muted', text: t('pickTwo') })); return; }
  const data = await api('/api/dyads/' + encodeURIComponent(parts[0]) + '/' + encodeURIComponent(parts[1]) + '?' + params({ interval: interval.value }));
  m.appendChild(el('div', { class: 'toolbar' }, el('strong', { id: 'dyad-total' }, el('bdi', { dir: 'ltr', text: data.a + ' ↔ ' + data.b }), ': ' + data.total + ' ' + t('events')),
    el('span', { class: 'muted code', text: data.a + '→' + data.b + ': ' + data.a_to_b + ' · ' + data.b + '→' + data.a + ': ' + data.b_to_a }),
    el('a', { class: 'button secondary', href: '#/events?' + params({ actor: data.a }), text: data.a }),
    el('a', { class: 'button secondary', href: '#/events?' + params({ actor: data.b }), text: data.b })));
  const card = el('section', { class: 'card' }, el('h2', { text: t('timeline') }));
  card.appendChild(timeline(data.series));
  card.appendChild(el('div', { class: 'chart-legend' }, ...[1, 2, 3, 4].map(n => el('span', {}, el('span', { class: 'quad quad-' + n }), quadName(n))),
    el('span', {}, '— ' + t('meanGold') + ' ', el('bdi', { dir: 'ltr', text: '(−10 … +10)' }))));
  m.appendChild(card);
  if (data.events.length) m.appendChild(eventTable(data.events));
  else m.appendChild(el('p', { class: 'muted', text: t('noEvents') }));
}

/** Stacked bars of events by quad class per period, and a line of the mean Goldstein value (right axis). */
function timeline(series) {
  const W = 900, H = 300, L = 44, R = 44, T = 16, B = 46;
  const root = svg('svg', { class: 'chart', id: 'timeline', viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'data-points': String(series.length) });
  const step = Math.max(1, Math.ceil(Math.max(1, ...series.map(s => s.events)) / 4));
  const max = step * 4;
  const n = Math.max(1, series.length);
  const bw = (W - L - R) / n;
  const y = v => H - B - (v / max) * (H - T - B);
  const yg = g => T + (10 - g) / 20 * (H - T - B);
  for (let k = 0; k <= 4; k++) {
    const v = step * k;
    root.appendChild(svg('line', { class: 'grid', x1: L, x2: W - R, y1: y(v), y2: y(v) }));
    root.appendChild(svg('text', { x: L - 6, y: y(v) + 4, 'text-anchor': 'end', text: String(v) }));
  }
  for (const g of [-10, 0, 10]) root.appendChild(svg('text', { x: W - R + 6, y: yg(g) + 4, text: (g > 0 ? '+' : '') + g }));
  root.appendChild(svg('line', { class: 'axis', x1: L, x2: W - R, y1: H - B, y2: H - B }));
  const colors = ['var(--q1)', 'var(--q2)', 'var(--q3)', 'var(--q4)'];
  const labelEvery = Math.ceil(n / 12);
  series.forEach((s, i) => {
    let base = 0;
    const x = L + i * bw + bw * 0.15;
    for (let qc = 1; qc <= 4; qc++) {
      const v = s['q' + qc];
      if (!v) continue;
      const r = svg('rect', { class: 'bar q' + qc, x: x, width: Math.max(1, bw * 0.7), y: y(base + v), height: y(base) - y(base + v), fill: colors[qc - 1] });
      r.appendChild(svg('title', { text: s.period + ' · ' + quadName(qc) + ': ' + v }));
      root.appendChild(r);
      base += v;
    }
    if (i % labelEvery === 0) root.appendChild(svg('text', { x: L + i * bw + bw / 2, y: H - B + 16, 'text-anchor': 'middle', text: s.period }));
  });
  const all = series.map((s, i) => s.mean_goldstein === null ? null : [L + i * bw + bw / 2, yg(s.mean_goldstein), s]);
  const pts = all.filter(Boolean);
  // the line joins consecutive periods only: an empty period has no mean
  for (let i = 1; i < all.length; i++) {
    if (all[i - 1] && all[i]) root.appendChild(svg('line', { class: 'gold', x1: all[i - 1][0], y1: all[i - 1][1], x2: all[i][0], y2: all[i][1] }));
  }
  for (const p of pts) {
    const c = svg('circle', { class: 'gold-dot', cx: p[0], cy: p[1], r: 3.5 });
    c.appendChild(svg('title', { text: p[2].period + ' · ' + t('meanGold') + ': ' + p[2].mean_goldstein }));
    root.appendChild(c);
  }
  return root;
}

// --- (4) actor network -------------------------------------------------------------------------------
async function viewNetwork(m, parts, q) {
  m.appendChild(el('h1', { text: t('nav.network') }));
  m.appendChild(filterForm(q, fd => { location.hash = '#/network?' + formToQuery(fd); }));
  m.appendChild(el('p', { class: 'muted', text: t('network') }));
  const query = new URLSearchParams(q); if (!query.get('limit')) query.set('limit', '40');
  const data = await api('/api/network?' + query);
  const W = 900, H = 540, cx = W / 2, cy = H / 2, R = Math.min(W, H) / 2 - 60;
  const root = svg('svg', { class: 'chart', id: 'network', viewBox: '0 0 ' + W + ' ' + H, role: 'img' });
  const nodes = data.nodes;
  const pos = new Map();
  nodes.forEach((nd, i) => {
    const ang = -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, nodes.length);
    pos.set(nd.code, [cx + R * Math.cos(ang), cy + R * Math.sin(ang), ang]);
  });
  const maxE = Math.max(1, ...data.edges.map(e => e.events));
  for (const e of data.edges) {
    const a = pos.get(e.source), b = pos.get(e.target);
    if (!a || !b || e.source === e.target) continue;
    const line = svg('line', { class: 'edge', x1: a[0], y1: a[1], x2: b[0], y2: b[1], stroke: goldColor(e.mean_goldstein),
      'stroke-width': (1 + 7 * Math.sqrt(e.events / maxE)).toFixed(1) });
    line.appendChild(svg('title', { text: e.source + ' → ' + e.target + ': ' + e.events + ' · ' + t('meanGold') + ' ' + e.mean_goldstein }));
    root.appendChild(line);
  }
  const maxN = Math.max(1, ...nodes.map(n => n.events));
  for (const nd of nodes) {
    const [x, y, ang] = pos.get(nd.code);
    const g = svg('g', { class: 'node', 'data-code': nd.code, tabindex: '0' });
    g.addEventListener('click', () => { location.hash = '#/events?' + params({ actor: nd.code }); });
    const c = svg('circle', { cx: x, cy: y, r: (4 + 10 * Math.sqrt(nd.events / maxN)).toFixed(1) });
    c.appendChild(svg('title', { text: nd.code + (nd.name ? ' — ' + nd.name : '') + ': ' + nd.events }));
    g.appendChild(c);
    const out = Math.cos(ang) >= 0;
    g.appendChild(svg('text', { x: x + (out ? 16 : -16), y: y + 4, 'text-anchor': out ? 'start' : 'end', text: nd.code }));
    root.appendChild(g);
  }
  m.appendChild(root);
  m.appendChild(el('div', { class: 'chart-legend' }, el('span', { text: t('meanGold') + ':' }), el('bdi', { dir: 'ltr', text: '−10' }),
    ...[-10, -5, 0, 5, 10].map(g => el('span', { class: 'quad', 'data-g': String(g) })), el('bdi', { dir: 'ltr', text: '+10' })));
  for (const s of m.querySelectorAll('.chart-legend .quad[data-g]')) s.style.background = goldColor(Number(s.dataset.g));
}

// --- (5) map -------------------------------------------------------------------------------------------
async function viewMap(m, parts, q) {
  m.appendChild(el('h1', { text: t('nav.map') }));
  m.appendChild(filterForm(q, fd => { location.hash = '#/map?' + formToQuery(fd); }));
  m.appendChild(el('p', { class: 'muted', text: t('map') }));
  const data = await api('/api/places?' + new URLSearchParams(q));
  const W = 1000, H = 500;
  const X = lon => (lon + 180) / 360 * W, Y = lat => (90 - lat) / 180 * H;
  const root = svg('svg', { class: 'chart', id: 'map', viewBox: '0 0 ' + W + ' ' + H, role: 'img' });
  root.appendChild(svg('rect', { x: 0, y: 0, width: W, height: H, fill: '#f4f8fb' }));
  for (let lon = -180; lon <= 180; lon += 30) root.appendChild(svg('line', { class: 'graticule', x1: X(lon), x2: X(lon), y1: 0, y2: H }));
  for (let lat = -90; lat <= 90; lat += 30) root.appendChild(svg('line', { class: lat === 0 ? 'graticule equator' : 'graticule', x1: 0, x2: W, y1: Y(lat), y2: Y(lat) }));
  for (let lon = -150; lon <= 150; lon += 60) root.appendChild(svg('text', { x: X(lon) + 2, y: H - 4, text: lon + '°' }));
  for (let lat = -60; lat <= 60; lat += 30) root.appendChild(svg('text', { x: 2, y: Y(lat) - 2, text: lat + '°' }));
  const maxE = Math.max(1, ...data.items.map(p => p.events));
  for (const p of data.items) {
    const c = svg('circle', { class: 'pt', cx: X(p.lon).toFixed(1), cy: Y(p.lat).toFixed(1), r: (3 + 9 * Math.sqrt(p.events / maxE)).toFixed(1), fill: goldColor(p.mean_goldstein) });
    c.appendChild(svg('title', { text: [p.name, p.name_en, p.country].filter(Boolean).join(' · ') + ': ' + p.events + ' ' + t('events') }));
    c.addEventListener('click', () => { location.hash = '#/events?' + params({ place: p.country || p.name }); });
    root.appendChild(c);
    const r = 3 + 9 * Math.sqrt(p.events / maxE);
    const label = (lang === 'ar' ? p.name || p.name_en : p.name_en || p.name) || '';
    root.appendChild(svg('text', { x: (X(p.lon) + r + 3).toFixed(1), y: (Y(p.lat) + 4).toFixed(1), text: label }));
  }
  m.appendChild(root);
  if (!data.items.length) m.appendChild(el('p', { class: 'muted', text: t('noPlaces') }));
}

// --- (6) search ----------------------------------------------------------------------------------------
async function viewSearch(m, parts, q) {
  m.appendChild(el('h1', { text: t('searchTitle') }));
  const input = el('input', { type: 'search', name: 'q', value: q.get('q') || '', dir: 'auto' });
  const form = el('form', { class: 'filters card', id: 'search-form' }, el('label', {}, t('q'), input), el('div', {}, el('button', { type: 'submit', text: t('searchBtn') })));
  form.addEventListener('submit', ev => { ev.preventDefault(); location.hash = '#/search?' + params({ q: input.value }); });
  m.appendChild(form);
  if (!q.get('q')) return;
  const data = await api('/api/search?' + params({ q: q.get('q') }));
  if (!data.hits.length) { m.appendChild(el('p', { class: 'muted', text: t('noHits') })); return; }
  const ul = el('ol', { class: 'hits', id: 'hits' });
  for (const h of data.hits) {
    const snip = el('div', { class: 'snippet', dir: 'rtl' });
    let at = 0;
    const s = h.snippet.text;
    for (const [a, b] of h.snippet.highlights) {
      const ra = a, rb = b; // offsets into the snippet's text
      if (ra < at || rb > s.length) continue;
      snip.appendChild(document.createTextNode(s.slice(at, ra)));
      snip.appendChild(el('mark', { text: s.slice(ra, rb) }));
      at = rb;
    }
    snip.appendChild(document.createTextNode(s.slice(at)));
    ul.appendChild(el('li', {}, el('a', { href: '#/article/' + encodeURIComponent(h.article_id), dir: 'auto', text: h.title || h.article_id }),
      el('span', { class: 'muted', text: '  ' + (h.published || '') + (h.source ? ' · ' + h.source : '') }), snip));
  }
  m.appendChild(ul);
}

// --- alerts: one per story and watch rule, with its read state (marking read is an API write with a token)
async function viewAlerts(m, parts, q) {
  m.appendChild(el('h1', { text: t('alertsTitle') }));
  const unread = q.get('unread') === 'true';
  const toggle = el('a', { href: unread ? '#/alerts' : '#/alerts?unread=true', text: unread ? t('any') : t('unreadOnly') });
  m.appendChild(el('p', {}, toggle, el('span', { text: ' · ' }), el('a', { href: '/alerts.atom', text: t('atom') })));
  const data = await api('/api/alerts?' + params({ unread: unread ? 'true' : '' }));
  if (!data.alerts.length) { m.appendChild(el('p', { class: 'muted', text: t('noAlerts') })); return; }
  const ul = el('ol', { class: 'hits', id: 'alerts' });
  for (const a of data.alerts) {
    ul.appendChild(el('li', { class: a.read ? 'read' : 'unread' },
      el('strong', { dir: 'auto', text: (a.rule_title || a.rule) + ' — ' + (a.read ? t('read') : t('unread')) }),
      el('div', { dir: 'ltr', text: a.summary || '' }),
      el('div', { class: 'snippet', dir: 'rtl', text: a.evidence || '' }),
      el('span', { class: 'muted', text: t('mentions') + ' ' + a.num_mentions + ' · ' + t('sources') + ' ' + a.num_sources + ' · ' }),
      el('a', { href: '#/article/' + encodeURIComponent(a.article_id), dir: 'auto', text: a.article_id })));
  }
  m.appendChild(ul);
}

// --- start ---------------------------------------------------------------------------------------------
document.addEventListener('DOMContentLoaded', () => {
  applyLang();
  document.getElementById('lang').addEventListener('click', () => {
    lang = lang === 'ar' ? 'en' : 'ar';
    localStorage.setItem('marsad.lang', lang);
    applyLang();
    route();
  });
  document.getElementById('quick-search').addEventListener('submit', ev => {
    ev.preventDefault();
    const v = document.getElementById('quick-q').value;
    location.hash = '#/search?' + params({ q: v });
  });
  window.addEventListener('hashchange', route);
  api('/api/stats').then(s => { document.getElementById('stats').textContent = '· ' + s.articles + ' ' + t('articles') + ' · ' + s.events + ' ' + t('events'); }).catch(() => {});
  route();
});
