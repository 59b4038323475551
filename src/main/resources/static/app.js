// The timeline viewer: reads the API of this same service, keeps its filters in the URL so that a view
// can be shared, and builds every element with the DOM (no HTML strings), so that data is never markup.
'use strict';

(() => {
  const FILTERS = ['q', 'era', 'type', 'impact', 'actor', 'grievance'];
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
    'October', 'November', 'December'];

  const byId = (id) => document.getElementById(id);
  const el = (tag, attributes = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (name === 'text') node.textContent = value;
      else node.setAttribute(name, value);
    }
    children.forEach((child) => node.append(child));
    return node;
  };
  const svg = (tag, attributes = {}, text) => {
    const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const plural = (count, noun) => `${count} ${noun}${count === 1 ? '' : 's'}`;

  async function api(path) {
    const response = await fetch(path, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      let detail = response.statusText;
      try { detail = (await response.json()).detail || detail; } catch (ignored) { /* not JSON */ }
      throw new Error(detail);
    }
    return response.json();
  }

  // A date at its precision, for people: "1960", "July 1960", "16 July 1960".
  function displayDate(date) {
    const [year, month, day] = date.split('-');
    if (!month) return year;
    if (!day) return `${MONTHS[Number(month) - 1]} ${year}`;
    return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
  }

  function displaySpan(start, end) {
    return end ? `${displayDate(start)} – ${displayDate(end)}` : displayDate(start);
  }

  /** A reference as a bibliography gives it: authors, title (linked where it can be read), publisher and date. */
  function readableReference(reference, citation) {
    if (!reference) return [el('cite', { text: citation.title })];
    const authors = reference.authors.length > 3 ? `${reference.authors[0]} et al.` : reference.authors.join(', ');
    const title = reference.identifiers.url
      ? el('a', { href: reference.identifiers.url, rel: 'noopener noreferrer', text: reference.title })
      : el('cite', { text: reference.title });
    const published = [reference.publisher, reference.date && displayDate(reference.date)].filter(Boolean).join(', ');
    const parts = [];
    if (authors) parts.push(`${authors}, `);
    parts.push(title);
    if (reference.container) parts.push(`, in ${reference.container}`);
    if (published) parts.push(` (${published})`);
    if (citation.locator) parts.push(`, ${citation.locator}`);
    return parts;
  }

  const impactName = (impact) => (impact < 0 ? `n${-impact}` : impact > 0 ? `p${impact}` : '0');
  const impactLabel = (impact) => (impact > 0 ? `+${impact}` : impact < 0 ? `−${-impact}` : '0');

  function impactBadge(impact) {
    const label = impactLabel(impact);
    return el('span', { class: `impact impact-${impactName(impact)}`, title: `Impact on relations: ${label}`,
      'aria-label': `impact ${label}`, text: label });
  }

  const typeLabel = (type) => type.charAt(0).toUpperCase() + type.slice(1).replace(/-/g, ' ');

  // ---- Filters, kept in the URL ----

  function currentFilters() {
    const params = new URLSearchParams(window.location.search);
    const filters = {};
    FILTERS.forEach((name) => { if (params.get(name)) filters[name] = params.get(name); });
    return filters;
  }

  function query(filters, extra = {}) {
    const params = new URLSearchParams();
    Object.entries({ ...filters, ...extra }).forEach(([name, value]) => { if (value) params.set(name, value); });
    const text = params.toString();
    return text ? `?${text}` : '';
  }

  function navigate(filters, eventSlug, replace = false) {
    const text = query(filters, { event: eventSlug });
    const url = text || window.location.pathname;
    if (replace) history.replaceState(null, '', url); else history.pushState(null, '', url);
    shownSearch = window.location.search;
  }

  function formFilters() {
    const filters = {};
    FILTERS.forEach((name) => { filters[name] = byId(`filter-${name}`).value.trim(); });
    return filters;
  }

  function showFilters(filters) {
    FILTERS.forEach((name) => {
      const field = byId(`filter-${name}`);
      // The search box is left alone while the reader is typing in it.
      if (name === 'q' && document.activeElement === field && field.value.trim() === (filters.q || '')) return;
      field.value = filters[name] || '';
    });
  }

  async function loadFilterChoices(everything) {
    const [eras, actors, grievances] = await Promise.all([
      api('eras'), api('actors?size=200'), api('grievances?size=200')]);
    const fill = (select, items, value, label) => items.forEach((item) =>
      select.append(el('option', { value: value(item), text: label(item) })));
    fill(byId('filter-era'), eras, (era) => era.slug, (era) => era.name);
    const types = [...new Set(allEvents(everything).map((event) => event.type))]
      .sort((a, b) => typeLabel(a).localeCompare(typeLabel(b)));
    fill(byId('filter-type'), types, (type) => type, typeLabel);
    fill(byId('filter-actor'), [...actors.content].sort((a, b) => a.name.localeCompare(b.name)),
      (a) => a.slug, (a) => a.name);
    fill(byId('filter-grievance'), [...grievances.content].sort((a, b) => a.title.localeCompare(b.title)),
      (g) => g.slug, (g) => g.title);
    grievances.content.forEach((g) => grievanceTitles.set(g.slug, g.title));
    return eras;
  }

  const allEvents = (timeline) => timeline.eras.flatMap((era) => era.events);

  /** A link that opens an event's detail, keeping the filters in the URL. */
  function eventLink(event, attributes, ...children) {
    const link = el('a', { href: query(currentFilters(), { event: event.slug }), 'data-slug': event.slug,
      ...attributes }, ...children);
    link.addEventListener('click', (click) => {
      click.preventDefault();
      if (axisDrag.moved) return;
      navigate(currentFilters(), event.slug);
      openEvent(event.slug, link);
    });
    return link;
  }

  function eventRow(event, extra) {
    const link = eventLink(event, { 'data-era': event.era },
      el('time', { datetime: event.start, text: displaySpan(event.start, event.end) }),
      el('span', { class: 'title', text: event.title }), impactBadge(event.impact));
    if (extra) link.querySelector('.title').append(el('span', { class: 'where', text: extra }));
    return el('li', { class: 'event' }, link);
  }

  // ---- The list, era by era: only the eras that hold matches ----

  function renderTimeline(timeline, eras) {
    const container = byId('eras');
    container.replaceChildren();
    let count = 0;
    timeline.eras.filter((era) => era.events.length > 0).forEach((era) => {
      const details = eras.find((e) => e.slug === era.slug);
      const section = el('section', { class: `era era-${era.slug}`, 'data-era': era.slug,
        'aria-labelledby': `era-${era.slug}` });
      section.append(el('h3', { id: `era-${era.slug}` }, era.name,
        el('span', { class: 'count', text: ` · ${plural(era.events.length, 'event')}` })));
      section.append(el('p', { class: 'era-dates', text: displaySpan(era.start, era.end) }));
      if (details) {
        const names = (people) => people.map((p) => p.name).join(', ');
        section.append(el('p', { class: 'leaders',
          text: `Moscow: ${names(details.leaders.ussr)} · Beijing: ${names(details.leaders.prc)}` }));
      }
      const list = el('ol', { class: 'events' });
      era.events.forEach((event) => { count += 1; list.append(eventRow(event)); });
      section.append(list);
      container.append(section);
    });
    if (count === 0) container.append(el('p', { class: 'empty', text: 'No events match these filters.' }));
    return count;
  }

  // ---- The time axis: zoom and pan from the whole period to a single year ----

  const DOMAIN = [1949, 1992];
  const MIN_SPAN = 1;
  const view = { from: DOMAIN[0], to: DOMAIN[1] };
  const axisDrag = { moved: false };
  let axisEvents = [];
  let axisFocus = null;
  let axisEras = [];

  const whole = (t) => Math.abs(t - Math.round(t)) < 1e-6;

  // The fraction of the year at the start of a day.
  function yearFraction(year, month, day) {
    const start = Date.UTC(year, 0, 1);
    return year + (Date.UTC(year, month - 1, day) - start) / (Date.UTC(year + 1, 0, 1) - start);
  }

  // The first instant a date can denote, and the instant after the last: "1960" is all of 1960.
  function firstInstant(date) {
    const [year, month, day] = date.split('-').map(Number);
    return yearFraction(year, month || 1, day || 1);
  }

  function afterLast(date) {
    const [year, month, day] = date.split('-').map(Number);
    if (!month) return year + 1;
    if (!day) return yearFraction(year, month + 1, 1);
    return yearFraction(year, month, day + 1);
  }

  function monthOf(t) {
    const year = Math.floor(t + 1e-9);
    const month = Math.min(11, Math.floor((t - year) * 12 + 1e-6));
    return `${MONTHS[month]} ${year}`;
  }

  function describeRange(from, to) {
    if (whole(from) && whole(to)) {
      const first = Math.round(from); const last = Math.round(to) - 1;
      return first === last ? `${first}` : `${first}–${last}`;
    }
    return `${monthOf(from)} – ${monthOf(to - 1e-6)}`;
  }

  function setView(from, to) {
    const span = Math.min(DOMAIN[1] - DOMAIN[0], Math.max(MIN_SPAN, to - from));
    let start = from;
    if (start < DOMAIN[0]) start = DOMAIN[0];
    if (start + span > DOMAIN[1]) start = DOMAIN[1] - span;
    // Whole months stay whole: the range reads as months or years, not fractions of them.
    view.from = Math.round(start * 1e6) / 1e6;
    view.to = Math.round((start + span) * 1e6) / 1e6;
    renderAxis();
  }

  function zoom(factor, around) {
    const span = view.to - view.from;
    const centre = around === undefined ? view.from + span / 2 : around;
    const share = (centre - view.from) / span;
    const next = Math.min(DOMAIN[1] - DOMAIN[0], Math.max(MIN_SPAN, span * factor));
    setView(centre - share * next, centre - share * next + next);
  }

  function pan(share) {
    const shift = (view.to - view.from) * share;
    setView(view.from + shift, view.to + shift);
  }

  function axisTicks(from, to) {
    const span = to - from;
    const ticks = [];
    if (span > 3) {
      const step = span > 24 ? 5 : span > 10 ? 2 : 1;
      for (let year = Math.ceil(from / step - 1e-9) * step; year <= to + 1e-9; year += step) {
        ticks.push({ t: year, label: String(year), major: true });
      }
    } else {
      const every = span > 1.5 ? 3 : 1;
      for (let year = Math.floor(from); year <= Math.ceil(to); year += 1) {
        for (let month = 0; month < 12; month += every) {
          const t = yearFraction(year, month + 1, 1);
          if (t >= from - 1e-9 && t <= to + 1e-9) {
            ticks.push({ t, label: month === 0 ? String(year) : MONTHS[month].slice(0, 3), major: month === 0 });
          }
        }
      }
    }
    return ticks;
  }

  function renderAxis() {
    const box = byId('axis');
    const width = box.clientWidth || 600;
    const { from, to } = view;
    const span = to - from;
    const x = (t) => ((t - from) / span) * width;
    const percent = (t) => `${(((t - from) / span) * 100).toFixed(3)}%`;
    const ROW = 22; const TOP = 26; const MAX_LANES = 14;
    const labelled = span <= 5;

    byId('axis-range').textContent = `Showing ${describeRange(from, to)}`;
    box.setAttribute('data-from', String(from));
    box.setAttribute('data-to', String(to));

    const bands = el('div', { class: 'axis-bands', 'aria-hidden': 'true' });
    axisEras.forEach((era) => {
      const a = Math.max(from, firstInstant(era.start)); const b = Math.min(to, afterLast(era.end));
      if (b <= a) return;
      const band = el('div', { class: `band band-${era.slug}` }, el('span', { class: 'band-label', text: era.name }));
      band.style.left = percent(a);
      band.style.width = `${(((b - a) / span) * 100).toFixed(3)}%`;
      bands.append(band);
    });

    const shown = axisEvents
      .map((event) => ({ event, a: firstInstant(event.start), b: afterLast(event.end || event.start) }))
      .filter(({ a, b }) => b > from && a < to)
      .sort((p, q) => p.a - q.a || p.b - q.b);
    const lanes = [];
    const hadFocus = box.contains(document.activeElement);
    const marks = el('ol', { class: 'axis-marks', 'aria-label': `Events from ${describeRange(from, to)}` });
    shown.forEach(({ event, a, b }) => {
      const left = x(Math.max(a, from));
      const barWidth = Math.max(4, x(Math.min(b, to)) - left);
      const extent = left + barWidth + (labelled ? Math.min(220, event.title.length * 6.5) + 6 : 0) + 3;
      let lane = lanes.findIndex((end) => end <= left);
      if (lane < 0 && lanes.length < MAX_LANES) { lanes.push(0); lane = lanes.length - 1; }
      if (lane < 0) lane = lanes.indexOf(Math.min(...lanes));
      lanes[lane] = extent;
      const name = `${event.title}, ${displaySpan(event.start, event.end)}`;
      const bar = el('span', { class: `bar impact-${impactName(event.impact)}` });
      bar.style.width = `${barWidth.toFixed(1)}px`;
      const link = eventLink(event, { class: 'mark', 'aria-label': name, title: name,
        'data-start': event.start, 'data-precision': event.precision, tabindex: '-1' }, bar);
      if (labelled) link.append(el('span', { class: 'mark-label', 'aria-hidden': 'true', text: event.title }));
      link.style.left = `${left.toFixed(1)}px`;
      link.style.top = `${TOP + lane * ROW}px`;
      marks.append(el('li', {}, link));
    });

    const ticks = el('div', { class: 'axis-ticks', 'aria-hidden': 'true' });
    axisTicks(from, to).forEach((tick) => {
      const node = el('div', { class: `tick${tick.major ? ' major' : ''}` });
      node.style.left = percent(tick.t);
      const at = x(tick.t);
      if (at > 14 && at < width - 14) node.append(el('span', { text: tick.label }));
      ticks.append(node);
    });

    const height = TOP + Math.max(1, lanes.length) * ROW + 30;
    box.style.height = `${height}px`;
    box.replaceChildren(bands, ticks, marks);
    // One mark takes part in the tab order; the arrow keys go from one to the next.
    const links = [...marks.querySelectorAll('.mark')];
    const current = links.find((link) => link.getAttribute('data-slug') === axisFocus) || links[0];
    if (current) {
      current.tabIndex = 0;
      if (hadFocus) current.focus();
    }
    if (shown.length === 0) box.append(el('p', { class: 'axis-empty', text: 'No events match in this stretch.' }));
    byId('axis-zoom-in').disabled = span <= MIN_SPAN + 1e-6;
    byId('axis-zoom-out').disabled = span >= DOMAIN[1] - DOMAIN[0] - 1e-6;
    byId('axis-earlier').disabled = from <= DOMAIN[0] + 1e-6;
    byId('axis-later').disabled = to >= DOMAIN[1] - 1e-6;
  }

  function startAxis() {
    const box = byId('axis');
    byId('axis-zoom-in').addEventListener('click', () => zoom(0.5));
    byId('axis-zoom-out').addEventListener('click', () => zoom(2));
    byId('axis-earlier').addEventListener('click', () => pan(-0.25));
    byId('axis-later').addEventListener('click', () => pan(0.25));
    byId('axis-whole').addEventListener('click', () => setView(DOMAIN[0], DOMAIN[1]));
    byId('axis-year-form').addEventListener('submit', (submit) => {
      submit.preventDefault();
      const year = Number(byId('axis-year').value);
      if (Number.isInteger(year) && year >= DOMAIN[0] && year < DOMAIN[1]) setView(year, year + 1);
    });
    box.addEventListener('keydown', (key) => {
      const marks = [...box.querySelectorAll('.mark')];
      const at = marks.indexOf(document.activeElement);
      // Zooming from a mark keeps its event in view.
      const around = at < 0 ? undefined : firstInstant(marks[at].getAttribute('data-start'));
      if (key.key === '+' || key.key === '=') { key.preventDefault(); zoom(0.5, around); return; }
      if (key.key === '-') { key.preventDefault(); zoom(2, around); return; }
      if (at < 0) return;
      const next = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0,
        End: marks.length - 1 }[key.key];
      if (next === undefined) return;
      key.preventDefault();
      const mark = marks[Math.max(0, Math.min(marks.length - 1, next))];
      marks.forEach((m) => { m.tabIndex = -1; });
      mark.tabIndex = 0;
      axisFocus = mark.getAttribute('data-slug');
      mark.focus();
    });
    box.addEventListener('focusin', (focus) => {
      if (focus.target.classList.contains('mark')) axisFocus = focus.target.getAttribute('data-slug');
    });
    box.addEventListener('wheel', (wheel) => {
      if (wheel.deltaY === 0 && wheel.deltaX === 0) return;
      const rect = box.getBoundingClientRect();
      const span = view.to - view.from;
      if (Math.abs(wheel.deltaX) > Math.abs(wheel.deltaY) || wheel.shiftKey) {
        wheel.preventDefault();
        pan(((wheel.deltaX || wheel.deltaY) / rect.width));
        return;
      }
      // Once the axis can zoom no further that way, the wheel scrolls the page again.
      const further = wheel.deltaY > 0 ? span < DOMAIN[1] - DOMAIN[0] - 1e-6 : span > MIN_SPAN + 1e-6;
      if (!further) return;
      wheel.preventDefault();
      const at = view.from + ((wheel.clientX - rect.left) / rect.width) * span;
      zoom(wheel.deltaY > 0 ? 1.25 : 0.8, at);
    }, { passive: false });
    let start = null;
    box.addEventListener('pointerdown', (down) => {
      if (down.button !== 0) return;
      start = { x: down.clientX, from: view.from, to: view.to, id: down.pointerId };
      axisDrag.moved = false;
    });
    box.addEventListener('pointermove', (move) => {
      if (!start || move.pointerId !== start.id) return;
      const dx = move.clientX - start.x;
      if (!axisDrag.moved && Math.abs(dx) < 4) return;
      if (!axisDrag.moved) { axisDrag.moved = true; box.setPointerCapture(move.pointerId); box.classList.add('dragging'); }
      const shift = (-dx / box.clientWidth) * (start.to - start.from);
      setView(start.from + shift, start.to + shift);
    });
    const end = () => {
      start = null;
      box.classList.remove('dragging');
      // The click that ends a drag opens nothing; the next one does.
      setTimeout(() => { axisDrag.moved = false; }, 0);
    };
    box.addEventListener('pointerup', end);
    box.addEventListener('pointercancel', end);
    if (window.ResizeObserver) new ResizeObserver(() => renderAxis()).observe(box);
  }

  // ---- The map: Natural Earth's outline, drawn in the page ----

  const MAP = { west: 2, east: 146, south: 8, north: 62 };
  const MAP_K = Math.cos((35 * Math.PI) / 180);
  const MAP_W = (MAP.east - MAP.west) * MAP_K;
  const MAP_H = MAP.north - MAP.south;
  const mapX = (lon) => (lon - MAP.west) * MAP_K;
  const mapY = (lat) => MAP.north - lat;
  const SOVIET = new Set(['Russia', 'Ukraine', 'Belarus', 'Moldova', 'Estonia', 'Latvia', 'Lithuania', 'Georgia',
    'Armenia', 'Azerbaijan', 'Kazakhstan', 'Uzbekistan', 'Turkmenistan', 'Kyrgyzstan', 'Tajikistan']);
  let places = [];
  let chosenPlace = null;

  function drawOutline(outline) {
    const map = svg('svg', { viewBox: `0 0 ${MAP_W.toFixed(2)} ${MAP_H}`, class: 'outline', 'aria-hidden': 'true',
      focusable: 'false', preserveAspectRatio: 'xMidYMid meet' });
    map.append(svg('rect', { class: 'sea', x: 0, y: 0, width: MAP_W.toFixed(2), height: MAP_H }));
    outline.features.forEach((country) => {
      const d = country.geometry.coordinates.map((polygon) => polygon.map((ring) => `M${ring
        .map(([lon, lat]) => `${mapX(lon).toFixed(2)},${mapY(lat).toFixed(2)}`).join('L')}Z`).join('')).join('');
      const name = country.properties.name;
      const kind = name === 'China' ? ' prc' : SOVIET.has(name) ? ' ussr' : '';
      map.append(svg('path', { d, class: `country${kind}` }));
    });
    [['Soviet Union', 80, 60], ['China', 101, 33], ['Mongolia', 103, 46.5]].forEach(([name, lon, lat]) =>
      map.append(svg('text', { x: mapX(lon).toFixed(2), y: mapY(lat).toFixed(2), class: 'country-name',
        'text-anchor': 'middle' }, name)));
    byId('map').replaceChildren(map, el('ul', { class: 'places', id: 'map-places', 'aria-label': 'Places on the map' }));
  }

  // Places close together on the map are one: the busiest gives its name and position.
  function gatherPlaces(features) {
    const byName = new Map();
    features.forEach((feature) => {
      const [lon, lat] = feature.geometry.coordinates;
      const name = feature.properties.locationName || 'Unnamed place';
      const key = `${name}|${lon}|${lat}`;
      if (!byName.has(key)) byName.set(key, { name, lon, lat, events: [] });
      byName.get(key).events.push(feature.properties);
    });
    const clusters = [];
    [...byName.values()].sort((a, b) => b.events.length - a.events.length || a.name.length - b.name.length)
      .forEach((spot) => {
        const near = clusters.find((c) => Math.hypot((c.lon - spot.lon) * MAP_K, c.lat - spot.lat) < 1.6);
        if (near) {
          near.events.push(...spot.events.map((event) => ({ ...event, where: spot.name })));
          near.names.add(spot.name);
        } else {
          clusters.push({ name: spot.name, lon: spot.lon, lat: spot.lat, names: new Set([spot.name]),
            events: spot.events.map((event) => ({ ...event, where: spot.name })) });
        }
      });
    clusters.forEach((c) => c.events.sort((p, q) => firstInstant(p.start) - firstInstant(q.start)
      || p.slug.localeCompare(q.slug)));
    return clusters;
  }

  function placeButton(place) {
    const button = el('button', { type: 'button', class: 'place-button', 'aria-controls': 'place',
      'aria-label': `${place.name}: ${plural(place.events.length, 'event')}`, 'data-place': place.name });
    button.addEventListener('click', () => showPlace(place.name, true));
    return button;
  }

  function renderMap(geojson) {
    places = gatherPlaces(geojson.features);
    const onMap = byId('map-places');
    const elsewhere = byId('map-elsewhere');
    onMap.replaceChildren();
    elsewhere.replaceChildren();
    // The busiest are drawn first, so that a small place near a big one stays on top and can be reached.
    places.forEach((place) => {
      const button = placeButton(place);
      const inside = place.lon >= MAP.west && place.lon <= MAP.east && place.lat >= MAP.south && place.lat <= MAP.north;
      if (inside) {
        const size = 14 + 4 * Math.sqrt(place.events.length);
        button.style.left = `${((mapX(place.lon) / MAP_W) * 100).toFixed(2)}%`;
        button.style.top = `${((mapY(place.lat) / MAP_H) * 100).toFixed(2)}%`;
        button.style.width = `${size.toFixed(0)}px`;
        button.style.height = `${size.toFixed(0)}px`;
        if (place.events.length > 1) button.append(el('span', { 'aria-hidden': 'true', text: String(place.events.length) }));
        onMap.append(el('li', {}, button));
      } else {
        button.classList.add('far');
        button.append(el('span', { 'aria-hidden': 'true', text: `${place.name} (${place.events.length})` }));
        elsewhere.append(el('li', {}, button));
      }
    });
    byId('map-elsewhere-wrap').hidden = elsewhere.children.length === 0;
    if (chosenPlace) showPlace(chosenPlace, false);
  }

  function showPlace(name, focus) {
    const panel = byId('place');
    const place = places.find((p) => p.name === name);
    document.querySelectorAll('.place-button').forEach((button) =>
      button.classList.toggle('chosen', button.getAttribute('data-place') === name && Boolean(place)));
    if (!place) { chosenPlace = null; panel.hidden = true; return; }
    chosenPlace = name;
    const heading = byId('place-heading');
    heading.textContent = `${place.names.size > 1 ? `${place.name} and nearby` : place.name}: `
      + `${plural(place.events.length, 'event')}`;
    byId('place-events').replaceChildren(...place.events.map((event) =>
      eventRow(event, event.where !== place.name ? ` (${event.where})` : '')));
    panel.hidden = false;
    if (focus) heading.focus();
  }

  // ---- Causes and the trend ----

  function renderCauses(causes, eraName) {
    byId('causes-scope').textContent = eraName
      ? `The grievances ranked as causes, counting only evidence from ${eraName.replace(/^The /, 'the ')}.`
      : 'The grievances ranked as causes over the whole period.';
    const list = byId('causes');
    list.replaceChildren();
    const top = causes.length ? causes[0].score : 1;
    causes.forEach((cause) => {
      const bar = el('span', { class: 'bar' });
      bar.style.setProperty('--share', `${Math.round((cause.score / top) * 100)}%`);
      list.append(el('li', {},
        el('span', { class: 'cause-title', text: cause.grievance.title }),
        el('span', { class: 'meter', 'aria-hidden': 'true' }, bar),
        el('span', { class: 'score',
          text: `score ${cause.score} from ${plural(cause.eventCount, 'event')}, `
            + `${displayDate(cause.firstSeen)} to ${displayDate(cause.lastSeen)}` })));
    });
  }

  // The turning points: the year the slide began after the best moment, the year the recovery began after the
  // worst, and the years that moved relations most; each with the event that moved them most that year.
  function turningPoints(years, events) {
    const chosen = [];
    const add = (row) => { if (row && chosen.every((c) => Math.abs(c.year - row.year) >= 2)) chosen.push(row); };
    const best = years.reduce((p, q) => (q.index > p.index ? q : p));
    const worst = years.reduce((p, q) => (q.index < p.index ? q : p));
    add(years.find((row) => row.year > best.year && row.netImpact < 0));
    add(years.find((row) => row.year > worst.year && row.netImpact > 0));
    [...years].filter((row) => row.netImpact !== 0)
      .sort((p, q) => Math.abs(q.netImpact) - Math.abs(p.netImpact) || p.year - q.year)
      .forEach((row) => { if (chosen.length < 6) add(row); });
    return chosen.sort((p, q) => p.year - q.year).map((row) => {
      const sign = Math.sign(row.netImpact);
      const event = events.filter((e) => e.start.startsWith(String(row.year)) && Math.sign(e.impact) === sign)
        .sort((p, q) => Math.abs(q.impact) - Math.abs(p.impact) || firstInstant(p.start) - firstInstant(q.start))[0];
      return { ...row, event };
    }).filter((row) => row.event);
  }

  function renderTrend(years, events) {
    const chart = byId('trend');
    chart.replaceChildren();
    const width = 430; const height = 250; const left = 52; const right = 12; const top = 14; const bottom = 46;
    const values = years.map((y) => y.index);
    const min = Math.min(0, ...values); const max = Math.max(0, ...values);
    const x = (i) => left + (i * (width - left - right)) / Math.max(1, years.length - 1);
    const y = (v) => top + ((max - v) * (height - top - bottom)) / Math.max(1, max - min);
    chart.append(svg('line', { class: 'axis', x1: left, y1: top, x2: left, y2: height - bottom }));
    chart.append(svg('line', { class: 'axis', x1: left, y1: height - bottom, x2: width - right, y2: height - bottom }));
    chart.append(svg('line', { class: 'zero', x1: left, y1: y(0), x2: width - right, y2: y(0) }));
    [max, 0, min].filter((v, i, all) => all.indexOf(v) === i).forEach((v) =>
      chart.append(svg('text', { x: left - 5, y: y(v) + 4, 'text-anchor': 'end' }, String(v))));
    years.forEach((year, i) => {
      if (year.year % 10 === 0) {
        chart.append(svg('line', { class: 'axis', x1: x(i), y1: height - bottom, x2: x(i), y2: height - bottom + 4 }));
        chart.append(svg('text', { x: x(i), y: height - bottom + 16, 'text-anchor': 'middle' }, String(year.year)));
      }
    });
    chart.append(svg('text', { class: 'title', x: left + (width - left - right) / 2, y: height - 6,
      'text-anchor': 'middle' }, 'Year'));
    chart.append(svg('text', { class: 'title', x: 0, y: 0, 'text-anchor': 'middle',
      transform: `translate(14 ${top + (height - top - bottom) / 2}) rotate(-90)` }, 'Relations index (running sum)'));
    chart.append(svg('polyline', { class: 'line',
      points: years.map((year, i) => `${x(i).toFixed(1)},${y(year.index).toFixed(1)}`).join(' ') }));

    const points = turningPoints(years, events);
    const list = byId('turning-points');
    list.replaceChildren();
    points.forEach((point, n) => {
      const i = years.findIndex((row) => row.year === point.year);
      const cx = x(i); const cy = y(point.index);
      const above = point.netImpact < 0 ? -1 : 1;
      chart.append(svg('circle', { class: `turn ${point.netImpact < 0 ? 'worse' : 'better'}`, cx, cy, r: 3.5 }));
      const ly = cy - above * 14;
      chart.append(svg('circle', { class: 'turn-label', cx, cy: ly, r: 8 }));
      chart.append(svg('text', { class: 'turn-number', x: cx, y: ly + 4, 'text-anchor': 'middle' }, String(n + 1)));
      const change = `${point.netImpact > 0 ? '+' : '−'}${Math.abs(point.netImpact)}`;
      list.append(el('li', { 'data-year': String(point.year) },
        el('span', { class: 'turn-year', text: `${point.year} (${change}): ` }),
        eventLink(point.event, {}, point.event.title), ' ', impactBadge(point.event.impact)));
    });
  }

  // ---- The event's detail ----

  let returnFocusTo = null;
  let shownSearch = null;
  const grievanceTitles = new Map();

  async function openEvent(slug, trigger) {
    returnFocusTo = trigger || null;
    const dialog = byId('detail');
    try {
      const event = await api(`events/${encodeURIComponent(slug)}`);
      byId('detail-title').textContent = event.title;
      byId('detail-dates').textContent = `${event.circa ? 'about ' : ''}${displaySpan(event.start, event.end)} · `
        + `${typeLabel(event.type)}${event.location ? ` · ${event.location.name}` : ''}`;
      byId('detail-dates').append(' · ', impactBadge(event.impact));
      byId('detail-summary').textContent = event.summary;
      byId('detail-text').replaceChildren(el('p', { text: event.text }));
      byId('detail-actors').replaceChildren(...event.actors.map((actor) =>
        el('li', { text: `${actor.name} (${actor.role})` })));
      byId('detail-grievances').replaceChildren(...event.grievances.map((grievance) =>
        el('li', { text: grievanceTitles.get(grievance) || grievance })));
      byId('detail-grievances').previousElementSibling.hidden = event.grievances.length === 0;
      byId('detail-actors').previousElementSibling.hidden = event.actors.length === 0;
      const references = await Promise.all(event.citations.map((citation) =>
        api(`references/${encodeURIComponent(citation.reference)}`).catch(() => null)));
      byId('detail-references').replaceChildren(...event.citations.map((citation, i) =>
        el('li', {}, ...readableReference(references[i], citation))));
      byId('detail-alternatives').replaceChildren(...event.alternatives.map((alternative) => {
        const cited = references[event.citations.findIndex((c) => c.reference === alternative.reference)];
        const by = cited ? `${cited.authors[0] || cited.title}` : alternative.reference;
        const value = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(alternative.value) ? displayDate(alternative.value) : alternative.value;
        return el('li', { text: `${alternative.label}: ${value} (${by}${alternative.locator ? `, ${alternative.locator}` : ''})` });
      }));
      byId('detail-alternatives-section').hidden = event.alternatives.length === 0;
      byId('detail-sources').replaceChildren(...event.sources.map((source) => {
        const item = el('li', { text: `“${source.documentTitle || source.document}”`
          + (source.section ? `, ${source.section}` : '') });
        if (source.quote) item.append(': ', el('q', { text: source.quote }));
        return item;
      }));
      byId('detail-sources').previousElementSibling.hidden = event.sources.length === 0;
      byId('detail-notes').textContent = event.notes || '';
      byId('detail-notes-section').hidden = !event.notes;
      if (!dialog.open) dialog.showModal();
      byId('detail-close').focus();
    } catch (error) {
      byId('status').textContent = `Could not open the event: ${error.message}`;
    }
  }

  function closeEvent() {
    const dialog = byId('detail');
    if (dialog.open) dialog.close();
  }

  // ---- Putting it together ----

  let renders = 0;

  async function render(eras) {
    const filters = currentFilters();
    shownSearch = window.location.search;
    showFilters(filters);
    const status = byId('status');
    status.textContent = 'Loading…';
    const mine = ++renders;
    try {
      const eraParam = filters.era ? `&era=${encodeURIComponent(filters.era)}` : '';
      const [timeline, causes, located] = await Promise.all([
        api(`timeline${query(filters)}`), api(`causes-of-split?limit=8${eraParam}`),
        api(`events${query(filters, { format: 'geojson' })}`)]);
      if (mine !== renders) return;
      const count = renderTimeline(timeline, eras);
      axisEvents = allEvents(timeline);
      renderAxis();
      renderMap(located);
      const era = eras.find((e) => e.slug === filters.era);
      renderCauses(causes, era ? era.name : null);
      const inEras = timeline.eras.filter((e) => e.events.length > 0).length;
      status.textContent = `${plural(count, 'event')} shown.`;
      byId('status').setAttribute('data-eras', String(inEras));
    } catch (error) {
      if (mine === renders) status.textContent = `The timeline could not be loaded: ${error.message}`;
    }
    const slug = new URLSearchParams(window.location.search).get('event');
    if (slug) openEvent(slug); else closeEvent();
  }

  async function start() {
    let eras = [];
    try {
      const [everything, outline] = await Promise.all([api('timeline'), api('map/countries.json')]);
      eras = await loadFilterChoices(everything);
      axisEras = eras;
      drawOutline(outline);
      renderTrend(await api('relations/trend'), allEvents(everything));
    } catch (error) {
      byId('status').textContent = `The timeline could not be loaded: ${error.message}`;
      return;
    }
    startAxis();
    const form = byId('filters');
    let typing = null;
    const apply = (replace) => { navigate(formFilters(), null, replace); render(eras); };
    form.addEventListener('change', (change) => {
      if (change.target.id === 'filter-q') return;
      apply(false);
    });
    byId('filter-q').addEventListener('input', () => {
      clearTimeout(typing);
      typing = setTimeout(() => apply(true), 300);
    });
    form.addEventListener('submit', (submit) => {
      submit.preventDefault();
      clearTimeout(typing);
      apply(false);
    });
    form.addEventListener('reset', (reset) => {
      reset.preventDefault();
      clearTimeout(typing);
      byId('filter-q').value = '';
      navigate({});
      render(eras);
    });
    byId('detail-close').addEventListener('click', () => closeEvent());
    byId('detail').addEventListener('close', () => {
      if (new URLSearchParams(window.location.search).get('event')) navigate(currentFilters());
      if (returnFocusTo && document.contains(returnFocusTo)) returnFocusTo.focus();
    });
    // Following a link to a section changes only the fragment: nothing to load again.
    window.addEventListener('popstate', () => { if (window.location.search !== shownSearch) render(eras); });
    render(eras);
  }

  document.addEventListener('DOMContentLoaded', start);
})();
