package org.sinosoviet.timeline.analysis.web;

import java.util.List;

import org.sinosoviet.timeline.analysis.Cause;
import org.sinosoviet.timeline.analysis.CategoryCauses;
import org.sinosoviet.timeline.analysis.CauseFilter;
import org.sinosoviet.timeline.analysis.CausesOfSplit;
import org.sinosoviet.timeline.analysis.Grouping;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Analysis", description = "Why they split, the whole story, and the relationship over time.")
class CausesOfSplitController {

	private final CausesOfSplit causes;

	CausesOfSplitController(CausesOfSplit causes) {
		this.causes = causes;
	}

	@GetMapping("/causes-of-split")
	@Operation(operationId = "rankCausesOfSplit", summary = "Why did they split? Grievances ranked as causes",
			description = "Each grievance's score sums `max(0, 1 - impact)` over its evidence events: 3 for an "
					+ "event of impact -2, 2 for -1, 1 for 0, nothing for an event that improved relations. With "
					+ "`era`, `from` or `to` only evidence in that period counts, so the ranking changes with the "
					+ "period. Ties go to more evidence events, then the earlier first sighting, then the slug. "
					+ "`groupBy=category` ranks the categories by the sum of their grievances' scores.")
	@ApiResponse(responseCode = "200", description = "The ranking: causes, or with `groupBy=category` categories.",
			content = @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(
					oneOf = { Cause.class, CategoryCauses.class }))))
	List<?> rank(CauseFilter filter, @Parameter(description = "Group the ranking by grievance category.")
	@RequestParam(required = false) Grouping groupBy) {
		return groupBy == Grouping.CATEGORY ? causes.rankCategories(filter) : causes.rank(filter);
	}

}
