package org.sinosoviet.timeline.event.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.sinosoviet.timeline.chronology.HistoricalDate;
import org.sinosoviet.timeline.dataset.Era;
import org.sinosoviet.timeline.event.Event;
import org.sinosoviet.timeline.event.EventCitation;
import org.sinosoviet.timeline.event.Location;
import org.sinosoviet.timeline.event.SourceQuote;
import org.sinosoviet.timeline.dataset.SupportKind;

/**
 * The event list as CSV, GeoJSON and TimelineJS. Each is built from a snapshot of the events taken while
 * they are loaded ({@link Row}), so that nothing is read lazily while writing.
 */
public final class EventExports {

	/** The CSV columns, named as the JSON fields are. */
	public static final List<String> CSV_COLUMNS = List.of("slug", "title", "start", "end", "precision",
			"endPrecision", "circa", "era", "type", "impact", "actors", "grievances", "locationName", "lat", "lon",
			"summary", "citations", "alternatives", "corrections", "sources", "notes");

	private EventExports() {
	}

	/** What every export needs of one event. */
	public record Row(String slug, String title, String summary, HistoricalDate start, HistoricalDate end,
			boolean circa, String era, String eraName, String type, int impact, List<String> actors,
			List<String> grievances, Location location, List<Cited> citations, List<String> alternatives,
			List<String> corrections, List<Source> sources, String notes) {

		public static Row of(Event event) {
			return new Row(event.getSlug(), event.getTitle(), event.getSummary(), event.getStart(), event.getEnd(),
					event.isCirca(), event.getEra().getSlug(), event.getEra().getName(), event.getType().code(), event.getImpact(),
					event.getParticipations()
						.stream()
						.map(part -> part.getActor().getSlug() + ":" + part.getRole())
						.toList(),
					event.getGrievances().stream().map(grievance -> grievance.getSlug()).toList(),
					event.getLocation(), event.getCitations().stream().map(Cited::of).toList(),
					event.getAlternatives()
						.stream()
						.map(alternative -> alternative.getLabel() + ": " + alternative.getValue() + " ("
								+ alternative.getReference().getSlug()
								+ (alternative.getLocator() == null ? "" : ", " + alternative.getLocator()) + ")")
						.toList(),
					event.getCorrections()
						.stream()
						.map(correction -> "\u201C" + correction.getDocument().getTitle() + "\u201D says: "
								+ correction.getStudyNoteSays() + " The record: " + correction.getRecordSays() + " ("
								+ correction.getReference().getSlug()
								+ (correction.getLocator() == null ? "" : ", " + correction.getLocator()) + ")")
						.toList(),
					event.getSources().stream().map(Source::of).toList(), event.getNotes());
		}

	}

	/** Provenance: the study note (file name and title), and a section or a quote. */
	public record Source(String document, String documentTitle, String section, String quote) {

		static Source of(SourceQuote citation) {
			return new Source(citation.getDocument().getFileName(), citation.getDocument().getTitle(),
					citation.getSection(), citation.getQuote());
		}

	}

	/**
	 * A citation: the reference's slug, the reference written out for readers, where in the work and what it
	 * supports.
	 */
	public record Cited(String reference, String readable, String url, String locator, List<String> supports) {

		static Cited of(EventCitation citation) {
			return new Cited(citation.getReference().getSlug(), CitationStyle.readable(citation.getReference()),
					citation.getReference().getIdentifiers().url(), citation.getLocator(),
					citation.getSupports().stream().map(SupportKind::code).toList());
		}

		/** The reference written out, with the locator where there is one. */
		String withLocator() {
			return locator == null ? readable : readable + ", " + locator;
		}

	}

	/**
	 * RFC 4180 CSV with a header row. Lists within a field are separated by {@code ;}; actors are written
	 * {@code slug:role}; each source is {@code document | section | quote}, one per line within its field.
	 */
	public static String csv(List<Row> rows) {
		Csv csv = new Csv().row(CSV_COLUMNS);
		for (Row row : rows) {
			Location location = row.location();
			csv.row(java.util.Arrays.asList(row.slug(), row.title(), row.start().toString(),
					row.end() == null ? "" : row.end().toString(), row.start().precision().code(),
					row.end() == null ? "" : row.end().precision().code(), Boolean.toString(row.circa()), row.era(),
					row.type(),
					Integer.toString(row.impact()), String.join(";", row.actors()), String.join(";", row.grievances()),
					location == null ? "" : location.name(),
					location == null || location.lat() == null ? "" : location.lat().toString(),
					location == null || location.lon() == null ? "" : location.lon().toString(), row.summary(),
					row.citations()
						.stream()
						.map(cited -> cited.reference() + " | " + nullToEmpty(cited.locator()) + " | "
								+ String.join(";", cited.supports()))
						.collect(Collectors.joining("\n")),
					String.join("\n", row.alternatives()), String.join("\n", row.corrections()),
					row.sources()
						.stream()
						.map(source -> source.document() + " | " + nullToEmpty(source.section()) + " | "
								+ nullToEmpty(source.quote()))
						.collect(Collectors.joining("\n")),
					nullToEmpty(row.notes())));
		}
		return csv.toString();
	}

