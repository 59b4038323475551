package org.sinosoviet.timeline.event.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.sinosoviet.timeline.chronology.HistoricalDate;
import org.sinosoviet.timeline.chronology.Precision;
import org.sinosoviet.timeline.event.Event;
import org.sinosoviet.timeline.event.EventCatalog.Neighbours;
import org.sinosoviet.timeline.event.EventType;
import org.sinosoviet.timeline.event.Location;
import org.sinosoviet.timeline.event.web.EventRepresentation.ActorPart;
import org.sinosoviet.timeline.event.web.EventRepresentation.AlternativeRepresentation;
import org.sinosoviet.timeline.event.web.EventRepresentation.CitationRepresentation;
import org.sinosoviet.timeline.event.web.EventRepresentation.CorrectionRepresentation;
import org.sinosoviet.timeline.event.web.EventRepresentation.SourceQuoteRepresentation;

/**
 * An event in full: everything a list shows, its full account ({@code text}), where it departs from the
 * study notes ({@code corrections}), its neighbours on the timeline, and when it was last changed and by whom.
 */
@JsonPropertyOrder({ "slug", "title", "summary", "text", "start", "end", "precision", "endPrecision", "circa", "era",
		"type", "impact", "impactRationale", "actors", "grievances", "citations", "alternatives", "corrections", "sources",
		"location", "notes", "previous", "next" })
public record EventDetail(String slug, String title, String summary, String text, HistoricalDate start,
		HistoricalDate end, Precision precision,
		Precision endPrecision, boolean circa, String era, EventType type, int impact, String impactRationale,
		List<ActorPart> actors, List<String> grievances, List<CitationRepresentation> citations,
		List<AlternativeRepresentation> alternatives, List<CorrectionRepresentation> corrections,
		List<SourceQuoteRepresentation> sources, Location location,
		String notes, String previous, String next, long version, Instant createdAt, String createdBy,
		Instant updatedAt, String updatedBy) {

	static EventDetail from(Event event, Neighbours neighbours) {
		EventRepresentation listed = EventRepresentation.from(event);
		return new EventDetail(listed.slug(), listed.title(), listed.summary(),
				event.getDescription() == null ? event.getSummary() : event.getDescription(), listed.start(),
				listed.end(), listed.precision(), listed.endPrecision(), listed.circa(), listed.era(), listed.type(),
				listed.impact(), listed.impactRationale(), listed.actors(), listed.grievances(), listed.citations(),
				listed.alternatives(), event.getCorrections().stream().map(CorrectionRepresentation::from).toList(),
				listed.sources(), listed.location(), listed.notes(),
				neighbours.previous(), neighbours.next(), event.getVersion(), event.getCreatedAt(),
				event.getCreatedBy(), event.getUpdatedAt(), event.getUpdatedBy());
	}

}
