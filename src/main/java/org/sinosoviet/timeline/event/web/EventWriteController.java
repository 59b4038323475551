package org.sinosoviet.timeline.event.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.sinosoviet.timeline.event.EventCatalog;
import org.sinosoviet.timeline.event.EventDraft;
import org.sinosoviet.timeline.event.EventEditor;
import org.sinosoviet.timeline.event.Event;
import org.sinosoviet.timeline.curation.web.CuratedWrites;
import org.sinosoviet.timeline.web.EntityTags;
import org.sinosoviet.timeline.web.RequestBodies;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Curation", description = "Curators change the timeline over HTTP Basic: create, replace, patch and "
		+ "delete, each change guarded by the ETag of the version it changes (If-Match).")
@SecurityRequirement(name = "curator")
class EventWriteController {

	private final EventEditor editor;

	private final EventCatalog events;

	private final CuratedWrites writes;

	private final JsonMapper json;

	private final CuratedWrites.Resource<EventInput, EventDraft, Event> resource;

	EventWriteController(EventEditor editor, EventCatalog events, CuratedWrites writes, JsonMapper json) {
		this.editor = editor;
		this.events = events;
		this.writes = writes;
		this.resource = new CuratedWrites.Resource<>(EventInput.class, EventInput::slug, EventInput::from,
				EventInput::toDraft, editor);
		this.json = json;
	}

	@PostMapping(value = "/events", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "createEvent", summary = "Create an event", description = "Answers 201 with the event and its `Location`; 409 "
			+ "when the slug is taken.")
	ResponseEntity<EventDetail> create(@RequestBody EventInput input,
			HttpServletRequest request) {
		EventDetail created = writes.create(resource, input, event -> detail(event, request));
		return ResponseEntity.created(URI.create("/events/" + input.slug())).body(created);
	}

	@PutMapping(value = "/events/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "replaceEvent", summary = "Replace an event", description = "Full replacement. Needs `If-Match` with the "
			+ "event's ETag: 428 without it, 412 when the event has changed since.")
	EventDetail replace(@Parameter(example = "zhenbao-island-clash") @PathVariable String slug,
			@RequestBody EventInput input, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			HttpServletRequest request) {
		return writes.replace(resource, slug, input, ifMatch, event -> detail(event, request));
	}

	@PatchMapping(value = "/events/{slug}", consumes = RequestBodies.MERGE_PATCH)
	@Operation(operationId = "patchEvent", summary = "Change part of an event", description = "A JSON Merge Patch (RFC 7396, "
			+ "`application/merge-patch+json`): the fields sent replace the event's, `null` removes one. Needs "
			+ "`If-Match` like PUT.")
	EventDetail patch(@Parameter(example = "zhenbao-island-clash") @PathVariable String slug,
			@RequestBody JsonNode patch, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			HttpServletRequest request) {
		return writes.patch(resource, slug, patch, ifMatch, event -> detail(event, request));
	}

	@DeleteMapping("/events/{slug}")
	@Operation(operationId = "deleteEvent", summary = "Delete an event", description = "Needs `If-Match` like PUT. The event's history "
			+ "remains readable.")
	ResponseEntity<Void> delete(@Parameter(example = "zhenbao-island-clash") @PathVariable String slug,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		writes.delete(resource, slug, ifMatch);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/events/{slug}/history")
	@Operation(operationId = "listEventHistory", summary = "The changes made to an event", description = "Oldest first: who changed it, when, "
			+ "and each changed field's old and new value. Public, like every read.")
	@SecurityRequirement(name = "")
	List<Revision> history(@Parameter(example = "zhenbao-island-clash") @PathVariable String slug) {
		return editor.historyOf(slug)
			.stream()
			.map(revision -> new Revision(revision.getVersion(), revision.getAction(), revision.getChangedAt(),
					revision.getChangedBy(), json.readTree(revision.getChanges())))
			.toList();
	}

	/** One change to an event: the version it produced, what was done, when, by whom, and the changed fields. */
	record Revision(long version, String action, Instant at, String by, JsonNode changes) {
	}

	private EventDetail detail(Event event, HttpServletRequest request) {
		EventDetail detail = EventDetail.from(event, events.neighboursOf(event));
		EntityTags.exposeVersion(request, detail.version());
		return detail;
	}

}
