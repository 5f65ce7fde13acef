// A small DOM builder: the portal renders with the browser's own elements, so it needs no framework.

/** h('a', {href: '#/x', class: 'y', onclick: fn}, 'text', child, [more]) builds an element. Text is never parsed as HTML. */
export function h(tag, attributes = {}, ...children) {
  const element = tag === 'svg' || SVG_TAGS.has(tag)
    ? document.createElementNS('http://www.w3.org/2000/svg', tag)
    : document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'value' && 'value' in element) {
      element.value = value;
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

const SVG_TAGS = new Set(['path', 'line', 'polyline', 'polygon', 'rect', 'circle', 'text', 'g', 'title', 'desc']);

function append(element, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces what an element shows. */
export function show(element, ...children) {
  element.replaceChildren();
  append(element, children);
}

export function formatDate(value) {
  if (!value) return '';
  return value.length <= 10 ? value : new Date(value).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

/** Turns SOCIAL_MEDIA_POST into "social media post". */
export function label(constant) {
  return constant ? constant.toLowerCase().replaceAll('_', ' ') : '';
}
