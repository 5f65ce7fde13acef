// The claims list: full-text search, every filter the API has, keyset paging.
import { h, label } from './dom.js';
import { graphql } from './api.js';
import { pager, field, select, claimTable } from './ui.js';
import { sourcePicker } from './pickers.js';

const PAGE_SIZE = 50;
const STATUSES = ['UNVERIFIED', 'UNDER_REVIEW', 'CONFIRMED', 'UNPROVEN', 'MISLEADING', 'REFUTED'];
const MARKINGS = ['CLEAR', 'GREEN', 'AMBER', 'RED'];

const CLAIMS = `query ClaimsPage($first: Int, $after: String, $filter: ClaimFilter) {
  claims(first: $first, after: $after, filter: $filter) {
    totalCount totalCountEstimated
    pageInfo { endCursor hasNextPage hasPreviousPage }
    edges { node { id statement status credibility marking claimedAt
      attribution { role redacted source { id name } } } }
  }
}`;

export async function claimsPage(params) {
  const filter = filterOf(params);
  const { claims } = await graphql(CLAIMS, { first: PAGE_SIZE, after: params.get('after'), filter });
  return [
    h('h1', {}, 'Claims'),
    filterForm(params),
    h('p', { class: 'muted', role: 'status' }, `${claims.totalCountEstimated ? 'About ' : ''}${claims.totalCount} claims`),
    claims.edges.length ? claimTable(claims.edges.map((edge) => edge.node)) : h('p', {}, 'No claim matches.'),
    pager(claims.pageInfo, (after) => `#/claims?${withParam(params, 'after', after)}`),
  ];
}

function filterOf(params) {
  const list = (name) => (params.get(name) ? params.get(name).split(',').filter(Boolean) : undefined);
  const day = (name, end) => (params.get(name) ? `${params.get(name)}T${end ? '23:59:59' : '00:00:00'}Z` : undefined);
  return {
    search: params.get('search') || undefined,
    status: list('status'),
    credibility: list('credibility') && list('credibility').map(Number),
    topics: list('topics'),
    markings: list('markings'),
    sourceIds: list('source'),
    claimedFrom: day('from'),
    claimedTo: day('to', true),
    circularReporting: params.get('circular') === 'yes' ? true : undefined,
    articleId: params.get('article') || undefined,
  };
}

function filterForm(params) {
  let source = params.get('source') ? { id: params.get('source'), name: params.get('sourceName') || '' } : null;
  const checks = (name, values, text) => h('fieldset', { class: 'checks' }, h('legend', {}, text),
    values.map((value) => h('label', {}, h('input', { type: 'checkbox', name, value, checked: (params.get(name) || '').split(',').includes(String(value)) }), ' ', label(String(value)))));
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter claims' },
    field('Search', 'search', h('input', { type: 'search', value: params.get('search') || '' })),
    checks('status', STATUSES, 'Status'),
    checks('credibility', [1, 2, 3, 4, 5, 6], 'Credibility'),
    checks('markings', MARKINGS, 'Marking'),
    field('Topics', 'topics', h('input', { type: 'text', value: params.get('topics') || '' }), 'comma-separated'),
    field('Source (any hop)', 'source', sourcePicker((picked) => { source = picked; }, source)),
    field('Claimed from', 'from', h('input', { type: 'date', value: params.get('from') || '' })),
    field('Claimed to', 'to', h('input', { type: 'date', value: params.get('to') || '' })),
    field('Circular reporting', 'circular', select([['', 'any'], ['yes', 'only claims with circular reporting']], params.get('circular') || '')),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Apply'), h('a', { href: '#/claims' }, 'Clear filters')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const next = new URLSearchParams();
    for (const name of ['search', 'topics', 'from', 'to', 'circular']) {
      if (data.get(name)) next.set(name, String(data.get(name)).trim());
    }
    for (const name of ['status', 'credibility', 'markings']) {
      if (data.getAll(name).length) next.set(name, data.getAll(name).join(','));
    }
    if (source && form.querySelector('.picker input').value.trim()) {
      next.set('source', source.id);
      next.set('sourceName', source.name);
    }
    location.hash = `#/claims?${next}`;
  });
  return form;
}

function withParam(params, name, value) {
  const next = new URLSearchParams(params);
  if (value) next.set(name, value); else next.delete(name);
  return next.toString();
}
