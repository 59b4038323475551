package org.sinosoviet.timeline.dataset;


import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.sinosoviet.timeline.curation.Curated;
import org.sinosoviet.timeline.curation.Revisable;

/**
 * A dispute that drove the two states apart, as the sources argue it.
 */
@Entity
@Table(name = "grievance")
public class Grievance extends Curated implements Revisable<GrievanceDraft> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String slug;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private GrievanceCategory category;

	@Column(name = "held_by", nullable = false)
	private HeldBy heldBy;

	@Column(nullable = false)
	private String description;

	protected Grievance() {
	}

	public static Grievance create(String slug) {
		Grievance grievance = new Grievance();
		grievance.slug = slug;
		return grievance;
	}

	@Override
	public void revise(GrievanceDraft draft) {
		this.title = draft.title();
		this.category = draft.category();
		this.heldBy = draft.heldBy();
		this.description = draft.description();
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getTitle() {
		return title;
	}

	public GrievanceCategory getCategory() {
		return category;
	}

	public HeldBy getHeldBy() {
		return heldBy;
	}

	public String getDescription() {
		return description;
	}

}
