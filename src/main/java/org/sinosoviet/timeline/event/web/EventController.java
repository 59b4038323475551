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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Events", description = "What happened, when, who took part, and which grievances it evidences.")
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
	@Operation(summary = "List events", description = "Events in chronological order (or its reverse), filtered "
			+ "by any combination of parameters, one page at a time.")
	ResponseEntity<PagedList<EventRepresentation>> list(EventFilter filter,
			@Valid PageRequestParameters paging, @Parameter(description = "`date` (chronological) or `-date` (its exact reverse).") @RequestParam(defaultValue = "date") EventSort sort) {
		return PageLinks.ok(events.find(filter, paging.toPageRequest(sort.sort()), EventRepresentation::from));
	}

	@GetMapping("/events/{slug}")
	@Operation(summary = "One event in full", description = "Adds the full text, the neighbours on the timeline "
			+ "(`previous`, `next`) and who last changed it.")
	EventDetail show(@Parameter(example = "zhenbao-island-clash") @PathVariable String slug) {
		return events.findBySlug(slug, event -> EventDetail.from(event, events.neighboursOf(event)))
			.orElseThrow(() -> new NotFoundException("event", slug));
	}

	@GetMapping("/eras/{slug}/events")
	@Operation(summary = "Events that start in an era", description = "Takes the same filters as /events.")
	ResponseEntity<PagedList<EventRepresentation>> ofEra(@Parameter(example = "khrushchev") @PathVariable String slug, EventFilter filter,
			@Valid PageRequestParameters paging, @Parameter(description = "`date` (chronological) or `-date` (its exact reverse).") @RequestParam(defaultValue = "date") EventSort sort) {
		eras.findBySlug(slug).orElseThrow(() -> new NotFoundException("era", slug));
		return PageLinks.ok(events.find(filter, EventCatalog.inEra(slug), paging.toPageRequest(sort.sort()),
				EventRepresentation::from));
	}

	@GetMapping("/actors/{slug}/events")
	@Operation(summary = "Events an actor takes part in", description = "Takes the same filters as /events.")
	ResponseEntity<PagedList<EventRepresentation>> ofActor(@Parameter(example = "mao-zedong") @PathVariable String slug, EventFilter filter,
			@Valid PageRequestParameters paging, @Parameter(description = "`date` (chronological) or `-date` (its exact reverse).") @RequestParam(defaultValue = "date") EventSort sort) {
		actors.findBySlug(slug).orElseThrow(() -> new NotFoundException("actor", slug));
		return PageLinks.ok(events.find(filter, EventCatalog.withActor(slug), paging.toPageRequest(sort.sort()),
				EventRepresentation::from));
	}

}
