package org.sinosoviet.timeline.analysis.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.sinosoviet.timeline.analysis.web.Timeline.TimelineEra;
import org.sinosoviet.timeline.era.EraRepository;
import org.sinosoviet.timeline.event.EventCatalog;
import org.sinosoviet.timeline.event.EventFilter;
import org.sinosoviet.timeline.event.EventSort;
import org.sinosoviet.timeline.event.web.CompactEvent;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Analysis")
class TimelineController {

	private final EventCatalog events;

	private final EraRepository eras;

	TimelineController(EventCatalog events, EraRepository eras) {
		this.events = events;
		this.eras = eras;
	}

	@GetMapping("/timeline")
	@Operation(summary = "The whole story for a timeline widget",
			description = "The four eras in order, each with its events in compact form. Takes the /events filters.")
	Timeline timeline(EventFilter filter) {
		Map<String, List<CompactEvent>> byEra = events.findAll(filter, EventSort.DATE.sort(), CompactEvent::from)
			.stream()
			.collect(Collectors.groupingBy(CompactEvent::era));
		return new Timeline(eras.findAllByOrderBySequenceNo()
			.stream()
			.map(era -> TimelineEra.of(era, byEra.getOrDefault(era.getSlug(), List.of())))
			.toList());
	}

}
