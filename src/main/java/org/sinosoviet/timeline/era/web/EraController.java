package org.sinosoviet.timeline.era.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.sinosoviet.timeline.analysis.CauseFilter;
import org.sinosoviet.timeline.analysis.CausesOfSplit;
import org.sinosoviet.timeline.dataset.Era;
import org.sinosoviet.timeline.dataset.EraRepository;
import org.sinosoviet.timeline.event.EventRepository;
import org.sinosoviet.timeline.event.EventRepository.Count;
import org.sinosoviet.timeline.failure.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Eras", description = "The four contiguous eras of the relationship.")
class EraController {

	/** How many leading grievances an era's detail shows. */
	static final int LEADING_GRIEVANCES = 3;

	private final EraRepository eras;

	private final EventRepository events;

	private final CausesOfSplit causes;

	EraController(EraRepository eras, EventRepository events, CausesOfSplit causes) {
		this.eras = eras;
		this.events = events;
		this.causes = causes;
	}

	@GetMapping("/eras")
	@Operation(operationId = "listEras", summary = "The four eras, in order", description = "Each era's start is the previous era's end; "
			+ "that boundary day belongs to the era it ends.")
	List<EraRepresentation> list() {
		Map<String, Long> counts = eventCounts();
		return eras.findAllByOrderBySequenceNo()
			.stream()
			.map(era -> EraRepresentation.from(era, counts.getOrDefault(era.getSlug(), 0L)))
			.toList();
	}

	@GetMapping("/eras/{slug}")
	@Operation(operationId = "getEra", summary = "One era", description = "Adds the era's leading grievances: the top causes of the split "
			+ "counting only evidence in the era.")
	EraDetail show(@Parameter(example = "khrushchev") @PathVariable String slug) {
		Era era = eras.findBySlug(slug).orElseThrow(() -> new NotFoundException("era", slug));
		return EraDetail.of(EraRepresentation.from(era, eventCounts().getOrDefault(slug, 0L)),
				causes.rank(CauseFilter.ofEra(slug, LEADING_GRIEVANCES)));
	}

	private Map<String, Long> eventCounts() {
		return events.countByEra().stream().collect(Collectors.toMap(Count::getSlug, Count::getEvents));
	}

}
