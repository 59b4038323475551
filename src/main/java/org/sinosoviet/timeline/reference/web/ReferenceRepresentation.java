package org.sinosoviet.timeline.reference.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import org.sinosoviet.timeline.chronology.HistoricalDate;
import org.sinosoviet.timeline.chronology.Precision;
import org.sinosoviet.timeline.dataset.Reference;
import org.sinosoviet.timeline.dataset.ReferenceKind;

/**
 * A reference as lists show it.
 *
 * @param authors in the order the work names them; empty for an anonymous document
 * @param container the journal, edited book, collection or archive series it appears in
 * @param date when it appeared or was written, at its precision; {@code null} where unknown
 * @param publisher the publisher, or the archive holding a document
 * @param eventCount how many events cite it
 */
public record ReferenceRepresentation(@Schema(example = "luthi-2008") String slug, ReferenceKind kind,
		@Schema(example = "[\"Lorenz M. Lüthi\"]") List<String> authors,
		@Schema(example = "The Sino-Soviet Split: Cold War in the Communist World") String title,
		@Schema(nullable = true) String container, @Schema(nullable = true) HistoricalDate date,
		@Schema(nullable = true) Precision precision, @Schema(nullable = true) String publisher,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Identifiers identifiers, int eventCount) {

	static ReferenceRepresentation from(Reference reference, int eventCount) {
		Reference.Identifiers ids = reference.getIdentifiers();
		HistoricalDate date = reference.getDate();
		return new ReferenceRepresentation(reference.getSlug(), reference.getKind(), reference.getAuthors(),
				reference.getTitle(), reference.getContainer(), date, date == null ? null : date.precision(),
				reference.getPublisher(), new Identifiers(ids.isbn(), ids.doi(), ids.url(), ids.archiveId()),
				eventCount);
	}

	/** How to find the work: any of these, where known. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Identifiers(@Schema(example = "9780691135908") String isbn, String doi,
			@Schema(format = "uri") String url, String archiveId) {
	}

}
