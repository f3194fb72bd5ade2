// The workshop page's replay (loaded after app.js, whose helpers it uses). Vanilla JS, nothing remote.
'use strict';

// The replay: one replication's own trajectory (its timeline), recorded frame by frame by the server.
// loading: the request of a replay being recorded, until it answers; Esc cancels it (cancelReplayLoad).
const replay = { data: null, frame: 0, timer: null, controller: null, loading: null };
const MAX_TOKENS = 40;
const SVG = 'http://www.w3.org/2000/svg';

async function loadReplay() {
  stopReplay();
  if (replay.controller) replay.controller.abort();
  const controller = new AbortController();
  replay.controller = controller;
  replay.loading = controller;
  const replication = Number($('replayReplication').value) || 0;
  $('replayTime').textContent = 'Recording replication ' + replication + '…';
  let response;
  try {
    response = await fetch('api/replay', { method: 'POST', signal: controller.signal,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ scenario: state.current.id, client: client + '-replay', values: { ...state.values }, replication }) });
  } catch (e) {
    if (replay.loading === controller) replay.loading = null;
    if (e.name !== 'AbortError') $('replayTime').textContent = 'The server did not answer.';
    return;
  }
  if (controller !== replay.controller) return;
  const cancelled = replay.loading !== controller; // Esc came first: keep the replay shown before, if any
  replay.loading = null;
  if (cancelled) return;
  const body = await response.json();
  if (response.status === 409) return;
  if (!response.ok) {
    $('replayTime').textContent = (body.errors || ['HTTP ' + response.status]).join(' ');
    return;
  }
  replay.data = body;
  replay.data.stages = [...new Set(body.states.map(st => st.stage))];
  if (body.moves) replay.data.items = followItems(body);
  if (body.stateMoves) replay.data.prs = followPrs(body);
  if (body.people) replay.data.crew = followPeople(body);
  replay.data.holding = holdingGreys(body.states);
  replay.data.stages.forEach(stageColour);
  ['replayBack', 'replayPlay', 'replayStep', 'replayFrame'].forEach(id => { $(id).disabled = false; });
  $('replayFrame').max = String(body.times.length - 1);
  showFrame(0);
}

// Esc while a replay is being recorded: the server stops the replication (its request then answers
// 409), and whatever answer still comes is not shown.
async function cancelReplayLoad() {
  if (!replay.loading) return;
  replay.loading = null;
  $('replayTime').textContent = 'Recording cancelled.';
  await fetch('api/cancel', { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ client: client + '-replay' }) });
}

// Follows every item through the simulation's own moves, frame by frame: where each item is at each
// frame (waiting, or on a server), and what each dice player passed on in the latest round.
function followItems(d) {
  const m = d.moves;
  const where = new Map();
  const frames = [];
  const round = new Array(m.stations.length).fill(0);
  let roundTime = -1;
  let next = 0;
  for (let f = 0; f < d.times.length; f++) {
    while (next < m.times.length && m.times[next] < d.times[f]) { // a snapshot comes before moves at its time
      const item = m.items[next];
      const before = where.get(item);
      if (before && before[0] !== m.at[next] && m.servers[before[0]] === 0) { // a player passed it on
        if (m.times[next] !== roundTime) { roundTime = m.times[next]; round.fill(0); }
        round[before[0]]++;
      }
      if (m.at[next] < 0) where.delete(item); else where.set(item, [m.at[next], m.serving[next]]);
      next++;
    }
    frames.push({ where: Array.from(where, ([item, at]) => [item, at[0], at[1]]), worked: round.slice() });
  }
  return frames;
}

function showFrame(frame) {
  const d = replay.data;
  if (!d) return;
  replay.frame = Math.max(0, Math.min(d.times.length - 1, frame));
  const f = replay.frame;
  $('replayFrame').value = String(f);
  const time = $('replayTime');
  time.dataset.frame = String(f);
  time.textContent = d.unit + ' ' + fmt(d.times[f]) + ' of ' + fmt(d.times[d.times.length - 1]) + ' — replication '
    + d.replication + ', seed ' + d.seed + ' · ' + Math.round(d.arrived[f]) + ' arrived, ' + Math.round(d.done[f]) + ' left, '
    + Math.round(d.completed[f]) + ' ' + d.completion + 's completed';
  if (d.items) {
    showItems(f);
  } else if (d.prs) {
    showPrs(f);
  } else {
    showCounts(f);
  }
  drawCfd(f);
}

// A place work only waits in, never worked on (not committed, awaiting a release train, put aside), is
// not a stage of the pipeline: it takes a grey, so the palette's colours stay the stages' and the
// activities' own (release would otherwise share vermillion with incidents).
const HOLDING_GREYS = ['#666666', '#999999', '#C4C4C4'];
function holdingGreys(states) {
  const holding = [...new Set(states.map(st => st.stage))].filter(stage => states.every(st => st.stage !== stage || st.waiting));
  holding.forEach((stage, i) => {
    if (!(stage in state.stageColours)) state.stageColours[stage] = HOLDING_GREYS[i % HOLDING_GREYS.length];
  });
  return new Set(holding);
}

