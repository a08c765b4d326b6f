// HTML for the hub's page, escaped by default: html`<td>${name}</td>` escapes `name`; only another html`` value
// (or an array of them) goes in as it is. There is no way to insert an unescaped string, on purpose.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

export class Html {
  readonly #text: string;
  constructor(text: string, token: symbol) {
    if (token !== TOKEN) throw new Error('Html values are made by the html`` tag only');
    this.#text = text;
  }
  toString(): string {
    return this.#text;
  }
}

const TOKEN = Symbol('html');

/** What may be put into a template: text and numbers (escaped), html`` values, lists of them; null, undefined and false are nothing. */
export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

/** Example: `escapeHtml('<b>"x"</b>')` → `&lt;b&gt;&quot;x&quot;&lt;/b&gt;`. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ENTITIES[c]!);
}

function render(value: HtmlValue): string {
  if (value instanceof Html) return value.toString();
  if (Array.isArray(value)) return value.map((v: HtmlValue) => render(v)).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/** Example: html`<p title="${title}">${text}</p>`; the template's own text is trusted, every value is escaped. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new Html(out, TOKEN);
}
