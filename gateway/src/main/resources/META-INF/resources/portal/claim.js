// One claim: its chain as a diagram, corroboration, relations, reviews and history; review and relate for the roles that may.
import { h, label, formatDate } from './dom.js';
import { graphql } from './api.js';
import { marking, status, credibility, reliability, field, select, submitting, may, orNotFound, notFound } from './ui.js';

const RELIABILITY = 'reliability { assessed { grade } computed { grade score lower upper sampleSize } }';

const CLAIM = `query ClaimPage($id: ID!) {
  claim(id: $id) {
    id version statement quote status credibility marking topics claimedAt createdAt createdBy
    article { id title url publishedAt publisher { id name } }
    attribution { position role verb channel date excerpt redacted source { id name kind ${RELIABILITY} } }
    corroboration {
      independentOrigins suggestedCredibility circularReporting explanation
      originGroups { reason disputed sources { id name } }
      circularReports { reason reportIds sources { id name } }
      supporting { claimId statement relation }
      contradicting { independentOrigins reports { claimId statement } }
    }
    relations { id type fromClaimId toClaimId rationale createdBy createdAt }
    reviews { status credibility rationale reviewer reviewedAt }
    history { field oldValue newValue changedAt changedBy }
  }
}`;

export async function claimPage(id) {
  const claim = await orNotFound(graphql(CLAIM, { id }).then((data) => data.claim));
  if (!claim) return notFound('Claim');
  const related = await relatedStatements(claim);
  return [
    h('p', {}, h('a', { href: '#/claims' }, '« All claims')),
    h('article', { class: 'claim', 'data-claim-id': claim.id },
      h('h1', {}, claim.statement),
      h('p', { class: 'badges' }, marking(claim.marking), ' ', status(claim.status), ' ', credibility(claim.credibility)),
      claim.quote ? h('blockquote', {}, claim.quote) : null,
      h('dl', { class: 'facts' },
        h('dt', {}, 'Claimed'), h('dd', {}, formatDate(claim.claimedAt)),
        h('dt', {}, 'Article'), h('dd', {}, claim.article
          ? [h('a', { href: claim.article.url, rel: 'noopener noreferrer', target: '_blank' }, claim.article.title),
            claim.article.publisher ? ` (${claim.article.publisher.name})` : '',
            ' · ', h('a', { href: `#/claims?article=${claim.article.id}` }, 'all its claims')]
          : h('span', { class: 'muted' }, 'none')),
        h('dt', {}, 'Topics'), h('dd', {}, claim.topics.join(', ') || '–'),
        h('dt', {}, 'Recorded'), h('dd', {}, `${formatDate(claim.createdAt)} by ${claim.createdBy}`)),
      section('Attribution chain', chainDiagram(claim)),
      section('Corroboration', corroboration(claim.corroboration, related)),
      section('Relations', relations(claim, related)),
      section('Reviews', reviews(claim.reviews)),
      section('History', history(claim.history)),
      may('editor') ? section('Review this claim', reviewForm(claim)) : null,
      may('analyst') ? section('Relate to another claim', relateForm(claim)) : null),
  ];
}

