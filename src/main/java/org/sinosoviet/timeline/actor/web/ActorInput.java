package org.sinosoviet.timeline.actor.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.sinosoviet.timeline.dataset.ActorDraft;
import org.sinosoviet.timeline.dataset.ActorKind;
import org.sinosoviet.timeline.dataset.Side;
import org.sinosoviet.timeline.chronology.HistoricalDate;
import org.sinosoviet.timeline.failure.InvalidValue;
import org.sinosoviet.timeline.web.SlugRule;
import org.sinosoviet.timeline.web.VisibleText;

import static org.sinosoviet.timeline.web.BodyFields.code;
import static org.sinosoviet.timeline.web.BodyFields.date;

/** An actor as a curator sends it, with the read side's field names. */
@Schema(name = "ActorInput")
record ActorInput(
		@Schema(example = "jiang-zemin") @Pattern(regexp = SlugRule.PATTERN,
				message = SlugRule.MESSAGE) @Size(
						max = 100) String slug,
		@Schema(example = "Jiang Zemin") @NotBlank @VisibleText @Size(max = 200) String name,
		@Schema(example = "江泽民") @Size(max = 200) String originalName,
		@Schema(example = "person") @NotBlank String kind, @Schema(example = "prc") @NotBlank String side,
		@NotBlank @VisibleText @Size(max = 2000) String description,
		@Schema(description = "YYYY, YYYY-MM or YYYY-MM-DD", example = "1926-08-17") String born,
		@Schema(description = "YYYY, YYYY-MM or YYYY-MM-DD", example = "2022-11-30") String died) {

	static ActorInput from(ActorDraft draft) {
		return new ActorInput(draft.slug(), draft.name(), draft.originalName(), draft.kind().code(),
				draft.side().code(), draft.description(), draft.born() == null ? null : draft.born().toString(),
				draft.died() == null ? null : draft.died().toString());
	}

	ActorDraft toDraft(String slugToUse, List<InvalidValue> problems) {
		ActorKind actorKind = code("kind", kind, ActorKind.class, problems);
		Side actorSide = code("side", side, Side.class, problems);
		HistoricalDate bornDate = date("born", born, problems);
		HistoricalDate diedDate = date("died", died, problems);
		if (bornDate != null && diedDate != null && diedDate.lastDay().isBefore(bornDate.firstDay())) {
			problems.add(new InvalidValue("died", "is before born (" + bornDate + ")"));
		}
		if (actorKind != null && actorKind != ActorKind.PERSON && (bornDate != null || diedDate != null)) {
			problems.add(new InvalidValue("born", "only people are born and die"));
		}
		if (!problems.isEmpty()) {
			return null;
		}
		return new ActorDraft(slugToUse, name.strip(), originalName == null || originalName.isBlank() ? null
				: originalName.strip(), actorKind, actorSide, description.strip(), bornDate, diedDate);
	}

}
