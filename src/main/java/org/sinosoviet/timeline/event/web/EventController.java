package org.sinosoviet.timeline.event.web;

import jakarta.validation.Valid;

import org.sinosoviet.timeline.actor.ActorRepository;
import org.sinosoviet.timeline.era.EraRepository;
import org.sinosoviet.timeline.event.EventCatalog;
import org.sinosoviet.timeline.event.EventFilter;
import org.sinosoviet.timeline.event.EventSort;
import org.sinosoviet.timeline.web.NotFoundException;
import org.sinosoviet.timeline.web.PageLinks;
import org.sinosoviet.timeline.web.PageRequestParameters;
import org.sinosoviet.timeline.web.PagedList;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class EventController {

	private final EventCatalog events;

	private final EraRepository eras;

	private final ActorRepository actors;

	EventController(EventCatalog events, EraRepository eras, ActorRepository actors) {
		this.events = events;
		this.eras = eras;
		this.actors = actors;
	}

	@GetMapping("/events")
	ResponseEntity<PagedList<EventRepresentation>> list(EventFilter filter,
			@Valid PageRequestParameters paging, @RequestParam(defaultValue = "date") EventSort sort) {
		return PageLinks.ok(events.find(filter, paging.toPageRequest(sort.sort()), EventRepresentation::from));
	}

	@GetMapping("/events/{slug}")
	EventDetail show(@PathVariable String slug) {
		return events.findBySlug(slug, event -> EventDetail.from(event, events.neighboursOf(event)))
			.orElseThrow(() -> new NotFoundException("event", slug));
	}

	@GetMapping("/eras/{slug}/events")
	ResponseEntity<PagedList<EventRepresentation>> ofEra(@PathVariable String slug, EventFilter filter,
			@Valid PageRequestParameters paging, @RequestParam(defaultValue = "date") EventSort sort) {
		eras.findBySlug(slug).orElseThrow(() -> new NotFoundException("era", slug));
		return PageLinks.ok(events.find(filter, EventCatalog.inEra(slug), paging.toPageRequest(sort.sort()),
				EventRepresentation::from));
	}

	@GetMapping("/actors/{slug}/events")
	ResponseEntity<PagedList<EventRepresentation>> ofActor(@PathVariable String slug, EventFilter filter,
			@Valid PageRequestParameters paging, @RequestParam(defaultValue = "date") EventSort sort) {
		actors.findBySlug(slug).orElseThrow(() -> new NotFoundException("actor", slug));
		return PageLinks.ok(events.find(filter, EventCatalog.withActor(slug), paging.toPageRequest(sort.sort()),
				EventRepresentation::from));
	}

}
