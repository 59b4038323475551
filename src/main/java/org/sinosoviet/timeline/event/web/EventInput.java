package org.sinosoviet.timeline.event.web;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.sinosoviet.timeline.chronology.HistoricalDate;
import org.sinosoviet.timeline.event.EventDraft;
import org.sinosoviet.timeline.event.EventType;
import org.sinosoviet.timeline.event.Location;
import org.sinosoviet.timeline.dataset.SupportKind;
import org.sinosoviet.timeline.failure.InvalidValue;
import org.sinosoviet.timeline.web.SlugRule;
import org.sinosoviet.timeline.web.VisibleText;

import static org.sinosoviet.timeline.web.BodyFields.code;
import static org.sinosoviet.timeline.web.BodyFields.date;

/**
 * An event as a curator sends it: the read side's field names, without what follows from the dates (the
 * era and the precision).
 */
@Schema(name = "EventInput", description = "An event to create or replace. The era and the precision follow "
		+ "from the dates.")
record EventInput(
		@Schema(description = "Lower-case words joined by hyphens; fixed once created.",
				example = "sino-soviet-border-agreement-1991") @Pattern(regexp = SLUG,
						message = SlugRule.MESSAGE) @Size(
								max = 100) String slug,
		@Schema(example = "Sino-Soviet Border Agreement") @NotBlank @VisibleText @Size(max = 200) String title,
		@NotBlank @VisibleText @Size(max = 1000) String summary, @Size(max = 8000) String text,
		@Schema(description = "YYYY, YYYY-MM or YYYY-MM-DD", example = "1991-05-16") @NotBlank String start,
		@Schema(description = "YYYY, YYYY-MM or YYYY-MM-DD; not before start") String end,
		@Schema(description = "The record gives the date only approximately (default false).") Boolean circa,
		@Schema(example = "treaty") @NotBlank String type,
		@Schema(description = "-2 (badly worse) to +2 (much better)", example = "1") @NotNull @Min(-2) @Max(
				2) Integer impact,
		@Schema(description = "Why the event has this impact, under the rubric.") @Size(
				max = 1000) String impactRationale,
		@Valid LocationInput location, @Size(max = 50) List<@NotNull @Valid PartInput> actors,
		@Size(max = 30) List<@NotBlank String> grievances,
		@Schema(description = "Where the study notes the dataset grew from tell of the event (its provenance); "
				+ "empty for an event added from the record.") @Size(max = 20) List<@NotNull @Valid SourceInput> sources,
		@Schema(description = "The works that support the event (see /references); at least one.") @NotEmpty(
				message = "must cite at least one reference") @Size(
						max = 30) List<@NotNull @Valid CitationInput> citations,
		@Size(max = 8000) String notes) {

	static final String SLUG = SlugRule.PATTERN;

	record LocationInput(@NotBlank @VisibleText @Size(max = 200) String name, @DecimalMin("-90") @DecimalMax("90") Double lat,
			@DecimalMin("-180") @DecimalMax("180") Double lon) {
	}

	record PartInput(@NotBlank @Pattern(regexp = SLUG, message = "is not a slug") String slug,
			@NotBlank @Pattern(regexp = "^[a-z]+(-[a-z]+)*$", message = "must be a lower-case word such as 'host'") @Size(
					max = 40) String role) {
	}

	record CitationInput(@Schema(example = "luthi-2008") @NotBlank @Pattern(regexp = SLUG,
			message = "is not a slug") String reference,
			@Schema(description = "Where in the work: a chapter, pages, a document number.",
					example = "ch. 5") @Size(max = 300) String locator,
			@Schema(description = "What it supports: date, fact, figure, interpretation.",
					example = "[\"date\", \"fact\"]") @NotEmpty @Size(max = 4) List<@NotBlank String> supports) {
	}

	record SourceInput(@Schema(example = "002_208eeb2e8e4ee72a.txt") @NotBlank String document,
			@Size(max = 300) String section, @Size(max = 1000) String quote) {
	}

	static EventInput from(EventDraft draft) {
		Location location = draft.location();
		return new EventInput(draft.slug(), draft.title(), draft.summary(), draft.text(), draft.start().toString(),
				draft.end() == null ? null : draft.end().toString(), draft.circa(), draft.type().code(), draft.impact(),
				draft.impactRationale(),
				location == null ? null : new LocationInput(location.name(), location.lat(), location.lon()),
				draft.actors().stream().map(part -> new PartInput(part.actor(), part.role())).toList(),
				draft.grievances(),
				draft.sources()
					.stream()
					.map(source -> new SourceInput(source.document(), source.section(), source.quote()))
					.toList(),
				draft.citations()
					.stream()
					.map(cited -> new CitationInput(cited.reference(), cited.locator(),
							cited.supports().stream().map(SupportKind::code).toList()))
					.toList(),
				draft.notes());
	}

	/**
	 * Parses what Bean Validation cannot check on its own (dates, the type, the order of the dates), adding
	 * every problem to {@code problems}; the draft is only meaningful when none were found.
	 */
	EventDraft toDraft(String slugToUse, List<InvalidValue> problems) {
		HistoricalDate startDate = date("start", start, problems);
		HistoricalDate endDate = end == null || end.isBlank() ? null : date("end", end, problems);
		if (startDate != null && endDate != null && endDate.firstDay().isBefore(startDate.firstDay())) {
			problems.add(new InvalidValue("end", "is before start (" + startDate + ")"));
		}
		EventType eventType = code("type", type, EventType.class, problems);
		if (location != null && (location.lat() == null) != (location.lon() == null)) {
			problems.add(new InvalidValue("location", "must have both lat and lon, or neither"));
		}
		List<SourceInput> sourceList = sources == null ? List.of() : sources;
		for (int i = 0; i < sourceList.size(); i++) {
			SourceInput source = sourceList.get(i);
			if (source != null && blank(source.section()) && blank(source.quote())) {
				problems.add(new InvalidValue("sources[" + i + "]", "must give a section, a quote or both"));
			}
		}
		List<CitationInput> citationList = citations == null ? List.of() : citations;
		List<EventDraft.Cited> cited = new ArrayList<>();
		for (int i = 0; i < citationList.size(); i++) {
			CitationInput citation = citationList.get(i);
			if (citation == null) {
				continue;
			}
			List<SupportKind> supported = new ArrayList<>();
			List<String> codes = citation.supports() == null ? List.of() : citation.supports();
			for (int j = 0; j < codes.size(); j++) {
				SupportKind kind = code("citations[" + i + "].supports[" + j + "]", codes.get(j), SupportKind.class,
						problems);
				if (kind != null && !supported.contains(kind)) {
					supported.add(kind);
				}
			}
			cited.add(new EventDraft.Cited(citation.reference(), blank(citation.locator()) ? null
					: citation.locator().strip(), supported));
		}
		List<PartInput> parts = actors == null ? List.of() : actors;
		List<String> seen = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			if (parts.get(i) != null && seen.contains(parts.get(i).slug())) {
				problems.add(new InvalidValue("actors[" + i + "].slug", "names the same actor twice"));
			}
			seen.add(parts.get(i) == null ? null : parts.get(i).slug());
		}
		if (!problems.isEmpty()) {
			return null;
		}
		return new EventDraft(slugToUse, title.strip(), summary.strip(), blank(text) ? null : text.strip(), startDate,
				endDate, Boolean.TRUE.equals(circa), eventType, impact, blank(impactRationale) ? null : impactRationale.strip(),
				location == null ? null : new Location(location.name().strip(), location.lat(), location.lon()),
				parts.stream().map(part -> new EventDraft.Part(part.slug(), part.role())).toList(),
				grievances == null ? List.of() : grievances.stream().distinct().toList(),
				sourceList.stream()
					.map(source -> new EventDraft.Source(source.document(), blank(source.section()) ? null
							: source.section().strip(), blank(source.quote()) ? null : source.quote().strip()))
					.toList(),
				cited, blank(notes) ? null : notes.strip());
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
