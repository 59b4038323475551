package org.sinosoviet.timeline.event;

import java.util.List;
import java.util.Objects;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.sinosoviet.timeline.chronology.HistoricalDate;
import org.sinosoviet.timeline.dataset.GrievanceCategory;

/**
 * Everything a client can filter events by, bound from the query string in one piece. Parameters
 * combine with AND; the values of one repeated (or comma-separated) parameter combine with OR.
 *
 * @param era slugs of eras the event starts in
 * @param actor slugs of actors taking part
 * @param grievance slugs of grievances the event evidences
 * @param category categories of those grievances
 * @param type event types
 * @param from the event's interval ends on or after this date's first day
 * @param to the event's interval starts on or before this date's last day
 * @param q words to find, case-insensitively, in title, summary and notes
 * @param impact exact impacts or directions
 * @param reference slugs of references the event cites
 */
public record EventFilter(
		@Parameter(description = "Eras the event starts in.", example = "khrushchev") List<String> era,
		@Parameter(description = "Slugs of actors taking part (see /actors).",
				example = "mao-zedong") List<String> actor,
		@Parameter(description = "Slugs of grievances the event gives evidence of (see /grievances).",
				example = "border-dispute") List<String> grievance,
		@Parameter(description = "Categories of those grievances.") List<GrievanceCategory> category,
		@Parameter(description = "Event types.") List<EventType> type,
		@Parameter(description = "The event ends on or after this date (YYYY, YYYY-MM or YYYY-MM-DD, widened to "
				+ "its first day).", example = "1958", schema = @Schema(type = "string")) HistoricalDate from,
		@Parameter(description = "The event starts on or before this date (widened to its last day).",
				example = "1962", schema = @Schema(type = "string")) HistoricalDate to,
		@Parameter(description = "Words to find, case-insensitively, in title, summary and notes (at most 200 "
				+ "characters).", example = "swimming") String q,
		@Parameter(description = "Impact on relations: an exact value or a direction.", example = "worsened",
				array = @ArraySchema(schema = @Schema(allowableValues = { "-2", "-1", "0", "1", "2", "worsened",
						"unchanged", "improved" }))) List<ImpactLevel> impact,
		@Parameter(description = "Slugs of references the event cites (see /references).",
				example = "luthi-2008") List<String> reference) {

	/** The longest {@code q} accepted: enough for any phrase, too short to be a weapon. */
	public static final int MAX_QUERY_LENGTH = 200;

	/*
	 * Written out in full rather than in the compact form, so that the constructor's parameters carry none of
	 * the components' annotations (the fields keep them, for the API description). Spring MVC binds the query
	 * string through this constructor, and reads the annotations of all its parameters anew for each parameter
	 * of each request: with the descriptions on them, that was a fifth of the CPU of an uncached page.
	 */
	public EventFilter(List<String> era, List<String> actor, List<String> grievance, List<GrievanceCategory> category,
			List<EventType> type, HistoricalDate from, HistoricalDate to, String q, List<ImpactLevel> impact,
			List<String> reference) {
		this.era = slugs(era);
		this.actor = slugs(actor);
		this.grievance = slugs(grievance);
		this.category = present(category);
		this.type = present(type);
		this.from = from;
		this.to = to;
		this.q = q == null || q.isBlank() ? null : q.strip();
		this.impact = present(impact);
		this.reference = slugs(reference);
	}

	private static List<String> slugs(List<String> values) {
		return values == null ? List.of()
				: values.stream().filter(Objects::nonNull).map(String::strip).filter(value -> !value.isEmpty())
					.distinct().toList();
	}

	private static <T> List<T> present(List<T> values) {
		return values == null ? List.of() : values.stream().filter(Objects::nonNull).distinct().toList();
	}

}
