package org.sinosoviet.timeline.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * Where one of the two study notes the dataset grew from tells of an event (its provenance): a section
 * heading, a short quote, or both. A provenance, not a reference: what supports the event is its citations.
 */
@Entity
@Table(name = "event_source")
public class SourceQuote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "event_id")
	private Event event;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "document_id")
	private SourceDocument document;

	@Column(name = "sequence_no", nullable = false)
	private int sequenceNo;

	private String section;

	private String quote;

	protected SourceQuote() {
	}

	SourceQuote(Event event, SourceDocument document, int sequenceNo, String section, String quote) {
		this.event = event;
		this.document = document;
		this.sequenceNo = sequenceNo;
		this.section = section;
		this.quote = quote;
	}

	void revise(SourceDocument newDocument, String newSection, String newQuote) {
		this.document = newDocument;
		this.section = newSection;
		this.quote = newQuote;
	}

	public SourceDocument getDocument() {
		return document;
	}

	public String getSection() {
		return section;
	}

	public String getQuote() {
		return quote;
	}

}
