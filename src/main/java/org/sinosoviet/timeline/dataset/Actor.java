package org.sinosoviet.timeline.dataset;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.sinosoviet.timeline.chronology.HistoricalDate;
import org.sinosoviet.timeline.chronology.Precision;
import org.sinosoviet.timeline.curation.Curated;
import org.sinosoviet.timeline.curation.Revisable;

/**
 * A person, state, party or organisation that takes part in events.
 */
@Entity
@Table(name = "actor")
public class Actor extends Curated implements Revisable<ActorDraft> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String slug;

	@Column(nullable = false)
	private String name;

	@Column(name = "original_name")
	private String originalName;

	@Column(nullable = false)
	private ActorKind kind;

	@Column(nullable = false)
	private Side side;

	@Column(nullable = false)
	private String description;

	@Column(name = "born_on")
	private LocalDate bornOn;

	@Column(name = "born_precision")
	private Precision bornPrecision;

	@Column(name = "died_on")
	private LocalDate diedOn;

	@Column(name = "died_precision")
	private Precision diedPrecision;

	protected Actor() {
	}

	public static Actor create(String slug) {
		Actor actor = new Actor();
		actor.slug = slug;
		return actor;
	}

	@Override
	public void revise(ActorDraft draft) {
		if (draft.born() != null && draft.died() != null
				&& draft.died().lastDay().isBefore(draft.born().firstDay())) {
			throw new IllegalArgumentException("died before born");
		}
		this.name = draft.name();
		this.originalName = draft.originalName();
		this.kind = draft.kind();
		this.side = draft.side();
		this.description = draft.description();
		this.bornOn = draft.born() == null ? null : draft.born().firstDay();
		this.bornPrecision = draft.born() == null ? null : draft.born().precision();
		this.diedOn = draft.died() == null ? null : draft.died().firstDay();
		this.diedPrecision = draft.died() == null ? null : draft.died().precision();
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	public String getOriginalName() {
		return originalName;
	}

	public ActorKind getKind() {
		return kind;
	}

	public Side getSide() {
		return side;
	}

	public String getDescription() {
		return description;
	}

	public HistoricalDate getBorn() {
		return bornOn == null ? null : HistoricalDate.of(bornOn, bornPrecision);
	}

	public HistoricalDate getDied() {
		return diedOn == null ? null : HistoricalDate.of(diedOn, diedPrecision);
	}

}
