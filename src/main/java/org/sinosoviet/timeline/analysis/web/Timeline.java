package org.sinosoviet.timeline.analysis.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.sinosoviet.timeline.chronology.HistoricalDate;
import org.sinosoviet.timeline.chronology.Precision;
import org.sinosoviet.timeline.dataset.Era;
import org.sinosoviet.timeline.event.web.CompactEvent;

/**
 * The whole story for a timeline widget: the eras in order, each with its events in compact form.
 */
record Timeline(List<TimelineEra> eras) {

	@JsonPropertyOrder({ "slug", "name", "start", "end", "precision", "endPrecision", "events" })
	record TimelineEra(String slug, String name, HistoricalDate start, HistoricalDate end, Precision precision,
			Precision endPrecision, List<CompactEvent> events) {

		static TimelineEra of(Era era, List<CompactEvent> events) {
			return new TimelineEra(era.getSlug(), era.getName(), era.getStart(), era.getEnd(),
					era.getStart().precision(), era.getEnd().precision(), events);
		}

	}

}
