package org.sinosoviet.timeline.dataset;

/** A grievance as a curator writes it, already parsed. */
public record GrievanceDraft(String slug, String title, GrievanceCategory category, HeldBy heldBy,
		String description) {

	public static GrievanceDraft of(Grievance grievance) {
		return new GrievanceDraft(grievance.getSlug(), grievance.getTitle(), grievance.getCategory(),
				grievance.getHeldBy(), grievance.getDescription());
	}

}
