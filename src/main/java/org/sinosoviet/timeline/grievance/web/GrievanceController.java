package org.sinosoviet.timeline.grievance.web;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.sinosoviet.timeline.dataset.EraRepository;
import org.sinosoviet.timeline.event.EventCatalog;
import org.sinosoviet.timeline.event.EventView;
import org.sinosoviet.timeline.event.EventFilter;
import org.sinosoviet.timeline.event.EventRepository;
import org.sinosoviet.timeline.event.EventRepository.Evidence;
import org.sinosoviet.timeline.event.EventSort;
import org.sinosoviet.timeline.event.web.CompactEvent;
import org.sinosoviet.timeline.dataset.Grievance;
import org.sinosoviet.timeline.dataset.GrievanceRepository;
import org.sinosoviet.timeline.failure.InvalidValuesException;
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
@Tag(name = "Grievances", description = "The disputes that drove the two states apart, with their evidence.")
class GrievanceController {

	private final GrievanceRepository grievances;

	private final EventRepository events;

	private final EventCatalog catalog;

	private final EventView<CompactEvent> compact;

	private final EraRepository eras;

	GrievanceController(GrievanceRepository grievances, EventRepository events, EventCatalog catalog,
			EventView<CompactEvent> compact, EraRepository eras) {
		this.grievances = grievances;
		this.events = events;
		this.catalog = catalog;
		this.compact = compact;
		this.eras = eras;
	}

	@GetMapping("/grievances")
	@Operation(operationId = "listGrievances", summary = "List grievances", description = "In slug order, filtered by category, by who held the "
			+ "grievance, and by eras in which it has evidence.")
	ResponseEntity<PagedList<GrievanceRepresentation>> list(GrievanceFilter filter,
			@Valid PageRequestParameters paging) {
		if (!filter.era().isEmpty()) {
			eras.all().unknown(filter.era()).ifPresent(problem -> {
				throw new InvalidValuesException(problem);
			});
		}
		Map<String, Set<String>> evidence = new LinkedHashMap<>();
		Map<String, Set<String>> erasOfEvidence = new LinkedHashMap<>();
		for (Evidence link : events.findAllEvidence()) {
			evidence.computeIfAbsent(link.getGrievance(), key -> new LinkedHashSet<>()).add(link.getEvent());
			erasOfEvidence.computeIfAbsent(link.getGrievance(), key -> new LinkedHashSet<>()).add(link.getEra());
		}
		List<GrievanceRepresentation> matching = grievances.findAll(Sort.by("slug"))
			.stream()
			.filter(grievance -> filter.category().isEmpty() || filter.category().contains(grievance.getCategory()))
			.filter(grievance -> filter.heldBy().isEmpty() || filter.heldBy().contains(grievance.getHeldBy()))
			.filter(grievance -> filter.era().isEmpty() || erasOfEvidence.getOrDefault(grievance.getSlug(), Set.of())
				.stream()
				.anyMatch(filter.era()::contains))
			.map(grievance -> GrievanceRepresentation.from(grievance,
					List.copyOf(evidence.getOrDefault(grievance.getSlug(), Set.of()))))
			.toList();
		return PageLinks.ok(PageLinks.pageOf(matching, paging.toPageRequest(Sort.unsorted())));
	}

	@GetMapping("/grievances/{slug}")
	@Operation(operationId = "getGrievance", summary = "One grievance", description = "Adds its evidence events in compact form.")
	GrievanceDetail show(@Parameter(example = "border-dispute") @PathVariable String slug,
			HttpServletRequest request) {
		return detailOf(grievances.findBySlug(slug).orElseThrow(() -> new NotFoundException("grievance", slug)),
				request);
	}

	/** The grievance in full, as a read or a write answers with it. */
	GrievanceDetail detailOf(Grievance grievance, HttpServletRequest request) {
		EntityTags.exposeVersion(request, grievance.getVersion());
		EventFilter evidenceOf = new EventFilter(null, null, List.of(grievance.getSlug()), null, null, null, null, null, null, null);
		List<CompactEvent> evidence = catalog.findAll(evidenceOf, EventSort.DATE.sort(), compact);
		return new GrievanceDetail(
				GrievanceRepresentation.from(grievance, evidence.stream().map(CompactEvent::slug).toList()), evidence,
				grievance.getVersion(), grievance.getCreatedAt(), grievance.getCreatedBy(), grievance.getUpdatedAt(),
				grievance.getUpdatedBy());
	}

}
