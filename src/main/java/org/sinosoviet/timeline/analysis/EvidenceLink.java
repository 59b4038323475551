package org.sinosoviet.timeline.analysis;

import java.time.LocalDate;

import org.sinosoviet.timeline.chronology.HistoricalDate;
import org.sinosoviet.timeline.event.EventRepository.Evidence;

/**
 * One event that gives evidence of one grievance.
 */
record EvidenceLink(String grievance, String event, HistoricalDate start, HistoricalDate end, LocalDate lastDay,
		int impact, String era, int eraSequence) {

	static EvidenceLink from(Evidence row) {
		return new EvidenceLink(row.getGrievance(), row.getEvent(),
				HistoricalDate.of(row.getStartOn(), row.getStartPrecision()),
				row.getEndOn() == null ? null : HistoricalDate.of(row.getEndOn(), row.getEndPrecision()),
				row.getLastDay(), row.getImpact(), row.getEra(), row.getEraSequence());
	}

	/** The latest date the event denotes: its end if it has one, else its start. */
	HistoricalDate latest() {
		return end == null ? start : end;
	}

}