	/** An RFC 7946 FeatureCollection of the events that have coordinates, as {@code [lon, lat]} points. */
	public static Map<String, Object> geoJson(List<Row> rows) {
		List<Map<String, Object>> features = new ArrayList<>();
		for (Row row : rows) {
			Location location = row.location();
			if (location == null || !location.hasCoordinates()) {
				continue;
			}
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("slug", row.slug());
			properties.put("title", row.title());
			properties.put("start", row.start().toString());
			properties.put("end", row.end() == null ? null : row.end().toString());
			properties.put("precision", row.start().precision().code());
			properties.put("endPrecision", row.end() == null ? null : row.end().precision().code());
			properties.put("era", row.era());
			properties.put("type", row.type());
			properties.put("impact", row.impact());
			properties.put("locationName", location.name());
			properties.put("summary", row.summary());
			Map<String, Object> feature = new LinkedHashMap<>();
			feature.put("type", "Feature");
			feature.put("id", row.slug());
			feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(location.lon(), location.lat())));
			feature.put("properties", properties);
			features.add(feature);
		}
		Map<String, Object> collection = new LinkedHashMap<>();
		collection.put("type", "FeatureCollection");
		collection.put("features", features);
		return collection;
	}

	/**
	 * A TimelineJS 3 document: a title slide, the eras as bands and the events, each with
	 * {@code unique_id} = slug and dates holding only the parts that are known.
	 */
	public static Map<String, Object> timelineJs(List<Era> eras, List<Row> rows) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("title", Map.of("text", Map.of("headline", "Sino-Soviet relations, 1949&ndash;1991", "text",
				"<p>From the proclamation of the People&#39;s Republic of China to the end of the Soviet Union: "
						+ "events, eras and the grievances that split the two communist powers.</p>")));
		document.put("eras", eras.stream()
			.map(era -> Map.of("start_date", dateObject(era.getStart()), "end_date", dateObject(era.getEnd()), "text",
					Map.of("headline", Html.escape(era.getName()))))
			.toList());
		List<Map<String, Object>> events = new ArrayList<>();
		for (Row row : rows) {
			Map<String, Object> event = new LinkedHashMap<>();
			event.put("unique_id", row.slug());
			event.put("start_date", dateObject(row.start(), row.circa()));
			if (row.end() != null) {
				event.put("end_date", dateObject(row.end(), row.circa()));
			}
			event.put("text", Map.of("headline", Html.escape(row.title()), "text", slideText(row)));
			event.put("group", row.eraName());
			events.add(event);
		}
		document.put("events", events);
		return document;
	}

	/** Only the parts of the date the record supports: a year-only date has no month and no day. */
	static Map<String, Object> dateObject(HistoricalDate date) {
		return dateObject(date, false);
	}

	/** @param circa whether the record gives the date only approximately; the display then says "about" */
	static Map<String, Object> dateObject(HistoricalDate date, boolean circa) {
		Map<String, Object> object = new LinkedHashMap<>();
		object.put("year", date.firstDay().getYear());
		switch (date.precision()) {
			case DAY -> {
				object.put("month", date.firstDay().getMonthValue());
				object.put("day", date.firstDay().getDayOfMonth());
			}
			case MONTH -> object.put("month", date.firstDay().getMonthValue());
			case YEAR -> {
			}
		}
		object.put("display_date", (circa ? "about " : "") + date.readable());
		return object;
	}

	private static String slideText(Row row) {
		StringBuilder text = new StringBuilder("<p>").append(Html.escape(row.summary())).append("</p>");
		if (row.notes() != null) {
			text.append("<p><em>Note:</em> ").append(Html.escape(row.notes())).append("</p>");
		}
		text.append("<p>References:</p><ul>");
		for (Cited cited : row.citations()) {
			text.append("<li>");
			if (cited.url() != null) {
				text.append("<a href=\"").append(Html.escape(cited.url())).append("\">")
					.append(Html.escape(cited.withLocator()))
					.append("</a>");
			}
			else {
				text.append(Html.escape(cited.withLocator()));
			}
			text.append("</li>");
		}
		text.append("</ul>");
		list(text, "Where the record disagrees:", row.alternatives());
		list(text, "Where the study notes are corrected:", row.corrections());
		if (row.sources().isEmpty()) {
			return text.toString();
		}
		text.append("<p>Told in the study notes:</p><ul>");
		for (Source source : row.sources()) {
			text.append("<li>").append(Html.escape("\u201C" + source.documentTitle() + "\u201D"));
			if (source.section() != null) {
				text.append(", ").append(Html.escape(source.section()));
			}
			if (source.quote() != null) {
				text.append(": &ldquo;").append(Html.escape(source.quote())).append("&rdquo;");
			}
			text.append("</li>");
		}
		return text.append("</ul>").toString();
	}

	private static void list(StringBuilder text, String heading, List<String> items) {
		if (items.isEmpty()) {
			return;
		}
		text.append("<p>").append(Html.escape(heading)).append("</p><ul>");
		items.forEach(item -> text.append("<li>").append(Html.escape(item)).append("</li>"));
		text.append("</ul>");
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

}
