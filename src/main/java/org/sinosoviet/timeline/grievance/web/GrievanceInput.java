package org.sinosoviet.timeline.grievance.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.sinosoviet.timeline.dataset.GrievanceCategory;
import org.sinosoviet.timeline.dataset.GrievanceDraft;
import org.sinosoviet.timeline.dataset.HeldBy;
import org.sinosoviet.timeline.failure.InvalidValue;
import org.sinosoviet.timeline.web.SlugRule;
import org.sinosoviet.timeline.web.VisibleText;

import static org.sinosoviet.timeline.web.BodyFields.code;

/** A grievance as a curator sends it, with the read side's field names. */
@Schema(name = "GrievanceInput")
record GrievanceInput(
		@Schema(example = "xinjiang-border") @Pattern(regexp = SlugRule.PATTERN,
				message = SlugRule.MESSAGE) @Size(
						max = 100) String slug,
		@NotBlank @VisibleText @Size(max = 200) String title, @Schema(example = "territory") @NotBlank String category,
		@Schema(example = "both") @NotBlank String heldBy, @NotBlank @VisibleText @Size(max = 4000) String description) {

	static GrievanceInput from(GrievanceDraft draft) {
		return new GrievanceInput(draft.slug(), draft.title(), draft.category().code(), draft.heldBy().code(),
				draft.description());
	}

	GrievanceDraft toDraft(String slugToUse, List<InvalidValue> problems) {
		GrievanceCategory grievanceCategory = code("category", category, GrievanceCategory.class, problems);
		HeldBy holder = code("heldBy", heldBy, HeldBy.class, problems);
		if (!problems.isEmpty()) {
			return null;
		}
		return new GrievanceDraft(slugToUse, title.strip(), grievanceCategory, holder, description.strip());
	}

}
