package org.sinosoviet.timeline.grievance;

import java.util.List;
import java.util.Optional;

import org.sinosoviet.timeline.curation.Editor;
import org.sinosoviet.timeline.dataset.Grievance;
import org.sinosoviet.timeline.dataset.GrievanceDraft;
import org.sinosoviet.timeline.dataset.GrievanceRepository;
import org.sinosoviet.timeline.failure.ConflictException;

import org.springframework.stereotype.Service;

/**
 * Curators' changes to grievances. A grievance that events give evidence of cannot be deleted until they
 * no longer do.
 */
@Service
public class GrievanceEditor implements Editor<GrievanceDraft, Grievance> {

	private final GrievanceRepository grievances;

	GrievanceEditor(GrievanceRepository grievances) {
		this.grievances = grievances;
	}

	@Override
	public String kind() {
		return "grievance";
	}

	@Override
	public Optional<Grievance> find(String slug) {
		return grievances.findBySlug(slug);
	}

	@Override
	public GrievanceDraft draftOf(Grievance grievance) {
		return GrievanceDraft.of(grievance);
	}

	@Override
	public Grievance create(GrievanceDraft draft) {
		Grievance grievance = Grievance.create(draft.slug());
		grievance.revise(draft);
		return grievances.saveAndFlush(grievance);
	}

	@Override
	public void replace(Grievance grievance, GrievanceDraft draft) {
		grievance.revise(draft);
		grievances.flush();
	}

	@Override
	public void delete(Grievance grievance) {
		String slug = grievance.getSlug();
		List<String> evidence = grievances.findEvidenceEvents(slug);
		if (!evidence.isEmpty()) {
			throw new ConflictException("Grievance '" + slug + "' is the grievance of "
					+ ConflictException.listed(evidence, "event") + "; unlink them first.");
		}
		grievances.delete(grievance);
		grievances.flush();
	}

}
