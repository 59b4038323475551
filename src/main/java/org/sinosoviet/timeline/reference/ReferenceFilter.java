package org.sinosoviet.timeline.reference;

import org.sinosoviet.timeline.dataset.Reference;
import org.sinosoviet.timeline.dataset.ReferenceKind;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * What a client can filter references by: kinds (OR within the parameter) and words to find in the
 * title, the authors, the container or the publisher.
 */
public record ReferenceFilter(@Parameter(description = "Kinds of work.") List<ReferenceKind> kind,
		@Parameter(description = "Words to find, case-insensitively, in title, authors, container and publisher "
				+ "(at most 200 characters).", example = "Sino-Soviet") String q) {

	public static final int MAX_QUERY_LENGTH = 200;

	public ReferenceFilter {
		kind = kind == null ? List.of() : kind.stream().filter(Objects::nonNull).distinct().toList();
		q = q == null || q.isBlank() ? null : q.strip();
	}

	boolean matches(Reference reference) {
		if (!kind.isEmpty() && !kind.contains(reference.getKind())) {
			return false;
		}
		if (q == null) {
			return true;
		}
		String wanted = q.toLowerCase(Locale.ROOT);
		return contains(reference.getTitle(), wanted) || contains(reference.getContainer(), wanted)
				|| contains(reference.getPublisher(), wanted)
				|| reference.getAuthors().stream().anyMatch(author -> contains(author, wanted));
	}

	private static boolean contains(String text, String wanted) {
		return text != null && text.toLowerCase(Locale.ROOT).contains(wanted);
	}

}
