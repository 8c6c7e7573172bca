import { describe, expect, it } from 'vitest';
import { minifyCss } from '../../scripts/minify-css.mjs';
import { BANNER_CSS } from '../../src/content/banner-style';

describe('minifyCss (the banner’s styles at build time)', () => {
  it('keeps what CSS needs: descendant selectors, calc() operators, values with spaces', () => {
    expect(minifyCss(':host {\n  inline-size: min(640px, calc(100vw - 24px)) !important;\n}\n.banner .close:focus-visible { outline: 2px solid #000; }'))
      .toBe(':host{inline-size:min(640px,calc(100vw - 24px)) !important}.banner .close:focus-visible{outline:2px solid #000}');
  });

  it('drops comments and runs of white space, and makes the banner’s CSS smaller', () => {
    expect(minifyCss('/* why */ a  {\n color: red ;\n}')).toBe('a{color:red}');
    const min = minifyCss(BANNER_CSS);
    expect(min.length).toBeLessThan(BANNER_CSS.length * 0.85);
    // Every rule survives: as many blocks before and after.
    expect(min.split('{').length).toBe(BANNER_CSS.split('{').length);
  });
});
