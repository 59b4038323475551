package org.sinosoviet.timeline.actor;

import java.util.List;

import org.sinosoviet.timeline.curation.RepositoryEditor;
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
public class ActorEditor extends RepositoryEditor<ActorDraft, Actor> {

	private final ActorRepository actors;

	ActorEditor(ActorRepository actors) {
		super("actor", actors, draft -> Actor.create(draft.slug()), ActorDraft::of);
		this.actors = actors;
	}

	@Override
	protected void refuseWhileUsed(Actor actor) {
		String slug = actor.getSlug();
		List<String> events = actors.findEventsTakingPart(slug);
		if (!events.isEmpty()) {
			throw new ConflictException("Actor '" + slug + "' takes part in " + ConflictException.listed(events, "event")
					+ "; remove it from them first.");
		}
		if (actors.countLeadership(slug) > 0) {
			throw new ConflictException("Actor '" + slug + "' leads an era and cannot be deleted.");
		}
	}

}
