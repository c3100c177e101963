import { sharedStrings } from '../../src/file/xlsx/parts';
import { decodeXml, stringItem } from '../../src/file/xlsx/xml';

/** The reading before it was done by indexOf: every match of the expression, its text by stringItem. */
const byExpression = (xml: string) => [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => stringItem(m[1] ?? ''));

describe('shared strings', () => {
  it('reads every item as the regular expression did, odd ones included', () => {
    const items = [
      '<si><t>가나다</t></si>',
      '<si><t xml:space="preserve"> 앞뒤 공백 </t></si>',
      '<si/>',
      '<si><t></t></si>',
      '<si><t>a &amp; b &#x41; _x0041_</t></si>',
      '<si><t>line\r\nend</t></si>',
      '<si><r><t>run</t></r><r><rPr/><t>s</t></r></si>',
      '<si><t>음</t><rPh sb="0" eb="1"><t>eum</t></rPh></si>',
      '<si><t/></si>',
      '<si><t a/>after</t></si>',
      '<si><tx>not t</tx></si>',
      '<si count="1"><t>attributes on si are not matched</t></si>',
      '<sst><si><t>>gt</t></si>',
      '<si><t>one</t><t>two</t></si>',
    ];
    const whole = `<?xml version="1.0"?><sst>${items.join('')}</sst>`;
    expect(sharedStrings(whole)).toEqual(byExpression(whole));
    // An `<si>` that never closes: later `<si/>`s still count, later `<si>`s do not.
    const cut = '<sst><si><t>a</t></si><si><t>open<si/><si><t>b</t><si/>';
    expect(sharedStrings(cut)).toEqual(byExpression(cut));
    for (const item of items) expect(sharedStrings(item)).toEqual(byExpression(item));
    expect(sharedStrings(whole).slice(0, 4)).toEqual(['가나다', ' 앞뒤 공백 ', '', '']);
  });
});

describe('stringItem', () => {
  /** The item's text by the expressions alone, as before the one-`<t>` path. */
  const byExpressions = (inner: string) => {
    const body = inner.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
    let out = '';
    for (const m of body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)) {
      const text = decodeXml(m[1] ?? '');
      out += text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    }
    return out;
  };

  it.each([
    '<t>plain</t>',
    '<t></t>',
    '<t/>',
    '<t xml:space="preserve">  spaced  </t>',
    '<t a/>after</t>',
    '<t\txml:space="preserve">tabbed</t>',
    '<t>a &lt; b &amp;&#44;</t>',
    '<t>_x000D_escaped</t>',
    '<t>cr\r\nlf</t>',
    '<t>x</t><t>y</t>',
    '<tx>no</tx>',
    '<t>unclosed',
    '<t>>gt</t>',
    '<t b="<rPh">odd</t>',
  ])('%p as the expressions read it', (inner) => {
    expect(stringItem(inner)).toBe(byExpressions(inner));
  });
});
