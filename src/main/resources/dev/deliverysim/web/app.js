// The workshop page: levers → POST /api/run → readout. Vanilla JS, no dependency, nothing remote.
'use strict';

// Stages: Okabe–Ito's seven colours, distinguishable with every common colour-vision deficiency, then
// (an eighth stage and on, rare) Paul Tol's wine, teal, olive and indigo; labels name every stage too.
const PALETTE = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7',
  '#882255', '#44AA99', '#999933', '#332288'];
// Activities that are no stage's: incidents take Okabe–Ito's black, which no stage gets.
const OTHER_ACTIVITY = { meetings: '#777777', idle: '#FFFFFF', incidents: '#000000' };
const client = Array.from(crypto.getRandomValues(new Uint8Array(12)), b => b.toString(16).padStart(2, '0')).join('');

const state = {
  scenarios: [], current: null, values: {}, selected: 0, stageColours: {},
  trail: [], controller: null, timer: null, pending: null, started: 0, cancelled: null,
};

const $ = id => document.getElementById(id);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') node.className = v; else if (k === 'style') node.style.cssText = v; else node.setAttribute(k, v);
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

function fmt(x) {
  if (x === null || x === undefined || Number.isNaN(x)) return '—';
  const a = Math.abs(x);
  const digits = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
  return x.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function pct(x, signed) {
  if (x === null || x === undefined) return '—';
  const s = (100 * x).toFixed(Math.abs(x) < 0.1 ? 1 : 0) + '%';
  return signed && x > 0 ? '+' + s : s;
}

function leverText(lever, value) {
  const decimals = (String(lever.step).split('.')[1] || '').length;
  return Number(value).toFixed(Math.min(decimals, 4));
}

async function init() {
  const response = await fetch('api/scenarios');
  state.scenarios = await response.json();
  const nav = $('scenarios');
  state.scenarios.forEach((s, i) => {
    const b = el('button', { type: 'button', 'aria-pressed': 'false', 'data-id': String(i), title: s.description },
      s.name);
    b.addEventListener('click', () => select(i));
    nav.append(b);
  });
  const wanted = Number(location.hash.slice(1));
  select(Number.isInteger(wanted) && wanted >= 0 && wanted < state.scenarios.length ? wanted : 0);
}

function select(id) {
  state.current = state.scenarios[id];
  state.values = {};
  state.stageColours = {};
  state.current.levers.forEach(l => { state.values[l.path] = l.start; });
  document.querySelectorAll('nav button').forEach(b => b.setAttribute('aria-pressed', String(b.dataset.id === String(id))));
  $('description').textContent = state.current.description + ' — ' + state.current.replications
    + ' replications a change, seed ' + state.current.seed + '.';
  history.replaceState(null, '', '#' + id);
  buildLevers();
  clearReplay();
  run(0);
}

function buildLevers() {
  const box = $('levers');
  box.replaceChildren();
  if (state.current.levers.length === 0) box.append(el('p', { class: 'muted' }, 'This scenario has no levers.'));
  state.current.levers.forEach((lever, i) => {
    const input = el('input', { type: 'range', min: lever.min, max: lever.max, step: lever.step,
      value: lever.start, id: 'lever-' + i, 'data-path': lever.path, 'aria-label': lever.label });
    const out = el('output', { for: 'lever-' + i, id: 'lever-value-' + i }, leverText(lever, lever.start));
    input.addEventListener('input', () => { setLever(i, Number(input.value)); });
    input.addEventListener('focus', () => selectLever(i));
    const key = i < 9 ? el('kbd', {}, String(i + 1)) : null;
    box.append(el('div', { class: 'lever', id: 'lever-box-' + i },
      el('label', { for: 'lever-' + i }, el('span', {}, key, ' ', lever.label), out), input,
      el('div', { class: 'range' }, el('span', {}, leverText(lever, lever.min)),
        el('span', {}, 'start ' + leverText(lever, lever.start)), el('span', {}, leverText(lever, lever.max)))));
  });
  selectLever(0);
}

function selectLever(i) {
  state.selected = i;
  document.querySelectorAll('.lever').forEach((b, j) => b.classList.toggle('selected', j === i));
}

function setLever(i, value) {
  const lever = state.current.levers[i];
  const v = Math.min(lever.max, Math.max(lever.min, Math.round((value - lever.min) / lever.step) * lever.step + lever.min));
  const clean = Number(v.toFixed(10));
  state.values[lever.path] = clean;
  $('lever-' + i).value = clean;
  const out = $('lever-value-' + i);
  out.textContent = leverText(lever, clean);
  out.classList.toggle('moved', clean !== lever.start);
  run(150);
}

function nudge(direction) {
  const lever = state.current.levers[state.selected];
  if (lever) setLever(state.selected, state.values[lever.path] + direction * lever.step);
}

function reset() {
  state.current.levers.forEach((lever, i) => {
    state.values[lever.path] = lever.start;
    $('lever-' + i).value = lever.start;
    $('lever-value-' + i).textContent = leverText(lever, lever.start);
    $('lever-value-' + i).classList.remove('moved');
  });
  run(0);
}

// One run at a time: a newer setting aborts the request under way (the server cancels its work too).
function run(delay) {
  clearTimeout(state.timer);
  state.timer = setTimeout(send, delay);
}

async function send() {
  if (state.controller) state.controller.abort();
  const controller = new AbortController();
  state.controller = controller;
  const scenario = state.current;
  const values = { ...state.values };
  const guess = $('guess').value.trim();
  state.started = performance.now();
  setStatus('Running ' + scenario.replications + ' replications…', true);
  watchProgress(controller);
  let response;
  try {
    response = await fetch('api/run', { method: 'POST', signal: controller.signal,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ scenario: scenario.id, client, values }) });
  } catch (e) {
    if (e.name !== 'AbortError') setStatus('The server did not answer: is deliverysim serve still running?', false);
    return;
  }
  if (controller !== state.controller) return; // superseded while it ran
  const body = await response.json();
  if (response.status === 409) {
    if (state.cancelled === controller) {
      state.controller = null;
      showProgress(null);
      setStatus('Cancelled: the results shown are the previous setting\'s.', false);
    }
    return;
  }
  state.controller = null;
  showProgress(null);
  if (!response.ok) {
    $('errors').hidden = false;
    $('errors').textContent = (body.errors || ['HTTP ' + response.status]).join('\n');
    setStatus('Not run: the scenario refused this setting (see the message).', false);
    return;
  }
  $('errors').hidden = true;
  const seconds = (performance.now() - state.started) / 1000;
  setStatus(body.assignments.length === 0
    ? 'The starting point: ' + body.replications + ' replications, run once for everyone in ' + body.seconds.toFixed(2) + ' s'
    : body.replications + ' replications in ' + body.seconds.toFixed(2) + ' s (' + seconds.toFixed(2)
      + ' s with the page)', false);
  $('guess').value = '';
  const entry = { n: state.trail.length + 1, scenario: scenario.name, readout: body, guess,
    revealed: !$('hide').checked, levers: scenario.levers };
  state.trail.push(entry);
  render(entry);
  renderTrail();
}

