// Sources: searched by name or alias, or listed by kind, with their reliability.
import { h, label } from './dom.js';
import { graphql } from './api.js';
import { marking, reliability, pager, field, select } from './ui.js';

const ROW = 'id name kind country marking aliases reliability { assessed { grade } computed { grade score lower upper sampleSize } }';
const LIST = `query SourcesPage($after: String, $filter: SourceFilter) {
  sources(first: 50, after: $after, filter: $filter) { totalCount pageInfo { endCursor hasNextPage hasPreviousPage } edges { node { ${ROW} } } }
}`;
const SEARCH = `query SourcesSearch($text: String!) { searchSources(text: $text, first: 50) { ${ROW} } }`;
const KINDS = ['PERSON', 'OUTLET', 'ORGANIZATION', 'GOVERNMENT_BODY', 'INTELLIGENCE_AGENCY', 'THINK_TANK', 'ACADEMIC', 'SOCIAL_MEDIA_ACCOUNT'];

export async function sourcesPage(params) {
  const text = params.get('search');
  let rows, paging = null, total;
  if (text) {
    rows = (await graphql(SEARCH, { text })).searchSources;
    total = rows.length;
  } else {
    const { sources } = await graphql(LIST, { after: params.get('after'), filter: params.get('kind') ? { kinds: [params.get('kind')] } : null });
    rows = sources.edges.map((edge) => edge.node);
    total = sources.totalCount;
    paging = pager(sources.pageInfo, (after) => `#/sources?${new URLSearchParams({ ...(params.get('kind') ? { kind: params.get('kind') } : {}), ...(after ? { after } : {}) })}`);
  }
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Find sources' },
    field('Name or alias', 'search', h('input', { type: 'search', value: text || '' })),
    field('Kind', 'kind', select([['', 'any'], ...KINDS.map((kind) => [kind, label(kind)])], params.get('kind') || '')),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Find')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const next = new URLSearchParams();
    if (String(data.get('search')).trim()) next.set('search', String(data.get('search')).trim());
    else if (data.get('kind')) next.set('kind', data.get('kind'));
    location.hash = `#/sources?${next}`;
  });
  return [
    h('h1', {}, 'Sources'),
    form,
    h('p', { class: 'muted', role: 'status' }, `${total} sources`),
    h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, ['Name', 'Kind', 'Reliability', 'Marking'].map((title) => h('th', { scope: 'col' }, title)))),
      h('tbody', {}, rows.map((source) => h('tr', {},
        h('td', {}, h('a', { href: `#/sources/${source.id}` }, source.name),
          source.aliases.length ? h('div', { class: 'muted small' }, `also ${source.aliases.join(', ')}`) : null),
        h('td', {}, label(source.kind)),
        h('td', {}, reliability(source.reliability)),
        h('td', {}, marking(source.marking))))))),
    paging,
  ];
}
