// Recording a claim: statement, article, and its chain built hop by hop from known sources.
import { h, label, show } from './dom.js';
import { graphql } from './api.js';
import { field, select, submitting } from './ui.js';
import { sourcePicker } from './pickers.js';

const CREATE = 'mutation CreateClaim($input: CreateClaimInput!) { createClaim(input: $input) { id } }';
const ARTICLES = 'query Articles($search: String) { articles(first: 8, filter: { search: $search }) { edges { node { id title publisher { name } } } } }';
const VERBS = ['', 'QUOTED', 'REPORTED', 'CITED', 'SUMMARIZED'];
const CHANNELS = ['', 'STATEMENT', 'INTERVIEW', 'REPORT', 'DOCUMENT', 'SOCIAL_MEDIA_POST'];

export function newClaimPage() {
  const hops = [];
  const chain = h('ol', { class: 'chain-builder', 'aria-label': 'Attribution chain, origin first' });
  let article = null;

  const redraw = () => show(chain, hops.map((hop, index) => h('li', { class: 'hop-input', 'data-field': `input.attribution[${index}]` },
    h('span', { class: 'hop-role' }, index === 0 ? 'Origin' : `Relay ${index}`),
    field('Source', `input.attribution[${index}].sourceId`, sourcePicker((picked) => { hop.source = picked; }, hop.source)),
    field('Verb', `input.attribution[${index}].verb`, select(VERBS.map((verb) => [verb, verb ? label(verb) : '–']), hop.verb || '',
      { onchange: (event) => { hop.verb = event.target.value; } })),
    field('Channel', `input.attribution[${index}].channel`, select(CHANNELS.map((channel) => [channel, channel ? label(channel) : '–']), hop.channel || '',
      { onchange: (event) => { hop.channel = event.target.value; } })),
    h('div', { class: 'actions' },
      index > 0 ? h('button', { type: 'button', onclick: () => { hops.splice(index - 1, 0, hops.splice(index, 1)[0]); redraw(); } }, 'Move up') : null,
      h('button', { type: 'button', onclick: () => { hops.splice(index, 1); redraw(); } }, `Remove ${index === 0 ? 'origin' : `relay ${index}`}`)),
    h('p', { class: 'field-error', 'aria-live': 'polite' }))));
  hops.push({});
  redraw();

  const articleResults = h('ul', { class: 'suggestions', role: 'listbox', 'aria-label': 'Matching articles' });
  const articleSearch = h('input', { type: 'search', autocomplete: 'off', placeholder: 'Search articles by title' });
  articleSearch.addEventListener('input', async () => {
    const text = articleSearch.value.trim();
    if (text.length < 2) { show(articleResults); article = null; return; }
    const { articles } = await graphql(ARTICLES, { search: text });
    show(articleResults, articles.edges.map((edge) => h('li', { role: 'option' }, h('button', {
      type: 'button', class: 'suggestion',
      onclick: () => { article = edge.node.id; articleSearch.value = edge.node.title; show(articleResults); },
    }, edge.node.title, edge.node.publisher ? h('small', { class: 'muted' }, ` · ${edge.node.publisher.name}`) : ''))));
  });

  const form = h('form', { class: 'work', 'aria-label': 'New claim', novalidate: true },
    field('Statement', 'input.statement', h('textarea', { rows: 3 }), 'what is claimed, in one sentence'),
    field('Quote', 'input.quote', h('textarea', { rows: 2 }), 'the words as printed, if quoted'),
    field('Claimed at', 'input.claimedAt', h('input', { type: 'date', value: new Date().toISOString().slice(0, 10) })),
    field('Article', 'input.articleId', h('div', { class: 'picker' }, articleSearch, articleResults)),
    field('Topics', 'input.topics', h('input', { type: 'text' }), 'comma-separated'),
    field('Marking', 'input.marking', select(['CLEAR', 'GREEN', 'AMBER', 'RED'].map((value) => [value, `TLP:${value}`]), 'CLEAR')),
    h('fieldset', { 'data-field': 'input.attribution' }, h('legend', {}, 'Attribution chain'), chain,
      h('button', { type: 'button', onclick: () => { hops.push({}); redraw(); chain.lastElementChild.querySelector('input').focus(); } }, 'Add a relay'),
      h('p', { class: 'field-error', 'aria-live': 'polite' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Record the claim')));

  submitting(form, async () => {
    const data = new FormData(form);
    const input = {
      statement: data.get('input.statement'),
      quote: data.get('input.quote') || null,
      claimedAt: data.get('input.claimedAt') ? `${data.get('input.claimedAt')}T00:00:00Z` : null,
      articleId: article,
      topics: String(data.get('input.topics') || '').split(',').map((topic) => topic.trim()).filter(Boolean),
      marking: data.get('input.marking'),
      attribution: hops.map((hop, index) => ({
        role: index === 0 ? 'ORIGIN' : 'RELAY', sourceId: hop.source ? hop.source.id : '',
        verb: hop.verb || null, channel: hop.channel || null,
      })),
    };
    const { createClaim } = await graphql(CREATE, { input });
    location.hash = `#/claims/${createClaim.id}`;
  });
  return [h('h1', {}, 'New claim'), form];
}
