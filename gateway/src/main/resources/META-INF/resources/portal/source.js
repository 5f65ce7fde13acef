// One source: profile, aliases, affiliations on a timeline, ratings, computed reliability over time, per-topic
// figures and its claims; rating and merging for the roles that may.
import { h, label, formatDate } from './dom.js';
import { graphql } from './api.js';
import { marking, reliability, field, select, submitting, may, orNotFound, notFound, claimTable } from './ui.js';
import { sourcePicker } from './pickers.js';

const CLAIM_ROW = 'totalCount edges { node { id statement status credibility marking claimedAt topics attribution { role redacted source { id name } } } }';

const SOURCE = `query SourcePage($id: ID!, $ids: [ID!]) {
  source(id: $id) {
    id version name kind country description homepage wikidataId marking aliases mergedInto mergedFrom
    affiliations { id type targetSourceId validFrom validTo }
    reliability {
      assessed { grade }
      assessments { grade topic rationale assessedAt assessedBy }
      computed { grade score lower upper sampleSize confirmed refuted misleading computedAt }
      carried { confirmed refuted misleading }
      history { computedAt grade score lower upper sampleSize }
    }
  }
  asOrigin: claims(first: 20, filter: { originSourceIds: $ids }) { ${CLAIM_ROW} }
  asRelay: claims(first: 20, filter: { relaySourceIds: $ids }) { ${CLAIM_ROW} }
}`;

export async function sourcePage(id) {
  const data = await orNotFound(graphql(SOURCE, { id, ids: [id] }));
  if (!data || !data.source) return notFound('Source');
  const { source, asOrigin, asRelay } = data;
  const topics = [...new Set([...asOrigin.edges, ...asRelay.edges].flatMap((edge) => edge.node.topics)
    .concat(source.reliability.assessments.map((rating) => rating.topic).filter(Boolean)))].slice(0, 5);
  const [names, perTopic] = await Promise.all([sourceNames(source.affiliations.map((affiliation) => affiliation.targetSourceId)), topicFigures(id, topics)]);
  return [
    h('p', {}, h('a', { href: '#/sources' }, '« All sources')),
    h('article', { class: 'source', 'data-source-id': source.id },
      h('h1', {}, source.name),
      h('p', { class: 'badges' }, marking(source.marking), ' ', h('span', { class: 'tag' }, label(source.kind)),
        source.country ? h('span', { class: 'tag' }, source.country) : null),
      source.mergedInto ? h('p', { class: 'warning' }, 'Merged into ', h('a', { href: `#/sources/${source.mergedInto}` }, 'another source'), '.') : null,
      source.description ? h('p', {}, source.description) : null,
      h('dl', { class: 'facts' },
        h('dt', {}, 'Aliases'), h('dd', { class: 'aliases' }, source.aliases.join(', ') || '–'),
        h('dt', {}, 'Homepage'), h('dd', {}, source.homepage ? h('a', { href: source.homepage, rel: 'noopener noreferrer', target: '_blank' }, source.homepage) : '–'),
        h('dt', {}, 'Wikidata'), h('dd', {}, source.wikidataId || '–')),
      section('Reliability', h('p', { class: 'current-reliability' }, reliability(source.reliability)),
        h('p', { class: 'muted small' }, `Track record: ${source.reliability.computed.confirmed} confirmed, ${source.reliability.computed.refuted} refuted, `
          + `${source.reliability.computed.misleading} misleading`),
        reliabilityChart(source.reliability.history.length ? source.reliability.history : [source.reliability.computed]),
        perTopic.length ? h('div', {}, h('h3', {}, 'By topic'), h('ul', {}, perTopic.map(([topic, value]) => h('li', {}, `${topic}: `, reliability(value))))) : null),
      section('Assessed ratings', ratings(source.reliability.assessments)),
      section('Affiliations', affiliations(source.affiliations, names)),
      section(`Claims as origin (${asOrigin.totalCount})`, asOrigin.edges.length ? claimTable(asOrigin.edges.map((edge) => edge.node)) : h('p', { class: 'muted' }, 'None.')),
      section(`Claims as relay (${asRelay.totalCount})`, asRelay.edges.length ? claimTable(asRelay.edges.map((edge) => edge.node)) : h('p', { class: 'muted' }, 'None.')),
      may('editor') ? section('Rate this source', rateForm(source)) : null,
      may('admin') ? section('Merge a duplicate into this source', mergeForm(source)) : null),
  ];
}

