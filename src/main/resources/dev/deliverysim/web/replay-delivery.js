// The workshop page's replay of a delivery organisation: its PRs in their stages and its people at
// work, frame by frame (loaded after replay.js, whose state and helpers it uses). Vanilla JS.
'use strict';

// A delivery organisation's PRs, frame by frame: where each PR is (its state in the timeline) at each
// frame, following the simulation's own moves up to the frame's snapshot.
function followPrs(d) {
  const m = d.stateMoves;
  const where = new Map();
  const frames = [];
  let next = 0;
  for (let f = 0; f < d.times.length; f++) {
    for (; next < m.upTo[f]; next++) {
      if (m.states[next] < 0) where.delete(m.items[next]); else where.set(m.items[next], m.states[next]);
    }
    frames.push(Array.from(where));
  }
  return frames;
}

// What each person is doing at each frame (an activity, or -1: idle) and on which PR.
function followPeople(d) {
  const p = d.people;
  const doing = new Array(p.team.length).fill(-1);
  const on = new Array(p.team.length).fill(-1);
  const frames = [];
  let next = 0;
  for (let f = 0; f < d.times.length; f++) {
    for (; next < p.upTo[f]; next++) {
      doing[p.people[next]] = p.doing[next];
      on[p.people[next]] = p.items[next];
    }
    frames.push({ doing: doing.slice(), on: on.slice() });
  }
  p.done = new Set(p.doing); // the activities anyone takes up in this replication: the legend
  return frames;
}

// Each stage's PRs, numbered in the order they appeared: in work (filled) and waiting (pale), then
// each team's people, coloured by what they do (the colour of the stage they serve), grey when idle.
function showPrs(f) {
  const d = replay.data;
  const box = $('replayStages');
  const before = new Map();
  box.querySelectorAll('.token[data-item]').forEach(t => before.set(t.dataset.item, t.getBoundingClientRect()));
  box.replaceChildren();
  const frame = d.prs[f];
  for (const stage of d.stages) {
    const colour = stageColour(stage);
    const here = frame.filter(([, k]) => d.states[k].stage === stage);
    const working = here.filter(([, k]) => !d.states[k].waiting);
    const waiting = here.filter(([, k]) => d.states[k].waiting);
    const token = (item, k, cls) => el('span', { class: 'token item pr ' + cls, 'data-item': String(item),
      title: d.item + ' ' + item + ': ' + d.states[k].name,
      style: 'background:' + colour + ';border-color:' + (cls === 'waiting' ? colour : '#111')
        + (cls === 'waiting' ? '' : ';color:' + inkOn(colour)) }, String(item % 100));
    const work = el('div', { class: 'tokens inWork' });
    working.slice(0, MAX_TOKENS).forEach(([item, k]) => work.append(token(item, k, 'working')));
    if (working.length > MAX_TOKENS) work.append(el('span', { class: 'small' }, '+' + (working.length - MAX_TOKENS)));
    const queue = el('div', { class: 'tokens' });
    waiting.slice(0, MAX_TOKENS).forEach(([item, k]) => queue.append(token(item, k, 'waiting')));
    if (waiting.length > MAX_TOKENS) queue.append(el('span', { class: 'small' }, '+' + (waiting.length - MAX_TOKENS)));
    box.append(el('div', { class: 'replayStage', 'data-stage': stage, 'data-waiting': String(waiting.length),
      'data-working': String(working.length) },
      el('span', { class: 'name' }, el('span', { class: 'swatch', style: 'background:' + colour }), stage),
      el('span', { class: 'count' }, (d.holding.has(stage) ? '' : working.length + ' in work · ') + waiting.length
        + ' waiting'), work, queue));
  }
  if (d.crew) box.append(showPeople(f));
  const cut = Math.min(d.stateMoves.until, d.people ? d.people.until : Infinity);
  if (cut < d.times[f]) {
    box.append(el('p', { class: 'muted small' }, 'The trace is complete up to ' + d.unit + ' ' + fmt(cut)
      + ' (its size bound); later ' + d.item + 's and people are not shown.'));
  }
  slide(box, before);
}

// Near-black text on a light colour, white on a dark one (blue, wine, indigo, black).
function inkOn(colour) {
  const n = parseInt(colour.slice(1), 16);
  const lum = 0.2126 * ((n >> 16) & 255) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255);
  return lum < 110 ? '#FFFFFF' : '#111111';
}

function personColour(p, a) {
  if (a < 0) return '#DDDDDD';
  return p.activityStages[a] ? stageColour(p.activityStages[a]) : activityColour(p.activities[a]);
}

// One row per team: a dot per person (at most MAX_PEOPLE), with the last two digits of the PR they work on.
const MAX_PEOPLE = 40;
function showPeople(f) {
  const d = replay.data;
  const p = d.people;
  const frame = d.crew[f];
  const block = el('div', { class: 'people', 'aria-label': 'People' });
  block.append(el('h3', {}, 'People ', el('span', { class: 'muted small' }, '— what each is doing now (grey: idle)')));
  p.teams.forEach((team, t) => {
    const dots = el('div', { class: 'dots' });
    let members = 0;
    let busy = 0;
    p.team.forEach((of, person) => {
      if (of !== t) return;
      members++;
      const a = frame.doing[person];
      if (a >= 0) busy++;
      if (members > MAX_PEOPLE) return;
      const what = a < 0 ? 'idle' : p.activities[a];
      const on = frame.on[person];
      dots.append(el('span', { class: 'person' + (a < 0 ? ' idle' : ''), 'data-person': String(person),
        'data-doing': what, title: team + ' ' + (person - p.team.indexOf(t) + 1) + ': ' + what
          + (on >= 0 ? ' ' + d.item + ' ' + on : ''), style: 'background:' + personColour(p, a) + ';color:'
          + inkOn(personColour(p, a)) },
      on >= 0 ? String(on % 100) : ''));
    });
    if (members > MAX_PEOPLE) dots.append(el('span', { class: 'small' }, '+' + (members - MAX_PEOPLE)));
    block.append(el('div', { class: 'team', 'data-team': team, 'data-busy': String(busy) },
      el('span', { class: 'name' }, team), el('span', { class: 'count' }, busy + ' of ' + members + ' busy'), dots));
  });
  const legend = el('div', { class: 'legend' });
  p.activities.forEach((activity, a) => {
    if (p.done.has(a)) legend.append(el('span', {}, el('span', { class: 'swatch', style: 'background:' + personColour(p, a) }), activity));
  });
  legend.append(el('span', {}, el('span', { class: 'swatch idle', style: 'background:#DDDDDD' }), 'idle'));
  block.append(legend);
  return block;
}