// Each token slides from where it was in the previous frame to where it is now.
function slide(box, before) {
  box.querySelectorAll('.token[data-item]').forEach(t => {
    const was = before.get(t.dataset.item);
    if (!was) return;
    const now = t.getBoundingClientRect();
    const dx = was.left - now.left;
    const dy = was.top - now.top;
    if (dx === 0 && dy === 0) return;
    t.animate([{ transform: 'translate(' + dx + 'px,' + dy + 'px)' }, { transform: 'none' }],
      { duration: 200, easing: 'ease-out' });
  });
}

// Individual items (numbered in the order they came) and each station's servers, busy or idle; a
// token slides from where it was to where it is now.
function showItems(f) {
  const d = replay.data;
  const m = d.moves;
  const box = $('replayStages');
  const before = new Map();
  box.querySelectorAll('.token[data-item]').forEach(t => before.set(t.dataset.item, t.getBoundingClientRect()));
  box.replaceChildren();
  const frame = d.items[f];
  m.stations.forEach((station, s) => {
    const colour = stageColour(station);
    const here = frame.where.filter(w => w[1] === s);
    const serving = here.filter(w => w[2]);
    const waiting = here.filter(w => !w[2]);
    const token = (w, cls) => el('span', { class: 'token item ' + cls, 'data-item': String(w[0]),
      title: d.item + ' ' + w[0], style: 'background:' + colour + ';border-color:' + (cls === 'waiting' ? colour : '#111') },
      String(w[0] % 100));
    const servers = el('div', { class: 'servers' });
    const slots = m.servers[s];
    if (slots === 0) { // a player rolling a die: busy when it passed something on in the latest round
      const busy = frame.worked[s] > 0;
      servers.append(el('span', { class: 'server ' + (busy ? 'busy' : 'idle'), title: busy ? 'passed '
        + frame.worked[s] + ' on' : 'idle: passed nothing on', style: busy ? 'background:' + colour : '' },
      busy ? String(frame.worked[s]) : ''));
    } else {
      const shown = slots < 0 ? serving.length : Math.min(slots, 12);
      for (let i = 0; i < shown; i++) {
        servers.append(i < serving.length
          ? el('span', { class: 'server busy' }, token(serving[i], 'working'))
          : el('span', { class: 'server idle', title: 'idle' }));
      }
      if (slots > 12) servers.append(el('span', { class: 'small' }, '+' + (slots - 12)));
    }
    const queue = el('div', { class: 'tokens' });
    waiting.slice(0, MAX_TOKENS).forEach(w => queue.append(token(w, 'waiting')));
    if (waiting.length > MAX_TOKENS) queue.append(el('span', { class: 'small' }, '+' + (waiting.length - MAX_TOKENS)));
    const idle = slots === 0 ? (frame.worked[s] > 0 ? 0 : 1) : slots < 0 ? 0 : Math.max(0, slots - serving.length);
    box.append(el('div', { class: 'replayStage', 'data-stage': station, 'data-waiting': String(waiting.length),
      'data-working': String(serving.length), 'data-idle': String(idle) },
      el('span', { class: 'name' }, el('span', { class: 'swatch', style: 'background:' + colour }), station),
      servers, queue));
  });
  if (m.until < d.times[f]) {
    box.append(el('p', { class: 'muted small' }, 'The trace holds the first ' + m.times.length
      + ' moves, up to ' + fmt(m.until) + ' ' + d.unit + '; later items are not shown.'));
  }
  slide(box, before);
}

// Counts only (a model that records no item trace): tokens stand for counts.
function showCounts(f) {
  const d = replay.data;
  const box = $('replayStages');
  box.replaceChildren();
  for (const stage of d.stages) {
    const colour = stageColour(stage);
    let waiting = 0;
    let working = 0;
    d.states.forEach((st, k) => { if (st.stage === stage) { if (st.waiting) waiting += d.inState[f][k]; else working += d.inState[f][k]; } });
    const tokens = el('div', { class: 'tokens' });
    const draw = (n, cls) => {
      for (let i = 0; i < Math.min(n, MAX_TOKENS); i++) {
        tokens.append(el('span', { class: 'token ' + cls, style: 'background:' + colour + ';border-color:' + (cls === 'waiting' ? colour : '#111') }));
      }
      if (n > MAX_TOKENS) tokens.append(el('span', { class: 'small' }, '+' + Math.round(n - MAX_TOKENS)));
    };
    draw(Math.round(working), 'working');
    draw(Math.round(waiting), 'waiting');
    box.append(el('div', { class: 'replayStage', 'data-stage': stage, 'data-waiting': String(Math.round(waiting)),
      'data-working': String(Math.round(working)) },
      el('span', { class: 'name' }, el('span', { class: 'swatch', style: 'background:' + colour }), stage),
      el('span', { class: 'count' }, Math.round(working) + ' in work · ' + Math.round(waiting) + ' waiting'), tokens));
  }
}

