package org.sinosoviet.timeline.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.sinosoviet.timeline.failure.ProblemTypes;
import org.sinosoviet.timeline.failure.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The problem types' URIs resolve to what they mean. */
@RestController
@Tag(name = "Problems", description = "What each problem type in an error answer means.")
class ProblemTypesController {

	@GetMapping("/problems")
	@Operation(operationId = "listProblemTypes", summary = "Every problem type this API reports",
			description = "The `type` of every problem document this API writes, with the status it comes with, its "
					+ "title and what it means. Plain HTTP statuses without a type of their own use `about:blank`.")
	List<ProblemTypes.Explanation> list() {
		return ProblemTypes.EXPLANATIONS;
	}

	@GetMapping("/problems/{name}")
	@Operation(operationId = "getProblemType", summary = "One problem type",
			description = "What a problem document's `type` means: the address a problem's `type` names, relative "
					+ "to the API's own.")
	ProblemTypes.Explanation show(@Parameter(example = "invalid-parameters") @PathVariable String name) {
		return ProblemTypes.explain(name).orElseThrow(() -> new NotFoundException("problem type", name));
	}

}
