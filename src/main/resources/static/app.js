// The timeline viewer: reads the API of this same service, keeps its filters in the URL so that a view
// can be shared, and builds every element with the DOM (no HTML strings), so that data is never markup.
'use strict';

(() => {
  const FILTERS = ['era', 'actor', 'grievance'];
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
  const svg = (tag, attributes = {}) => {
    const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    return node;
  };

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

  function displaySpan(start, end) {
    return end ? `${displayDate(start)} – ${displayDate(end)}` : displayDate(start);
  }

  function impactBadge(impact) {
    const name = impact < 0 ? `n${-impact}` : impact > 0 ? `p${impact}` : '0';
    const label = impact > 0 ? `+${impact}` : impact < 0 ? `−${-impact}` : '0';
    return el('span', { class: `impact impact-${name}`, title: `Impact on relations: ${label}`,
      'aria-label': `impact ${label}`, text: label });
  }

  function currentFilters() {
    const params = new URLSearchParams(window.location.search);
    const filters = {};
    FILTERS.forEach((name) => { if (params.get(name)) filters[name] = params.get(name); });
    return filters;
  }

  function query(filters) {
    const params = new URLSearchParams();
    Object.entries(filters).forEach(([name, value]) => { if (value) params.set(name, value); });
    const text = params.toString();
    return text ? `?${text}` : '';
  }

  function navigate(filters, eventSlug) {
    const params = new URLSearchParams(query(filters));
    if (eventSlug) params.set('event', eventSlug);
    const text = params.toString();
    history.pushState(null, '', text ? `?${text}` : window.location.pathname);
  }

  async function loadFilterChoices() {
    const [eras, actors, grievances] = await Promise.all([
      api('eras'), api('actors?size=200'), api('grievances?size=200')]);
    const fill = (select, items, label) => items.forEach((item) =>
      select.append(el('option', { value: item.slug, text: label(item) })));
    fill(byId('filter-era'), eras, (era) => era.name);
    fill(byId('filter-actor'), [...actors.content].sort((a, b) => a.name.localeCompare(b.name)), (a) => a.name);
    fill(byId('filter-grievance'), [...grievances.content].sort((a, b) => a.title.localeCompare(b.title)),
      (g) => g.title);
    grievances.content.forEach((g) => grievanceTitles.set(g.slug, g.title));
    return eras;
  }

  function showFilters(filters) {
    FILTERS.forEach((name) => { byId(`filter-${name}`).value = filters[name] || ''; });
  }

  function renderTimeline(timeline, eras) {
    const container = byId('eras');
    container.replaceChildren();
    let count = 0;
    timeline.eras.forEach((era) => {
      const details = eras.find((e) => e.slug === era.slug);
      const section = el('section', { class: `era era-${era.slug}`, 'data-era': era.slug,
        'aria-labelledby': `era-${era.slug}` });
      section.append(el('h3', { id: `era-${era.slug}`, text: era.name }));
      section.append(el('p', { class: 'era-dates', text: displaySpan(era.start, era.end) }));
      if (details) {
        const names = (people) => people.map((p) => p.name).join(', ');
        section.append(el('p', { class: 'leaders',
          text: `Moscow: ${names(details.leaders.ussr)} · Beijing: ${names(details.leaders.prc)}` }));
      }
      if (era.events.length === 0) {
        section.append(el('p', { class: 'empty', text: 'No events match the filters in this era.' }));
      } else {
        const list = el('ol', { class: 'events' });
        era.events.forEach((event) => {
          count += 1;
          const link = el('a', { href: `?${new URLSearchParams({ ...currentFilters(), event: event.slug })}`,
            'data-slug': event.slug, 'data-era': event.era });
          link.append(el('time', { datetime: event.start, text: displaySpan(event.start, event.end) }),
            el('span', { class: 'title', text: event.title }), impactBadge(event.impact));
          link.addEventListener('click', (click) => {
            click.preventDefault();
            navigate(currentFilters(), event.slug);
            openEvent(event.slug, link);
          });
          list.append(el('li', { class: 'event' }, link));
        });
        section.append(list);
      }
      container.append(section);
    });
    return count;
  }

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
          text: `score ${cause.score} from ${cause.eventCount} event${cause.eventCount === 1 ? '' : 's'}, `
            + `${displayDate(cause.firstSeen)} to ${displayDate(cause.lastSeen)}` })));
    });
  }

  function renderTrend(years) {
    const chart = byId('trend');
    chart.replaceChildren();
    const width = 430; const height = 200; const left = 34; const right = 8; const top = 10; const bottom = 24;
    const values = years.map((y) => y.index);
    const min = Math.min(0, ...values); const max = Math.max(0, ...values);
    const x = (i) => left + (i * (width - left - right)) / Math.max(1, years.length - 1);
    const y = (v) => top + ((max - v) * (height - top - bottom)) / Math.max(1, max - min);
    chart.append(svg('line', { class: 'axis', x1: left, y1: top, x2: left, y2: height - bottom }));
    chart.append(svg('line', { class: 'zero', x1: left, y1: y(0), x2: width - right, y2: y(0) }));
    [max, 0, min].filter((v, i, all) => all.indexOf(v) === i).forEach((v) => {
      const label = svg('text', { x: left - 4, y: y(v) + 3, 'text-anchor': 'end' });
      label.textContent = String(v);
      chart.append(label);
    });
    years.forEach((year, i) => {
      if (year.year % 10 === 0) {
        const label = svg('text', { x: x(i), y: height - 8, 'text-anchor': 'middle' });
        label.textContent = String(year.year);
        chart.append(label);
      }
    });
    chart.append(svg('polyline', { class: 'line',
      points: years.map((year, i) => `${x(i).toFixed(1)},${y(year.index).toFixed(1)}`).join(' ') }));
  }

  let returnFocusTo = null;
  const grievanceTitles = new Map();

  async function openEvent(slug, trigger) {
    returnFocusTo = trigger || null;
    const dialog = byId('detail');
    try {
      const event = await api(`events/${encodeURIComponent(slug)}`);
      byId('detail-title').textContent = event.title;
      byId('detail-dates').textContent = `${event.circa ? 'about ' : ''}${displaySpan(event.start, event.end)} · ${event.type.replace('-', ' ')}`
        + (event.location ? ` · ${event.location.name}` : '');
      byId('detail-dates').append(' · ', impactBadge(event.impact));
      byId('detail-summary').textContent = event.summary;
      byId('detail-text').replaceChildren(el('p', { text: event.text }));
      byId('detail-actors').replaceChildren(...event.actors.map((actor) =>
        el('li', { text: `${actor.name} (${actor.role})` })));
      byId('detail-grievances').replaceChildren(...event.grievances.map((grievance) =>
        el('li', { text: grievanceTitles.get(grievance) || grievance })));
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

  async function render(eras) {
    const filters = currentFilters();
    showFilters(filters);
    const status = byId('status');
    status.textContent = 'Loading…';
    try {
      const eraParam = filters.era ? `&era=${encodeURIComponent(filters.era)}` : '';
      const [timeline, causes] = await Promise.all([
        api(`timeline${query(filters)}`), api(`causes-of-split?limit=8${eraParam}`)]);
      const count = renderTimeline(timeline, eras);
      const era = eras.find((e) => e.slug === filters.era);
      renderCauses(causes, era ? era.name : null);
      status.textContent = `${count} event${count === 1 ? '' : 's'} shown.`;
    } catch (error) {
      status.textContent = `The timeline could not be loaded: ${error.message}`;
    }
    const slug = new URLSearchParams(window.location.search).get('event');
    if (slug) openEvent(slug); else closeEvent();
  }

  async function start() {
    let eras = [];
    try {
      eras = await loadFilterChoices();
      renderTrend(await api('relations/trend'));
    } catch (error) {
      byId('status').textContent = `The timeline could not be loaded: ${error.message}`;
      return;
    }
    const form = byId('filters');
    form.addEventListener('change', () => {
      const filters = {};
      FILTERS.forEach((name) => { filters[name] = byId(`filter-${name}`).value; });
      navigate(filters);
      render(eras);
    });
    form.addEventListener('reset', (reset) => {
      reset.preventDefault();
      navigate({});
      render(eras);
    });
    byId('detail-close').addEventListener('click', () => closeEvent());
    byId('detail').addEventListener('close', () => {
      if (new URLSearchParams(window.location.search).get('event')) navigate(currentFilters());
      if (returnFocusTo) returnFocusTo.focus();
    });
    window.addEventListener('popstate', () => render(eras));
    render(eras);
  }

  document.addEventListener('DOMContentLoaded', start);
})();
