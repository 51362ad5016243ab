/** Drop ARIA attributes Plot puts on role-less groups; the <svg> carries the accessible name instead. */
function stripInnerAria(node: Element): void {
  for (const child of Array.from(node.children)) {
    child.removeAttribute('aria-label');
    child.removeAttribute('aria-description');
    stripInnerAria(child);
  }
}

/**
 * Make a Plot SVG an accessible image: role="img", named by the figure's title,
 * described by its long description. Shared by the build and the browser.
 */
export function decorateSvg(node: Element, a11y: { labelledBy: string; describedBy: string }): Element {
  if (node.tagName.toLowerCase() !== 'svg') throw new Error(`decorateSvg: expected Plot to return an <svg>, got <${node.tagName}>; do not use Plot legends or titles here.`);
  stripInnerAria(node);
  node.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  node.setAttribute('role', 'img');
  node.setAttribute('aria-labelledby', a11y.labelledBy);
  node.setAttribute('aria-describedby', a11y.describedBy);
  return node;
}
