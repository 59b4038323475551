package org.sinosoviet.timeline.actor.web;

import java.util.List;
import java.util.Objects;

import io.swagger.v3.oas.annotations.Parameter;

import org.sinosoviet.timeline.dataset.Actor;
import org.sinosoviet.timeline.dataset.ActorKind;
import org.sinosoviet.timeline.dataset.Side;

/**
 * Filters on the list of actors: any of the kinds, any of the sides.
 */
record ActorFilter(@Parameter(description = "Kinds of actor.") List<ActorKind> kind,
		@Parameter(description = "Which power the actor belongs to.") List<Side> side) {

	ActorFilter {
		kind = kind == null ? List.of() : kind.stream().filter(Objects::nonNull).distinct().toList();
		side = side == null ? List.of() : side.stream().filter(Objects::nonNull).distinct().toList();
	}

	boolean matches(Actor actor) {
		return (kind.isEmpty() || kind.contains(actor.getKind())) && (side.isEmpty() || side.contains(actor.getSide()));
	}

}
