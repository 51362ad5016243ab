/** Drop ARIA attributes Plot puts on role-less groups; the <svg> carries the accessible name instead. */
function stripInnerAria(node: Element): void {
  for (const child of Array.from(node.children)) {
    child.removeAttribute('aria-label');
    child.removeAttribute('aria-description');
    stripInnerAria(child);
  }
}

/**
 * Plot writes font-variant="tabular-nums" as an SVG attribute, which only
 * allows CSS 2's values (normal, small-caps): the Nu Html Checker rejects it.
 * The same setting as the CSS property font-variant-numeric is valid everywhere.
 */
function fixFontVariant(node: Element): void {
  const value = node.getAttribute('font-variant');
  if (value !== null && value !== 'normal' && value !== 'small-caps') {
    node.removeAttribute('font-variant');
    const style = node.getAttribute('style');
    node.setAttribute('style', `${style ? style.replace(/;?\s*$/, '; ') : ''}font-variant-numeric: ${value}`);
  }
  for (const child of Array.from(node.children)) fixFontVariant(child);
}

/**
 * Make a Plot SVG an accessible image: role="img", named by the figure's title,
 * described by its long description; and valid HTML. Shared by the build and the browser.
 */
export function decorateSvg(node: Element, a11y: { labelledBy: string; describedBy: string }): Element {
  if (node.tagName.toLowerCase() !== 'svg') throw new Error(`decorateSvg: expected Plot to return an <svg>, got <${node.tagName}>; do not use Plot legends or titles here.`);
  stripInnerAria(node);
  fixFontVariant(node);
  node.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  node.setAttribute('role', 'img');
  node.setAttribute('aria-labelledby', a11y.labelledBy);
  node.setAttribute('aria-describedby', a11y.describedBy);
  return node;
}
