import { describe, expect, it } from 'vitest';
import { withIslandStyleInHead } from './island-styles.ts';

const STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

describe('the island style of a built page', () => {
  it('moves from before the first island to the end of the head', () => {
    const page = `<html><head><title>t</title></head><body><h1>t</h1>${STYLE}<script>1</script><astro-island></astro-island></body></html>`;
    expect(withIslandStyleInHead(page)).toBe(
      `<html><head><title>t</title>${STYLE}</head><body><h1>t</h1><script>1</script><astro-island></astro-island></body></html>`,
    );
  });

  it('leaves a page without islands, or already right, as it is', () => {
    const plain = '<html><head><title>t</title></head><body><h1>t</h1></body></html>';
    expect(withIslandStyleInHead(plain)).toBe(plain);
    const right = `<html><head>${STYLE}</head><body></body></html>`;
    expect(withIslandStyleInHead(right)).toBe(right);
  });
});