// A run that takes more than a moment shows how far it got (GET api/progress) and can be cancelled.
function watchProgress(controller) {
  setTimeout(async function poll() {
    if (state.controller !== controller) return;
    try {
      const p = await (await fetch('api/progress?client=' + client)).json();
      if (state.controller !== controller) return;
      if (p.running && p.total > 0) {
        showProgress(p.done / p.total);
        setStatus((p.stage === 'start' ? 'Running the starting point first (once for everyone): '
          : 'Running: ') + p.done + ' of ' + p.total + ' replications…', true);
      }
    } catch (e) {
      return; // the run's own request reports a server that went away
    }
    setTimeout(poll, 200);
  }, 300);
}

function showProgress(fraction) {
  $('progress').hidden = fraction === null;
  $('cancel').hidden = fraction === null;
  if (fraction !== null) $('progress').value = fraction;
}

async function cancelRun() {
  if (!state.controller) return;
  state.cancelled = state.controller;
  await fetch('api/cancel', { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ client }) });
}

function setStatus(text, running) {
  $('status').textContent = text;
  $('status').classList.toggle('running', running);
}

function stageColour(name) {
  if (!(name in state.stageColours)) {
    state.stageColours[name] = PALETTE[Object.keys(state.stageColours).length % PALETTE.length];
  }
  return state.stageColours[name];
}

function activityColour(activity) {
  if (activity in OTHER_ACTIVITY) return OTHER_ACTIVITY[activity];
  if (activity === 'conflicts') return stageColour('rework'); // resolving a merge conflict is rework: its stage
  if (activity === 'testing' && ('qa' in state.stageColours)) return state.stageColours.qa;
  return stageColour(activity); // an activity named like its stage (coding, review, rework) shares its colour
}

