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
 * Where the dataset departs from one of the study notes it grew from: what the note says, what the record
 * says, and the work that shows it. Corrections belong to the dataset's migrations, like references.
 */
@Entity
@Immutable
@Table(name = "event_correction")
public class EventCorrection {

	@Id
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "event_id")
	private Event event;

	@Column(name = "sequence_no")
	private int sequenceNo;

	private String field;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "document_id")
	private SourceDocument document;

	@Column(name = "study_note_says")
	private String studyNoteSays;

	@Column(name = "record_says")
	private String recordSays;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "reference_id")
	private Reference reference;

	private String locator;

	protected EventCorrection() {
	}

	/** What is corrected: {@code start}, {@code end}, {@code figure}, {@code fact}, {@code actor} or {@code place}. */
	public String getField() {
		return field;
	}

	public SourceDocument getDocument() {
		return document;
	}

	public String getStudyNoteSays() {
		return studyNoteSays;
	}

	public String getRecordSays() {
		return recordSays;
	}

	public Reference getReference() {
		return reference;
	}

	public String getLocator() {
		return locator;
	}

}
