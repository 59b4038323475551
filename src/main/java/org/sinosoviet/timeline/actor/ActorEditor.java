package org.sinosoviet.timeline.actor;

import java.util.List;
import java.util.Optional;

import org.sinosoviet.timeline.curation.Editor;
import org.sinosoviet.timeline.dataset.Actor;
import org.sinosoviet.timeline.dataset.ActorDraft;
import org.sinosoviet.timeline.dataset.ActorRepository;
import org.sinosoviet.timeline.failure.ConflictException;

import org.springframework.stereotype.Service;

/**
 * Curators' changes to actors. An actor that takes part in events, or leads an era, cannot be deleted
 * until it no longer does.
 */
@Service
public class ActorEditor implements Editor<ActorDraft, Actor> {

	private final ActorRepository actors;

	ActorEditor(ActorRepository actors) {
		this.actors = actors;
	}

	@Override
	public String kind() {
		return "actor";
	}

	@Override
	public Optional<Actor> find(String slug) {
		return actors.findBySlug(slug);
	}

	@Override
	public ActorDraft draftOf(Actor actor) {
		return ActorDraft.of(actor);
	}

	@Override
	public Actor create(ActorDraft draft) {
		Actor actor = Actor.create(draft.slug());
		actor.revise(draft);
		return actors.saveAndFlush(actor);
	}

	@Override
	public void replace(Actor actor, ActorDraft draft) {
		actor.revise(draft);
		actors.flush();
	}

	@Override
	public void delete(Actor actor) {
		String slug = actor.getSlug();
		List<String> events = actors.findEventsTakingPart(slug);
		if (!events.isEmpty()) {
			throw new ConflictException("Actor '" + slug + "' takes part in " + ConflictException.listed(events, "event")
					+ "; remove it from them first.");
		}
		if (actors.countLeadership(slug) > 0) {
			throw new ConflictException("Actor '" + slug + "' leads an era and cannot be deleted.");
		}
		actors.delete(actor);
		actors.flush();
	}

}
