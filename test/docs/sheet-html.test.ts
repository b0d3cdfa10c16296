/** The HTML behind the user guide's sheet pictures: text stays text, merges span, formats apply. */
import { sheetFromRows } from '../../src/core/grid/sheet-from-a1';
import { formatNumber, sheetHtml } from './sheet-html';

describe('sheetHtml', () => {
  it('shows sheet text as text, never as markup', () => {
    const html = sheetHtml({ sheet: sheetFromRows('s', [['<img src=x onerror=alert(1)>']]), recognised: [], caption: 'a & b' });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(html).toContain('a &amp; b');
  });

  it('spans merged cells and leaves out the cells they cover', () => {
    const sheet = { ...sheetFromRows('s', [['标题', null, null], ['a', 'b', 'c']]), merges: [{ top: 1, left: 1, bottom: 1, right: 3 }] };
    const html = sheetHtml({ sheet, recognised: [], caption: '' });
    expect(html).toContain('<td colspan="3">标题</td></tr>');
    expect(html.match(/<td/g)).toHaveLength(4);
  });

  it('frames the recognised range and marks formula cells', () => {
    const sheet = sheetFromRows('s', [['项目', '金额'], ['合计', '=SUM(B3:B4)|3']]);
    const html = sheetHtml({ sheet, recognised: [{ top: 2, left: 1, bottom: 2, right: 2 }], caption: '' });
    expect(html).toContain('<td class="in top bottom left">合计</td>');
    expect(html).toContain('<td class="in top bottom right number formula">3</td>');
    expect(html).toContain('recognised: A2:B2');
  });

  it('writes numbers as their Excel format shows them', () => {
    expect(formatNumber(2388.07, '#,##0.00')).toBe('2,388.07');
    expect(formatNumber(0, '#,##0.00')).toBe('0.00');
    expect(formatNumber(0.5713, '0.00%')).toBe('57.13%');
    expect(formatNumber(2023, null)).toBe('2023');
  });
});