function section(title, ...content) {
  const id = `s-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return h('section', { 'aria-labelledby': id }, h('h2', { id }, title), content);
}

/** Origin, then each relay, then the article: an ordered list drawn as boxes and arrows (a column on narrow screens). */
function chainDiagram(claim) {
  const hops = claim.attribution.map((hop) => h('li', { class: `hop ${hop.redacted ? 'hop-redacted' : ''}`, 'data-role': hop.role },
    h('span', { class: 'hop-role' }, hop.role === 'ORIGIN' ? 'Origin' : `Relay ${hop.position}`),
    hop.redacted
      ? [h('strong', { class: 'hop-source' }, 'Redacted source'), h('span', { class: 'muted small' }, 'above your clearance')]
      : [h('a', { href: `#/sources/${hop.source.id}` }, h('strong', { class: 'hop-source' }, hop.source.name)),
        h('span', { class: 'muted small' }, label(hop.source.kind)),
        reliability(hop.source.reliability)],
    h('span', { class: 'small' }, [label(hop.verb), label(hop.channel) && `via ${label(hop.channel)}`, hop.date].filter(Boolean).join(' · ')),
    hop.excerpt ? h('q', { class: 'small' }, hop.excerpt) : null));
  const article = claim.article ? h('li', { class: 'hop hop-article' },
    h('span', { class: 'hop-role' }, 'Article'),
    h('strong', {}, claim.article.title),
    claim.article.publisher ? h('span', { class: 'muted small' }, claim.article.publisher.name) : null) : null;
  return h('ol', { class: 'chain', 'aria-label': 'Attribution chain, from the origin to the article' }, hops, article);
}

function corroboration(value, related) {
  if (!value) return h('p', { class: 'muted' }, 'Not available.');
  return [
    value.circularReporting ? h('div', { class: 'warning', role: 'note' },
      h('strong', {}, 'Circular reporting. '),
      'Reports that look like confirmation trace back to the same origin:',
      h('ul', {}, value.circularReports.map((group) => h('li', {}, group.reason, ': ',
        (group.sources || []).filter(Boolean).map((source) => source.name).join(', '))))) : null,
    h('p', {}, h('strong', {}, `${value.independentOrigins} independent origin${value.independentOrigins === 1 ? '' : 's'}`),
      ` · suggested credibility ${value.suggestedCredibility}`),
    h('p', { class: 'muted' }, value.explanation),
    value.originGroups.length ? h('ul', { class: 'groups' }, value.originGroups.map((group) => h('li', {},
      (group.sources || []).filter(Boolean).map((source) => source.name).join(', ') || 'redacted sources',
      ': ', group.reason, group.disputed ? h('span', { class: 'tag' }, 'disputed') : null))) : null,
    value.contradicting.reports.length ? h('div', { class: 'contradictions' },
      h('h3', {}, `Contradicted (${value.contradicting.independentOrigins} independent origin${value.contradicting.independentOrigins === 1 ? '' : 's'})`),
      h('ul', {}, value.contradicting.reports.map((report) => h('li', {},
        h('a', { href: `#/claims/${report.claimId}` }, report.statement))))) : null,
    value.supporting.length ? h('div', {}, h('h3', {}, 'Supported by'),
      h('ul', {}, value.supporting.map((report) => h('li', {},
        h('a', { href: `#/claims/${report.claimId}` }, report.statement), report.relation ? ` (${label(report.relation)})` : '')))) : null,
  ];
}

function relations(claim, related) {
  if (!claim.relations.length) return h('p', { class: 'muted' }, 'None.');
  return h('ul', {}, claim.relations.map((relation) => {
    const outgoing = relation.fromClaimId === claim.id;
    const other = outgoing ? relation.toClaimId : relation.fromClaimId;
    return h('li', {}, outgoing ? `This claim ${label(relation.type)} ` : `${label(relation.type)} this claim: `,
      h('a', { href: `#/claims/${other}` }, related[other] || 'a claim you cannot see'),
      relation.rationale ? h('span', { class: 'muted' }, ` — ${relation.rationale}`) : null);
  }));
}

// The statements of related claims, in one request of aliased fields.
async function relatedStatements(claim) {
  const ids = [...new Set(claim.relations.flatMap((relation) => [relation.fromClaimId, relation.toClaimId]))].filter((id) => id !== claim.id).slice(0, 20);
  if (!ids.length) return {};
  const query = `query Related(${ids.map((_, i) => `$c${i}: ID!`).join(', ')}) { ${ids.map((_, i) => `c${i}: claim(id: $c${i}) { id statement }`).join(' ')} }`;
  const data = await graphql(query, Object.fromEntries(ids.map((id, i) => [`c${i}`, id])));
  return Object.fromEntries(Object.values(data).filter(Boolean).map((found) => [found.id, found.statement]));
}

