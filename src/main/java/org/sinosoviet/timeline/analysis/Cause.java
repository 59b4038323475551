package org.sinosoviet.timeline.analysis;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.sinosoviet.timeline.chronology.HistoricalDate;
import org.sinosoviet.timeline.dataset.GrievanceCategory;
import org.sinosoviet.timeline.dataset.HeldBy;

/**
 * One grievance ranked as a cause of the split, with the evidence that earned its score.
 *
 * @param score the sum of {@link SplitScore#weightOf(int)} over the evidence events
 * @param eventCount how many evidence events fall in the period asked about
 * @param firstSeen the start of the earliest evidence event
 * @param lastSeen the latest date among the evidence events (an end where there is one, else a start)
 * @param eras the eras in which the evidence events start, in order
 * @param evidence the slugs of the evidence events, in chronological order
 */
@JsonPropertyOrder({ "rank", "grievance", "score", "eventCount", "firstSeen", "lastSeen", "eras", "evidence" })
public record Cause(int rank, GrievanceRef grievance, int score, int eventCount, HistoricalDate firstSeen,
		HistoricalDate lastSeen, List<String> eras, List<String> evidence) {

	Cause withRank(int newRank) {
		return new Cause(newRank, grievance, score, eventCount, firstSeen, lastSeen, eras, evidence);
	}

	/** The grievance a cause is about. */
	public record GrievanceRef(String slug, String title, GrievanceCategory category, HeldBy heldBy) {
	}

}
