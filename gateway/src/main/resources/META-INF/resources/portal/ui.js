// Pieces every page shows the same way: markings, statuses, reliability, errors, forms and the signed-in analyst.
import { h, show, label, formatDate } from './dom.js';
import { ApiError } from './api.js';

const ROLES = ['viewer', 'analyst', 'editor', 'admin'];
let viewer = { username: '', roles: [], clearance: 'CLEAR' };

export function setViewer(me) {
  viewer = me;
}

/** Whether the signed-in analyst holds the role or a higher one: the portal offers only what the API would allow. */
export function may(role) {
  const needed = ROLES.indexOf(role);
  return viewer.roles.some((held) => ROLES.indexOf(held) >= needed);
}

export function highestRole() {
  return [...ROLES].reverse().find((role) => viewer.roles.includes(role)) || 'none';
}

/** The TLP 2.0 label in its standard colours (coloured text on black). */
export function marking(value) {
  return h('span', { class: `tlp tlp-${value.toLowerCase()}`, title: `Traffic Light Protocol: ${value}` }, `TLP:${value}`);
}

export function status(value) {
  return h('span', { class: `status status-${value.toLowerCase()}` }, label(value));
}

/** Admiralty information credibility, 1 (confirmed) to 6 (cannot be judged). */
export function credibility(value) {
  return h('span', { class: 'credibility', title: CREDIBILITY[value] }, `${value} · ${CREDIBILITY[value]}`);
}

const CREDIBILITY = { 1: 'confirmed', 2: 'probably true', 3: 'possibly true', 4: 'doubtful', 5: 'improbable', 6: 'cannot be judged' };

/** A source's assessed and computed reliability in one line: "assessed B · computed C 0.61 (0.48–0.73, n=12)". */
export function reliability(value) {
  if (!value) return h('span', { class: 'muted' }, 'no reliability');
  const computed = value.computed;
  return h('span', { class: 'reliability' },
    h('span', { class: 'grade', title: 'assessed by an editor' }, 'assessed ', h('strong', {}, value.assessed ? value.assessed.grade : '–')),
    ' · ',
    h('span', { class: 'grade', title: 'computed from the source\'s track record' }, 'computed ', h('strong', {}, computed.grade),
      ` ${computed.score.toFixed(2)} (${computed.lower.toFixed(2)}–${computed.upper.toFixed(2)}`,
      computed.sampleSize === undefined ? ')' : `, n=${computed.sampleSize})`));
}

export function errorBox(error) {
  const code = error instanceof ApiError && error.code;
  return h('div', { class: 'alert', role: 'alert' }, code ? `${code}: ` : '', error.message);
}

