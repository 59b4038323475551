package org.sinosoviet.timeline.event.export;

import java.util.List;

import org.sinosoviet.timeline.dataset.Reference;

/**
 * A reference written out for readers, in the order a bibliography gives: authors, title, the work it
 * appears in, publisher and year. "Lorenz M. Lüthi, The Sino-Soviet Split: Cold War in the Communist
 * World (Princeton University Press, 2008)".
 */
final class CitationStyle {

	private CitationStyle() {
	}

	static String readable(Reference reference) {
		StringBuilder text = new StringBuilder();
		List<String> authors = reference.getAuthors();
		if (!authors.isEmpty()) {
			text.append(authors.size() <= 3 ? joined(authors) : authors.get(0) + " et al.").append(", ");
		}
		text.append(reference.getTitle());
		if (reference.getContainer() != null) {
			text.append(", in ").append(reference.getContainer());
		}
		String publisher = reference.getPublisher();
		String date = reference.getDate() == null ? null : reference.getDate().readable();
		if (publisher != null || date != null) {
			text.append(" (")
				.append(publisher == null ? date : date == null ? publisher : publisher + ", " + date)
				.append(')');
		}
		return text.toString();
	}

	private static String joined(List<String> names) {
		if (names.size() == 1) {
			return names.get(0);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
	}

}