function section(title, ...content) {
  const id = `s-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return h('section', { 'aria-labelledby': id }, h('h2', { id }, title), content);
}

/** The computed score over time with its credible interval as a band; the same figures as a table for screen readers. */
export function reliabilityChart(points) {
  const width = 640, height = 220, left = 40, right = 12, top = 12, bottom = 28;
  const times = points.map((point) => Date.parse(point.computedAt || new Date().toISOString()));
  const first = Math.min(...times), last = Math.max(...times);
  const x = (time) => (last === first ? left + (width - left - right) / 2 : left + ((time - first) / (last - first)) * (width - left - right));
  const y = (score) => top + (1 - score) * (height - top - bottom);
  const band = points.map((point, i) => `${x(times[i])},${y(point.upper)}`)
    .concat(points.map((point, i) => `${x(times[i])},${y(point.lower)}`).reverse()).join(' ');
  const line = points.map((point, i) => `${x(times[i])},${y(point.score)}`).join(' ');
  return h('figure', { class: 'chart' },
    h('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': 'chart-title', class: 'reliability-chart' },
      h('title', { id: 'chart-title' }, 'Computed reliability over time, with its credible interval'),
      [0, 0.25, 0.5, 0.75, 1].map((tick) => h('g', {},
        h('line', { x1: left, x2: width - right, y1: y(tick), y2: y(tick), class: 'gridline' }),
        h('text', { x: left - 6, y: y(tick) + 4, class: 'axis', 'text-anchor': 'end' }, tick.toFixed(2)))),
      points.length > 1 ? h('polygon', { points: band, class: 'interval' })
        : h('line', { x1: x(times[0]), x2: x(times[0]), y1: y(points[0].upper), y2: y(points[0].lower), class: 'interval-bar' }),
      h('polyline', { points: line, class: 'score' }),
      points.map((point, i) => h('circle', { cx: x(times[i]), cy: y(point.score), r: 3, class: 'point' },
        h('title', {}, `${formatDate(point.computedAt)}: ${point.grade} ${point.score.toFixed(2)} (${point.lower.toFixed(2)}–${point.upper.toFixed(2)})`))),
      h('text', { x: left, y: height - 8, class: 'axis' }, formatDate(points[0].computedAt)),
      points.length > 1 ? h('text', { x: width - right, y: height - 8, class: 'axis', 'text-anchor': 'end' }, formatDate(points[points.length - 1].computedAt)) : null),
    h('figcaption', {}, h('details', {}, h('summary', {}, 'The figures'), h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, ['When', 'Grade', 'Score', 'Interval', 'Verdicts'].map((text) => h('th', { scope: 'col' }, text)))),
      h('tbody', {}, points.map((point) => h('tr', {}, h('td', {}, formatDate(point.computedAt)), h('td', {}, point.grade),
        h('td', {}, point.score.toFixed(2)), h('td', {}, `${point.lower.toFixed(2)}–${point.upper.toFixed(2)}`), h('td', {}, point.sampleSize)))))))));
}

function ratings(list) {
  if (!list.length) return h('p', { class: 'muted' }, 'No editor has rated this source.');
  return h('ol', { class: 'ratings' }, list.map((rating) => h('li', {},
    h('strong', {}, rating.grade), rating.topic ? ` on ${rating.topic}` : '', ` by ${rating.assessedBy}, ${formatDate(rating.assessedAt)}`,
    h('p', {}, rating.rationale))));
}

/** Each affiliation as a bar between its dates, on one time axis. */
function affiliations(list, names) {
  if (!list.length) return h('p', { class: 'muted' }, 'None recorded.');
  const year = (date, fallback) => (date ? new Date(date).getUTCFullYear() + new Date(date).getUTCMonth() / 12 : fallback);
  const now = new Date().getUTCFullYear() + 1;
  const from = Math.min(...list.map((affiliation) => year(affiliation.validFrom, now - 5)));
  const span = Math.max(now - from, 1);
  return h('ol', { class: 'timeline' }, [...list].sort((a, b) => (a.validFrom || '').localeCompare(b.validFrom || '')).map((affiliation) => {
    const start = year(affiliation.validFrom, from), end = year(affiliation.validTo, now);
    const bar = h('span', { class: 'timeline-bar' });
    bar.style.marginLeft = `${((start - from) / span) * 100}%`;
    bar.style.width = `${Math.max(((end - start) / span) * 100, 2)}%`;
    return h('li', {},
      h('span', {}, `${label(affiliation.type)} `, h('a', { href: `#/sources/${affiliation.targetSourceId}` }, names[affiliation.targetSourceId] || 'a source you cannot see'),
        h('span', { class: 'muted small' }, ` ${affiliation.validFrom || '…'} – ${affiliation.validTo || 'now'}`)),
      h('span', { class: 'timeline-track', 'aria-hidden': 'true' }, bar));
  }));
}

