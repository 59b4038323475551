package org.sinosoviet.timeline.actor.web;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.sinosoviet.timeline.dataset.Actor;
import org.sinosoviet.timeline.dataset.ActorKind;
import org.sinosoviet.timeline.dataset.Side;
import org.sinosoviet.timeline.chronology.HistoricalDate;
import org.sinosoviet.timeline.chronology.Precision;

/**
 * A person, state, party or organisation. {@code originalName} is the name in its own script;
 * {@code born} and {@code died} (people only) are dates at their known precision.
 */
@JsonPropertyOrder({ "slug", "name", "originalName", "kind", "side", "description", "born", "bornPrecision", "died",
		"diedPrecision" })
record ActorRepresentation(String slug, String name, String originalName, ActorKind kind, Side side,
		String description, HistoricalDate born, Precision bornPrecision, HistoricalDate died,
		Precision diedPrecision) {

	static ActorRepresentation from(Actor actor) {
		HistoricalDate born = actor.getBorn();
		HistoricalDate died = actor.getDied();
		return new ActorRepresentation(actor.getSlug(), actor.getName(), actor.getOriginalName(), actor.getKind(),
				actor.getSide(), actor.getDescription(), born, born == null ? null : born.precision(), died,
				died == null ? null : died.precision());
	}

}
