// The page's one stylesheet (/admin/style.css): the Content-Security-Policy allows no inline style or script.
export const STYLE_CSS = `:root {
  --ink: #1f2328;
  --muted: #59636e;
  --line: #d1d9e0;
  --band: #f6f8fa;
  --accent: #8b1d1d;
  --ok: #1a7f37;
  --warn: #9a6700;
  --bad: #cf222e;
  font-family: 'Noto Sans SC', 'Microsoft YaHei', 'PingFang SC', 'Source Han Sans SC', sans-serif;
  color: var(--ink);
  background: #fff;
}
* { box-sizing: border-box; }
body { margin: 0; line-height: 1.6; font-size: 15px; }
header.top { display: flex; flex-wrap: wrap; align-items: center; gap: 1rem 2rem; padding: 0.6rem 1.5rem; background: var(--accent); color: #fff; }
header.top .hub { font-weight: 700; font-size: 1.1rem; }
header.top nav { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; flex: 1; }
header.top a { color: #fff; text-decoration: none; padding: 0.15rem 0.2rem; border-bottom: 2px solid transparent; }
header.top a.current, header.top a:hover { border-bottom-color: #fff; }
header.top .me { display: flex; align-items: center; gap: 0.75rem; font-size: 0.9rem; }
header.top .me form { margin: 0; }
header.top .me button { background: transparent; color: #fff; border: 1px solid #fff; padding: 0.1rem 0.6rem; }
main { max-width: 72rem; margin: 0 auto; padding: 1.25rem 1.5rem 3rem; }
main.narrow { max-width: 28rem; }
h1 { font-size: 1.4rem; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.15rem; margin: 1.75rem 0 0.75rem; }
p.hint, .muted { color: var(--muted); font-size: 0.9rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.92rem; }
th, td { text-align: left; padding: 0.4rem 0.6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--band); font-weight: 600; white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
code, .mono { font-family: 'Cascadia Mono', Consolas, 'DejaVu Sans Mono', monospace; font-size: 0.85rem; word-break: break-all; }
.tag { display: inline-block; padding: 0 0.4rem; border-radius: 0.2rem; font-size: 0.8rem; border: 1px solid currentColor; }
.tag.ok { color: var(--ok); }
.tag.warn { color: var(--warn); }
.tag.bad { color: var(--bad); }
.flash { padding: 0.6rem 0.9rem; border-radius: 0.3rem; margin: 0 0 1rem; border: 1px solid; }
.flash.ok { color: var(--ok); background: #dafbe1; }
.flash.error { color: var(--bad); background: #ffebe9; }
form.stack { display: grid; gap: 0.75rem; max-width: 26rem; }
form.inline { display: inline; margin: 0; }
label { display: grid; gap: 0.2rem; font-weight: 600; font-size: 0.92rem; }
input, select, button { font: inherit; padding: 0.4rem 0.6rem; border: 1px solid var(--line); border-radius: 0.3rem; }
button { cursor: pointer; background: var(--band); }
button.primary { background: var(--accent); color: #fff; border-color: var(--accent); }
button.danger { background: var(--bad); color: #fff; border-color: var(--bad); }
a.button { display: inline-block; padding: 0.4rem 0.8rem; border: 1px solid var(--line); border-radius: 0.3rem; color: var(--ink); text-decoration: none; background: var(--band); }
.secret { font-family: 'Cascadia Mono', Consolas, 'DejaVu Sans Mono', monospace; font-size: 2.2rem; letter-spacing: 0.12em; font-weight: 700; padding: 1rem 1.25rem; border: 2px dashed var(--accent); display: inline-block; margin: 0.5rem 0 1rem; user-select: all; }
.card { border: 1px solid var(--line); border-radius: 0.4rem; padding: 1rem 1.25rem; margin: 0 0 1rem; }
.pager { display: flex; gap: 1rem; align-items: center; }
.actions { display: flex; gap: 0.5rem; flex-wrap: wrap; }
@media print { header.top nav, header.top .me, form { display: none; } }
`;