function render(entry) {
  const r = entry.readout;
  r.stages.forEach(s => stageColour(s.name));
  $('shown').hidden = !entry.revealed;
  $('reveal').hidden = entry.revealed;
  $('guessShown').hidden = !entry.guess;
  $('guessShown').textContent = 'The room guessed: ' + entry.guess;
  const cards = $('headline');
  cards.replaceChildren();
  for (const h of r.headline) {
    const change = h.change && r.assignments.length
      ? el('div', { class: 'change' + (h.change.significant ? ' sig' : '') },
        (h.change.relative > 0 ? '▲ ' : h.change.relative < 0 ? '▼ ' : '') + pct(h.change.relative, true)
        + ' (' + pct(h.change.low, true) + ' … ' + pct(h.change.high, true) + ')' + (h.change.significant ? '' : ' ≈ no change'))
      : el('div', { class: 'change muted' }, 'the starting point');
    cards.append(el('div', { class: 'card', 'data-metric': h.label },
      el('div', { class: 'title' }, h.title), el('div', { class: 'value' }, fmt(h.mean)),
      el('div', { class: 'ci' }, '95% CI ' + fmt(h.low) + ' – ' + fmt(h.high)), change));
  }
  $('verdict').textContent = r.verdict;
  $('verdict').style.borderColor = r.bottleneck ? stageColour(r.bottleneck) : '#111';
  renderStages(r);
  renderHours(r);
  renderChanges(r);
}

function bar(share, colour) {
  if (share === null || share === undefined) return '';
  return el('span', { class: 'bar', style: 'width:' + (4 * Math.max(0, Math.min(1, share))).toFixed(2) + 'rem;background:' + colour });
}

function renderStages(r) {
  const t = $('stages');
  const people = r.stages.every(s => s.utilisation === null);
  t.replaceChildren(el('tr', {}, el('th', {}, 'stage'), el('th', {}, people ? '' : 'utilisation'),
    el('th', {}, 'waiting'), el('th', {}, 'wait (' + r.unit + ')'), el('th', {}, 'bottleneck in')));
  for (const s of r.stages) {
    const colour = stageColour(s.name);
    const top = s.name === r.bottleneck;
    t.append(el('tr', { class: top ? 'bottleneck' : '', 'data-stage': s.name },
      el('td', {}, el('span', { class: 'swatch', style: 'background:' + colour }), s.name, top ? ' ◀ bottleneck' : ''),
      el('td', {}, s.utilisation === null ? '' : bar(s.utilisation, colour), s.utilisation === null ? '' : ' ' + pct(s.utilisation)),
      el('td', {}, fmt(s.queue)), el('td', {}, fmt(s.waitTime)),
      el('td', {}, bar(s.bottleneckShare, colour), ' ', pct(s.bottleneckShare))));
  }
}

function renderHours(r) {
  const box = $('hours');
  box.replaceChildren();
  $('hoursTitle').hidden = r.teams.length === 0;
  $('hoursUnit').textContent = '— hours per person per ' + ({ h: 'hour', d: 'day', w: 'week' }[r.unit] || r.unit);
  for (const team of r.teams) {
    const entries = Object.entries(team.hours).filter(([, h]) => h !== null && h > 1e-6);
    const total = entries.reduce((sum, [, h]) => sum + h, 0);
    const barBox = el('div', { class: 'hoursBar', 'aria-label': team.name + ' hours' });
    const legend = el('div', { class: 'legend' });
    for (const [activity, h] of entries) {
      const colour = activityColour(activity);
      barBox.append(el('div', { title: activity + ': ' + fmt(h) + ' h', style: 'width:' + (100 * h / total) + '%;background:' + colour }));
      legend.append(el('span', {}, el('span', { class: 'swatch', style: 'background:' + colour }), activity + ' ' + fmt(h) + ' h'));
    }
    box.append(el('div', { class: 'hoursRow' }, el('span', { class: 'name' }, team.name,
      team.utilisation === null ? '' : el('div', { class: 'small muted' }, pct(team.utilisation) + ' busy')), barBox), legend);
  }
}

function renderChanges(r) {
  const t = $('changes');
  t.replaceChildren(el('tr', {}, el('th', {}, 'metric'), el('th', {}, 'start'), el('th', {}, 'now'),
    el('th', {}, 'change (95% CI)')));
  for (const c of r.changes) {
    t.append(el('tr', {}, el('td', {}, c.title), el('td', {}, c.startText), el('td', {}, c.nowText),
      el('td', { class: c.significant ? 'sig' : '' }, c.relative === null ? '—'
        : pct(c.relative, true) + ' (' + pct(c.low, true) + ' … ' + pct(c.high, true) + ')' + (c.significant ? ' *' : ''))));
  }
}

