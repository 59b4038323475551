package org.sinosoviet.timeline.grievance.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.sinosoviet.timeline.dataset.Grievance;
import org.sinosoviet.timeline.dataset.GrievanceCategory;
import org.sinosoviet.timeline.dataset.HeldBy;

/**
 * A grievance and the slugs of the events that give evidence of it, in chronological order.
 */
@JsonPropertyOrder({ "slug", "title", "category", "heldBy", "description", "evidence" })
record GrievanceRepresentation(String slug, String title, GrievanceCategory category, HeldBy heldBy,
		String description, List<String> evidence) {

	static GrievanceRepresentation from(Grievance grievance, List<String> evidence) {
		return new GrievanceRepresentation(grievance.getSlug(), grievance.getTitle(), grievance.getCategory(),
				grievance.getHeldBy(), grievance.getDescription(), evidence);
	}

}
