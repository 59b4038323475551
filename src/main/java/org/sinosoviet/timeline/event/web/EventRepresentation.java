package org.sinosoviet.timeline.event.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.sinosoviet.timeline.chronology.HistoricalDate;
import org.sinosoviet.timeline.chronology.Precision;
import org.sinosoviet.timeline.event.SourceQuote;
import org.sinosoviet.timeline.event.Event;
import org.sinosoviet.timeline.event.EventAlternative;
import org.sinosoviet.timeline.event.EventCitation;
import org.sinosoviet.timeline.event.EventCorrection;
import org.sinosoviet.timeline.event.EventType;
import org.sinosoviet.timeline.event.Location;
import org.sinosoviet.timeline.event.Participation;
import org.sinosoviet.timeline.dataset.Grievance;
import org.sinosoviet.timeline.dataset.SupportKind;

/**
 * An event as lists show it.
 *
 * @param precision the precision of {@code start}
 * @param endPrecision the precision of {@code end}, when there is an end
 * @param era the era the event starts in
 * @param impact the event's effect on Sino-Soviet relations, from -2 (badly worse) to +2 (much better)
 */
@JsonPropertyOrder({ "slug", "title", "summary", "start", "end", "precision", "endPrecision", "circa", "era", "type",
		"impact", "impactRationale", "actors", "grievances", "citations", "alternatives", "sources", "location", "notes" })
public record EventRepresentation(String slug, String title, String summary, HistoricalDate start,
		HistoricalDate end, Precision precision,
		Precision endPrecision, boolean circa, String era, EventType type, int impact, String impactRationale,
		List<ActorPart> actors, List<String> grievances, List<CitationRepresentation> citations,
		List<AlternativeRepresentation> alternatives, List<SourceQuoteRepresentation> sources, Location location,
		String notes) {

	public static EventRepresentation from(Event event) {
		HistoricalDate end = event.getEnd();
		return new EventRepresentation(event.getSlug(), event.getTitle(), event.getSummary(), event.getStart(), end,
				event.getStart().precision(), end == null ? null : end.precision(), event.isCirca(),
				event.getEra().getSlug(), event.getType(), event.getImpact(), event.getImpactRationale(),
				event.getParticipations().stream().map(ActorPart::from).toList(),
				event.getGrievances().stream().map(Grievance::getSlug).toList(),
				event.getCitations().stream().map(CitationRepresentation::from).toList(),
				event.getAlternatives().stream().map(AlternativeRepresentation::from).toList(),
				event.getSources().stream().map(SourceQuoteRepresentation::from).toList(), event.getLocation(),
				event.getNotes());
	}

	/** An actor's part in the event. */
	public record ActorPart(String slug, String name, String role) {

		static ActorPart from(Participation participation) {
			return new ActorPart(participation.getActor().getSlug(), participation.getActor().getName(),
					participation.getRole());
		}

	}

	/**
	 * A work that supports the event.
	 *
	 * @param reference the reference's slug (see {@code /references/{slug}})
	 * @param title the work's title
	 * @param locator where in the work: a chapter, pages, a document number; {@code null} for the whole work
	 * @param supports what it supports: any of {@code date}, {@code fact}, {@code figure}, {@code interpretation}
	 */
	public record CitationRepresentation(String reference, String title, String locator, List<SupportKind> supports) {

		static CitationRepresentation from(EventCitation citation) {
			return new CitationRepresentation(citation.getReference().getSlug(), citation.getReference().getTitle(),
					citation.getLocator(), citation.getSupports());
		}

	}

	/**
	 * Another value the record gives, where it disagrees with itself.
	 *
	 * @param field which of the event's values it is an alternative to: {@code start}, {@code end} or
	 * {@code figure}
	 * @param label what the value is ("Soviet dead on 2 March 1969")
	 * @param value the value as the work gives it (a date in ISO form)
	 * @param reference the slug of the work that gives it
	 */
	public record AlternativeRepresentation(String field, String label, String value, String reference,
			String locator, String note) {

		static AlternativeRepresentation from(EventAlternative alternative) {
			return new AlternativeRepresentation(alternative.getField(), alternative.getLabel(), alternative.getValue(),
					alternative.getReference().getSlug(), alternative.getLocator(), alternative.getNote());
		}

	}

	/**
	 * Where the event departs from a study note.
	 *
	 * @param field what is corrected: {@code start}, {@code end}, {@code figure}, {@code fact}, {@code actor} or
	 * {@code place}
	 * @param studyNote the study note's file name, as in {@code sources}
	 * @param studyNoteTitle its title
	 * @param studyNoteSays what it says, in its own words where they are quoted
	 * @param recordSays what the record says
	 * @param reference the slug of the work that shows it
	 */
	public record CorrectionRepresentation(String field, String studyNote, String studyNoteTitle, String studyNoteSays,
			String recordSays, String reference, String locator) {

		static CorrectionRepresentation from(EventCorrection correction) {
			return new CorrectionRepresentation(correction.getField(), correction.getDocument().getFileName(),
					correction.getDocument().getTitle(), correction.getStudyNoteSays(), correction.getRecordSays(),
					correction.getReference().getSlug(), correction.getLocator());
		}

	}

	/**
	 * Where one of the study notes the dataset grew from tells of the event (its provenance): the note's file
	 * name and title, and a section or a quote.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record SourceQuoteRepresentation(String document, String documentTitle, String section, String quote) {

		static SourceQuoteRepresentation from(SourceQuote citation) {
			return new SourceQuoteRepresentation(citation.getDocument().getFileName(),
					citation.getDocument().getTitle(), citation.getSection(), citation.getQuote());
		}

	}

}
