package org.sinosoviet.timeline.dataset;

import org.sinosoviet.timeline.chronology.HistoricalDate;

/** An actor as a curator writes it, already parsed. */
public record ActorDraft(String slug, String name, String originalName, ActorKind kind, Side side,
		String description, HistoricalDate born, HistoricalDate died) {

	public static ActorDraft of(Actor actor) {
		return new ActorDraft(actor.getSlug(), actor.getName(), actor.getOriginalName(), actor.getKind(),
				actor.getSide(), actor.getDescription(), actor.getBorn(), actor.getDied());
	}

}
