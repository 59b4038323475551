package org.sinosoviet.timeline.reference.web;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;

import org.sinosoviet.timeline.chronology.HistoricalDate;
import org.sinosoviet.timeline.chronology.Precision;
import org.sinosoviet.timeline.reference.ReferenceCatalog;
import org.sinosoviet.timeline.dataset.ReferenceRepository.CitingEvent;
import org.sinosoviet.timeline.vocabulary.CodedValue;

/**
 * A reference with the events that cite it, in chronological order.
 */
record ReferenceDetail(@JsonUnwrapped ReferenceRepresentation reference,
		List<CitedBy> events) {

	static ReferenceDetail from(ReferenceCatalog.Detailed detailed) {
		List<CitedBy> events = detailed.citingEvents().stream().map(CitedBy::from).toList();
		return new ReferenceDetail(ReferenceRepresentation.from(detailed.reference(),
				(int) events.stream().map(CitedBy::slug).distinct().count()), events);
	}

	/** An event that cites the reference: where in the work, and for what. */
	public record CitedBy(String slug, String title, HistoricalDate start, @Schema(nullable = true) String locator,
			List<String> supports) {

		static CitedBy from(CitingEvent event) {
			Precision precision = CodedValue.fromCode(Precision.class, event.getStartPrecision());
			return new CitedBy(event.getSlug(), event.getTitle(), HistoricalDate.of(event.getStartOn(), precision),
					event.getLocator(), Arrays.asList(event.getSupports().split(",")));
		}

	}

}
