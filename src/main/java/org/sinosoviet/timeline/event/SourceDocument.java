package org.sinosoviet.timeline.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One of the documents the dataset is built from, named by its file name.
 */
@Entity
@Table(name = "source_document")
public class SourceDocument {

	@Id
	private Long id;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String description;

	protected SourceDocument() {
	}

	public Long getId() {
		return id;
	}

	public String getFileName() {
		return fileName;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

}
