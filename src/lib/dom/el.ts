/** Children of an element: nodes, or strings that become text (never HTML). */
export type Child = Node | string;

/** A hyperscript helper bound to a document: el('p', { class: 'x' }, 'text', child). */
export type El = <K extends keyof HTMLElementTagNameMap>(tag: K, props?: Record<string, string>, ...children: Child[]) => HTMLElementTagNameMap[K];

/**
 * Build elements in any document: the server DOM (linkedom) at build time, the
 * page's own in the browser, so both make the same markup. Text is always text.
 */
export function elementFactory(doc: Document): El {
  return (tag, props = {}, ...children) => {
    const node = doc.createElement(tag);
    for (const [k, v] of Object.entries(props)) node.setAttribute(k, v);
    for (const c of children) node.append(typeof c === 'string' ? doc.createTextNode(c) : c);
    return node;
  };
}
