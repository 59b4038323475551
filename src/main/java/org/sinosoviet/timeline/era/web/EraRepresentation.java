package org.sinosoviet.timeline.era.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;

import org.sinosoviet.timeline.dataset.Actor;
import org.sinosoviet.timeline.dataset.Side;
import org.sinosoviet.timeline.chronology.HistoricalDate;
import org.sinosoviet.timeline.chronology.Precision;
import org.sinosoviet.timeline.dataset.Era;

/**
 * An era: its span (the end day belongs to it), the leaders on each side, and how many events start in it.
 */
@JsonPropertyOrder({ "slug", "name", "start", "end", "precision", "endPrecision", "leaders", "summary", "eventCount" })
record EraRepresentation(String slug, String name, HistoricalDate start, HistoricalDate end, Precision precision,
		Precision endPrecision, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Leaders leaders, String summary, long eventCount) {

	static EraRepresentation from(Era era, long eventCount) {
		return new EraRepresentation(era.getSlug(), era.getName(), era.getStart(), era.getEnd(),
				era.getStart().precision(), era.getEnd().precision(), Leaders.of(era), era.getSummary(), eventCount);
	}

	/** The leaders of each power during the era, in the order they led. */
	record Leaders(List<ActorRef> ussr, List<ActorRef> prc) {

		static Leaders of(Era era) {
			return new Leaders(refs(era.leadersOf(Side.USSR)), refs(era.leadersOf(Side.PRC)));
		}

		private static List<ActorRef> refs(List<Actor> actors) {
			return actors.stream().map(actor -> new ActorRef(actor.getSlug(), actor.getName())).toList();
		}

	}

	record ActorRef(String slug, String name) {
	}

}
