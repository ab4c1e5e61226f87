// Building DOM nodes. Every string becomes a text node (textContent), never markup: article text, titles and
// names come from news articles and are untrusted. No file of the page uses innerHTML, outerHTML,
// insertAdjacentHTML or document.write (a test checks this).

/**
 * Creates an element. `attrs` maps attribute names to values (null/false skip, true sets ""), except:
 * `class` (string), `dataset` (object), `on` (object of event listeners), `text` (text content).
 * Children may be nodes, strings (text nodes), numbers, or null/false (skipped), nested in arrays.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name === 'text') node.textContent = String(value);
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else if (name === 'on') for (const [event, handler] of Object.entries(value)) node.addEventListener(event, handler);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

/** Appends children (nodes, strings, numbers, arrays of them; null/false skipped) as nodes and text nodes. */
export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replaces all children of `node`. */
export function replace(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

/** An SVG element with attributes (all set with setAttribute). */
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') node.setAttribute('class', value);
    else if (name === 'text') node.textContent = String(value);
    else node.setAttribute(name, String(value));
  }
  return append(node, children);
}

/** A link to an article's address, only for http(s) addresses; anything else (javascript:, data:) is shown as text. */
export function safeLink(url, label) {
  if (typeof url === 'string' && /^https?:\/\//i.test(url.trim())) {
    return el('a', { href: url.trim(), target: '_blank', rel: 'noopener noreferrer nofollow' }, label);
  }
  return null;
}
