package org.sinosoviet.timeline.event;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.sinosoviet.timeline.dataset.Reference;
import org.sinosoviet.timeline.dataset.SupportKind;
import org.sinosoviet.timeline.vocabulary.CodedValue;

/**
 * An event's citation of a reference: where in the work (a chapter, pages, a document number; none where
 * the whole work applies) and what it supports.
 */
@Entity
@Table(name = "event_citation")
public class EventCitation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "event_id")
	private Event event;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "reference_id")
	private Reference reference;

	@Column(name = "sequence_no", nullable = false)
	private int sequenceNo;

	private String locator;

	private String supports;

	protected EventCitation() {
	}

	EventCitation(Event event, int sequenceNo) {
		this.event = event;
		this.sequenceNo = sequenceNo;
	}

	void revise(Reference newReference, String newLocator, List<SupportKind> newSupports) {
		this.reference = newReference;
		this.locator = newLocator;
		this.supports = newSupports.stream().map(SupportKind::code).collect(Collectors.joining(","));
	}

	public Reference getReference() {
		return reference;
	}

	public String getLocator() {
		return locator;
	}

	public List<SupportKind> getSupports() {
		return Arrays.stream(supports.split(",")).map(code -> CodedValue.fromCode(SupportKind.class, code)).toList();
	}

}
