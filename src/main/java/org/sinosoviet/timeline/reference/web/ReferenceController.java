package org.sinosoviet.timeline.reference.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.sinosoviet.timeline.reference.ReferenceCatalog;
import org.sinosoviet.timeline.reference.ReferenceFilter;
import org.sinosoviet.timeline.failure.NotFoundException;
import org.sinosoviet.timeline.web.PageLinks;
import org.sinosoviet.timeline.web.PageRequestParameters;
import org.sinosoviet.timeline.web.PagedList;

import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "References", description = "The works that support the dataset: scholarship, archival documents, "
		+ "treaties, newspapers. Every event cites at least one.")
class ReferenceController {

	private final ReferenceCatalog references;

	ReferenceController(ReferenceCatalog references) {
		this.references = references;
	}

	@GetMapping("/references")
	@Operation(operationId = "listReferences", summary = "List references",
			description = "Sorted by the first author's name as written (anonymous documents first), then by date, "
					+ "then by slug; filtered by kind and by words in title, authors, container and publisher.")
	ResponseEntity<PagedList<ReferenceRepresentation>> list(ReferenceFilter filter,
			@Valid PageRequestParameters paging) {
		return PageLinks.ok(PageLinks.pageOf(
				references.find(filter)
					.stream()
					.map(listed -> ReferenceRepresentation.from(listed.reference(), listed.eventCount()))
					.toList(),
				paging.toPageRequest(Sort.unsorted())));
	}

	@GetMapping("/references/{slug}")
	@Operation(operationId = "getReference", summary = "One reference", description = "Adds the events that cite it, in chronological order, "
			+ "with where in the work and what it supports.")
	ReferenceDetail show(@Parameter(example = "luthi-2008") @PathVariable String slug) {
		return references.findBySlug(slug)
			.map(ReferenceDetail::from)
			.orElseThrow(() -> new NotFoundException("reference", slug));
	}

}