/** The API says NOT_FOUND both for what does not exist and for what the caller's clearance does not cover. */
export async function orNotFound(answer) {
  try {
    return await answer;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

export function notFound(what) {
  return [h('h1', {}, `${what} not found`), h('p', {}, 'It does not exist, or your clearance does not cover it.')];
}

export function loading() {
  return h('p', { class: 'muted', role: 'status' }, 'Loading…');
}

let rendering = 0;

/**
 * Renders a page from a promise of its content, with a loading line first and an error box on failure. Only the
 * latest navigation is shown: a slower page asked for earlier never replaces it.
 */
export async function render(main, content) {
  const ticket = ++rendering;
  show(main, loading());
  let shown;
  try {
    shown = [].concat(await content);
  } catch (error) {
    shown = [errorBox(error)];
  }
  if (ticket !== rendering) return;
  show(main, ...shown);
  main.focus({ preventScroll: true });
  performance.mark('corroborate:rendered'); // what deploy/bench/portal.sh times
}

/**
 * A labelled control. `name` is the API's input path ("input.statement"), so that a VALIDATION error naming that
 * field is shown next to it.
 */
export function field(text, name, control, hint) {
  const id = `f-${name.replace(/[^\w-]/g, '-')}`;
  const errorId = `${id}-error`;
  // A composite control (a source picker) is labelled through its text box.
  const input = control.matches('input, select, textarea') ? control : control.querySelector('input, select, textarea');
  input.id = id;
  if (input === control) input.name = name;
  input.setAttribute('aria-describedby', errorId);
  return h('div', { class: 'field', 'data-field': name },
    h('label', { for: id }, text),
    control,
    hint ? h('small', { class: 'muted' }, hint) : null,
    h('p', { class: 'field-error', id: errorId, 'aria-live': 'polite' }));
}

export function select(options, selected, attributes = {}) {
  return h('select', attributes, options.map(([value, text]) => h('option', { value, selected: value === selected }, text)));
}

/**
 * Submits a form through `action`; on a GraphQL error, shows each field's message next to its control (the first
 * one focused) and the rest above the form. The API writes nothing when it refuses, so the form keeps its values.
 */
export function submitting(form, action) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      await action();
    } catch (error) {
      showErrors(form, error);
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach((element) => element.replaceChildren());
  form.querySelectorAll('[aria-invalid]').forEach((element) => element.removeAttribute('aria-invalid'));
  form.querySelectorAll('.form-error').forEach((element) => element.remove());
}

function showErrors(form, error) {
  const byField = error instanceof ApiError ? error.fieldErrors() : {};
  const unplaced = [];
  let first;
  for (const [name, message] of Object.entries(byField)) {
    const wrapper = closestField(form, name);
    if (wrapper) {
      wrapper.querySelector('.field-error').textContent = message.replace(`${name}: `, '');
      const control = wrapper.querySelector('input, select, textarea');
      control.setAttribute('aria-invalid', 'true');
      first = first || control;
    } else {
      unplaced.push(message);
    }
  }
  if (!Object.keys(byField).length) unplaced.push(error.message);
  if (unplaced.length) form.prepend(h('div', { class: 'alert form-error', role: 'alert' }, unplaced.join('; ')));
  if (first) first.focus();
}

// "input.attribution[1].sourceId" is shown at its own control, or else at the nearest enclosing one ("input.attribution").
function closestField(form, name) {
  for (let path = name; path; path = path.replace(/(\[\d+\]|\.[^.[]+)$/, '')) {
    const wrapper = [...form.querySelectorAll('[data-field]')].find((element) => element.dataset.field === path);
    if (wrapper) return wrapper;
    if (!/(\[\d+\]|\.[^.[]+)$/.test(path)) break;
  }
  return null;
}

/** Keyset paging: "Next" carries the connection's end cursor in the page's address. */
export function pager(pageInfo, hrefFor) {
  return h('nav', { class: 'pager', 'aria-label': 'Pages' },
    pageInfo.hasPreviousPage || new URLSearchParams(location.hash.split('?')[1]).has('after')
      ? h('a', { href: hrefFor(null) }, '« First page') : null,
    pageInfo.hasNextPage ? h('a', { href: hrefFor(pageInfo.endCursor), rel: 'next' }, 'Next page »') : null);
}

/** A table of claims with each one's chain, shared by the list and the source page. */
export function claimTable(claims) {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'claims' },
    h('thead', {}, h('tr', {}, ['Statement', 'Chain', 'Status', 'Credibility', 'Marking'].map((text) => h('th', { scope: 'col' }, text)))),
    h('tbody', {}, claims.map((claim) => h('tr', { 'data-claim-id': claim.id },
      h('td', {}, h('a', { href: `#/claims/${claim.id}` }, claim.statement),
        claim.claimedAt ? h('div', { class: 'muted small' }, formatDate(claim.claimedAt)) : null),
      h('td', { class: 'chain-cell' }, chainLine(claim.attribution || [])),
      h('td', {}, status(claim.status)),
      h('td', {}, credibility(claim.credibility)),
      h('td', {}, marking(claim.marking)))))));
}

// "origin → relay → relay" with the origin first, redacted hops said to be so.
function chainLine(hops) {
  return hops.flatMap((hop, index) => [
    index ? h('span', { 'aria-hidden': 'true' }, ' → ') : null,
    hop.redacted ? h('span', { class: 'redacted' }, 'redacted')
      : h('a', { href: `#/sources/${hop.source.id}`, class: hop.role === 'ORIGIN' ? 'origin' : '' }, hop.source.name),
  ]);
}