async function sourceNames(ids) {
  const unique = [...new Set(ids)].slice(0, 20);
  if (!unique.length) return {};
  const query = `query Names(${unique.map((_, i) => `$s${i}: ID!`).join(', ')}) { ${unique.map((_, i) => `s${i}: source(id: $s${i}) { id name }`).join(' ')} }`;
  const data = await graphql(query, Object.fromEntries(unique.map((id, i) => [`s${i}`, id])));
  return Object.fromEntries(Object.values(data).filter(Boolean).map((source) => [source.id, source.name]));
}

// One request per topic: the API answers one set of reliability arguments per request.
async function topicFigures(id, topics) {
  const query = 'query TopicReliability($id: ID!, $topic: String) { source(id: $id) { reliability(topic: $topic) { assessed { grade } computed { grade score lower upper sampleSize } } } }';
  return Promise.all(topics.map(async (topic) => [topic, (await graphql(query, { id, topic })).source.reliability]));
}

const RATE = 'mutation Rate($input: RateSourceInput!) { rateSource(input: $input) { id } }';

function rateForm(source) {
  const form = h('form', { class: 'work', 'aria-label': 'Rate this source' },
    field('Grade', 'input.grade', select([['A', 'A · completely reliable'], ['B', 'B · usually reliable'], ['C', 'C · fairly reliable'],
      ['D', 'D · not usually reliable'], ['E', 'E · unreliable'], ['F', 'F · cannot be judged']], source.reliability.assessed ? source.reliability.assessed.grade : 'F')),
    field('Topic', 'input.topic', h('input', { type: 'text' }), 'empty for a rating on every topic'),
    field('Rationale', 'input.rationale', h('textarea', { rows: 3, required: true })),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Record the rating')));
  return submitting(form, async () => {
    const data = new FormData(form);
    await graphql(RATE, { input: { sourceId: source.id, grade: data.get('input.grade'), topic: data.get('input.topic') || null, rationale: data.get('input.rationale') } });
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

const MERGE = 'mutation Merge($survivorId: ID!, $duplicateId: ID!) { mergeSources(survivorId: $survivorId, duplicateId: $duplicateId) { id } }';

function mergeForm(source) {
  let duplicate = null;
  const form = h('form', { class: 'work', 'aria-label': 'Merge a duplicate into this source' },
    field('Duplicate', 'duplicateId', sourcePicker((picked) => { duplicate = picked; }),
      'its aliases, affiliations and claims move to this source'),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Merge')));
  return submitting(form, async () => {
    if (!duplicate || !window.confirm(`Merge “${duplicate.name}” into “${source.name}”? This cannot be undone.`)) return;
    await graphql(MERGE, { survivorId: source.id, duplicateId: duplicate.id });
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}
