package org.sinosoviet.timeline.event;

import java.util.List;
import java.util.Objects;

import org.sinosoviet.timeline.chronology.HistoricalDate;
import org.sinosoviet.timeline.grievance.GrievanceCategory;

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
 */
public record EventFilter(List<String> era, List<String> actor, List<String> grievance,
		List<GrievanceCategory> category, List<EventType> type, HistoricalDate from, HistoricalDate to, String q,
		List<ImpactLevel> impact) {

	/** The longest {@code q} accepted: enough for any phrase, too short to be a weapon. */
	public static final int MAX_QUERY_LENGTH = 200;

	public static final EventFilter NONE = new EventFilter(null, null, null, null, null, null, null, null, null);

	public EventFilter {
		era = slugs(era);
		actor = slugs(actor);
		grievance = slugs(grievance);
		category = present(category);
		type = present(type);
		impact = present(impact);
		q = q == null || q.isBlank() ? null : q.strip();
	}

	public boolean isEmpty() {
		return equals(NONE);
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
