// Article intake: paste an article, review the attributed claims the API proposes (highlighted in the text), correct
// their sources and chains, and accept them in one call.
import { h, show, label } from './dom.js';
import { graphql } from './api.js';
import { field, select, submitting } from './ui.js';
import { sourcePicker } from './pickers.js';

const PROPOSE = `query Propose($input: IntakeInput!) {
  proposeClaims(input: $input) {
    text
    proposals { statement quote confidence cueKind cue { start end text } source { text } content { start end text } continuation { start end text }
      chain { role verb mention name resolved match { sourceId name score } alternatives { sourceId name score } suggestedSource { name kind } } }
  }
}`;
const ACCEPT = 'mutation Accept($input: AcceptProposalsInput!) { acceptProposals(input: $input) { id } }';
const KINDS = ['PERSON', 'OUTLET', 'ORGANIZATION', 'GOVERNMENT_BODY', 'INTELLIGENCE_AGENCY', 'THINK_TANK', 'ACADEMIC', 'SOCIAL_MEDIA_ACCOUNT'];

export function intakePage() {
  let publisher = null;
  const results = h('div', { class: 'intake-results', 'aria-live': 'polite' });
  const form = h('form', { class: 'work', 'aria-label': 'Read an article' },
    field('Article URL', 'input.url', h('input', { type: 'url', required: true })),
    field('Title', 'title', h('input', { type: 'text', required: true })),
    field('Publisher', 'input.publisherSourceId', sourcePicker((picked) => { publisher = picked; }), 'the last relay of every chain'),
    field('Format', 'input.format', select([['TEXT', 'plain text'], ['HTML', 'HTML']], 'TEXT')),
    field('Text', 'input.text', h('textarea', { rows: 12, required: true }), 'at most 200,000 characters'),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Propose claims')));
  submitting(form, async () => {
    const data = new FormData(form);
    const input = { text: data.get('input.text'), url: data.get('input.url'), format: data.get('input.format'), publisherSourceId: publisher ? publisher.id : null };
    const { proposeClaims } = await graphql(PROPOSE, { input });
    show(results, review(proposeClaims, { url: input.url, title: String(data.get('title') || '').trim() || input.url, publisher }));
    results.querySelector('h2').focus();
  });
  return [h('h1', {}, 'Article intake'), form, results];
}

/** The text with each proposal's content marked, and a card per proposal to correct and accept. */
function review(answer, article) {
  if (!answer.proposals.length) {
    return [h('h2', { tabindex: -1 }, 'No attribution found'), h('p', {}, 'Nothing in this text is attributed to a source. Record claims by hand instead.')];
  }
  const cards = answer.proposals.map((proposal, index) => proposalCard(proposal, index, article));
  const form = h('form', { class: 'intake-accept', 'aria-label': 'Accept proposals' },
    h('div', { class: 'intake-layout' },
      h('div', { class: 'intake-text' }, highlighted(answer.text, answer.proposals)),
      h('ol', { class: 'proposals' }, cards.map((card) => card.element))),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Accept the checked claims')));
  submitting(form, async () => {
    const accepted = cards.filter((card) => card.accepted());
    accepted.forEach((card, k) => card.numberAs(k));
    const newSources = new Map();
    const claims = accepted.map((card) => card.claim(newSources));
    const { acceptProposals } = await graphql(ACCEPT, { input: {
      bundle: { article: { url: article.url, title: article.title, publisherSourceId: article.publisher ? article.publisher.id : null }, claims },
      newSources: [...newSources.values()],
    } });
    location.hash = `#/claims?article=${acceptProposals.id}`;
  });
  return [h('h2', { tabindex: -1 }, `${answer.proposals.length} proposed claims`),
    h('p', { class: 'muted' }, 'Check what to record, correct statements and sources, then accept: the article, the new sources and the claims are stored in one call.'),
    form];
}

function highlighted(text, proposals) {
  // A quotation that goes on after its speaker is marked in each of its passages; the first carries the id.
  const ranges = proposals.flatMap((proposal, index) => [proposal.content, ...proposal.continuation]
    .map((range, passage) => ({ ...range, index, passage }))).sort((a, b) => a.start - b.start);
  const parts = [];
  let at = 0;
  for (const range of ranges) {
    if (range.start < at) continue; // a nested attribution is inside one already marked
    parts.push(text.slice(at, range.start));
    parts.push(h('mark', { id: range.passage ? null : `proposal-text-${range.index}`, title: `Proposal ${range.index + 1}` },
      text.slice(range.start, range.end), h('sup', {}, String(range.index + 1))));
    at = range.end;
  }
  parts.push(text.slice(at));
  return h('p', { class: 'article-text' }, parts);
}

function proposalCard(proposal, index, article) {
  const check = h('input', { type: 'checkbox', checked: proposal.confidence >= 0.5, id: `accept-${index}` });
  const statement = h('textarea', { rows: 2, value: proposal.statement });
  const hops = proposal.chain.map((hop, position) => hopEditor(hop, index, position, article));
  const wrappers = [];
  const element = h('li', { class: 'proposal', 'data-proposal': index },
    h('label', { class: 'accept', for: `accept-${index}` }, check, ` Record proposal ${index + 1}`,
      h('span', { class: 'muted small' }, ` · ${label(proposal.cueKind)} “${proposal.cue.text}” · confidence ${proposal.confidence.toFixed(2)}`)),
    remember(wrappers, field('Statement', `p${index}.statement`, statement)),
    proposal.quote ? h('p', { class: 'small' }, 'Quote: ', h('q', {}, proposal.quote)) : null,
    h('fieldset', { 'data-field': `p${index}.attribution` }, h('legend', {}, 'Chain, origin first'),
      h('ol', { class: 'chain-builder' }, hops.map((hop) => hop.element)),
      h('p', { class: 'field-error', 'aria-live': 'polite' })));
  return {
    element,
    accepted: () => check.checked,
    // The API names fields by their place in the accepted list: input.bundle.claims[k]…
    numberAs(k) {
      wrappers.forEach((wrapper) => { wrapper.dataset.field = wrapper.dataset.field.replace(/^[^.]+/, `input.bundle.claims[${k}]`); });
      element.querySelector('fieldset').dataset.field = `input.bundle.claims[${k}].attribution`;
      hops.forEach((hop, position) => hop.numberAs(k, position));
    },
    claim(newSources) {
      return {
        key: `p${index}`,
        statement: statement.value,
        quote: proposal.quote,
        claimedAt: `${new Date().toISOString().slice(0, 10)}T00:00:00Z`,
        attribution: hops.map((hop) => hop.input(newSources)).filter(Boolean),
      };
    },
  };
}

function remember(list, wrapper) {
  list.push(wrapper);
  return wrapper;
}

/** One hop: the known source proposed, another known one, or a new source to create with its kind. */
function hopEditor(hop, proposalIndex, position, article) {
  const options = [];
  if (hop.match) options.push([`id:${hop.match.sourceId}`, `${hop.match.name} (match ${hop.match.score.toFixed(2)})`]);
  hop.alternatives.forEach((candidate) => options.push([`id:${candidate.sourceId}`, `${candidate.name} (${candidate.score.toFixed(2)})`]));
  if (hop.suggestedSource) options.push(['new', `New source: ${hop.suggestedSource.name}`]);
  options.push(['other', 'Another known source…'], ['drop', 'Leave this hop out']);
  let other = null;
  const choice = select(options, options[0][0]);
  const kind = select(KINDS.map((value) => [value, label(value)]), hop.suggestedSource ? hop.suggestedSource.kind : 'PERSON');
  const newName = h('input', { type: 'text', value: hop.suggestedSource ? hop.suggestedSource.name : hop.name });
  const newFields = h('div', { class: 'new-source' }, field('Name', `h${proposalIndex}-${position}.name`, newName), field('Kind', `h${proposalIndex}-${position}.kind`, kind));
  const otherFields = h('div', { class: 'other-source' }, field('Source', `h${proposalIndex}-${position}.other`, sourcePicker((picked) => { other = picked; })));
  const sync = () => {
    newFields.hidden = choice.value !== 'new';
    otherFields.hidden = choice.value !== 'other';
  };
  choice.addEventListener('change', sync);
  sync();
  const sourceField = field(`${hop.role === 'ORIGIN' ? 'Origin' : 'Relay'}: “${hop.mention || hop.name}”${hop.resolved ? ` = ${hop.name}` : ''}`,
    `p${proposalIndex}.attribution[${position}].sourceId`, choice);
  const element = h('li', { class: 'hop-input' }, sourceField, newFields, otherFields);
  return {
    element,
    numberAs(k, index) {
      sourceField.dataset.field = `input.bundle.claims[${k}].attribution[${index}].sourceId`;
    },
    input(newSources) {
      let sourceId;
      if (choice.value.startsWith('id:')) sourceId = choice.value.slice(3);
      else if (choice.value === 'other') sourceId = other ? other.id : '';
      else if (choice.value === 'new') {
        // One new source per name, however many proposals mention it.
        const name = newName.value.trim();
        if (!newSources.has(name)) newSources.set(name, { key: `s${newSources.size + 1}`, name, kind: kind.value });
        sourceId = `new:${newSources.get(name).key}`;
      } else return null;
      // The article records its publisher: a chain stops at the relay before it, as the demo data's chains do.
      if (article.publisher && sourceId === article.publisher.id && position > 0) return null;
      return { role: position === 0 ? 'ORIGIN' : 'RELAY', sourceId, verb: position === 0 ? null : hop.verb || 'REPORTED',
        channel: position === 0 ? 'STATEMENT' : null };
    },
  };
}
