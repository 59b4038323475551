package org.sinosoviet.timeline.grievance.web;

import java.util.List;
import java.util.Objects;

import io.swagger.v3.oas.annotations.Parameter;

import org.sinosoviet.timeline.dataset.GrievanceCategory;
import org.sinosoviet.timeline.dataset.HeldBy;

/**
 * Filters on the list of grievances: any of the categories, any of the holders, and evidence in any of
 * the eras.
 */
record GrievanceFilter(@Parameter(description = "Grievance categories.") List<GrievanceCategory> category,
		@Parameter(description = "Who held the grievance against the other.") List<HeldBy> heldBy,
		@Parameter(description = "Eras in which the grievance has evidence.", example = "brezhnev") List<String> era) {

	GrievanceFilter {
		category = category == null ? List.of() : category.stream().filter(Objects::nonNull).distinct().toList();
		heldBy = heldBy == null ? List.of() : heldBy.stream().filter(Objects::nonNull).distinct().toList();
		era = era == null ? List.of()
				: era.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
	}

}
