package org.sinosoviet.timeline.analysis;

import java.util.List;
import java.util.Objects;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.sinosoviet.timeline.chronology.HistoricalDate;
import org.sinosoviet.timeline.dataset.GrievanceCategory;
import org.sinosoviet.timeline.dataset.HeldBy;

/**
 * What a client can ask of the causes of the split: the period ({@code era}, {@code from}, {@code to})
 * whose evidence counts, which grievances to rank ({@code category}, {@code heldBy}), and how many
 * ({@code limit}).
 */
public record CauseFilter(
		@Parameter(description = "Count only evidence events that start in these eras.", example = "khrushchev") List<String> era,
		@Parameter(description = "Count only evidence events that end on or after this date.", example = "1956",
				schema = @Schema(type = "string")) HistoricalDate from,
		@Parameter(description = "Count only evidence events that start on or before this date.", example = "1964",
				schema = @Schema(type = "string")) HistoricalDate to,
		@Parameter(description = "Rank only grievances of these categories.") List<GrievanceCategory> category,
		@Parameter(description = "Rank only grievances held by these sides.") List<HeldBy> heldBy,
		@Parameter(description = "How many entries to return, 1 to 100.", example = "5") Integer limit) {

	public static final int MAX_LIMIT = 100;

	public CauseFilter {
		era = era == null ? List.of()
				: era.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
		category = category == null ? List.of() : category.stream().filter(Objects::nonNull).distinct().toList();
		heldBy = heldBy == null ? List.of() : heldBy.stream().filter(Objects::nonNull).distinct().toList();
	}

	public static CauseFilter ofEra(String eraSlug, int limit) {
		return new CauseFilter(List.of(eraSlug), null, null, null, null, limit);
	}

}