// Cumulative flow up to the frame: what has left at the bottom, then each state, last stage first.
function drawCfd(frame) {
  const d = replay.data;
  const svg = $('replayCfd');
  svg.replaceChildren();
  const W = 600, H = 260, L = 40, B = 20;
  const n = d.times.length;
  const cumulative = $('replayChart').value === 'cfd';
  const wip = d.inState.map(row => row.reduce((a, b) => a + b, 0));
  const top = Math.max(1, ...(cumulative ? d.arrived : wip));
  const x = i => L + (W - L - 5) * (d.times[i] - d.times[0]) / Math.max(1e-9, d.times[n - 1] - d.times[0]);
  const y = v => H - B - (H - B - 5) * v / top;
  const layers = cumulative ? [{ values: d.done, colour: '#BBBBBB', opacity: 1, name: 'left' }] : [];
  for (let k = d.states.length - 1; k >= 0; k--) {
    layers.push({ values: d.inState.map(row => row[k]), colour: stageColour(d.states[k].stage),
      opacity: d.states[k].waiting ? 0.45 : 1, name: d.states[k].name });
  }
  let below = new Array(n).fill(0);
  for (const layer of layers) {
    const above = below.map((b, i) => b + layer.values[i]);
    let path = 'M' + x(0) + ',' + y(below[0]);
    for (let i = 0; i <= frame; i++) path += 'L' + x(i) + ',' + y(above[i]);
    for (let i = frame; i >= 0; i--) path += 'L' + x(i) + ',' + y(below[i]);
    const area = document.createElementNS(SVG, 'path');
    area.setAttribute('d', path + 'Z');
    area.setAttribute('fill', layer.colour);
    area.setAttribute('fill-opacity', String(layer.opacity));
    area.setAttribute('stroke', '#111');
    area.setAttribute('stroke-width', '0.3');
    const title = document.createElementNS(SVG, 'title');
    title.textContent = layer.name;
    area.append(title);
    svg.append(area);
    below = above;
  }
  const axis = document.createElementNS(SVG, 'path');
  axis.setAttribute('d', 'M' + L + ',5V' + (H - B) + 'H' + (W - 5));
  axis.setAttribute('stroke', '#111');
  axis.setAttribute('fill', 'none');
  svg.append(axis);
  const label = (text, lx, ly, anchor) => {
    const t = document.createElementNS(SVG, 'text');
    t.setAttribute('x', String(lx)); t.setAttribute('y', String(ly)); t.setAttribute('font-size', '12');
    t.setAttribute('text-anchor', anchor); t.textContent = text; svg.append(t);
  };
  label(fmt(top), L - 4, 14, 'end');
  label('0', L - 4, H - B, 'end');
  label(d.unit + ' ' + fmt(d.times[n - 1]), W - 5, H - 5, 'end');
  label(cumulative ? 'cumulative ' + d.item + 's (grey: left)' : d.item + 's in each stage (pale: waiting)', L + 4, 14, 'start');
}

function playReplay() {
  if (!replay.data) return;
  if (replay.timer) { stopReplay(); return; }
  if (replay.frame >= replay.data.times.length - 1) showFrame(0);
  $('replayPlay').textContent = 'Pause';
  const tick = () => {
    if (replay.frame >= replay.data.times.length - 1) { stopReplay(); return; }
    showFrame(replay.frame + 1);
    replay.timer = setTimeout(tick, 1000 / (4 * Number($('replaySpeed').value)));
  };
  tick();
}

function stopReplay() {
  clearTimeout(replay.timer);
  replay.timer = null;
  $('replayPlay').replaceChildren('Play ', el('kbd', {}, 'P'));
}

$('replayLoad').addEventListener('click', loadReplay);
$('replayChart').addEventListener('change', () => { if (replay.data) drawCfd(replay.frame); });
$('replayPlay').addEventListener('click', playReplay);
$('replayStep').addEventListener('click', () => { stopReplay(); showFrame(replay.frame + 1); });
$('replayBack').addEventListener('click', () => { stopReplay(); showFrame(replay.frame - 1); });
$('replayFrame').addEventListener('input', () => { stopReplay(); showFrame(Number($('replayFrame').value)); });

function clearReplay() {
  stopReplay();
  replay.data = null;
  $('replayStages').replaceChildren();
  $('replayCfd').replaceChildren();
  $('replayTime').textContent = 'Load a replay to watch work move through the stages.';
  ['replayBack', 'replayPlay', 'replayStep', 'replayFrame'].forEach(id => { $(id).disabled = true; });
}
