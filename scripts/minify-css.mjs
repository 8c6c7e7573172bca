// Collapses the whitespace of a CSS text, for the banner's styles, which live in a template literal that
// the JS minifier keeps as written. Only what is safe everywhere in CSS goes: comments, runs of white space,
// and the spaces beside `{`, `}`, `;` and `,` and after `:` in declarations. Spaces elsewhere (a descendant
// selector, `calc(a - b)`) stay.
export function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/;}/g, '}')
    .replace(/([{;][a-z-]+):\s+/g, '$1:')
    .trim();
}