function reviews(list) {
  if (!list.length) return h('p', { class: 'muted' }, 'Not reviewed yet.');
  return h('ol', { class: 'reviews' }, list.map((review) => h('li', {},
    status(review.status), ' ', credibility(review.credibility), ` by ${review.reviewer}, ${formatDate(review.reviewedAt)}`,
    h('p', {}, review.rationale))));
}

function history(changes) {
  if (!changes.length) return h('p', { class: 'muted' }, 'No changes since it was recorded.');
  return h('div', { class: 'table-wrap' }, h('table', {},
    h('thead', {}, h('tr', {}, ['When', 'Who', 'Field', 'Before', 'After'].map((text) => h('th', { scope: 'col' }, text)))),
    h('tbody', {}, changes.map((change) => h('tr', {},
      h('td', {}, formatDate(change.changedAt)), h('td', {}, change.changedBy), h('td', {}, change.field),
      h('td', {}, change.oldValue || '–'), h('td', {}, change.newValue || '–'))))));
}

const REVIEW = 'mutation Review($input: ReviewClaimInput!) { reviewClaim(input: $input) { id } }';
const STATUSES = ['UNVERIFIED', 'UNDER_REVIEW', 'CONFIRMED', 'UNPROVEN', 'MISLEADING', 'REFUTED'];

function reviewForm(claim) {
  const form = h('form', { class: 'work', 'aria-label': 'Review this claim' },
    field('Verdict', 'input.status', select(STATUSES.map((value) => [value, label(value)]), claim.status)),
    field('Credibility', 'input.credibility', select([1, 2, 3, 4, 5, 6].map((value) => [String(value), `${value}`]), String(claim.credibility))),
    field('Rationale', 'input.rationale', h('textarea', { rows: 3, required: true })),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Record the review')));
  return submitting(form, async () => {
    const data = new FormData(form);
    await graphql(REVIEW, { input: { claimId: claim.id, status: data.get('input.status'), credibility: Number(data.get('input.credibility')), rationale: data.get('input.rationale') } });
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

const RELATE = 'mutation Relate($input: RelateClaimsInput!) { relateClaims(input: $input) { id } }';
const FIND = 'query FindClaims($search: String) { claims(first: 8, filter: { search: $search }) { edges { node { id statement } } } }';

function relateForm(claim) {
  let target = null;
  const results = h('ul', { class: 'suggestions', role: 'listbox', 'aria-label': 'Matching claims' });
  const search = h('input', { type: 'search', autocomplete: 'off', placeholder: 'Search claims' });
  search.addEventListener('change', async () => {
    const { claims } = await graphql(FIND, { search: search.value.trim() || null });
    results.replaceChildren(...claims.edges.filter((edge) => edge.node.id !== claim.id).map((edge) => h('li', { role: 'option' },
      h('button', { type: 'button', class: 'suggestion', onclick: () => { target = edge.node.id; search.value = edge.node.statement; results.replaceChildren(); } }, edge.node.statement))));
  });
  const form = h('form', { class: 'work', 'aria-label': 'Relate to another claim' },
    field('Relation', 'input.type', select([['SUPPORTS', 'supports'], ['CONTRADICTS', 'contradicts'], ['DUPLICATES', 'duplicates']], 'SUPPORTS')),
    field('Other claim', 'input.toClaimId', h('div', { class: 'picker' }, search, results), 'press Enter to search'),
    field('Rationale', 'input.rationale', h('textarea', { rows: 2 })),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Relate')));
  return submitting(form, async () => {
    const data = new FormData(form);
    await graphql(RELATE, { input: { fromClaimId: claim.id, toClaimId: target || '', type: data.get('input.type'), rationale: data.get('input.rationale') || null } });
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}
