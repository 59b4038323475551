package org.sinosoviet.timeline.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import org.sinosoviet.timeline.dataset.Reference;

/**
 * Another value the record gives for an event's start, end or one of its figures, with the work that gives
 * it: where the record disagrees with itself. The event's own fields hold the best-supported value.
 * Alternatives belong to the dataset's migrations, like references.
 */
@Entity
@Immutable
@Table(name = "event_alternative")
public class EventAlternative {

	@Id
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "event_id")
	private Event event;

	@Column(name = "sequence_no")
	private int sequenceNo;

	private String field;

	private String label;

	@Column(name = "alternative_value")
	private String value;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "reference_id")
	private Reference reference;

	private String locator;

	private String note;

	protected EventAlternative() {
	}

	/** Which of the event's values this is an alternative to: {@code start}, {@code end} or {@code figure}. */
	public String getField() {
		return field;
	}

	public String getLabel() {
		return label;
	}

	public String getValue() {
		return value;
	}

	public Reference getReference() {
		return reference;
	}

	public String getLocator() {
		return locator;
	}

	public String getNote() {
		return note;
	}

}
