package org.sinosoviet.timeline.event.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.sinosoviet.timeline.chronology.HistoricalDate;
import org.sinosoviet.timeline.chronology.Precision;
import org.sinosoviet.timeline.event.Citation;
import org.sinosoviet.timeline.event.Event;
import org.sinosoviet.timeline.event.EventType;
import org.sinosoviet.timeline.event.Location;
import org.sinosoviet.timeline.event.Participation;
import org.sinosoviet.timeline.grievance.Grievance;

/**
 * An event as lists show it.
 *
 * @param precision the precision of {@code start}
 * @param endPrecision the precision of {@code end}, when there is an end
 * @param era the era the event starts in
 * @param impact the event's effect on Sino-Soviet relations, from -2 (badly worse) to +2 (much better)
 */
@JsonPropertyOrder({ "slug", "title", "summary", "start", "end", "precision", "endPrecision", "era", "type", "impact",
		"actors", "grievances", "sources", "location", "notes" })
public record EventRepresentation(String slug, String title, String summary, HistoricalDate start,
		HistoricalDate end, Precision precision,
		Precision endPrecision, String era, EventType type, int impact,
		List<ActorPart> actors, List<String> grievances, List<SourceCitation> sources, Location location,
		String notes) {

	public static EventRepresentation from(Event event) {
		HistoricalDate end = event.getEnd();
		return new EventRepresentation(event.getSlug(), event.getTitle(), event.getSummary(), event.getStart(), end,
				event.getStart().precision(), end == null ? null : end.precision(), event.getEra().getSlug(),
				event.getType(), event.getImpact(), event.getParticipations().stream().map(ActorPart::from).toList(),
				event.getGrievances().stream().map(Grievance::getSlug).toList(),
				event.getCitations().stream().map(SourceCitation::from).toList(), event.getLocation(),
				event.getNotes());
	}

	/** An actor's part in the event. */
	public record ActorPart(String slug, String name, String role) {

		static ActorPart from(Participation participation) {
			return new ActorPart(participation.getActor().getSlug(), participation.getActor().getName(),
					participation.getRole());
		}

	}

	/** Where a seed document supports the event: the document's file name, and a section or a quote. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record SourceCitation(String document, String section, String quote) {

		static SourceCitation from(Citation citation) {
			return new SourceCitation(citation.getDocument().getFileName(), citation.getSection(),
					citation.getQuote());
		}

	}

}
