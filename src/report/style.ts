/**
 * The report's inline stylesheet. Colours were chosen for a contrast of at least 4.5:1 between
 * text (#1b1b1b) and every highlight background; layers are toggled with CSS only (`:has()` on
 * the filter checkboxes), so the page needs no script at all.
 */

/** Colours of removal categories; any other category gets the neutral one. */
export const CATEGORY_COLOURS: Readonly<Record<string, string>> = {
  footer: '#ffd9d6',
  'related-links': '#ffe2c4',
  embed: '#f3dcff',
  markup: '#e4e4e4',
  credit: '#d7ecff',
  byline: '#d5f2e3',
  dateline: '#fff3bf',
  title: '#e0e7ff',
  'source-url': '#cff4f1',
  'foreign-language': '#fde2f3',
  boilerplate: '#f1e4d3',
};

/** The layers a reader can switch on and off, with their labels. */
// prettier-ignore
export const LAYERS = [
  ['removed', 'Removed'],
  ['repair', 'Repairs'],
  ['whitespace', 'Whitespace'],
  ['flag', 'Flags'],
  ['date', 'Dates'],
  ['entity', 'Entities'],
  ['quote', 'Quotes'],
] as const;

export function stylesheet(): string {
  const categories = Object.entries(CATEGORY_COLOURS)
    .map(([category, colour]) => `.removed.cat-${category}{background:${colour}}`)
    .join('\n');
  const filters = LAYERS.map(([layer]) => `body:has(#layer-${layer}:not(:checked)) .${layer}`).join(',');
  return `
*{box-sizing:border-box}
body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#fafafa}
header{padding:12px 20px;background:#1f2a44;color:#fff}
header h1{margin:0;font-size:18px}
header p{margin:2px 0 0;font-size:13px;color:#e8ecf5}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;color:#000;padding:4px 8px;z-index:9}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:16px;padding:16px 20px}
@media (max-width:900px){.layout{grid-template-columns:1fr}}
fieldset.filters{grid-column:1/-1;border:1px solid #c9cdd6;border-radius:6px;margin:0;padding:6px 12px;display:flex;flex-wrap:wrap;gap:4px 16px;background:#fff}
fieldset.filters legend{font-weight:600;padding:0 4px}
fieldset.filters label{cursor:pointer}
section.doc{background:#fff;border:1px solid #d8dbe2;border-radius:6px;padding:12px 16px;margin-bottom:16px}
section.doc h2{font-size:15px;margin:0 0 8px;color:#333}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font-family:ui-serif,Georgia,serif;font-size:15.5px}
aside{font-size:13.5px}
aside section{background:#fff;border:1px solid #d8dbe2;border-radius:6px;padding:10px 12px;margin-bottom:12px}
aside h2{font-size:14px;margin:0 0 6px}
aside dl{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:0}
aside dt{color:#444;font-weight:600}aside dd{margin:0;overflow-wrap:anywhere}
aside table{border-collapse:collapse;width:100%}aside td{padding:1px 4px;border-bottom:1px solid #eee}aside td.n{text-align:right}
aside ul{margin:0;padding-left:18px}
[tabindex]{position:relative;border-radius:2px}
[tabindex]:focus{outline:2px solid #1f4fd1;outline-offset:1px}
[data-tip]:hover:not(:has([data-tip]:hover))::after,[data-tip]:focus::after{content:attr(data-tip);position:absolute;left:0;top:100%;z-index:5;min-width:12em;max-width:36em;width:max-content;white-space:pre-wrap;padding:4px 8px;background:#1b1b1b;color:#fff;font:12.5px/1.4 system-ui,sans-serif;font-style:normal;border-radius:4px;pointer-events:none}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.removed{text-decoration:line-through;text-decoration-color:#8a1c1c;text-decoration-thickness:1.5px;background:#ececec}
${categories}
.whitespace{background:#e9eef7;outline:1px dotted #8da2c7}
.repair del{background:#ffd9d6;text-decoration-color:#8a1c1c}.repair ins{background:#d5f2e3;text-decoration:none;border-bottom:2px solid #1d6b3f}
.repair .arrow{color:#555;padding:0 2px}
.flag{text-decoration:underline wavy #b3261e;text-decoration-thickness:1.5px;text-underline-offset:3px}
.date{background:#efe3ff;border-bottom:2px solid #6b3fa0}
.entity.person{background:#dbe9ff;border-bottom:2px solid #1f4fd1}
.entity.organization{background:#ffe8cc;border-bottom:2px solid #a65300}
.entity.place{background:#d9f5df;border-bottom:2px solid #1d6b3f}
q{quotes:none}
.quote{background:#fff7cc;box-shadow:inset 0 -2px #8a6d00}
.legend span{display:inline-block;padding:0 4px;margin:1px 0;border-radius:2px}
${filters}{background:none!important;border-bottom:0!important;box-shadow:none!important;text-decoration:none!important;outline:0!important}
body:has(#layer-removed:not(:checked)) .removed{display:none}
body:has(#layer-repair:not(:checked)) .repair del,body:has(#layer-repair:not(:checked)) .repair .arrow{display:none}
body:has(#layer-repair:not(:checked)) .repair ins{border:0;background:none}
`;
}