function trailColumns(entry) {
  const r = entry.readout;
  const h = r.headline;
  const shown = entry.revealed;
  const moved = entry.levers.filter(l => r.values[l.path] !== l.start)
    .map(l => l.label + ' = ' + leverText(l, r.values[l.path])).join('; ');
  return [String(entry.n), entry.scenario, moved || '(start)', entry.guess,
    shown ? fmt(h[0].mean) + ' [' + fmt(h[0].low) + ', ' + fmt(h[0].high) + ']' : '?',
    shown && h[0].change ? pct(h[0].change.relative, true) : '?',
    shown ? fmt(h[1].mean) + ' [' + fmt(h[1].low) + ', ' + fmt(h[1].high) + ']' : '?',
    shown ? (r.bottleneck || 'none') + (r.bottleneckShare === null ? '' : ' (' + pct(r.bottleneckShare) + ')') : '?'];
}

const TRAIL_HEADER = ['#', 'scenario', 'levers moved', "room's guess", 'throughput [95% CI]', 'change',
  'time in system [95% CI]', 'bottleneck (share)'];

function renderTrail() {
  const t = $('trail');
  t.replaceChildren(el('tr', {}, ...TRAIL_HEADER.map(h => el('th', {}, h))));
  for (const entry of state.trail.slice().reverse()) {
    const cols = trailColumns(entry);
    const row = el('tr', {}, ...cols.map(c => el('td', {}, c)));
    const b = entry.readout.bottleneck;
    if (b && entry.revealed) row.lastChild.prepend(el('span', { class: 'swatch', style: 'background:' + stageColour(b) }));
    t.append(row);
  }
}

function reveal() {
  const last = state.trail[state.trail.length - 1];
  if (!last || last.revealed) return;
  last.revealed = true;
  render(last);
  renderTrail();
}

function exportCsv() {
  const quote = v => '"' + String(v).replace(/"/g, '""') + '"';
  const lines = [TRAIL_HEADER.map(quote).join(',')];
  for (const entry of state.trail) lines.push(trailColumns({ ...entry, revealed: true }).map(quote).join(','));
  const link = el('a', { href: URL.createObjectURL(new Blob([lines.join('\r\n') + '\r\n'], { type: 'text/csv' })),
    download: 'workshop-trail.csv' });
  document.body.append(link);
  link.click();
  link.remove();
}

document.addEventListener('keydown', e => {
  if (e.target.id === 'guess' || e.target.id === 'replayReplication') {
    if (e.key === 'Escape' || e.key === 'Enter') e.target.blur();
    return;
  }
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  const onRange = e.target.type === 'range';
  if (/^[1-9]$/.test(e.key) && Number(e.key) <= state.current.levers.length) {
    $('lever-' + (Number(e.key) - 1)).focus();
  } else if (e.key === '0') {
    reset();
  } else if ((e.key === '+' || e.key === '=' || (e.key === 'ArrowRight' && !onRange))) {
    nudge(1);
  } else if ((e.key === '-' || (e.key === 'ArrowLeft' && !onRange))) {
    nudge(-1);
  } else if (e.key === 'g' || e.key === 'G') {
    $('guess').focus();
  } else if (e.key === 'h' || e.key === 'H') {
    $('hide').checked = !$('hide').checked;
  } else if (e.key === 'Escape' && (state.controller || replay.loading)) {
    if (state.controller) cancelRun();
    if (replay.loading) cancelReplayLoad();
  } else if (e.key === ' ' && !$('reveal').hidden) {
    reveal();
  } else if (e.key === 'r' || e.key === 'R') {
    loadReplay();
  } else if (e.key === 'p' || e.key === 'P') {
    playReplay();
  } else if (e.key === '.') {
    stopReplay();
    showFrame(replay.frame + 1);
  } else if (e.key === ',') {
    stopReplay();
    showFrame(replay.frame - 1);
  } else {
    return;
  }
  e.preventDefault();
});

$('reset').addEventListener('click', reset);
$('reveal').addEventListener('click', reveal);
$('cancel').addEventListener('click', cancelRun);
$('csv').addEventListener('click', exportCsv);
init().catch(e => setStatus('Could not load the scenarios: ' + e, false));
