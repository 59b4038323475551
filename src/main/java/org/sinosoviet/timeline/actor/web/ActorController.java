package org.sinosoviet.timeline.actor.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.sinosoviet.timeline.dataset.Actor;
import org.sinosoviet.timeline.dataset.ActorRepository;
import org.sinosoviet.timeline.event.EventRepository;
import org.sinosoviet.timeline.failure.NotFoundException;
import org.sinosoviet.timeline.web.EntityTags;
import org.sinosoviet.timeline.web.PageLinks;
import org.sinosoviet.timeline.web.PageRequestParameters;
import org.sinosoviet.timeline.web.PagedList;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Actors", description = "People, states, parties and organisations.")
class ActorController {

	private final ActorRepository actors;

	private final EventRepository events;

	ActorController(ActorRepository actors, EventRepository events) {
		this.actors = actors;
		this.events = events;
	}

	@GetMapping("/actors")
	@Operation(operationId = "listActors", summary = "List actors", description = "In slug order, filtered by kind and side.")
	ResponseEntity<PagedList<ActorRepresentation>> list(ActorFilter filter, @Valid PageRequestParameters paging) {
		List<ActorRepresentation> matching = actors.findAll(Sort.by("slug"))
			.stream()
			.filter(filter::matches)
			.map(ActorRepresentation::from)
			.toList();
		return PageLinks.ok(PageLinks.pageOf(matching, paging.toPageRequest(Sort.unsorted())));
	}

	@GetMapping("/actors/{slug}")
	@Operation(operationId = "getActor", summary = "One actor", description = "Adds how many events the actor takes part in and the eras "
			+ "in which they start.")
	ActorDetail show(@Parameter(example = "deng-xiaoping") @PathVariable String slug, HttpServletRequest request) {
		return detailOf(actors.findBySlug(slug).orElseThrow(() -> new NotFoundException("actor", slug)), request);
	}

	/** The actor in full, as a read or a write answers with it. */
	ActorDetail detailOf(Actor actor, HttpServletRequest request) {
		EntityTags.exposeVersion(request, actor.getVersion());
		String slug = actor.getSlug();
		return new ActorDetail(ActorRepresentation.from(actor), events.countByActor(slug), events.findErasOfActor(slug),
				actor.getVersion(), actor.getCreatedAt(), actor.getCreatedBy(), actor.getUpdatedAt(),
				actor.getUpdatedBy());
	}

}
