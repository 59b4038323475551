package org.sinosoviet.timeline.grievance;

import org.sinosoviet.timeline.dataset.Grievance;
import org.sinosoviet.timeline.dataset.GrievanceRepository;
import org.sinosoviet.timeline.dataset.GrievanceDraft;

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
 * Curators' changes to grievances. A grievance that events give evidence of cannot be deleted until
 * they no longer do.
 */
@Service
@Transactional
public class GrievanceEditor implements Editor<GrievanceDraft> {

	private final ApplicationEventPublisher changes;

	private final GrievanceRepository grievances;

	private final Clock clock;

	GrievanceEditor(GrievanceRepository grievances, Clock clock, ApplicationEventPublisher changes) {
		this.changes = changes;
		this.grievances = grievances;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	@Override
	public Versioned<GrievanceDraft> draftOf(String slug) {
		Grievance grievance = find(slug);
		return new Versioned<>(GrievanceDraft.of(grievance), grievance.getVersion());
	}

	@Override
	public void create(GrievanceDraft draft, String curator) {
		if (grievances.findBySlug(draft.slug()).isPresent()) {
			throw new ConflictException("There is already a grievance '" + draft.slug() + "'.");
		}
		Instant now = clock.instant();
		Grievance grievance = Grievance.create(draft.slug(), curator, now);
		grievance.revise(draft, curator, now);
		grievances.save(grievance);
		changes.publishEvent(new DatasetChanged("grievance " + grievance.getSlug()));
	}

	@Override
	public void replace(String slug, GrievanceDraft draft, Long expectedVersion, String curator) {
		Grievance grievance = find(slug);
		grievance.expectVersion(expectedVersion, "Grievance '" + slug + "'");
		grievance.revise(draft, curator, clock.instant());
		grievances.saveAndFlush(grievance);
		changes.publishEvent(new DatasetChanged("grievance " + grievance.getSlug()));
	}

	@Override
	public void delete(String slug, Long expectedVersion, String curator) {
		Grievance grievance = find(slug);
		grievance.expectVersion(expectedVersion, "Grievance '" + slug + "'");
		List<String> evidence = grievances.findEvidenceEvents(slug);
		if (!evidence.isEmpty()) {
			throw new ConflictException("Grievance '" + slug + "' is the grievance of "
					+ ConflictException.listed(evidence, "event") + "; unlink them first.");
		}
		grievances.delete(grievance);
		grievances.flush();
		changes.publishEvent(new DatasetChanged("grievance " + grievance.getSlug()));
	}

	private Grievance find(String slug) {
		return grievances.findBySlug(slug).orElseThrow(() -> new NotFoundException("grievance", slug));
	}

}
