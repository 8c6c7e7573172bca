/** Collapses the white space of a CSS text (scripts/minify-css.mjs). */
export function minifyCss(css: string): string;
