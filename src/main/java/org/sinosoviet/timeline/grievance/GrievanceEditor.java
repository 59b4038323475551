package org.sinosoviet.timeline.grievance;

import java.util.List;

import org.sinosoviet.timeline.curation.RepositoryEditor;
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
public class GrievanceEditor extends RepositoryEditor<GrievanceDraft, Grievance> {

	private final GrievanceRepository grievances;

	GrievanceEditor(GrievanceRepository grievances) {
		super("grievance", grievances, draft -> Grievance.create(draft.slug()), GrievanceDraft::of);
		this.grievances = grievances;
	}

	@Override
	protected void refuseWhileUsed(Grievance grievance) {
		String slug = grievance.getSlug();
		List<String> evidence = grievances.findEvidenceEvents(slug);
		if (!evidence.isEmpty()) {
			throw new ConflictException("Grievance '" + slug + "' is the grievance of "
					+ ConflictException.listed(evidence, "event") + "; unlink them first.");
		}
	}

}
