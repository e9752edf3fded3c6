/** The portal's one stylesheet, served at /static/style.css (a module, so the build needs no copy step). */
export const STYLE = `/* Calm, readable, high-contrast; works without JavaScript. */
:root { --ink: #1a1a1a; --muted: #4a4a4a; --line: #c8c8c8; --accent: #0b5394; --bg: #ffffff; --warn: #8a1c00; }
* { box-sizing: border-box; }
body { margin: 0; font: 1.0625rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--ink); background: var(--bg); }
a { color: var(--accent); }
/* The focus ring meets only light backgrounds (2px out from the control): ink on them is far above 3:1. */
a:focus, button:focus, input:focus, textarea:focus, select:focus { outline: 3px solid #1a1a1a; outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; }
header { border-bottom: 1px solid var(--line); padding: .75rem 1rem; display: flex; flex-wrap: wrap; gap: 1rem;
  align-items: center; justify-content: space-between; }
header .site { font-weight: 700; text-decoration: none; color: var(--ink); }
nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 1rem; margin: 0; padding: 0; align-items: center; }
main { max-width: 44rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; overflow-wrap: anywhere; }
input, textarea, select { box-sizing: border-box; max-width: 100%; }
footer { max-width: 44rem; margin: 0 auto; padding: 1rem 1rem 2rem; border-top: 1px solid #d0d0d0; }
footer h2 { font-size: 1rem; }
select { max-width: 100%; font: inherit; padding: 0.3rem; margin: 0 0 0.75rem; display: block; }
h1 { font-size: 1.75rem; line-height: 1.25; }
label { display: block; font-weight: 600; margin-top: 1rem; }
.hint { color: var(--muted); font-size: .95rem; margin: .25rem 0; }
input[type=email], input[type=text], textarea { width: 100%; font: inherit; padding: .5rem;
  border: 2px solid var(--ink); border-radius: 4px; }
input[readonly] { background: #f2f2f2; }
textarea { min-height: 6rem; }
button { font: inherit; font-weight: 600; padding: .6rem 1.2rem; margin-top: 1rem; border: 2px solid var(--accent);
  border-radius: 4px; background: var(--accent); color: #fff; cursor: pointer; }
button.secondary { background: #fff; color: var(--accent); }
button.link { background: none; border: none; color: var(--accent); text-decoration: underline; padding: 0; margin: 0;
  font-weight: 400; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 1rem; margin: 1rem 0; }
.warn { color: var(--warn); }
.deadline { font-size: 1.2rem; font-weight: 700; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
.inline { display: inline; }
pre { white-space: pre-wrap; background: #f6f6f6; padding: .75rem; }
body.console main, body.console footer { max-width: 64rem; }
caption { text-align: left; font-weight: 700; padding: .75rem 0 .25rem; }
.table-wrap { overflow-x: auto; margin: .5rem 0 1rem; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.overdue th, tr.overdue td { background: #fdecea; }
.chart { margin: 1rem 0; }
.chart > svg { width: 100%; height: auto; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; }
.quote { white-space: pre-wrap; border-left: 4px solid var(--line); padding-left: .75rem; }
.check { display: flex; gap: .5rem; align-items: center; margin: .25rem 0; }
fieldset { border: 0; padding: 0; margin: 0 0 1rem; }
legend { font-weight: 700; }
`
