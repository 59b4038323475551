package org.sinosoviet.timeline.event.web;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.sinosoviet.timeline.chronology.HistoricalDate;
import org.sinosoviet.timeline.chronology.Precision;
import org.sinosoviet.timeline.event.Event;
import org.sinosoviet.timeline.event.EventType;

/**
 * An event in the compact form that timelines and evidence lists use; {@code /events/{slug}} has the rest.
 */
@JsonPropertyOrder({ "slug", "title", "start", "end", "precision", "endPrecision", "era", "type", "impact" })
public record CompactEvent(String slug, String title, HistoricalDate start, HistoricalDate end, Precision precision,
		Precision endPrecision, String era, EventType type, int impact) {

	public static CompactEvent from(Event event) {
		HistoricalDate end = event.getEnd();
		return new CompactEvent(event.getSlug(), event.getTitle(), event.getStart(), end, event.getStart().precision(),
				end == null ? null : end.precision(), event.getEra().getSlug(), event.getType(), event.getImpact());
	}

}
