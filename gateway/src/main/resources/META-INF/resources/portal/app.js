// The analyst portal: sign in, then one page per address (#/claims, #/claims/ID, #/claims/new, #/sources, #/sources/ID,
// #/intake).
import { h, show } from './dom.js';
import { start, login, logout } from './auth.js';
import { graphql } from './api.js';
import { setViewer, may, highestRole, render, errorBox } from './ui.js';
import { claimsPage } from './claims.js';
import { claimPage } from './claim.js';
import { newClaimPage } from './new-claim.js';
import { sourcesPage } from './sources.js';
import { sourcePage } from './source.js';
import { intakePage } from './intake.js';

const main = document.getElementById('main');

async function boot() {
  try {
    if (!(await start())) {
      show(main, h('h1', {}, 'Corroborate'),
        h('p', {}, 'Claims in the news, who made them, through whom they reached print, and how reliable each source is.'),
        h('button', { type: 'button', class: 'primary', onclick: login }, 'Sign in'));
      return;
    }
    const { me } = await graphql('query Me { me { username roles clearance } }');
    setViewer(me);
    showViewer(me);
    window.addEventListener('hashchange', route);
    route();
  } catch (error) {
    show(main, errorBox(error));
  }
}

function showViewer(me) {
  document.querySelectorAll('[data-needs-role]').forEach((element) => { element.hidden = !may(element.dataset.needsRole); });
  show(document.getElementById('who'),
    h('span', { class: 'who-name' }, me.username), ' ',
    h('span', { class: 'tag' }, highestRole()), ' ',
    h('span', { class: 'muted' }, 'clearance '), h('span', { class: `tlp tlp-${(me.clearance || 'CLEAR').toLowerCase()}` }, `TLP:${me.clearance || 'CLEAR'}`), ' ',
    h('button', { type: 'button', class: 'link', onclick: logout }, 'Sign out'));
}

function route() {
  const [path, query] = (location.hash.slice(1) || '/claims').split('?');
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean);
  document.querySelectorAll('nav a').forEach((link) => link.removeAttribute('aria-current'));
  const current = document.querySelector(`nav a[href="#/${parts[0] || 'claims'}"]`);
  if (current && parts.length === 1) current.setAttribute('aria-current', 'page');
  if (parts[0] === 'sources') {
    return render(main, parts[1] ? sourcePage(parts[1]) : sourcesPage(params));
  }
  if (parts[0] === 'intake') {
    return render(main, may('analyst') ? intakePage() : [h('h1', {}, 'Not allowed'), h('p', {}, 'Article intake needs the analyst role.')]);
  }
  if (parts[0] === 'claims' && parts[1] === 'new') {
    return render(main, may('analyst') ? newClaimPage() : [h('h1', {}, 'Not allowed'), h('p', {}, 'Recording claims needs the analyst role.')]);
  }
  if (parts[0] === 'claims' && parts[1]) {
    return render(main, claimPage(parts[1]));
  }
  return render(main, claimsPage(params));
}

boot();
