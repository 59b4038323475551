package org.sinosoviet.timeline.analysis;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.sinosoviet.timeline.dataset.GrievanceCategory;

/**
 * A category of grievance ranked by the summed scores of its grievances.
 */
@JsonPropertyOrder({ "rank", "category", "score", "grievances" })
public record CategoryCauses(int rank, GrievanceCategory category, int score, List<Cause> grievances) {
}
