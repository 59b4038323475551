package org.sinosoviet.timeline.event.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.sinosoviet.timeline.dataset.ActorRepository;
import org.sinosoviet.timeline.dataset.EraRepository;
import org.sinosoviet.timeline.event.EventCatalog;
import org.sinosoviet.timeline.event.EventView;
import org.sinosoviet.timeline.event.EventFilter;
import org.sinosoviet.timeline.event.EventSort;
import org.sinosoviet.timeline.event.export.EventExports;
import org.sinosoviet.timeline.event.export.ExportFormat;
import org.sinosoviet.timeline.failure.NotFoundException;
import org.sinosoviet.timeline.web.EntityTags;
import org.sinosoviet.timeline.web.PageLinks;
import org.sinosoviet.timeline.web.PageRequestParameters;
import org.sinosoviet.timeline.web.PagedList;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

	private final EventView<EventRepresentation> representations;

	private final EventView<EventExports.Row> exported;

	EventController(EventCatalog events, EraRepository eras, ActorRepository actors,
			EventView<EventRepresentation> representations, EventView<EventExports.Row> exported) {
		this.events = events;
		this.representations = representations;
		this.exported = exported;
		this.eras = eras;
		this.actors = actors;
	}

	@GetMapping(path = "/events", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listEvents", summary = "List events", description = """
			Events in chronological order (or its reverse), filtered by any combination of parameters. As JSON \
			the list is paged; as CSV (`format=csv` or `Accept: text/csv`), GeoJSON (`format=geojson`, \
			`application/geo+json`, only events with coordinates) or a TimelineJS 3 document \
			(`format=timelinejs`) it holds every matching event unless `page` or `size` is given.""")
	@ApiResponse(responseCode = "200", description = "The events, in the representation asked for.",
			content = { @Content(mediaType = "application/json",
					schema = @Schema(ref = "#/components/schemas/PagedListEventRepresentation")),
					@Content(mediaType = ExportFormat.CSV_VALUE, schema = @Schema(type = "string")),
					@Content(mediaType = ExportFormat.GEOJSON_VALUE, schema = @Schema(type = "object")),
					@Content(mediaType = ExportFormat.TIMELINEJS_VALUE, schema = @Schema(type = "object")) })
	ResponseEntity<PagedList<EventRepresentation>> list(EventFilter filter, @Valid PageRequestParameters paging,
			@Parameter(description = "`date` (chronological) or `-date` (its exact reverse).")
			@RequestParam(defaultValue = "date") EventSort sort) {
		return PageLinks.ok(events.find(filter, paging.toPageRequest(sort.sort()), representations));
	}

	/** The list as CSV; described with {@link #list}, as are the two below. */
	@GetMapping(path = "/events", produces = ExportFormat.CSV_VALUE)
	@Operation(hidden = true)
	ResponseEntity<String> csv(EventFilter filter, @Valid PageRequestParameters paging,
			@RequestParam(defaultValue = "date") EventSort sort) {
		return ResponseEntity.ok()
			.contentType(ExportFormat.CSV_UTF8)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"events.csv\"")
			.body(EventExports.csv(rows(filter, paging, sort)));
	}

	@GetMapping(path = "/events", produces = ExportFormat.GEOJSON_VALUE)
	@Operation(hidden = true)
	Map<String, Object> geoJson(EventFilter filter, @Valid PageRequestParameters paging,
			@RequestParam(defaultValue = "date") EventSort sort) {
		return EventExports.geoJson(rows(filter, paging, sort));
	}

	@GetMapping(path = "/events", produces = ExportFormat.TIMELINEJS_VALUE)
	@Operation(hidden = true)
	Map<String, Object> timelineJs(EventFilter filter, @Valid PageRequestParameters paging,
			@RequestParam(defaultValue = "date") EventSort sort) {
		return EventExports.timelineJs(eras.findAllByOrderBySequenceNo(), rows(filter, paging, sort));
	}

	/** An export holds every matching event unless a page is asked for. */
	private List<EventExports.Row> rows(EventFilter filter, PageRequestParameters paging, EventSort sort) {
		return paging.isRequested() ? events.find(filter, paging.toPageRequest(sort.sort()), exported).getContent()
				: events.findAll(filter, sort.sort(), exported);
	}

	@GetMapping("/events/{slug}")
	@Operation(operationId = "getEvent", summary = "One event in full", description = "Adds the full text, the neighbours on the timeline "
			+ "(`previous`, `next`) and who last changed it.")
	EventDetail show(@Parameter(example = "zhenbao-island-clash") @PathVariable String slug,
			HttpServletRequest request) {
		EventDetail detail = events.findBySlug(slug, event -> EventDetail.from(event, events.neighboursOf(event)))
			.orElseThrow(() -> new NotFoundException("event", slug));
		EntityTags.exposeVersion(request, detail.version());
		return detail;
	}

	@GetMapping("/eras/{slug}/events")
	@Operation(operationId = "listEraEvents", summary = "Events that start in an era", description = "Takes the same filters as /events.")
	ResponseEntity<PagedList<EventRepresentation>> ofEra(@Parameter(example = "khrushchev") @PathVariable String slug, EventFilter filter,
			@Valid PageRequestParameters paging, @Parameter(description = "`date` (chronological) or `-date` (its exact reverse).") @RequestParam(defaultValue = "date") EventSort sort) {
		eras.findBySlug(slug).orElseThrow(() -> new NotFoundException("era", slug));
		return PageLinks.ok(events.find(filter, EventCatalog.inEra(slug), paging.toPageRequest(sort.sort()),
				representations));
	}

	@GetMapping("/actors/{slug}/events")
	@Operation(operationId = "listActorEvents", summary = "Events an actor takes part in", description = "Takes the same filters as /events.")
	ResponseEntity<PagedList<EventRepresentation>> ofActor(@Parameter(example = "mao-zedong") @PathVariable String slug, EventFilter filter,
			@Valid PageRequestParameters paging, @Parameter(description = "`date` (chronological) or `-date` (its exact reverse).") @RequestParam(defaultValue = "date") EventSort sort) {
		actors.findBySlug(slug).orElseThrow(() -> new NotFoundException("actor", slug));
		return PageLinks.ok(events.find(filter, EventCatalog.withActor(slug), paging.toPageRequest(sort.sort()),
				representations));
	}

}
