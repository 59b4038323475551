package org.sinosoviet.timeline.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Immutable;

import org.sinosoviet.timeline.chronology.HistoricalDate;
import org.sinosoviet.timeline.chronology.Precision;

/**
 * A work that supports the dataset: a book, a chapter, an article, an archival document, a treaty, a
 * newspaper report, a speech or a web page, with what is needed to find it. References belong to the
 * dataset's migrations; the API only reads them.
 */
@Entity
@Immutable
@Table(name = "reference")
public class Reference {

	@Id
	private Long id;

	private String slug;

	private ReferenceKind kind;

	private String title;

	private String container;

	@Column(name = "published_on")
	private LocalDate publishedOn;

	@Column(name = "date_precision")
	private Precision datePrecision;

	private String publisher;

	private String isbn;

	private String doi;

	private String url;

	@Column(name = "archive_id")
	private String archiveId;

	@ElementCollection
	@CollectionTable(name = "reference_author", joinColumns = @JoinColumn(name = "reference_id"))
	@OrderColumn(name = "sequence_no")
	@Column(name = "name")
	@BatchSize(size = 256)
	private List<String> authors = new ArrayList<>();

	protected Reference() {
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public ReferenceKind getKind() {
		return kind;
	}

	public String getTitle() {
		return title;
	}

	public String getContainer() {
		return container;
	}

	/** When the work appeared or the document was written, at the precision known; may be unknown. */
	public HistoricalDate getDate() {
		return publishedOn == null ? null : HistoricalDate.of(publishedOn, datePrecision);
	}

	public String getPublisher() {
		return publisher;
	}

	public Identifiers getIdentifiers() {
		return new Identifiers(isbn, doi, url, archiveId);
	}

	public List<String> getAuthors() {
		return List.copyOf(authors);
	}

	/** The first author's name as written, or an empty string for an anonymous document: the list's order. */
	public String sortName() {
		return authors.isEmpty() ? "" : authors.get(0);
	}

	/**
	 * How to find the work.
	 *
	 * @param isbn the book's ISBN-10 or ISBN-13, digits only (with a final X for some ISBN-10s)
	 * @param doi its DOI, such as {@code 10.1080/14682745.2011.545603}
	 * @param url where it can be read or its catalogue record seen
	 * @param archiveId the document's number in the archive that holds it
	 */
	public record Identifiers(String isbn, String doi, String url, String archiveId) {
	}

}
