import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as assert from 'node:assert/strict';
import { BACKGROUNDS, contrastRatio, LEGEND_ORDER, PALETTES, swatch, THEME_KINDS } from '../../src/core/diagram/palette';

describe('diagram palettes', () => {
  it('computes WCAG contrast ratios', () => {
    assert.equal(contrastRatio('#000000', '#ffffff'), 21);
    assert.equal(contrastRatio('#777777', '#777777'), 1);
    assert.ok(Math.abs(contrastRatio('#767676', '#ffffff') - 4.54) < 0.01);
  });

  for (const theme of THEME_KINDS) {
    it(`${theme}: every label is readable on its block (WCAG AA, 4.5:1) and captions on the page`, () => {
      for (const kind of LEGEND_ORDER) {
        const s = PALETTES[theme][kind];
        assert.ok(contrastRatio(s.text, s.fill) >= 4.5, `${theme} ${kind}: ${contrastRatio(s.text, s.fill).toFixed(2)}`);
      }
      const bg = BACKGROUNDS[theme];
      assert.ok(contrastRatio(swatch(theme, 'caption').text, bg.fill) >= 4.5);
    });

    it(`${theme}: neighbouring layers never look alike`, () => {
      const looks = LEGEND_ORDER.map((k) => {
        const s = PALETTES[theme][k];
        return theme.startsWith('highContrast') ? s.stroke : s.fill;
      });
      assert.equal(new Set(looks).size, LEGEND_ORDER.length);
    });
  }

  it('colours every style of the legend in the page\'s CSS: its blocks, their labels and its swatch', () => {
    // A style without these rules is drawn in mermaid's default grey (a desktop pool once was).
    const css = readFileSync(join(__dirname, '../../media/preview.css'), 'utf8');
    for (const style of LEGEND_ORDER) {
      assert.ok(css.includes(`g.node.${style} rect { fill: var(--vs-${style}-fill)`), `${style}: block rule`);
      assert.ok(css.includes(`g.node.${style} .nodeLabel { color: var(--vs-${style}-text)`), `${style}: label rule`);
      assert.ok(css.includes(`.vs-swatch[data-style="${style}"] { background: var(--vs-${style}-fill)`), `${style}: swatch rule`);
    }
  });

  it('draws captions without a box', () => {
    assert.deepEqual({ ...swatch('dark', 'caption'), text: '' }, { fill: 'none', stroke: 'none', text: '' });
  });
});
