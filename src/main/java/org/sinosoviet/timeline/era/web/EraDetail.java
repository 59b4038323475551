package org.sinosoviet.timeline.era.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.sinosoviet.timeline.analysis.Cause;
import org.sinosoviet.timeline.dataset.GrievanceCategory;
import org.sinosoviet.timeline.dataset.HeldBy;

/**
 * An era with its leading grievances: the top causes of the split counting only evidence in the era.
 */
record EraDetail(@JsonUnwrapped EraRepresentation era, List<LeadingGrievance> leadingGrievances) {

	static EraDetail of(EraRepresentation era, List<Cause> causes) {
		return new EraDetail(era, causes.stream().map(LeadingGrievance::from).toList());
	}

	record LeadingGrievance(String slug, String title, GrievanceCategory category, HeldBy heldBy, int score,
			int eventCount) {

		static LeadingGrievance from(Cause cause) {
			return new LeadingGrievance(cause.grievance().slug(), cause.grievance().title(),
					cause.grievance().category(), cause.grievance().heldBy(), cause.score(), cause.eventCount());
		}

	}

}
