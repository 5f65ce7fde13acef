// Search-as-you-type over sources (names and aliases), for filters, the chain builder and merging.
import { h, show, label } from './dom.js';
import { graphql } from './api.js';

const SEARCH = 'query SourceSearch($text: String!) { searchSources(text: $text, first: 8) { id name kind aliases marking } }';

/**
 * A text box that offers matching sources below it; choosing one calls onPick({id, name}). `initial` shows a
 * source already chosen.
 */
export function sourcePicker(onPick, initial) {
  const input = h('input', { type: 'search', autocomplete: 'off', value: initial ? initial.name : '', placeholder: 'Type a name or an alias' });
  const list = h('ul', { class: 'suggestions', role: 'listbox', 'aria-label': 'Matching sources' });
  let asked = 0;
  input.addEventListener('input', async () => {
    const text = input.value.trim();
    const ticket = ++asked;
    if (text.length < 2) {
      show(list);
      if (!text) onPick(null);
      return;
    }
    const { searchSources } = await graphql(SEARCH, { text });
    if (ticket !== asked) return; // a later keystroke has asked again
    show(list, searchSources.map((source) => h('li', { role: 'option' },
      h('button', {
        type: 'button', class: 'suggestion', 'data-source-id': source.id,
        onclick: () => { input.value = source.name; show(list); onPick({ id: source.id, name: source.name }); input.focus(); },
      }, source.name, ' ', h('small', { class: 'muted' }, label(source.kind),
        matchedAlias(source, text) ? ` · alias “${matchedAlias(source, text)}”` : '')))));
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && list.querySelector('button')) {
      event.preventDefault();
      list.querySelector('button').focus();
    }
  });
  list.addEventListener('keydown', (event) => {
    const buttons = [...list.querySelectorAll('button')];
    const at = buttons.indexOf(document.activeElement);
    if (event.key === 'ArrowDown' && at < buttons.length - 1) { event.preventDefault(); buttons[at + 1].focus(); }
    if (event.key === 'ArrowUp') { event.preventDefault(); (at > 0 ? buttons[at - 1] : input).focus(); }
    if (event.key === 'Escape') { show(list); input.focus(); }
  });
  const wrapper = h('div', { class: 'picker' }, input, list);
  wrapper.input = input;
  return wrapper;
}

function matchedAlias(source, text) {
  const needle = text.toLowerCase();
  if (source.name.toLowerCase().includes(needle)) return null;
  return source.aliases.find((alias) => alias.toLowerCase().includes(needle)) || null;
}
