package org.sinosoviet.timeline.actor;

import org.sinosoviet.timeline.dataset.Actor;
import org.sinosoviet.timeline.dataset.ActorRepository;
import org.sinosoviet.timeline.dataset.ActorDraft;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.sinosoviet.timeline.curation.DatasetChanged;
import org.sinosoviet.timeline.curation.Editor;
import org.sinosoviet.timeline.failure.ConflictException;
import org.sinosoviet.timeline.failure.NotFoundException;
import org.sinosoviet.timeline.curation.Versioned;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Curators' changes to actors. An actor that takes part in events, or leads an era, cannot be deleted
 * until it no longer does.
 */
@Service
@Transactional
public class ActorEditor implements Editor<ActorDraft> {

	private final ApplicationEventPublisher changes;

	private final ActorRepository actors;

	private final Clock clock;

	ActorEditor(ActorRepository actors, Clock clock, ApplicationEventPublisher changes) {
		this.changes = changes;
		this.actors = actors;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	@Override
	public Versioned<ActorDraft> draftOf(String slug) {
		Actor actor = find(slug);
		return new Versioned<>(ActorDraft.of(actor), actor.getVersion());
	}

	@Override
	public void create(ActorDraft draft, String curator) {
		if (actors.findBySlug(draft.slug()).isPresent()) {
			throw new ConflictException("There is already an actor '" + draft.slug() + "'.");
		}
		Instant now = clock.instant();
		Actor actor = Actor.create(draft.slug(), curator, now);
		actor.revise(draft, curator, now);
		actors.save(actor);
		changes.publishEvent(new DatasetChanged("actor " + actor.getSlug()));
	}

	@Override
	public void replace(String slug, ActorDraft draft, Long expectedVersion, String curator) {
		Actor actor = find(slug);
		actor.expectVersion(expectedVersion, "Actor '" + slug + "'");
		actor.revise(draft, curator, clock.instant());
		actors.saveAndFlush(actor);
		changes.publishEvent(new DatasetChanged("actor " + actor.getSlug()));
	}

	@Override
	public void delete(String slug, Long expectedVersion, String curator) {
		Actor actor = find(slug);
		actor.expectVersion(expectedVersion, "Actor '" + slug + "'");
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
		changes.publishEvent(new DatasetChanged("actor " + actor.getSlug()));
	}

	private Actor find(String slug) {
		return actors.findBySlug(slug).orElseThrow(() -> new NotFoundException("actor", slug));
	}

}
