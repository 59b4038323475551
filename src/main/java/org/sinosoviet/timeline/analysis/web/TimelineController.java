package org.sinosoviet.timeline.analysis.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.sinosoviet.timeline.analysis.web.Timeline.TimelineEra;
import org.sinosoviet.timeline.dataset.EraRepository;
import org.sinosoviet.timeline.event.EventCatalog;
import org.sinosoviet.timeline.event.EventView;
import org.sinosoviet.timeline.event.EventFilter;
import org.sinosoviet.timeline.event.EventSort;
import org.sinosoviet.timeline.event.web.CompactEvent;
import org.sinosoviet.timeline.event.export.EventExports;
import org.sinosoviet.timeline.event.export.ExportFormat;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Analysis")
class TimelineController {

	private final EventCatalog events;

	private final EraRepository eras;

	private final EventView<EventExports.Row> rows;

	private final EventView<CompactEvent> compact;

	TimelineController(EventCatalog events, EraRepository eras,
			EventView<EventExports.Row> rows, EventView<CompactEvent> compact) {
		this.events = events;
		this.rows = rows;
		this.compact = compact;
		this.eras = eras;
	}

	@GetMapping(path = "/timeline", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "getTimeline", summary = "The whole story for a timeline widget", description = """
			The four eras in order, each with its events in compact form. Takes the /events filters. With \
			`format=timelinejs` (or `Accept: application/vnd.timelinejs+json`) it is a document that Knight \
			Lab's TimelineJS 3 renders as it is: the eras as bands, every event with `unique_id` = slug.""")
	@ApiResponse(responseCode = "200", description = "The timeline, as JSON or as a TimelineJS 3 document.",
			content = { @Content(mediaType = "application/json", schema = @Schema(implementation = Timeline.class)),
					@Content(mediaType = ExportFormat.TIMELINEJS_VALUE, schema = @Schema(type = "object")) })
	Timeline timeline(EventFilter filter) {
		Map<String, List<CompactEvent>> byEra = events.findAll(filter, EventSort.DATE.sort(), compact)
			.stream()
			.collect(Collectors.groupingBy(CompactEvent::era));
		return new Timeline(eras.findAllByOrderBySequenceNo()
			.stream()
			.map(era -> TimelineEra.of(era, byEra.getOrDefault(era.getSlug(), List.of())))
			.toList());
	}

	/** The timeline as a TimelineJS 3 document; described with {@link #timeline}. */
	@GetMapping(path = "/timeline", produces = ExportFormat.TIMELINEJS_VALUE)
	@Operation(hidden = true)
	Map<String, Object> timelineJs(EventFilter filter) {
		return EventExports.timelineJs(eras.findAllByOrderBySequenceNo(),
				events.findAll(filter, EventSort.DATE.sort(), rows));
	}

}
