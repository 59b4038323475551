package org.sinosoviet.timeline.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sinosoviet.timeline.chronology.HistoricalDate;
import org.sinosoviet.timeline.dataset.SupportKind;

/**
 * An event as a curator writes it, already parsed: everything but what follows from the dates (the era
 * and the precision). References to actors, grievances and source documents are by slug or file name
 * and are checked when the draft is applied.
 */
public record EventDraft(String slug, String title, String summary, String text, HistoricalDate start,
		HistoricalDate end, boolean circa, EventType type, int impact, String impactRationale, Location location,
		List<Part> actors,
		List<String> grievances, List<Source> sources, List<Cited> citations, String notes) {

	public EventDraft {
		actors = actors == null ? List.of() : List.copyOf(actors);
		grievances = grievances == null ? List.of() : List.copyOf(grievances);
		sources = sources == null ? List.of() : List.copyOf(sources);
		citations = citations == null ? List.of() : List.copyOf(citations);
	}

	/** An actor's part: the actor's slug and its role. */
	public record Part(String actor, String role) {
	}

	/** Provenance: a study note's file name, and a section, a quote or both. */
	public record Source(String document, String section, String quote) {
	}

	/** A citation: a reference's slug, where in the work, and what it supports. */
	public record Cited(String reference, String locator, List<SupportKind> supports) {

		public Cited {
			supports = supports == null ? List.of() : List.copyOf(supports);
		}

	}

	public static EventDraft of(Event event) {
		return new EventDraft(event.getSlug(), event.getTitle(), event.getSummary(), event.getDescription(),
				event.getStart(), event.getEnd(), event.isCirca(), event.getType(), event.getImpact(),
				event.getImpactRationale(),
				event.getLocation(),
				event.getParticipations()
					.stream()
					.map(part -> new Part(part.getActor().getSlug(), part.getRole()))
					.toList(),
				event.getGrievances().stream().map(grievance -> grievance.getSlug()).toList(),
				event.getSources()
					.stream()
					.map(citation -> new Source(citation.getDocument().getFileName(), citation.getSection(),
							citation.getQuote()))
					.toList(),
				event.getCitations()
					.stream()
					.map(citation -> new Cited(citation.getReference().getSlug(), citation.getLocator(),
							citation.getSupports()))
					.toList(),
				event.getNotes());
	}

	/** The draft as plain values, field by field, the way a change history records them. */
	Map<String, Object> fields() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("title", title);
		fields.put("summary", summary);
		fields.put("text", text);
		fields.put("start", start == null ? null : start.toString());
		fields.put("end", end == null ? null : end.toString());
		fields.put("circa", circa);
		fields.put("type", type == null ? null : type.code());
		fields.put("impact", impact);
		fields.put("impactRationale", impactRationale);
		fields.put("location", location == null ? null
				: present("name", location.name(), "lat", location.lat(), "lon", location.lon()));
		fields.put("actors", actors.stream().map(part -> present("slug", part.actor(), "role", part.role())).toList());
		fields.put("grievances", grievances.stream().sorted().toList());
		fields.put("sources", sources.stream()
			.map(source -> present("document", source.document(), "section", source.section(), "quote",
					source.quote()))
			.toList());
		fields.put("citations", citations.stream()
			.map(cited -> present("reference", cited.reference(), "locator", cited.locator(), "supports",
					cited.supports().stream().map(SupportKind::code).toList()))
			.toList());
		fields.put("notes", notes);
		return fields;
	}

	/** The named values that are present, in order, in the read side's shape. */
	private static Map<String, Object> present(Object... namesAndValues) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			if (namesAndValues[i + 1] != null) {
				values.put((String) namesAndValues[i], namesAndValues[i + 1]);
			}
		}
		return values;
	}

}
